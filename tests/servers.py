"""Real servers for the tests: Dovecot IMAP, redis-server and an aiosmtpd sink.

Each starts on a free loopback port in its own directory outside pytest's
temporary folder (Dovecot drops privileges and cannot enter it), and the
helpers wait on the port, never on a sleep.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen | None = None, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on {port} after {timeout} s")


@dataclass
class Dovecot:
    root: Path
    port: int
    user: str = "casebox"
    password: str = "casebox-pass"
    ssl_port: int = 0
    proc: subprocess.Popen | None = None

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        shutil.rmtree(self.root, ignore_errors=True)


def start_dovecot(cert: Path | None = None, key: Path | None = None) -> Dovecot:
    """A throwaway Dovecot with one passwd-file user and Maildir storage."""
    if not shutil.which("dovecot"):
        raise RuntimeError("dovecot is not installed (apt-get install dovecot-imapd)")
    root = Path(tempfile.mkdtemp(prefix="consultant-dovecot-", dir="/tmp"))
    root.chmod(0o755)
    dc = Dovecot(root=root, port=free_port(), ssl_port=free_port() if cert else 0)
    (root / "mail").mkdir()
    shutil.chown(root / "mail", "nobody", "nogroup")
    (root / "passwd").write_text(f"{dc.user}:{{PLAIN}}{dc.password}\n")
    ssl = (f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}\n" if cert else "ssl = no\n")
    ssl_listener = (f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {dc.ssl_port}\n    ssl = yes\n  }}\n"
                    if cert else "")
    (root / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
instance_name = consultant-test-{dc.port}
{ssl}disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
# inotify does not fire in every sandbox; check for new mail during IDLE every second
mailbox_idle_check_interval = 1 secs
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/passwd
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {dc.port}
  }}
{ssl_listener}}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
""")
    dc.proc = subprocess.Popen(["dovecot", "-F", "-c", str(root / "dovecot.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_port(dc.port, dc.proc)
    return dc


@dataclass
class Redis:
    port: int
    proc: subprocess.Popen

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


def start_redis() -> Redis:
    port = free_port()
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port, proc)
    return Redis(port, proc)


@dataclass
class SinkHandler:
    """Collects messages; ``script`` holds SMTP replies to give first (e.g. 451)."""

    messages: list[bytes] = field(default_factory=list)
    script: list[str] = field(default_factory=list)
    rcpts: list[list[str]] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if self.script:
            return self.script.pop(0)
        self.messages.append(envelope.original_content or envelope.content)
        self.rcpts.append(list(envelope.rcpt_tos))
        return "250 OK queued"


def start_sink(**kwargs) -> tuple[Controller, SinkHandler]:  # type: ignore[no-untyped-def]
    handler = SinkHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller, handler
