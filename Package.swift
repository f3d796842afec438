// swift-tools-version: 6.0
//
// NewsGraph: reads English news articles and builds a knowledge graph of who is
// who, who did what to whom, and who said what about whom.

import PackageDescription

let package = Package(
  name: "NewsGraph",
  products: [
    .executable(name: "newsgraph", targets: ["newsgraph"]),
    .library(name: "NewsExtraction", targets: ["NewsExtraction"]),
    .library(name: "KnowledgeGraph", targets: ["KnowledgeGraph"]),
    .library(name: "Exporters", targets: ["Exporters"]),
    .library(name: "GraphvizRender", targets: ["GraphvizRender"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // MARK: - System libraries

    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),

    /// libxml2's SAX2 parser, for GraphML of any size (Debian: libxml2-dev).
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),

    /// Software prefetch hints (a header only) for the model weight tables.
    .systemLibrary(name: "CPrefetch"),

    /// libFuzzer's driver entry point (a header only), for the fuzz harnesses.
    .systemLibrary(name: "CLibFuzzer"),

    // MARK: - Library

    /// The per-document JSON Lines records shared by extraction and the graph.
    .target(name: "ExtractionRecords"),
    /// Text -> per-document extraction: tokens, sentences, mentions, statements.
    .target(
      name: "NewsExtraction",
      dependencies: ["ExtractionRecords", "CPrefetch"],
      resources: [.copy("Resources")]
    ),
    /// The in-memory knowledge graph: merging, queries. No NLP.
    .target(name: "KnowledgeGraph", dependencies: ["ExtractionRecords"]),
    /// DOT, GraphML, JSON, CSV and Markdown writers over the graph.
    .target(name: "Exporters", dependencies: ["KnowledgeGraph", "CLibXML2"]),
    /// The only code that calls Graphviz: one context, one lock.
    .target(name: "GraphvizRender", dependencies: ["CGraphviz"]),
    /// Worker processes that run one job at a time each, supervised: a crash
    /// or a job past its time loses that job only.
    .target(name: "Supervision"),
    /// The embedded SQLite store (GRDB): per-document extractions, incremental builds.
    .target(
      name: "GraphStore",
      dependencies: [
        "ExtractionRecords", "KnowledgeGraph", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),

    // MARK: - Tool

    .executableTarget(
      name: "newsgraph",
      dependencies: [
        "NewsExtraction", "KnowledgeGraph", "Exporters", "GraphvizRender", "GraphStore",
        "Supervision", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Fuzzing (not a product)

    /// libFuzzer harnesses over extraction, input parsing and the graph
    /// readers; `scripts/fuzz.sh` builds them with `-sanitize=fuzzer`. Built
    /// without it, the target replays saved inputs (`NewsGraphFuzz HARNESS PATH...`).
    .executableTarget(
      name: "NewsGraphFuzz", dependencies: ["NewsExtraction", "Exporters", "KnowledgeGraph", "CLibFuzzer"]
    ),

    // MARK: - Tests

    .testTarget(name: "KnowledgeGraphTests", dependencies: ["KnowledgeGraph"]),
    .testTarget(name: "NewsExtractionTests", dependencies: ["NewsExtraction"]),
    .testTarget(
      name: "ExportersTests",
      dependencies: ["Exporters", "KnowledgeGraph"],
      exclude: ["Scripts"],
      resources: [.copy("Snapshots")]
    ),
    .testTarget(name: "GraphvizRenderTests", dependencies: ["GraphvizRender"]),
    .testTarget(
      name: "GraphStoreTests",
      dependencies: [
        "GraphStore", "KnowledgeGraph", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(name: "ExtractionRecordsTests", dependencies: ["ExtractionRecords"]),
    .testTarget(name: "SupervisionTests", dependencies: ["Supervision"]),
    .testTarget(name: "NewsGraphCLITests", dependencies: ["newsgraph"]),
  ],
  swiftLanguageModes: [.v6]
)
