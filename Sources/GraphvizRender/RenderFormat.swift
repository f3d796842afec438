/// An output format of ``Renderer/render(dot:engine:format:)``.
///
/// Each raw value is the Graphviz output format name, as in `dot -T<name>`.
/// `svg`, `dot` and `xdot` are text (UTF-8); `png` and `pdf` are binary.
public enum RenderFormat: String, CaseIterable, Sendable {
  /// Scalable Vector Graphics (UTF-8 XML).
  case svg
  /// A PNG bitmap at 96 dpi (Cairo).
  case png
  /// A PDF document (Cairo).
  case pdf
  /// The input graph as DOT, with the layout added as attributes
  /// (`pos`, `bb`, `width`, `height`, ...).
  case dot
  /// Like ``dot``, plus `_draw_` attributes that spell out every drawing
  /// operation (the xdot format).
  case xdot
}
