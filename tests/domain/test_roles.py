"""Roles: stable values for data, Indonesian and English names for people."""

from __future__ import annotations

import pytest

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import set_language
from jdih_desktop.domain.roles import Role, parse_role


def test_every_role_has_both_names() -> None:
    for role in Role:
        assert role.label.render("id") and role.label.render("en")
    assert Role.OPERATOR.display_name == "Staf/Operator JDIH"
    set_language("en")
    assert Role.KASUBAG.display_name == "Head of the legal subsection"


def test_values_are_what_the_sop_files_and_database_store() -> None:
    assert [r.value for r in Role] == [
        "pengusul", "operator", "kasubag", "tim_jdih", "desainer", "administrator"
    ]
    assert parse_role(" Tim_JDIH ") is Role.TIM_JDIH


@pytest.mark.parametrize("value", ["kepala", "", None, 3])
def test_unknown_roles_are_refused_with_the_choices(value: object) -> None:
    with pytest.raises(ValidationError, match="operator, kasubag"):
        parse_role(value)
