"""Alternations of regular expressions written so that the engine tries fewer of their choices.

Python's regex engine tries the choices of an alternation one after another; it passes over a choice whose first
character is not the text's without entering it only when that character comes first, as itself. The cues of
``decision_prose`` and the spellings of ``decision_words`` are hundreds of choices tried at every start of a word:
written to begin with a plain character and grouped behind it, a word start costs a look at some twenty letters.
Every rewriting here finds what the pattern as written finds, at the same place and of the same length, in a
pattern compiled without ``re.IGNORECASE`` (with it, two different first letters may both match).
"""

from __future__ import annotations


def element_end(pattern: str, at: int) -> int:
    """Where the element of ``pattern`` that starts at ``at`` ends: an escape, a class and a whole group are one."""
    char = pattern[at]
    if char == "\\":
        return at + 2  # the escaped character is no operator
    if char == "[":
        # a class runs to its first unescaped "]" that is not its first member ("[]...]", "[^]...]")
        at += 2 if pattern.startswith("[^", at) else 1
        at += pattern[at] == "]"
        while pattern[at] != "]":
            at += 2 if pattern[at] == "\\" else 1
    elif char == "(":
        at += 1
        while pattern[at] != ")":
            at = element_end(pattern, at)
    return at + 1


def choices(pattern: str) -> list[str]:
    """The choices of ``pattern`` that its top-level "|" separates (not one in a group, a class or an escape)."""
    found, start, at = [], 0, 0
    while at < len(pattern):
        if pattern[at] == "|":
            found.append(pattern[start:at])
            start = at + 1
            at += 1
        else:
            at = element_end(pattern, at)
    return [*found, pattern[start:]]


def plain_first(choice: str) -> bool:
    """Whether ``choice`` begins with a character matched as itself, once: a letter, a blank, an apostrophe."""
    return choice[:1] not in ("", *"\\[](){}.*+?^$|") and choice[1:2] not in ("?", "*", "+", "{")


def plain_first_choices(choice: str) -> list[str]:
    """``choice`` as choices that each begin with a plain character (``plain_first``), which match what it matches,
    in its order; or ``[choice]`` when it cannot be written so.

    A leading group of choices goes into each ("(?:they|he) will" → "they will|he will", "(?:di)?kabar" →
    "dikabar|kabar"), as the engine tries them: each with the rest, in turn. A look-behind before the first character
    moves behind it and looks back over it too ("(?<!other )offer" → "o(?<!(?:other )o)ffer"): both ask the same of
    the same characters.
    """
    if plain_first(choice):
        return [choice]
    if choice.startswith(("(?<=", "(?<!")):
        end = element_end(choice, 0)
        rests = plain_first_choices(choice[end:])
        if not plain_first(rests[0]):
            return [choice]
        return [rest[0] + choice[:4] + "(?:" + choice[4 : end - 1] + ")" + rest[0] + ")" + rest[1:] for rest in rests]
    if choice.startswith("(?:"):
        end = element_end(choice, 0)
        optional = choice[end : end + 1] == "?"
        if choice[end + optional : end + optional + 1] in ("?", "*", "+", "{"):
            return [choice]
        rest = choice[end + optional :]
        expanded = [*(inner + rest for inner in choices(choice[3 : end - 1])), *([rest] if optional else [])]
        written = [plain for one in expanded for plain in plain_first_choices(one)]
        return written if all(map(plain_first, written)) else [choice]
    return [choice]


def by_first_letter(pattern: str) -> str:
    """``pattern`` with the choices that begin with the same plain letter, among a run of such choices, written once
    behind that letter ("decid|decision|get back" → "d(?:ecid|ecision)|get back"): the same matches, found faster.

    The regex engine tries a choice after another, and each of two hundred choices costs a look; grouped, the letter
    is looked at once for a run of them. Only choices in a run move: two choices that begin with different letters
    never both match where one starts, so their order says nothing, but a choice that begins with a group or a
    look-around may match where a lettered one does, and keeps its place between them. So each choice is first
    written to begin with its letter (``plain_first_choices``): the engine enters a choice that begins with a group or
    a look-around wherever it is tried, where it skips one whose letter is not there, and such choices break the run.
    """
    grouped: list[str] = []
    run: dict[str, list[str]] = {}

    def close_run() -> None:
        grouped.extend(letter + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                       for letter, rests in run.items())
        run.clear()

    for choice in (plain for one in choices(pattern) for plain in plain_first_choices(one)):
        if plain_first(choice):
            run.setdefault(choice[0], []).append(choice[1:])
        else:
            close_run()
            grouped.append(choice)
    close_run()
    return "|".join(grouped)
