"""AL701's one pass over a parse's tokens (session 21, p1): ``_TokenShapes`` sorts the tokens once, and the shorthand
test, ``_people_by_structure``, ``_frame_names``, ``_gazetteer_names``, ``_noted_initials``, ``_message_sign_offs`` and
``_family_by_apposition`` read its lists instead of walking the parse again. Each list is the walk it replaces, and
each scan finds with the lists what it finds reading every token."""

from __future__ import annotations

import pytest

from auditlint import identifying as ident
from auditlint import nlp
from auditlint.docview import view
from auditlint.identifying import Detector, _TokenShapes

TEXTS = [
    "Met with Tyler at school. Visited Aoife and Mrs Okafor; rang Kian (9) twice.",
    "Rang Mr Okoro about the visit. SAW MARCUS AND JADE. sAW the plan: Mum, Dad.",
    "Siblings: rocco, bella (twins), and baby mae. Dylan n Macie r sharing. The views of Teodor and Lenuta.",
    "Summer and Mason have separate bedrooms. Will has been staying with nan. Zuzanna, 9, translated.",
    "A Romanian family, the Popescus, live upstairs. Her text said 'is that ok?? Ewa'. (AK)",
    "Home visit (JP/LW). The statement of L.M. was read. TC to JP. Summer, who is XXXX's older sister, came.",
    "Grace Okafor and KELSEY'S SCHOOL; Destiny and Harmony are both on plans. Jaxon's mum called.",
    "MAISIE'S REVIEW (DESTINY-ROSE PRICE) - Evie-Mae's dad, J.B., signed 'AW' (EDT - P.O'N)",
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="module")
def docs() -> list:
    return nlp.parse(TEXTS)


def test_shapes_lists_are_the_walks_they_replace(docs):
    for doc in docs:
        for d in (doc, view(doc)):
            shapes = _TokenShapes(d)
            toks = list(d)
            assert [t.i for t in shapes.shorthand] == [
                t.i for t in toks
                if (t.text.endswith("ed") and ident._SHAPE_CAP_PAST.fullmatch(t.text)) or t.text.lower() in ident._IRREGULAR_PAST
            ]
            assert [t.i for t in shapes.structure] == [
                t.i for t in toks
                if (t.dep_ in ident._STRUCTURE_DEPS and not t.text.islower()) or t.tag_ == "MD" or "." in t.text or t.text.isupper()
            ]
            assert [t.i for t in shapes.framed] == [t.i for t in toks if t.dep_ in ident._FRAME_DEPS]
            assert shapes.conj == [t.i for t in toks if t.dep_ == "conj"]
            assert [t.i for t in shapes.propn] == [t.i for t in toks if t.pos_ == "PROPN"]
            assert [t.i for t in shapes.upper] == [t.i for t in toks if len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()]
            assert [t.i for t in shapes.brackets] == [t.i for t in toks if t.text == "("]
            assert [t.i for t in shapes.colons] == [t.i for t in toks if t.text == ":"]
            assert [t.i for t in shapes.textspeak] == [t.i for t in toks if t.text == "n"]
            assert [t.i for t in shapes.quotes] == [t.i for t in toks if t.text in ident._QUOTES | ident._CLOSING_QUOTES]
    # the texts hold every shape at least once, so no list above is checked empty against empty
    every = [_TokenShapes(d) for d in docs]
    for name in ("shorthand", "structure", "framed", "conj", "propn", "upper", "brackets", "colons", "textspeak", "quotes"):
        assert any(getattr(s, name) for s in every), name


def test_shorthand_candidates_give_the_same_reparse(docs):
    fired = 0
    for doc in docs:
        memo: dict = {}
        again = ident._reparse_shorthand(doc, memo, _TokenShapes(doc).shorthand)
        assert again is ident._reparse_shorthand(doc, memo)  # (the same text again: the memo's parse)
        fired += again is not doc
    assert fired  # ("Met with Tyler", "Rang Mr Okoro" open shorthand)


def _found(run) -> list[tuple[int, int, bool, bool]]:
    """What ``run(add_tokens, spans)`` adds: each run of tokens given to ``add_tokens`` (kept as a span, as
    ``Detector._names`` keeps one it accepts) and each span added directly, in order."""
    spans: list[tuple[int, int]] = []
    calls: list[tuple[int, int, bool, bool]] = []

    def add_tokens(toks, strict=True, strong=False):
        calls.append((toks[0].idx, toks[-1].idx + len(toks[-1].text), strict, strong))
        spans.append(calls[-1][:2])

    run(add_tokens, spans)
    return calls + [(a, b, True, True) for a, b in spans if (a, b) not in [c[:2] for c in calls]]


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_scans_find_with_the_lists_what_they_find_reading_every_token(detector, docs, i):
    doc = view(docs[i])
    shapes = _TokenShapes(doc)
    found = []
    for on in (True, False):
        found.append([
            _found(lambda add, sp: detector._people_by_structure(doc, add, sp, [], [], shapes.structure if on else None)),
            _found(lambda add, sp: detector._frame_names(doc, doc.text, add, sp, [], [], shapes if on else None)),
            _found(lambda add, sp: detector._gazetteer_names(doc, "XXXX", add, sp, [], [], shapes if on else None)),
            [t.i for t in detector._message_sign_offs(doc, shapes.quotes if on else None)],
            [t.i for t in detector._family_by_apposition(doc, shapes.structure if on else None)],
        ])
    assert found[0] == found[1]


def test_the_scans_find_something_here(detector, docs):
    # (so the comparison above is not of empty lists only)
    kinds = set()
    for doc in map(view, docs):
        kinds |= {"structure"} if _found(lambda add, sp: detector._people_by_structure(doc, add, sp, [], [])) else set()
        kinds |= {"frame"} if _found(lambda add, sp: detector._frame_names(doc, doc.text, add, sp, [], [])) else set()
        kinds |= {"gazetteer"} if _found(lambda add, sp: detector._gazetteer_names(doc, "XXXX", add, sp, [], [])) else set()
        kinds |= {"sign-off"} if detector._message_sign_offs(doc) else set()
        kinds |= {"family"} if detector._family_by_apposition(doc) else set()
    assert kinds == {"structure", "frame", "gazetteer", "sign-off", "family"}


def test_noted_initials_read_the_lists(detector, docs):
    # the brackets, the capitals, the "of" objects and the contact's initials are read from the lists: the notes'
    # initials are found ("(JP/LW)", "L.M.", "TC to JP", "(AK)")
    got = []
    for doc in docs:
        spans: list[tuple[int, int]] = []
        detector._noted_initials(view(doc), spans, [], [], _TokenShapes(view(doc)))
        got += [doc.text[a:b] for a, b in spans]
    assert {"JP", "LW", "L.M.", "AK"} <= set(got)


def test_find_is_unchanged_by_the_shared_shapes(detector, docs):
    # ``find`` reads the shapes once for the shorthand test and the name tests; a text parsed again reads its own
    for doc in docs:
        names = [(d.start, d.end) for d in detector.find(view(doc)) if d.kind == "name"]
        assert names == [(d.start, d.end) for d in detector.find(doc) if d.kind == "name"]
    first = detector.find(docs[0])
    assert ("name", "Tyler") in [(d.kind, d.text) for d in first]  # "Met" parsed again as a verb: Tyler is met
