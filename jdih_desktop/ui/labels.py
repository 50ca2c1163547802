"""Words the services store as codes, said the way a clerk says them.

Services keep stable codes (``awaiting``, ``abstract.save``, ``salinan_sk``…) for the database,
the CLI and the audit chain; the screens never show a code: they look it up here, and an unknown
code falls back to a readable form rather than the raw identifier.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def publication_state(state: str) -> str:
    return {
        "queued": QCoreApplication.translate("labels", "dalam antrean"),
        "uploading": QCoreApplication.translate("labels", "sedang diunggah"),
        "published": QCoreApplication.translate("labels", "terbit"),
        "failed": QCoreApplication.translate("labels", "gagal"),
        "awaiting": QCoreApplication.translate("labels", "menunggu unggah manual"),
        "cancelled": QCoreApplication.translate("labels", "dibatalkan"),
    }.get(state, _readable(state))


def attachment_kind(kind: str) -> str:
    return {
        "salinan_sk": QCoreApplication.translate("labels", "Salinan SK"),
        "nota_dinas": QCoreApplication.translate("labels", "Nota dinas"),
        "scan": QCoreApplication.translate("labels", "Hasil pindai"),
        "other": QCoreApplication.translate("labels", "Lampiran lain"),
    }.get(kind, _readable(kind))


def file_role(role: str) -> str:
    return {
        "main": QCoreApplication.translate("labels", "berkas utama"),
        "abstract": QCoreApplication.translate("labels", "abstrak"),
        "attachment": QCoreApplication.translate("labels", "lampiran"),
    }.get(role, _readable(role))


def audit_action(action: str) -> str:
    return {
        "abstract.save": QCoreApplication.translate("labels", "Abstrak disimpan"),
        "disposition.record": QCoreApplication.translate("labels", "Disposisi dicatat"),
        "document.attach": QCoreApplication.translate("labels", "Berkas dilampirkan"),
        "document.create": QCoreApplication.translate("labels", "Dokumen diarsipkan"),
        "document.text": QCoreApplication.translate("labels", "Teks dokumen diperbarui"),
        "document.update": QCoreApplication.translate("labels", "Metadata diubah"),
        "publication.enqueue": QCoreApplication.translate("labels", "Masuk antrean terbit"),
        "publication.published": QCoreApplication.translate("labels", "Terbit dan terverifikasi"),
        "publication.confirmed": QCoreApplication.translate("labels", "Tautan terbit dibuktikan"),
        "request.attach": QCoreApplication.translate("labels", "Lampiran permohonan ditambahkan"),
        "request.cancel": QCoreApplication.translate("labels", "Permohonan dibatalkan"),
        "request.link_document": QCoreApplication.translate(
            "labels", "Permohonan dikaitkan ke dokumen"
        ),
        "request.register": QCoreApplication.translate("labels", "Permohonan didaftarkan"),
        "step.act_for_any_role": QCoreApplication.translate(
            "labels", "Langkah diselesaikan atas nama peran lain"
        ),
        "step.override": QCoreApplication.translate(
            "labels", "Langkah diselesaikan atas nama pelaksana"
        ),
    }.get(action, _readable(action))


def detail_key(key: str) -> str:
    """The name of a detail an audit event carries (``target``, ``sha256``…)."""
    return {
        "target": QCoreApplication.translate("labels", "tujuan"),
        "url": QCoreApplication.translate("labels", "tautan"),
        "sha256": "SHA-256",
        "role": QCoreApplication.translate("labels", "peran berkas"),
        "file_name": QCoreApplication.translate("labels", "nama berkas"),
        "reason": QCoreApplication.translate("labels", "alasan"),
        "fields": QCoreApplication.translate("labels", "isian"),
        "publication": QCoreApplication.translate("labels", "publikasi"),
        "request": QCoreApplication.translate("labels", "permohonan"),
    }.get(key, _readable(key))


def detail_value(value: object) -> str:
    """A detail's value as text: a mapping (files by role) or a list by its readable keys,
    never a Python literal."""
    if isinstance(value, dict):
        return ", ".join(file_role(str(key)) for key in value)
    if isinstance(value, list | tuple | set):
        return ", ".join(str(item) for item in value)
    return str(value)


def instruction(text: str) -> str:
    """A "Dengan hormat harap" line of the disposition sheet (stored and printed in Indonesian,
    the office's language; shown in the UI's)."""
    return {
        "Tanggapan dan saran": QCoreApplication.translate("labels", "Tanggapan dan saran"),
        "Proses lebih lanjut": QCoreApplication.translate("labels", "Proses lebih lanjut"),
        "Koordinasi/konfirmasikan": QCoreApplication.translate(
            "labels", "Koordinasi/konfirmasikan"
        ),
        "Untuk diketahui": QCoreApplication.translate("labels", "Untuk diketahui"),
        "Siapkan bahan/abstrak": QCoreApplication.translate("labels", "Siapkan bahan/abstrak"),
        "Unggah ke laman JDIH": QCoreApplication.translate("labels", "Unggah ke laman JDIH"),
        "Simpan/arsipkan": QCoreApplication.translate("labels", "Simpan/arsipkan"),
        "Bicarakan dengan saya": QCoreApplication.translate("labels", "Bicarakan dengan saya"),
    }.get(text, text)


def wizard_step(step: str) -> str:
    """Where a saved wizard draft stopped, by the page's title."""
    return {
        "device": QCoreApplication.translate("labels", "pemilihan pemindai"),
        "scan": QCoreApplication.translate("labels", "pemindaian"),
        "pages": QCoreApplication.translate("labels", "pemeriksaan halaman"),
        "metadata": QCoreApplication.translate("labels", "metadata"),
        "abstract": QCoreApplication.translate("labels", "abstrak"),
        "review": QCoreApplication.translate("labels", "tinjauan"),
        "publish": QCoreApplication.translate("labels", "penerbitan"),
        "done": QCoreApplication.translate("labels", "selesai"),
    }.get(step, _readable(step))


def relation_kind(kind: str) -> str:
    return {
        "mencabut": QCoreApplication.translate("labels", "mencabut"),
        "dicabut": QCoreApplication.translate("labels", "dicabut oleh"),
        "mengubah": QCoreApplication.translate("labels", "mengubah"),
        "diubah": QCoreApplication.translate("labels", "diubah oleh"),
    }.get(kind, _readable(kind))


def _readable(code: str) -> str:
    """An unknown code as words ("foo_bar.baz" → "foo bar baz"), never the identifier itself."""
    return code.replace("_", " ").replace(".", " ").strip()


def step_activity(activity: str) -> str:
    """A SOP step's activity in the UI language. The SOP files are the office's Indonesian
    text (they are read, not translated); their known steps have an English name here, and a
    step added to a file later shows its own words."""
    return {
        "Penyampaian permohonan penerbitan salinan surat keputusan": QCoreApplication.translate(
            "labels", "Penyampaian permohonan penerbitan salinan surat keputusan"
        ),
        "Disposisi permohonan penerbitan salinan surat keputusan kepada operator": (
            QCoreApplication.translate(
                "labels", "Disposisi permohonan penerbitan salinan surat keputusan kepada operator"
            )
        ),
        "Pembuatan abstrak Surat Keputusan": QCoreApplication.translate(
            "labels", "Pembuatan abstrak Surat Keputusan"
        ),
        "Mengunggah salinan surat keputusan": QCoreApplication.translate(
            "labels", "Mengunggah salinan surat keputusan"
        ),
        "Melakukan rapat Pengelolaan Media sosial JDIH": QCoreApplication.translate(
            "labels", "Melakukan rapat Pengelolaan Media sosial JDIH"
        ),
        "Rancangan Bahan/Materi Konten": QCoreApplication.translate(
            "labels", "Rancangan Bahan/Materi Konten"
        ),
        "Pembuatan desain materi konten untuk berbagai platform media sosial": (
            QCoreApplication.translate(
                "labels", "Pembuatan desain materi konten untuk berbagai platform media sosial"
            )
        ),
        "Analisis desain konten oleh TIM": QCoreApplication.translate(
            "labels", "Analisis desain konten oleh TIM"
        ),
        "Pengunggahan konten ke platform media sosial": QCoreApplication.translate(
            "labels", "Pengunggahan konten ke platform media sosial"
        ),
        "Evaluasi pengelolaan Media Sosial JDIH": QCoreApplication.translate(
            "labels", "Evaluasi pengelolaan Media Sosial JDIH"
        ),
    }.get(activity, activity)
