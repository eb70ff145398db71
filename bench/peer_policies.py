"""The polling of other SDKs and of the providers' own tooling, modelled as each one's own code behaves.

Each peer is read from its source (repository, path and function beside it in `source`; the public code was
read, never fetched or run here) and reduced to what decides requests and lag: when the first poll is made,
the delay before each next one (with its jitter, as the code draws it), when it gives up, and any request its
wait makes besides the polls. Every peer here polls at once (or, for Azure, reads the operation's status from
the create's own answer, which counts as the poll at submission), as our helpers do.

- full jitter (`full`): delay n is `uniform(0, min(initial * multiplier**(n-1), maximum))`;
- no jitter (`none`): delay n is `min(initial * multiplier**(n-1), maximum)`.

`gives_up_after` is the peer's default limit (polls, or seconds), past which its wait raises instead of
polling on; the benchmark reports the share of jobs it would abandon and measures the rest as if a caller
started the wait again at once (the same poll times). `extra_requests` are requests its wait makes besides the
polls (fal fetches the result from a separate URL once the status says completed).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from registry import providers


@dataclass(frozen=True)
class Peer:
    name: str
    initial: float
    multiplier: float
    maximum: float
    source: str
    jitter: str = "none"  # "none" or "full"
    max_polls: int | None = None  # the wait raises after this many polls
    max_seconds: float | None = None  # ... or once this much time has passed
    extra_requests: int = 0

    def delays(self, rng: random.Random) -> Iterator[float]:
        """The delays between polls, in order (endless), as the peer's code draws them."""
        ceiling = min(self.initial, self.maximum)
        while True:
            yield rng.uniform(0.0, ceiling) if self.jitter == "full" else ceiling
            ceiling = min(ceiling * self.multiplier, self.maximum)

    @property
    def jittered(self) -> bool:
        return self.jitter != "none"

    def describe(self) -> str:
        if self.multiplier == 1:
            text = f"every {self.initial:g} s"
        else:
            text = f"{self.initial:g} s ×{self.multiplier:g} to {self.maximum:g} s"
        if self.jitter == "full":
            text = f"uniform(0, d), d = {text} (full jitter)"
        limits = []
        if self.max_polls is not None:
            limits.append(f"gives up after {self.max_polls} polls")
        if self.max_seconds is not None:
            limits.append(f"gives up after {self.max_seconds:g} s")
        if self.extra_requests:
            limits.append(f"+{self.extra_requests} request for the result")
        return text + (f"; {', '.join(limits)}" if limits else "")

    def gives_up(self, polls: int, seconds: float) -> bool:
        """Whether the peer's wait would have raised before making poll number `polls` at `seconds`."""
        return (self.max_polls is not None and polls > self.max_polls) or (
            self.max_seconds is not None and seconds > self.max_seconds
        )


PEERS: tuple[Peer, ...] = (
    Peer(
        "Replicate", 0.5, 1.0, 0.5,
        "replicate/replicate-python, replicate/prediction.py `Prediction.wait` (sleeps `self._client.poll_interval`, "
        "then `reload()`); replicate/client.py `Client.__init__`: `poll_interval = float(os.environ.get("
        "\"REPLICATE_POLL_INTERVAL\", \"0.5\"))`; no jitter, no limit",
    ),
    Peer(
        "fal", 0.1, 1.0, 0.1,
        "fal-ai/fal, projects/fal_client/src/fal_client/client.py `SyncRequestHandle.iter_events(interval=0.1)` "
        "(status, then `time.sleep(interval)` until Completed) and `SyncRequestHandle.get` (then one GET of "
        "`response_url` for the result); no jitter, no limit (`client_timeout` None)",
        extra_requests=1,
    ),
    Peer(
        "OpenAI", 1.0, 1.0, 1.0,
        "openai/openai-python, src/openai/resources/beta/threads/runs/runs.py `Runs.poll` (and the vector-store "
        "files' `poll`): sleeps `poll_interval_ms`, else the `openai-poll-after-ms` header, else 1000 ms; no "
        "jitter, no limit",
    ),
    Peer(
        "Azure", 30.0, 1.0, 30.0,
        "Azure/azure-sdk-for-python, sdk/core/azure-core/azure/core/polling/base_polling.py `LROBasePolling` "
        "(`timeout=30`) `_poll`/`_delay`: the create's answer gives the first status, then it sleeps the "
        "response's Retry-After or else 30 s before each status GET (these APIs send no Retry-After on a "
        "status); no jitter, no limit",
    ),
    Peer(
        "botocore", 15.0, 1.0, 15.0,
        "boto/botocore, botocore/waiter.py `Waiter.wait`: polls, then `time.sleep(sleep_amount)` with "
        "`sleep_amount` = the waiter model's `delay` (or WaiterConfig Delay), raising WaiterError after "
        "`max_attempts`; 15 s and 40 attempts as in EC2's InstanceRunning waiter (botocore/data/ec2/"
        "2016-11-15/waiters-2.json); no jitter",
        max_polls=40,
    ),
    Peer(
        "Google api-core", 1.0, 1.5, 20.0,
        "googleapis/google-cloud-python, packages/google-api-core/google/api_core/future/polling.py "
        "`DEFAULT_POLLING = Retry(initial=1.0, maximum=20.0, multiplier=1.5, timeout=900)`, whose sleeps come "
        "from google/api_core/retry/retry_base.py `exponential_sleep_generator`: `random.uniform(0.0, max_delay)`, "
        "`max_delay` growing ×1.5 to 20 s (full jitter); RetryError past 900 s",
        jitter="full",
        max_seconds=900.0,
    ),
    *(
        Peer(p.own_polling["label"], float(p.own_polling["initial"]), float(p.own_polling["multiplier"]),
             float(p.own_polling["maximum"]), p.own_polling["source"])
        for p in providers()
        if p.own_polling is not None
    ),
)  # fmt: skip
