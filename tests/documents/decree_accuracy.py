"""Per-field accuracy of the decree reader on tests/fixtures/decrees (prints a table).

Run ``python tests/documents/decree_accuracy.py`` for the table; ``test_reader_accuracy``
asserts the floors. "exact" compares case-folded, space-collapsed text (or values, counts,
label lists); "near" also accepts text at least 90 % similar (one OCR letter off in a long
title).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from jdih_desktop.documents.reading.reader import DecreeExtraction, read_decree  # noqa: E402
from jdih_desktop.documents.reading.reader_text import similarity  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "decrees"
COUNTED = ("menimbang", "mengingat", "memperhatikan")
NEAR = 0.9


@dataclass
class FieldScore:
    exact: int = 0
    near: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)


def actual_value(extraction: DecreeExtraction, name: str) -> Any:
    if name in COUNTED:
        return len(getattr(extraction, name))
    if name == "diktum":
        return [item.label for item in extraction.diktum]
    found = getattr(extraction, name)
    if found is None:
        return None
    value = found.value
    return value.isoformat() if isinstance(value, date) else value


def _same(expected: Any, actual: Any) -> tuple[bool, bool]:
    if isinstance(expected, str) and isinstance(actual, str):
        exact = expected.casefold().split() == actual.casefold().split()
        return exact, exact or similarity(expected, actual) >= NEAR
    return expected == actual, expected == actual


def evaluate(fixtures: Path = FIXTURES) -> tuple[dict[str, FieldScore], int]:
    scores: dict[str, FieldScore] = {}
    documents = 0
    for text_file in sorted(fixtures.glob("*.txt")):
        expected = json.loads(text_file.with_suffix(".json").read_text(encoding="utf-8"))
        extraction = read_decree(text_file.read_text(encoding="utf-8"))
        documents += 1
        for name, want in expected.items():
            got = actual_value(extraction, name)
            exact, near = _same(want, got)
            score = scores.setdefault(name, FieldScore())
            score.total += 1
            score.exact += exact
            score.near += near
            if not exact:
                score.misses.append(f"{text_file.stem}: {got!r} ≠ {want!r}")
    return scores, documents


def table(scores: dict[str, FieldScore], documents: int) -> str:
    rows = [
        f"Decree reader, {documents} fixture texts (clean, OCR-noisy, old and new numbers)",
        f"{'field':<24}{'exact':>10}{'near':>10}",
        "-" * 44,
    ]
    exact_all = near_all = total_all = 0
    for name, score in scores.items():
        rows.append(f"{name:<24}{score.exact:>5}/{score.total:<4}{score.near:>5}/{score.total:<4}")
        exact_all += score.exact
        near_all += score.near
        total_all += score.total
    rows.append("-" * 44)
    rows.append(f"{'all fields':<24}{exact_all / total_all:>9.1%}{near_all / total_all:>10.1%}")
    misses = [m for s in scores.values() for m in s.misses]
    if misses:
        rows.append("misses: " + "; ".join(misses))
    return "\n".join(rows)


if __name__ == "__main__":
    print(table(*evaluate()))
