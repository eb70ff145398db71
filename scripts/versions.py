"""Each package's own SemVer version and the content hash recorded for it: overlays/providers/<name>/release.yaml.

release.yaml is the one place a package's version is set (scripts/generate.py hands it to the generator as
package_version_override, so it lands in pyproject.toml and `<package>.__version__`). Beside it, the file keeps
one content hash per version ever recorded, so a version always names one set of bytes:

    check   (part of `make test`) the hash of generated/<distribution>/ must equal the hash recorded for the
            current version, the version must be the newest recorded, and CHANGELOG.md must have its section.
    record  (`make versions`) records the hash for the current version. Once a version is released (the git
            tag `<distribution>-v<version>` that `make release` makes exists) its hash is frozen: changed
            content then needs a new version. Before its release a version may still take changes (each one
            re-recorded), since nobody can have installed it yet.

The content hash covers every file of generated/<distribution>/ (what the generator, the templates and the
overlays made) except CHANGELOG.md (release notes change without the code changing, e.g. an Unreleased
section), with every occurrence of the version string itself replaced by a placeholder: bumping the version
alone leaves the hash as it was, so the hash says "same code" or "different code" and nothing else.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
from pathlib import Path

import yaml

from pipeline import ROOT, PipelineError, rel, run, write_file
from registry import Provider, providers

# MAJOR.MINOR.PATCH only: a SemVer pre-release (1.0.0-rc.1) is not a valid Python version as written (pip and
# the wheel name would turn it into 1.0.0rc1), so versions here are the part both standards spell alike.
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
PLACEHOLDER = b"{{version}}"
NOT_HASHED = {"CHANGELOG.md"}
HEADER = """\
# {distribution}: its release record, read by scripts/versions.py and scripts/generate.py.
# `version` is the ONE place this package's version is set (SemVer; see the README's "Pinning a version").
# To release changed code: raise `version`, add its section to {folder}/CHANGELOG.md, then run
# `make regen` and `make versions` (which records the content hash below) and commit all of it.
# `content_sha256` maps every version ever recorded to the hash of generated/{distribution}/ (version strings
# and CHANGELOG.md left out); `make versions` writes it: never edit it by hand.
"""


def release_path(provider: Provider) -> Path:
    return provider.folder / "release.yaml"


def _parse(text: str, where: str) -> tuple[str, dict[str, str]]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PipelineError(f"{where}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise PipelineError(f'{where}: needs `version: "X.Y.Z"` (a quoted string)')
    version = data["version"]
    if not SEMVER.match(version):
        raise PipelineError(f"{where}: version {version!r} is not MAJOR.MINOR.PATCH (SemVer, no pre-release)")
    hashes = data.get("content_sha256") or {}
    if not isinstance(hashes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in hashes.items()):
        raise PipelineError(f"{where}: content_sha256 must map version strings to hashes")
    return version, dict(hashes)


def load_release(provider: Provider) -> tuple[str, dict[str, str]]:
    """(version, {version: content hash}) from the provider's release.yaml."""
    path = release_path(provider)
    if not path.exists():
        raise PipelineError(f"{rel(path)}: file not found (it holds the package version)")
    return _parse(path.read_text(encoding="utf-8"), rel(path))


def release_version(provider: Provider) -> str:
    return load_release(provider)[0]


def tag(provider: Provider, version: str) -> str:
    return f"{provider.distribution}-v{version}"


def released(provider: Provider, version: str) -> bool:
    """Whether `make release` released this version: the tag `<distribution>-v<version>` exists."""
    try:
        found = subprocess.run(
            ["git", "rev-parse", "-q", "--verify", f"refs/tags/{tag(provider, version)}"],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
    except OSError:
        return False
    return found.returncode == 0


def semver_key(version: str) -> tuple[int, int, int]:
    match = SEMVER.match(version)
    if not match:
        raise PipelineError(f"{version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = match.groups()
    return (int(major), int(minor), int(patch))


def content_hash(folder: Path, version: str) -> str:
    """sha256 over (relative path, sha256 of the bytes with the version masked) of every hashed file, sorted."""
    if not folder.is_dir():
        raise PipelineError(f"{rel(folder)}: not found; run `make regen`")
    digest = hashlib.sha256()
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
        and p.relative_to(folder).as_posix() not in NOT_HASHED
    )  # fmt: skip
    for path in files:
        masked = path.read_bytes().replace(version.encode(), PLACEHOLDER)
        digest.update(f"{path.relative_to(folder).as_posix()}\0{hashlib.sha256(masked).hexdigest()}\n".encode())
    return digest.hexdigest()


def write_release(provider: Provider, version: str, hashes: dict[str, str]) -> None:
    ordered = dict(sorted(hashes.items(), key=lambda item: semver_key(item[0])))
    body = yaml.safe_dump({"version": version, "content_sha256": ordered}, sort_keys=False, default_style=None)
    body = body.replace(f"version: {version}\n", f'version: "{version}"\n', 1)
    for v in ordered:  # versions as quoted strings, so 1.10 can never read as a float
        body = body.replace(f"\n  {v}: ", f'\n  "{v}": ', 1)
    header = HEADER.format(distribution=provider.distribution, folder=rel(provider.folder))
    write_file(release_path(provider), header + body)


def changelog_has(provider: Provider, version: str) -> bool:
    path = provider.folder / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.search(rf"^## \[{re.escape(version)}\]", text, flags=re.MULTILINE) is not None


def problems(provider: Provider) -> list[str]:
    """Why `provider`'s recorded version and its generated content disagree; empty when they agree."""
    version, hashes = load_release(provider)
    dist = provider.distribution
    where = rel(release_path(provider))
    found = content_hash(ROOT / "generated" / dist, version)
    newest = max(hashes, key=semver_key) if hashes else None
    out = []
    if version not in hashes:
        out.append(
            f"{dist} {version}: no content hash recorded for this version in {where}. "
            "Run `make regen` then `make versions`, and commit."
        )
    elif hashes[version] != found:
        how = (
            f"Raise `version` in {where} (SemVer: PATCH for fixes, MINOR for backwards-compatible additions, "
            f"MAJOR for breaking changes; see the README's 'Pinning a version'), add its `## [X.Y.Z]` section to "
            f"{rel(provider.folder)}/CHANGELOG.md, run `make regen` and `make versions`, and commit."
        )
        if not released(provider, version):
            how += (
                f" {version} is not released yet (no tag {tag(provider, version)}), so you may instead keep it: "
                f"note the change under its section in the CHANGELOG and run `make versions`."
            )
        out.append(
            f"{dist}: generated/{dist}/ changed, but its version ({version}) did not "
            f"(recorded {hashes[version][:12]}..., now {found[:12]}...). {how}"
        )
    if newest is not None and semver_key(version) < semver_key(newest):
        out.append(f"{dist}: version {version} is older than {newest}, already recorded in {where}")
    if not changelog_has(provider, version):
        out.append(f"{dist}: {rel(provider.folder)}/CHANGELOG.md has no `## [{version}]` section")
    return out


def check() -> int:
    found = [p for provider in providers() for p in problems(provider)]
    if found:
        print("package versions do not match their content:")
        print("\n".join(f"  {p}" for p in found))
        return 1
    for provider in providers():
        print(f"{provider.distribution} {release_version(provider)}: content matches its recorded hash")
    return 0


def record() -> int:
    for provider in providers():
        version, hashes = load_release(provider)
        dist = provider.distribution
        found = content_hash(ROOT / "generated" / dist, version)
        if hashes.get(version) == found:
            print(f"{dist} {version}: already recorded")
            continue
        if version in hashes and released(provider, version):
            raise PipelineError(
                f"{rel(release_path(provider))}: {dist} {version} is released (tag {tag(provider, version)}) "
                "with other content; raise its version (`make versions-check` says how), don't re-record it"
            )
        newest = max(hashes, key=semver_key) if hashes else None
        if newest is not None and semver_key(version) < semver_key(newest):
            raise PipelineError(f"{rel(release_path(provider))}: {version} is older than recorded {newest}")
        again = " again (not released yet)" if version in hashes else ""
        hashes[version] = found
        write_release(provider, version, hashes)
        print(f"{dist} {version}: recorded content {found}{again}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["check", "record"])
    args = parser.parse_args()
    return check() if args.action == "check" else record()


if __name__ == "__main__":
    run(main)
