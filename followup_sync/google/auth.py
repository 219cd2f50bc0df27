"""Signing in to Google: the installed-app OAuth flow, and the token file it leaves behind.

The token is JSON (never pickle), written atomically with mode 0600 in a 0700 folder, refreshed by
google-auth when it expires and saved again after a refresh. It is never logged.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from followup_sync.backends.base import AuthError
from followup_sync.fsutil import atomic_write

if TYPE_CHECKING:
    from google.oauth2.credentials import Credentials

log = logging.getLogger(__name__)

#: Create, change and delete events on calendars the user owns, and read them: all this product
#: does. A calendar shared with the user but owned by someone else needs the wider
#: ``calendar.events`` scope (see the README).
SCOPES = ("https://www.googleapis.com/auth/calendar.events.owned",)


def load(token_file: Path, token_uri: str | None) -> Credentials:
    """The saved credentials; an AuthError naming the fix when there are none or they are unusable."""
    from google.oauth2.credentials import Credentials

    try:
        info = json.loads(token_file.read_text("utf-8"))
        _tighten(token_file)
        credentials: Credentials = Credentials.from_authorized_user_info(info)  # unannotated: returns cls(...)
    except FileNotFoundError:
        raise AuthError(f"not signed in to Google yet ({token_file} does not exist): run `followup-sync auth`") from None
    except (OSError, ValueError, TypeError, KeyError) as error:
        raise AuthError(f"{token_file} is not a usable token file ({type(error).__name__}): "
                        "run `followup-sync auth` to sign in again") from None
    # google-auth always sets Google's token endpoint, whatever the file says; an emulator's wins here.
    if token_uri:
        credentials = credentials.with_token_uri(token_uri)  # unannotated: returns a copy of its own class
    return credentials


def save(credentials: Credentials, token_file: Path) -> None:
    token_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write(token_file, credentials.to_json().encode("utf-8"), mode=0o600)


def _tighten(token_file: Path) -> None:
    """A token readable by others is a leaked token waiting to happen; fix the mode and say so."""
    mode = stat.S_IMODE(token_file.stat().st_mode)
    if mode & 0o077:
        os.chmod(token_file, 0o600)
        log.warning("%s was readable by others (mode %o); changed to 0600", token_file, mode)


class TokenKeeper:
    """Saves the credentials again whenever google-auth has refreshed the access token.

    Never over a token file that changed since it was read: that is a new sign-in (``auth`` run
    while the service holds the old credentials), and the old ones must not replace it.
    """

    def __init__(self, credentials: Credentials, token_file: Path) -> None:
        self.credentials = credentials
        self.token_file = token_file
        self._saved = credentials.token
        self._stamp = _stamp(token_file)

    def persist(self) -> None:
        if not self.credentials.token or self.credentials.token == self._saved:
            return
        self._saved = self.credentials.token
        if _stamp(self.token_file) != self._stamp:
            log.info("%s was replaced by a new sign-in; the refreshed old token is not saved over it",
                     self.token_file)
            return
        save(self.credentials, self.token_file)
        self._stamp = _stamp(self.token_file)
        log.debug("saved the refreshed Google access token")


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def sign_in(
    client_secret_file: Path,
    token_file: Path,
    *,
    open_browser: bool,
    port: int,
    say: Callable[[str], None],
    guard: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> Credentials:
    """Run the installed-app flow on a loopback redirect and save the token (inside ``guard``:
    the state folder's lock, so a running pass never saves its refreshed old token in between).

    Google removed the out-of-band (copy-the-code) flow, and the device flow does not allow
    Calendar scopes, so a headless machine uses ``open_browser=False`` with an ssh port forward
    of ``port`` (see the README).
    """
    from google_auth_oauthlib.flow import InstalledAppFlow

    if not client_secret_file.is_file():
        raise AuthError(
            f"no OAuth client file at {client_secret_file}: create a \"Desktop app\" OAuth client in the "
            "Google Cloud console, download its JSON there (or set calendar.google.client_secret_file)"
        )
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(client_secret_file), scopes=list(SCOPES))
    except (ValueError, KeyError, OSError) as error:
        raise AuthError(f"{client_secret_file} is not a Desktop-app OAuth client file ({error})") from None
    prompt = ("Open this address in a browser on this machine (or through an ssh port forward of port "
              "{port}) and allow access:\n\n    {url}\n" if not open_browser else
              "Your browser should open for you to allow access. If it does not, open:\n\n    {url}\n")
    try:
        # google_auth_oauthlib is untyped; for a Desktop-app client this is a google.oauth2 Credentials
        # (helpers.credentials_from_session).
        credentials: Credentials = flow.run_local_server(
            host="localhost",
            port=port,
            open_browser=open_browser,
            authorization_prompt_message=prompt.replace("{port}", str(port)),
            success_message="followup-sync is signed in. You can close this window.",
            access_type="offline",  # a refresh token, so the service keeps working unattended
            prompt="consent",  # Google sends a new refresh token only when consent is asked again
        )
    except Exception as error:  # oauthlib raises many types for a refused or broken sign-in
        raise AuthError(f"sign-in did not complete ({type(error).__name__}: {error}); run `followup-sync auth` again") from None
    with guard():
        save(credentials, token_file)
    say(f"Signed in. The token is saved in {token_file} (readable by you only).")
    return credentials
