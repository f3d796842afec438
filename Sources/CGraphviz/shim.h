// Swift-friendly wrappers over the parts of libcgraph and libgvc that
// NewsGraph uses. Only Sources/GraphvizRender imports this module, and only
// under the Graphviz lock: none of these functions is thread-safe.
//
// Swift 6 rejects mutable C globals (Agdirected, ...) and imports `char *`
// parameters as mutable pointers, so every function here takes `const char *`
// and hides the globals behind a function call.

#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// MARK: - Errors

/// Keeps error and warning messages in cgraph's log instead of printing them
/// to stderr, so that `ng_last_error` can return them. Process-wide.
static inline void ng_keep_errors(void) { agseterr(AGMAX); }

/// Clears the highest error level seen so far (see `ng_error_level`).
static inline void ng_reset_errors(void) { (void)agreseterrors(); }

/// The highest error level reported since `ng_reset_errors`: 0 for none or
/// warnings only, 1 (AGERR) once an error was reported.
static inline int ng_error_level(void) { return agerrors(); }

/// The last message kept in cgraph's log, or NULL if none was ever kept.
/// The result is a new malloc'd copy: release it with `ng_free`.
static inline char *ng_last_error(void) { return aglasterr(); }

/// Releases memory that Graphviz allocated with malloc (e.g. `ng_last_error`).
static inline void ng_free(void *pointer) { free(pointer); }

// MARK: - Parsing

/// Parses the first graph in a NUL-terminated DOT text (agmemread).
///
/// Returns NULL on a syntax error (message in `ng_last_error`) and when the
/// text holds no graph at all (no message). Release the graph with agclose.
///
/// agmemread hands the text to cgraph's lexer one line at a time and drops
/// the rest when it returns: graphs or garbage on later lines are silently
/// ignored, while the rest of the graph's last line stays in the lexer and is
/// read first by the next parse. Prefer `ng_read`.
static inline Agraph_t *ng_memread(const char *text) {
  return agmemread(text);
}

/// DOT text in memory, read by `ng_read` one graph after the other.
typedef struct {
  /// The text (UTF-8, need not be NUL-terminated; NULL if `length` is 0).
  const void *text;
  /// The length of `text` in bytes.
  size_t length;
  /// How many bytes cgraph has read so far.
  size_t position;
} ng_text_reader;

/// The `afread` function of `ng_read`'s I/O discipline.
static inline int ng_text_reader_read(void *channel, char *buffer, int size) {
  ng_text_reader *reader = (ng_text_reader *)channel;
  size_t count = reader->length - reader->position;
  if (size <= 0) return 0;
  if (count > (size_t)size) count = (size_t)size;
  if (count == 0) return 0;
  memcpy(buffer, (const char *)reader->text + reader->position, count);
  reader->position += count;
  return (int)count;
}

/// The id `ng_read`'s graphs give their next anonymous object.
///
/// cgraph's default id discipline counts anonymous objects (such as the
/// graph in `digraph { ... }`, named "%<id>" in SVG titles) process-wide,
/// so the same text would render differently on each call. `ng_read`
/// counts per text instead, starting where the `dot` command starts.
static inline IDTYPE *ng_next_anonymous_id(void) {
  static IDTYPE next = 3;
  return &next;
}

/// The `map` function of `ng_read`'s id discipline: cgraph's own for named
/// objects, `ng_next_anonymous_id` for anonymous ones.
static inline long ng_map_id(void *state, int type, char *name, IDTYPE *id,
                             int create) {
  if (name != NULL) return AgIdDisc.map(state, type, name, id, create);
  IDTYPE *next = ng_next_anonymous_id();
  *id = *next;
  *next += 2;  // odd ids are anonymous, even ones are names (pointers)
  return 1;
}

/// Prepares cgraph for a new text: error messages count lines from 1 again
/// and name no file (agsetfile), and anonymous objects are numbered from
/// the start. Call it before the first `ng_read` of each text.
static inline void ng_begin_text(void) {
  agsetfile(NULL);
  *ng_next_anonymous_id() = 3;
}

/// Parses the next graph from `reader` (agread over an in-memory text).
///
/// Like `ng_memread`, but the unread text stays in `reader`: call it again
/// to read the next graph, until it returns NULL at the end of the text
/// (with `ng_error_level` 0) or on a syntax error (with a message). Reading
/// to the end also leaves cgraph's lexer empty for the next text.
/// Release each graph with agclose.
static inline Agraph_t *ng_read(ng_text_reader *reader) {
  // Graphs keep pointers to their disciplines, so these must be static.
  static Agiodisc_t io;
  static Agiddisc_t id;
  static Agdisc_t disc;
  io = AgIoDisc;
  io.afread = ng_text_reader_read;
  id = AgIdDisc;
  id.map = ng_map_id;
  disc.mem = &AgMemDisc;
  disc.id = &id;
  disc.io = &io;
  return agread(reader, &disc);
}

// MARK: - Building graphs

/// Opens a new, empty root graph (agopen with Agdirected, Agundirected,
/// Agstrictdirected or Agstrictundirected). Release it with agclose.
static inline Agraph_t *ng_open(const char *name, int directed, int strict) {
  Agdesc_t desc;
  if (directed) {
    desc = strict ? Agstrictdirected : Agdirected;
  } else {
    desc = strict ? Agstrictundirected : Agundirected;
  }
  return agopen((char *)name, desc, NULL);
}

/// Finds or creates the node named `name` in `graph`.
static inline Agnode_t *ng_node(Agraph_t *graph, const char *name) {
  return agnode(graph, (char *)name, 1);
}

/// Creates an edge from `tail` to `head` (named `name`, or anonymous if NULL).
static inline Agedge_t *ng_edge(Agraph_t *graph, Agnode_t *tail,
                                Agnode_t *head, const char *name) {
  return agedge(graph, tail, head, (char *)name, 1);
}

/// Sets attribute `name` of a graph, node or edge to `value`, declaring the
/// attribute with default `fallback` first if needed (agsafeset).
static inline int ng_set(void *object, const char *name, const char *value,
                         const char *fallback) {
  return agsafeset(object, (char *)name, (char *)value, (char *)fallback);
}

// MARK: - Layout and rendering

/// Lays `graph` out with `engine` ("dot", "neato", ...). Returns 0 on success.
/// Undo it with gvFreeLayout before another layout or agclose, also after a
/// failure (a layout can fail half-way).
static inline int ng_layout(GVC_t *context, Agraph_t *graph,
                            const char *engine) {
  return gvLayout(context, graph, engine);
}

/// Renders a laid-out `graph` as `format` ("svg", "png", "dot", ...) into a
/// new buffer. Returns 0 on success; then release `*data` with
/// gvFreeRenderData. On failure `*data` must not be used or freed.
static inline int ng_render_data(GVC_t *context, Agraph_t *graph,
                                 const char *format, char **data,
                                 unsigned int *length) {
  return gvRenderData(context, graph, format, data, length);
}

#endif  // NEWSGRAPH_CGRAPHVIZ_SHIM_H
