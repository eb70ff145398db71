"""`make release`: build, check and upload every package whose version is not released yet, then tag it.

The index is the one the environment names: TWINE_REPOSITORY_URL (required here, so a release never goes to
a default index by accident), TWINE_USERNAME and TWINE_PASSWORD (or whatever else twine reads).

It refuses to run
- on a dirty tree (anything `git status --porcelain` lists): a release is built from a commit, nothing else;
- when generated/ drifted from its sources (scripts/regen.py --check) or a version does not match its content
  (scripts/versions.py check);
- when there is nothing new: a version counts as released when the git tag `<distribution>-v<version>` exists
  (this script makes it after a successful upload; push tags so that every clone knows). A package whose
  version is released is skipped; if none is left, nothing is uploaded and the exit status is 1. The index
  itself is a second guard: pypiserver and PyPI both refuse a file that is already there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dist import build_all
from pipeline import ROOT, PipelineError, run, staging
from registry import Provider, providers
from versions import problems, release_version, released, tag


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def tag_name(provider: Provider) -> str:
    return tag(provider, release_version(provider))


def main() -> int:
    if not os.environ.get("TWINE_REPOSITORY_URL"):
        raise PipelineError(
            "TWINE_REPOSITORY_URL is not set: name the index to upload to (and TWINE_USERNAME, TWINE_PASSWORD)"
        )
    status = git("status", "--porcelain")
    if status.returncode != 0:
        raise PipelineError(f"git status failed: {status.stderr.strip()}")
    if status.stdout.strip():
        raise PipelineError(f"the work tree is dirty; commit or stash first:\n{status.stdout.rstrip()}")
    found = [p for provider in providers() for p in problems(provider)]
    if found:
        raise PipelineError("versions do not match their content:\n  " + "\n  ".join(found))
    drift = subprocess.run([sys.executable, str(ROOT / "scripts" / "regen.py"), "--check"], check=False)
    if drift.returncode != 0:
        raise PipelineError("generated/ differs from its sources; run `make regen`, commit, and try again")
    new = [provider for provider in providers() if not released(provider, release_version(provider))]
    for provider in providers():
        if provider not in new:
            print(f"{tag_name(provider)}: already released (the tag exists); skipped")
    if not new:
        raise PipelineError("nothing to release: every package's version is already released; raise a version first")
    with staging("release-") as scratch:
        files = build_all(scratch)  # builds and checks all three (twine check); uploads only the new ones
        packages = {provider.package for provider in new}
        upload = [f for f in files if f.name.split("-")[0] in packages]
        twine = Path(sys.executable).parent / "twine"
        result = subprocess.run(
            [str(twine), "upload", "--non-interactive", "--disable-progress-bar", *map(str, upload)], check=False
        )
        if result.returncode != 0:
            raise PipelineError("twine upload failed; nothing was tagged")
    for provider in new:
        tag = tag_name(provider)
        made = git("tag", "-a", tag, "-m", f"{tag.replace('-v', ' ', 1)} (make release)")
        if made.returncode != 0:
            raise PipelineError(f"uploaded, but `git tag {tag}` failed: {made.stderr.strip()}")
        print(f"released {tag}")
    print("push the tags so that every clone knows: git push origin " + " ".join(tag_name(p) for p in new))
    return 0


if __name__ == "__main__":
    run(main)
