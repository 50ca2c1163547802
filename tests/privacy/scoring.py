"""Findings against the annex truth: right / missed / false alarms per class."""

from __future__ import annotations

import re
from collections import Counter

from jdih_desktop.privacy.check import Finding
from tests.privacy.annex import Person


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z@.]", "", text.lower())


def _matches(kind: str, truth: str, finding: Finding) -> bool:
    if finding.kind != kind:
        return False
    found, wanted = _norm(finding.text), _norm(truth)
    if kind in ("nik", "nip", "phone", "bank"):
        return finding.value == re.sub(r"\D", "", truth)
    return bool(found) and (found in wanted or wanted in found)


def score(findings: list[Finding], persons: list[Person]) -> dict[str, Counter[str]]:
    """Per kind: ``right`` truth items found, ``missed`` ones, ``false`` findings of no truth."""
    truth = [item for person in persons for item in person.truth()]
    result: dict[str, Counter[str]] = {}
    for kind, value in truth:
        hit = any(_matches(kind, value, f) for f in findings)
        result.setdefault(kind, Counter())["right" if hit else "missed"] += 1
    for finding in findings:
        if not any(_matches(k, v, finding) for k, v in truth):
            result.setdefault(finding.kind, Counter())["false"] += 1
    return result


def recoverable(text: str, persons: list[Person]) -> list[str]:
    """Truth values still readable in ``text`` (digits compared without separators)."""
    flat = _norm(text)
    digits = re.sub(r"\D", "", text)
    leaks = []
    for kind, value in (item for p in persons for item in p.truth()):
        if kind in ("nik", "nip", "phone", "bank"):
            if re.sub(r"\D", "", value) in digits:
                leaks.append(f"{kind}:{value}")
        elif kind == "birth":
            if _norm(value.split(",")[1]) in flat:
                leaks.append(f"{kind}:{value}")
        elif _norm(value.split(" RT ")[0]) in flat:
            leaks.append(f"{kind}:{value}")
    return leaks
