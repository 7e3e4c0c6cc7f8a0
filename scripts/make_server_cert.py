"""A small private CA and a TLS certificate for a team server signed by it.

    .venv/bin/python scripts/make_server_cert.py --out certs --host db.example.org [--host ...]
        [--ip 192.0.2.10 ...] [--days 825]

writes into the folder `--out`:

    ca.crt       the CA certificate: give it to every laptop (docs/team-server.md, "Connecting
                 securely"); it is public
    ca.key       the CA's private key (mode 0600): keep it off the server, somewhere safe; it
                 signs the next server certificate
    server.crt   the server's certificate, naming every --host and --ip (and localhost,
                 127.0.0.1), for PostgreSQL's ssl_cert_file
    server.key   its private key (mode 0600), for ssl_key_file

Run again with the same --out to renew the server certificate: an existing ca.crt and ca.key
are kept, so laptops need nothing new. The laptops connect with sslmode=verify-full, so the
address they use must be one of the names or addresses given here.

The test suite's throwaway cluster (tests/pg_server.py) makes its certificates with the same
function.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class Certificates:
    ca_cert: Path
    ca_key: Path
    server_cert: Path
    server_key: Path


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    data = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    path.chmod(0o600)  # PostgreSQL refuses a key others may read


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Service Auditor team server"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def make_certificates(
    folder: Path,
    hosts: list[str] | None = None,
    ips: list[str] | None = None,
    days: int = 825,
) -> Certificates:
    """A CA (kept if the folder has one) and a server certificate for `hosts` and `ips`,
    always also localhost and 127.0.0.1. EC P-256 keys, SHA-256 signatures (channel binding
    needs a hash PostgreSQL knows: not Ed25519)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = Certificates(
        folder / "ca.crt", folder / "ca.key", folder / "server.crt", folder / "server.key"
    )
    now = dt.datetime.now(dt.UTC)
    if made.ca_cert.exists() and made.ca_key.exists():
        ca_cert = x509.load_pem_x509_certificate(made.ca_cert.read_bytes())
        loaded = serialization.load_pem_private_key(made.ca_key.read_bytes(), password=None)
        if not isinstance(loaded, ec.EllipticCurvePrivateKey):
            raise SystemExit(f"{made.ca_key}: not an EC key made by this script")
        ca_key = loaded
    else:
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_cert = (
            x509.CertificateBuilder()
            .subject_name(_name("Service Auditor team server CA"))
            .issuer_name(_name("Service Auditor team server CA"))
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
            .sign(ca_key, hashes.SHA256())
        )
        _write_key(made.ca_key, ca_key)
        made.ca_cert.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    names = list(dict.fromkeys([*(hosts or []), "localhost"]))
    addresses = list(dict.fromkeys([*(ips or []), "127.0.0.1"]))
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(names[0]))
        .issuer_name(ca_cert.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(name) for name in names]
                + [x509.IPAddress(ipaddress.ip_address(ip)) for ip in addresses]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    _write_key(made.server_key, server_key)
    made.server_cert.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, metavar="FOLDER")
    parser.add_argument("--host", action="append", default=[], metavar="NAME",
                        help="a name laptops use for the server (repeat for several)")  # fmt: skip
    parser.add_argument("--ip", action="append", default=[], metavar="ADDRESS",
                        help="an IP address laptops use for the server (repeat)")  # fmt: skip
    parser.add_argument("--days", type=int, default=825, help="server certificate lifetime")
    args = parser.parse_args()
    made = make_certificates(args.out, args.host, args.ip, args.days)
    print(f"CA certificate (give it to the laptops): {made.ca_cert}")
    print(f"CA key (keep it safe, off the server):   {made.ca_key}")
    print(f"server certificate and key:              {made.server_cert}, {made.server_key}")


if __name__ == "__main__":
    main()
