"""Session 19: how AL202 (domain-without-impact) and AL203 (compliance-heavy) read a domain's classified sentences.

Each class fixed in the session has a case that changes the rule's verdict and a near miss that must not; all the
text is written for these tests. The rules run with the real spaCy pipeline and the real rule files.
"""

from __future__ import annotations

import pytest

from .conftest import audit_with, findings


def codes(domain: int, text: str) -> set[str]:
    return {f.code for f in findings(audit_with(domain, [text]), "AL202", "AL203")}


_TWO_STEPS = "Core groups met every month. The minutes are on file. "


# ---------------------------------------------------------------- AL203: a process weighed in its own sentence
# A concessive clause ("even though", "although") sets a step against what should have prompted it; a modal of
# obligation in the writer's own voice ("should be every visit") sets the standard it is measured against. Each is a
# judgement of the step, not only a report that it happened, so the sentence is not counted as process. A clause of
# reason alone does not judge: "cancelled because the worker was on leave" still reports the step (review mend).
@pytest.mark.parametrize(
    "text, fires",
    [
        (_TWO_STEPS + "The dentist was not invited, even though his teeth are the main worry in the plan. The housing "
         "officer was not invited to any meeting, although the damp flat is why the case opened.", False),
        (_TWO_STEPS + "The visit on 3 March was cancelled because the worker was on leave. Given the bank holiday, "
         "the core group was held on 2 May.", True),
        (_TWO_STEPS + "XXXX was seen alone twice in the period - it should be every visit. His views were recorded in "
         "June, and they should have gone to the review.", False),
        # near misses: the same steps with nothing that weighs them
        (_TWO_STEPS + "The dentist was not invited to the core group. The housing officer was not invited to any "
         "meeting.", True),
        (_TWO_STEPS + "The plan has no action on his asthma. The review was held at the youth club.", True),
        # ... and a standard someone else set, reported ("the procedure says ... should"), still reports a step
        (_TWO_STEPS + "XXXX was seen alone twice in the period. The procedure says he should be seen alone at every "
         "visit.", True),
    ],
)
def test_al203_a_process_weighed_in_its_own_sentence_is_not_process(text, fires):
    assert ("AL203" in codes(5, text)) is fires


# ---------------------------------------------------------------- AL203: the step named as a cause, or tested
# A clause pointing back at the step that names it a cause ("and this is one of the reasons XXXX has no school
# place"), a test the writer sets for the work ("a new worker could follow them"), an evaluative adverb of manner
# ("worked well together") and a superlative that ranks it ("the most useful meeting of the year") judge the work.
@pytest.mark.parametrize(
    "text, fires",
    [
        (_TWO_STEPS + "The plan was not reviewed after the move, and this is one of the reasons XXXX still has no "
         "school place. A new worker could pick the case up from these notes.", False),
        (_TWO_STEPS + "The strategy meeting in March was the most useful meeting of the whole period. The family "
         "group conference had the clearest minutes of the year.", False),
        (_TWO_STEPS + "The school and the nurse worked well together on the move. The disclosure meeting was run "
         "badly.", False),
        # near misses: the clause that points back reports another step; the modal has a named person as subject;
        # "first" only places the meeting in time
        (_TWO_STEPS + "The plan was not reviewed after the move, and this was raised with the manager. The new worker "
         "read the notes in May.", True),
        (_TWO_STEPS + "The school and the nurse worked together on the move. The disclosure meeting was run in "
         "May.", True),
        (_TWO_STEPS + "The strategy meeting in March was the first meeting of the period. The family group "
         "conference was the last meeting of the year.", True),
    ],
)
def test_al203_a_step_named_as_a_cause_or_tested_is_not_process(text, fires):
    assert ("AL203" in codes(6, text)) is fires


# ---------------------------------------------------------------- AL203: the child summary in any domain
# Who the child is (their age, what they can do) is not a report that a process happened, in domain 4 as in domain 1.
@pytest.mark.parametrize(
    "text, fires",
    [
        ("XXXX was seen at home on every visit. The worker visited every ten days. XXXX is two years old and is too "
         "young to give his views in words. The worker used the same toys at each visit, which is sensible for a "
         "child of his age.", False),
        # near miss: a fourth step instead of the summary
        ("XXXX was seen at home on every visit. The worker visited every ten days. XXXX was seen alone in May. The "
         "worker used the same toys at each visit.", True),
    ],
)
def test_al203_the_child_summary_is_not_process_outside_domain_1(text, fires):
    assert ("AL203" in codes(4, text)) is fires


# ---------------------------------------------------------------- AL202: impact outside domain 1 settles it
# (review mend) An impact sentence outside domain 1 still settles the domain, whether or not it names the child: the
# household made safe is what the practice meant for the child living in it.
@pytest.mark.parametrize(
    "text, fires",
    [
        (_TWO_STEPS + "As a result, the home is now safe and there have been no further police call-outs.", False),
        (_TWO_STEPS + "XXXX has waited since the summer for a new school place.", False),
        # near miss: steps only
        (_TWO_STEPS + "The plan was reviewed in June.", True),
    ],
)
def test_al202_an_impact_sentence_outside_domain_1_settles_the_domain(text, fires):
    assert ("AL202" in codes(5, text)) is fires


# ---------------------------------------------------------------- AL203: a which-clause that only reports
# (review mend) "..., which is continuing", "..., which is quarterly": a plain participle or adjective said of the
# step reports more of it; only an evaluative word in the which-clause ("which is good practice") judges it.
@pytest.mark.parametrize(
    "text, fires",
    [
        (_TWO_STEPS + "The parenting assessment started in May, which is continuing. The review was held in June, "
         "which is quarterly.", True),
    ],
)
def test_al203_a_which_clause_that_only_reports_is_still_process(text, fires):
    assert ("AL203" in codes(2, text)) is fires
