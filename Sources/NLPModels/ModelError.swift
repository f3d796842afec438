import Foundation

/// An error raised while reading, writing or training a statistical model.
///
/// Every message starts with the path of the file concerned, in the
/// `"\(path): \(reason)"` form the command line prints, so a user can tell
/// which model file is corrupt, missing or from another version.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file does not exist or cannot be read.
  case unreadable(path: String, reason: String)
  /// The file does not start with the NewsGraph model magic bytes.
  case badMagic(path: String)
  /// The file was written by an incompatible version of the format.
  case unsupportedVersion(path: String, found: UInt32, expected: UInt32)
  /// The file holds another kind of model than the one requested.
  case wrongKind(path: String, found: String, expected: String)
  /// The payload checksum does not match the header: the file is corrupt.
  case checksumMismatch(path: String)
  /// The payload ends early or holds inconsistent sizes.
  case malformed(path: String, reason: String)
  /// The file could not be written.
  case unwritable(path: String, reason: String)
  /// Training data is missing or unusable.
  case invalidData(path: String, reason: String)

  /// A one-line message that starts with the file's path.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): cannot read model file: \(reason)"
    case .badMagic(let path):
      return "\(path): not a NewsGraph model file (bad magic bytes)"
    case .unsupportedVersion(let path, let found, let expected):
      return "\(path): model format version \(found), expected \(expected); retrain with `newsgraph train`"
    case .wrongKind(let path, let found, let expected):
      return "\(path): holds a '\(found)' model, expected '\(expected)'"
    case .checksumMismatch(let path):
      return "\(path): checksum mismatch, the model file is corrupt"
    case .malformed(let path, let reason):
      return "\(path): malformed model file: \(reason)"
    case .unwritable(let path, let reason):
      return "\(path): cannot write model file: \(reason)"
    case .invalidData(let path, let reason):
      return "\(path): \(reason)"
    }
  }
}
