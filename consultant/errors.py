"""The exception tree, in one place.

Transient errors are retried; permanent ones are recorded and stop the work;
dispositions are not errors at all but decisions (ignore, hold) with a reason.
"""


class ConsultantError(Exception):
    """Base class for every error this package raises on purpose."""


class TransientError(ConsultantError):
    """Worth retrying later: a server is down, busy or answered 4xx."""


class PermanentError(ConsultantError):
    """Retrying will not help: record the reason and stop."""


class SendTemporaryFailure(TransientError):
    """The SMTP relay answered 4xx or the connection failed."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class SendPermanentFailure(PermanentError):
    """The SMTP relay answered 5xx: the reply cannot be delivered as is."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class ParseLimitExceeded(PermanentError):
    """The message breaks a configured size, depth, count or time limit."""


class InvalidTransition(ConsultantError):
    """A case or draft is not in a state that allows the requested action."""
