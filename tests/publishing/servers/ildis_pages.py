"""HTML of the ILDIS-compatible test server, shaped like Yii 2 / ILDIS 4 pages.

Stored text is already HTML-escaped (ILDIS escapes on save) and pages escape it again, as
Yii's ``Html::encode`` does, so a title with ``&`` shows as ``&amp;amp;`` in the markup.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

JENIS = {17: "Peraturan Lembaga Negara", 19: "Lembaga Non Struktural"}
LABELS = {
    "jenis_peraturan": "Jenis Peraturan",
    "bentuk_peraturan": "Bentuk Peraturan",
    "judul": "Judul",
    "nomor_peraturan": "Nomor Peraturan",
    "tahun_terbit": "Tahun Terbit",
    "tempat_terbit": "Tempat Terbit",
    "tanggal_penetapan": "Tanggal Penetapan",
    "penandatanganan": "Penandatanganan",
    "tanggal_pengundangan": "Tanggal Pengundangan",
    "pemrakarsa": "Pemrakarsa",
    "sumber": "Sumber",
    "bahasa": "Bahasa",
    "urusan_pemerintahan": "Urusan Pemerintahan",
    "bidang_hukum": "Bidang Hukum",
}


def layout(title: str, body: str, csrf: str = "") -> str:
    meta = (
        '<meta name="csrf-param" content="_csrf-backend">'
        f'<meta name="csrf-token" content="{escape(csrf)}">'
        if csrf
        else ""
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8">'
        f"{meta}<title>{escape(title)} | ILDIS</title></head>"
        f'<body><div class="wrap"><div class="container">{body}</div></div></body></html>'
    )


def login_page(csrf: str, error: str = "", username: str = "") -> str:
    alert = f'<div class="alert alert-danger">{escape(error)}</div>' if error else ""
    body = (
        f"<h1>Login</h1>{alert}"
        '<form id="login-form" action="/backend/site/login" method="post">'
        f'<input type="hidden" name="_csrf-backend" value="{escape(csrf)}">'
        f'<input type="text" name="LoginForm[username]" value="{escape(username)}">'
        '<input type="password" name="LoginForm[password]" value="">'
        '<input type="hidden" name="LoginForm[rememberMe]" value="0">'
        '<input type="hidden" name="LoginForm[reCaptcha]" value="">'
        '<button type="submit">Login</button></form>'
    )
    return layout("Login", body, csrf)


def create_form(csrf: str) -> str:
    inputs = "".join(
        f'<input type="text" name="Peraturan[{name}]">' for name in LABELS
    )
    body = (
        '<h1>Tambah Peraturan</h1><form id="w0" action="/backend/peraturan/create" '
        'method="post" enctype="multipart/form-data">'
        f'<input type="hidden" name="_csrf-backend" value="{escape(csrf)}">{inputs}'
        '<input type="text" name="DataLampiran[judul_lampiran]">'
        '<input type="file" name="DataLampiran[dokumen_lampiran]">'
        '<input type="file" name="Peraturan[abstrak]"><button>Simpan</button></form>'
    )
    return layout("Tambah Peraturan", body, csrf)


def file_link(name: str) -> str:
    if not name:
        return ""
    return f'<a href="/common/dokumen/{quote(name)}">{escape(name)}</a>'


def detail_view(record: dict[str, object], csrf: str) -> str:
    fields = record["fields"]
    assert isinstance(fields, dict)
    rows = "".join(
        f"<tr><th>{label}</th><td>{escape(str(fields.get(name, '')))}</td></tr>"
        for name, label in LABELS.items()
    )
    rows += f"<tr><th>Dokumen</th><td>{file_link(str(record['main_file']))}</td></tr>"
    rows += f"<tr><th>Abstrak</th><td>{file_link(str(record['abstract_file']))}</td></tr>"
    status = "Dipublikasikan" if record["published"] else "Belum dipublikasikan"
    rows += f"<tr><th>Status Publikasi</th><td>{status}</td></tr>"
    body = (
        f'<h1>{escape(str(fields.get("judul", "")))}</h1>'
        f'<table id="w0" class="table table-striped table-bordered detail-view">{rows}</table>'
    )
    return layout("Lihat Peraturan", body, csrf)


def grid(records: list[dict[str, object]], csrf: str, title: str) -> str:
    rows = []
    for record in records:
        fields = record["fields"]
        assert isinstance(fields, dict)
        rows.append(
            f'<tr data-key="{record["id"]}"><td>{escape(str(fields["nomor_peraturan"]))}</td>'
            f'<td>{escape(str(fields["judul"]))}</td>'
            f'<td><a href="/backend/peraturan/view?id={record["id"]}">Lihat</a></td></tr>'
        )
    body = (
        f'<h1>{title}</h1><div id="w0" class="grid-view"><table class="table">'
        f'<thead><tr><th>Nomor</th><th>Judul</th><th></th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
    )
    return layout(title, body, csrf)


def public_view(record: dict[str, object]) -> str:
    fields = record["fields"]
    assert isinstance(fields, dict)
    rows = "".join(
        f"<tr><th>{label}</th><td>{escape(str(fields.get(name, '')))}</td></tr>"
        for name, label in LABELS.items()
    )
    body = (
        f'<h1>{escape(str(fields.get("judul", "")))}</h1><table>{rows}</table>'
        f"<p>{file_link(str(record['main_file']))}</p>"
    )
    return layout("Dokumen", body)


def dashboard(csrf: str, username: str) -> str:
    return layout("Beranda", f"<h1>Selamat datang, {escape(username)}</h1>", csrf)


def not_found(text: str = "Halaman tidak ditemukan.") -> str:
    return layout("Not Found (#404)", f"<h1>Not Found (#404)</h1><p>{escape(text)}</p>")
