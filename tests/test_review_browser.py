"""The review page in a real browser: headless Chromium (Debian's `chromium`), driven over the Chrome
DevTools Protocol with websocket-client. It renders with no console errors and no requests beyond
the file itself, its text is the source, clicking a table row scrolls to the mark, hovering a mark
shows its record, and a hostile report stays text.

Regenerate the README screenshot with: .venv/bin/python tests/test_review_browser.py docs/review.png"""
from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline import extract_document  # noqa: E402
from pipeline.review import build_page  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "raw" / "changning_2022_plan_report.txt"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars",
         "--remote-debugging-port=0", "--remote-allow-origins=*"]


def find_chromium() -> str | None:
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


class Browser:
    """Just enough of CDP: one page, commands with replies, events kept for inspection."""

    def __init__(self, binary: str, profile: Path):
        import websocket

        self.log = open(profile / "chromium.log", "wb")
        self.proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=self.log, start_new_session=True)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError(f"chromium did not start: {(profile / 'chromium.log').read_text(errors='replace')[-800:]}")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            page = next(t for t in json.load(r) if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.events: list[dict] = []
        self.n = 0
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")

    def send(self, method: str, **params):
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.n:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, method: str, since: int = 0, timeout: float = 30):
        deadline = time.monotonic() + timeout
        while True:
            for e in self.events[since:]:
                if e.get("method") == method:
                    return e
            if time.monotonic() > deadline:
                raise TimeoutError(method)
            self.events.append(json.loads(self.ws.recv()))

    def open(self, url: str) -> None:
        mark = len(self.events)
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired", since=mark)

    def js(self, expr: str):
        r = self.send("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(r["exceptionDetails"])
        return r["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def hover(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def screenshot(self, path: Path) -> bytes:
        png = base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"])
        path.write_bytes(png)
        return png

    def errors(self) -> list[str]:
        out = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append(json.dumps(p["exceptionDetails"])[:300])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description"))) for a in p.get("args", [])))
            elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
                out.append(p["entry"].get("text", ""))
        return out

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def close(self) -> None:
        if getattr(self, "ws", None):
            self.ws.close()
        # Chromium's helpers (zygote, crashpad) outlive the browser and keep writing to the profile
        # unless the whole process group goes.
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        self.log.close()


def rect(b: Browser, selector: str) -> dict:
    return b.js(f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,"
                "x: r.left + r.width / 2, y: r.top + r.height / 2, vh: innerHeight, vw: innerWidth}; })()")


@pytest.fixture(scope="module")
def browser():
    binary = find_chromium()
    if binary is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
    pytest.importorskip("websocket", reason="websocket-client is not installed (pip install -e '.[dev]')")
    with tempfile.TemporaryDirectory(prefix="review-chromium-", ignore_cleanup_errors=True) as profile:
        b = Browser(binary, Path(profile))
        try:
            b.send("Emulation.setDeviceMetricsOverride", width=1440, height=900, deviceScaleFactor=1, mobile=False)
            yield b
        finally:
            b.close()


def seed_page(folder: Path) -> tuple[Path, str, dict]:
    text = SEED.read_text(encoding="utf-8")
    tables = extract_document(text, SEED.stem)
    path = folder / f"{SEED.stem}.html"
    path.write_text(build_page(text, tables), encoding="utf-8")
    return path, text, tables


def test_seed_page_in_chromium(browser, tmp_path):
    path, text, tables = seed_page(tmp_path)
    start = len(browser.events)
    browser.open(path.as_uri())
    b = browser
    assert b.js("document.getElementById('doc').textContent") == text
    assert b.js("document.querySelectorAll('#doc mark.q').length") == len(tables["indicators"])
    png = b.screenshot(tmp_path / "review.png")
    assert png.startswith(b"\x89PNG") and len(png) > 20_000

    # a row far down the table: its mark starts off screen, and a click on the row brings it into view
    last = max(tables["indicators"], key=lambda q: q["start"])
    mid = b.js("document.querySelector('#qtable tbody tr:last-child').dataset.q")
    assert b.js(f"document.getElementById('{mid}').textContent") == last["surface"]
    assert rect(b, f"#{mid}")["top"] > 900
    b.js(f"document.querySelector('tr[data-q=\"{mid}\"]').scrollIntoView({{block: 'center'}})")
    row = rect(b, f'tr[data-q="{mid}"]')
    b.click(row["x"], row["y"])
    m = rect(b, f"#{mid}")
    assert 0 <= m["top"] and m["bottom"] <= m["vh"], m
    assert b.js("document.activeElement.id") == mid
    assert b.js("!document.getElementById('tip').hidden")
    assert last["surface"] in b.js("document.getElementById('tip').textContent")

    # hovering another mark shows its record
    b.js("document.getElementById('q00001').scrollIntoView({block: 'center'})")
    first = min(tables["indicators"], key=lambda q: q["start"])
    r = rect(b, "#q00001")
    b.hover(r["x"], r["y"])
    tip = b.js("document.getElementById('tip').textContent")
    assert first["surface"] in tip and (first["metric"] or "—") in tip and "metric_key" in tip

    # focusing a mark in the text (Tab) selects its row and scrolls the table, not the page, to it
    mid = b.js("document.querySelectorAll('#doc mark.q')[150].id")
    b.js(f"document.getElementById('{mid}').scrollIntoView({{block: 'center'}}); document.getElementById('{mid}').focus()")
    assert b.js(f"document.querySelector('tr[data-q=\"{mid}\"]').classList.contains('current')")
    row, box, m = rect(b, f'tr[data-q="{mid}"]'), rect(b, ".qwrap"), rect(b, f"#{mid}")
    assert box["top"] <= row["top"] and row["bottom"] <= box["bottom"]
    assert 0 <= m["top"] and m["bottom"] <= m["vh"]

    # sorting by value and filtering keep working
    b.js("document.querySelector('#qtable th[data-sort=value]').click()")
    vals = b.js("[...document.querySelectorAll('#qtable tbody tr')].map(r => parseFloat(r.cells[2].dataset.v))")
    assert vals == sorted(vals)
    b.js("const f = document.getElementById('filter'); f.value = 'GDP'; f.dispatchEvent(new Event('input'))")
    shown = b.js("document.querySelectorAll('#qtable tbody tr:not([hidden])').length")
    assert 0 < shown < len(tables["indicators"])

    events = b.events[start:]
    b.events[:] = events
    assert b.errors() == []
    assert all(u == path.as_uri() or u.startswith("data:") for u in b.requests()), b.requests()


def test_hostile_report_stays_text(browser, tmp_path):
    text = ("关于某区2022年计划执行情况的报告\n\n一、<script>alert(1)</script>执行情况\n\n"
            "全区完成投资\"><img src=x onerror=alert(1)>135亿元,同比增长0.9%。\n\n"
            "</div><b onmouseover=alert(1)>新增5G基站276个</b>&amp;\r\n结束。\n")
    tables = extract_document(text, "hostile")
    path = tmp_path / "hostile.html"
    path.write_text(build_page(text, tables), encoding="utf-8")
    start = len(browser.events)
    browser.open(path.as_uri())
    assert browser.js("document.getElementById('doc').textContent") == text
    assert browser.js("document.querySelectorAll('#doc *:not(mark):not(span):not(h2):not(h3):not(h4)').length") == 0
    assert browser.js("document.querySelectorAll('img, script').length") == 2  # the page's own two scripts
    events = browser.events[start:]
    assert not [e for e in events if e.get("method") == "Page.javascriptDialogOpening"]
    browser.events[:] = events
    assert browser.errors() == []


def write_screenshot(png_path: Path) -> None:
    """The README's picture: the seed's page, scrolled to a key-work table, with a mark's card open."""
    binary = find_chromium()
    if binary is None:
        sys.exit("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as profile:
        path, _, tables = seed_page(Path(tmp))
        b = Browser(binary, Path(profile))
        try:
            b.send("Emulation.setDeviceMetricsOverride", width=1440, height=900, deviceScaleFactor=1, mobile=False)
            b.open(path.as_uri())
            b.js("window.scrollTo(0, document.getElementById('t-3').getBoundingClientRect().top + scrollY - 150)")
            mid = b.js("document.querySelector('#t-3 mark.q').id")
            b.js(f"const row = document.querySelector('tr[data-q=\"{mid}\"]'); row.classList.add('current');"
                 "const box = document.querySelector('.qwrap'); box.scrollTop = row.offsetTop - box.clientHeight / 2")
            r = rect(b, f"#{mid}")
            b.hover(r["x"], r["y"])
            time.sleep(0.2)
            b.screenshot(png_path)
            assert b.errors() == [], b.errors()
        finally:
            b.close()


if __name__ == "__main__":
    write_screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/review.png"))
