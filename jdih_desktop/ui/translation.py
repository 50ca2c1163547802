"""Loading the Qt translation for the chosen language (Indonesian is the source language)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, language: str, i18n_dir: Path) -> list[QTranslator]:
    """Install our catalogue and Qt's own (dialog buttons); returns them to keep them alive."""
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    if language == "id":
        return installed  # our source strings are Indonesian
    ours = QTranslator(app)
    if ours.load(str(i18n_dir / f"jdih_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no compiled translation for %s in %s; showing Indonesian", language, i18n_dir)
    return installed
