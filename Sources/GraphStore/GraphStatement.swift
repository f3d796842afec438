import KnowledgeGraph

/// The graph's statement type, named apart from GRDB's `Statement` (a
/// prepared SQL statement) for the files that import both.
typealias GraphStatement = Statement
