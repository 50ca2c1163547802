"""The SOP steps the code acts on, named by key: the one place that says which step is which.

An office may edit its SOP files (``<data>/sop``), renumbering or inserting steps; the keys in
``resources/sop/*.toml`` stay, so code that closes "the disposition step" or "the abstract
step" finds it by key in the run it acts on, never by a number written in the code.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Protocol

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import msg

DECREE_SOP = "penerbitan-salinan-sk"


class DecreeStep(StrEnum):
    """Steps of SOP a, "Penerbitan salinan SK" (``resources/sop/penerbitan-salinan-sk.toml``)."""

    PERMOHONAN = "permohonan"  # the request is received and registered
    DISPOSISI = "disposisi"  # the Kasubag's disposition
    ABSTRAK = "abstrak"  # scanned, archived and its abstract written
    UNGGAH = "unggah"  # published on the JDIH site


class _Numbered(Protocol):
    @property
    def no(self) -> int: ...

    @property
    def key(self) -> str: ...


def step_no(steps: Iterable[_Numbered], key: str) -> int:
    """The number ``key`` has in these steps (a definition's or a run's)."""
    for step in steps:
        if step.key == key:
            return step.no
    raise ValidationError(
        msg("SOP tidak punya langkah {key!r}.", "The SOP has no step {key!r}.", key=key)
    )
