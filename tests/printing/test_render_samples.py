"""The sample renderer reviewers use produces a non-blank PNG for every document."""

from __future__ import annotations

from pathlib import Path

from jdih_desktop.printing.render_samples import main, sample_documents
from tests.printing.pdfcheck import dark_fraction


def test_render_samples_writes_one_png_per_document(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    pngs = sorted(path.stem for path in tmp_path.glob("*.png"))
    assert pngs == sorted(sample_documents())
    for name in pngs:
        assert dark_fraction(tmp_path / f"{name}.png") > 0.005, name
