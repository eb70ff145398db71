"""Whether one OpenAPI node is contained in another: what lets a captured page's fragment be checked against a
spec assembled from a fuller source, so that no field, enum value, example or code a page documents is lost.

`contained(fragment, doc, ...)` is None when every key and value of the fragment is in the document (every list
element present, `$ref`s resolved on both sides, JSON types kept: `1 != 1.0 != true`), else the dotted path of
the first missing leaf. One exemption, for prose only: a `description` or `summary` is contained when its text
equals the document's (whitespace aside) or each of its non-blank lines appears, in order, among the document's
lines, so a decision may add a line (a missing business code) without dropping one.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline import PipelineError

PROSE_KEYS = frozenset({"description", "summary"})


def _resolve(root: dict[str, Any], node: Any) -> Any:
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise PipelineError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        target: Any = root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                raise PipelineError(f"$ref {ref!r} points at nothing")
            target = target[part]
        node = target
    return node


def _key(at: str, key: object) -> str:
    text = str(key)
    return f"{at}['{text}']" if any(c in text for c in ".[]'") else f"{at}.{text}" if at else text


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b  # True == 1 in Python; a spec leaf must keep its JSON type


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def prose_contained(fragment_text: str, doc_text: str) -> bool:
    """Equal (whitespace aside), or every non-blank fragment line is a doc line, in the same order."""
    if " ".join(fragment_text.split()) == " ".join(doc_text.split()):
        return True
    remaining = iter(_lines(doc_text))
    return all(any(line == have for have in remaining) for line in _lines(fragment_text))


def contained(
    fragment_node: Any,
    doc_node: Any,
    doc_root: dict[str, Any],
    frag_root: dict[str, Any],
    *,
    at: str = "",
    _active: frozenset[tuple[int, int]] = frozenset(),
) -> str | None:
    """None when `fragment_node` is contained in `doc_node`, else the dotted path of the first missing leaf."""
    fragment_node = _resolve(frag_root, fragment_node)
    doc_node = _resolve(doc_root, doc_node)
    pair = (id(fragment_node), id(doc_node))
    if pair in _active:  # a recursive schema already being compared: assume contained (co-inductively)
        return None
    active = _active | {pair}
    if isinstance(fragment_node, dict):
        if not isinstance(doc_node, dict):
            return at or "(root)"
        for key, value in fragment_node.items():
            where = _key(at, key)
            if key not in doc_node:
                return where
            if key in PROSE_KEYS and isinstance(value, str) and isinstance(doc_node[key], str):
                if not prose_contained(value, doc_node[key]):
                    return where
                continue
            missing = contained(value, doc_node[key], doc_root, frag_root, at=where, _active=active)
            if missing is not None:
                return missing
        return None
    if isinstance(fragment_node, list):
        if not isinstance(doc_node, list):
            return at or "(root)"
        for index, item in enumerate(fragment_node):
            where = f"{at}[{index}]"
            misses = [contained(item, have, doc_root, frag_root, at=where, _active=active) for have in doc_node]
            if None not in misses:  # report the candidate that matched deepest
                return max((m for m in misses if m is not None), key=len, default=where)
        return None
    return None if _same(fragment_node, doc_node) else at or "(root)"


def leaf(root: dict[str, Any], dotted: str) -> Any:
    """The fragment value at a dotted path from `contained` (for error messages); `$ref`s are followed."""
    node: Any = root
    if dotted == "(root)":
        return node
    for part in re.findall(r"\['([^']*)'\]|\[(\d+)\]|([^.\[\]]+)", dotted):
        quoted, index, plain = part
        node = _resolve(root, node)
        node = node[int(index)] if index else node[quoted or plain]
    return node
