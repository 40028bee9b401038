"""The sentence classifier's shortcuts (issue 8) give what the long way gives.

Each test runs the plain, slow form of a computation next to the shortcut the
classifier takes, on real parses of tune-audit paragraphs, and asks for the
same answer: no timing here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditlint.docview import DocView
from auditlint.lexicons import LexiconStore
from auditlint.ruletypes.analysis import default_cues
from auditlint.ruletypes.analysis.classifier import SentenceClassifier
from auditlint.ruletypes.analysis.cues import _CUESETS, CueSet, doc_lower
from auditlint.ruletypes.analysis.sentence import _Sentence
from auditlint.sentence_model import reason_key

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def views():
    from auditlint import nlp

    texts = []
    for path in sorted((ROOT / "corpora" / "audits" / "tune").glob("*.md"))[:8]:
        texts += [p for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 60]
    return [DocView(d) for d in nlp.parse(texts)]


@pytest.fixture(scope="module")
def classifier():
    return SentenceClassifier(default_cues(LexiconStore()))


def _every_start(cues: CueSet, doc) -> list[tuple[int, int]]:
    """The matches of ``cues`` not naming the child, trying every token of every sentence as a start."""
    d = doc_lower(doc)
    found = {(i, i + 1) for i in range(len(d.lower)) if d.lower[i] in cues.words or d.lemma[i] in cues.words}
    phrases = cues._compiled() if cues._raw else {}
    if phrases:
        for lo, hi in d.sents:
            CueSet._scan_phrases(d, lo, hi, frozenset(), phrases, found)
    return sorted(found)


def test_phrase_starts_miss_no_match(views, classifier):
    # (the classifier's cue sets, and every other cue set built so far in the process)
    sets = list({id(s): s for s in _CUESETS.values()}.values())
    assert any(s._raw for s in sets)
    for doc in views:
        for cues in sets:
            assert cues._doc_matches(doc)[1] == _every_start(cues, doc), cues.name


def test_child_tests_need_the_child(views, classifier):
    """:meth:`_Sentence._impact_on_child` is skipped for a sentence that does not mention the child: it never
    decides a clause of one."""
    asked = 0
    clf = classifier
    for doc in views:
        for sent in doc.sents:
            a = _Sentence(clf, sent, set())  # (no token of the sentence is the child)
            for v in a.preds:
                subs = a.subjects(v)
                got = a._impact_on_child(v, clf.verb_lemma(v), subs, False, clf.is_passive(v), a.in_consequence(v),
                                         clf.is_(clf.c.process_verbs, v) and not clf.is_(clf.c.not_process_verbs, v))
                assert got == (False, None), sent.text
                asked += 1
    assert asked > 100


def test_reason_key_kept_per_reason_is_the_same():
    for reason in ("process: process verb 'see'", "impact: the child is 'settled'", "evaluation: 'thorough'",
                   "impact: drift or delay ('put back')", "other"):
        assert reason_key(reason) == reason_key.__wrapped__(reason)
