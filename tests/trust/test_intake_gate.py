"""The intake gate under fire: every hostile class refused at every door, every control stored.

Each case goes through the real door a file uses to enter the store: a nota dinas attachment
(``AttachmentService.attach``), a minutes scan and a social-media design (``accept_file`` with
the scan and design types, as ``ContentService`` calls it) and a decree import
(``validate_import``, the first step of ``DocumentIntake``). Cases are generated from a fixed
seed, so every run tries the same files. The figures are printed (``-s``) per class.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from jdih_desktop.context import AppContext
from jdih_desktop.documents.pdf.pdf_import import validate_import
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.content import SCAN_TYPES
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.workflow.content_files import accept_file
from tests.trust import hostile

Case = tuple[str, bool, str, str, bytes]  # class, hostile, door, file name, bytes
SEED = 20


def _cases() -> list[Case]:
    rng = random.Random(SEED)
    pdf_doors = ("attachment", "scan", "import")
    cases: list[Case] = []

    def add(
        cls: str, bad: bool, doors: tuple[str, ...], suffix: str, make: Callable[[], bytes], n: int
    ) -> None:
        for i in range(n):
            cases.append((cls, bad, doors[i % len(doors)], f"{cls}-{i}{suffix}", make()))

    word = lambda: "".join(rng.choice("abcxyz();") for _ in range(rng.randint(1, 40)))  # noqa: E731
    for where in ("openaction", "names", "page_aa", "link"):
        add(
            f"javascript {where}",
            True,
            pdf_doors,
            ".pdf",
            lambda w=where: hostile.javascript_pdf(w, word()),
            20,
        )  # type: ignore[misc]
    add("launch", True, pdf_doors, ".pdf", lambda: hostile.launch_pdf(f"C:\\{word()}.exe"), 20)
    add(
        "embedded exe",
        True,
        pdf_doors,
        ".pdf",
        lambda: hostile.embedded_file_pdf(b"MZ" + rng.randbytes(64)),
        20,
    )
    add("xfa", True, pdf_doors, ".pdf", lambda: hostile.xfa_pdf(word().encode()), 20)
    add(
        "rich media",
        True,
        pdf_doors,
        ".pdf",
        lambda: hostile.rich_media_pdf(rng.randint(1, 500)),
        20,
    )
    add(
        "image inflating past its 1000x1000 declaration, 0-8 forms deep",
        True,
        pdf_doors,
        ".pdf",
        lambda: hostile.nested_image_bomb_pdf(rng.randint(0, 8), rng.choice((8, 16, 64))),
        24,
    )
    add("2001 pages", True, pdf_doors, ".pdf", lambda: hostile.many_pages_pdf(2001), 3)
    add("flate content bomb", True, pdf_doors, ".pdf", lambda: hostile.flate_bomb_pdf(80), 3)
    add("encrypted", True, pdf_doors, ".pdf", lambda: hostile.encrypted_pdf(word()), 15)
    add(
        "truncated pdf",
        True,
        pdf_doors,
        ".pdf",
        lambda: (lambda b: b[: int(len(b) * rng.uniform(0.05, 0.9))])(hostile.base_pdf("text")),
        20,
    )
    add(
        "plain uri link (control)",
        False,
        pdf_doors,
        ".pdf",
        lambda: hostile.uri_link_pdf(f"https://jdih.kpu.go.id/{word()}"),
        20,
    )
    add(
        "plain pdf (control)",
        False,
        pdf_doors,
        ".pdf",
        lambda: hostile.base_pdf(rng.choice(("blank", "image", "text"))),
        9,
    )

    image_doors = ("attachment", "design")
    add(
        "png declaring a huge size",
        True,
        image_doors,
        ".png",
        lambda: hostile.png_declaring(
            rng.randint(20_000, 2**31 - 1), rng.randint(20_000, 2**31 - 1)
        ),
        20,
    )
    add(
        "truncated image",
        True,
        image_doors,
        ".png",
        lambda: (lambda b: b[: int(len(b) * rng.uniform(0.3, 0.9))])(
            hostile.small_image("PNG", "L", (rng.randint(40, 300), rng.randint(40, 300)))
        ),
        20,
    )
    add(
        "random bytes named .png",
        True,
        image_doors,
        ".png",
        lambda: rng.randbytes(rng.randint(1, 400)),
        20,
    )
    add(
        "png image (control)",
        False,
        image_doors,
        ".png",
        lambda: hostile.small_image("PNG", "RGB", (rng.randint(8, 200), rng.randint(8, 200))),
        10,
    )

    video = ("design",)
    add(
        "random bytes after an mp4 header",
        True,
        video,
        ".mp4",
        lambda: hostile.mp4([(b"ftyp", b"isom\0\0\2\0isom")]) + rng.randbytes(rng.randint(8, 4000)),
        20,
    )
    add(
        "truncated mp4",
        True,
        video,
        ".mp4",
        lambda: hostile.valid_mp4(rng.randbytes(500))[: rng.randint(20, 150)],
        15,
    )
    add(
        "mp4 without moov",
        True,
        video,
        ".mp4",
        lambda: hostile.mp4([(b"ftyp", b"isom"), (b"mdat", rng.randbytes(99))]),
        10,
    )
    add(
        "webm without a segment",
        True,
        video,
        ".webm",
        lambda: hostile.webm(b"")[:-4] + rng.randbytes(20),
        10,
    )
    add(
        "mp4 (control)",
        False,
        video,
        ".mp4",
        lambda: hostile.valid_mp4(rng.randbytes(rng.randint(1, 900))),
        10,
    )
    add(
        "webm (control)",
        False,
        video,
        ".webm",
        lambda: hostile.webm(rng.randbytes(rng.randint(1, 300))),
        10,
    )

    every = ("attachment", "scan", "design", "import")
    for suffix in (".pdf", ".png", ".mp4"):
        add(
            f"program renamed {suffix}",
            True,
            every,
            suffix,
            lambda: b"MZ\x90\0" + rng.randbytes(200),
            5,
        )
    return cases


CASES = _cases()


def test_the_case_budget_covers_every_class() -> None:
    assert len(CASES) >= 400
    assert {c[0] for c in CASES if not c[1]} and len({c[0] for c in CASES if c[1]}) >= 20


def _stored_files(context: AppContext) -> set[str]:
    return {p.name for p in context.files.root.rglob("*") if p.is_file()}


def test_every_hostile_class_is_refused_at_every_door_and_controls_are_stored(
    office_context: AppContext, tmp_path: Path
) -> None:
    operator = Actor(None, "fuzz", frozenset({"operator"}))
    request = office_context.requests.register(operator, pengusul_name="R", hal="Gerbang")
    doors: dict[str, Callable[[Path], object]] = {
        "attachment": lambda p: office_context.attachments.attach(
            operator, request.id, "nota_dinas", p
        ),
        "scan": lambda p: accept_file(office_context.files, p, SCAN_TYPES, with_thumbnail=False),
        "design": lambda p: accept_file(office_context.files, p),
        "import": validate_import,
    }
    outcome: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    spent: Counter[str] = Counter()
    for number, (cls, bad, door, name, data) in enumerate(CASES):
        started = time.perf_counter()
        source = tmp_path / f"{number:03d}-{name}"
        source.write_bytes(data)
        before = _stored_files(office_context)
        try:
            doors[door](source)
        except JdihError as error:
            assert error.message.render("id").strip() and error.message.render("en").strip()
            assert "Traceback" not in str(error)
            outcome[cls, "refused"] += 1
            if not bad:
                wrong.append(f"{cls} via {door}: {error.message.render('en')}")
            if _stored_files(office_context) != before:
                wrong.append(f"{cls} via {door}: refused but left a file in the store")
        else:
            outcome[cls, "stored"] += 1
            if bad:
                wrong.append(f"{cls} via {door}: stored")
        assert source.read_bytes() == data  # the clerk's file is never touched
        spent[cls] += time.perf_counter() - started
    print(f"\nintake gate fuzz, {len(CASES)} cases (class: stored / refused)")
    for cls in dict.fromkeys(c[0] for c in CASES):
        print(f"  {cls}: {outcome[cls, 'stored']} / {outcome[cls, 'refused']} ({spent[cls]:.1f} s)")
    print(
        f"  total: {sum(v for (_, o), v in outcome.items() if o == 'stored')} stored, "
        f"{sum(v for (_, o), v in outcome.items() if o == 'refused')} refused"
    )
    assert wrong == [], "\n".join(wrong)
    assert not list((office_context.files.root / "incoming").glob("*"))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: hostile.javascript_pdf("openaction", "app.alert(1)"), "JavaScript"),
        (lambda: hostile.launch_pdf("cmd.exe"), "Launch"),
        (lambda: hostile.embedded_file_pdf(b"MZ"), "embedded files"),
        (lambda: hostile.xfa_pdf(b"<form/>"), "XFA"),
        (lambda: hostile.rich_media_pdf(10), "rich media"),
        (lambda: hostile.nested_image_bomb_pdf(5, 8), "decompression bomb"),
        (lambda: hostile.many_pages_pdf(2001), "too many pages"),
    ],
)
def test_the_refusal_names_the_reason_in_both_languages(
    tmp_path: Path, make: Callable[[], bytes], reason: str
) -> None:
    path = tmp_path / "sk.pdf"
    path.write_bytes(make())
    with pytest.raises(JdihError) as caught:
        validate_import(path)
    assert reason in caught.value.message.render("en")
    assert "ditolak" in caught.value.message.render("id")
