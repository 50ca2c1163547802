"""SOP definitions: the steps, who does them, what they need, and how long they may take.

The definitions are data (``resources/sop/*.toml``) so an office can change a target without
touching code. :func:`parse_sop` turns one file's plain contents into a validated
:class:`SopDefinition`; every problem is a :class:`SopDefinitionError` that names the step
and, once the loader adds it, the file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.worktime import TimeBasis

SCHEMA_VERSION = 1
NO_TARGET = "none"
_CODE_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_-]*$")


class TargetUnit(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"  # calendar days of 24 hours
    WORKING_DAYS = "working_days"  # the office's working-day length each


_UNIT_WORDS = {
    TargetUnit.MINUTES: ("menit", "minutes"),
    TargetUnit.HOURS: ("jam", "hours"),
    TargetUnit.DAYS: ("hari", "days"),
    TargetUnit.WORKING_DAYS: ("hari kerja", "working days"),
}
# Beyond these a target is a typo (a year of calendar time, a year of working days).
MAX_TARGET_VALUE = {
    TargetUnit.MINUTES: 366 * 24 * 60,
    TargetUnit.HOURS: 366 * 24,
    TargetUnit.DAYS: 366,
    TargetUnit.WORKING_DAYS: 250,
}


class SopDefinitionError(ValidationError):
    """A definition breaks a rule; says which file and step, when known, and what is wrong."""

    def __init__(self, problem: Msg, *, source: str | None = None, step: int | None = None):
        self.problem, self.source, self.step = problem, source, step
        super().__init__(_locate(problem, source, step))

    def located(self, *, source: str | None = None, step: int | None = None) -> SopDefinitionError:
        """The same problem with the file and/or step filled in."""
        return SopDefinitionError(
            self.problem,
            source=source if source is not None else self.source,
            step=step if step is not None else self.step,
        )


def _locate(problem: Msg, source: str | None, step: int | None) -> Msg:
    # Rendered eagerly in both languages: a nested Msg would otherwise follow the current
    # language even when the caller asks for the other one.
    id_parts = [p for p in (source, f"langkah {step}" if step is not None else None) if p]
    en_parts = [p for p in (source, f"step {step}" if step is not None else None) if p]
    if not id_parts:
        return problem
    return Msg(
        ", ".join(id_parts) + ": " + problem.render("id"),
        ", ".join(en_parts) + ": " + problem.render("en"),
    )


def format_number(value: float) -> str:
    """``20`` → ``"20"``, ``1.5`` → ``"1,5"`` (Indonesian decimal comma)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:g}".replace(".", ",")


@dataclass(frozen=True)
class Target:
    """How long a step may take, and whether that counts calendar or office working time.

    ``days`` always means calendar days and ``working_days`` working days; ``minutes`` and
    ``hours`` count whichever ``basis`` says.
    """

    value: float
    unit: TargetUnit
    basis: TimeBasis

    def __post_init__(self) -> None:
        if (
            isinstance(self.value, bool)
            or not isinstance(self.value, int | float)
            or math.isnan(self.value)
        ):
            raise SopDefinitionError(
                msg("nilai target harus berupa angka, bukan {value!r}",
                    "the target value must be a number, not {value!r}", value=self.value)
            )
        words = _UNIT_WORDS[self.unit]
        if self.value < 0:
            raise SopDefinitionError(
                msg("target negatif ({value} {unit})", "negative target ({value} {unit_en})",
                    value=format_number(self.value), unit=words[0], unit_en=words[1])
            )
        if self.value == 0:
            raise SopDefinitionError(
                msg("target harus lebih dari nol (tulis target = \"none\" bila tidak ada target)",
                    "the target must be more than zero (write target = \"none\" for no target)")
            )
        limit = MAX_TARGET_VALUE[self.unit]
        if self.value > limit:
            raise SopDefinitionError(
                msg("target tidak masuk akal ({value} {unit}; paling banyak {limit} {unit})",
                    "absurd target ({value} {unit_en}; at most {limit} {unit_en})",
                    value=format_number(self.value), limit=limit, unit=words[0], unit_en=words[1])
            )
        if self.unit is TargetUnit.DAYS and self.basis is TimeBasis.WORKING:
            raise SopDefinitionError(
                msg("satuan \"days\" adalah hari kalender; untuk hari kerja pakai "
                    "unit = \"working_days\"",
                    "unit \"days\" means calendar days; for working days use "
                    "unit = \"working_days\"")
            )
        if self.unit is TargetUnit.WORKING_DAYS and self.basis is TimeBasis.CALENDAR:
            raise SopDefinitionError(
                msg("satuan \"working_days\" selalu dihitung dengan jam kerja, bukan kalender",
                    "unit \"working_days\" always counts working time, not calendar time")
            )

    def amount(self, working_day: timedelta) -> timedelta:
        """The target as a duration in its own basis (``working_day`` sizes a working day)."""
        if self.unit is TargetUnit.MINUTES:
            return timedelta(minutes=self.value)
        if self.unit is TargetUnit.HOURS:
            return timedelta(hours=self.value)
        if self.unit is TargetUnit.DAYS:
            return timedelta(days=self.value)
        return working_day * self.value

    def describe(self) -> Msg:
        """``"20 menit (jam kerja)"``, ``"10 hari"``, ``"2 hari kerja"``."""
        number = format_number(self.value)
        id_word, en_word = _UNIT_WORDS[self.unit]
        if self.unit in (TargetUnit.MINUTES, TargetUnit.HOURS):
            if self.basis is TimeBasis.WORKING:
                return msg("{n} {u} (jam kerja)", "{n} {e} (working time)",
                           n=number, u=id_word, e=en_word)
            return msg("{n} {u} (waktu kalender)", "{n} {e} (calendar time)",
                       n=number, u=id_word, e=en_word)
        return msg("{n} {u}", "{n} {e}", n=number, u=id_word, e=en_word)


@dataclass(frozen=True)
class SopStep:
    """One row of the SOP table. ``role`` completes the step; ``from_role`` hands it over."""

    no: int
    key: str
    activity: str
    role: Role
    inputs: tuple[str, ...]
    target: Target | None
    output: str
    from_role: Role | None = None


@dataclass(frozen=True)
class SopDefinition:
    code: str
    title: str
    steps: tuple[SopStep, ...]
    reference: str = ""

    def step(self, no: int) -> SopStep:
        for step in self.steps:
            if step.no == no:
                return step
        raise ValidationError(
            msg("SOP {code} tidak punya langkah {no}.", "SOP {code} has no step {no}.",
                code=self.code, no=no)
        )


# ---------------------------------------------------------------------------------------------
# Parsing plain data (as read from TOML) into definitions.

_TOP_KEYS = {"schema", "code", "title", "reference", "steps"}
_STEP_KEYS = {"no", "key", "activity", "role", "from_role", "inputs", "target", "output"}
_TARGET_KEYS = {"value", "unit", "basis"}


def _problem(id_text: str, en_text: str, **params: Any) -> SopDefinitionError:
    return SopDefinitionError(msg(id_text, en_text, **params))


def _check_keys(data: Mapping[str, Any], allowed: set[str], where: str, where_en: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise _problem(
            "kunci tidak dikenal di {where}: {keys} (yang boleh: {allowed})",
            "unknown key in {where_en}: {keys} (allowed: {allowed})",
            where=where, where_en=where_en, keys=", ".join(unknown),
            allowed=", ".join(sorted(allowed)),
        )


def _text(data: Mapping[str, Any], key: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise _problem("\"{key}\" wajib diisi dengan teks", "\"{key}\" must be a non-empty text",
                       key=key)
    return " ".join(value.split())


def _role(data: Mapping[str, Any], key: str) -> Role:
    value = data.get(key)
    try:
        return Role(str(value))
    except ValueError:
        raise _problem(
            "peran tidak dikenal di \"{key}\": {value!r} (pilihan: {known})",
            "unknown role in \"{key}\": {value!r} (choices: {known})",
            key=key, value=value, known=", ".join(r.value for r in Role),
        ) from None


def parse_target(value: Any) -> Target | None:
    """A target table ``{value, unit, basis}``, or ``"none"`` for a step without a target."""
    if value == NO_TARGET:
        return None
    if value is None:
        raise _problem("target belum diisi (tulis target = \"none\" bila tidak ada target)",
                       "the target is missing (write target = \"none\" for no target)")
    if not isinstance(value, Mapping):
        raise _problem("target harus berupa tabel {{ value, unit, basis }} atau \"none\", "
                       "bukan {value!r}",
                       "the target must be a table {{ value, unit, basis }} or \"none\", "
                       "not {value!r}", value=value)
    _check_keys(value, _TARGET_KEYS, "target", "the target")
    raw_value: Any = value.get("value")
    raw_unit: Any = value.get("unit")
    raw_basis: Any = value.get("basis")
    try:
        unit = TargetUnit(raw_unit)
    except ValueError:
        raise _problem("satuan target tidak dikenal: {unit!r} (pilihan: {known})",
                       "unknown target unit: {unit!r} (choices: {known})",
                       unit=raw_unit, known=", ".join(u.value for u in TargetUnit)
                       ) from None
    implied = {TargetUnit.DAYS: TimeBasis.CALENDAR, TargetUnit.WORKING_DAYS: TimeBasis.WORKING}
    if raw_basis is None and unit in implied:
        basis = implied[unit]
    else:
        try:
            basis = TimeBasis(raw_basis)
        except ValueError:
            raise _problem("\"basis\" target harus \"calendar\" atau \"working\", bukan {b!r}",
                           "the target \"basis\" must be \"calendar\" or \"working\", not {b!r}",
                           b=raw_basis) from None
    return Target(raw_value, unit, basis)


def parse_step(data: Any, position: int) -> SopStep:
    """One ``[[steps]]`` table; errors carry the step number (or position when it is bad)."""
    declared = data.get("no") if isinstance(data, Mapping) else None
    valid_no = isinstance(declared, int) and not isinstance(declared, bool)
    label = declared if valid_no else position
    try:
        if not isinstance(data, Mapping):
            raise _problem("langkah harus berupa tabel [[steps]]",
                           "a step must be a [[steps]] table")
        _check_keys(data, _STEP_KEYS, "langkah", "the step")
        if not valid_no:
            raise _problem("\"no\" wajib diisi dengan nomor langkah ({value!r})",
                           "\"no\" must be the step number ({value!r})", value=declared)
        if declared != position:
            raise _problem("nomor langkah harus urut: seharusnya {expected}, tertulis {no}",
                           "steps must be numbered in order: expected {expected}, found {no}",
                           expected=position, no=declared)
        key = data.get("key")
        if not isinstance(key, str) or not _KEY_RE.match(key):
            raise _problem("\"key\" harus huruf kecil/angka/garis (mis. \"abstrak\"), "
                           "bukan {key!r}",
                           "\"key\" must be lower-case letters/digits/dashes (e.g. \"abstrak\"), "
                           "not {key!r}", key=key)
        inputs = data.get("inputs", [])
        if not isinstance(inputs, list) or not all(
            isinstance(i, str) and i.strip() for i in inputs
        ):
            raise _problem("\"inputs\" harus daftar teks (boleh kosong: [])",
                           "\"inputs\" must be a list of texts (may be empty: [])")
        return SopStep(
            no=position,
            key=key,
            activity=_text(data, "activity"),
            role=_role(data, "role"),
            inputs=tuple(" ".join(i.split()) for i in inputs),
            target=parse_target(data.get("target")),
            output=_text(data, "output"),
            from_role=_role(data, "from_role") if "from_role" in data else None,
        )
    except SopDefinitionError as error:
        raise error.located(step=label) from None


def parse_sop(data: Mapping[str, Any]) -> SopDefinition:
    """Validate one SOP file's contents; the first problem found is raised."""
    _check_keys(data, _TOP_KEYS, "bagian atas berkas", "the top of the file")
    schema = data.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        raise _problem("versi format {schema!r} tidak didukung (yang didukung: {v})",
                       "format version {schema!r} is not supported (supported: {v})",
                       schema=schema, v=SCHEMA_VERSION)
    code = data.get("code")
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise _problem("\"code\" harus huruf kecil, angka dan tanda minus "
                       "(mis. \"media-sosial\"), bukan {code!r}",
                       "\"code\" must be lower-case letters, digits and dashes "
                       "(e.g. \"media-sosial\"), not {code!r}", code=code)
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise _problem("SOP belum punya langkah ([[steps]])", "the SOP has no steps ([[steps]])")
    steps = tuple(parse_step(raw, position) for position, raw in enumerate(raw_steps, start=1))
    seen: set[str] = set()
    for step in steps:
        if step.key in seen:
            raise _problem("\"key\" {key!r} sudah dipakai langkah lain",
                           "\"key\" {key!r} is already used by another step",
                           key=step.key).located(step=step.no)
        seen.add(step.key)
    return SopDefinition(
        code=code,
        title=_text(data, "title"),
        steps=steps,
        reference=_text(data, "reference", required=False),
    )
