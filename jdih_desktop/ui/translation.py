"""Loading the Qt translation for the chosen language (Indonesian is the source language)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

#: The office's locale per UI language: month and day names in date pickers and calendars.
LOCALES = {"id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}  # fmt: skip


def install_translators(app: QCoreApplication, language: str, i18n_dir: Path) -> list[QTranslator]:
    """Install Qt's own texts (dialog buttons, file and print dialogs) and our catalogue;
    returns them to keep them alive.

    PySide6 ships no ``qtbase_id``: for Indonesian, Qt's standard texts come from the project's
    own ``qtbase_id.qm`` (``resources/i18n/qtbase_id.ts``), else "Cancel" and "Close" would
    stay English on every dialog.
    """
    installed: list[QTranslator] = []
    QLocale.setDefault(LOCALES.get(language, QLocale(language)))
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir) or qt_own.load(
        str(i18n_dir / f"qtbase_{language}.qm")
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    elif language != "en":
        log.warning("no translation of Qt's own texts for %s; they stay English", language)
    if language == "id":
        return installed  # our source strings are Indonesian
    ours = QTranslator(app)
    if ours.load(str(i18n_dir / f"jdih_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no compiled translation for %s in %s; showing Indonesian", language, i18n_dir)
    return installed
