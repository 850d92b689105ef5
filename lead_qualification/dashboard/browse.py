"""Drive the dashboard as a person does: start it on a free localhost port and open its pages in
headless Chromium (Debian's `chromium`; Playwright drives it, no browser download). Used by the
end-to-end test and by lead_qualification/dashboard_benchmark.py.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request

from lead_qualification import PROJECT_ROOT as ROOT

CHROMIUM = os.environ.get("LEAD_QUALIFICATION_CHROMIUM", "/usr/bin/chromium")
# The flags the machines here need: no sandbox as root, and no background connections to hosts
# a closed network refuses.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]
# url path -> page title (lead_qualification/dashboard/app.py)
PAGES = {"": "Today", "buying_groups": "Buying groups", "account_journey": "Account journey",
         "handoff_quality": "Handoff quality", "funnel": "Funnel", "pipeline": "Pipeline",
         "scoring_rules": "Scoring rules", "evidence": "Evidence"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_app(env: dict[str, str], timeout: float = 60):
    """The app on a free port with ``env`` (which chooses the database); yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "lead_qualification" / "dashboard" / "app.py"),
               "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
               "--browser.gatherUsageStats", "false"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the dashboard did not start:\n{process.stdout.read()[-3000:]}")
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextlib.contextmanager
def browser_page(width: int = 1400, height: int = 1000):
    """A page of a headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": width, "height": height})
        finally:
            browser.close()


def open_page(page, url: str, timeout_ms: int = 60_000) -> float:
    """Open ``url`` and wait until the app has finished running the page's script; returns the
    seconds it took (navigation to rendered)."""
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("[data-testid='stApp']", timeout=timeout_ms)
    wait_until_rendered(page, timeout_ms)
    return time.perf_counter() - started


def wait_until_rendered(page, timeout_ms: int = 60_000) -> None:
    """Streamlit shows a status widget while a script runs; rendered = a heading or an alert is
    there and the widget is gone. The last elements of a run can be painted a moment after the
    widget goes: a caller that reads an element waits for that element (Playwright's expect),
    never for a fixed time."""
    page.wait_for_selector("h1, [data-testid='stAlert'], [data-testid='stException']", timeout=timeout_ms)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout_ms)


def problems(page) -> list[str]:
    """Tracebacks and error alerts on the page, as text."""
    found = [page.locator("[data-testid='stException']").nth(i).inner_text()
             for i in range(page.locator("[data-testid='stException']").count())]
    found += [page.locator("[data-testid='stAlertContentError']").nth(i).inner_text()
              for i in range(page.locator("[data-testid='stAlertContentError']").count())]
    return found
