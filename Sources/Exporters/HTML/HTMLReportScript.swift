/// The report's script, placed inline at the end of `index.html`.
///
/// It reads the JSON in `#ng-data`, builds the table rows with DOM calls
/// (`textContent`, never `innerHTML`, so no text becomes markup), filters
/// them by the URL fragment (`#speaker=ID`, `#about=ID`, `#entity=ID`,
/// `#statement=ID`, `#q=TEXT&in=SCOPE`) and the search box, makes the
/// diagram's entity nodes act as buttons, dims what a filter leaves out,
/// and zooms (buttons, Ctrl or ⌘ with the wheel) and pans (dragging) the
/// diagram. The filter is applied before the first paint, so
/// `chromium --dump-dom 'index.html#speaker=ID'` shows the filtered table.
enum HTMLReportScript {
  /// The JavaScript text (ES2017, no dependencies).
  static let javascript = #"""
    (function () {
      "use strict";
      var PAGE = 200;
      var KEYS = ["speaker", "about", "entity", "statement", "q", "in"];
      var SCOPES = ["both", "speaker", "about", "text"];
      var data = JSON.parse(document.getElementById("ng-data").textContent);
      var entities = new Map(Object.entries(data.entities));
      var documents = new Map(Object.entries(data.documents));
      var statements = data.statements;

      var rowsEl = document.getElementById("ng-rows");
      var statusEl = document.getElementById("ng-status");
      var filterEl = document.getElementById("ng-filter");
      var filterTextEl = document.getElementById("ng-filter-text");
      var noneEl = document.getElementById("ng-none");
      var moreEl = document.getElementById("ng-more");
      var queryEl = document.getElementById("ng-query");
      var scopeEl = document.getElementById("ng-scope");
      var tableEl = document.getElementById("ng-statements");
      var diagramEl = document.getElementById("ng-diagram");
      var svg = diagramEl ? diagramEl.querySelector("svg") : null;
      var nodes = svg ? Array.prototype.slice.call(svg.querySelectorAll("g[data-entity]")) : [];
      var edges = svg ? Array.prototype.slice.call(svg.querySelectorAll("g[data-from]")) : [];

      function entityName(id) {
        var entity = entities.get(id);
        return entity ? entity.name : id;
      }
      function allNames(id) {
        var entity = entities.get(id);
        return entity ? [entity.name].concat(entity.aliases) : [id];
      }
      var keys = statements.map(function (s) {
        var speaker = (s.speaker ? allNames(s.speaker).join("\n") + "\n" : "") + (s.speakerText || "");
        return {
          speaker: speaker.toLowerCase(),
          about: s.about.map(function (id) { return allNames(id).join("\n"); }).join("\n").toLowerCase(),
          text: s.content.map(function (span) { return span.text; }).join(" ").toLowerCase()
        };
      });

      // MARK: - State and the URL fragment

      function emptyState() {
        return { speaker: "", about: "", entity: "", statement: "", q: "", in: "both" };
      }
      function readHash() {
        var next = emptyState();
        location.hash.slice(1).split("&").forEach(function (part) {
          var eq = part.indexOf("=");
          if (eq < 0) { return; }
          var key = part.slice(0, eq);
          var value;
          try {
            value = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, " "));
          } catch (error) {
            return;
          }
          if (KEYS.indexOf(key) >= 0) { next[key] = value; }
        });
        if (SCOPES.indexOf(next.in) < 0) { next.in = "both"; }
        return next;
      }
      function hashOf(state) {
        var parts = [];
        ["speaker", "about", "entity", "statement", "q"].forEach(function (key) {
          if (state[key]) { parts.push(key + "=" + encodeURIComponent(state[key])); }
        });
        if (state.q && state.in !== "both") { parts.push("in=" + state.in); }
        return parts.join("&");
      }
      var state = readHash();
      var shown = PAGE;

      function navigate(next) {
        var hash = hashOf(next);
        if (location.hash.slice(1) === hash) {
          state = next;
          shown = PAGE;
          render();
        } else {
          location.hash = hash;
        }
      }
      function replaceHash() {
        try {
          history.replaceState(null, "", "#" + hashOf(state));
        } catch (error) {
          // Some browsers refuse history changes for file: pages; the filter still applies.
        }
      }
      window.addEventListener("hashchange", function () {
        state = readHash();
        shown = PAGE;
        syncControls();
        render();
      });

      // MARK: - Filtering

      function isFiltered() {
        return Boolean(state.speaker || state.about || state.entity || state.statement || state.q.trim());
      }
      function matches(s, index, query) {
        if (state.statement && s.id !== state.statement) { return false; }
        if (state.speaker && s.speaker !== state.speaker) { return false; }
        if (state.about && s.about.indexOf(state.about) < 0) { return false; }
        if (state.entity && s.speaker !== state.entity && s.about.indexOf(state.entity) < 0) {
          return false;
        }
        if (query) {
          var key = keys[index];
          var found = false;
          if (state.in === "both" || state.in === "speaker") { found = found || key.speaker.indexOf(query) >= 0; }
          if (state.in === "both" || state.in === "about") { found = found || key.about.indexOf(query) >= 0; }
          if (state.in === "text") { found = key.text.indexOf(query) >= 0; }
          if (!found) { return false; }
        }
        return true;
      }
      function describe() {
        var parts = [];
        if (state.statement) {
          var one = statements.filter(function (s) { return s.id === state.statement; })[0];
          parts.push(one ? "The statement at " + one.document + " " + offsets(one) : "Statement " + state.statement);
        }
        if (state.entity) { parts.push("Statements by or about " + entityName(state.entity)); }
        if (state.speaker) { parts.push("Statements by " + entityName(state.speaker)); }
        if (state.about) {
          parts.push((state.speaker ? "about " : "Statements about ") + entityName(state.about));
        }
        return parts.join(" ");
      }

      // MARK: - Rows

      function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined && text !== null) { node.textContent = text; }
        return node;
      }
      function filterLink(key, id, text) {
        var link = el("a", null, text);
        link.href = "#" + key + "=" + encodeURIComponent(id);
        return link;
      }
      function offsets(s) {
        return s.content.map(function (span) { return span.start + "–" + span.end; }).join(", ");
      }
      function buildRow(s, detailId) {
        var row = el("tr", "ng-row");
        row.setAttribute("data-statement", s.id);
        row.setAttribute("data-speaker", s.speaker || "");

        var who = el("td", "ng-speaker");
        if (s.speaker) {
          who.appendChild(filterLink("speaker", s.speaker, entityName(s.speaker)));
        } else {
          who.appendChild(el("span", "ng-unknown", s.speakerText || "Unknown speaker"));
        }
        var meta = el("span", "ng-meta");
        if (s.speaker && s.speakerText && s.speakerText !== entityName(s.speaker)) {
          meta.appendChild(document.createTextNode("as “" + s.speakerText + "” · "));
        }
        if (s.cue) { meta.appendChild(document.createTextNode(s.cue + " ")); }
        meta.appendChild(el("span", "ng-kind", s.kind));
        who.appendChild(meta);
        row.appendChild(who);

        var what = el("td", "ng-content");
        what.appendChild(document.createTextNode("“"));
        s.content.forEach(function (span, i) {
          if (i > 0) { what.appendChild(el("span", "ng-gap", " … ")); }
          what.appendChild(document.createTextNode(span.text));
        });
        what.appendChild(document.createTextNode("”"));
        row.appendChild(what);

        var about = el("td", "ng-about");
        if (s.about.length) {
          var list = el("ul");
          s.about.forEach(function (id) {
            var item = el("li");
            item.appendChild(filterLink("about", id, entityName(id)));
            list.appendChild(item);
          });
          about.appendChild(list);
        } else {
          about.appendChild(el("span", "ng-meta", "—"));
        }
        row.appendChild(about);

        var source = el("td", "ng-source");
        var button = el("button");
        button.type = "button";
        button.setAttribute("aria-expanded", "false");
        button.setAttribute("aria-controls", detailId);
        button.appendChild(el("span", "ng-visually-hidden", "Source: "));
        button.appendChild(el("span", "ng-doc", s.document));
        button.appendChild(el("span", "ng-meta", offsets(s)));
        button.appendChild(el("span", "ng-meta", s.context ? "show passage" : "show details"));
        source.appendChild(button);
        row.appendChild(source);
        return row;
      }
      function buildDetail(s, detailId) {
        var row = el("tr", "ng-detail");
        row.id = detailId;
        row.hidden = true;
        var cell = el("td");
        cell.colSpan = 4;
        var quote = el("blockquote");
        if (s.context) {
          s.context.forEach(function (piece, i) {
            if (piece) { quote.appendChild(i % 2 ? el("mark", null, piece) : document.createTextNode(piece)); }
          });
        } else {
          cell.appendChild(el("p", "ng-empty", "The document text is not part of this report; the content:"));
          s.content.forEach(function (span, i) {
            if (i > 0) { quote.appendChild(document.createTextNode(" … ")); }
            quote.appendChild(el("mark", null, span.text));
          });
        }
        cell.appendChild(quote);
        var list = el("dl");
        function add(term, value) {
          if (!value) { return; }
          list.appendChild(el("dt", null, term));
          var dd = el("dd");
          if (typeof value === "string") { dd.textContent = value; } else { dd.appendChild(value); }
          list.appendChild(dd);
        }
        var doc = documents.get(s.document) || {};
        add("Document", s.document + (doc.path ? " (" + doc.path + ")" : ""));
        add("Offsets", "code points " + offsets(s));
        add("Speaker as written", s.speakerText);
        add("Cue", s.cue);
        add("Kind", s.kind);
        add("Date", s.date || doc.date);
        var permalink = el("a", null, s.id);
        permalink.href = "#statement=" + encodeURIComponent(s.id);
        add("Statement", permalink);
        cell.appendChild(list);
        row.appendChild(cell);
        return row;
      }
      function setOpen(button, detail, open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        detail.hidden = !open;
      }

      // MARK: - Rendering

      function render() {
        var query = state.q.trim().toLowerCase();
        var matched = [];
        statements.forEach(function (s, index) {
          if (matches(s, index, query)) { matched.push(s); }
        });
        rowsEl.textContent = "";
        var fragment = document.createDocumentFragment();
        matched.slice(0, shown).forEach(function (s, n) {
          var detailId = "ng-detail-" + n;
          var row = buildRow(s, detailId);
          var detail = buildDetail(s, detailId);
          var button = row.querySelector("button");
          button.addEventListener("click", function () {
            setOpen(button, detail, detail.hidden);
          });
          if (state.statement) { setOpen(button, detail, true); }
          fragment.appendChild(row);
          fragment.appendChild(detail);
        });
        rowsEl.appendChild(fragment);

        var description = describe();
        filterEl.hidden = !isFiltered();
        filterTextEl.textContent = description || "Search results";
        noneEl.hidden = matched.length > 0;
        var total = statements.length;
        var status = isFiltered()
          ? matched.length + " of " + total + (total === 1 ? " statement" : " statements")
          : total + (total === 1 ? " statement" : " statements");
        if (matched.length > shown) { status += " (the first " + shown + " are listed)"; }
        statusEl.textContent = status;
        moreEl.hidden = matched.length <= shown;
        moreEl.textContent = "Show " + Math.min(PAGE, matched.length - shown) + " more";
        updateDiagram(matched);
        var focus = state.entity || state.speaker || state.about;
        if (focus) { revealNode(focus); }
      }
      function updateDiagram(matched) {
        var active = isFiltered();
        var selected = [state.entity, state.speaker, state.about].filter(Boolean);
        var related = new Set(selected);
        matched.forEach(function (s) {
          if (s.speaker) { related.add(s.speaker); }
          s.about.forEach(function (id) { related.add(id); });
        });
        nodes.forEach(function (node) {
          var id = node.getAttribute("data-entity");
          var isSelected = selected.indexOf(id) >= 0;
          node.classList.toggle("ng-selected", isSelected);
          node.classList.toggle("ng-dim", active && !related.has(id));
          node.setAttribute("aria-pressed", isSelected ? "true" : "false");
        });
        edges.forEach(function (edge) {
          var both = related.has(edge.getAttribute("data-from")) && related.has(edge.getAttribute("data-to"));
          edge.classList.toggle("ng-dim", active && !both);
        });
      }
      function syncControls() {
        queryEl.value = state.q;
        scopeEl.value = state.in;
      }

      // MARK: - Controls

      function selectEntity(id) {
        var next = emptyState();
        next.entity = id;
        queryEl.value = "";
        navigate(next);
        var top = tableEl.getBoundingClientRect().top;
        if (top > window.innerHeight || top < -tableEl.offsetHeight) {
          tableEl.scrollIntoView({ block: "start" });
        }
      }
      nodes.forEach(function (node) {
        node.addEventListener("click", function (event) {
          event.preventDefault();
          selectEntity(node.getAttribute("data-entity"));
        });
        node.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            selectEntity(node.getAttribute("data-entity"));
          }
        });
      });
      queryEl.form.addEventListener("submit", function (event) { event.preventDefault(); });
      queryEl.addEventListener("input", function () {
        state.q = queryEl.value;
        shown = PAGE;
        replaceHash();
        render();
      });
      scopeEl.addEventListener("change", function () {
        state.in = scopeEl.value;
        shown = PAGE;
        replaceHash();
        render();
      });
      document.getElementById("ng-clear").addEventListener("click", function () {
        queryEl.value = "";
        navigate(emptyState());
        queryEl.focus();
      });
      moreEl.addEventListener("click", function () {
        shown += PAGE;
        render();
      });

      // MARK: - Zoom and pan

      var zoom = 1;
      function layoutDiagram() {
        if (!svg || !svg.viewBox || !svg.viewBox.baseVal || !svg.viewBox.baseVal.width) { return; }
        var box = svg.viewBox.baseVal;
        var fixedHeight = window.matchMedia("(min-width: 1100px)").matches || document.body.classList.contains("ng-wide");
        var width = diagramEl.clientWidth - 2;
        var height = fixedHeight ? diagramEl.clientHeight - 2 : window.innerHeight * 0.8;
        // Never larger than Graphviz's size (points as CSS pixels at 96 dpi).
        var fit = Math.min(width / box.width, height / box.height, 4 / 3);
        if (!(fit > 0)) { return; }
        svg.style.width = Math.floor(box.width * fit * zoom) + "px";
        svg.style.height = Math.floor(box.height * fit * zoom) + "px";
      }
      function setZoom(next, x, y) {
        if (!svg) { return; }
        var panel = diagramEl.getBoundingClientRect();
        if (x === undefined) {
          x = panel.left + panel.width / 2;
          y = panel.top + panel.height / 2;
        }
        var before = svg.getBoundingClientRect();
        var fx = (x - before.left) / before.width;
        var fy = (y - before.top) / before.height;
        zoom = Math.min(Math.max(next, 1), 12);
        layoutDiagram();
        var after = svg.getBoundingClientRect();
        diagramEl.scrollLeft += after.left + fx * after.width - x;
        diagramEl.scrollTop += after.top + fy * after.height - y;
      }
      function revealNode(id) {
        var node = nodes.filter(function (g) { return g.getAttribute("data-entity") === id; })[0];
        if (!node) { return; }
        var r = node.getBoundingClientRect();
        var p = diagramEl.getBoundingClientRect();
        if (r.left < p.left || r.right > p.right || r.top < p.top || r.bottom > p.bottom) {
          diagramEl.scrollLeft += r.left + r.width / 2 - (p.left + p.width / 2);
          diagramEl.scrollTop += r.top + r.height / 2 - (p.top + p.height / 2);
        }
      }
      Array.prototype.forEach.call(document.querySelectorAll("[data-zoom]"), function (button) {
        button.addEventListener("click", function () {
          var action = button.getAttribute("data-zoom");
          if (action === "wide") {
            var wide = document.body.classList.toggle("ng-wide");
            button.setAttribute("aria-pressed", wide ? "true" : "false");
            button.textContent = wide ? "Beside the table" : "Wide";
            layoutDiagram();
            return;
          }
          setZoom(action === "in" ? zoom * 1.4 : action === "out" ? zoom / 1.4 : 1);
        });
      });
      if (diagramEl && svg) {
        diagramEl.addEventListener("wheel", function (event) {
          if (!event.ctrlKey && !event.metaKey) { return; }
          event.preventDefault();
          setZoom(zoom * Math.exp(-event.deltaY / 300), event.clientX, event.clientY);
        }, { passive: false });
        var drag = null;
        diagramEl.addEventListener("pointerdown", function (event) {
          if (event.button !== 0 || (event.target.closest && event.target.closest("g[data-entity]"))) { return; }
          drag = { x: event.clientX, y: event.clientY, left: diagramEl.scrollLeft, top: diagramEl.scrollTop };
          diagramEl.setPointerCapture(event.pointerId);
          diagramEl.classList.add("ng-dragging");
        });
        diagramEl.addEventListener("pointermove", function (event) {
          if (!drag) { return; }
          diagramEl.scrollLeft = drag.left - (event.clientX - drag.x);
          diagramEl.scrollTop = drag.top - (event.clientY - drag.y);
        });
        var endDrag = function () {
          drag = null;
          diagramEl.classList.remove("ng-dragging");
        };
        diagramEl.addEventListener("pointerup", endDrag);
        diagramEl.addEventListener("pointercancel", endDrag);
      }
      window.addEventListener("resize", layoutDiagram);

      document.documentElement.classList.add("ng-js");
      syncControls();
      layoutDiagram();
      render();
    })();

    """#
}
