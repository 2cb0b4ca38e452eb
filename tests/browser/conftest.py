"""Browser tests: a temporary JupyterLab and a temporary Voila, each on 127.0.0.1 at a free
port with a random token and its own config, data and runtime folders, serving a temporary
copy of the notebooks over a build of data/raw made in this session; Chromium (Debian's,
installed by scripts/install-browser.sh) driven by Playwright. See
../../../shared/BROWSER_TESTS.md for the why of each step.

Every wait has a timeout. Servers are stopped by their own process id in a ``finally``,
after deleting JupyterLab's sessions through its REST API; any process they started that
is still alive then (a kernel) is ended by its id. Screenshots go to
``build/browser-screenshots/`` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
SCREENSHOTS = ROOT / "build" / "browser-screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run",
]
#: Timeouts, in seconds.
SERVER_START = 60
KERNEL_IDLE = 60
CELL_RUN = 120
STOP = 20

#: JupyterLab settings for the tests: no news pop-up, every cell attached to the page.
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {
        "fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True,
    },
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}


@dataclass
class Server:
    """A running server: ``url`` (no trailing slash), ``token``, ``root`` (the folder it
    serves: a copy of the notebooks), ``figures`` ($TOOLKIT_FIGURES of its kernels),
    ``proc`` and ``log`` (its stdout and stderr)."""

    name: str
    url: str
    token: str
    root: Path
    figures: Path
    proc: subprocess.Popen
    log: Path

    def get(self, path: str, timeout: float = 10) -> bytes:
        req = urllib.request.Request(self.url + path,
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - localhost
            return resp.read()

    def delete(self, path: str, timeout: float = 10) -> None:
        req = urllib.request.Request(self.url + path, method="DELETE",
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=timeout):  # noqa: S310 - localhost
            pass

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def free_port() -> int:
    """A port free on 127.0.0.1 now (bound to port 0, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> set[int]:
    """Every live descendant of ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _isolated_env(base: Path, data: Path, figures: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("JUPYTER", "JPY_", "IPYTHON"))}
    for var, sub in [("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                     ("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython"),
                     ("MPLCONFIGDIR", "matplotlib")]:
        folder = base / sub
        folder.mkdir(parents=True, exist_ok=True)
        env[var] = str(folder)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["TOOLKIT_DATA"] = str(data)
    env["TOOLKIT_FIGURES"] = str(figures)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
    return env


@contextlib.contextmanager
def run_server(kind: str, base: Path, data: Path) -> Iterator[Server]:
    """Start ``jupyter lab`` or ``voila`` over a fresh copy of the notebooks in ``base``;
    yield it once ``ready``; always stop it (and whatever it started) afterwards."""
    root = base / "notebooks"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    figures = base / "figures"
    figures.mkdir()
    env = _isolated_env(base, data, figures)
    port, token = free_port(), secrets.token_hex(24)
    if kind == "lab":
        settings = Path(env["JUPYTER_CONFIG_DIR"]) / "lab" / "settings"
        settings.mkdir(parents=True)
        (settings / "overrides.json").write_text(json.dumps(LAB_OVERRIDES))
        cmd = [sys.executable, "-m", "jupyterlab", "--no-browser",
               "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
               "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
               f"--ServerApp.root_dir={root}", f"--LabApp.app_settings_dir={settings}",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
        ready = "/api/status"
    else:
        cmd = [sys.executable, "-m", "voila", str(root), "--no-browser",
               "--Voila.ip=127.0.0.1", f"--port={port}", "--Voila.port_retries=0",
               f"--token={token}", "--show_tracebacks=True"]
        ready = "/voila/tree"  # Voila has no /api/status
    if kind == "lab" and os.geteuid() == 0:  # CI containers and these machines run as root
        cmd.append("--allow-root")
    log = base / f"{kind}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=base, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    server = Server(kind, f"http://127.0.0.1:{port}", token, root, figures, proc, log)
    try:
        _wait_ready(server, ready)
        yield server
    finally:
        stop_server(server)


def _wait_ready(server: Server, path: str) -> None:
    deadline = time.monotonic() + SERVER_START
    last = ""
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            pytest.fail(f"{server.name} exited with {server.proc.returncode}:\n"
                        f"{server.log_tail()}")
        try:
            server.get(path, timeout=5)
            return
        except (urllib.error.URLError, OSError) as exc:
            last = str(exc)
        time.sleep(0.5)
    pytest.fail(f"{server.name} not ready at {path} after {SERVER_START}s ({last}):\n"
                f"{server.log_tail()}")


def stop_server(server: Server) -> None:
    """Delete JupyterLab's sessions through the REST API, stop the server by its process
    id (SIGTERM, then SIGKILL after STOP seconds) and end, by id, any process it started
    that outlived it."""
    proc = server.proc
    started = _children(proc.pid)
    if server.name == "lab" and proc.poll() is None:
        with contextlib.suppress(Exception):
            for session in json.loads(server.get("/api/sessions")):
                server.delete(f"/api/sessions/{session['id']}")
    started |= _children(proc.pid)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=STOP)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=STOP)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(p) for p in started):
        time.sleep(0.2)
    for pid in started:
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.fixture(scope="package")
def sample_build(tmp_path_factory) -> Path:
    """The tables built from data/raw (the sample corpus) in this session."""
    from toolkit.pipeline import build

    out = tmp_path_factory.mktemp("browser-build")
    build(ROOT / "data" / "raw", out)
    return out


@pytest.fixture(scope="package")
def lab(tmp_path_factory, sample_build) -> Iterator[Server]:
    with run_server("lab", tmp_path_factory.mktemp("lab"), sample_build) as server:
        yield server


@pytest.fixture(scope="package")
def voila(tmp_path_factory, sample_build) -> Iterator[Server]:
    with run_server("voila", tmp_path_factory.mktemp("voila"), sample_build) as server:
        yield server


@pytest.fixture(scope="package")
def browser():
    """Debian's Chromium under Playwright (headless). Its absence is a failure, not a
    skip: ``make test`` installs it first (scripts/install-browser.sh)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/install-browser.sh (run by make test) "
                    "should have installed it")
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                      headless=True, timeout=SERVER_START * 1000)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        pw.stop()


@pytest.fixture
def page(browser):
    """A fresh browser context and page (1280×900), with default timeouts set."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(CELL_RUN * 1000)
    pg = context.new_page()
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture(scope="package")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


#: JS: scroll every scrolling element to its top; return the tallest content height.
_SCROLL_TOP = """() => {
  let tallest = document.scrollingElement.scrollHeight;
  for (const e of document.querySelectorAll('*')) {
    const overflow = getComputedStyle(e).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight + 1) {
      e.scrollTop = 0;
      tallest = Math.max(tallest, e.scrollHeight + e.getBoundingClientRect().top);
    }
  }
  window.scrollTo(0, 0);
  return Math.ceil(tallest);
}"""


def full_screenshot(page, path: Path) -> None:
    """Screenshot all of the page, from the top: the window is made as tall as the tallest
    scrolling content (JupyterLab's notebook panel, Voila's page), then restored."""
    size = page.viewport_size
    height = page.evaluate(_SCROLL_TOP)
    page.set_viewport_size({"width": size["width"],
                            "height": min(max(size["height"], height + 80), 16000)})
    page.wait_for_timeout(500)
    page.evaluate(_SCROLL_TOP)
    try:
        page.screenshot(path=str(path), full_page=True, timeout=60_000)
    finally:
        page.set_viewport_size(size)
