"""The Calendar API service, and the one place where HTTP failures get their meaning.

Every request goes through :func:`execute`: it times out, retries what Google documents as
retryable (5xx, 429, the 403 rate-limit reasons, dropped connections) with exponential backoff
and full jitter up to a bound, and turns everything else into a typed error that callers handle
by meaning (409 exists, 410 gone, 412 changed meanwhile). googleapiclient's own ``num_retries``
is not used: its sleeps cannot be bounded or observed.
"""

from __future__ import annotations

import json
import logging
import random
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from followup_sync.backends.base import (
    AlreadyExists,
    AuthError,
    BackendError,
    PreconditionFailed,
    QuotaExceeded,
    Unavailable,
)

log = logging.getLogger(__name__)

#: Seconds a single HTTP request may take before it counts as a network failure.
REQUEST_TIMEOUT = 30.0
_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
_QUOTA_REASONS = frozenset({"quotaExceeded", "dailyLimitExceeded", "usageLimits"})


class NotFound(BackendError):
    """404: no such event or calendar."""


class Gone(BackendError):
    """410: a deleted event, or a sync token Google no longer accepts (``fullSyncRequired``)."""


class BadRequest(BackendError):
    """400: Google refused what we sent; retrying the same request cannot help."""


@dataclass
class RetryPolicy:
    """How often and how patiently a request is retried. Tests shrink ``base`` to milliseconds."""

    attempts: int = 5
    base: float = 1.0
    cap: float = 32.0
    sleep: Callable[[float], None] = time.sleep
    rand: Callable[[], float] = field(default=random.random)

    def delay(self, attempt: int) -> float:
        """Full jitter (a random share of the exponential step) spreads clients that failed together."""
        return min(self.cap, self.base * 2.0**attempt) * (0.5 + self.rand() / 2)


def error_reason(content: bytes | str | None) -> str:
    """The ``reason`` of Google's JSON error body, or ''."""
    try:
        data = json.loads(content or b"{}")
        return str(data["error"]["errors"][0]["reason"])
    except (ValueError, KeyError, IndexError, TypeError):
        try:
            return str(json.loads(content or b"{}")["error"]["status"])
        except (ValueError, KeyError, TypeError):
            return ""


def classify(status: int, content: bytes | str | None) -> BackendError:
    """The typed error for an HTTP error response. Retryable ones are ``Unavailable`` (not quota)."""
    reason = error_reason(content)
    detail = f"HTTP {status}" + (f" {reason}" if reason else "")
    if status == 409:
        return AlreadyExists(detail)
    if status == 412:
        return PreconditionFailed(detail)
    if status == 410:
        return Gone(reason or detail)
    if status == 404:
        return NotFound(detail)
    if status == 401:
        return AuthError(f"Google refused the credentials ({detail}); run `followup-sync auth` to sign in again")
    if status == 403 and reason in _QUOTA_REASONS:
        return QuotaExceeded(f"Google Calendar quota exhausted ({detail}); pausing until it recovers")
    if status == 403 and reason not in _RATE_REASONS:
        return AuthError(f"Google Calendar denied access ({detail}): check calendar_id and that you own the "
                         "calendar, or run `followup-sync auth` again")
    if status == 429 or status >= 500 or status == 403:
        return Unavailable(f"Google Calendar is busy or failing ({detail})")
    return BadRequest(detail)


def retryable(error: BackendError) -> bool:
    return isinstance(error, Unavailable) and not isinstance(error, QuotaExceeded)


def _network_errors() -> tuple[type[BaseException], ...]:
    import httplib2
    from google.auth.exceptions import TransportError

    return (OSError, socket.timeout, ssl.SSLError, httplib2.HttpLib2Error, TransportError)


def execute(request: Any, policy: RetryPolicy) -> Any:
    """Run one googleapiclient request with retries; returns its parsed JSON body."""
    from google.auth.exceptions import RefreshError
    from googleapiclient.errors import HttpError

    network = _network_errors()
    last: BackendError | None = None
    for attempt in range(max(1, policy.attempts)):
        if attempt:
            pause = policy.delay(attempt - 1)
            log.debug("retrying %s %s in %.2fs after: %s", request.method, request.uri.split("?")[0], pause, last)
            policy.sleep(pause)
        try:
            return request.execute(num_retries=0)
        except HttpError as error:
            last = classify(error.resp.status, error.content)
            if not retryable(last):
                raise last from None
        except RefreshError as error:
            if not getattr(error, "retryable", False):
                raise AuthError(refresh_hint(error)) from None
            last = Unavailable(f"the Google sign-in could not be refreshed right now ({type(error).__name__})")
        except network as error:
            last = Unavailable(f"network problem talking to Google Calendar: {type(error).__name__}: {error}")
    assert last is not None
    raise last


def refresh_hint(error: BaseException) -> str:
    """The message for a refresh token Google no longer accepts (never includes the token)."""
    text = str(error)
    if "invalid_grant" in text or "expired or revoked" in text:
        return ("Google no longer accepts the saved sign-in (invalid_grant: revoked, expired, or the password "
                "changed). Run `followup-sync auth` to sign in again. Note: apps whose OAuth consent screen is "
                "left in \"Testing\" publishing status lose their tokens after 7 days; set it to \"In production\".")
    return f"could not refresh the Google sign-in ({type(error).__name__}); run `followup-sync auth` again"
