"""AL205 mitigation: the classes added in session 19, each with sentences that fire and near misses that must not.

Every sentence here is written for the test (fictional; child = XXXX), not taken from a corpus.
"""

from __future__ import annotations

from functools import partial

import pytest

from .conftest import sentence_fires


fires = partial(sentence_fires, "AL205")


# --------------------------------------------------------------------------
# An absolute clause after the finding, which the parser makes the root of the sentence: the clause is read from
# its subject on, so the finding before the comma is not taken for part of it
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The core group was held late, the allocated worker having been away on a course for most of March.",
        "Her review was held late, the chair having been at a conference abroad in April.",
        # a count of its own people lost is the service's staffing, even with a shortfall verb
        "The PEP was reviewed late, the virtual school having lost three mentors over the spring.",
    ],
)
def test_absolute_clause_as_root_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a family member as the clause's subject
        "The core group was held late, her grandmother having been away on a cruise for most of March.",
        # the clause is a failing of the professional's own, not a pressure
        "The core group was held late, the allocated worker having missed the invitation.",
        # no shortfall: the clause only dates what was done
        "The core group was held on 4 March, the allocated worker having been away on a course in February.",
    ],
)
def test_absolute_clause_as_root_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# "Only" on a piece of work that a date then places: done late, the positive twin of "not until"
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The health assessment was only requested on 12 October, the team having lost its business support officer.",
        "The life story book was only started in June because the team had lost two of its workers.",
    ],
)
def test_only_then_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        # "only" on a manner, with no time: not a lateness
        "XXXX was only visited at school, the team having lost its business support officer.",
        # "only" on a reason: not a lateness either
        "The meeting was only arranged because the nursery phoned, the team being one worker short.",
    ],
)
def test_only_then_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# A family word that names a professional's remit ("the young carers' worker") is not the family
# --------------------------------------------------------------------------
def test_remit_of_a_professional_is_not_the_family():
    assert fires("The plan was reviewed late, the young carers' worker having been away on a course in May.")


def test_family_member_still_the_family():
    assert not fires("The plan was reviewed late, the young carer's mother having been away on a course in May.")


# --------------------------------------------------------------------------
# The frame of a finding: "against a backdrop / background of" the service's pressures
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Permanence planning drifted against a backdrop of vacancies across the fostering team.",
        "Against a background of record caseloads, the pathway plan was not refreshed.",
    ],
)
def test_backdrop_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the family's circumstances as the backdrop
        "Against a background of her parents' separation, XXXX's attendance at school dropped.",
        # the backdrop is the child's progress, not a pressure
        "Against a backdrop of steady progress at school, the plan was updated in May.",
    ],
)
def test_backdrop_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# A day count past the assessment's timescale (assessment_days) is a lateness: "completed on day 61"
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The single assessment was signed off on day 57 as the worker was also holding the duty rota.",
        "The assessment was finished on day 66, but the allocated worker had been off sick for a fortnight.",
    ],
)
def test_past_day_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        # within the timescale
        "The single assessment was signed off on day 31, but the allocated worker had been off sick for a week.",
        # past it, but nothing of the service offered beside it
        "The single assessment was signed off on day 57 and its analysis of the risks is sound.",
    ],
)
def test_past_day_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# Review of session 19: 'only' + a date needs a verb of the work (a piece of it as subject or object), and 'day N'
# needs an assessment in its clause; a day count in other digits is read without error
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The core group was only held on 12 June because the chair was on leave.",
        "The health assessment was completed on day 58 due to staff sickness in the team.",
    ],
)
def test_review_s19_lateness_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The worker, who only joined the team on 3 January after a restructure, has visited every two weeks.",
        "XXXX was seen alone on day 50 of the placement, when the agency worker visited.",
    ],
)
def test_review_s19_lateness_near_misses(text):
    assert not fires(text), text


@pytest.mark.parametrize("day", ["\u00b2", "\u00b2\u2070", "\u0663"])
def test_review_s19_day_in_other_digits(day):
    fires(f"The assessment was completed on day {day} because the worker was off sick.")  # must not raise
