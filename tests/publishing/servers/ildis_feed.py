"""The test ILDIS site's ``feed/document.json``, as ``php yii feed/generate-document`` writes it.

From ``console/controllers/FeedController.php::actionGenerateDocument`` (ILDIS 4 @ 79cd68b):
records with ``is_publish = 1`` only; ``idData`` is the record id (an integer: PHP 8.1+ PDO
returns native integers); ``tahun_pengundangan`` is ``tahun_terbit``; ``noPeraturan`` is the
stored ``nomor_peraturan`` (no "Tahun"); columns the create form never fills are ``null``;
``subjek`` is ``""``; ``fileDownload`` and ``urlDownload`` are ``"-"``; ``urlAbstrak`` is
built even without an abstract. Values are the stored (``htmlentities``-escaped) text.

Written independently of ``jdih_desktop.publishing.feed`` on purpose: a test comparing the
two must not compare a function with itself.
"""

from __future__ import annotations

import time
from collections.abc import Iterable


def feed_of(records: Iterable[dict[str, object]], base_url: str) -> list[dict[str, object]]:
    feed: list[dict[str, object]] = []
    for record in records:
        if not record["published"]:
            continue
        f = record["fields"]
        assert isinstance(f, dict)
        abstract = str(record["abstract_file"]) or None
        updated = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(float(str(record["updated"]))))
        feed.append(
            {
                "idData": int(str(record["id"])),
                "tahun_pengundangan": f["tahun_terbit"],
                "tanggal_penetapan": f["tanggal_penetapan"].replace("/", "-"),
                "tanggal_pengundangan": f["tanggal_pengundangan"].replace("/", "-") or None,
                "jenis": f["jenis_peraturan"],
                "noPeraturan": f["nomor_peraturan"],
                "judul": f["judul"],
                "noPanggil": None,
                "singkatanJenis": f["singkatan_jenis"] or None,
                "tempatTerbit": f["tempat_terbit"] or None,
                "penerbit": None,
                "deskripsiFisik": None,
                "sumber": f["sumber"] or None,
                "isbn": None,
                "status": None,
                "bahasa": f["bahasa"] or None,
                "bidangHukum": f["bidang_hukum"] or None,
                "teuBadan": None,
                "nomorIndukBuku": None,
                "abstrak": abstract,
                "last_updated": updated,
                "urlAbstrak": f"{base_url}/common/dokumen/{abstract or ''}",
                "urlDetailPeraturan": f"{base_url}/dokumen/view?id={record['id']}",
                "fileDownload": "-",
                "urlDownload": "-",
                "subjek": "",
                "operasi": "4",
                "display": "1",
            }
        )
    return feed
