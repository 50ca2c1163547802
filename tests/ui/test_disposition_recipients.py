"""The disposition form sends a request to one person or several: each ticked person is
recorded (the first ticked carries the request on), and none ticked is refused in the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.ui.disposition_form import DispositionDialog


def _at_step_2(context: AppContext) -> tuple[int, DispositionDialog]:
    add = context.accounts.add_user
    operator = add(SYSTEM, "andi", "Andi Baso", ["operator"], password="rahasia-1").as_actor()
    add(SYSTEM, "sitti", "Sitti Aminah", ["operator"], password="rahasia-2")
    add(SYSTEM, "rudi", "Rudi Humas", ["tim_jdih"], password="rahasia-3")
    add(SYSTEM, "rahmat", "Rahmat Pengusul", ["pengusul"], password="rahasia-5")
    add(SYSTEM, "admin2", "Admin Sistem", ["administrator"], password="rahasia-6")
    kasubag = add(SYSTEM, "hasnah", "Hasnah, S.H.", ["kasubag"], password="rahasia-4").as_actor()
    request = context.requests.register(operator, pengusul_name="Rahmat", hal="SK 19/2026")
    context.requests.complete_step(operator, request.id, 1)
    return request.id, DispositionDialog(context, kasubag, request.id)


def _tick(form: DispositionDialog, usernames: set[str]) -> None:
    for row in range(form.recipients.count()):
        item = form.recipients.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in usernames
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def test_several_ticked_recipients_are_all_recorded(qtbot: QtBot, context: AppContext) -> None:
    request_id, form = _at_step_2(context)
    qtbot.addWidget(form)
    form.show()
    assert form.chosen_recipients() == ["andi"]  # operators first, the first one ticked
    rows = range(form.recipients.count())
    offered = [form.recipients.item(r).data(Qt.ItemDataRole.UserRole) for r in rows]
    assert sorted(offered) == ["andi", "rudi", "sitti"]  # the team, not requester or admin
    _tick(form, {"sitti", "rudi"})
    assert form.chosen_recipients() == ["sitti", "rudi"]  # operators first, then the others
    form.submit()
    recorded = context.dispositions.latest(request_id)
    assert recorded is not None and recorded.to_user == "sitti"
    assert recorded.to_names == ("Sitti Aminah", "Rudi Humas")
    assert context.requests.get(request_id).steps[1].state == "done"


def test_no_recipient_ticked_is_refused_in_the_form(qtbot: QtBot, context: AppContext) -> None:
    request_id, form = _at_step_2(context)
    qtbot.addWidget(form)
    form.show()
    _tick(form, set())
    form.submit()
    assert form.error.text() == "Centang minimal satu penerima disposisi."
    assert form.isVisible() and context.dispositions.latest(request_id) is None
