import Foundation

/// Which entities appear together in documents, weighted by how rare they
/// are: the evidence for telling apart people who share a surname.
///
/// Built once over the clusters of names that identify on their own, so
/// comparing a document entity with its candidates costs no pass over the
/// corpus. A shared entity counts `log(N / df)`, N documents in all and df
/// documents naming it: sharing "Labour Party" says little, sharing a rugby
/// player's name says much.
struct ContextTable {
  /// The clusters each document names.
  private let clustersIn: [Set<Int>]
  /// The documents naming each cluster.
  private let documentsOf: [Int: [Int]]
  /// Each cluster's weight.
  private let weight: [Int: Double]

  /// Builds the table.
  ///
  /// - Parameter clustersIn: For each document, the clusters it names.
  init(clustersIn: [Set<Int>]) {
    self.clustersIn = clustersIn
    var documentsOf: [Int: [Int]] = [:]
    for (document, clusters) in clustersIn.enumerated() {
      for cluster in clusters { documentsOf[cluster, default: []].append(document) }
    }
    self.documentsOf = documentsOf
    let total = Double(max(1, clustersIn.count))
    weight = documentsOf.mapValues { log(total / Double($0.count)) }
  }

  /// The documents naming a cluster.
  func documents(of cluster: Int) -> [Int] { documentsOf[cluster] ?? [] }

  /// The clusters named in any document of a cluster.
  ///
  /// - Parameter cluster: A cluster.
  /// - Returns: Every cluster that appears in a document with it.
  func profile(of cluster: Int) -> Set<Int> {
    var seen = Set<Int>()
    for other in documentsOf[cluster] ?? [] { seen.formUnion(clustersIn[other]) }
    return seen
  }

  /// How much a document's other entities point to a candidate: the
  /// weights of the clusters the document names that also appear in some
  /// document of the candidate, with the strongest shared ones named.
  ///
  /// - Parameters:
  ///   - document: The document of the entity being resolved.
  ///   - candidate: A candidate cluster.
  ///   - profile: The candidate's ``profile(of:)``.
  ///   - excluding: Clusters not to count (the other candidates).
  /// - Returns: The score (infinite when the document names the candidate
  ///   itself) and the shared clusters, strongest first.
  func evidence(document: Int, candidate: Int, profile: Set<Int>, excluding: Set<Int>) -> (score: Double, shared: [Int]) {
    let own = clustersIn[document]
    if own.contains(candidate) { return (.infinity, [candidate]) }
    let shared = own.filter { profile.contains($0) && !excluding.contains($0) && $0 != candidate }
      .sorted { (weight[$1] ?? 0, $0) < (weight[$0] ?? 0, $1) }
    return (shared.reduce(0) { $0 + (weight[$1] ?? 0) }, shared)
  }
}
