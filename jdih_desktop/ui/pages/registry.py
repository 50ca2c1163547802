"""Which widget fills each screen of the main window.

Each screen's module adds one entry here; a screen without one shows its placeholder. Keeping the
mapping in one place lets the screens grow independently without touching the window itself.
Screens built here read their data in the background the first time (``background=True``), so
the window is usable before the archive, the board and the outbox answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor

# (context, the signed-in user or None before login) -> the screen's widget
PageFactory = Callable[[AppContext, Actor | None], QWidget]

PAGE_FACTORIES: dict[str, PageFactory] = {}


def _laporan(context: AppContext, actor: Actor | None) -> QWidget:
    from jdih_desktop.ui.pages.laporan import LaporanPage

    return LaporanPage(context, actor)


PAGE_FACTORIES["laporan"] = _laporan


def _beranda(context: AppContext, actor: Actor | None) -> QWidget:
    from jdih_desktop.ui.pages.beranda import BerandaPage

    return BerandaPage(context, actor, background=True)


def _permohonan(context: AppContext, actor: Actor | None) -> QWidget:
    from jdih_desktop.ui.pages.permohonan import PermohonanPage

    return PermohonanPage(context, actor)


PAGE_FACTORIES["beranda"] = _beranda
PAGE_FACTORIES["permohonan"] = _permohonan


def _media_sosial(context: AppContext, actor: Actor | None) -> QWidget:
    from jdih_desktop.ui.pages.media_sosial import MediaSosialPage

    return MediaSosialPage(context, actor)


PAGE_FACTORIES["media_sosial"] = _media_sosial


def _pengaturan(context: AppContext, actor: Actor | None) -> QWidget:
    from jdih_desktop.ui.pages.pengaturan import PengaturanPage

    return PengaturanPage(context, actor)


PAGE_FACTORIES["pengaturan"] = _pengaturan


def _arsip(context: AppContext, actor: Actor | None) -> QWidget:
    from jdih_desktop.ui.pages.arsip import ArsipPage

    return ArsipPage(context, actor, background=True)


PAGE_FACTORIES["arsip"] = _arsip
