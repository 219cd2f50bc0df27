"""Text in and out: descriptions read as lines whatever their markup, and the one sanitizer for
text that goes into a task, so that what is written is what is read back.

A generated event's fingerprint is taken from its text, and a mismatch on the next read means the
user edited it, after which it is never moved or removed again. So any character a calendar would
drop, rewrite or refuse must be gone before the fingerprint is taken, not while writing: a C1
control (U+0085 in an attendee's address) that the .ics writer drops, or a lone surrogate UTF-8
cannot encode, would otherwise make every fresh task look edited by the user.

``Task`` applies this when it is built, so every planner, draft and backend reader gets it without
asking; escaping for a wire format (iCalendar's backslashes, Google's HTML) happens in the backends
and is undone exactly when they read back.
"""

from __future__ import annotations

import html
import re

# C0 controls except TAB and LF, DEL, C1 controls; CR is turned into LF first.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text every backend stores and returns unchanged.

    Line ends become LF, other control characters (C0 but TAB and LF, DEL, C1) are dropped, lone
    surrogates (not encodable as UTF-8) become U+FFFD. Idempotent: clean text comes back as it is.
    """
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


def plain_text(description: str) -> str:
    """Google stores descriptions typed in its web UI as HTML; read them as lines of text."""
    if "<" not in description and "&" not in description:
        return description
    text = re.sub(r"(?i)<\s*br\s*/?>|</\s*(p|div|li)\s*>", "\n", description)
    text = re.sub(r"<[^>]{0,500}>", "", text)
    return html.unescape(text)
