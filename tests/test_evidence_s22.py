"""AL204 (grade-evidence-mismatch), session 22: the classes of false alarm found on the newest whole audits.

Each class has a case that must be read the new way and a near miss that must keep the old reading. All
sentences are written for these tests (not taken from the corpora).
"""

from __future__ import annotations

import pytest

from auditlint.model import Grade
from auditlint.ruletypes import AuditContext
from auditlint.ruletypes.evidence import GradeEvidence

from .conftest import audit_with, engine_for, findings
from .test_evidence import weighed


def fired(paragraphs: list[str], grade: Grade) -> bool:
    return any(f.code == "AL204" for f in findings(audit_with(3, paragraphs, grade=grade), "AL204"))


def only(text: str) -> tuple[list[str], list[str]]:
    [pair] = weighed(text)
    return pair


# -- the auditor's reasons for not grading higher ---------------------------------------------------------------

def test_why_not_outstanding_does_not_count_against_good():
    paras = [
        "The plan is specific and every action has a named owner.",
        "I have not graded this Outstanding because the chronology is out of date and the genogram is missing.",
        "The reason this is Good rather than Outstanding is that the contingency plan has not been reviewed and "
        "the health actions are overdue.",
    ]
    assert not fired(paras, Grade.GOOD)


def test_the_same_shortfalls_without_talk_of_the_grade_still_fire():
    paras = [
        "The plan is specific and every action has a named owner.",
        "The chronology is out of date and the genogram is missing.",
        "The contingency plan has not been reviewed and the health actions are overdue.",
    ]
    assert fired(paras, Grade.GOOD)


def test_a_pupils_grades_and_a_graded_tool_are_not_talk_of_the_grade():
    engine = engine_for("AL204")
    rule = next(r for r in engine.rules if isinstance(r, GradeEvidence))
    audit = audit_with(3, ["Her predicted grades have fallen. The Graded Care Profile was late."], grade=Grade.GOOD)
    ctx = AuditContext(audit, engine.parse([audit]), engine.config, engine.lexicons)
    assert not any(w.grade_talk for w in rule.weigh_domain(ctx, audit.domains[0]))


def test_inadequate_keeps_the_shortfalls_of_its_grade_reasons():
    assert not fired(["I have graded this Inadequate because the plan has not been reviewed since March."],
                     Grade.INADEQUATE)


# -- hedged praise: a shortfall conceded before "but" ----------------------------------------------------------

def test_brief_but_purposeful_is_not_a_deficit():
    deficits, strengths = only("The case notes are brief but purposeful.")
    assert not deficits and strengths
    deficits, _ = only("The supervision records are brief but every one of them ends with a dated action.")
    assert not deficits


# -- a shortfall that the work itself found --------------------------------------------------------------------

def test_a_shortfall_the_work_did_not_notice_is_a_deficit_twice():
    deficits, strengths = only("Supervision did not pick up that the care plan had drifted.")
    assert len(deficits) == 2 and not strengths
    # the delays stay a shortfall (before, the denial of noticing them made them a strength)
    deficits, strengths = only("The manager did not notice the delays in the pathway plan.")
    assert "delays" in deficits and not strengths


def test_an_existence_denied_by_a_finding_verb_is_still_a_strength():
    deficits, strengths = only("I could not identify any gaps in the visiting pattern.")
    assert strengths and not deficits


# -- terse shortfalls in an Inadequate domain ------------------------------------------------------------------

def test_none_since_after_a_piece_of_work_is_a_shortfall():
    deficits, _ = only("Core group held 4/2/25, and none since.")
    assert deficits == ["none since"]
    assert not fired(["Core group held 4/2/25, and none since."], Grade.INADEQUATE)


def test_not_acceptable_is_a_deficit():
    deficits, _ = only("This is not acceptable for a baby on a protection plan.")
    assert deficits
    assert not fired(["This is not acceptable for a baby on a protection plan."], Grade.INADEQUATE)


# -- a piece of the work judged by its measure -----------------------------------------------------------------

def test_an_adjective_on_a_piece_of_the_work_judges_the_work():
    _, strengths = only("The revised assessment is a strong piece of analysis.")
    assert strengths
    deficits, _ = only("The transfer summary was a late piece of work.")
    assert deficits


def test_an_adjective_on_what_a_partner_agency_gave_judges_the_work():
    _, strengths = only("Strategy meetings were convened quickly, with good attendance from the police and health.")
    assert "good" in strengths
    # the child's own attendance, judged, is not weighed by the adjective
    _, strengths = only("XXXX has good attendance at her new school.")
    assert "good" not in strengths


def test_an_adjective_on_a_piece_of_something_else_does_not():
    deficits, strengths = only("She brought a good piece of news about her sister to the visit.")
    assert not strengths and not deficits


# -- a copula denied: what it links decides --------------------------------------------------------------------

def test_a_denied_copula_is_not_itself_a_shortfall():
    deficits, _ = only("She wrote it down as him not being happy with the new carer.")
    assert not deficits
    deficits, strengths = only("There has not been a single late review this year.")
    assert not deficits


def test_a_denied_copula_with_a_strength_is_a_deficit_and_a_denied_passive_still_counts():
    deficits, _ = only("Communication with the school has not been clear.")
    assert deficits == ["not clear"]
    deficits, _ = only("The pathway plan has not been signed off by the manager.")
    assert deficits


# -- near misses found on review: each must keep the old (right) reading -----------------------------------------

def test_talk_of_another_grade_keeps_its_shortfalls():
    rest = ["The worker visits every fortnight and XXXX's voice runs through the plan.",
            "The assessment has not been updated since 2023.", "XXXX has not been seen alone since April."]
    for said in ("The last audit graded this Requires Improvement and the chronology has still not been started, "
                 "visits remain late and supervision has lapsed.",
                 "I have graded this Good as the worker is newly qualified, but the plan is out of date, visits "
                 "have lapsed and the chronology is missing.",
                 "Whatever the grade, the plan is out of date, visits have lapsed and the chronology is missing.",
                 "The risk to XXXX was never graded, the plan is out of date and visits are late."):
        assert fired([rest[0], said, *rest[1:]], Grade.GOOD), said
    assert fired([rest[0], "Visits were late in March and April, the plan is out of date and the chronology is "
                  "missing, which is not Outstanding practice.", *rest[1:]], Grade.OUTSTANDING)


@pytest.mark.parametrize(
    "said",
    [
        # days of the month far apart are still a gap
        "The statutory visits were on 3 January, 20 March and 30 May.",
        # a shortfall excused after but still counts
        "The assessment is brief, but the worker was covering a second team at the time.",
        "The assessment was late, but this was because of the summer holidays.",
        # a shortfall on both sides of but still counts
        "The review was held but the plan was not updated afterwards.",
        "The plan is sparse, and the direct work was begun but never finished.",
        # the auditors own finding is still a deficit
        "I found that the core group had lapsed over the summer.",
        # a negation shared across "or" (no "but" to stop it) still counts
        "The worker did not visit or contact the school.",
        # month and year visits far apart are still a gap
        "She was seen at home in February 2025 and not seen again until July 2025.",
        "Home visits: January 2025, then September 2025.",
        # a shortfall before "but" with something else (praise, a circumstance) after it
        "The genogram is missing, but the rest of the file is in order.",
        "The plan has not been looked at for seven months but the carers are content with it.",
        "The strategy meeting was postponed twice, but it was the Christmas break.",
        "The safety plan was vague, but father said he understood it.",
        # work denied before "but" is not hedged away
        "The worker did not visit but rang the carer.",
        "The manager did not read the assessment but simply authorised it.",
        "XXXX was not seen alone but was seen with her father.",
        "The worker did not update the plan but recorded every visit carefully.",
        # a shortfall the work found and left unanswered
        "The review found that the plan had drifted for four months.",
        "The IRO noticed that no visits had taken place since April.",
        "The manager identified in June that XXXX had not been seen alone since January.",
        "Supervision flagged that the plan had not been reviewed and it was not updated until five months later.",
        # "there has not been" + a piece of work
        "There has not been a core group since March.",
        "There have not been any visits since the autumn.",
        "There has not been any supervision for six months.",
        "There has not been a strategy meeting despite three new allegations.",
    ],
)
def test_a_shortfall_still_counts(said):
    """Each sentence still weighs as a deficit (the classes' near misses, and the reviewer's)."""
    deficits, _ = only(said)
    assert deficits, said


def test_acceptable_judges_the_work_only():
    deficits, strengths = only("XXXX's conduct in class has not been acceptable.")
    assert not deficits and not strengths
    deficits, strengths = only("The gap in visits is barely acceptable for a child on a plan.")
    assert not strengths
    deficits, _ = only("This is only just acceptable given the length of the gap in visits.")
    assert deficits


def test_not_graded_lower_is_talk_of_the_grade_itself():
    paras = ["The plan is specific and every action has a named owner.",
             "I have not graded this lower because the wait lies with the hospital and has been escalated, but the "
             "appointment is still outstanding and the review is overdue."]
    assert not fired(paras, Grade.GOOD)


@pytest.mark.parametrize(
    "said",
    [
        # month and year name no days to set apart
        "Two reviews were held, in January 2025 and July 2025, and the family attended both.",
        # a shortfall the manager found is not the works deficit
        "In March the team manager spotted that the school referral had stalled and chased it the same day.",
        "The review identified the out-of-date health plan and it was rewritten within the month.",
        # but stops a shared negation
        "The duty worker did not place him in care but arranged for him to stay with his uncle.",
        # none since after incidents is not
        "There were three assaults on staff in May and none since.",
        # none since after counted shortfalls is not a shortfall
        "Three cancelled visits in March and none since.",
        # what an analysis found about the family is not a shortfall
        "The revised analysis found that the first hypothesis held and that the second needed more time.",
    ],
)
def test_no_shortfall_is_weighed(said):
    """Each sentence names no deficit of the work (the classes' own cases)."""
    deficits, _ = only(said)
    assert not deficits, said
