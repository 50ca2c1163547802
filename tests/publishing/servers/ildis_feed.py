"""The test ILDIS site's ``feed/document.json``: published records only, as its cron writes.

Written independently of ``jdih_desktop.publishing.feed`` on purpose: a test comparing the
two must not compare a function with itself. Values are the stored (escaped) text.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from urllib.parse import quote

from tests.publishing.servers.ildis_pages import JENIS


def feed_of(records: Iterable[dict[str, object]], base_url: str) -> list[dict[str, str | None]]:
    feed: list[dict[str, str | None]] = []
    for record in records:
        if not record["published"]:
            continue
        f = record["fields"]
        assert isinstance(f, dict)
        penetapan = f["tanggal_penetapan"].replace("/", "-")
        pengundangan = (f["tanggal_pengundangan"] or penetapan).replace("/", "-")
        main = str(record["main_file"])
        abstract = str(record["abstract_file"])
        updated = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(float(str(record["updated"]))))
        feed.append(
            {
                "idData": str(record["id"]),
                "tahun_pengundangan": pengundangan[:4],
                "tanggal_penetapan": penetapan,
                "tanggal_pengundangan": pengundangan,
                "jenis": JENIS[int(f["jenis_peraturan"])],
                "noPeraturan": f["nomor_peraturan"],
                "judul": f["judul"],
                "noPanggil": None,
                "singkatanJenis": f["bentuk_peraturan"],
                "tempatTerbit": f["tempat_terbit"],
                "penerbit": None,
                "deskripsiFisik": None,
                "sumber": f["sumber"] or "-",
                "subjek": None,
                "isbn": None,
                "status": "Berlaku",
                "bahasa": f["bahasa"],
                "bidangHukum": f["bidang_hukum"],
                "teuBadan": None,
                "nomorIndukBuku": None,
                "abstrak": abstract or "-",
                "last_updated": updated,
                "urlAbstrak": f"{base_url}/common/dokumen/{quote(abstract)}" if abstract else "-",
                "urlDetailPeraturan": f"{base_url}/dokumen/view?id={record['id']}",
                "fileDownload": main or "-",
                "urlDownload": f"{base_url}/common/dokumen/{quote(main)}" if main else "-",
                "operasi": "4",
                "display": "1",
            }
        )
    return feed
