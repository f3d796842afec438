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
    .library(name: "NLPCore", targets: ["NLPCore"]),
    .library(name: "NLPModels", targets: ["NLPModels"]),
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
    /// The analysed text: `Document` and its token table, the tokenizer, the
    /// sentence splitter, the `Component`/`Pipeline` protocol. No models, no
    /// word lists.
    .target(name: "NLPCore"),
    /// The trained tagger, parser and recognizer, their weight tables, the
    /// shipped model files and the `ModelAnnotator` pipeline component.
    .target(
      name: "NLPModels",
      dependencies: ["NLPCore", "CPrefetch"],
      resources: [.copy("Resources")]
    ),
    /// Training and evaluation of the models (GUM, CrossNER, CoNLL-U readers);
    /// only `newsgraph train` and `newsgraph eval` use it.
    .target(name: "NLPTraining", dependencies: ["NLPModels", "Lexicon"]),
    /// The shipped word lists (countries, titles, reporting verbs, ...).
    .target(name: "Lexicon", dependencies: ["ExtractionRecords", "NLPCore"], resources: [.copy("Resources")]),
    /// Reading input documents: files, folders, standard input, JSON Lines,
    /// text decoding.
    .target(name: "DocumentInput", dependencies: ["ExtractionRecords"]),
    /// The extraction rules: analysed document -> mentions, statements and
    /// relations (one `Extraction`). Takes any `Pipeline`, so rules run on
    /// hand-annotated documents without the shipped models.
    .target(name: "NewsExtraction", dependencies: ["ExtractionRecords", "NLPCore", "Lexicon"]),
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

    /// Build orchestration: extraction jobs fed to worker processes,
    /// incremental builds over the store, the build stamp, the exports.
    .target(
      name: "NewsGraphBuild",
      dependencies: [
        "NewsExtraction", "NLPModels", "DocumentInput", "KnowledgeGraph", "Exporters", "GraphvizRender",
        "GraphStore", "Supervision",
      ]
    ),

    // MARK: - Tool

    /// The command line: argument parsing only; the work is in the libraries.
    .executableTarget(
      name: "newsgraph",
      dependencies: [
        "NewsGraphBuild", "NLPTraining", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Fuzzing (not a product)

    /// libFuzzer harnesses over extraction, input parsing and the graph
    /// readers; `scripts/fuzz.sh` builds them with `-sanitize=fuzzer`. Built
    /// without it, the target replays saved inputs (`NewsGraphFuzz HARNESS PATH...`).
    .executableTarget(
      name: "NewsGraphFuzz",
      dependencies: ["NewsExtraction", "NLPModels", "DocumentInput", "Exporters", "KnowledgeGraph", "CLibFuzzer"]
    ),

    // MARK: - Test support (not a product)

    /// Temporary folders and the repository's files, shared by the tests.
    .target(name: "NewsGraphTestSupport", dependencies: ["DocumentInput"]),

    // MARK: - Tests

    .testTarget(name: "KnowledgeGraphTests", dependencies: ["KnowledgeGraph", "NewsGraphTestSupport"]),
    .testTarget(name: "NLPCoreTests", dependencies: ["NLPCore", "DocumentInput", "NewsGraphTestSupport"]),
    .testTarget(name: "NLPModelsTests", dependencies: ["NLPModels"]),
    .testTarget(name: "NLPTrainingTests", dependencies: ["NLPTraining"]),
    .testTarget(name: "LexiconTests", dependencies: ["Lexicon", "NLPModels", "NewsGraphTestSupport"]),
    .testTarget(name: "DocumentInputTests", dependencies: ["DocumentInput", "NLPCore", "NewsGraphTestSupport"]),
    .testTarget(name: "NewsExtractionTests", dependencies: ["NewsExtraction", "NLPModels", "DocumentInput", "NewsGraphTestSupport"]),
    .testTarget(
      name: "NewsGraphBuildTests", dependencies: ["NewsGraphBuild", "GraphStore", "GraphvizRender", "Exporters", "ExtractionRecords"]),
    .testTarget(
      name: "ExportersTests",
      dependencies: ["Exporters", "KnowledgeGraph", "NewsGraphTestSupport"],
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
