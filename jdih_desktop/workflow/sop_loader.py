"""Load the SOP definitions (``*.toml``) at start and refuse any malformed one by name.

The packaged definitions live in ``resources/sop``. An office that wants another target
copies a file into its own folder (``override_dir``) and edits it there: a file there with
the same ``code`` replaces the packaged one, so an update of the program never overwrites the
office's edits.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.sop import SopDefinition, SopDefinitionError, parse_sop
from jdih_desktop.paths import resources_dir


def default_sop_dir() -> Path:
    """``resources/sop`` of the source tree (or of the bundle built from it)."""
    return resources_dir() / "sop"


def load_sop_file(path: Path) -> SopDefinition:
    """One definition; every problem names the file, and the step when there is one."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise SopDefinitionError(
            msg(
                "berkas tidak dapat dibaca ({error})",
                "the file cannot be read ({error})",
                error=error.strerror or error,
            ),
            source=source,
        ) from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SopDefinitionError(
            msg("penulisan TOML salah: {error}", "malformed TOML: {error}", error=str(error)),
            source=source,
        ) from error
    try:
        return parse_sop(data)
    except SopDefinitionError as error:
        raise error.located(source=source) from None


def _load_dir(directory: Path) -> dict[str, tuple[SopDefinition, Path]]:
    found: dict[str, tuple[SopDefinition, Path]] = {}
    for path in sorted(directory.glob("*.toml")):
        sop = load_sop_file(path)
        if sop.code in found:
            raise SopDefinitionError(
                msg(
                    "kode SOP {code!r} sudah dipakai oleh {other}",
                    "SOP code {code!r} is already used by {other}",
                    code=sop.code,
                    other=str(found[sop.code][1]),
                ),
                source=str(path),
            )
        found[sop.code] = (sop, path)
    return found


def load_sops(directory: Path, override_dir: Path | None = None) -> dict[str, SopDefinition]:
    """All definitions by code, those in ``override_dir`` replacing same-code packaged ones."""
    if not directory.is_dir():
        raise SopDefinitionError(
            msg("folder definisi SOP tidak ditemukan", "the SOP definition folder is missing"),
            source=str(directory),
        )
    loaded = _load_dir(directory)
    if not loaded:
        raise SopDefinitionError(
            msg("tidak ada berkas SOP (*.toml)", "no SOP files (*.toml)"), source=str(directory)
        )
    if override_dir is not None and override_dir.is_dir():
        loaded.update(_load_dir(override_dir))
    return {code: loaded[code][0] for code in sorted(loaded)}
