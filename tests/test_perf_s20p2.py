"""Session 20's speed rewrites keep the answers they replace.

Several patterns were rewritten to open with a class of their first character (so that a search skips to it),
with the look-behind that opened them read behind that character instead; each must find what its original
form finds. The lexicon matchers' shared table of keys (``_DocKeys.present``) must say a matcher has a key in
a Doc exactly when the matcher's own set test would.
"""

from __future__ import annotations

import random
import re

import pytest

from auditlint import dates, identifying
from auditlint.ruletypes import plain
from auditlint.ruletypes.tone import emphatic

_UPPER = identifying._UPPER

# (the rewritten pattern, its original form, characters to build test strings from)
CASES = [
    ("identifying._CAP_START", identifying._CAP_START, re.compile(rf"(?<![\w'’-])[{_UPPER}]"),
     ["A", "a", "Ā", "é", "'", "’", "-", "_", "1", " ", "\n", "XX", "Ab"]),
    ("identifying._OUR_BEFORE_CAPITAL", identifying._OUR_BEFORE_CAPITAL, re.compile(r"(?<![\w-])our\s+[A-Z]"),
     ["our", "Our", "your", "-", "_", " ", "  ", "\n", "J", "j", "é", "hour", "1"]),
    ("identifying._SCAN_FIGURES", identifying._SCAN_FIGURES,
     re.compile(r"(?<![\w])(?=[0-9OoIl/.-]*\d)(?=[0-9/.-]*[OoIl])[0-9OoIl]+(?:[/.-][0-9OoIl]+)*(?![\w])"),
     ["0", "O", "o", "1", "l", "I", "9", "/", ".", "-", " ", "a", "_", "٣", "x"]),
    ("plain._ACRONYM_LIKE", plain._ACRONYM_LIKE, re.compile(r"(?<![\w&])(?=[A-Z][A-Z0-9&]|s\d)[A-Za-z][A-Za-z0-9&]*(?![\w&])"),
     ["A", "B", "a", "s", "S", "1", "&", "_", " ", "é", "9", "-", "'s", "s2", "XY"]),
    ("emphatic._CAPS_RUN", emphatic._CAPS_RUN, re.compile(r"\b[A-Z][A-Z'’]*[A-Z]\b(?:[\s,]+\b[A-Z][A-Z'’]*[A-Z]\b)*"),
     ["A", "B", "Z", "a", "'", "’", " ", ",", "é", "É", "_", "1", "\n"]),
    ("dates._MONTH_WORD", dates._MONTH_WORD, re.compile(rf"\b{dates._MONTH_RE}(?!\w)", re.IGNORECASE),
     ["jan", "January", "JUNE", "july", "Julyy", "mar", "March", "may", "apr", "Aug", "sep", "Sept", "ſept", "oct", "Nov",
      "December", "feb", " ", "-", "1", "_", "é", "x", "s", "K", "İ", "\n"]),
]


@pytest.mark.parametrize("name,new,old,parts", CASES, ids=[c[0] for c in CASES])
def test_rewritten_pattern_finds_what_its_original_finds(name, new, old, parts):
    rng = random.Random(20)
    texts = ["", "The IRO and our Jade met on 3O/11/2019 in SEPTEMBER, s12 CAMHS!", "MUM SAID NO, NOT TODAY"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 10))) for _ in range(20_000)]
    for text in texts:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (name, text)


def test_date_gate_is_a_digit_or_a_month_name():
    # what every date form in find_dates has: a digit, or a month's name (or short name) as a whole word, never
    # inside a word ("decision", "married", "novel"); the gate reads it with two cheaper searches
    maybe_date = re.compile(rf"\d|\b{dates._MONTH_RE}(?!\w)", re.IGNORECASE)
    rng = random.Random(5)
    parts = ["may", "May", "mayor", "1", "٣", " ", "sept", "ſept", "x", "-"]
    for _ in range(5_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 6)))
        both = dates._DIGIT.search(text) is not None or dates._MONTH_WORD.search(text) is not None
        assert both == (maybe_date.search(text) is not None), text
        if not both:
            assert dates.find_dates(text) == []


def test_matchers_present_in_a_doc_are_those_with_a_key_in_it():
    from auditlint import nlp
    from auditlint.docview import DocView
    from auditlint.ruletypes import lexicon
    from auditlint.ruletypes.lexicon import Entry, LexiconMatcher, doc_keys

    a = LexiconMatcher([Entry("chaotic"), Entry("lack of insight")])
    b = LexiconMatcher([Entry("wonderful"), Entry("home")])
    c = LexiconMatcher([Entry("nothing here at all")])
    doc = DocView(nlp.parse(["Mum showed a lack of insight; the home was chaotic."])[0])
    assert sorted(m.entry.term for m in a.find(doc)) == ["chaotic", "lack of insight"]
    # (each matcher is listed when first asked: a new table, and the Doc's answer made again for it)
    assert [m.entry.term for m in b.find(doc)] == ["home"]
    assert c.find(doc) == []
    present = doc_keys(doc).present(lexicon._MATCHER_TABLE)
    for m in (a, b, c):
        assert (m._listed_number in present) == (not doc_keys(doc).at.keys().isdisjoint(m._anykeys))
    # a matcher with the same keys as one listed before shares its number: the table does not grow
    size = len(lexicon._KEY_SETS)
    again = LexiconMatcher([Entry("chaotic"), Entry("lack of insight")])
    assert sorted(m.entry.term for m in again.find(doc)) == ["chaotic", "lack of insight"]
    assert len(lexicon._KEY_SETS) == size and again._listed_number == a._listed_number
