"""AL205 mitigation: the classes added in session 18, each with sentences that fire and near misses that must not.

Every sentence here is written for the test (fictional; child = XXXX), not taken from a corpus.
"""

from __future__ import annotations

from functools import partial

import pytest

from .conftest import audit_with, findings, sentence_fires


fires = partial(sentence_fires, "AL205")


# --------------------------------------------------------------------------
# A service's or partner agency's queue (queue_nouns) as the reason for a shortfall
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The speech and language service has a 30-week wait, which is why XXXX has had no assessment.",
        "The pathway plan was updated late because the leaving-care team had a backlog over the spring.",
        "XXXX's dental referral went unanswered for months because of the long waiting list at the clinic.",
    ],
)
def test_queue_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the child's own place in the queue, stated as a fact
        "XXXX has been on the CAMHS waiting list since February and has a first appointment in June.",
        # the queue explains only the owner's own act: no shortfall of the work is named
        "The contested hearing was relisted twice because of the court backlog.",
    ],
)
def test_queue_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# A wait measured out is a delay, and a partner agency may stand as an absolute clause's subject
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "XXXX waited until March for her health assessment, the LAC nursing team being two nurses down all winter.",
        "The PEP meeting was held late, in June, the virtual school having lost its only caseworker in April.",
        "The parenting assessment was not finished until July, the independent assessor having a backlog of cases.",
    ],
)
def test_absolute_clause_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a wait with no service in the reason, and the family's reason
        "XXXX waited nine weeks for her medical because her father cancelled the first two appointments.",
        # a short "took" is not a delay
        "The visit took two hours and XXXX showed the worker round the garden.",
    ],
)
def test_absolute_clause_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# A hedge ("understandable", "inevitable", "no wonder", "fair enough", "the best that could be done")
# beside a reason that names the service
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "With the court listing final hearings ten weeks ahead, some drift was probably unavoidable.",
        "Given how thin the duty rota was that month, it is no wonder the visit slipped.",
        "Worker carrying 31 children, fair enough.",
        "Reviews were held every eight weeks, which with the IRO service two chairs down is probably the best that could be done.",
        "Supervision lapsed in August and with the team manager covering three teams this is perhaps understandable.",
    ],
)
def test_hedge_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the hedge on the child's reaction, the reason a family matter
        "XXXX's anger at the review is understandable given the number of times her mother has let her down.",
        "Father missing contact is understandable given his night shifts at the depot.",
        # a hedge with no pressure named
        "Maybe I am being harsh, but the plan is thin and it is perhaps inevitable that I grade it down.",
        # the hedge negated
        "It is not understandable that the team let the plan drift for five months.",
        # the agency's conduct, not a pressure on it
        "The school have been obstructive and the EHCP review is, unsurprisingly, late.",
    ],
)
def test_hedge_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# A circumstance of the service offered as the frame the finding is read in
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The gaps in the chronology have to be seen against a caseload of 33 over the winter.",
        "(For context, the locality has had four team managers in a year.)",
    ],
)
def test_context_frame_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "For context, XXXX is the eldest of five and her mother works two jobs.",
        "The plan has to be read against the risks set out in the strategy discussion.",
        "For context, the worker visited every fortnight throughout the period.",
    ],
)
def test_context_frame_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# Nobody in the service free to do the work
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The legal team said no lawyer was available until March, which is why the pre-proceedings letter went out late.",
        "The core group did not meet in August, with the worker on leave and no cover available.",
    ],
)
def test_nobody_free_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the missing response is the finding
        "The worker was on leave in August and no cover was arranged, so XXXX was not visited.",
        # the family had nobody free
        "Nobody in the family was free to have XXXX at half term, so she stayed at the respite unit.",
        # somebody was free
        "The worker was free to visit on the Tuesday and saw XXXX on her own.",
    ],
)
def test_nobody_free_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# A reason of the service that the auditor adopts ("and I accept that", "I understand why", "which explains")
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The manager said the review slipped to week nine because two of her workers had resigned, and I accept that.",
        "The health visitor (who said her team was down to four) took five weeks to send the report, and I understand why.",
        "I am told by the worker that she picked up nine new cases in April, and I accept that this explains the thin plan.",
    ],
)
def test_adopted_reason_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        # accepting a plain account: nothing fell short
        "The worker told me she had seen XXXX four times in June, and I accept that.",
        # the auditor's own share
        "My challenge came too late, and I accept my part in the delay.",
        # refused, after a concession
        "While I accept that the worker had four court cases at once, I cannot accept that this explains why nobody spoke to XXXX.",
        # explaining what went well
        "The plan is well argued: it explains why long-term fostering with the aunt is preferred to adoption.",
    ],
)
def test_adopted_reason_quiet(text):
    assert not fires(text), text


# --------------------------------------------------------------------------
# A pressure set up before a "So ..."/"Hence ..." deficit: both sentences fire
# --------------------------------------------------------------------------
def _fired_starts(paragraph: str) -> list[int]:
    audit = audit_with(2, [paragraph], child_ref="XXXX")
    return sorted(f.column for f in findings(audit, "AL205") if f.code == "AL205")


def test_so_linked_fires_on_both_sentences():
    first = "Manager on long-term sick from March."
    para = first + " Hence the missed supervision in April and May."
    starts = _fired_starts(para)
    assert 1 in starts and len(first) + 2 in starts, starts


@pytest.mark.parametrize(
    "paragraph",
    [
        # "So far" is not a result
        "The worker checked how the move had affected XXXX's place at college. So far there has been no effect.",
        # a result with no shortfall
        "The worker was on annual leave in May. So the visits were done by the duty worker.",
    ],
)
def test_so_linked_quiet(paragraph):
    assert not _fired_starts(paragraph), paragraph
