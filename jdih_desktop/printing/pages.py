"""Page plumbing shared by all documents: canvases with metadata, "Halaman x dari N" footers,
paragraph styles and markup-safe paragraphs for the flowing (platypus) documents.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jdih_desktop.printing.fonts import FontSet
from jdih_desktop.printing.textfit import clean_text

CREATOR = "JDIH Desktop"


def set_metadata(canvas: Canvas, title: str, author: str) -> None:
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator(CREATOR)


def new_canvas(
    buffer: io.BytesIO, pagesize: tuple[float, float], title: str, author: str, fonts: FontSet
) -> Canvas:
    """A compressed canvas with the document's title and author set.

    The initial font is ours too: reportlab would otherwise reference Helvetica on every
    page, an unembedded font that PDF/A checkers and some print shops reject.
    """
    canvas = Canvas(buffer, pagesize=pagesize, pageCompression=1,
                    initialFontName=fonts.regular)
    set_metadata(canvas, title, author)
    return canvas


def numbered_canvas(
    fonts: FontSet, left_text: str = "", only_when_several: bool = False
) -> type[Canvas]:
    """A canvas class that prints "Halaman x dari N" at the foot of every page.

    N is only known once the story is laid out, so pages are kept until ``save`` (the usual
    reportlab two-pass trick). ``left_text`` (e.g. "Dicetak 14 Mei 2023") prints at the left.
    """

    class _NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if kwargs.get("initialFontName") is None:
                kwargs["initialFontName"] = fonts.regular
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if total > 1 or not only_when_several:
                    self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(fonts.regular, 7.5)
            self.setFillGray(0.25)
            y = 8 * mm
            self.drawRightString(width - 15 * mm, y, f"Halaman {self._pageNumber} dari {total}")
            if left_text:
                self.drawString(15 * mm, y, left_text)
            self.restoreState()

    return _NumberedCanvas


@dataclass(frozen=True)
class Styles:
    """The few paragraph styles the documents use, all in the embedded font."""

    body: ParagraphStyle
    small: ParagraphStyle
    bold: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_centre: ParagraphStyle


def make_styles(fonts: FontSet, base: float = 10.0) -> Styles:
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=base, leading=base * 1.3,
                          bulletFontName=fonts.regular)
    cell = ParagraphStyle("cell", parent=body, fontSize=base * 0.8, leading=base * 0.8 * 1.25)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=base * 0.8, leading=base),
        bold=ParagraphStyle("bold", parent=body, fontName=fonts.bold),
        title=ParagraphStyle("title", parent=body, fontName=fonts.bold, fontSize=base * 1.25,
                             leading=base * 1.6, alignment=1),
        subtitle=ParagraphStyle("subtitle", parent=body, alignment=1, spaceAfter=base * 0.6),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.bold),
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=1),
    )


def para(text: object, style: ParagraphStyle, blank: str = "") -> Paragraph:
    """A Paragraph of plain ``text``: markup characters escaped, newlines kept.

    User text such as "Hal: A & B <draft>" must print as typed, not as reportlab markup.
    """
    value = clean_text(None if text is None else str(text)) or blank
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


FRAME_PADDING = 6.0  # platypus Frame's default padding on every side


def frame_width(pagesize: tuple[float, float], margins: tuple[float, float, float, float]) -> float:
    """Width a flowable may use inside ``build_pdf``'s frame (margins and frame padding off)."""
    return pagesize[0] - margins[0] - margins[1] - 2 * FRAME_PADDING


def build_pdf(
    story: Sequence[Flowable],
    pagesize: tuple[float, float],
    title: str,
    author: str,
    canvasmaker: type[Canvas],
    margins: tuple[float, float, float, float] = (15 * mm, 15 * mm, 15 * mm, 15 * mm),
    on_page: Callable[[Canvas, Any], None] | None = None,
) -> bytes:
    """Lay ``story`` out on pages of ``pagesize``; margins are (left, right, top, bottom)."""
    buffer = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        buffer, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=title, author=author, creator=CREATOR,
    )
    if on_page is None:
        doc.build(list(story), canvasmaker=canvasmaker)
    else:
        doc.build(list(story), onFirstPage=on_page, onLaterPages=on_page,
                  canvasmaker=canvasmaker)
    return buffer.getvalue()


def signature_table(
    styles: Styles,
    lines_above: Sequence[str],
    name: str | None,
    nip: str | None,
    frame: float,
    width: float = 75 * mm,
) -> Table:
    """A right-aligned signature block: place/date and title, room to sign, name and NIP.

    A missing name or NIP prints a dotted line, to be filled in by hand.
    """
    centre = ParagraphStyle("sig", parent=styles.body, alignment=1)
    name_style = ParagraphStyle("sig_name", parent=centre, fontName=styles.bold.fontName)
    rows: list[list[Any]] = [[para(line, centre)] for line in lines_above]
    rows.append([Spacer(0, 15 * mm)])
    clean_name = clean_text(name)
    rows.append([Paragraph(f"<u>{escape(clean_name)}</u>", name_style) if clean_name
                 else para("." * 40, centre)])
    rows.append([para(f"NIP. {clean_text(nip) or '.' * 30}", centre)])
    inner = Table(rows, colWidths=[width], style=TableStyle(base_table_style(styles)))
    table = Table([[None, inner]], colWidths=[frame - width, width])
    table.setStyle(TableStyle([
        *base_table_style(styles),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def base_table_style(styles: Styles) -> list[tuple[Any, ...]]:
    """Table commands every table starts with: our font even for empty cells (a Table
    otherwise sets Helvetica, which would then be referenced unembedded)."""
    return [("FONTNAME", (0, 0), (-1, -1), styles.body.fontName)]
