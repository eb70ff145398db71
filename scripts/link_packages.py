"""Put generated/<distribution>/ on the environment's import path with a .pth file, as an editable install would."""

from __future__ import annotations

import sysconfig
from pathlib import Path

from pipeline import ROOT
from registry import providers


def main() -> None:
    site = Path(sysconfig.get_paths()["purelib"])
    folders = [ROOT / "generated" / provider.distribution for provider in providers()]
    (site / "ai_video_clients.pth").write_text("".join(f"{f}\n" for f in folders), encoding="utf-8")


if __name__ == "__main__":
    main()
