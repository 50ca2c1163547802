"""When to try a failed publication again: exponential backoff with jitter.

The office's link fails in bursts, and several PCs may share one outbox: waiting longer after
each failure spares a struggling site, and the jitter keeps PCs that failed together from
retrying together. The random source is injected so tests get repeatable schedules.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol


class RandomSource(Protocol):
    def random(self) -> float: ...


@dataclass(frozen=True)
class RetryPolicy:
    """``base`` after the first failure, times ``factor`` after each further one, up to ``cap``.

    After ``max_attempts`` attempts a retryable failure stops being retried by itself: a
    person looks at it (``jdih outbox retry``), because a site that fails for days is not a
    blip any more.
    """

    base: timedelta = timedelta(seconds=30)
    factor: float = 2.0
    cap: timedelta = timedelta(hours=6)
    max_attempts: int = 20

    def delay(self, attempts: int, rng: RandomSource) -> timedelta:
        """The wait after the ``attempts``-th failed attempt ("equal jitter": ½ to 1 × step)."""
        step = self.base.total_seconds() * self.factor ** max(attempts - 1, 0)
        step = min(step, self.cap.total_seconds())
        return timedelta(seconds=step / 2 + rng.random() * step / 2)

    def gives_up(self, attempts: int) -> bool:
        return attempts >= self.max_attempts


def system_random() -> RandomSource:
    return random.SystemRandom()
