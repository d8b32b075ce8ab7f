"""What a change to the data touched, so every view can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """The record kinds one committed change touched (``domain.kinds`` names).

    ``everything`` marks a change that may have touched any kind: a restore, or another
    file opened in place of this one.
    """

    kinds: frozenset[str] = frozenset()
    everything: bool = False

    def touches(self, *kinds: str) -> bool:
        """True when any of ``kinds`` may have changed."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.everything or other.everything)


EVERYTHING = Changes(everything=True)
