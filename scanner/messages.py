"""The scanner's user-facing sentences, in Indonesian (default) and English.

The scanner package is standalone, so it cannot use the app's message catalogue; instead every
error and device notice travels as a stable ``code`` plus parameters, and this catalogue turns
it into text. The code is what crosses the worker protocol, so a newer worker with a code this
catalogue does not know still produces a readable (if untranslated) sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("id", "en")

# code -> (Indonesian, English). Parameters are filled with str.format.
CATALOGUE: dict[str, tuple[str, str]] = {
    # --- errors -------------------------------------------------------------------------------
    "jammed": (
        "Kertas macet di pengumpan dokumen (ADF). Buka pemindai, keluarkan kertas, lalu pindai "
        "ulang halaman yang belum masuk.",
        "Paper jammed in the document feeder (ADF). Open the scanner, remove the paper, then "
        "rescan the pages that did not go through.",
    ),
    "no_docs": (
        "Tidak ada dokumen di pengumpan (ADF). Masukkan kertas lalu coba lagi.",
        "There are no documents in the feeder (ADF). Load the paper and try again.",
    ),
    "cover_open": (
        "Penutup pemindai terbuka. Tutup lalu coba lagi.",
        "The scanner cover is open. Close it and try again.",
    ),
    "io_error": (
        "Gangguan komunikasi dengan pemindai. Periksa kabel dan daya pemindai, lalu coba lagi.",
        "Communication with the scanner failed. Check the scanner's cable and power, then try "
        "again.",
    ),
    "busy": (
        "Pemindai sedang dipakai program lain atau belum siap. Tunggu sebentar lalu coba lagi.",
        "The scanner is in use by another program or not ready. Wait a moment and try again.",
    ),
    "cancelled": (
        "Pemindaian dibatalkan.",
        "Scanning was cancelled.",
    ),
    "disconnected": (
        "Proses pemindai berhenti tiba-tiba (pemindai terputus atau driver gagal).",
        "The scanner process stopped unexpectedly (scanner disconnected or driver failure).",
    ),
    "timeout": (
        "Pemindai tidak merespons selama {seconds} detik sehingga dihentikan.",
        "The scanner did not respond for {seconds} seconds and was stopped.",
    ),
    "no_device": (
        "Pemindai {device} tidak ditemukan. Periksa apakah pemindai menyala dan terhubung.",
        "Scanner {device} was not found. Check that it is switched on and connected.",
    ),
    "unsupported": (
        "Pemindai ini tidak mendukung {feature}.",
        "This scanner does not support {feature}.",
    ),
    "invalid": (
        "Pemindai menolak pengaturan pindai ({detail}).",
        "The scanner rejected the scan settings ({detail}).",
    ),
    "no_memory": (
        "Memori tidak cukup untuk memindai. Turunkan resolusi atau tutup program lain.",
        "Not enough memory to scan. Lower the resolution or close other programs.",
    ),
    "access_denied": (
        "Akses ke pemindai ditolak. Periksa izin pengguna untuk perangkat ini.",
        "Access to the scanner was denied. Check the user's permission for this device.",
    ),
    "no_data": (
        "Pemindai tidak mengirim data gambar untuk halaman {page}.",
        "The scanner sent no image data for page {page}.",
    ),
    "double_feed": (
        "Dua lembar tertarik sekaligus di pengumpan. Pisahkan kertas lalu pindai ulang.",
        "Two sheets were fed at once. Separate the paper and scan again.",
    ),
    "offline": (
        "Pemindai tidak siap (offline). Nyalakan pemindai lalu coba lagi.",
        "The scanner is not ready (offline). Switch it on and try again.",
    ),
    "driver_error": (
        "Driver pemindai melaporkan kesalahan: {detail}",
        "The scanner driver reported an error: {detail}",
    ),
    "worker_failed": (
        "Proses pemindai tidak dapat dijalankan: {detail}",
        "The scanner process could not be started: {detail}",
    ),
    "protocol": (
        "Versi proses pemindai tidak cocok dengan aplikasi ({detail}).",
        "The scanner process version does not match the application ({detail}).",
    ),
    "unsupported_file": (
        "Berkas {file} tidak dapat diimpor: {detail}",
        "File {file} cannot be imported: {detail}",
    ),
    "folder_empty": (
        "Folder {folder} tidak berisi berkas gambar atau PDF untuk diimpor.",
        "Folder {folder} holds no image or PDF files to import.",
    ),
    "spool_error": (
        "Halaman tidak dapat disimpan ke folder sementara: {detail}",
        "The page could not be saved to the spool folder: {detail}",
    ),
    # --- notices (device messages during a scan) ------------------------------------------------
    "area_clipped": (
        "Ukuran {size} ({req_width}×{req_height} mm) melebihi area pemindai; yang terpindai "
        "{width}×{height} mm.",
        "Page size {size} ({req_width}×{req_height} mm) exceeds the scanner's area; scanned "
        "{width}×{height} mm.",
    ),
    "dpi_adjusted": (
        "Resolusi disesuaikan menjadi {dpi} dpi (diminta {requested} dpi).",
        "Resolution adjusted to {dpi} dpi ({requested} dpi requested).",
    ),
    "bw_thresholded": (
        "Pemindai tidak punya mode hitam-putih; halaman dipindai abu-abu lalu diubah menjadi "
        "hitam-putih.",
        "The scanner has no black-and-white mode; pages are scanned in gray and converted to "
        "black and white.",
    ),
    "feeder_empty": (
        "Pengumpan dokumen kosong setelah {pages} halaman.",
        "The document feeder is empty after {pages} pages.",
    ),
    "waiting_file": (
        "Menunggu berkas {file} selesai disalin…",
        "Waiting for file {file} to finish copying…",
    ),
    "file_incomplete": (
        "Berkas {file} berhenti disalin sebelum selesai ({bytes} bita); menunggu sisanya…",
        "File {file} stopped being copied before its end ({bytes} bytes); waiting for the rest…",
    ),
    "file_already_imported": (
        "Berkas {file} sudah pernah diimpor; disisihkan tanpa diimpor lagi.",
        "File {file} was imported before; set aside without importing it again.",
    ),
    "file_imported": (
        "Berkas {file} diimpor ({pages} halaman).",
        "File {file} imported ({pages} pages).",
    ),
    "close_hung": (
        "Driver pemindai tidak menutup sesi dengan benar; prosesnya dihentikan. Semua halaman "
        "tersimpan.",
        "The scanner driver did not close the session properly; its process was stopped. All "
        "pages are saved.",
    ),
    "pages_kept": (
        "{pages} halaman yang sudah terpindai tetap tersimpan.",
        "The {pages} pages already scanned are kept.",
    ),
}


# Names for the ``feature`` parameter of "unsupported", so it reads well in both languages.
FEATURES: dict[str, tuple[str, str]] = {
    "flatbed": ("kaca pemindai (flatbed)", "the flatbed glass"),
    "adf": ("pengumpan dokumen (ADF)", "the document feeder (ADF)"),
    "duplex": ("pemindaian dua sisi (duplex)", "double-sided (duplex) scanning"),
    "bw": ("mode hitam-putih", "black-and-white mode"),
    "gray": ("mode abu-abu", "gray mode"),
    "color": ("mode warna", "colour mode"),
    "driver_ui": ("tampilan driver", "the driver's own dialog"),
}


@dataclass(frozen=True)
class Message:
    """A catalogue sentence by code, with the values for its ``{placeholders}``."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str = "id") -> str:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
        pair = CATALOGUE.get(self.code)
        if pair is None:
            # A code from a newer worker: still show something a clerk can report.
            details = ", ".join(f"{k}={v}" for k, v in self.params.items())
            return f"{self.code} ({details})" if details else self.code
        template = pair[0] if language == "id" else pair[1]
        params = dict(self.params)
        feature = FEATURES.get(str(params.get("feature", "")))
        if feature is not None:
            params["feature"] = feature[0] if language == "id" else feature[1]
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template

    @property
    def id(self) -> str:
        """The Indonesian text (what the app's own message type calls ``id``)."""
        return self.text("id")

    @property
    def en(self) -> str:
        return self.text("en")

    def __str__(self) -> str:
        return self.text("id")

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Message:
        return cls(str(data["code"]), dict(data.get("params") or {}))
