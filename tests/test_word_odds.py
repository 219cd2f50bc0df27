"""The word odds table: made from the corpus's dev split only, read as ``classify`` reads events, and weighed
only where the rules found a sign of hiring, not enough, and nothing against."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

from benchmarks.corpus import Item, load
from benchmarks.word_odds import MIN_EVENTS, TABLE_PATH, make_table, table_text
from followup_sync import detect, word_odds
from followup_sync.model import Attendee, SourceEvent
from followup_sync.rules import DetectionRules, Identity

START = datetime(2026, 12, 1, 15, tzinfo=timezone.utc)
ME = Identity(emails=("me@example.com",))


def event(summary: str, description: str = "", **fields: object) -> SourceEvent:
    return SourceEvent(key="k", uid="u", summary=summary, start=START, end=START + timedelta(hours=1),
                       description=description, **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def dev() -> list[Item]:
    return load(splits=("dev",))


def test_the_shipped_table_is_what_the_dev_split_makes(dev: list[Item]) -> None:
    shipped = TABLE_PATH.read_text("utf-8")
    assert shipped == table_text(make_table(dev)), "run `python -m benchmarks.word_odds` after changing the corpus"
    assert len(word_odds.table()) > 1_000


def test_the_table_never_reads_the_held_out_split(dev: list[Item]) -> None:
    held_out = Counter(word for item in load(splits=("heldout",)) for word in detect.words_of(item.event))
    in_dev = Counter(word for item in dev for word in detect.words_of(item.event))
    only_held_out = [w for w, n in held_out.items() if n >= MIN_EVENTS and w not in in_dev]
    assert only_held_out, "the held-out split has words of its own"
    assert not set(only_held_out) & word_odds.table().keys()


def test_title_and_notes_are_read_apart_and_japanese_as_character_pairs() -> None:
    assert word_odds.words("nordic foods 2pm", "meet the director") == {
        "t:nordic", "t:foods", "t:pm", "d:meet", "d:the", "d:director"}
    assert word_odds.words("最終面接", "") == {"t:最終", "t:終面", "t:面接"}
    assert word_odds.words("acme面接", "") == {"t:面接", "t:acme"}


def test_the_sentence_saying_when_they_answer_is_not_weighed_again() -> None:
    notes = "Meet the depot manager. They will let me know by Friday either way."
    found = detect.words_of(event("Queens Rd", notes))
    assert "d:depot" in found
    assert not {"d:friday", "d:either", "d:know"} & found


def test_interview_words_tip_a_sign_of_hiring_into_an_interview() -> None:
    verdict = detect.classify(event("Nordic Foods", "Meet the head of engineering and the director in the lobby"),
                              DetectionRules(), ME)
    assert verdict.is_interview
    shared = [e for e in verdict.evidence if e.name == "words interviews share"]
    assert len(shared) == 1 and "engineering" in shared[0].text and "log odds" in shared[0].text


def test_notes_with_no_evidence_at_all_are_weighed_at_the_bar_of_a_weak_sign() -> None:
    # "Lehto työmaakäynti klo 7": the candidate's own few words, with none of the lists' (session 12)
    verdict = detect.classify(event("Nordic Foods", "head of engineering, director, lobby"), DetectionRules(), ME)
    assert verdict.is_interview
    assert [e.name for e in verdict.evidence] == ["words interviews share"]


@pytest.mark.parametrize("summary, notes, fields", [
    # no sign of hiring at all, and an ordinary meeting's words
    ("Nordic Foods", "quarterly numbers, new packaging, lobby", {}),
    ("Nordic Foods", "Agenda: status of the migration, open questions, next steps. Bring the numbers.", {}),
    # an ordinary meeting's mark against
    ("Nordic Foods 1:1", "Meet the head of engineering and the director in the lobby", {}),
    # colleagues from the user's own domain weigh more against than any ordinary word
    ("Nordic Foods", "Meet the head of engineering and the director in the lobby",
     {"attendees": (Attendee(email="me@example.com", is_self=True), Attendee(email="kim@example.com"),
                    Attendee(email="lee@example.com"))}),
])
def test_interview_words_alone_or_against_a_sign_decide_nothing(summary: str, notes: str, fields: dict[str, object]) -> None:
    verdict = detect.classify(event(summary, notes, **fields), DetectionRules(), ME)
    assert not verdict.is_interview
    assert "words interviews share" not in {e.name for e in verdict.evidence}


def test_the_table_is_data_a_reader_can_check() -> None:
    lines = TABLE_PATH.read_text("utf-8").splitlines()
    assert lines == sorted(lines, key=lambda line: line.split("\t")[0])
    assert all(line[:2] in ("t:", "d:") and len(line.split("\t")) == 2 for line in lines)


def test_months_and_weekdays_are_no_words_of_an_interview() -> None:
    """The corpus was written in one autumn: its months leaned towards interviews (the session-11 review's
    "Meeting with the programme director" about "the October intake")."""
    assert word_odds.words("meeting in october", "lokakuussa, mercredi, ottobre, friday") == {"t:meeting", "t:in"}
    assert not {w for w in word_odds.table() if w[2:] in ("october", "octobre", "ottobre", "monday", "friday")}


def test_a_word_in_the_title_and_the_notes_counts_once_among_the_strongest() -> None:
    known = word_odds.table()
    word = next(w[2:] for w, v in sorted(known.items(), key=lambda kv: -kv[1])
                if w.startswith("t:") and known.get("d:" + w[2:], 0) > 0)
    alone = word_odds.odds(word, "")
    both = word_odds.odds(word, word)
    assert both == max(alone, word_odds.odds("", word))
    assert word_odds.strongest(word, word) == (word,)


@pytest.mark.parametrize(("summary", "notes"), [
    # an everyday meeting's hint asks for more than interview-like words (the session-11 review's inputs)
    ("Incontro con il direttore della banca", "Messaggio del direttore: portare i documenti."),
    ("Meet the head of year", "About Josh's GCSE options in October."),
    ("Point avec mon chef d'équipe", "Organisation des congés d'octobre."),
    ("Meeting with the programme director", "Curriculum changes for the October intake (I'm a module leader)."),
])
def test_everyday_meetings_with_a_boss_or_a_school_stay_ordinary(summary: str, notes: str) -> None:
    verdict = detect.classify(event(summary, notes), DetectionRules(), ME)
    assert not verdict.is_interview, verdict.evidence


@pytest.mark.parametrize(("title", "notes"), [
    ("nordic foods", "meet the head of engineering and the director in the lobby. they decide by friday."),
    ("queens rd", "depot manager + route knowledge test. take payslips. will let me know either way."),
    ("weekly sync", "agenda: status, open questions, next steps. dial-in: pin 1234."),
])
def test_the_ceiling_bounds_the_odds_of_any_part_of_the_notes(title: str, notes: str) -> None:
    ceiling = word_odds.ceiling(title, notes)
    words = notes.split()
    parts = [notes, "", " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2:]),
             " ".join(w for i, w in enumerate(words) if i % 3)]
    assert all(word_odds.odds(title, part) <= ceiling for part in parts)
    assert ceiling >= max(word_odds.odds(title, part) for part in parts)
