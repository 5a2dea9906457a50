"""Settings: embedded defaults, environment, TOML file, and clear errors."""
import subprocess
import sys

import pytest

from consultant.settings import SettingsError, load_settings


def test_defaults_need_nothing_but_python(monkeypatch):
    for key in list(__import__("os").environ):
        if key.startswith("CONSULTANT_"):
            monkeypatch.delenv(key)
    s = load_settings()
    assert s.database_url.startswith("sqlite:///")
    assert s.eager and s.smtp_host == "sink"


def test_environment_overrides(monkeypatch):
    monkeypatch.setenv("CONSULTANT_IMAP_PORT", "1143")
    monkeypatch.setenv("CONSULTANT_ALLOWED_SENDERS", "a@x.test, @clinic.test")
    s = load_settings()
    assert s.imap_port == 1143
    assert s.allowed_sender_list == ["a@x.test", "@clinic.test"]


def test_bad_value_names_the_key(monkeypatch):
    monkeypatch.setenv("CONSULTANT_IMAP_PORT", "not-a-port")
    with pytest.raises(SettingsError, match="CONSULTANT_IMAP_PORT"):
        load_settings()


def test_bad_tls_mode_names_the_key(monkeypatch):
    monkeypatch.setenv("CONSULTANT_SMTP_TLS", "maybe")
    with pytest.raises(SettingsError, match="CONSULTANT_SMTP_TLS"):
        load_settings()


def test_toml_file(tmp_path, monkeypatch):
    conf = tmp_path / "c.toml"
    conf.write_text('[imap]\nhost = "mail.example.test"\ntls = "starttls"\n')
    monkeypatch.setenv("CONSULTANT_CONFIG", str(conf))
    s = load_settings()
    assert s.imap_host == "mail.example.test" and s.imap_tls == "starttls"


def test_toml_unknown_key_is_refused(tmp_path, monkeypatch):
    conf = tmp_path / "c.toml"
    conf.write_text('imap_hots = "typo"\n')
    monkeypatch.setenv("CONSULTANT_CONFIG", str(conf))
    with pytest.raises(SettingsError, match="imap_hots"):
        load_settings()


def test_cli_refuses_to_start_with_bad_value(tmp_path):
    env = {"CONSULTANT_BROKER_URL": "ftp://nope", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "consultant", "queue", "list"], env=env,
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2
    assert "CONSULTANT_BROKER_URL" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_shipped_defaults_file_loads(monkeypatch):
    from pathlib import Path

    monkeypatch.setenv("CONSULTANT_CONFIG", str(Path(__file__).parents[1] / "config" / "defaults.toml"))
    s = load_settings()
    assert s.imap_processed_folder == "Processed" and s.smtp_host == "sink"


def test_bad_encryption_key_names_the_key(monkeypatch):
    monkeypatch.setenv("CONSULTANT_ENCRYPTION_KEYS", "short")
    with pytest.raises(SettingsError, match="CONSULTANT_ENCRYPTION_KEYS") as err:
        load_settings()
    assert "short" not in str(err.value)  # secrets are never echoed
