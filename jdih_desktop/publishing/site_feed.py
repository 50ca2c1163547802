"""``jdih feed``: the JDIHN feed of what one target *proved* published, with the site's ids.

Only rows ``published`` with a verified SHA-256 count (an override without proof does not:
the national portal would link a page nobody checked). Each record carries the site's own
record id and page (ILDIS: ``remote_id`` and ``/dokumen/view?id=N``), never our archive id,
which names another record on the site. A target we own (an export package for the office's
static site) keeps our document id, as its pages are named by it.
"""

from __future__ import annotations

from collections.abc import Callable

from jdih_desktop.publishing.feed import build_feed, feed_record
from jdih_desktop.publishing.items import ArchiveReader, publication_item
from jdih_desktop.publishing.outbox_store import PUBLISHED, OutboxStore

FeedRecord = dict[str, str | None]


def proven_feed(
    store: OutboxStore,
    archive: ArchiveReader,
    *,
    target: str,
    kind: str,
    site_base_url: str,
    teu_badan: Callable[[], str],
) -> list[FeedRecord]:
    rows = [
        row
        for row in store.rows(states=[PUBLISHED])
        if row.target == target and row.verified_sha256 and row.verified_at is not None
    ]
    teu = teu_badan()
    if kind == "export":
        items = [publication_item(archive, row.document_id, teu) for row in rows]
        return build_feed(items, site_base_url)
    records = []
    for row in rows:
        item = publication_item(archive, row.document_id, teu)
        records.append(
            feed_record(
                item,
                site_base_url,
                record_id=row.remote_id,
                detail_url=row.url,
                file_urls=row.file_urls,
            )
        )
    return records
