"""The packages as a user gets them: built, uploaded to a real package index, installed hash-pinned, run.

One test, end to end, with the real tools:
1. `scripts/dist.py` builds the wheel and sdist of all three packages (the same code as `make dist`).
2. pypiserver runs on 127.0.0.1 (a free port) over a temporary directory; twine uploads the six files to it.
3. The dependencies (httpx, attrs and what they pull in) are put beside them in the index. They come from the
   package registry the machine is configured with, downloaded by `pip download --require-hashes` at exactly
   the versions and sha256 hashes of requirements.lock (nothing unpinned, no local wheel cache needed), so
   this works on a fresh machine whose only network is the package registry.
4. A fresh virtual environment installs every package (`<distribution>==<version>`) from that index alone
   (`--index-url`, pip's machine config switched off), with `--require-hashes`: the hashes of our files are
   taken from the files built in step 1, those of the dependencies from requirements.lock.
5. Each package's quickstart, taken from the README that the installed package carries as its long
   description (the first ```python block under "## Quickstart"), runs in that environment against the local
   stand-in server, with the task id `done-...` as its argument.
The index process is stopped and its directory removed whatever happens.
"""

from __future__ import annotations

import email
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from dist import build_all
from pipeline import ROOT
from registry import providers
from tests.doubles.endpoints import jobs
from tests.doubles.standin.server import StandInServer
from versions import release_version

BIN = Path(sys.executable).parent
LOCK = ROOT / "requirements.lock"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    assert result.returncode == 0, f"{' '.join(command[:4])}... failed:\n{result.stdout}\n{result.stderr}"
    return result


def locked() -> dict[str, tuple[str, list[str]]]:
    """requirements.lock as {canonical name: (version, [sha256, ...])}."""
    pins: dict[str, tuple[str, list[str]]] = {}
    for block in re.split(r"\n(?=\S)", LOCK.read_text(encoding="utf-8")):
        match = re.match(r"([A-Za-z0-9_.\-]+)==(\S+)", block)
        if match:
            hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", block)
            pins[canonicalize_name(match.group(1))] = (match.group(2), hashes)
    return pins


def runtime_closure(requirements: list[str]) -> list[str]:
    """Every distribution `requirements` pull in on this Python, walked through the installed metadata."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in requirements]
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen or (req.marker is not None and not req.marker.evaluate({"extra": ""})):
            continue
        seen.add(name)
        try:
            todo.extend(Requirement(r) for r in distribution(name).requires or [])
        except PackageNotFoundError:
            pytest.fail(f"{name} is needed by the packages but not installed in .venv (run `make env`)")
    return sorted(seen)


def dependency_lines(built_wheels: list[Path]) -> list[str]:
    """Hash-pinned requirement lines, from requirements.lock, for everything the packages depend on
    (the union over all wheels: only a package whose spec has date-times needs python-dateutil)."""
    requires: list[str] = []
    for built_wheel in built_wheels:
        with zipfile.ZipFile(built_wheel) as zf:
            meta_name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
            requires += email.message_from_bytes(zf.read(meta_name)).get_all("Requires-Dist") or []
    pins = locked()
    lines = []
    for name in runtime_closure(requires):
        assert name in pins, f"{name} is a dependency of the packages but not pinned in requirements.lock"
        version, hashes = pins[name]
        lines.append(f"{name}=={version} " + " ".join(f"--hash=sha256:{h}" for h in hashes))
    return lines


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def isolated_pip_env() -> dict[str, str]:
    """pip with no machine or user configuration: it sees only the index given on its command line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "UV_", "PYTHON"))}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    env.update(NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    return env


@contextmanager
def package_index(root: Path) -> Iterator[str]:
    """pypiserver on 127.0.0.1 serving `root`, uploads allowed without authentication; yields its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (root.parent / "pypiserver.log").open("w")
    command = [str(BIN / "pypi-server"), "run", "-i", "127.0.0.1", "-p", str(port), "-a", ".", "-P", ".", str(root)]
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=isolated_pip_env())
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(f"pypiserver did not start: {(root.parent / 'pypiserver.log').read_text()}")
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def quickstart(readme: str) -> str:
    """The first ```python block under "## Quickstart" in a README."""
    section = re.search(r"^## Quickstart\n(.*?)(?=^## |\Z)", readme, flags=re.MULTILINE | re.DOTALL)
    assert section, "the README has no '## Quickstart' section"
    block = re.search(r"^```python\n(.*?)^```", section.group(1), flags=re.MULTILINE | re.DOTALL)
    assert block, "the README's Quickstart has no ```python block"
    return block.group(1)


@pytest.mark.timeout(240)
def test_install_pinned_from_a_local_index_and_run_each_quickstart() -> None:
    names = {p.key: (p.distribution, p.package) for p in providers()}
    versions = {p.key: release_version(p) for p in providers()}
    quickstart_job = {p.key: next(j for j in jobs() if j.kind == p.job(p.quickstart["kind"])) for p in providers()}
    work = Path(tempfile.mkdtemp(prefix="index-test-"))
    try:
        dist = work / "dist"
        files = build_all(dist)
        by_name = {f.name: f for f in files}

        packages = work / "index" / "packages"
        packages.mkdir(parents=True)
        wheels = [f for f in files if f.suffix == ".whl"]
        deps = dependency_lines(wheels)
        (work / "deps.txt").write_text("\n".join(deps) + "\n", encoding="utf-8")
        # From the machine's configured registry, hash-checked against requirements.lock.
        run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
             "--require-hashes", "-r", str(work / "deps.txt"), "-d", str(packages)])  # fmt: skip

        requirements = []
        for provider, (dist_name, package) in names.items():
            version = versions[provider]
            ours = [by_name[f"{package}-{version}-py3-none-any.whl"], by_name[f"{package}-{version}.tar.gz"]]
            requirements.append(f"{dist_name}=={version} " + " ".join(f"--hash=sha256:{sha256(f)}" for f in ours))
        (work / "requirements.txt").write_text("\n".join(requirements + deps) + "\n", encoding="utf-8")

        with package_index(packages) as index:
            run([str(BIN / "twine"), "upload", "--non-interactive", "--disable-progress-bar",
                 "--repository-url", f"{index}/", "-u", "test", "-p", "test", *map(str, files)],
                env={**isolated_pip_env(), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})  # fmt: skip
            for dist_name, package in names.values():
                with urllib.request.urlopen(f"{index}/simple/{dist_name}/", timeout=10) as page:
                    listing = page.read().decode()
                assert f"{package}-" in listing, f"{dist_name} is not on the index after upload"

            venv = work / "venv"
            run([sys.executable, "-m", "venv", str(venv)])
            python = str(venv / "bin" / "python")
            run([python, "-m", "pip", "install", "--quiet", "--no-cache-dir", "--require-hashes",
                 "--index-url", f"{index}/simple/", "-r", str(work / "requirements.txt")],
                env=isolated_pip_env())  # fmt: skip

        # Installed, not imported from generated/: the fresh environment has no path to the repository.
        probe = (
            "import json, importlib, importlib.metadata as md\n"
            f"names = {json.dumps({p: list(n) for p, n in names.items()})}\n"
            "print(json.dumps({p: {'version': md.version(d), 'readme': md.metadata(d).get_payload(),\n"
            "  'module_version': importlib.import_module(m).__version__,\n"
            "  'file': importlib.import_module(m).__file__} for p, (d, m) in names.items()}))\n"
        )
        installed = json.loads(run([python, "-I", "-c", probe], cwd=work, env=isolated_pip_env()).stdout)
        for provider in names:
            got = installed[provider]
            assert got["version"] == got["module_version"] == versions[provider]
            assert Path(got["file"]).is_relative_to(venv), got["file"]

        with StandInServer() as server:
            for provider in names:
                script = work / f"quickstart_{provider}.py"
                script.write_text(quickstart(installed[provider]["readme"]), encoding="utf-8")
                exported = re.search(r"^export (\w+)_API_KEY=", installed[provider]["readme"], flags=re.MULTILINE)
                assert exported, "the README does not say which variable holds the API key"
                env_prefix = exported.group(1)
                env = {
                    **isolated_pip_env(),
                    f"{env_prefix}_API_KEY": "quickstart-key",
                    f"{env_prefix}_BASE_URL": server.base_url(provider),
                }
                started = time.monotonic()
                result = run([python, "-I", str(script), f"done-quickstart-{provider}"], cwd=work, env=env)
                assert quickstart_job[provider].statuses.success in result.stdout, result.stdout
                assert time.monotonic() - started < 30
            assert any("quickstart-key" in r.headers.values() for r in server.requests)
    finally:
        shutil.rmtree(work, ignore_errors=True)
