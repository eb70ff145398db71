"""`make regen` and the drift check: extraction -> validation -> spec overlays -> generation -> code overlays.

`build` produces the whole output (specs/ and generated/) in a scratch folder. `regen` swaps it into the
working tree only when every step succeeded, so bad input leaves nothing half-written; `check` compares it
with the working tree and names every file that differs, touching nothing.
"""

from __future__ import annotations

import argparse
import filecmp
from pathlib import Path

from apply_overlays import overlaid_spec
from extract_specs import extract_all
from generate import generate
from pipeline import ROOT, dump_yaml, replace_tree, run, staging, write_file
from registry import providers
from validate_specs import validate_file


def build(out: Path) -> None:
    for spec in extract_all(list(providers()), out):
        validate_file(spec)
    for provider in providers():
        work = out / "work" / f"{provider.key}.yaml"
        write_file(work, dump_yaml(overlaid_spec(provider, out / provider.spec_output)))
        validate_file(work)
        generate(provider, work, out / "generated")


def _files(root: Path) -> set[str]:
    if not root.exists():
        return set()
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def outputs() -> list[str]:
    """What `make regen` owns, relative to the repository: each spec and each package folder."""
    return [name for p in providers() for name in (p.spec_output, f"generated/{p.distribution}")]


def differences(out: Path) -> list[str]:
    changed = []
    pairs = []
    for name in outputs():
        built, have = out / name, ROOT / name
        if name.endswith(".yaml"):
            pairs.append((built, have))
            continue
        for inner in sorted(_files(built) | _files(have)):
            pairs.append((built / inner, have / inner))
    stale = sorted(set(_files(ROOT / "generated")) - {n for n in _files(out / "generated")})
    pairs += [(out / "generated" / name, ROOT / "generated" / name) for name in stale]
    pairs += [
        (out / "specs" / p.name, p)
        for p in sorted((ROOT / "specs").glob("*.yaml"))
        if not (out / "specs" / p.name).exists()
    ]
    for built, have in pairs:
        if not (built.exists() and have.exists() and filecmp.cmp(built, have, shallow=False)):
            changed.append(str(have.relative_to(ROOT)))
    return sorted(set(changed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report drift, change nothing")
    args = parser.parse_args()
    with staging("regen-") as out:
        build(out)
        if args.check:
            changed = differences(out)
            if changed:
                print("specs/ or generated/ differ from what `make regen` produces:")
                print("\n".join(f"  {name}" for name in changed))
                print("run `make regen` and commit the result")
                return 1
            print("specs/ and generated/ match `make regen`")
            return 0
        for provider in providers():
            spec = out / provider.spec_output
            if (
                not (ROOT / provider.spec_output).exists()
                or spec.read_bytes() != (ROOT / provider.spec_output).read_bytes()
            ):
                write_file(ROOT / provider.spec_output, spec.read_text(encoding="utf-8"))
        for provider in providers():
            replace_tree(out / "generated" / provider.distribution, ROOT / "generated" / provider.distribution)
            print(f"generated generated/{provider.distribution}")
    return 0


if __name__ == "__main__":
    run(main)
