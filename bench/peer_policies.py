"""The default polling schedules of other SDKs and of the providers' own tooling, as issue 6 lists them.

Peers do not jitter (jitter=0); each polls at once and then sleeps its delay, exactly like our helpers,
so the only difference measured is the schedule.
"""

from __future__ import annotations

from dataclasses import dataclass

from registry import providers


@dataclass(frozen=True)
class Peer:
    name: str
    initial: float
    multiplier: float
    maximum: float
    source: str

    def describe(self) -> str:
        if self.multiplier == 1:
            return f"every {self.initial:g} s"
        return f"{self.initial:g} s ×{self.multiplier:g} to {self.maximum:g} s"


PEERS: tuple[Peer, ...] = (
    Peer("Replicate", 0.5, 1.0, 0.5, "replicate-python `wait()`: sleeps `poll_interval` 0.5 s"),
    Peer("fal", 0.1, 1.0, 0.1, "fal-client status polling every 0.1 s"),
    Peer("OpenAI", 1.0, 1.0, 1.0, "openai-python `poll()` helpers: 1 s (1000 ms) unless the server hints"),
    Peer("Azure", 30.0, 1.0, 30.0, "azure-core LRO polling: default `polling_interval` 30 s"),
    Peer("botocore", 15.0, 1.0, 15.0, "botocore waiters: a fixed `Delay`, 15 s being common"),
    Peer("Google api-core", 1.0, 1.5, 20.0, "google-api-core polling: 1 s growing ×1.5 to 20 s"),
    *(
        Peer(p.own_polling["label"], float(p.own_polling["initial"]), float(p.own_polling["multiplier"]),
             float(p.own_polling["maximum"]), p.own_polling["source"])
        for p in providers()
        if p.own_polling is not None
    ),
)  # fmt: skip
