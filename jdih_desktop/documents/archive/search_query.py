"""What the clerk types, turned into each engine's full-text query; pure functions, no I/O.

Text is folded the same way for both engines (lower case, diacritics removed, anything not a
letter or digit a separator), and only words ever reach a query expression: quotes, operators
and brackets typed by the clerk cannot change its meaning or make it fail.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)
_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')


def fold(value: str) -> str:
    """Lower case without diacritics: what both engines compare."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(value: str) -> list[str]:
    """The words of ``value`` as the index sees them ("_" separates words, as in FTS5)."""
    return [t for t in _WORD.findall(fold(value).replace("_", " ")) if t]


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or a phrase
    prefix: bool = False


def parse_query(query: str) -> list[Term]:
    """Words are ANDed, "quoted words" are a phrase, ``word*`` is a prefix.

    Nothing the user types reaches the engines' query syntax unescaped: only words do.
    """
    terms: list[Term] = []
    for match in _QUERY_PART.finditer(query):
        quoted, bare = match.group(1), match.group(2)
        chunk = quoted if quoted is not None else bare
        words = tuple(tokens(chunk))
        if not words:
            continue
        if quoted is not None:
            terms.append(Term(words))
            continue
        # "19/2023" finds "19 Tahun 2023" too: the words of a punctuated chunk are ANDed.
        terms += [Term((w,)) for w in words[:-1]]
        terms.append(Term(words[-1:], prefix=chunk.endswith("*")))
    return terms


def fts5_query(terms: Sequence[Term], expansions: dict[str, list[str]] | None = None) -> str:
    """The FTS5 expression, on the text columns only (never the filter tokens).

    ``expansions`` maps a prefix to the indexed words it covers: ``("rekapitulasi")`` costs a
    plain lookup where ``"rekapitul"*`` makes FTS5 merge and hold every match in memory.
    """
    parts = []
    for term in terms:
        phrase = '"' + " ".join(term.words) + '"'
        words = (expansions or {}).get(term.words[-1]) if term.prefix else None
        if words:
            parts.append("(" + " OR ".join(f'"{w}"' for w in words) + ")")
        else:
            parts.append(phrase + "*" if term.prefix else phrase)
    return "{nomor judul meta body} : (" + " ".join(parts) + ")"


def tsquery(terms: Sequence[Term]) -> str:
    parts = []
    for term in terms:
        words = [f"'{w}'" for w in term.words]
        if term.prefix:
            words[-1] += ":*"
        parts.append("(" + " <-> ".join(words) + ")" if len(words) > 1 else words[0])
    return " & ".join(parts)


def facet_tokens(
    tahun: int | None = None, status: str | None = None, type_id: int | None = None
) -> list[str]:
    """The filter tokens of a decree; the same function builds the filter query."""
    out = []
    if tahun is not None:
        out.append(f"y{tahun}")
    if status:
        out.append("s" + status.replace("_", ""))
    if type_id is not None:
        out.append(f"j{type_id}")
    return out
