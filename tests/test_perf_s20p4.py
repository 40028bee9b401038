"""AL701's speed-ups (session 20, p4) give what the code before them gave: a text parsed again during one
``find_all`` is parsed once and nothing is kept afterwards; the greeting tables, the address scan's starts and
the table-row gate find what a scan at every place finds."""

from __future__ import annotations

import re

import pytest

from auditlint import identifying as ident
from auditlint import nlp
from auditlint.identifying import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def count_parses(monkeypatch) -> list[str]:
    """From now on, every text ``nlp.parse`` is given, in order."""
    calls: list[str] = []
    real = nlp.parse

    def counting(batch, *a, **k):
        batch = list(batch)
        calls.extend(batch)
        return real(batch, *a, **k)

    monkeypatch.setattr(nlp, "parse", counting)
    return calls


def test_find_all_parses_each_mended_text_once_and_keeps_nothing(detector, monkeypatch):
    # "Visited ..." opens shorthand (parsed again with the verb in lower case); "Tyler", a name found in the
    # first block, sends the second block through ``find`` a second time
    texts = ["Her brother Tyler was seen at home.", "Visited Tyler and Mrs Okafor at the flat. Rang Tyler again."]
    docs = nlp.parse(texts)
    want = [[(d.kind, d.start, d.end) for d in found] for found in detector.find_all(docs)]
    calls = count_parses(monkeypatch)
    got = [[(d.kind, d.start, d.end) for d in found] for found in detector.find_all(docs)]
    assert got == want
    assert any(k == "name" for k, _, _ in got[1])
    assert calls and len(calls) == len(set(calls))  # each mended text parsed once, whatever the passes
    assert detector._parsed is None  # nothing from this audit is kept for the next


def test_find_without_find_all_still_parses_again(detector, monkeypatch):
    doc = nlp.parse(["Rang Mr Okoro about the visit."])[0]
    calls = count_parses(monkeypatch)
    detector.find(doc)
    detector.find(doc)
    assert len(calls) == 2  # (no memo outside ``find_all``)


def _old_greeting_starts(text: str) -> list[int]:
    by_word, other = ident._word_starts(text)
    return sorted([*other, *(p for w, ps in by_word.items() if w[:1] in ident._GREETING_INITIALS and ident._GREETING.fullmatch(w) for p in ps)])


def _old_greeted_starts(text: str) -> list[int]:
    by_word, other = ident._word_starts(text)
    return sorted([*other, *(p for w, ps in by_word.items() if w[:1] in ident._GREETED_INITIALS and ident._GREETED_WORD.fullmatch(w) for p in ps)])


@pytest.mark.parametrize("text", [
    "hiya its chantelle can u ring me", "Hi Sky, hello again. Hiii x", "Dear Mrs Okafor, good morning and evening!",
    "heyyy precious! ello, helo, hi hi", "Siân said hello to Dafydd; bore da", "", "no greeting here at all",
    "Afternoon all. AFTERNOON Mark. dearest deary",
])
def test_greeting_tables_are_the_two_scans(text):
    assert ident._greeting_starts(text) == _old_greeting_starts(text)
    assert ident._greeted_starts(text) == _old_greeted_starts(text)


@pytest.mark.parametrize("text", [
    "She lives at 14 Elm Road, Bootle with her mother.",  # a figure, no flat's or house's word
    "The family moved to Flat 2, 14 Elm Road, Kirkby in May.",
    "Post goes to Rose Cottage 4 Mill Lane, Goring now.",
    "No address here, only Elm Road and Mill Lane.",
    "Flat B Queens Court was inspected.",
    "Seen at 22 The Paddocks, Formby and at 6 Kingsway.",
])
def test_address_scan_starts_find_what_every_start_finds(detector, text):
    every = ident._matches_at(detector._address_re, text, (m.start() for m in ident._ADDRESS_START.finditer(text)))
    got = [d for d in detector._addresses(text, "XXXX", ident._postcodes(text))]
    spans = {(d.start, d.end) for d in got}
    for m in every:  # every match of the full scan is still read (perhaps trimmed of a full stop or a town)
        assert any(s == m.start() for s, _ in spans), (text, m.group())


def test_table_row_needs_a_figure(detector):
    text = "Sharon Pike Mother 14/02/1990"
    assert re.search(r"\d", text)
    assert ("name", "Sharon Pike") in [(d.kind, text[d.start : d.end]) for d in detector.find(text)]
    bare = "Sharon Pike Mother attended"
    assert ident._matches_at(detector._row_re, bare, ident._cap_starts(bare)) == []
