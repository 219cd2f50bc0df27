"""A byte-level linter for the .ics files followup-sync writes.

``lint(data)`` returns a list of problems (empty = clean). It checks the physical form that
parsers are picky about -- CRLF line ends, 75-octet folding that never splits a UTF-8 sequence,
balanced BEGIN/END -- and the structural rules we promise: VCALENDAR with VERSION and PRODID and no
UID, exactly one UID and DTSTAMP per VEVENT/VTODO with unique UIDs, a VTIMEZONE for every TZID
parameter, no COMMENT directly in VTIMEZONE, and one value per RDATE line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

MAX_OCTETS = 75
_NAME = re.compile(rb"[A-Za-z0-9-]+")
# RFC 5545 CONTROL: everything below 0x20 except HTAB, and DEL.
_CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")


@dataclass
class _Line:
    number: int  # physical line number (1-based) where the logical line starts
    name: str
    params: list[tuple[str, list[str]]]
    value: str


@dataclass
class _Component:
    name: str
    line: int
    props: list[_Line] = field(default_factory=list)
    children: list["_Component"] = field(default_factory=list)


def _physical_lines(data: bytes, problems: list[str]) -> list[bytes]:
    if not data:
        problems.append("empty file")
        return []
    if not data.endswith(b"\r\n"):
        problems.append("file does not end with CRLF")
    body = data[:-2] if data.endswith(b"\r\n") else data
    lines = body.split(b"\r\n")
    for number, line in enumerate(lines, 1):
        if b"\r" in line:
            problems.append(f"line {number}: bare CR")
        if b"\n" in line:
            problems.append(f"line {number}: bare LF")
        if len(line) > MAX_OCTETS:
            problems.append(f"line {number}: {len(line)} octets (max {MAX_OCTETS})")
    return lines


def _unfold(lines: list[bytes], problems: list[str]) -> list[tuple[int, bytes]]:
    logical: list[tuple[int, bytearray]] = []
    for number, line in enumerate(lines, 1):
        if line[:1] in (b" ", b"\t"):
            if line[:1] == b"\t":
                problems.append(f"line {number}: folded with TAB, not a single space")
            if not logical:
                problems.append(f"line {number}: continuation line with nothing to continue")
                continue
            piece = line[1:]
            try:
                piece.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"line {number}: fold inside a UTF-8 sequence or invalid UTF-8")
            logical[-1][1].extend(piece)
        else:
            if not line:
                problems.append(f"line {number}: empty line")
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"line {number}: fold inside a UTF-8 sequence or invalid UTF-8")
            logical.append((number, bytearray(line)))
    return [(number, bytes(buf)) for number, buf in logical]


def _parse_line(number: int, raw: bytes, problems: list[str]) -> _Line | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"line {number}: invalid UTF-8")
        text = raw.decode("utf-8", "replace")
    if _CONTROL.search(raw):
        problems.append(f"line {number}: control character in content line")
    match = _NAME.match(raw)
    if not match:
        problems.append(f"line {number}: no property name: {text[:40]!r}")
        return None
    name = match.group().decode("ascii").upper()
    pos = match.end()
    params: list[tuple[str, list[str]]] = []
    while pos < len(text) and text[pos] == ";":
        pos += 1
        eq = text.find("=", pos)
        if eq < 0:
            problems.append(f"line {number}: parameter without '='")
            return None
        pname = text[pos:eq].upper()
        pos = eq + 1
        values: list[str] = []
        while True:
            if pos < len(text) and text[pos] == '"':
                end = text.find('"', pos + 1)
                if end < 0:
                    problems.append(f"line {number}: unterminated quoted parameter value")
                    return None
                values.append(text[pos + 1:end])
                pos = end + 1
            else:
                end = pos
                while end < len(text) and text[end] not in ",;:":
                    end += 1
                values.append(text[pos:end])
                pos = end
            if pos < len(text) and text[pos] == ",":
                pos += 1
                continue
            break
        params.append((pname, values))
    if pos >= len(text) or text[pos] != ":":
        problems.append(f"line {number}: no ':' after name/parameters")
        return None
    return _Line(number, name, params, text[pos + 1:])


def _tree(lines: list[_Line], problems: list[str]) -> list[_Component]:
    roots: list[_Component] = []
    stack: list[_Component] = []
    for line in lines:
        if line.name == "BEGIN":
            comp = _Component(line.value.upper(), line.number)
            (stack[-1].children if stack else roots).append(comp)
            stack.append(comp)
        elif line.name == "END":
            if not stack:
                problems.append(f"line {line.number}: END:{line.value} without BEGIN")
            elif stack[-1].name != line.value.upper():
                problems.append(
                    f"line {line.number}: END:{line.value} closes BEGIN:{stack[-1].name} "
                    f"of line {stack[-1].line}")
                stack.pop()
            else:
                stack.pop()
        elif not stack:
            problems.append(f"line {line.number}: property {line.name} outside any component")
        else:
            stack[-1].props.append(line)
    for comp in stack:
        problems.append(f"line {comp.line}: BEGIN:{comp.name} never ended")
    return roots


def _walk(comps: list[_Component]):
    for comp in comps:
        yield comp
        yield from _walk(comp.children)


def lint(data: bytes) -> list[str]:
    """Every problem found in ``data`` (the bytes of an .ics file); empty when clean."""
    problems: list[str] = []
    physical = _physical_lines(data, problems)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"not valid UTF-8: {exc}")
    logical = [parsed for number, raw in _unfold(physical, problems)
               if (parsed := _parse_line(number, raw, problems)) is not None]
    roots = _tree(logical, problems)

    if not roots:
        problems.append("no VCALENDAR")
    for root in roots:
        if root.name != "VCALENDAR":
            problems.append(f"line {root.line}: top-level {root.name}, expected VCALENDAR")
            continue
        names = Counter(p.name for p in root.props)
        for required in ("VERSION", "PRODID"):
            if names[required] != 1:
                problems.append(f"VCALENDAR has {names[required]} {required} (need exactly 1)")
        if names["UID"]:
            problems.append("VCALENDAR has a UID")

    uids: Counter[str] = Counter()
    timezones: set[str] = set()
    tzid_refs: list[tuple[int, str]] = []
    for comp in _walk(roots):
        names = Counter(p.name for p in comp.props)
        if comp.name in ("VEVENT", "VTODO"):
            for required in ("UID", "DTSTAMP"):
                if names[required] != 1:
                    problems.append(
                        f"line {comp.line}: {comp.name} has {names[required]} {required} "
                        "(need exactly 1)")
            for prop in comp.props:
                if prop.name == "UID":
                    uids[prop.value] += 1
        if comp.name == "VTIMEZONE":
            tzids = [p.value for p in comp.props if p.name == "TZID"]
            if len(tzids) != 1:
                problems.append(f"line {comp.line}: VTIMEZONE has {len(tzids)} TZID")
            elif tzids[0] in timezones:
                problems.append(f"line {comp.line}: second VTIMEZONE for {tzids[0]}")
            timezones.update(tzids)
            if names["COMMENT"]:
                problems.append(f"line {comp.line}: COMMENT directly inside VTIMEZONE")
            if not comp.children:
                problems.append(f"line {comp.line}: VTIMEZONE without STANDARD/DAYLIGHT")
        for prop in comp.props:
            for pname, values in prop.params:
                if pname == "TZID":
                    tzid_refs.extend((prop.number, v) for v in values)
            if prop.name == "RDATE" and "," in prop.value:
                problems.append(f"line {prop.number}: several values on one RDATE line")
    for uid, count in uids.items():
        if count > 1:
            problems.append(f"UID {uid!r} used by {count} components")
    for number, tzid in tzid_refs:
        if tzid not in timezones:
            problems.append(f"line {number}: TZID={tzid} has no VTIMEZONE")
    return problems
