"""The rewriting of alternations that ``decision_prose`` and ``decision_words`` use: the same matches, written otherwise."""

from __future__ import annotations

import re

import pytest

from followup_sync import alternation


@pytest.mark.parametrize(("choice", "choices"), [
    ("(?:they|he) will", ["they will", "he will"]),
    ("(?:di)?kabar", ["dikabar", "kabar"]),
    ("(?<!other )offers?", ["o(?<!(?:other )o)ffers?"]),
    ("(?<!\\bi )(?:will|would) text", ["w(?<!(?:\\bi )w)ill text", "w(?<!(?:\\bi )w)ould text"]),
    ("(?:a|b)*c", ["(?:a|b)*c"]),  # a repeated group stays as it is
    ("(?=x)y", ["(?=x)y"]),
])
def test_a_choice_is_written_to_begin_with_a_plain_character(choice: str, choices: list[str]) -> None:
    assert alternation.plain_first_choices(choice) == choices


@pytest.mark.parametrize("pattern", [
    r"decid|decision|get back|(?:they|he) will|(?<!other )offers?|(?:di)?kabar|d[ae]y|(?=x)xy|dx",
    r"[0-9]|a(?:b|c)|(?<![a-z])ab|abc\b",
])
def test_a_pattern_written_by_first_letter_matches_as_written(pattern: str) -> None:
    written, grouped = re.compile(pattern), re.compile(alternation.by_first_letter(pattern))
    for text in ["decide", "decision", "get back", "they will", "he will", "other offers", "offers", "dikabar", "kabar",
                 "day", "dey", "xy", "dx", "abc", "ab", "xab", "1", "abcd"]:
        for at in range(len(text)):
            found, expected = grouped.match(text, at), written.match(text, at)
            assert (found and found.span()) == (expected and expected.span()), (text, at)


def test_the_choices_of_a_pattern_are_split_at_its_top_level_bars_only() -> None:
    assert alternation.choices(r"a|b(?:c|d)|[|]|\||e") == ["a", "b(?:c|d)", "[|]", "\\|", "e"]
