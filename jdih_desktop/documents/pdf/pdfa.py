"""PDF/A-2b ingredients: the decree's XMP metadata, the matching Info dictionary, sRGB intent.

An archive copy must still say what it is in twenty years without our database: judul,
nomor, jenis, the issuing body and the date go into standard Dublin Core / XMP properties
(custom namespaces would need a PDF/A extension schema). PDF/A requires the Info dictionary
to agree with the XMP, so both are built from one :class:`DocumentMetadata`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from PIL import ImageCms

from jdih_desktop import __version__
from jdih_desktop.documents.pdf.pdfwriter import pdf_date, pdf_text

PRODUCER = f"JDIH Desktop {__version__}"


@dataclass(frozen=True)
class DocumentMetadata:
    """What the archive PDF says about itself; every field may be left empty."""

    title: str = ""  # judul, e.g. "Penetapan Nomor Urut Partai Politik ..."
    author: str = ""  # TEU badan, e.g. "Indonesia. Komisi Pemilihan Umum Kabupaten Soppeng"
    subject: str = ""  # one line, e.g. "Keputusan KPU Kabupaten Soppeng Nomor 19 Tahun 2023"
    keywords: tuple[str, ...] = ()  # subjek
    identifier: str = ""  # nomor as printed
    doc_type: str = ""  # jenis, e.g. "Keputusan Komisi Pemilihan Umum Kabupaten"
    publisher: str = ""
    language: str = "id"
    issued: date | None = None  # tanggal penetapan
    created: datetime | None = None  # aware; default: now, at assembly
    #: JDIH properties without a Dublin Core home ("penandatangan", "nomor", "tahun", …),
    #: written in the ``jdih:`` namespace, declared by a PDF/A extension schema.
    jdih: tuple[tuple[str, str], ...] = ()


JDIH_NS = "http://ns.jdih-desktop.invalid/decree/1.0/"  # a name, never fetched
#: The JDIH schema's properties and what each holds (the PDF/A extension schema says so).
JDIH_PROPERTIES = {
    "jenis": "Jenis peraturan (document type)",
    "nomor": "Nomor keputusan as printed (decree number)",
    "tahun": "Tahun (year of the decree number)",
    "tempatPenetapan": "Tempat penetapan (place of enactment)",
    "tanggalPenetapan": "Tanggal penetapan, YYYY-MM-DD (date of enactment)",
    "penandatangan": "Penandatangan (signer)",
    "teuBadan": "TEU badan (issuing office)",
    "status": "Status (berlaku / tidak berlaku)",
}


def _extension_schema() -> str:
    """PDF/A-2 (ISO 19005-2, 6.6.2.3) needs every custom XMP property declared."""
    props = "".join(
        '<rdf:li rdf:parseType="Resource">'
        f"<pdfaProperty:name>{name}</pdfaProperty:name>"
        "<pdfaProperty:valueType>Text</pdfaProperty:valueType>"
        "<pdfaProperty:category>external</pdfaProperty:category>"
        f"<pdfaProperty:description>{escape(text)}</pdfaProperty:description>"
        "</rdf:li>"
        for name, text in JDIH_PROPERTIES.items()
    )
    return (
        '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">'
        "<pdfaSchema:schema>JDIH Desktop decree metadata</pdfaSchema:schema>"
        f"<pdfaSchema:namespaceURI>{JDIH_NS}</pdfaSchema:namespaceURI>"
        "<pdfaSchema:prefix>jdih</pdfaSchema:prefix>"
        f"<pdfaSchema:property><rdf:Seq>{props}</rdf:Seq></pdfaSchema:property>"
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>"
    )


def _clean(text: str) -> str:
    return "".join(c for c in text if c >= " " or c in "\t\n").strip()


def _xmp_date(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _alt(value: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'


def _list(kind: str, values: tuple[str, ...]) -> str:
    items = "".join(f"<rdf:li>{escape(v)}</rdf:li>" for v in values)
    return f"<rdf:{kind}>{items}</rdf:{kind}>"


def xmp_packet(meta: DocumentMetadata, created: datetime, pdfa: bool) -> bytes:
    """The XMP packet (UTF-8, uncompressed as PDF/A demands) for the catalog's /Metadata."""
    props: list[str] = ["<dc:format>application/pdf</dc:format>"]
    if pdfa:
        props += ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>"]
    title, author, subject = _clean(meta.title), _clean(meta.author), _clean(meta.subject)
    keywords = tuple(k for k in (_clean(k) for k in meta.keywords) if k)
    if title:
        props.append(f"<dc:title>{_alt(title)}</dc:title>")
    if author:
        props.append(f"<dc:creator>{_list('Seq', (author,))}</dc:creator>")
    if subject:
        props.append(f"<dc:description>{_alt(subject)}</dc:description>")
    if keywords:
        props.append(f"<dc:subject>{_list('Bag', keywords)}</dc:subject>")
        props.append(f"<pdf:Keywords>{escape('; '.join(keywords))}</pdf:Keywords>")
    if meta.identifier:
        props.append(f"<dc:identifier>{escape(_clean(meta.identifier))}</dc:identifier>")
    if meta.doc_type:
        props.append(f"<dc:type>{_list('Bag', (_clean(meta.doc_type),))}</dc:type>")
    if meta.publisher:
        props.append(f"<dc:publisher>{_list('Bag', (_clean(meta.publisher),))}</dc:publisher>")
    if meta.language:
        props.append(f"<dc:language>{_list('Bag', (meta.language,))}</dc:language>")
    if meta.issued:
        props.append(f"<dc:date>{_list('Seq', (meta.issued.isoformat(),))}</dc:date>")
    jdih = [(k, _clean(v)) for k, v in meta.jdih if k in JDIH_PROPERTIES and _clean(v)]
    props += [f"<jdih:{k}>{escape(v)}</jdih:{k}>" for k, v in jdih]
    if jdih:
        props.append(_extension_schema())
    stamp = _xmp_date(created)
    props += [
        f"<pdf:Producer>{escape(PRODUCER)}</pdf:Producer>",
        f"<xmp:CreatorTool>{escape(PRODUCER)}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{stamp}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate>",
    ]
    body = "\n   ".join(props)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"\n'
        '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"\n'
        f'    xmlns:jdih="{JDIH_NS}"\n'
        '    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"\n'
        '    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"\n'
        '    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n" + (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>'
        # Writable padding lets other tools update the packet in place.
    )
    return packet.encode("utf-8")


def info_dict(meta: DocumentMetadata, created: datetime) -> bytes:
    """The document Info dictionary, mirroring :func:`xmp_packet` entry by entry."""
    entries = [
        (b"/Producer", pdf_text(PRODUCER)),
        (b"/Creator", pdf_text(PRODUCER)),
        (b"/CreationDate", pdf_date(created)),
        (b"/ModDate", pdf_date(created)),
    ]
    if _clean(meta.title):
        entries.append((b"/Title", pdf_text(_clean(meta.title))))
    if _clean(meta.author):
        entries.append((b"/Author", pdf_text(_clean(meta.author))))
    if _clean(meta.subject):
        entries.append((b"/Subject", pdf_text(_clean(meta.subject))))
    keywords = tuple(k for k in (_clean(k) for k in meta.keywords) if k)
    if keywords:
        entries.append((b"/Keywords", pdf_text("; ".join(keywords))))
    return b"<< " + b" ".join(k + b" " + v for k, v in entries) + b" >>"


@functools.cache
def srgb_icc() -> bytes:
    """An sRGB ICC profile from Little CMS (bundled with Pillow): the PDF/A output intent."""
    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def output_intent(icc_object: int) -> bytes:
    name = pdf_text("sRGB IEC61966-2.1")
    return (
        b"<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier "
        + name
        + b" /Info "
        + name
        + b" /DestOutputProfile %d 0 R >>" % icc_object
    )


__all__ = [
    "JDIH_NS",
    "JDIH_PROPERTIES",
    "PRODUCER",
    "DocumentMetadata",
    "info_dict",
    "output_intent",
    "srgb_icc",
    "xmp_packet",
]
