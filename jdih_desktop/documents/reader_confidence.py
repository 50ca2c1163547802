"""What the reader's confidence numbers mean, in one place for the reader, the CLI and the wizard.

A field shown at or above :data:`SURE` is one the clerk need not check: the wizard paints
every field below it yellow. The number is calibrated on real decrees with
``benchmarks/reader_accuracy.py`` (of the values shown at >= SURE, the share that was wrong),
so the reader gives a value this much confidence only when it was read from its own anchor
(NOMOR, TENTANG, "Ditetapkan di", the signature block) without repairs and agrees with the
fields it can be checked against; a doubt lowers it below SURE and says why.
"""

from __future__ import annotations

#: At or above: shown without a warning colour ("no need to check").
SURE = 0.85
#: Ceiling for a value that needed a repair or disagrees with another field.
DOUBTFUL = 0.6


def needs_check(confidence: float | None) -> bool:
    """True when the wizard should mark the field for the clerk to check."""
    return confidence is None or confidence < SURE


__all__ = ["DOUBTFUL", "SURE", "needs_check"]
