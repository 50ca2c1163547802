"""A social-media team on a real database, and real media files to attach."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from jdih_desktop.accounts.service import AccountService
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.storage.filestore import FileStore
from jdih_desktop.workflow.content import ContentService
from jdih_desktop.workflow.office_calendar import CalendarService
from tests.workflow.conftest import Office


@dataclass
class Team:
    content: ContentService
    files: FileStore
    tim: Actor
    desainer: Actor
    kasubag: Actor


def build_team(office: Office, root: Path) -> Team:
    accounts = AccountService(office.db, office.clock)
    tim = accounts.add_user(SYSTEM, "nur", "Nurhayati", ["tim_jdih"]).as_actor()
    desainer = accounts.add_user(SYSTEM, "dimas", "Dimas", ["desainer"]).as_actor()
    files = FileStore(root / "files")
    content = ContentService(
        office.db, office.runs, CalendarService(office.db, office.clock), files, office.clock
    )
    return Team(content, files, tim, desainer, office.kasubag.as_actor())


def png(path: Path, size: tuple[int, int] = (1080, 1350), colour: str = "#b71c1c") -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


def mp4(path: Path) -> Path:
    """The box layout of an ISO BMFF file (ftyp, moov with mvhd, mdat): what the intake gate
    checks of a real upload."""
    box = (24).to_bytes(4, "big") + b"ftypisom" + b"\x00\x00\x02\x00" + b"isomiso2"
    mvhd = (108).to_bytes(4, "big") + b"mvhd" + b"\x00" * 100
    moov = (116).to_bytes(4, "big") + b"moov" + mvhd
    mdat = (2056).to_bytes(4, "big") + b"mdat" + b"\x00" * 2048
    path.write_bytes(box + moov + mdat)
    return path


def png_bytes(path: Path) -> tuple[int, int]:
    with Image.open(io.BytesIO(path.read_bytes())) as image:
        return image.size
