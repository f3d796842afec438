#!/usr/bin/env python3
"""Check a NewsGraph HTML report (index.html) in a real browser: headless Chromium.

Usage:
  check_report.py REPORT --speaker ID [--expect-rows N] [--click ID] [--key ID]
                  [--search TEXT] [--screenshot PNG] [--screenshot-fragment FRAGMENT]
                  [--expect-title TITLE] [--chromium PATH]

The expected rows are computed here from the JSON the page embeds, never by
the page's own script, so a broken filter fails:

1. `chromium --headless --dump-dom REPORT#speaker=ID`: the table lists exactly
   the statements whose speaker is ID (and N of them with --expect-rows).
2. Through the DevTools protocol (over --remote-debugging-pipe, no extra
   packages), in a 1400x1000 window:
   - the page loads without script errors, console errors or any request
     other than the file itself;
   - the diagram rendered: the <svg> has a real size and every entity node
     has a box inside it; every statement is listed;
   - a real mouse click on the node of --click (default: ID) lists exactly
     the statements by or about it and marks the node selected;
   - focusing the node of --key and pressing Enter does the same;
   - typing --search (default: the start of ID's name) in the search box lists
     exactly the statements whose speaker or topics have a matching name;
   - clicking a row's source button opens its passage, content marked;
   - no markup from the data became elements (no <img>, <b> or <iframe>),
     nothing set window.__ngPwned, and the title is --expect-title if given;
   - with --screenshot, saves a PNG of the page at REPORT#FRAGMENT
     (default: entity=ID).
Prints what it checked; exits 1 on any failure, 2 when Chromium is missing.
"""

import argparse
import base64
import html.parser
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

PAGE = 200
WIDTH, HEIGHT = 1400, 1000


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


# MARK: - The page's data and the expected rows


def load_data(path):
    text = Path(path).read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="ng-data">(.*?)</script>', text, re.S)
    expect(match, "no <script id=ng-data> in the report")
    return json.loads(match.group(1))


def names(data, entity_id):
    entity = data["entities"].get(entity_id)
    return [entity["name"]] + entity["aliases"] if entity else [entity_id]


def expected_ids(data, speaker=None, entity=None, query=None):
    ids = []
    for s in data["statements"]:
        if speaker is not None and s.get("speaker") != speaker:
            continue
        if entity is not None and s.get("speaker") != entity and entity not in s["about"]:
            continue
        if query is not None:
            q = query.strip().lower()
            who = "\n".join((names(data, s["speaker"]) if s.get("speaker") else []) + [s.get("speakerText") or ""])
            about = "\n".join(n for e in s["about"] for n in names(data, e))
            if q not in who.lower() and q not in about.lower():
                continue
        ids.append(s["id"])
    return ids[:PAGE]


def fragment(key, value):
    return key + "=" + urllib.parse.quote(value, safe="-_.!~*'()")


# MARK: - --dump-dom


class RowParser(html.parser.HTMLParser):
    """Collects the data-statement/data-speaker of each row in tbody#ng-rows."""

    def __init__(self):
        super().__init__()
        self.in_rows = False
        self.rows = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tbody" and attrs.get("id") == "ng-rows":
            self.in_rows = True
        elif self.in_rows and tag == "tr" and "ng-row" in (attrs.get("class") or "").split():
            self.rows.append((attrs.get("data-statement"), attrs.get("data-speaker")))

    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_rows = False


def browser_flags(profile):
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--user-data-dir=" + profile, "--hide-scrollbars",
            f"--window-size={WIDTH},{HEIGHT}"]


def dump_dom_rows(chromium, url, profile):
    result = subprocess.run([chromium] + browser_flags(profile) + ["--dump-dom", url],
                            capture_output=True, text=True, timeout=120)
    expect(result.returncode == 0, f"chromium --dump-dom failed: {result.stderr[-2000:]}")
    parser = RowParser()
    parser.feed(result.stdout)
    return parser.rows


# MARK: - The DevTools protocol over a pipe


class Browser:
    """Chromium with --remote-debugging-pipe: JSON messages ending in NUL on fds 3 and 4."""

    def __init__(self, chromium, profile):
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def connect():
            read_end, write_end = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [chromium] + browser_flags(profile) + ["--remote-debugging-pipe", "about:blank"],
            preexec_fn=connect, close_fds=False, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=self.stderr)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def close(self):
        try:
            self.call("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.to_browser)
        os.close(self.from_browser)

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            expect(remaining > 0, "the browser did not answer in time")
            ready, _, _ = select.select([self.from_browser], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                self.stderr.seek(0)
                raise Failure("the browser exited: " + self.stderr.read()[-2000:].decode("utf-8", "replace"))
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=True, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                expect("error" not in reply, f"{method}: {reply.get('error')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(index)
            self.events.append(self._read_message(deadline))

    def open(self, url):
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True},
                             session=False)
        self.session = attached["sessionId"]
        for domain in ["Page", "Runtime", "Network", "Log"]:
            self.call(domain + ".enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
        self.navigate(url)

    def navigate(self, url):
        self.events = [e for e in self.events if e["method"] != "Page.loadEventFired"]
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")
        self.settle()

    def reload(self):
        self.events = [e for e in self.events if e["method"] != "Page.loadEventFired"]
        self.call("Page.reload", {"ignoreCache": True})
        self.wait_for("Page.loadEventFired")
        self.settle()

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True, "awaitPromise": True})
        expect("exceptionDetails" not in result, f"script error: {result.get('exceptionDetails')}")
        return result["result"].get("value")

    def settle(self):
        self.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))")

    def click(self, x, y):
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"]:
            self.call("Input.dispatchMouseEvent",
                      {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})
        self.settle()

    def press_enter(self):
        for kind in ["rawKeyDown", "char", "keyUp"]:
            params = {"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
            if kind == "char":
                params["text"] = "\r"
            self.call("Input.dispatchKeyEvent", params)
        self.settle()

    def rows(self):
        return self.evaluate("""Array.from(document.querySelectorAll('#ng-rows tr.ng-row'))
            .map(r => [r.getAttribute('data-statement'), r.getAttribute('data-speaker')])""")

    def problems(self):
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append("exception: " + json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console error: " + json.dumps(params.get("args", []))[:500])
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append("log error: " + params["entry"].get("text", "")[:500])
            elif method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if not (url.startswith("file:") or url.startswith("data:") or url.startswith("about:")):
                    found.append("network request: " + url)
        return found


# MARK: - Checks


def check_rows(rows, expected, what):
    got = [row[0] for row in rows]
    expect(got == expected, f"{what}: listed {got}, expected {expected}")


def node_center(browser, entity_id):
    box = browser.evaluate(f"""(() => {{
        const node = Array.from(document.querySelectorAll('#ng-diagram g[data-entity]'))
            .find(g => g.getAttribute('data-entity') === {json.dumps(entity_id)});
        if (!node) return null;
        node.scrollIntoView({{block: 'center', inline: 'center'}});
        const r = node.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2, r.width, r.height];
    }})()""")
    expect(box is not None, f"no diagram node for {entity_id}")
    expect(box[2] > 0 and box[3] > 0, f"the node for {entity_id} has no size")
    return box[0], box[1]


def run_checks(args, data, chromium, profile):
    url = Path(args.report).resolve().as_uri()
    total = len(data["statements"])
    speaker_ids = expected_ids(data, speaker=args.speaker)
    expect(speaker_ids, f"the report has no statement by {args.speaker}; the check would prove nothing")
    expect(len(speaker_ids) < total, "every statement has the speaker; the filter check would prove nothing")
    if args.expect_rows is not None:
        expect(len(speaker_ids) == args.expect_rows,
               f"the data has {len(speaker_ids)} statements by {args.speaker}, expected {args.expect_rows}")

    # 1. --dump-dom with the filter in the fragment.
    rows = dump_dom_rows(chromium, url + "#" + fragment("speaker", args.speaker), profile)
    check_rows(rows, speaker_ids, f"--dump-dom #speaker={args.speaker}")
    expect(all(row[1] == args.speaker for row in rows), "--dump-dom: a row has another speaker")
    print(f"ok: --dump-dom #speaker={args.speaker} lists its {len(rows)} statements of {total}")

    browser = Browser(chromium, profile + "-cdp")
    try:
        browser.open(url)
        title = browser.evaluate("document.title")
        if args.expect_title is not None:
            expect(title == args.expect_title, f"title is {title!r}, expected {args.expect_title!r}")

        # 2. The diagram rendered.
        diagram = browser.evaluate("""(() => {
            const svg = document.querySelector('#ng-diagram svg');
            if (!svg) return null;
            const box = svg.getBoundingClientRect();
            const nodes = Array.from(svg.querySelectorAll('g[data-entity]'));
            const drawn = nodes.filter(g => {
                const r = g.getBoundingClientRect();
                return r.width > 2 && r.height > 2 && r.right > box.left - 1 && r.left < box.right + 1
                    && r.bottom > box.top - 1 && r.top < box.bottom + 1;
            });
            const labels = Array.from(svg.querySelectorAll('text')).filter(t => t.getComputedTextLength() > 0);
            return {width: box.width, height: box.height, nodes: nodes.length, drawn: drawn.length,
                    labels: labels.length, focusable: nodes.filter(g => g.tabIndex === 0).length};
        })()""")
        expect(diagram is not None, "no <svg> in #ng-diagram")
        expect(diagram["width"] >= 200 and diagram["height"] >= 100, f"the diagram is too small: {diagram}")
        expect(diagram["nodes"] >= 1 and diagram["drawn"] == diagram["nodes"],
               f"not every entity node is drawn: {diagram}")
        expect(diagram["labels"] >= diagram["nodes"], f"node labels are missing: {diagram}")
        expect(diagram["focusable"] == diagram["nodes"], f"nodes are not keyboard-focusable: {diagram}")
        print(f"ok: diagram {diagram['width']:.0f}x{diagram['height']:.0f} px, "
              f"{diagram['nodes']} entity nodes drawn, {diagram['labels']} labels")
        check_rows(browser.rows(), [s["id"] for s in data["statements"]][:PAGE], "unfiltered table")
        print(f"ok: all {min(total, PAGE)} statements listed without a filter")

        # 3. A mouse click on a node.
        click = args.click or args.speaker
        x, y = node_center(browser, click)
        browser.click(x, y)
        check_rows(browser.rows(), expected_ids(data, entity=click), f"after clicking the node {click}")
        state = browser.evaluate(f"""(() => {{
            const node = Array.from(document.querySelectorAll('#ng-diagram g[data-entity]'))
                .find(g => g.getAttribute('data-entity') === {json.dumps(click)});
            return [node.classList.contains('ng-selected'), node.getAttribute('aria-pressed'),
                    decodeURIComponent(location.hash), document.getElementById('ng-filter').hidden];
        }})()""")
        expect(state[0] and state[1] == "true", f"the clicked node is not marked selected: {state}")
        expect(state[2] == "#entity=" + click, f"the fragment is {state[2]!r}")
        expect(state[3] is False, "the filter bar is hidden after a click")
        print(f"ok: clicking {click} lists its {len(expected_ids(data, entity=click))} statements")

        # 4. The keyboard: focus a node, press Enter.
        key = args.key or click
        browser.evaluate("document.getElementById('ng-clear').click()")
        browser.settle()
        expect(len(browser.rows()) == min(total, PAGE), "'Show all' did not clear the filter")
        browser.evaluate(f"""Array.from(document.querySelectorAll('#ng-diagram g[data-entity]'))
            .find(g => g.getAttribute('data-entity') === {json.dumps(key)}).focus()""")
        browser.press_enter()
        check_rows(browser.rows(), expected_ids(data, entity=key), f"after Enter on the node {key}")
        print(f"ok: Enter on {key} lists its {len(expected_ids(data, entity=key))} statements")

        # 5. The search box.
        query = args.search or names(data, args.speaker)[0].split()[-1][:5]
        browser.evaluate("document.getElementById('ng-clear').click()")
        browser.settle()
        box = browser.evaluate("""(() => { const q = document.getElementById('ng-query');
            q.scrollIntoView({block: 'center'}); const r = q.getBoundingClientRect();
            return [r.left + 10, r.top + r.height / 2]; })()""")
        browser.click(box[0], box[1])
        expect(browser.evaluate("document.activeElement.id") == "ng-query", "the search box did not take focus")
        browser.call("Input.insertText", {"text": query})
        browser.settle()
        searched = expected_ids(data, query=query)
        expect(searched, f"the search {query!r} matches nothing; the check would prove nothing")
        check_rows(browser.rows(), searched, f"after searching {query!r}")
        print(f"ok: searching {query!r} lists {len(searched)} statements")

        # 6. A row's source passage.
        first = next(s for s in data["statements"] if s["id"] == searched[0])
        point = browser.evaluate("""(() => { const b = document.querySelector('#ng-rows tr.ng-row .ng-source button');
            b.scrollIntoView({block: 'center'}); const r = b.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2]; })()""")
        browser.click(point[0], point[1])
        detail = browser.evaluate("""(() => { const b = document.querySelector('#ng-rows tr.ng-row .ng-source button');
            const d = document.getElementById(b.getAttribute('aria-controls'));
            return [b.getAttribute('aria-expanded'), d.hidden, d.querySelector('blockquote').textContent,
                    Array.from(d.querySelectorAll('mark')).map(m => m.textContent), d.textContent]; })()""")
        expect(detail[0] == "true" and detail[1] is False, f"the source passage did not open: {detail[:2]}")
        expect(detail[3] == [span["text"] for span in first["content"]],
               f"marked text {detail[3]} is not the content {first['content']}")
        if first.get("context"):
            expect(detail[2] == "".join(first["context"]), "the passage is not the embedded context")
        expect(first["document"] in detail[4], "the passage does not name the document")
        print(f"ok: the source of {first['id']} opens with its content marked")

        # 7. Nothing from the data became markup; no errors, no network.
        injected = browser.evaluate("""[document.querySelectorAll('img, iframe, object, embed, b, i').length,
            typeof window.__ngPwned, document.querySelectorAll('script').length]""")
        expect(injected[0] == 0, f"{injected[0]} elements came from the data")
        expect(injected[1] == "undefined", "a script from the data ran")
        expect(injected[2] == 2, f"{injected[2]} <script> elements, expected 2")
        problems = browser.problems()
        expect(not problems, "problems while loading or using the page:\n  " + "\n  ".join(problems))
        print("ok: no injected markup, script errors or network requests")

        # 8. The screenshot.
        if args.screenshot:
            shot = args.screenshot_fragment or fragment("entity", args.speaker)
            # A fresh load at the fragment (a fragment change alone fires no load event).
            browser.evaluate("location.hash = " + json.dumps(shot))
            browser.reload()
            browser.evaluate("window.scrollTo(0, 0)")
            browser.settle()
            image = browser.call("Page.captureScreenshot", {"format": "png"})
            data_png = base64.b64decode(image["data"])
            expect(data_png.startswith(b"\x89PNG") and len(data_png) > 20000, "the screenshot is empty")
            Path(args.screenshot).write_bytes(data_png)
            print(f"ok: screenshot of #{shot} saved to {args.screenshot} ({len(data_png)} bytes)")
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("report")
    parser.add_argument("--speaker", required=True)
    parser.add_argument("--expect-rows", type=int)
    parser.add_argument("--click")
    parser.add_argument("--key")
    parser.add_argument("--search")
    parser.add_argument("--screenshot")
    parser.add_argument("--screenshot-fragment")
    parser.add_argument("--expect-title")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = parser.parse_args()
    if not args.chromium:
        print("chromium is not installed", file=sys.stderr)
        return 2
    data = load_data(args.report)
    with tempfile.TemporaryDirectory(prefix="newsgraph-report-") as profile:
        try:
            run_checks(args, data, args.chromium, profile + "/profile")
        except Failure as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
