"""Detection's fast readings of text give what the plain readings they replaced give.

Each shortcut in ``detect`` (ASCII text folded without NFKC, the lexicon matched with the character
before a phrase, a fullmatch for bare titles, the hints looked for before the candidate shapes) is
checked here against the plain formulation, on generated text built from the pieces that make
them differ if they ever do. The corpus figures check the same on real events; these check the
corners the corpus does not have.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_sync import detect
from followup_sync.rules import DetectionRules


def _fold(text: str) -> str:
    """normalise without its ASCII shortcut."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-", text).casefold()
    return " ".join(text.split())


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_text_folds_as_any_text_does(text: str) -> None:
    assert detect.normalise(text) == _fold(text)


def test_text_that_is_not_ascii_is_still_folded_in_full() -> None:
    # compatibility forms, a no-break space, dash variants, and a capital that folds to two letters
    assert detect.normalise("Gespräch\u00a0–  ＳＴＲＡẞE") == "gespräch - strasse"
    assert detect.normalise("Entretien\u00a0–\u2011RH") == "entretien --rh"


_spaced = detect._lexicon_for(DetectionRules()).spaced
assert _spaced is not None
_SPACED: re.Pattern[str] = _spaced
#: The same trie behind a plain "no word character before" lookbehind: what the lexicon matched
#: before it took the character in front of a phrase instead (a ``\W``, now written out as ``_word_start``).
_PLAIN = re.compile(r"(?<!\w)" + _SPACED.pattern.removeprefix(detect._word_start() + "(").removesuffix(")"))
assert _PLAIN.pattern != r"(?<!\w)" + _SPACED.pattern.removesuffix(")")
_PHRASES = sorted({detect.normalise(p.rstrip("*")) for family in detect._WORD_FAMILIES for p in family[1]}
                  | {detect.normalise(p) for p in detect._OWN_LINES})
_SIGN_ENDED = [p for p in _PHRASES if p and not (p[-1].isalnum() or p[-1] == "_")]
#: (with letters and signs past U+FFFF, which ``_word_start`` lets through: "𝐀" and "𠀀" are letters, the emoji no)
_GLUE = ["", " ", "  ", "-", "\n", ":", ".", "/", "(", "'s", "s", "es", "_", "x", "é", "\u00a0", "1", "𝐀", "𠀀", "💼"]
_texts = st.lists(st.one_of(st.sampled_from(_PHRASES), st.sampled_from(_SIGN_ENDED), st.sampled_from(_GLUE)),
                  max_size=12).map("".join)


def test_a_phrase_right_after_one_that_ends_in_a_sign_is_still_found() -> None:
    lexicon = detect._lexicon((("candidate:",), ("interview",)))
    assert lexicon.scan("candidate:interview") == {0: ["candidate:"], 1: ["interview"]}
    assert lexicon.scan("candidate:interviews") == {0: ["candidate:"], 1: ["interviews"]}


@settings(max_examples=1000)
@given(_texts)
def test_the_lexicon_finds_what_the_plain_lookbehind_finds(text: str) -> None:
    astral = any(char > "\uffff" for char in text)
    assert detect._spaced_phrases(_SPACED, text, astral) == _PLAIN.findall(text)
    assert detect._spaced_phrases(_SPACED, text, astral=True) == _PLAIN.findall(text)  # (one match at a time)


def test_the_class_before_a_phrase_is_the_non_word_characters() -> None:
    written_out = re.compile(detect._word_start())
    every = "".join(map(chr, range(0x10000)))
    assert [m.start() for m in written_out.finditer(every)] == [m.start() for m in re.finditer(r"\W", every)]
    assert written_out.fullmatch("💼") and written_out.fullmatch("𝐀")  # past U+FFFF: all let through


def test_a_phrase_after_a_letter_past_the_basic_plane_is_not_one() -> None:
    lexicon = detect._lexicon((("interview",), ("view",)))
    assert lexicon.scan("𝐀interview") == {}
    assert lexicon.scan("💼interview 𠀀view") == {0: ["interview"]}
    assert lexicon.scan("𝐀interview-view 💼 view") == {1: ["view"]}


#: The bare-title test as it was: delete every time, date and separator, and see that nothing is left.
_BARE_PIECES = re.compile(
    r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|klo)?(?!\w)|\d{1,2}[./]\d{1,2}[./]?|"
    r"\b(?:at|um|à|a las|alle|om|klo)\b|[\s\-/|@:,.()\[\]–—·~]+"
)
_title_pieces = st.lists(st.sampled_from(
    ["12", "1", "9:30", "14h30", "13.00", "am", "pm", "a.m.", "p.m.", "h", "uhr", "klo", " ", "-", "/", "|", "@",
     ":", ",", ".", "(", ")", "–", "·", "at", "um", "à", "a las", "alle", "om", "x", "5/6", "12.11.", "7a", "é"]),
    max_size=8).map("".join)


@settings(max_examples=1000)
@given(_title_pieces)
def test_a_bare_title_is_one_that_deleting_times_and_separators_empties(title: str) -> None:
    assert (detect._BARE_TITLE.fullmatch(title) is not None) == (not _BARE_PIECES.sub("", title))


_HONORIFICS = ["Frau", "Herr", "Hr.", "Mme", "Mlle", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sr.", "Sra.", "Sig.",
               "Sig.ra", "Dhr.", "Mevr."]
_summaries = st.one_of(
    # the shapes themselves: a stage, maybe a separator, a person (initial, honorific or name), a name
    st.tuples(st.sampled_from(["Interview", "Phone screen", "Loop", "Entretien", "Interview with", "Call w/"]),
              st.sampled_from(["", " ", ":", " : ", " - ", " – ", " | ", "\n"]),
              st.sampled_from([*_HONORIFICS, "J.", "J. ", "Priya", "Jane", "ab"]),
              st.sampled_from(["", " ", "  ", "\t"]),
              st.sampled_from(["Alvarez", "S.", "Yilmaz", "Ömer", "Doe", "x"]),
              st.sampled_from(["", " for Backend", " für Backend", " pour ", " voor IBD", " (SDR)", "."])).map("".join),
    # and pieces of them in any order
    st.lists(st.sampled_from(["Interview", ":", " - ", "|", " ", "\n", "J.", "Alvarez", "S.", *_HONORIFICS, "Yilmaz",
                              "with", "w/", "for", "für", "pour", "para", "per", "voor", "Jane", "Doe", "."]),
             max_size=10).map("".join),
)


@settings(max_examples=1000)
@given(_summaries)
def test_the_candidate_shapes_never_match_a_title_without_their_hint(summary: str) -> None:
    if detect._CANDIDATE_NAMED.match(summary):
        assert detect._candidate_hint(summary)
    if detect._APPLICANT_FOR.match(summary):
        assert detect._APPLICANT_HINT.search(summary)


#: The hint as one pattern, with the Spanish "a" among the choices: what ``_candidate_hint`` replaced.
_ONE_HINT = re.compile(r"\.|Frau|Herr|Mme|Mlle|Mr|Ms|^[Ee]ntrevista\s+a\s+[A-Z]")


@settings(max_examples=1000)
@given(st.one_of(_summaries, st.lists(st.sampled_from(["Entrevista", "entrevista", " a ", "a", " ", "\n", "Carlos", "x",
                                                        "Mr", "."]), max_size=6).map("".join)))
def test_the_candidate_hint_is_the_one_pattern_it_replaced(summary: str) -> None:
    assert detect._candidate_hint(summary) == (_ONE_HINT.search(summary) is not None)


def test_a_job_word_at_the_very_start_of_a_text_counts() -> None:
    assert detect._role_mention("poste de développeur backend à paris") == "poste de développeur backend à paris"
    assert detect._role_mention("senior developer position open") == "senior developer position"
    assert detect._role_mention("the role. engineers will join") is None


#: The street pattern as it was, tried at every position and giving back letters of the run before "street":
#: what ``_STREET`` must still replace.
_STREET_PLAIN = re.compile(
    detect._STREET.pattern.removeprefix(r"(?!\B\w)(?:").removesuffix(")").replace(r"[\w'-]++", r"[\w'-]+"))
assert _STREET_PLAIN.pattern.count("++") == 0
_addresses = st.lists(st.sampled_from(
    ["rue", "de la", "dell'", "l'", "via", "place", "street", "st.", "st", "road", "rd.", "ave", "straße", "haupt",
     "str.", "platz", "gasse", "katu", "tie", "kuja", "x", "b", "é", "1", " ", "  ", "-", "'", ",", ".", "\n"]),
    max_size=12).map("".join)


@settings(max_examples=1000)
@given(_addresses)
def test_a_street_is_found_where_it_was_when_every_position_was_tried(location: str) -> None:
    assert detect._STREET.sub(" ", location) == _STREET_PLAIN.sub(" ", location)


#: The words for a job as a plain list, the way ``_JOB_WORD`` first wrote them.
_JOB_WORD_PLAIN = re.compile(
    r"\W(" + "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in detect._JOB_WORDS)
    + r")(?!\w)")
_job_texts = st.lists(st.sampled_from(
    [*(w.rstrip("*") for w in detect._JOB_WORDS), "pos", "posti", "paik", "paikkaa", "tehtävään", "vaca", "roles", "x",
     " ", "-", ".", "é", "_", "1"]), max_size=10).map("".join)


@settings(max_examples=1000)
@given(_job_texts)
def test_the_grouped_job_words_find_what_the_list_finds(text: str) -> None:
    padded = " " + text
    assert [m.span(1) for m in detect._JOB_WORD.finditer(padded)] == [m.span(1) for m in _JOB_WORD_PLAIN.finditer(padded)]


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from("a-é–—‐‑‒―−ł 1"), max_size=30))
def test_the_dash_variants_become_hyphens_as_the_pattern_made_them(text: str) -> None:
    assert detect._hyphens(text) == re.sub("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-", text)


_notes = st.lists(st.sampled_from(
    ["Role", "role:", " Interviewer = ", "- Company:", "•Stelle:", "\t* position :", "x", "firma", "会社:", " ", "\n", "\r\n",
     ":", "Job title", "notes"]), max_size=10).map("".join)


@settings(max_examples=1000)
@given(_notes)
def test_the_first_detail_line_is_the_one_the_line_pattern_finds(plain: str) -> None:
    found = detect._FIELD_LINE.search(plain)
    assert detect._field_line(plain) == (found.group(0).strip() if found else None)


_job_titles = st.lists(st.sampled_from(
    ["summer job", "job", "the position", "apprentice", "apprenticeship", "probetag", "työkokeilu", "demo lesson", "xdemo lesson",
     "求人", "アルバイト", "lehrprobe", "x", "é", " ", "-", ":", "_", "1"]), max_size=8).map("".join)


@settings(max_examples=1000)
@given(_job_titles)
def test_a_job_is_named_where_the_one_pattern_finds_it(title: str) -> None:
    assert detect._names_a_job(title) == (detect._JOB_NOUN.search(title) is not None)


@settings(max_examples=1000)
@given(_job_titles, _job_titles)
def test_the_job_noun_is_the_one_pattern_finds(title: str, description: str) -> None:
    found = detect._JOB_NOUN.search(f"{title}\n{description}")
    assert detect._job_noun(title, description) == (found.group(0).strip() if found else None)


_colon_titles = st.lists(st.sampled_from(
    [*detect.OWN_TASK_PREFIXES, "Canceled", "Abgesagt", "annulée", "キャンセル", "中止", ":", "：", "﹕", "︓", " ", "-", "x",
     "Acme", "\u00a0", "to Jane"]), max_size=6).map("".join)


@settings(max_examples=1000)
@given(st.one_of(_colon_titles, st.text(max_size=30)))
def test_our_task_and_a_cancelled_title_both_have_a_colon(title: str) -> None:
    folded = detect.normalise(title)
    if detect._OWN_SUMMARY.match(folded) or detect._CANCELLED_PREFIX.match(folded):
        assert ":" in folded


_ascii_texts = st.one_of(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
    st.lists(st.sampled_from(["rue", "de la", "via", "street", "st.", "road", "haupt", "str.", "platz", "katu", "tie",
                              *(w.rstrip("*") for w in detect._JOB_WORDS if w.isascii()), "roles", "x", "1", "_", "'",
                              " ", "-", ".", "\n", "\t", "\x1c", "\x1f", "\x0b"]), max_size=12).map("".join),
)


@settings(max_examples=1000)
@given(_ascii_texts)
def test_an_ascii_twin_reads_normalised_ascii_text_as_its_pattern_does(text: str) -> None:
    folded = detect.normalise(text)
    assert detect._STREET_ASCII.sub(" ", folded) == detect._STREET.sub(" ", folded)
    padded = " " + folded
    assert ([m.span(1) for m in detect._JOB_WORD_ASCII.finditer(padded)]
            == [m.span(1) for m in detect._JOB_WORD.finditer(padded)])
    # _JOB_WORD has no \s: it needs no normalised text
    assert ([m.span(1) for m in detect._JOB_WORD_ASCII.finditer(" " + text)]
            == [m.span(1) for m in detect._JOB_WORD.finditer(" " + text)])


#: Pieces that make text need NFKC, in and out of ``_ASCII_COMPATIBLE``: full-width forms, odd blanks, ordinals,
#: combining marks (which compose with what a full-width letter becomes), half-width kana and their voicing mark,
#: ligatures, a title-case digraph, and plain letters and blanks.
_COMPATIBLE = ["（", "）", "：", "Ａ", "ｅ", "１", "＋", "／", "｜", "\u00a0", "\u3000", "\u2009", "\u202f", "ª", "º", "²", "…",
               "\u0301", "\u0308", "\u0327", "\u3099", "ｶ", "ﾞ", "ﬁ", "ǅ", "①", "e", "A", "é", "ß", "カ", "面接", " ", "  ",
               "\t", "\n", "-", "–", "\u2011", "x", "innen", ":innen", "*", "\u200b", "\u00ad"]
_compatible_texts = st.lists(st.sampled_from(_COMPATIBLE), max_size=12).map("".join)


def test_each_compatible_character_becomes_its_ascii_decomposition() -> None:
    for code, text in detect._ASCII_COMPATIBLE.items():
        assert text == unicodedata.normalize("NFKD", chr(code)) != chr(code) and text.isascii()


@settings(max_examples=2000)
@given(st.one_of(_compatible_texts, st.text(max_size=40)))
def test_text_given_its_ascii_decompositions_first_has_the_same_nfkc(text: str) -> None:
    assert (unicodedata.normalize("NFKC", text.translate(detect._ASCII_COMPATIBLE))
            == unicodedata.normalize("NFKC", text))
    assert detect.normalise(text) == " ".join(detect._GENDER_FORM.sub("innen", _fold(text)).split())


def test_every_blank_split_splits_on_but_the_space_is_unprintable() -> None:
    blanks = [chr(code) for code in range(0x110000) if chr(code).isspace()]
    assert len(blanks) > 20 and all(not char.isprintable() for char in blanks if char != " ")
    assert all(len(f"a{char}b".split()) == 2 for char in blanks)  # (str.isspace is what split splits on)


@settings(max_examples=2000)
@given(st.one_of(_compatible_texts, st.text(max_size=40)))
def test_single_blanks_folds_as_splitting_and_joining_does(text: str) -> None:
    assert detect._single_blanks(text) == " ".join(text.split())
