"""One typed settings object for the whole service.

Values come from, in order of precedence: keyword arguments (tests), the
environment (``CONSULTANT_*``), an optional TOML file named by
``CONSULTANT_CONFIG``, and the embedded defaults below.  The defaults need
nothing but Python: SQLite under ``./var``, no broker (tasks run in-process),
SMTP intake on localhost and a local sink for outbound mail.

A bad value stops start-up with a message naming the key
(:class:`SettingsError`), never a traceback deep inside a worker.
"""
from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

TlsMode = Literal["none", "ssl", "starttls"]


class SettingsError(Exception):
    """A setting is missing or malformed; the message names the key."""


class _TomlSource(PydanticBaseSettingsSource):
    """Reads the TOML file named by CONSULTANT_CONFIG (flat keys, lower case)."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        path = os.environ.get("CONSULTANT_CONFIG")
        self._data: dict[str, Any] = {}
        if path:
            try:
                with open(path, "rb") as fh:
                    raw = tomllib.load(fh)
            except FileNotFoundError as exc:
                raise SettingsError(f"CONSULTANT_CONFIG: file not found: {path}") from exc
            except tomllib.TOMLDecodeError as exc:
                raise SettingsError(f"CONSULTANT_CONFIG: {path} is not valid TOML: {exc}") from exc
            self._data = _flatten(raw.get("consultant", raw))

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self._data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        known = self.settings_cls.model_fields
        unknown = sorted(set(self._data) - set(known))
        if unknown:
            raise SettingsError(f"CONSULTANT_CONFIG: unknown setting(s): {', '.join(unknown)}")
        return dict(self._data)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``[imap] host = "x"`` becomes ``imap_host``."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}".lower()
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}_"))
        else:
            flat[name] = value
    return flat


class Settings(BaseSettings):
    """Every knob of the service.  README.md documents each one."""

    model_config = SettingsConfigDict(env_prefix="CONSULTANT_", extra="ignore")

    # storage
    database_url: str = "sqlite:///var/consultant.db"
    var_dir: Path = Path("var")
    encryption_keys: str = Field(default="", repr=False)  # Fernet keys, newest first
    retention_days: int = Field(default=90, ge=1)

    # broker; empty means tasks run in-process (Celery eager)
    broker_url: str = ""
    result_backend: str = ""
    visibility_timeout: int = Field(default=120, ge=10)
    task_time_limit: int = Field(default=300, ge=5)
    sweep_after_seconds: int = Field(default=600, ge=30)

    # IMAP intake
    imap_host: str = ""
    imap_port: int = Field(default=993, ge=1, le=65535)
    imap_user: str = ""
    imap_password: str = Field(default="", repr=False)
    imap_oauth2_token: str = Field(default="", repr=False)
    imap_folder: str = "INBOX"
    imap_processed_folder: str = "Processed"
    imap_after_fetch: Literal["move", "seen"] = "move"
    imap_tls: TlsMode = "ssl"
    imap_verify: bool = True
    imap_ca_file: str = ""
    imap_poll_seconds: int = Field(default=60, ge=1)
    imap_idle_seconds: int = Field(default=25 * 60, ge=10, le=29 * 60)

    # SMTP intake (aiosmtpd)
    smtpd_host: str = "127.0.0.1"
    smtpd_port: int = Field(default=8025, ge=0, le=65535)
    intake_addresses: str = "cases@consultant.localhost"

    # outbound SMTP; host "sink" means the local sink under var/outbox
    smtp_host: str = "sink"
    smtp_port: int = Field(default=25, ge=0, le=65535)
    smtp_tls: TlsMode = "none"
    smtp_verify: bool = True
    smtp_ca_file: str = ""
    smtp_user: str = ""
    smtp_password: str = Field(default="", repr=False)
    smtp_timeout: float = Field(default=30.0, gt=0)
    send_deadline_seconds: int = Field(default=4 * 3600, ge=1)
    from_address: str = "cases@consultant.localhost"
    from_name: str = "Coding Consultation Desk"

    # guard
    allowed_senders: str = ""
    unknown_sender_action: Literal["hold", "register", "ignore"] = "hold"
    max_cases_per_sender_per_day: int = Field(default=50, ge=1)
    max_replies_per_sender_per_day: int = Field(default=50, ge=1)
    require_authentication: bool = False

    # parse limits
    max_message_bytes: int = Field(default=25 * 1024 * 1024, ge=1024)
    max_header_bytes: int = Field(default=256 * 1024, ge=1024)
    max_headers: int = Field(default=500, ge=10)
    max_encoded_words: int = Field(default=200, ge=1)
    max_parts: int = Field(default=200, ge=1)
    max_depth: int = Field(default=20, ge=1)
    max_attachment_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    max_text_chars: int = Field(default=200_000, ge=1000)
    parse_seconds: float = Field(default=20.0, gt=0)

    # review web app
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=8000, ge=0, le=65535)
    secret_key: str = Field(default="", repr=False)
    session_minutes: int = Field(default=480, ge=5)
    claim_minutes: int = Field(default=15, ge=1)
    review_sla_hours: float = Field(default=4.0, gt=0)
    cookie_secure: bool = False

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_json: bool = False

    @field_validator("database_url", "broker_url", "result_backend")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @field_validator("database_url")
    @classmethod
    def _db_scheme(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql", "postgres")):
            raise ValueError("must be a sqlite:/// or postgresql:// URL")
        if value.startswith("postgres://"):
            value = "postgresql://" + value[len("postgres://"):]
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value[len("postgresql://"):]
        return value

    @field_validator("broker_url")
    @classmethod
    def _broker_scheme(cls, value: str) -> str:
        if value and not value.startswith(("redis://", "rediss://", "memory://")):
            raise ValueError("must be empty (in-process) or a redis:// URL")
        return value

    @field_validator("encryption_keys")
    @classmethod
    def _fernet_keys(cls, value: str) -> str:
        from cryptography.fernet import Fernet

        for key in filter(None, (k.strip() for k in value.split(","))):
            try:
                Fernet(key.encode())
            except Exception:
                raise ValueError("each key must be a urlsafe-base64 32-byte Fernet key") from None
        return value

    @field_validator("from_address")
    @classmethod
    def _address(cls, value: str) -> str:
        if "@" not in value or any(c in value for c in "\r\n <>"):
            raise ValueError("must be a bare email address like cases@example.com")
        return value.lower()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _TomlSource(settings_cls))

    # derived values ------------------------------------------------------
    @property
    def eager(self) -> bool:
        """No broker configured: tasks run in the calling process."""
        return not self.broker_url

    @property
    def allowed_sender_list(self) -> list[str]:
        return _csv(self.allowed_senders)

    @property
    def intake_address_list(self) -> list[str]:
        return _csv(self.intake_addresses)

    @property
    def outbox_dir(self) -> Path:
        return self.var_dir / "outbox"


def _csv(value: str) -> list[str]:
    return [item.strip().lower() for item in value.split(",") if item.strip()]


SECRETS = {"imap_password", "imap_oauth2_token", "smtp_password", "secret_key", "encryption_keys"}


def load_settings(**overrides: Any) -> Settings:
    """Build settings or raise SettingsError naming each bad key."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            name = "_".join(str(p) for p in err["loc"])
            shown = "[hidden]" if name in SECRETS else repr(err.get("input"))
            problems.append(f"CONSULTANT_{name.upper()}: {err['msg']} (got {shown})")
        raise SettingsError("invalid settings: " + "; ".join(problems)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings, loaded once."""
    return load_settings()
