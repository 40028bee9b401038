"""Session 19: three classes of the sentence classifier behind AL201, each with a firing case and a near miss.

- the child named by a description ("this boy", "the poor wee lass") and not by name, and a pronoun that
  follows such a description;
- the child's own life told over time (the child the subject of a perfect, ongoing or time-marked clause):
  impact, even beside a reported process;
- a verdict said with an idiom of degree ("nothing short of", "out of her depth") or an intensified noun
  ("an absolute maze of case notes"): evaluation.

The sentences are written for these tests. The rules' classes are pinned (``model: none``), as in
tests/test_analysis.py; AL201 itself is run with the bundled model.
"""

from __future__ import annotations

import pytest

from auditlint.ruletypes.analysis import _CHILD_KEY, EVALUATION, IMPACT, PROCESS, classify_audit_detail

from .conftest import audit_with, findings
from .test_analysis import classes, context


def child_words(text: str) -> list[str]:
    audit = audit_with(2, [text])
    ctx, eng = context(audit)
    classify_audit_detail(ctx, eng.rules[0].cues, "none")
    doc = ctx.doc(audit.domains[0].paragraphs[0])
    return sorted(doc[i].text for found in ctx.cache[_CHILD_KEY].values() for i in found)


# ---------------------------------------------------------------- the child named by a description
@pytest.mark.parametrize("text, word", [
    ("Nobody asked this lad what he wanted from the move.", "lad"),
    ("That poor wee girl waited all summer for a new school.", "girl"),
    ("The little one cried at every handover.", "one"),
    ("YP seen at college on 4/3.", "YP"),
])
def test_a_description_of_the_child_is_the_child(text, word):
    assert word in child_words(text)


@pytest.mark.parametrize("text, word", [
    ("Mother brought her little boy to the contact centre.", "boy"),  # the mother's son, possessed
    ("A little girl at the nursery pushed XXXX over.", "girl"),  # indefinite: another child
    ("The other boy in the placement was moved in March.", "boy"),  # set against the child
    ("This one was late again.", "one"),  # "one" needs a word of tenderness
])
def test_a_description_of_someone_else_is_not_the_child(text, word):
    assert word not in child_words(text)


def test_a_pronoun_after_a_description_of_the_child_is_the_child():
    got = classes("The decision to move him gave this boy a settled home at last. "
                  "He has been at the same school for a year and has joined a football team.")
    assert got == [IMPACT, IMPACT]


# ---------------------------------------------------------------- the child's life told over time
@pytest.mark.parametrize("text", [
    "XXXX has kept the same friends through both moves.",
    "XXXX is sleeping in her own bed again.",
    "For those two terms XXXX stayed at home with nothing to do.",
])
def test_the_childs_life_over_time_is_impact(text):
    assert classes(text) == [IMPACT]


def test_the_childs_life_beside_a_process_is_impact():
    assert classes("The placement request went in on 2 March and XXXX has stayed with her aunt ever since.") == [IMPACT]


@pytest.mark.parametrize("text", [
    "XXXX is a quiet girl of eleven.",  # who the child is
    "XXXX is living with her grandfather.",  # where the child lives
    "XXXX went to the dentist on 3 June.",  # one dated event, not a span of her life
])
def test_who_and_where_the_child_is_are_not_impact(text):
    assert classes(text) != [IMPACT]


def test_a_process_done_to_the_child_stays_process():
    assert classes("XXXX has been visited every three weeks since January.") == [PROCESS]


# ---------------------------------------------------------------- a verdict said with an idiom of degree
@pytest.mark.parametrize("text", [
    "The delay in convening the meeting is nothing short of shameful.",
    "The newly qualified worker was plainly out of his depth.",
    "The chronology is an absolute maze of copied case notes.",
    "Complete shambles of a handover.",
    "Frankly it beggars belief that the referral was never chased.",
])
def test_a_verdict_of_degree_is_evaluation(text):
    assert classes(text) == [EVALUATION]


@pytest.mark.parametrize("text", [
    "The chronology is a complete record of every visit since 2021.",  # "complete" says what it holds
    "XXXX is a complete beginner at the piano.",  # said of the child: not a verdict on practice
])
def test_an_intensified_noun_that_is_no_verdict_on_practice_is_not_evaluation(text):
    assert classes(text) != [EVALUATION]


# ---------------------------------------------------------------- AL201 end to end
def test_al201_fires_on_a_process_followed_by_another_process():
    got = findings(audit_with(2, ["The review health assessment was completed on 2 May. "
                                  "The carers were sent a copy."]), "AL201")
    assert len(got) == 2


def test_al201_is_answered_by_the_childs_life_over_time_in_the_next_sentence():
    got = findings(audit_with(2, ["A mentoring referral was made on 12 January. "
                                  "XXXX has been going to the Thursday club every week since February."]), "AL201")
    assert got == []


def test_al201_is_answered_by_a_verdict_of_degree_in_the_next_sentence():
    got = findings(audit_with(2, ["The safety plan was signed off on 4 April. "
                                  "The plan itself is nothing short of a template with the names changed."]), "AL201")
    assert got == []

