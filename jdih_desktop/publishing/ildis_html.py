"""Reading the few things we need out of ILDIS's admin HTML pages.

ILDIS (Yii 2) has no API, so the adapter reads: the CSRF token (hidden input or
``<meta name="csrf-token">``), the rows of a DetailView (``<th>label</th><td>value</td>``),
the header and cells of a GridView's ``data-key`` rows, ``<select>`` options of a form, and
links into ``common/dokumen/`` (ILDIS renders them as ``/backend/../common/dokumen/x``). The
standard library's HTML parser is enough and tolerates the markup real sites serve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

CSRF_PARAM = "_csrf-backend"
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col"})
# common/models/LoginForm.php: "Akun ditangguhkan selama 5 menit karena salah login 3x
# berturut-turut." and "Akun ditangguhkan. Coba lagi dalam N menit."
_SUSPENDED_WORDS = ("ditangguhkan", "terkunci", "locked", "suspended")
_MINUTES = re.compile(r"(\d+)\s*menit")
# LoginForm: "Kesalahan username atau password. Sisa percobaan login: N"
_WRONG_WORDS = ("kesalahan username", "username atau password", "password salah",
                "kata sandi salah", "incorrect username", "incorrect password")


def words(text: str) -> str:
    return " ".join(text.split())


@dataclass
class PageInfo:
    """What a page says: CSRF token, form errors, detail rows, grid rows, selects, file links."""

    csrf_token: str = ""
    has_login_form: bool = False
    errors: list[str] = field(default_factory=list)
    rows: dict[str, str] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    cells: dict[str, list[str]] = field(default_factory=dict)
    options: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Cells of every ``data-key`` row of every grid on the page, in order.
    grid_rows: list[list[str]] = field(default_factory=list)
    file_links: list[str] = field(default_factory=list)
    text: str = ""

    def row(self, *labels: str) -> str:
        """The first detail row whose label matches one of ``labels`` (case-insensitive)."""
        wanted = [label.casefold() for label in labels]
        for label, value in self.rows.items():
            if label.casefold() in wanted:
                return value
        return ""

    def cell(self, key: str, *headers: str) -> str | None:
        """The grid cell of row ``key`` under the first header matching ``headers``; None
        when the grid has no such column."""
        wanted = [h.casefold() for h in headers]
        for index, header in enumerate(self.headers):
            if header.casefold() in wanted:
                row = self.cells.get(key, [])
                return row[index] if index < len(row) else ""
        return None

    @property
    def says_suspended(self) -> bool:
        text = " ".join(self.errors).casefold()
        return any(word in text for word in _SUSPENDED_WORDS)

    @property
    def says_wrong_password(self) -> bool:
        text = " ".join(self.errors).casefold()
        return any(word in text for word in _WRONG_WORDS)

    def suspended_seconds(self) -> float:
        """How long the suspension lasts, from "Coba lagi dalam N menit" (default 5 min)."""
        found = _MINUTES.search(" ".join(self.errors))
        return 60.0 * int(found.group(1)) if found else 300.0


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.info = PageInfo()
        self._cell: str | None = None  # "th" or "td" while inside one
        self._text: list[str] = []
        self._label = ""
        self._error_depth = 0
        self._error_text: list[str] = []
        self._row_key: str | None = None
        self._in_head = False
        self._select = ""
        self._option: str | None = None
        self._all: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        if tag == "meta" and attr.get("name") == "csrf-token":
            self.info.csrf_token = self.info.csrf_token or attr.get("content", "")
        elif tag == "input":
            if attr.get("name") == CSRF_PARAM and not self.info.csrf_token:
                self.info.csrf_token = attr.get("value", "")
            if attr.get("name", "").startswith("LoginForm["):
                self.info.has_login_form = True
        elif tag == "thead":
            self._in_head = True
        elif tag == "tr":
            self._row_key = attr.get("data-key") or None
            if self._row_key:
                self.info.keys.append(self._row_key)
                self.info.cells[self._row_key] = []
                self.info.grid_rows.append([])
        elif tag in ("th", "td"):
            self._cell, self._text = tag, []
        elif tag == "select":
            self._select = attr.get("name", "")
            self.info.options.setdefault(self._select, {})
        elif tag == "option" and self._select:
            self._option, self._text = attr.get("value", ""), []
        elif tag == "a" and "common/dokumen/" in attr.get("href", ""):
            path = urlsplit(attr["href"]).path
            name = unquote(path.rsplit("/", 1)[-1])
            if name:
                self.info.file_links.append(name)
        if "help-block" in attr.get("class", "") or "alert" in attr.get("class", ""):
            self._error_depth = 1
            self._error_text = []
        elif self._error_depth and tag not in _VOID:
            self._error_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._error_depth and tag not in _VOID:
            self._error_depth -= 1
            if self._error_depth == 0:
                text = words("".join(self._error_text))
                if text:
                    self.info.errors.append(text)
        if tag == "thead":
            self._in_head = False
        elif tag == "tr":
            self._row_key = None
        elif tag == "select":
            self._select = ""
        elif tag == "option" and self._option is not None:
            self.info.options[self._select][words("".join(self._text))] = self._option
            self._option = None
        elif tag == "th" and self._cell == "th":
            text = words("".join(self._text))
            if self._in_head:
                self.info.headers.append(text)
            else:
                self._label = text
            self._cell = None
        elif tag == "td" and self._cell == "td":
            text = words("".join(self._text))
            if self._row_key:
                self.info.cells[self._row_key].append(text)
                self.info.grid_rows[-1].append(text)
            elif self._label:
                self.info.rows[self._label] = text
            self._label, self._cell = "", None

    def handle_data(self, data: str) -> None:
        if self._cell or self._option is not None:
            self._text.append(data)
        if self._error_depth:
            self._error_text.append(data)
        self._all.append(data)


def parse_page(text: str) -> PageInfo:
    parser = _Parser()
    parser.feed(text)
    parser.close()
    parser.info.text = words(" ".join(parser._all))
    return parser.info
