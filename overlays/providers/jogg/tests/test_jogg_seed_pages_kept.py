"""Every field, enum value, example and error code a seed page documents is in the assembled JoggAI spec.

Standalone (pytest + PyYAML only; it does not import scripts/containment.py, so it checks the assembler
instead of repeating it). Each seed page's ````yaml block is read, every fact it states becomes one test case, and each
case looks the fact up in the assembled spec:

- operations: summary, description, tags; every parameter's name, place, required flag, schema type and example;
- schemas, compared by *field path* (`200 data.status`), with `$ref`s resolved and `allOf` parts merged on both
  sides, so a fact is found wherever the assembled spec keeps it: each field, its type, format, nullable flag,
  description, example, every enum value and every required name;
- error codes: every `* <code> - <message>` line of the business-code description, on every seed response;
- the top level: servers, security, tag names, the security scheme, info title and version. (info.description
  is the primary's by the assembly rule, and the decisions overlay rewrites it: DECISIONS.md, decision 1.)

Descriptions are prose: one is contained when its text is equal (whitespace aside) or each of its lines appears,
in order, in the assembled text (a decision may add lines, never drop or change one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[4]
SEED_DIR = ROOT / "specs" / "sources" / "jogg"  # the three seed pages, byte for byte (provenance.yaml)
SEED_GLOB = "0*.txt"
ASSEMBLED = ROOT / "specs" / "jogg.yaml"  # assembled by `make regen` (scripts/extract_specs.py)
EXPECTED_PAGES = 3

FENCE = re.compile(r"^````ya?ml\b[^\n]*\n(.*?)^````[ \t]*$", re.MULTILINE | re.DOTALL)
CODE_LINE = re.compile(r"^\*\s*(\d+)\s*-\s*(.+?)\s*$")
METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Fact:
    page: str
    where: str  # "GET /v2/avatar_video/{id} 200 data.status" or "top-level"
    kind: str  # field, type, format, nullable, enum, example, required, description, code, ...
    value: Any
    check: str  # which lookup proves it (see `located`)


def _fragment(page: Path) -> dict[str, Any]:
    (block,) = FENCE.findall(page.read_text(encoding="utf-8"))
    doc = yaml.safe_load(block)
    assert isinstance(doc, dict) and "paths" in doc, f"{page.name}: no OpenAPI block"
    return doc


def _resolve(root: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def effective(root: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The schema with `$ref`s resolved and `allOf` parts merged (properties and required united)."""
    schema = _resolve(root, schema)
    if not isinstance(schema, dict):
        return {}
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for part in schema["allOf"]:
        part = effective(root, part)
        for key, value in part.items():
            if key not in ("properties", "required"):
                merged.setdefault(key, value)
        properties.update(part.get("properties") or {})
        required += [r for r in part.get("required") or [] if r not in required]
    merged["properties"], merged["required"] = properties, required
    return merged


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def prose_contained(seed: str, assembled: str) -> bool:
    if " ".join(seed.split()) == " ".join(assembled.split()):
        return True
    remaining = iter(_lines(assembled))
    return all(any(line == have for have in remaining) for line in _lines(seed))


def _schema_facts(page: str, root: dict[str, Any], schema: Any, where: str, field: str) -> list[Fact]:
    s = effective(root, schema)
    at = f"{where} {field}".rstrip()
    facts: list[Fact] = []
    for key in ("type", "format", "nullable"):
        if key in s:
            facts.append(Fact(page, at, key, s[key], f"schema:{field}"))
    if "description" in s:
        facts.append(Fact(page, at, "description", s["description"], f"schema:{field}"))
    if "example" in s:
        facts.append(Fact(page, at, "example", s["example"], f"schema:{field}"))
    facts += [Fact(page, at, "enum", value, f"schema:{field}") for value in s.get("enum") or []]
    facts += [Fact(page, at, "required", name, f"schema:{field}") for name in s.get("required") or []]
    for name, sub in (s.get("properties") or {}).items():
        child = f"{field}.{name}" if field else name
        facts.append(Fact(page, f"{where} {child}", "field", name, f"schema:{child}"))
        facts += _schema_facts(page, root, sub, where, child)
        if name == "code" and isinstance(_resolve(root, sub).get("description"), str):
            for line in _resolve(root, sub)["description"].splitlines():
                match = CODE_LINE.match(line.strip())
                if match:
                    facts.append(Fact(page, f"{where} {child}", "code", (int(match[1]), match[2]), f"schema:{child}"))
    if "items" in s:
        facts += _schema_facts(page, root, s["items"], where, f"{field}[]")
    return facts


def seed_facts() -> list[Fact]:
    pages = sorted(SEED_DIR.glob(SEED_GLOB))
    assert len(pages) == EXPECTED_PAGES, f"expected {EXPECTED_PAGES} seed pages in {SEED_DIR}, found {len(pages)}"
    facts: list[Fact] = []
    for page in pages:
        doc, name = _fragment(page), page.name
        for server in doc.get("servers") or []:
            facts.append(Fact(name, "top-level", "server", server["url"], "top:servers"))
        for requirement in doc.get("security") or []:
            facts.append(Fact(name, "top-level", "security", requirement, "top:security"))
        for tag in doc.get("tags") or []:
            facts.append(Fact(name, "top-level", "tag", tag["name"], "top:tags"))
        for key in ("title", "version"):
            facts.append(Fact(name, "top-level", f"info.{key}", doc["info"][key], f"top:info.{key}"))
        for scheme, body in (doc.get("components", {}).get("securitySchemes") or {}).items():
            for key, value in body.items():
                facts.append(Fact(name, f"securitySchemes.{scheme}", key, value, f"scheme:{scheme}"))
        for path, item in doc["paths"].items():
            for method in METHODS:
                if method not in item:
                    continue
                op, where = item[method], f"{method.upper()} {path}"
                facts.append(Fact(name, where, "operation", where, "op"))
                for key in ("summary", "description"):
                    if key in op:
                        facts.append(Fact(name, where, key, op[key], f"op:{key}"))
                facts += [Fact(name, where, "tag", tag, "op:tags") for tag in op.get("tags") or []]
                for param in op.get("parameters") or []:
                    param = _resolve(doc, param)
                    pid = f"{where} param {param['in']}:{param['name']}"
                    for key in ("required", "description"):
                        if key in param:
                            facts.append(Fact(name, pid, key, param[key], f"param:{param['in']}:{param['name']}"))
                    facts += _schema_facts(name, doc, param.get("schema"), pid, "")
                for status, response in op.get("responses", {}).items():
                    for mime, media in (response.get("content") or {}).items():
                        rid = f"{where} {status} {mime}"
                        facts += _schema_facts(name, doc, media.get("schema"), rid, "")
    return facts


@pytest.fixture(scope="module")
def assembled() -> dict[str, Any]:
    doc = yaml.safe_load(ASSEMBLED.read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


def _operation(doc: dict[str, Any], where: str) -> dict[str, Any]:
    method, path = where.split(" ")[:2]
    assert path in doc["paths"], f"path {path} is missing"
    assert method.lower() in doc["paths"][path], f"{method} {path} is missing"
    operation: dict[str, Any] = doc["paths"][path][method.lower()]
    return operation


def _schema_at(doc: dict[str, Any], schema: Any, field: str) -> dict[str, Any]:
    node = effective(doc, schema)
    for part in re.findall(r"[^.\[\]]+|\[\]", field):
        if part == "[]":
            assert "items" in node, f"{field}: no array items at {part!r}"
            node = effective(doc, node["items"])
        else:
            properties = node.get("properties") or {}
            assert part in properties, f"field {part!r} of {field!r} is missing"
            node = effective(doc, properties[part])
    return node


def located(doc: dict[str, Any], fact: Fact) -> Any:
    """The assembled spec's node that must hold `fact` (asserting on the way that it exists)."""
    kind, _, rest = fact.check.partition(":")
    if kind == "top":
        if rest.startswith("info."):
            return doc["info"].get(rest[5:])
        return doc.get(rest) or []
    if kind == "scheme":
        return doc["components"]["securitySchemes"][rest]
    op = _operation(doc, fact.where)
    if kind == "op":
        return op if not rest else op.get(rest)
    if kind == "param":
        place, name = rest.split(":")
        params = [
            p for p in (_resolve(doc, p) for p in op.get("parameters") or []) if (p["in"], p["name"]) == (place, name)
        ]
        assert params, f"parameter {place}:{name} is missing"
        return params[0]
    if kind == "schema":
        if " param " in fact.where:
            place, name = fact.where.split(" param ")[1].split(":")
            params = [_resolve(doc, p) for p in op.get("parameters") or []]
            matching = [p for p in params if (p["in"], p["name"]) == (place, name)]
            assert matching, f"parameter {place}:{name} is missing"
            return _schema_at(doc, matching[0]["schema"], rest)
        status, mime = fact.where.split(" ")[2:4]
        media = op["responses"][status]["content"][mime]
        return _schema_at(doc, media["schema"], rest)
    raise AssertionError(f"unknown check {fact.check}")


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


FACTS = seed_facts()


def test_every_page_states_facts() -> None:
    pages = {fact.page for fact in FACTS}
    assert len(pages) == EXPECTED_PAGES
    for page in pages:
        kinds = {fact.kind for fact in FACTS if fact.page == page}
        assert {"field", "enum", "example", "code", "type"} <= kinds, f"{page}: only {sorted(kinds)} found"


@pytest.mark.parametrize("fact", FACTS, ids=[f"{f.page[:3]}|{f.where}|{f.kind}={f.value!r}"[:160] for f in FACTS])
def test_seed_fact_is_in_the_assembled_spec(assembled: dict[str, Any], fact: Fact) -> None:
    node = located(assembled, fact)
    if fact.kind in ("operation", "field"):
        return  # located() asserted that it exists
    if fact.kind in ("server", "security", "tag") and fact.check.startswith("top:"):
        values = [
            entry["url"] if fact.kind == "server" else entry["name"] if fact.kind == "tag" else entry for entry in node
        ]
        assert fact.value in values, f"{fact.kind} {fact.value!r} missing from {values}"
    elif fact.kind.startswith("info."):
        assert _same(node, fact.value), f"{fact.kind}: {node!r} != {fact.value!r}"
    elif fact.kind == "tag":
        assert fact.value in (node or []), f"tag {fact.value!r} missing"
    elif fact.kind in ("summary", "description") and isinstance(fact.value, str):
        text = node if isinstance(node, str) else node.get(fact.kind)
        assert isinstance(text, str) and prose_contained(fact.value, text), f"{fact.kind} lost: {fact.value!r}"
    elif fact.kind == "enum":
        assert any(_same(fact.value, v) for v in node.get("enum") or []), f"enum value {fact.value!r} missing"
    elif fact.kind == "required" and fact.check.startswith("schema:"):  # a schema's list, not a parameter's flag
        assert fact.value in (node.get("required") or []), f"required {fact.value!r} missing"
    elif fact.kind == "code":
        code, message = fact.value
        lines = [" ".join(line.split()) for line in (node.get("description") or "").splitlines()]
        assert f"* {code} - {' '.join(message.split())}" in lines, f"business code {code} ({message}) missing"
    else:  # type, format, nullable, example, a parameter's required flag, a security scheme's keys
        assert fact.kind in node, f"{fact.kind} missing (seed: {fact.value!r})"
        assert _same(node[fact.kind], fact.value), f"{fact.kind}: assembled {node[fact.kind]!r} != seed {fact.value!r}"
