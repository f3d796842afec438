/// A Universal Dependencies relation with the English subtypes
/// (`nsubj:pass` is ``nsubjPass``), as the parser writes it into a token
/// record (``TokenRecord/label``), mapped once where the models write a
/// document. The raw value is the one-byte code of
/// ``TagVocabulary/relations``.
package enum DependencyLabel: UInt8, Sendable, Hashable, CaseIterable {
  /// No relation: the token was not parsed.
  case none = 0
  /// `acl`.
  case acl
  /// `acl:relcl`.
  case aclRelcl
  /// `advcl`.
  case advcl
  /// `advcl:relcl`.
  case advclRelcl
  /// `advmod`.
  case advmod
  /// `amod`.
  case amod
  /// `appos`.
  case appos
  /// `aux`.
  case aux
  /// `aux:pass`.
  case auxPass
  /// `case`.
  case caseMarker
  /// `cc`.
  case cc
  /// `cc:preconj`.
  case ccPreconj
  /// `ccomp`.
  case ccomp
  /// `clf`.
  case clf
  /// `compound`.
  case compound
  /// `compound:prt`.
  case compoundPrt
  /// `conj`.
  case conj
  /// `cop`.
  case cop
  /// `csubj`.
  case csubj
  /// `csubj:outer`.
  case csubjOuter
  /// `csubj:pass`.
  case csubjPass
  /// `dep`.
  case dep
  /// `det`.
  case det
  /// `det:predet`.
  case detPredet
  /// `discourse`.
  case discourse
  /// `dislocated`.
  case dislocated
  /// `expl`.
  case expl
  /// `fixed`.
  case fixed
  /// `flat`.
  case flat
  /// `flat:foreign`.
  case flatForeign
  /// `flat:name`.
  case flatName
  /// `goeswith`.
  case goeswith
  /// `iobj`.
  case iobj
  /// `list`.
  case list
  /// `mark`.
  case mark
  /// `nmod`.
  case nmod
  /// `nmod:desc`.
  case nmodDesc
  /// `nmod:npmod`.
  case nmodNpmod
  /// `nmod:poss`.
  case nmodPoss
  /// `nmod:tmod`.
  case nmodTmod
  /// `nmod:unmarked`.
  case nmodUnmarked
  /// `nsubj`.
  case nsubj
  /// `nsubj:outer`.
  case nsubjOuter
  /// `nsubj:pass`.
  case nsubjPass
  /// `nummod`.
  case nummod
  /// `obj`.
  case obj
  /// `obl`.
  case obl
  /// `obl:agent`.
  case oblAgent
  /// `obl:npmod`.
  case oblNpmod
  /// `obl:tmod`.
  case oblTmod
  /// `obl:unmarked`.
  case oblUnmarked
  /// `orphan`.
  case orphan
  /// `parataxis`.
  case parataxis
  /// `punct`.
  case punct
  /// `reparandum`.
  case reparandum
  /// `root`.
  case root
  /// `vocative`.
  case vocative
  /// `xcomp`.
  case xcomp

  /// The relation as the treebanks write it ("nsubj:pass"; "" for ``none``).
  package var name: String {
    switch self {
    case .none: ""
    case .acl: "acl"
    case .aclRelcl: "acl:relcl"
    case .advcl: "advcl"
    case .advclRelcl: "advcl:relcl"
    case .advmod: "advmod"
    case .amod: "amod"
    case .appos: "appos"
    case .aux: "aux"
    case .auxPass: "aux:pass"
    case .caseMarker: "case"
    case .cc: "cc"
    case .ccPreconj: "cc:preconj"
    case .ccomp: "ccomp"
    case .clf: "clf"
    case .compound: "compound"
    case .compoundPrt: "compound:prt"
    case .conj: "conj"
    case .cop: "cop"
    case .csubj: "csubj"
    case .csubjOuter: "csubj:outer"
    case .csubjPass: "csubj:pass"
    case .dep: "dep"
    case .det: "det"
    case .detPredet: "det:predet"
    case .discourse: "discourse"
    case .dislocated: "dislocated"
    case .expl: "expl"
    case .fixed: "fixed"
    case .flat: "flat"
    case .flatForeign: "flat:foreign"
    case .flatName: "flat:name"
    case .goeswith: "goeswith"
    case .iobj: "iobj"
    case .list: "list"
    case .mark: "mark"
    case .nmod: "nmod"
    case .nmodDesc: "nmod:desc"
    case .nmodNpmod: "nmod:npmod"
    case .nmodPoss: "nmod:poss"
    case .nmodTmod: "nmod:tmod"
    case .nmodUnmarked: "nmod:unmarked"
    case .nsubj: "nsubj"
    case .nsubjOuter: "nsubj:outer"
    case .nsubjPass: "nsubj:pass"
    case .nummod: "nummod"
    case .obj: "obj"
    case .obl: "obl"
    case .oblAgent: "obl:agent"
    case .oblNpmod: "obl:npmod"
    case .oblTmod: "obl:tmod"
    case .oblUnmarked: "obl:unmarked"
    case .orphan: "orphan"
    case .parataxis: "parataxis"
    case .punct: "punct"
    case .reparandum: "reparandum"
    case .root: "root"
    case .vocative: "vocative"
    case .xcomp: "xcomp"
    }
  }

  /// The universal relation without its subtype (``nsubj`` for
  /// ``nsubjPass``; itself when it has none).
  package var universal: DependencyLabel {
    switch self {
    case .aclRelcl: .acl
    case .advclRelcl: .advcl
    case .auxPass: .aux
    case .ccPreconj: .cc
    case .compoundPrt: .compound
    case .csubjOuter: .csubj
    case .csubjPass: .csubj
    case .detPredet: .det
    case .flatForeign: .flat
    case .flatName: .flat
    case .nmodDesc: .nmod
    case .nmodNpmod: .nmod
    case .nmodPoss: .nmod
    case .nmodTmod: .nmod
    case .nmodUnmarked: .nmod
    case .nsubjOuter: .nsubj
    case .nsubjPass: .nsubj
    case .oblAgent: .obl
    case .oblNpmod: .obl
    case .oblTmod: .obl
    case .oblUnmarked: .obl
    default: self
    }
  }

  /// Whether the relation is a nominal subject (`nsubj`, `nsubj:pass`,
  /// `nsubj:outer`).
  package var isNominalSubject: Bool { universal == .nsubj }

  /// Whether the relation is `other` or one of its subtypes (`nsubj:pass`
  /// is a kind of `nsubj`; `nsubj` is not a kind of `nsubj:pass`).
  ///
  /// - Parameter other: The relation, universal or subtyped.
  package func isKind(of other: DependencyLabel) -> Bool { self == other || universal == other }
}
