"""Network settings: TLS always verified (office CA optional), proxy, validation of the table."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from jdih_desktop.publishing import (
    HttpSettings,
    PermanentPublishError,
    PublisherConfigError,
    verify_url,
)
from tests.publishing.servers.base import Response, TestServer
from tests.publishing.servers.static import ForwardProxy, RoutesApp

PDF = b"%PDF-1.4\nsalinan\n%%EOF\n"
SHA = hashlib.sha256(PDF).hexdigest()


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _office_ca(folder: Path) -> tuple[Path, Path, Path]:
    """A private CA (as a TLS-inspecting office proxy has) and a cert for 127.0.0.1."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("CA Kantor KPU"))
        .issuer_name(_name("CA Kantor KPU"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, cert_file, key_file


@pytest.fixture()
def tls_site(tmp_path: Path) -> Iterator[tuple[TestServer, Path]]:
    ca_file, cert_file, key_file = _office_ca(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    app = RoutesApp({"/sk.pdf": Response(200, PDF, "application/pdf")})
    with TestServer(app, tls=context) as server:
        yield server, ca_file


def test_untrusted_certificate_is_refused_with_advice(
    tls_site: tuple[TestServer, Path],
) -> None:
    server, _ = tls_site
    with pytest.raises(PermanentPublishError) as caught:
        verify_url(f"{server.url}/sk.pdf", SHA, http=HttpSettings(trust_env=False))
    assert server.url.startswith("https://")
    assert "CA kantor" in str(caught.value)


def test_office_ca_bundle_is_trusted(tls_site: tuple[TestServer, Path]) -> None:
    server, ca_file = tls_site
    settings = HttpSettings(trust_env=False, ca_bundle=str(ca_file))
    assert verify_url(f"{server.url}/sk.pdf", SHA, http=settings).sha256 == SHA


def test_requests_go_through_the_configured_proxy() -> None:
    origin_app = RoutesApp({"/sk.pdf": Response(200, PDF, "application/pdf")})
    proxy_app = ForwardProxy()
    with TestServer(origin_app) as origin, TestServer(proxy_app) as proxy:
        settings = HttpSettings(trust_env=False, proxy=proxy.url)
        assert verify_url(f"{origin.url}/sk.pdf", SHA, http=settings).sha256 == SHA
    assert proxy_app.seen == [f"{origin.url}/sk.pdf"]


def test_settings_table_is_checked(tmp_path: Path) -> None:
    settings = HttpSettings.from_dict({"read_timeout": 30, "proxy": "http://proxy.kantor:3128"})
    assert settings.read_timeout == 30.0
    assert settings.timeout().read == 30.0
    bad_tables: list[dict[str, object]] = [
        {"read_timout": 30},
        {"connect_timeout": 0},
        {"trust_env": "yes"},
        {"ca_bundle": str(tmp_path / "missing.pem")},
        {"proxy": "http://user:rahasia@proxy.kantor:3128"},
        {"proxy": "proxy.kantor"},
    ]
    for table in bad_tables:
        with pytest.raises(PublisherConfigError) as caught:
            HttpSettings.from_dict(table)
        assert "rahasia" not in str(caught.value)
