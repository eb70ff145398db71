"""How long jobs take, per status endpoint, with where each band comes from.

Durations are drawn uniformly inside the band. Every band is the provider's own statement where there is
one; where there is none, the reason for the band is given and it is marked as an assumption.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Band:
    endpoint: str  # StatusEndpoint.key
    low: float  # seconds
    high: float
    source: str

    @property
    def label(self) -> str:
        return f"{_fmt(self.low)}–{_fmt(self.high)}"


def _fmt(seconds: float) -> str:
    return f"{seconds / 60:g} min" if seconds >= 120 else f"{seconds:g} s"


BANDS: tuple[Band, ...] = (
    Band(
        "aiscripts", 10, 30,
        "JoggAI AI-scripts guide: \"typically completes in 10-30 seconds\".",
    ),
    Band(
        "avatar", 120, 600,
        "JoggAI get-result guide: videos \"typically take 2-10 minutes\".",
    ),
    Band(
        "lipsync", 30, 300,
        "Reason (no duration is stated): the lip-sync guide's own example runs 30 s from `created_at` to "
        "`completed_at` for a 12.5 s output, the low end; the high end assumes outputs of up to about two "
        "minutes at the same ~2.4 s of processing per output second (≈5 min), matching the guide's advice to "
        "poll every 5-10 s \"during active processing\".",
    ),
    Band(
        "viddyscribe", 120, 600,
        "Reason (no duration is stated): the get_results examples' timestamps: `failed` 2 min after "
        "`created_at`, `processing` at 5 min, `done` at 10 min.",
    ),
    Band(
        "memories", 300, 3600,
        "Assumption (no duration is stated): a screenplay task walks a whole series (the status example: 12 of "
        "87 episodes done, each episode under 5 min of video, processed with `concurrency` up to 100), so "
        "minutes to an hour; 5-60 min.",
    ),
)  # fmt: skip
