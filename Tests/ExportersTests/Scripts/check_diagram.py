#!/usr/bin/env python3
"""Check a NewsGraph diagram (graph.svg) fitted to a screen in headless Chromium.

Usage:
  check_diagram.py SVG [--min-label PX] [--max-edges N] [--screenshot PNG] [--chromium PATH]

Opens a page that shows the SVG scaled to fit a 1920x1080 window (as an image
viewer or a browser tab does: the whole drawing visible, aspect kept), then,
measured in the browser itself:
  - the height of every entity node's name (the first text of each node whose
    title is not a legend item): its font size times the scale the browser
    drew it at, in CSS pixels; the smallest must be at least --min-label (9);
  - the number of drawn edges (legend samples excluded): at most --max-edges
    (60) when given.
With --screenshot, saves a PNG of the window. Prints what it measured; exits 1
on a failed check, 2 when Chromium is missing. Uses check_report.py's browser
driver (the DevTools protocol over a pipe, no extra packages).
"""

import argparse
import base64
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_report  # noqa: E402

SCREEN_WIDTH, SCREEN_HEIGHT = 1920, 1080

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
html, body { margin: 0; padding: 0; width: 100%; height: 100%; background: white; overflow: hidden; }
#frame { width: 100vw; height: 100vh; }
#frame > svg { width: 100%; height: 100%; display: block; }
</style></head><body><div id="frame">SVG</div></body></html>
"""

MEASURE = """
(() => {
  const svg = document.querySelector('#frame > svg');
  const labels = [];
  for (const node of svg.querySelectorAll('g.node')) {
    const title = node.querySelector('title');
    if (!title || title.textContent.startsWith('legend')) continue;
    const text = node.querySelector('text');
    if (!text) continue;
    const size = parseFloat(text.getAttribute('font-size') || '14');
    const scale = text.getScreenCTM().a;
    labels.push({id: title.textContent, name: text.textContent, px: size * scale,
                 box: text.getBoundingClientRect().height});
  }
  const edges = [...svg.querySelectorAll('g.edge')].filter(e => {
    const t = e.querySelector('title');
    return t && !t.textContent.includes('legend');
  }).length;
  const rect = svg.getBoundingClientRect();
  return {labels, edges, width: rect.width, height: rect.height};
})()
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("svg")
    parser.add_argument("--min-label", type=float, default=9.0)
    parser.add_argument("--max-edges", type=int)
    parser.add_argument("--screenshot")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = parser.parse_args()
    if not args.chromium:
        print("chromium is not installed", file=sys.stderr)
        return 2
    svg = Path(args.svg).read_text(encoding="utf-8")
    svg = svg[svg.index("<svg"):]
    check_report.WIDTH, check_report.HEIGHT = SCREEN_WIDTH, SCREEN_HEIGHT
    with tempfile.TemporaryDirectory(prefix="newsgraph-diagram-") as folder:
        page = Path(folder) / "diagram.html"
        page.write_text(PAGE.replace("SVG", svg), encoding="utf-8")
        browser = check_report.Browser(args.chromium, folder + "/profile")
        try:
            browser.open(page.as_uri())
            result = browser.evaluate(MEASURE)
            labels = result["labels"]
            check_report.expect(labels, "no entity node in the diagram")
            smallest = min(labels, key=lambda label: label["px"])
            print(f"ok: {len(labels)} nodes, {result['edges']} edges, drawing fitted to "
                  f"{result['width']:.0f}x{result['height']:.0f} px")
            print(f"smallest node name: {smallest['name']!r} {smallest['px']:.1f} px "
                  f"(text box {smallest['box']:.1f} px)")
            check_report.expect(smallest["px"] >= args.min_label,
                                f"node names must be at least {args.min_label} px high fitted to "
                                f"{SCREEN_WIDTH}x{SCREEN_HEIGHT}; {smallest['name']!r} is {smallest['px']:.1f} px")
            if args.max_edges is not None:
                check_report.expect(result["edges"] <= args.max_edges,
                                    f"{result['edges']} edges drawn, more than {args.max_edges}")
            if args.screenshot:
                image = browser.call("Page.captureScreenshot", {"format": "png"})
                data = base64.b64decode(image["data"])
                check_report.expect(data.startswith(b"\x89PNG") and len(data) > 20000, "the screenshot is empty")
                Path(args.screenshot).write_bytes(data)
                print(f"ok: screenshot saved to {args.screenshot} ({len(data)} bytes)")
            print(json.dumps({"smallest_label_px": round(smallest["px"], 2), "edges": result["edges"],
                              "nodes": len(labels)}))
        except check_report.Failure as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
