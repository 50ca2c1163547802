"""Benchmark: assemble 100 F4 pages at 300 dpi into one PDF, ours vs plain img2pdf.

Pages are text-dense (Pillow-rendered Indonesian words, 11 pt serif, scanner blur, sensor
noise and dust), written once to a folder as the scanner would write them: bilevel as
single-strip G4 TIFF, gray as PNG. Every measurement runs in a fresh process so that
``ru_maxrss`` (peak resident memory) belongs to that run alone; ``tracemalloc`` peak is
measured in a second pass (it slows Python allocations, so it is not timed).

    .venv/bin/python benchmarks/pdf_assembly.py [--pages 100] [--dir /tmp/jdih-bench-pages]

Plain img2pdf for gray pages is given the same JPEG (quality 75) per page, encoded by
Pillow, so both sides produce the same PDF content.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.documents.synth import bilevel, random_words_page, save_g4, text_page  # noqa: E402

DPI = 300
UNIQUE = 10  # distinct page images; the rest are copies on disk (each read from disk)


def make_page(seed: int) -> Image.Image:
    """One text-dense gray F4 page at 300 dpi with scanner blur, noise and dust (the test
    suite's synthetic scan, so the benchmark and the tests judge the same kind of page)."""
    return random_words_page(DPI, seed)


def generate(folder: Path, count: int) -> None:
    """Write bilevel/*.tif and gray/*.png once; later runs reuse the folder."""
    (folder / "bilevel").mkdir(parents=True, exist_ok=True)
    (folder / "gray").mkdir(parents=True, exist_ok=True)
    for index in range(count):
        tif = folder / "bilevel" / f"{index:04d}.tif"
        png = folder / "gray" / f"{index:04d}.png"
        if tif.exists() and png.exists():
            continue
        if index < UNIQUE:
            gray = make_page(index)
            save_g4(bilevel(gray), tif, DPI)
            gray.save(png, dpi=(DPI, DPI), compress_level=3)
        else:
            shutil.copyfile(folder / "bilevel" / f"{index % UNIQUE:04d}.tif", tif)
            shutil.copyfile(folder / "gray" / f"{index % UNIQUE:04d}.png", png)


def run_ours(pages: list[Path], out: Path) -> None:
    from jdih_desktop.documents.pdf.assembly import assemble_pdf

    assemble_pdf(pages, out, pdfa=True)


def run_img2pdf(pages: list[Path], out: Path) -> None:
    import img2pdf

    if pages[0].suffix == ".tif":
        data = img2pdf.convert([str(p) for p in pages])
    else:
        jpegs = []
        for path in pages:
            with Image.open(path) as image:
                buffer = io.BytesIO()
                image.save(buffer, format="JPEG", quality=75)
                jpegs.append(buffer.getvalue())
        data = img2pdf.convert(jpegs)
    out.write_bytes(data)


def measure(kind: str, which: str, folder: Path, count: int) -> dict[str, float]:
    """Runs inside a fresh process: time first, then tracemalloc peak in a second pass."""
    sys.path.insert(0, str(ROOT))
    pages = sorted((folder / kind).iterdir())[:count]
    runner: Callable[[list[Path], Path], None] = run_ours if which == "ours" else run_img2pdf
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out.pdf"
        runner(pages[:2], out)  # warm imports and codecs
        base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        runner(pages, out)
        seconds = time.perf_counter() - start
        size = out.stat().st_size
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        tracemalloc.start()
        runner(pages, out)
        peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return {
        "seconds": seconds,
        "kb_per_page": size / count / 1024,
        "tracemalloc_mb": peak_mb,
        "maxrss_mb": rss_mb,
        "maxrss_growth_mb": rss_mb - base_mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "jdih-bench-pages"
    )
    parser.add_argument("--child", nargs=2, metavar=("KIND", "WHICH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], args.child[1], args.dir, args.pages)))
        return
    started = time.perf_counter()
    generate(args.dir, args.pages)
    print(
        f"pages: {args.pages} × F4 at {DPI} dpi in {args.dir} "
        f"(ready in {time.perf_counter() - started:.1f} s)"
    )
    header = (
        f"{'pages':<8}{'tool':<10}{'s total':>9}{'ms/page':>9}{'KB/page':>9}"
        f"{'tracemalloc MB':>16}{'maxrss MB':>11}{'(growth)':>10}"
    )
    print(header)
    print("-" * len(header))
    results = {}
    for kind in ("bilevel", "gray"):
        for which in ("img2pdf", "ours"):
            done = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--pages",
                    str(args.pages),
                    "--dir",
                    str(args.dir),
                    "--child",
                    kind,
                    which,
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(done.stdout)
            results[kind, which] = r
            print(
                f"{kind:<8}{which:<10}{r['seconds']:>9.2f}{r['seconds'] * 1000 / args.pages:>9.1f}"
                f"{r['kb_per_page']:>9.1f}{r['tracemalloc_mb']:>16.1f}{r['maxrss_mb']:>11.1f}"
                f"{r['maxrss_growth_mb']:>+10.1f}"
            )
        ratio = results[kind, "ours"]["seconds"] / results[kind, "img2pdf"]["seconds"]
        print(f"{'':<8}time ours / img2pdf: {ratio:.2f}×")
    sizes = decree_page_sizes()
    print(
        f"bilevel G4 on decree-like pages (the {len(sizes)} pages of the test corpus "
        f"rendered at {DPI} dpi): {sum(sizes) / len(sizes):.1f} KB/page "
        f"(max {max(sizes):.1f})"
    )


def decree_page_sizes() -> list[float]:
    """G4 size of real-layout decree pages: the fixture texts with the same scanner noise."""
    sizes = []
    for text_file in sorted((ROOT / "tests" / "fixtures" / "decrees").glob("0*.txt")):
        for number, page_text in enumerate(text_file.read_text().split("\f")):
            page = text_page(page_text.splitlines()[:55], DPI, seed=number, mono=False)
            buffer = io.BytesIO()
            bilevel(page).save(buffer, format="TIFF", compression="group4", strip_size=2**31 - 1)
            sizes.append(len(buffer.getvalue()) / 1024)
    return sizes


if __name__ == "__main__":
    main()
