// libxml2's SAX2 parser, read by the GraphML reader (Exporters/GraphML).
// Only what the reader uses is included; the include path comes from
// pkg-config libxml-2.0 (Debian: libxml2-dev).
#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes the
// system's <unicode/ucnv.h>, whose enums clash with the ICU that Foundation
// carries (_FoundationICU). The reader never touches the encoding handler's
// ICU fields (only pointers to the handler), so the ICU part is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

/// The value of `xmlSAXHandler.initialized` that marks a SAX2 handler
/// (`XML_SAX2_MAGIC`, a macro Swift cannot import as an unsigned int).
static inline unsigned int ng_sax2_magic(void) { return XML_SAX2_MAGIC; }

/// The options the GraphML reader parses with: no limit on the size of a
/// text node or of the document (`XML_PARSE_HUGE`), no network access,
/// predefined entities and character references replaced in attribute
/// values (`XML_PARSE_NOENT`; the reader declares no entity store, so no
/// other entity can be expanded), and the document read as UTF-8 whatever
/// its declaration says (`XML_PARSE_IGNORE_ENC`).
static inline int ng_graphml_options(void) {
  return XML_PARSE_HUGE | XML_PARSE_NONET | XML_PARSE_NOENT | XML_PARSE_IGNORE_ENC;
}

#endif
