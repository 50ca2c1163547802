"""Find and register the embedded Unicode fonts.

The PDF core fonts (Helvetica …) only cover Latin-1, so a pengusul named "Łukasz" or
"Ольга" would print as boxes. DejaVu Sans ships in ``resources/fonts`` and reportlab embeds
a subset of it in every PDF, so the sheet prints the same on any computer.
reportlab keeps registered fonts in a process-wide table; registering is idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from jdih_desktop.domain.messages import msg
from jdih_desktop.paths import resources_dir
from jdih_desktop.printing.errors import PrintingError

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"
REGULAR = "JdihSans"
BOLD = "JdihSans-Bold"


@dataclass(frozen=True)
class FontSet:
    """Names of the registered fonts, to pass to canvas and paragraph styles."""

    regular: str = REGULAR
    bold: str = BOLD


def default_resources_dir() -> Path:
    """``resources/`` of the checkout or of the installed bundle."""
    return resources_dir()


def default_logo_path(resources_dir: Path | None = None) -> Path:
    """The neutral placeholder emblem offered until the office sets its own logo."""
    return (resources_dir or default_resources_dir()) / "icons" / "logo-placeholder.png"


def register_fonts(resources_dir: Path | None = None) -> FontSet:
    """Register DejaVu Sans (regular and bold) from ``resources_dir/fonts``.

    Raises PrintingError when a font file is missing or unreadable, so a broken install
    says what to fix instead of printing boxes.
    """
    font_dir = (resources_dir or default_resources_dir()) / "fonts"
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in ((REGULAR, REGULAR_FILE), (BOLD, BOLD_FILE)):
        path = font_dir / file_name
        try:
            # Checked even when already registered, so a broken install is reported on the
            # first print rather than only in a fresh process.
            if not path.is_file():
                raise FileNotFoundError(2, "file not found", str(path))
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as error:
            raise PrintingError(
                msg(
                    "Berkas huruf {path} tidak dapat dibaca ({error}). Pasang ulang aplikasi.",
                    "The font file {path} cannot be read ({error}). Reinstall the program.",
                    path=str(path),
                    error=str(error),
                )
            ) from error
    # Paragraph markup (<b>) looks fonts up by family; there is no italic face, so italic
    # falls back to the upright one rather than to Helvetica.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return FontSet()
