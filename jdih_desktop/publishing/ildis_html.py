"""Reading the few things we need out of ILDIS's admin HTML pages.

ILDIS (Yii 2) has no API, so the adapter reads: the CSRF token (hidden input or
``<meta name="csrf-token">``), the rows of a DetailView (``<th>label</th><td>value</td>``),
the ``data-key`` ids of a GridView, and links into ``common/dokumen/``. The standard
library's HTML parser is enough and tolerates the markup real sites serve.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

CSRF_PARAM = "_csrf-backend"
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col"})
_LOCK_WORDS = ("terkunci", "locked", "tunggu", "too many")


@dataclass
class PageInfo:
    """What a page says: its CSRF token, form error texts, table rows, keys and file links."""

    csrf_token: str = ""
    has_login_form: bool = False
    errors: list[str] = field(default_factory=list)
    rows: dict[str, str] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    file_links: list[str] = field(default_factory=list)

    def row(self, *labels: str) -> str:
        """The first row whose label matches one of ``labels`` (case-insensitive)."""
        wanted = [label.casefold() for label in labels]
        for label, value in self.rows.items():
            if label.casefold() in wanted:
                return value
        return ""

    @property
    def says_locked(self) -> bool:
        text = " ".join(self.errors).casefold()
        return any(word in text for word in _LOCK_WORDS)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.info = PageInfo()
        self._cell: str | None = None  # "th" or "td" while inside one
        self._text: list[str] = []
        self._label = ""
        self._error_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        if tag == "meta" and attr.get("name") == "csrf-token":
            self.info.csrf_token = self.info.csrf_token or attr.get("content", "")
        elif tag == "input":
            if attr.get("name") == CSRF_PARAM and not self.info.csrf_token:
                self.info.csrf_token = attr.get("value", "")
            if attr.get("name", "").startswith("LoginForm["):
                self.info.has_login_form = True
        elif tag == "tr" and attr.get("data-key"):
            self.info.keys.append(attr["data-key"])
        elif tag in ("th", "td"):
            self._cell, self._text = tag, []
        elif tag == "a" and "common/dokumen/" in attr.get("href", ""):
            path = urlsplit(attr["href"]).path
            self.info.file_links.append(unquote(path.rsplit("/", 1)[-1]))
        if "help-block" in attr.get("class", "") or "alert" in attr.get("class", ""):
            self._error_depth = 1
            self._text = []
        elif self._error_depth and tag not in _VOID:
            self._error_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._error_depth and tag not in _VOID:
            self._error_depth -= 1
            if self._error_depth == 0:
                text = " ".join("".join(self._text).split())
                if text:
                    self.info.errors.append(text)
        if tag == "th" and self._cell == "th":
            self._label = " ".join("".join(self._text).split())
            self._cell = None
        elif tag == "td" and self._cell == "td":
            if self._label:
                self.info.rows[self._label] = " ".join("".join(self._text).split())
            self._label, self._cell = "", None

    def handle_data(self, data: str) -> None:
        if self._cell or self._error_depth:
            self._text.append(data)


def parse_page(text: str) -> PageInfo:
    parser = _Parser()
    parser.feed(text)
    parser.close()
    return parser.info
