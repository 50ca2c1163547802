"""Proof from a pasted URL: a PDF's own address, or the public page that links it."""

from __future__ import annotations

from typing import Any

import pytest

from jdih_desktop.publishing import (
    MAIN,
    CredentialStore,
    HttpSettings,
    VerificationError,
    create_publisher,
)
from jdih_desktop.publishing.proof import check_page, pdf_links, prove_url
from tests.publishing.servers.fixtures import ItemFactory
from tests.publishing.servers.ildis import IldisServer


def test_a_public_page_is_searched_for_the_matching_pdf(
    ildis_server: IldisServer,
    ildis_profile: dict[str, Any],
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item()
    result = create_publisher(ildis_profile, credentials, http=http_settings).publish(item)
    assert result.public_url is not None

    proof = prove_url(result.public_url, item.main_sha256, http=http_settings)

    assert proof.url == result.public_url
    assert proof.file.url == result.file_urls[MAIN]
    assert proof.file.sha256 == item.main_sha256
    # The PDF's own address works as well; another decree's file does not.
    assert prove_url(result.file_urls[MAIN], item.main_sha256, http=http_settings).file.size > 0
    other = make_item()
    with pytest.raises(VerificationError) as caught:
        prove_url(result.public_url, other.main_sha256, http=http_settings)
    assert caught.value.reason == "hash_mismatch"


def test_an_unpublished_record_s_public_page_is_no_proof(
    ildis_server: IldisServer,
    ildis_profile: dict[str, Any],
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    """ILDIS's DokumenController::actionView has no is_publish check: 200 for any record."""
    profile = {**ildis_profile, "verifier_username": ""}
    item = make_item()
    publisher = create_publisher(profile, credentials, http=http_settings)
    result = publisher.publish(item)
    assert result.public_url is not None and result.published is False
    assert item.judul.split()[0] in check_page(result.public_url, http=http_settings)
    # Only the site's is_publish says public, files downloadable or not.
    again = publisher.verify(item, result)
    assert len(again.verified) == 2 and again.published is False


def test_pdf_links_are_absolute_and_unique() -> None:
    page = (
        '<a href="/common/dokumen/a.pdf">A</a> <a href="b.PDF?x=1&amp;y=2">B</a>'
        '<a href="/common/dokumen/a.pdf">again</a> <a href="/dokumen/view?id=3">page</a>'
    )
    assert pdf_links(page, "https://jdih.example.go.id/dokumen/view?id=3") == [
        "https://jdih.example.go.id/common/dokumen/a.pdf",
        "https://jdih.example.go.id/dokumen/b.PDF?x=1&y=2",
    ]
