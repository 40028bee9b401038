"""Session 18: how AL202 (domain-without-impact) and AL203 (compliance-heavy) read a domain's classified sentences.

Each class fixed in the session has a case that changes the rule's verdict and a near miss that must not; all the
text is written for these tests. The rules run with the real spaCy pipeline and the real rule files.
"""

from __future__ import annotations

import pytest

from .conftest import audit_with, findings


def codes(domain: int, text: str) -> set[str]:
    return {f.code for f in findings(audit_with(domain, [text]), "AL202", "AL203")}


# ---------------------------------------------------------------- AL203: a piece of work credited with a result
# A sentence whose subject is a piece of work (a thing, not a person or an agency) and whose verb is an outcome verb
# with an object that is no step of the process ("set the relationship back", "gave the family a break", "made a
# real difference") credits the work with a result, not only reports that it happened: it is not counted as process.
@pytest.mark.parametrize(
    "domain, text, fires",
    [
        # two process sentences and two in which the work is credited with a result: 2 of 4, not compliance-heavy
        (5, "Core groups met every month. Minutes are on file. Each change of worker set the relationship back to "
            "the start. The extra tutoring made a real difference to his reading.", False),
        (6, "Supervision was held monthly. Case notes were entered within timescale. The new respite arrangement "
            "gave the family a break every other weekend. The extra tutoring made a real difference.", False),
        # near misses: a person as the subject still reports work done; an outcome verb with nothing it affected
        # ("the chronology stops in March") is a record's state
        (5, "Core groups met every month. Minutes are on file. The worker took XXXX to the dentist. The chronology "
            "stops in March.", True),
        (6, "Supervision was held monthly. Case notes were entered within timescale. The manager gave the worker a "
            "deadline. The team manager made a decision in May.", True),
        # ... and so does a process as the object ("supported the plan")
        (6, "Supervision was held monthly. Case notes were entered within timescale. The assessment supported the "
            "plan for XXXX to return home. The respite arrangement gave the family a break every other weekend.", True),
    ],
)
def test_al203_work_credited_with_a_result_is_not_process(domain, text, fires):
    assert ("AL203" in codes(domain, text)) is fires


# ---------------------------------------------------------------- AL202: the delay the child lived through
# The child waiting or staying somewhere for a counted stretch of time or until a date is an effect on the child
# (drift, delay), even when no word of the lexicon names it; in domain 1 such a stay is the case history.
@pytest.mark.parametrize(
    "domain, text, fires",
    [
        (4, "Visits were monthly. The plan was reviewed at each meeting. XXXX remained in the unit until March.",
         False),
        # near miss: a stay with no stretch of time is no delay
        (4, "Visits were monthly. The plan was reviewed at each meeting. XXXX remained in the unit.", True),
        # near miss: domain 1, where the same kind of sentence is the history that brought the case in
        (1, "XXXX is nine and lives with his father. XXXX stayed at the assessment centre for another six weeks. "
            "A strategy discussion was held in May.", True),
    ],
)
def test_al202_the_child_waiting_for_a_stretch_of_time_is_an_effect(domain, text, fires):
    assert ("AL202" in codes(domain, text)) is fires


# ---------------------------------------------------------------- AL203: the work with the child said not to happen
# "The worker has not met XXXX alone", "No direct-work tools have been used with XXXX", "No other tools." judge the
# child's experience absent from the work; they are not counted as process. A record not updated and a professional
# not invited stay process.
@pytest.mark.parametrize(
    "domain, text, fires",
    [
        (4, "Visits were every six weeks. The plan was reviewed in May. The new worker has not yet met XXXX alone. "
            "No direct-work tools have been used with XXXX.", False),
        (2, "Case notes were entered within timescale. The plan was reviewed in May. The chronology has not been "
            "updated since March. The police have not been invited to the core group.", True),
    ],
)
def test_al203_work_with_the_child_not_done_is_not_process(domain, text, fires):
    assert ("AL203" in codes(domain, text)) is fires


# ---------------------------------------------------------------- AL203: the process judged in a which-clause
# "..., which is good practice", "..., which is far too little contact for a child of her age" judge the process the
# sentence reports: a quality judgement, not counted as process. A which-clause that only adds a fact does not.
@pytest.mark.parametrize(
    "text, fires",
    [
        ("Visits were every six weeks. The plan was reviewed in May. XXXX seen alone only once in the period, at "
         "nursery, which is far too little contact for a child of her age. Records show the worker followed up each "
         "missed visit with a letter, which is good practice.", False),
        ("Visits were every six weeks. The plan was reviewed in May. XXXX seen alone only once in the period, at "
         "nursery, which is recorded on the visit form. Records show the worker followed up each missed visit with a "
         "letter, which is kept on file.", True),
    ],
)
def test_al203_a_process_judged_in_a_which_clause_is_not_process(text, fires):
    assert ("AL203" in codes(4, text)) is fires
