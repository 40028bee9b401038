"""The parse view answers as spaCy does: every token, span and tree relation the
rules read is compared with spaCy's own answer on real parses of the corpora."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from auditlint.docview import DocView, SpanView, TokenView, as_spacy, view

ROOT = Path(__file__).resolve().parent.parent
TOKEN_VALUES = (
    "i", "idx", "text", "text_with_ws", "whitespace_", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
    "ent_iob_", "like_num", "is_punct", "is_space", "is_alpha", "is_upper", "is_title", "is_digit",
    "is_sent_start", "is_sent_end", "n_lefts", "n_rights", "norm_", "shape_", "is_stop",
)
TOKEN_RELATIONS = ("children", "lefts", "rights", "subtree", "ancestors", "conjuncts")


@pytest.fixture(scope="module")
def docs():
    from auditlint import nlp

    texts = []
    for path in sorted((ROOT / "corpora" / "audits" / "tune").glob("*.md"))[:6]:
        texts += [p for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 40]
    texts += [
        "She said: \"I want to go home\" and, after a pause, that she likes her carers, her school and her friends.",
        "Supervision took place on 3.4.23, 2/5/23 and 1st June 2023 ; none since .",
        "   Leading spaces,   double  spaces and a trailing one ",
        "",
    ]
    return nlp.parse(texts)


def _ids(tokens) -> list[int]:
    return [t.i for t in tokens]


def test_every_token_value_and_relation_matches_spacy(docs):
    for doc in docs:
        v = DocView(doc)
        assert len(v) == len(doc) and v.text == doc.text
        for tok, tv in zip(doc, v):
            assert isinstance(tv, TokenView)
            for name in TOKEN_VALUES:
                assert getattr(tv, name) == getattr(tok, name), (name, tok.text)
            assert tv.head is v[tok.head.i]
            assert tv.left_edge is v[tok.left_edge.i] and tv.right_edge is v[tok.right_edge.i]
            for name in TOKEN_RELATIONS:
                assert _ids(getattr(tv, name)) == _ids(getattr(tok, name)), (name, tok.text)
            assert (tv.sent.start, tv.sent.end) == (tok.sent.start, tok.sent.end)
            assert tv.morph == tok.morph  # read from spaCy on demand


def test_sentences_entities_and_random_spans_match_spacy(docs):
    rng = random.Random(3)
    for doc in docs:
        v = DocView(doc)
        assert [(s.start, s.end) for s in v.sents] == [(s.start, s.end) for s in doc.sents]
        assert [(e.start, e.end, e.label_) for e in v.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
        for _ in range(40):
            if not len(doc):
                break
            a = rng.randrange(len(doc))
            b = rng.randrange(a, len(doc) + 1)
            span, sv = doc[a:b], v[a:b]
            assert isinstance(sv, SpanView)
            assert (sv.start, sv.end, sv.text, sv.text_with_ws) == (span.start, span.end, span.text, span.text_with_ws)
            assert (sv.start_char, sv.end_char) == (span.start_char, span.end_char)
            assert [(e.start, e.end) for e in sv.ents] == [(e.start, e.end) for e in span.ents]
            if len(span):
                assert sv.root is v[span.root.i]
                assert (sv.sent.start, sv.sent.end) == (span.sent.start, span.sent.end)
                assert _ids(sv[1:-1]) == _ids(span[1:-1]) and sv[-1] is v[span[-1].i]
            assert sv.lemma_ == span.lemma_  # read from spaCy on demand


def test_views_are_identities_and_never_mix_with_spacy_objects(docs):
    doc = next(d for d in docs if len(d) > 5)
    v = view(doc)
    assert view(v) is v and v[0] is v[0] and next(iter(v.sents)) is next(iter(v.sents))
    assert v[2:4] == v[2:4] and hash(v[2:4]) == hash(v[2:4]) and v[2:4] != v[2:5]
    assert sorted([v[3], v[1], v[2]]) == [v[1], v[2], v[3]]
    # attributes the view does not copy come from spaCy, with tokens and spans mapped to views
    assert v[1].nbor(-1) is v[0]
    assert all(isinstance(c, SpanView) for c in v.noun_chunks)
    assert v.char_span(0, len(doc[0].text)) == v[0:1]
    assert as_spacy(v) is doc and as_spacy(v[0]) == doc[0] and as_spacy(v[1:3]) == doc[1:3]
    assert v.doc is v and doc.doc is doc  # spaCy: a Doc is its own .doc
    assert v.user_data == {} and v.user_data is not doc.user_data


def test_spacy_matchers_take_views():
    from auditlint.matching import TermMatcher
    from auditlint import nlp

    m = TermMatcher(["core group", "visit"], "t")
    doc = nlp.parse(["The core group met after the visits."])[0]
    assert m.find(DocView(doc)) == m.find(doc) == [(1, 3), (6, 7)]
