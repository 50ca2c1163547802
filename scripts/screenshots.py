"""Save a PNG of every screen of the main window into docs/screenshots/.

Run under a real X server so fonts and widgets look as on an office PC:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py
(without DISPLAY it falls back to Qt's offscreen platform).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from jdih_desktop.context import open_context
    from jdih_desktop.ui.main_window import MainWindow
    from jdih_desktop.ui.style import STYLESHEET

    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLESHEET)
    with tempfile.TemporaryDirectory() as data:
        context = open_context(data)
        window = MainWindow(context, QSettings(f"{data}/ui.ini", QSettings.Format.IniFormat))
        window.resize(1280, 760)
        window.show()
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            for _ in range(5):
                app.processEvents()
            key = window.screens()[row].key
            window.grab().save(str(out / f"{row + 1:02d}-{key}.png"))
            print(out / f"{row + 1:02d}-{key}.png")
        window.close()
        context.close()


if __name__ == "__main__":
    main()
