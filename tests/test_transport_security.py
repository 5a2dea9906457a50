"""IMAPS/STARTTLS and SMTPS/STARTTLS against local servers with a test CA;
certificate verification is on by default and refuses an unknown CA."""
import email
import ssl

import pytest
from aiosmtpd.controller import Controller
from imapclient import IMAPClient

from consultant.errors import SendTemporaryFailure
from consultant.mail.imap import connect, poll_once
from consultant.mail.send import build_message, deliver
from mailbuilder import case_email
from servers import SinkHandler, free_port, start_dovecot
from tlsca import make_ca


@pytest.fixture(scope="module")
def ca():
    return make_ca()


@pytest.fixture(scope="module")
def tls_dovecot(ca):
    server = start_dovecot(cert=ca.cert_file, key=ca.key_file)
    yield server
    server.stop()


def _imap_ctx(make_ctx, server, ca_file, tls, port):
    return make_ctx(imap_host="127.0.0.1", imap_port=port, imap_user=server.user,
                    imap_password=server.password, imap_tls=tls, imap_ca_file=str(ca_file))


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_imap_over_tls_with_verified_certificate(make_ctx, tls_dovecot, ca, tls):
    port = tls_dovecot.ssl_port if tls == "ssl" else tls_dovecot.port
    ctx = _imap_ctx(make_ctx, tls_dovecot, ca.ca_file, tls, port)
    plain = IMAPClient("127.0.0.1", port=tls_dovecot.port, ssl=False)
    plain.starttls(ssl.create_default_context(cafile=str(ca.ca_file)))
    plain.login(tls_dovecot.user, tls_dovecot.password)
    plain.append("INBOX", case_email(subject=f"tls {tls}"))
    plain.logout()
    client = connect(ctx.settings)
    try:
        assert poll_once(ctx, client).created >= 1
    finally:
        client.logout()


def test_imap_refuses_unknown_ca_by_default(make_ctx, tls_dovecot):
    ctx = make_ctx(imap_host="127.0.0.1", imap_port=tls_dovecot.ssl_port, imap_user=tls_dovecot.user,
                   imap_password=tls_dovecot.password, imap_tls="ssl")
    assert ctx.settings.imap_verify
    with pytest.raises(ssl.SSLCertVerificationError):
        connect(ctx.settings)


def _server_context(ca) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(ca.cert_file, ca.key_file)
    return context


@pytest.fixture
def smtps(ca):
    handler = SinkHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), ssl_context=_server_context(ca))
    controller.start()
    yield controller, handler
    controller.stop()


@pytest.fixture
def smtp_starttls(ca):
    handler = SinkHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(),
                            tls_context=_server_context(ca), require_starttls=True)
    controller.start()
    yield controller, handler
    controller.stop()


def _message(ctx):
    return build_message(ctx.settings, to_addr="coder@clinic.test", subject="Re: tls", text="hello",
                         html="<p>hello</p>", message_id="<tls-1@consultant.test>")


def test_smtps_delivers_with_verified_certificate(make_ctx, smtps, ca):
    controller, handler = smtps
    ctx = make_ctx(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_tls="ssl", smtp_ca_file=str(ca.ca_file))
    deliver(ctx.settings, _message(ctx))
    assert email.message_from_bytes(handler.messages[0])["Message-ID"] == "<tls-1@consultant.test>"


def test_starttls_delivers_and_plain_is_refused(make_ctx, smtp_starttls, ca):
    controller, handler = smtp_starttls
    ctx = make_ctx(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_tls="starttls",
                   smtp_ca_file=str(ca.ca_file))
    deliver(ctx.settings, _message(ctx))
    assert len(handler.messages) == 1
    plain = make_ctx(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_tls="none")
    with pytest.raises(Exception) as err:
        deliver(plain.settings, _message(plain))
    assert "530" in str(err.value) or "STARTTLS" in str(err.value)


def test_smtp_refuses_unknown_ca_by_default(make_ctx, smtps):
    controller, handler = smtps
    ctx = make_ctx(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_tls="ssl")
    with pytest.raises(SendTemporaryFailure, match="CERTIFICATE_VERIFY_FAILED"):
        deliver(ctx.settings, _message(ctx))
    assert handler.messages == []
