"""Progress of an ingest run: a tqdm bar on a terminal, log lines otherwise."""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import TextIO

STATUSES = ("ok", "partial", "failed", "unchanged")


class Progress:
    """Counts per status, the rate and the ETA, shown as the run goes."""

    def __init__(
        self, total: int, stream: TextIO | None = None, tty: bool | None = None, every: float = 10.0
    ) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = every
        self.counts: Counter[str] = Counter()
        self.started = time.monotonic()
        self._last_line = self.started
        self._bar = None
        if self.tty:
            from tqdm import tqdm

            self._bar = tqdm(total=total, file=self.stream, unit="doc", dynamic_ncols=True)

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def counts_text(self) -> str:
        return ", ".join(f"{s} {self.counts[s]}" for s in STATUSES if self.counts[s])

    def update(self, status: str) -> None:
        self.counts[status] += 1
        if self._bar is not None:
            self._bar.set_postfix_str(self.counts_text(), refresh=False)
            self._bar.update(1)
            return
        now = time.monotonic()
        if now - self._last_line >= self.every or self.done == self.total:
            self._last_line = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        extracted = self.done - self.counts["unchanged"]
        if not extracted:  # a re-run that changes nothing has no rate to speak of
            return f"ingest: {self.done}/{self.total} ({self.counts_text()})"
        elapsed = max(now - self.started, 1e-9)
        rate = extracted / elapsed
        left = (self.total - self.done) / rate if rate else float("inf")
        eta = "?" if left == float("inf") else f"{int(left // 60)}m{int(left % 60):02d}s"
        return (
            f"ingest: {self.done}/{self.total} ({self.counts_text()}), {rate:.1f} docs/s, ETA {eta}"
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
