"""The metadata a scan draft keeps between sessions: each form field as read or typed, the
subject terms, and the status links the operator ticked.

A draft is saved as JSON after every wizard step and resumed after a crash or on another day,
so the saved shape is a contract with drafts already on disk: one flat object, each field a
``{"value", "confidence", "page", "line", "reason"}`` entry, beside ``"subjek"`` (a list of
terms) and ``"status_links"`` (each a proposed link with ``"confirmed"``). :meth:`to_json` and
:meth:`from_json` keep that shape; the code in between works with the types below.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: Keys of the saved object that are not form fields.
SUBJEK = "subjek"
STATUS_LINKS = "status_links"


@dataclass(frozen=True)
class FieldReading:
    """A form field's suggested value, how sure the reader was, and where it was read."""

    value: str
    confidence: float | None  # None: not read from the document (typed, or not found)
    page: int | None = None
    line: int | None = None
    reason: str = ""  # why the reader doubts it (empty when sure)


@dataclass(frozen=True)
class DraftLink:
    """A status link the reader proposed (this decree revokes or changes an older one) and
    whether the operator ticked it."""

    kind: str  # mencabut | mengubah
    nomor: str
    tahun: int | None = None
    excerpt: str = ""
    target_document_id: int | None = None
    target_title: str = ""
    note: str = ""
    confirmed: bool = False


@dataclass
class DraftMetadata:
    fields: dict[str, FieldReading] = field(default_factory=dict)
    subjek: list[str] = field(default_factory=list)
    status_links: list[DraftLink] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.fields or self.subjek or self.status_links)

    def value(self, name: str) -> str:
        """The field's value as shown in the form ("" when there is none)."""
        found = self.fields.get(name)
        return found.value.strip() if found is not None else ""

    def to_json(self) -> dict[str, Any]:
        """The flat object drafts have always been saved as (``{}`` before the analysis:
        the wizard reads a non-empty one as "analysed")."""
        if not self:
            return {}
        data: dict[str, Any] = {name: asdict(value) for name, value in self.fields.items()}
        data[SUBJEK] = list(self.subjek)
        if self.status_links:
            data[STATUS_LINKS] = [asdict(link) for link in self.status_links]
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> DraftMetadata:
        """Read a saved draft's metadata, tolerating what older versions wrote (a bare value
        instead of an entry, a number as value, missing keys)."""
        found = cls()
        for name, raw in (data or {}).items():
            if name == SUBJEK:
                found.subjek = [str(term) for term in raw or ()]
            elif name == STATUS_LINKS:
                found.status_links = [_link(item) for item in raw or () if isinstance(item, dict)]
            elif isinstance(raw, dict):
                found.fields[name] = FieldReading(
                    value="" if raw.get("value") is None else str(raw["value"]),
                    confidence=_float(raw.get("confidence")),
                    page=_int(raw.get("page")),
                    line=_int(raw.get("line")),
                    reason=str(raw.get("reason") or ""),
                )
            elif raw is not None:
                found.fields[name] = FieldReading(str(raw), None)
        return found


def _link(raw: Mapping[str, Any]) -> DraftLink:
    known = {f.name for f in fields(DraftLink)}
    values = {k: v for k, v in raw.items() if k in known}
    values["kind"] = str(values.get("kind", ""))
    values["nomor"] = str(values.get("nomor", ""))
    values["confirmed"] = bool(values.get("confirmed", False))
    return DraftLink(**values)


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int) else None
