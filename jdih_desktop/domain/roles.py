"""The roles people play in the SOPs, with their names in the UI.

SOP definitions (``resources/sop/*.toml``) and the database refer to a role by its value
(``"operator"``), never by its display name, so renaming a role on screen changes no data.
"""

from __future__ import annotations

from enum import StrEnum

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import Msg, msg


class Role(StrEnum):
    PENGUSUL = "pengusul"
    OPERATOR = "operator"
    KASUBAG = "kasubag"
    TIM_JDIH = "tim_jdih"
    DESAINER = "desainer"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> Msg:
        """The role's name as the SOP and the UI write it (Indonesian, with English)."""
        return _LABELS[self]

    @property
    def display_name(self) -> str:
        """The label in the current UI language."""
        return _LABELS[self].render()


_LABELS: dict[Role, Msg] = {
    Role.PENGUSUL: msg("Pengusul", "Requester"),
    Role.OPERATOR: msg("Staf/Operator JDIH", "JDIH staff/operator"),
    Role.KASUBAG: msg("Kasubag Hukum", "Head of the legal subsection"),
    Role.TIM_JDIH: msg("Tim JDIH", "JDIH team"),
    Role.DESAINER: msg("Admin/Desainer", "Admin/designer"),
    Role.ADMINISTRATOR: msg("Administrator", "Administrator"),
}


def parse_role(value: object) -> Role:
    """The role whose value is ``value`` (``"operator"``); a clear error for anything else."""
    if isinstance(value, str):
        try:
            return Role(value.strip().lower())
        except ValueError:
            pass
    known = ", ".join(role.value for role in Role)
    raise ValidationError(
        msg(
            "Peran tidak dikenal: {value!r} (pilihan: {known})",
            "Unknown role: {value!r} (choices: {known})",
            value=value,
            known=known,
        )
    )
