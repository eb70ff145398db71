"""What every pipeline step shares: one error type, one-line failure reports, and all-or-nothing writes.

A step that meets bad input raises `PipelineError` naming the file; `run` turns that into a single line on
stderr and exit status 1, so `make` stops with a message a person can act on instead of a traceback.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


class PipelineError(Exception):
    """Bad input to the pipeline; the message starts with the file it is about."""


def run(main: Callable[[], int | None]) -> None:
    try:
        code = main()
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    sys.exit(code or 0)


def rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, through libyaml's parser where PyYAML was built with it (several times faster on the
    specs: most of a `make regen` went to parsing YAML); a document it refuses is read again by the pure-Python
    loader, so an error reads exactly as `yaml.safe_load`'s."""
    if _FAST_LOADER is not None:
        try:
            return yaml.load(text, Loader=_FAST_LOADER)  # libyaml's CSafeLoader: the safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def load_yaml(path: Path) -> Any:
    try:
        return safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PipelineError(f"{rel(path)}: file not found") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise PipelineError(f"{rel(path)}: invalid YAML: {one_line(exc)}") from exc


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


class _BlockDumper(yaml.SafeDumper):
    """Multi-line strings as `|` blocks, so committed specs read like the pages they came from."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _str_representer)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=100)


@contextmanager
def staging(prefix: str) -> Iterator[Path]:
    """A scratch folder that is removed whatever happens."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def replace_tree(src: Path, dst: Path) -> None:
    """Swap `dst` for `src` whole: a stale file in `dst` cannot survive, and a reader never sees a mix."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    old = dst.with_name(f".{dst.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    moved = shutil.move(str(src), str(dst.with_name(f".{dst.name}.new")))
    if dst.exists():
        os.replace(dst, old)
    os.replace(moved, dst)
    shutil.rmtree(old, ignore_errors=True)


def write_file(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
