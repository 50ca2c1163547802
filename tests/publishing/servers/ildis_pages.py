"""HTML of the ILDIS-compatible test server, shaped like ILDIS 4 (Yii 2) renders it.

Written from ILDIS's public source (bphndigitalservice/ildis @ 79cd68b), file by file:

* record detail rows and their labels: ``backend/views/peraturan/_detail.php`` (attributes
  without a label use ``backend/models/Peraturan.php::attributeLabels``); dates through
  ``Peraturan::getTanggal`` ("dd Bulan yyyy"); file links through ``Peraturan::getLampiran``,
  i.e. ``Html::a($name, ['../common/dokumen/' . $name])`` → ``/backend/../common/dokumen/x``;
* the admin list: ``backend/views/peraturan/index.php`` (kartik GridView, ``data-key`` rows,
  column "Status Verifikas" showing ``Verified`` / ``UnVerified`` from ``is_publish``);
* form errors: yii ``ActiveForm`` ``help-block`` divs (``common/models/LoginForm.php`` texts).

Stored text is already HTML-escaped (``PeraturanController::actionCreate`` runs
``htmlentities`` before saving) and pages escape it again, as Yii's ``Html::encode`` does.
"""

from __future__ import annotations

from html import escape

#: id → (name, singkatan) of ``jenis_peraturan`` rows (test data, not ILDIS's seed).
JENIS = {17: ("Peraturan Lembaga Negara", "PERLEM"), 19: ("Lembaga Non Struktural", "LNS")}
#: ``Peraturan[...]`` fields of the create form (``backend/views/peraturan/_form-create2.php``).
FORM_FIELDS = (
    "jenis_peraturan", "bentuk_peraturan", "judul", "nomor_peraturan", "tahun_terbit",
    "tempat_terbit", "tanggal_penetapan", "penandatanganan", "tanggal_pengundangan",
    "pemrakarsa", "sumber", "bahasa", "urusan_pemerintahan", "bidang_hukum",
)
_BULAN = ("", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
#: ``tipe_pengarang`` / ``jenis_pengarang`` / ``tipe_kata_kunci`` rows of the shipped dump
#: (``DATABASE/ildis_v4.sql``), as the TEU and subject forms list them.
TIPE_PENGARANG = {1: "Nama Orang", 2: "Badan Organisasi", 3: "Konfrensi", 4: "Judul"}
JENIS_PENGARANG = {1: "Pengarang Utama", 2: "Pengarang Tambahan", 3: "Penyunting"}
TIPE_SUBYEK = ("Topik", "Geografis", "Nama", "Masa", "Aliran", "Pekerjaan")


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
    """``backend/views/site/login.php``: the password field's error under it (help-block)."""
    help_block = f'<div class="help-block">{escape(error)}</div>' if error else ""
    body = (
        '<h1>Login</h1><form id="login-form" action="/backend/site/login" method="post">'
        f'<input type="hidden" name="_csrf-backend" value="{escape(csrf)}">'
        f'<input type="text" name="LoginForm[username]" value="{escape(username)}">'
        '<div class="form-group field-loginform-password">'
        f'<input type="password" name="LoginForm[password]" value="">{help_block}</div>'
        '<input type="hidden" name="LoginForm[rememberMe]" value="0">'
        '<input type="hidden" name="LoginForm[reCaptcha]" value="">'
        '<button type="submit">Login</button></form>'
    )
    return layout("Login", body, csrf)


def create_form(csrf: str) -> str:
    inputs = "".join(f'<input type="text" name="Peraturan[{name}]">' for name in FORM_FIELDS)
    body = (
        '<h1>Tambah Peraturan</h1><form id="w0" action="/backend/peraturan/create" '
        'method="post" enctype="multipart/form-data">'
        f'<input type="hidden" name="_csrf-backend" value="{escape(csrf)}">{inputs}'
        '<input type="text" name="DataLampiran[judul_lampiran]">'
        '<input type="file" name="DataLampiran[dokumen_lampiran]">'
        '<input type="file" name="Peraturan[abstrak]"><button>Simpan</button></form>'
    )
    return layout("Tambah Peraturan", body, csrf)


def simple_form(
    csrf: str, title: str, names: tuple[str, ...], selects: dict[str, dict[int, str]]
) -> str:
    """The TEU / subject forms (``backend/views/peraturan/teu|subyek/_form-create-*.php``):
    drop-down lists of ids with a "-- Silahkan Pilih --" prompt."""
    inputs = "".join(f'<input type="text" name="{name}">' for name in names)
    for name, choices in selects.items():
        options = "".join(
            f'<option value="{key}">{escape(text)}</option>' for key, text in choices.items()
        )
        inputs += (
            f'<select name="{name}"><option value="">-- Silahkan Pilih --</option>'
            f"{options}</select>"
        )
    body = (
        f'<h1>{escape(title)}</h1><form id="w0" method="post">'
        f'<input type="hidden" name="_csrf-backend" value="{escape(csrf)}">{inputs}'
        "<button>Simpan</button></form>"
    )
    return layout(title, body, csrf)


def file_link(name: str) -> str:
    """``Peraturan::getLampiran``: a relative route, so the href climbs out of /backend."""
    if not name:
        return ""
    return f'<a href="/backend/../common/dokumen/{escape(name)}" target="_blank">{escape(name)}</a>'


def tanggal(value: str) -> str:
    """``Peraturan::getTanggal``: substrings of the stored value; "" stays a blank date."""
    if len(value) < 10:
        return f"  {_BULAN[0]} "
    month = int(value[5:7]) if value[5:7].isdigit() else 0
    return f"{value[8:10]} {_BULAN[month] if 0 <= month <= 12 else ''} {value[:4]}"


def detail_view(record: dict[str, object], csrf: str) -> str:
    """``peraturan/view``: ``_detail.php``'s DetailView plus the TEU and subject grids."""
    f = record["fields"]
    assert isinstance(f, dict)
    rows = [
        ("Jenis Peraturan", escape(f["jenis_peraturan"])),
        ("Singkatan Peraturan", escape(f["singkatan_jenis"])),
        ("Nomor Peraturan", escape(f["nomor_peraturan"])),
        ("Tahun", escape(f["tahun_terbit"])),
        ("Judul Peraturan", escape(f["judul"])),
        ("Tempat Penetapan", escape(f["tempat_terbit"])),
        ("Tanggal Penetapan", escape(tanggal(f["tanggal_penetapan"]))),
        ("Tanggal Pengundangan", escape(tanggal(f["tanggal_pengundangan"]))),
        ("Sumber", escape(f["sumber"])),
        ("Bahasa", escape(f["bahasa"])),
        ("Bidang Hukum", escape(f["bidang_hukum"])),
        ("Dokumen Lampiran", file_link(str(record["main_file"]))),
        ("Dokumen Abstrak", file_link(str(record["abstract_file"]))),
        ("Status Peraturan", "Berlaku"),
        ("Keterangan Status", ""),
    ]
    table = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    teu_names = record.get("teu", [])
    subjects = record.get("subjek", [])
    assert isinstance(teu_names, list) and isinstance(subjects, list)
    teu = "".join(  # teu/_teu.php: name, tipe, jenis
        f'<tr data-key="{n}"><td>{n}</td><td>{escape(name)}</td><td>{escape(tipe)}</td>'
        f"<td>{escape(jenis)}</td></tr>"
        for n, (name, tipe, jenis) in enumerate(teu_names, 1)
    )
    subjek = "".join(  # subyek/_subyek.php labels the subject's column "Status"
        f'<tr data-key="{n}"><td>{n}</td><td>{escape(s)}</td><td>Subyek</td>'
        f"<td>Primary</td></tr>"
        for n, s in enumerate(subjects, 1)
    )
    body = (
        f'<table id="w0" class="table table-striped table-bordered detail-view">{table}</table>'
        '<div id="teu" class="grid-view"><table><thead><tr><th>No</th><th>Nama Pengarang</th>'
        "<th>Tipe Pengarang</th><th>Jenis Pengarang</th></tr></thead>"
        f"<tbody>{teu}</tbody></table></div>"
        '<div id="subyek" class="grid-view"><table><thead><tr><th>No</th><th>Status</th>'
        f"<th>Type Subjek</th><th>Jenis Subjek</th></tr></thead><tbody>{subjek}</tbody>"
        "</table></div>"
    )
    return layout("Lihat Peraturan", body, csrf)


def grid(records: list[dict[str, object]], csrf: str, title: str) -> str:
    """``peraturan/index.php``'s columns, in its order."""
    rows = []
    for record in records:
        f = record["fields"]
        assert isinstance(f, dict)
        status = (
            "<span class='label label-primary'>Verified</span>"
            if record["published"]
            else "<span class='label label-danger'>UnVerified</span>"
        )
        rows.append(
            f'<tr data-key="{record["id"]}"><td>{len(rows) + 1}</td>'
            f'<td>{escape(f["jenis_peraturan"].upper())}</td>'
            f'<td>{escape(f["nomor_peraturan"])}</td><td>{escape(f["tahun_terbit"])}</td>'
            f'<td><a href="/backend/peraturan/view?id={record["id"]}">'
            f'{escape(f["judul"].upper())}</a></td><td>Berlaku</td><td></td><td>{status}</td>'
            "<td></td></tr>"
        )
    body = (  # the judul cell is Peraturan::getJudul: strtoupper of the stored text
        f'<h1>{title}</h1><div id="w0" class="grid-view"><table class="table">'
        "<thead><tr><th>No</th><th>Jenis Peraturan</th><th>Nomor</th><th>Tahun</th>"
        "<th>Judul Peraturan</th><th>Status Peraturan</th><th>Keterangan Status</th>"
        f"<th>Status Verifikas</th><th>Aksi</th></tr></thead><tbody>{''.join(rows)}</tbody>"
        "</table></div>"
    )
    return layout(title, body, csrf)


def public_view(record: dict[str, object]) -> str:
    """``frontend/views/dokumen/view-peraturan.php`` (the same page whether or not public)."""
    f = record["fields"]
    assert isinstance(f, dict)
    body = (
        f'<h1>{escape(f["judul"])}</h1><table><tr><th>Nomor</th>'
        f'<td>{escape(f["nomor_peraturan"])}</td></tr><tr><th>Tahun</th>'
        f'<td>{escape(f["tahun_terbit"])}</td></tr></table>'
        f"<p>{file_link(str(record['main_file']))}</p>"
    )
    return layout("Dokumen", body)


def public_list(records: list[dict[str, object]]) -> str:
    """``frontend/views/dokumen/index-peraturan.php``: a link to each record's page."""
    items = []
    for record in records:
        f = record["fields"]
        assert isinstance(f, dict)
        items.append(
            f'<li><a href="/dokumen/view?id={record["id"]}">{escape(f["judul"])}</a> '
            f'<a href="/common/dokumen/{escape(str(record["main_file"]))}">Unduh</a></li>'
        )
    return layout("Peraturan", f"<h1>Peraturan</h1><ul>{''.join(items)}</ul>")


def dashboard(csrf: str, username: str) -> str:
    return layout("Beranda", f"<h1>Selamat datang, {escape(username)}</h1>", csrf)


def not_found(text: str = "Halaman tidak ditemukan.") -> str:
    return layout("Not Found (#404)", f"<h1>Not Found (#404)</h1><p>{escape(text)}</p>")


def error_page(status: int, text: str) -> str:
    return layout(f"Error ({status})", f"<h1>Error ({status})</h1><p>{escape(text)}</p>")
