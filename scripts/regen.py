"""`make regen` and the drift check: extraction -> validation -> spec overlays -> generation -> code overlays.

`build` produces the whole output (specs/ and generated/) in a scratch folder. `regen` swaps it into the
working tree only when every step succeeded, so bad input leaves nothing half-written; `check` compares it
with the working tree and names every file that differs, touching nothing.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
from pathlib import Path

from apply_overlays import overlaid_spec
from extract_specs import extract_all
from generate import generate, package_names
from pipeline import PROVIDERS, ROOT, dump_yaml, replace_tree, run, staging, write_file
from validate_specs import validate_file


def build(out: Path) -> None:
    extract_all(list(PROVIDERS), out)
    for provider in PROVIDERS:
        spec = out / "specs" / f"{provider}.yaml"
        if not spec.exists():  # hand-written: its source is the committed file itself
            shutil.copyfile(ROOT / "specs" / f"{provider}.yaml", spec)
        validate_file(spec)
    for provider in PROVIDERS:
        work = out / "work" / f"{provider}.yaml"
        write_file(work, dump_yaml(overlaid_spec(provider, out / "specs" / f"{provider}.yaml")))
        validate_file(work)
        generate(provider, work, out / "generated")


def _files(root: Path) -> set[str]:
    if not root.exists():
        return set()
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def differences(out: Path) -> list[str]:
    changed = []
    pairs = [(out / "specs" / f"{p}.yaml", ROOT / "specs" / f"{p}.yaml") for p in PROVIDERS]
    for provider in PROVIDERS:
        distribution, _ = package_names(provider)
        built, have = out / "generated" / distribution, ROOT / "generated" / distribution
        for name in sorted(_files(built) | _files(have)):
            pairs.append((built / name, have / name))
    for built, have in pairs:
        if not (built.exists() and have.exists() and filecmp.cmp(built, have, shallow=False)):
            changed.append(str(have.relative_to(ROOT)))
    return changed


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
        for provider in PROVIDERS:
            spec = out / "specs" / f"{provider}.yaml"
            if spec.read_bytes() != (ROOT / "specs" / f"{provider}.yaml").read_bytes():
                write_file(ROOT / "specs" / f"{provider}.yaml", spec.read_text(encoding="utf-8"))
        for provider in PROVIDERS:
            distribution, _ = package_names(provider)
            replace_tree(out / "generated" / distribution, ROOT / "generated" / distribution)
            print(f"generated generated/{distribution}")
    return 0


if __name__ == "__main__":
    run(main)
