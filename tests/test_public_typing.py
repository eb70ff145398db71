"""What users type-checks: the top-level names of each package resolve for mypy --strict (the package loads
them lazily at run time, so this is the only place their static view is checked), and a misspelt name is an
error rather than Any."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from registry import providers


def user_code() -> str:
    """Code a user writes against every package: each wait helper, sync and async, with its typed result."""
    first = providers()[0]
    kind = first.jobs[0]
    lines = ["import asyncio", ""]
    lines += [f"import {p.package} as {p.alias}" for p in providers()]
    lines += [
        f"from {first.package} import AuthenticatedClient, PollPolicy, TaskFailedError, WaitTimeoutError",
        "",
        f"client: AuthenticatedClient = {first.alias}.create_client('k', timeout=10.0, max_retries=1)",
        f"policy = {first.alias}.DEFAULT_POLICIES[{kind.helper!r}]",
        "delay: float = policy.next_delay(1)",
        f"errors: tuple[type[Exception], ...] = (TaskFailedError, WaitTimeoutError, {first.alias}.ApiError)",
        f"version: str = {first.alias}.__version__ + {first.alias}.__api_version__",
    ]
    for p in providers():
        lines.append(f"import {p.package}.models")
        lines.append(f"client_of_{p.key} = {p.alias}.create_client('k')")
        for job in p.jobs:
            model = f"{p.package}.models.{job.model}"
            lines.append(
                f"{p.key}_{job.key}_sync: {model} = {p.alias}.{job.helper}(client_of_{p.key}, 'x', timeout=60.0, "
                f"policy={p.alias}.PollPolicy(1.0, 2.0, 8.0, 0.1))"
            )
            lines.append(
                f"{p.key}_{job.key}_async: {model} = asyncio.run({p.alias}.{job.helper}_async(client_of_{p.key}, 'x'))"
            )
    return "\n".join(lines) + "\n"


def _mypy(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "user_code.py"
    source.write_text(code, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_user_code_type_checks_and_a_typo_does_not(tmp_path: Path) -> None:
    first = providers()[0]
    misspelt = first.jobs[0].helper.replace("_for_", "_fro_")
    typo = user_code() + f"{first.alias}.{misspelt}(client, 'v')\n"
    result = _mypy(tmp_path, typo)
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(lines) == 1, result.stdout
    assert f'has no attribute "{misspelt}"' in lines[0]
