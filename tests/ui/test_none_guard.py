"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call, and CPython
aborts once None's count runs out ("none_dealloc"). pyproject pins PySide6 below 6.12; this
test fails if an upgrade brings the bug back."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_s_reference_count(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
        label.setEnabled(True)
    # An affected PySide6 loses 4,000 references here; a sound one loses none (a little
    # slack for whatever else the interpreter did meanwhile).
    assert sys.getrefcount(None) > before - 100
