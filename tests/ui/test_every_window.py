"""Every screen and dialog of the demo office, walked offscreen:

- it fits the office laptop's screen: on 1366×768 and 1280×720 (less a task bar) each window is
  no larger than the free area and every button lies inside it;
- it speaks one language: in Indonesian no Qt English ("Cancel", "Close") and no internal code
  (``awaiting``, ``salinan_sk``, an audit code, a database URL, a time zone id); in English no
  Indonesian source string of our catalogue and no Indonesian word in buttons, headings, tabs,
  column headers and form labels.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPoint,
    QRect,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.demo import DemoSeed, seed_demo
from jdih_desktop.domain.messages import set_language
from jdih_desktop.paths import resources_dir
from jdih_desktop.ui import screen_fit
from jdih_desktop.ui.translation import install_translators
from tests.ui.screens_walk import walk

TASK_BAR = 40  # px: Windows' task bar at 100 % scaling
I18N = resources_dir() / "i18n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppContext, DemoSeed, Path]]:
    data = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JDIH_NOW", "2026-02-03T10:30+08:00")
        context = open_context(data)
        seed = seed_demo(context)
        assert seed is not None
        yield context, seed, data
        context.close()


def _settings(data: Path) -> QSettings:
    return QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat)


# --- fit ----------------------------------------------------------------------------------------


def _outside(window: QWidget, area: QRect) -> list[str]:
    """Buttons of ``window`` whose rectangle leaves ``area``, the window's client area placed at
    the area's top-left below its title bar."""
    client = QRect(
        area.topLeft() + QPoint(0, screen_fit.FRAME_ALLOWANCE.height() - 8), window.size()
    )
    found = []
    if not area.contains(client):
        found.append(f"window {window.width()}×{window.height()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)) + client.topLeft(), button.size())
        if not area.contains(rect):
            found.append(f"{button.text()!r} at {rect.getRect()}")
    return found


@pytest.mark.parametrize("width,height", [(1366, 768), (1280, 720)])
def test_every_window_fits_the_laptop_screen(
    qtbot: QtBot,
    demo: tuple[AppContext, DemoSeed, Path],
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    height: int,
) -> None:
    area = QRect(0, 0, width, height - TASK_BAR)
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget=None: area)
    context, seed, data = demo
    problems: dict[str, list[str]] = {}
    seen = []
    for name, window in walk(context, seed, _settings(data)):
        seen.append(name)
        if found := _outside(window, area):
            problems[name] = found
    assert {"pratinjau", "wizard", "disposisi", "andi/beranda", "admin/pengaturan/0"} <= set(seen)
    assert problems == {}


# --- language -----------------------------------------------------------------------------------

#: Codes and machine text that must never reach a screen, whatever the language.
RAW = re.compile(
    r"\bawaiting\b|\(main\)|\bsalinan_sk\b|\bnota_dinas\b|Asia/[A-Z]|sqlite|postgresql|"
    r"\{'|\b\d+ hr\b|\blangkah publish\b|"
    r"\b(?:abstract|document|publication|request|step|disposition|office|user|settings|content|"
    r"backup)\.[a-z_]+\b"
)
#: Common Indonesian words: one in a button, heading or label means an untranslated string.
INDONESIAN = {
    "dan", "yang", "tidak", "belum", "untuk", "dengan", "dari", "atau", "ini", "pada", "ke",
    "simpan", "tutup", "batal", "cari", "pilih", "buka", "cetak", "langkah", "permohonan",
    "berkas", "halaman", "menunggu", "selesai", "berjalan", "hari", "jam", "mnt", "lewat",
    "tanggal", "nomor", "judul", "tahun", "pengguna", "sandi", "keluar", "kembali", "lanjut",
    "pemindai", "unggah", "terbit", "arsip", "laporan", "pengaturan", "beranda", "kantor",
}  # fmt: skip


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _buttons(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    return [t for t in (_plain(x) for x in texts) if t]


def _chrome(window: QWidget) -> list[str]:
    """Texts the app itself writes around the data: titles, buttons, tabs, headers, form
    labels, placeholders, menus, the status line."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(_columns(model))
            ]
        layout = widget.layout()
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel) and label.isVisibleTo(window):
                    texts.append(label.text())
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            texts.append(action.text())
            menu = action.menu()
            if menu is not None:
                texts += [a.text() for a in menu.actions()]
        texts.append(window.statusBar().currentMessage())
    if isinstance(window, QWizard):
        texts += [window.currentPage().title(), window.currentPage().subTitle()]
    return [t for t in (_plain(x) for x in texts) if t]


def _columns(model: QAbstractItemModel) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def _rows(model: QAbstractItemModel) -> int:
    return model.rowCount(QModelIndex())


def _everything(window: QWidget) -> list[str]:
    """Every text on screen, data included (for codes that must never show)."""
    texts = _chrome(window)
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window):
            texts.append(_plain(label.text()))
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisibleTo(window) or model is None:
            continue
        for row in range(min(_rows(model), 30)):
            for column in range(_columns(model)):
                texts.append(str(model.index(row, column).data() or ""))
    return texts


def _catalogue(path: Path) -> dict[str, str]:
    """source → translation of a .ts file, where they differ."""
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = _plain(message.findtext("source") or "")
        translation = _plain(message.findtext("translation") or "")
        if source and translation and source != translation:
            found[source] = translation
    return found


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_window_speaks_one_language(
    qtbot: QtBot, demo: tuple[AppContext, DemoSeed, Path], language: str
) -> None:
    app = QApplication.instance()
    assert app is not None
    assert (I18N / "jdih_en.qm").exists() and (I18N / "qtbase_id.qm").exists(), (
        "run scripts/i18n.py compile (the bootstrap does)"
    )
    context, seed, data = demo
    foreign = _catalogue(I18N / ("qtbase_id.ts" if language == "id" else "jdih_en.ts"))
    set_language(language)
    translators = install_translators(app, language, I18N)
    problems: dict[str, set[str]] = {}
    try:
        for name, window in walk(context, seed, _settings(data)):
            found = {t for t in _everything(window) if RAW.search(t)}
            # Qt's English in Indonesian shows on buttons and titles ("No" heads a column).
            own = _buttons(window) if language == "id" else _chrome(window)
            found |= {t for t in own if t in foreign or t.rstrip(":…") in foreign}
            if language == "en":
                found |= {
                    t for t in _chrome(window) if set(re.findall(r"[a-z]+", t.lower())) & INDONESIAN
                }
            if found:
                problems[name] = found
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        set_language("id")
    assert problems == {}
