"""Audit-level rules, session 18: AL206 (the child's voice read with who says, wants or feels),
AL105/AL106 (a discussion or feedback recorded, not promised nor someone else's) and AL207 (a named tool).

Each class has a case that must fire and a near miss that must not, written for these tests."""

from __future__ import annotations

import pytest

from .conftest import audit_from_markdown, codes_fired, findings

FRONT = "---\naudit_id: t\nchild_ref: XXXX\naudit_date: 2023-02-14\n---\n\n"
D4 = "# Relationship Based Practice and Direct Work\nGrade: Good\n\n"
FAMILY = "\n# Family and child feedback\n"


def _voice_fired(body: str) -> bool:
    return any(f.code == "AL206" for f in findings(audit_from_markdown(FRONT + body), "AL206"))


# ---------------------------------------------------------------- AL206: whose account is it?
@pytest.mark.parametrize("body", [
    # a parent's account of what the child does not want is the parent's, not the child's refusal
    D4 + "The worker visits monthly." + FAMILY + "Dad was phoned on 2.2.23. He said XXXX loves his school and "
    "does not want to change classes.\n",
    # a feeling as the condition of a habit, in the writer's description
    D4 + "XXXX goes quiet and hides in the shed when she feels the adults are cross with her.\n",
    # the carers' words, in quotation marks, about the child
    D4 + "The worker visits monthly." + FAMILY + 'The carers told me they would keep XXXX "as long as he wants to '
    'stay".\n',
])
def test_al206_another_persons_account_is_not_the_childs_voice(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    D4 + "XXXX told the worker she does not want to change classes.\n",
    D4 + "XXXX said she hides in the shed when she feels the adults are cross with her.\n",
    D4 + 'XXXX told me, "I want to stay here as long as they let me."\n',
])
def test_al206_the_child_saying_the_same_is_their_voice(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- AL206: communication with no content
@pytest.mark.parametrize("body", [
    D4 + "XXXX was shy at first but now talks more easily when they walk the dog together.\n",
    D4 + "He was happy to talk for half an hour, mainly about his bike.\n",
    D4 + "The safety plan names the neighbour as the person XXXX calls if his mother is unwell.\n",
    D4 + "The notes record what XXXX said in his own words at every visit.\n",
    D4 + "The carers explained the move to XXXX in their own words.\n",
])
def test_al206_saying_that_the_child_communicated_is_not_what_they_said(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    D4 + "XXXX talked about missing his older brother since the move.\n",
    D4 + 'XXXX calls the flat "my place" and has put up his own posters.\n',
    D4 + "The notes give XXXX's wishes in his own words: he wants to stay at the same school.\n",
])
def test_al206_what_the_child_communicated_is_their_voice(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- AL105 / AL106
def md(*sections: str) -> str:
    return "---\naudit_id: T\naudit_date: 2023-02-14\n---\n" + "\n".join(sections)


BASE = "# Help, Protection and Stability\nGrade: Good\n\nXXXX is nine and lives with Mum.\n"
PRAC = "\n# Practitioner discussion\nI met the social worker for an hour on 1.2.23 and we went through the plan.\n"


def test_al106_feedback_promised_is_not_feedback():
    promised = md(BASE + PRAC + FAMILY + "A questionnaire about the service will be posted to Mum after the audit.\n")
    fs = findings(audit_from_markdown(promised), "AL106")
    assert len(fs) == 1 and "has not happened" in fs[0].message
    later_call = md(BASE + PRAC + FAMILY + "I will telephone Mum next week to ask for her views.\n")
    assert codes_fired(audit_from_markdown(later_call), "AL106") == ["AL106"]


def test_al106_feedback_form_returned_or_a_call_made_counts():
    returned = md(BASE + PRAC + FAMILY + "Mum returned the feedback form on 3.2.23 and wrote that the worker listens.\n")
    assert codes_fired(audit_from_markdown(returned), "AL106") == []
    called = md(BASE + PRAC + FAMILY + "I telephoned Mum twice on 3.2.23 and left a message; she did not ring back.\n")
    assert codes_fired(audit_from_markdown(called), "AL106") == []


def test_al106_no_section_the_records_account_elsewhere_is_not_feedback():
    referral = md(BASE.replace("XXXX is nine and lives with Mum.", "Referred by school in May as XXXX was hungry "
                               "and had said that Mum stays in bed.") + PRAC)
    assert codes_fired(audit_from_markdown(referral), "AL106") == ["AL106"]
    note = md(BASE + "\nSpoke to Mum by phone on 3.2.23: she said the plan has helped.\n" + PRAC)
    assert codes_fired(audit_from_markdown(note), "AL106") == []


def test_al105_a_reason_given_for_something_else_is_not_a_reason_for_the_discussion():
    cancelled = md(BASE + "\nThe March core group was cancelled because the SW was on leave.\n")
    assert codes_fired(audit_from_markdown(cancelled), "AL105") == ["AL105"]
    audit_reason = md(BASE + "\nThe SW was on leave for the whole audit period, so I could not meet her.\n")
    assert codes_fired(audit_from_markdown(audit_reason), "AL105") == []


def test_al105_first_person_in_quoted_words_is_not_the_auditor():
    quoted = md(BASE + '\nThe social worker\'s note reads: "I spoke to Mum and she agreed the plan."\n')
    # the note's "I" is the social worker's, and it is not a discussion with the auditor
    assert codes_fired(audit_from_markdown(quoted), "AL105") == ["AL105"]
    own = md(BASE + "\nI spoke to the social worker on 2.2.23 for an hour.\n")
    assert codes_fired(audit_from_markdown(own), "AL105") == []


# ---------------------------------------------------------------- AL207: a named tool
def _d4(text: str) -> str:
    return md(BASE + "\n" + D4 + text + "\n")


def test_al207_a_named_tool_used_with_someone_counts():
    named = _d4("XXXX is seen alone each month. The worker used the Rainbow Feelings Board with him in May and in June.")
    assert codes_fired(audit_from_markdown(named), "AL207") == []


@pytest.mark.parametrize("text", [
    "XXXX is seen alone each month. The worker used a worksheet with him in May.",   # not named
    "XXXX is seen alone each month. The worker used the Home Conditions Scale in May.",  # used with no one
])
def test_al207_an_unnamed_tool_or_one_used_with_no_one_does_not(text):
    assert codes_fired(audit_from_markdown(_d4(text)), "AL207") == ["AL207"]
