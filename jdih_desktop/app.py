"""Composition root of the GUI: data folder → configuration → services → window.

``jdih-desktop --smoke`` builds the window offscreen, opens the database and exits 0: the check
an installer or CI runs to prove a build can start.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from jdih_desktop import __version__
from jdih_desktop.domain.errors import JdihError

log = logging.getLogger(__name__)


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jdih-desktop", description="JDIH Desktop")
    parser.add_argument("--data-dir", default=None, metavar="DIR")
    parser.add_argument("--lang", choices=("id", "en"), default=None)
    parser.add_argument(
        "--smoke", action="store_true", help="build the window offscreen, open the DB, exit"
    )
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty data folder with the demo office"
    )
    parser.add_argument("--version", action="version", version=f"jdih-desktop {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jdih_desktop.context import open_context
    from jdih_desktop.domain.messages import set_language
    from jdih_desktop.paths import resolve_paths, resources_dir
    from jdih_desktop.ui.instance_lock import acquire_instance_lock
    from jdih_desktop.ui.main_window import MainWindow
    from jdih_desktop.ui.translation import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("JDIH Desktop")
    app.setOrganizationName("JDIH")
    app.setApplicationVersion(__version__)
    from jdih_desktop.ui.style import STYLESHEET

    app.setStyleSheet(STYLESHEET)

    def fail(error: JdihError) -> int:
        log.error("start-up failed: %s", error.message.render("en"), exc_info=True)
        print(str(error), file=sys.stderr)
        if not args.smoke:
            QMessageBox.critical(None, "JDIH Desktop", str(error))
        return 1

    try:
        paths = resolve_paths(args.data_dir)
        from jdih_desktop.context import check_data_dir

        check_data_dir(paths.data_dir)
        lock = acquire_instance_lock(paths.lock_file)
        context = open_context(args.data_dir)
    except JdihError as error:
        return fail(error)

    language = args.lang or context.config.general.language
    set_language(language)
    translators = install_translators(app, language, resources_dir() / "i18n")
    settings = QSettings(str(paths.data_dir / "ui.ini"), QSettings.Format.IniFormat)
    try:
        actor = None
        if not args.smoke:
            # First run (no account yet) gets the setup dialog, otherwise the login.
            from jdih_desktop.ui.login import sign_in

            if args.demo:
                from jdih_desktop.demo import seed_demo

                seed_demo(context)
            actor = sign_in(context)
            if actor is None:
                return 0
        if args.smoke:
            window = MainWindow(context, settings, actor)
            window.show()
            app.processEvents()
            window.close()
            print(f"smoke ok: {context.db.describe()}")
            return 0
        assert actor is not None  # signed in above
        # Today's backup, if the backup folder has none yet (no daemon: taken at each start).
        from jdih_desktop.ui.daily_backup import start_daily_backup

        start_daily_backup(context, app)
        from jdih_desktop.ui.session import run_sessions

        # One window per signed-in person; "Keluar akun" brings the login back.
        return run_sessions(context, settings, actor, sign_in)
    finally:
        del translators
        context.close()
        lock.release()


if __name__ == "__main__":
    sys.exit(main())
