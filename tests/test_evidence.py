"""AL204 (grade-evidence-mismatch): how a sentence's evidence is weighed, on real spaCy parses.

Near misses written for this project, for the error classes found on new voices (round 3): negated
shortfalls that are strengths, work done "only twice", lists of shortfalls in one sentence, labels that
name what follows, comparisons under negation, and the family's shortfalls rather than the practice's.
"""

from __future__ import annotations

import pytest

from auditlint.model import Grade
from auditlint.ruletypes import AuditContext
from auditlint.ruletypes.evidence import GradeEvidence

from .conftest import audit_with, engine_for, findings


def fired(text: str, grade: Grade) -> bool:
    return any(f.code == "AL204" for f in findings(audit_with(3, [text], grade=grade), "AL204"))


def weighed(text: str) -> list[tuple[list[str], list[str]]]:
    engine = engine_for("AL204")
    audit = audit_with(3, [text], grade=Grade.GOOD)
    ctx = AuditContext(audit, engine.parse([audit]), engine.config, engine.lexicons)
    rule = next(r for r in engine.rules if isinstance(r, GradeEvidence))
    return [(w.deficits, w.strengths) for w in rule.weigh_domain(ctx, audit.domains[0])]


@pytest.mark.parametrize(
    "sentence",
    [
        "I could find no gaps in visiting and no missed statutory timescales.",
        "There has been no delay in the plan and no missed visit.",
        "Not a single visit was late.",
        "Nothing in the record suggests the worker lost sight of XXXX.",
    ],
)
def test_a_denied_shortfall_is_a_strength(sentence):
    [(deficits, strengths)] = weighed(sentence)
    assert strengths and not deficits


def test_work_done_only_once_or_twice_is_a_deficit():
    [(deficits, _)] = weighed("XXXX has been seen only twice in five months.")
    assert deficits
    [(deficits, _)] = weighed("Her school was contacted just once.")
    assert deficits
    # a restricting word without a count of times is not a shortfall
    [(deficits, _)] = weighed("The worker only visited after school, when XXXX was at home.")
    assert not deficits


def test_inadequate_with_only_minimised_work_is_not_a_mismatch():
    text = "XXXX has been seen only twice in five months. Her school was contacted just once."
    assert not fired(text, Grade.INADEQUATE)
    assert fired(text, Grade.GOOD)


def test_a_sentence_listing_three_shortfalls_weighs_as_several():
    text = ("The worker clearly cares about XXXX. However, the assessment is out of date, the plan has no "
            "timescales, visits have lapsed since the autumn and the child's voice is barely present.")
    assert fired(text, Grade.GOOD)


def test_one_shortfall_said_twice_under_a_label_weighs_one():
    text = ("The worker visits every ten days and her notes are detailed. One small gap: the genogram is missing "
            "the paternal grandparents.")
    assert not fired(text, Grade.GOOD)
    [_, (deficits, _)] = weighed(text)
    assert deficits == ["missing"]  # "gap" names what the rest of the sentence says


def test_not_always_recorded_is_one_deficit_not_two():
    [(deficits, _)] = weighed("The sessions are not always recorded within the expected time.")
    assert deficits == ["not always"]


def test_a_negated_comparison_does_not_deny_what_it_weighs():
    [(deficits, strengths)] = weighed("These do not outweigh the strength of the relationship.")
    assert strengths == ["strength"] and not deficits


def test_the_familys_home_conditions_are_not_a_practice_deficit():
    text = ("Mother continues to drink heavily. The home conditions remain very poor. The worker has visited "
            "fortnightly, seen the children alone, and escalated promptly to legal planning.")
    assert fired(text, Grade.INADEQUATE)
    # practice that left the home as it was is still a shortfall
    text += " The worker did not see the children again after the police call-out."
    assert not fired(text, Grade.INADEQUATE)


def test_work_done_without_a_piece_of_process_is_a_deficit():
    text = "The decision to step down to early help was made without a multi-agency discussion."
    assert not fired(text, Grade.INADEQUATE)


# ---------------------------------------------------------------- round 4: shortfalls told as facts
# Deficits in practice told without a deficit word: lengths of time, counts over a span, comparisons with a
# standard, work the same as before, work lacking a part, what should have happened. Each class has a near
# miss that must not count.


def only_deficits(sentence: str) -> bool:
    [(deficits, strengths)] = weighed(sentence)
    return bool(deficits) and not strengths


def nothing_weighed(sentence: str) -> bool:
    return weighed(sentence) in ([([], [])], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The core group met five weeks after the conference.",
        "The chronology is three weeks behind.",
        "The review was held two months after it was due.",
        "It took seven weeks from the referral for anyone to visit.",
        "The transfer summary was last updated eleven months ago.",
        "The report arrived in May, after the date agreed at the meeting.",
    ],
)
def test_time_lost_is_a_deficit(sentence):
    assert only_deficits(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The strategy discussion was held two days after the referral.",
        "Mum arrived at contact three weeks late.",  # the family's lateness, not the practice's
    ],
)
def test_a_quick_response_or_the_familys_lateness_is_not(sentence):
    assert nothing_weighed(sentence)


def test_a_length_against_its_standard_points_both_ways():
    [(deficits, _)] = weighed("The assessment was finished at 12 weeks against an 8-week standard.")
    assert deficits
    [(deficits, strengths)] = weighed("The assessment was finished at 6 weeks against an 8-week standard.")
    assert strengths and not deficits
    [(deficits, strengths)] = weighed("Visiting: 8-weekly (standard: 4-weekly).")
    assert deficits and not strengths  # "8-weekly" is not the strength "weekly"


def test_work_done_rarely_over_a_stated_span_is_a_deficit():
    assert only_deficits("The worker visited three times between January and July.")
    assert only_deficits("Her brother was seen once in five months.")
    assert nothing_weighed("The worker visited eight times between January and March.")
    [(deficits, _)] = weighed("XXXX was seen alone on one of six visits.")
    assert deficits
    [(deficits, _)] = weighed("XXXX was seen alone on five of six visits.")
    assert not deficits


def test_visits_listed_by_date_with_long_gaps_are_a_deficit():
    assert only_deficits("Visits took place on 3 March, 28 April and 30 June.")
    assert nothing_weighed("Visits took place on 3 March, 17 March and 31 March.")


def test_work_the_same_as_before_is_a_deficit():
    assert only_deficits("The care plan is identical to last year's.")
    assert only_deficits("The plan records the same four outcomes as at the first conference.")
    assert nothing_weighed("The care plan is the same one the family signed.")  # no earlier time: not drift


def test_work_lacking_a_part_is_a_deficit():
    assert only_deficits("The safety plan has no review date.")
    assert only_deficits("The assessment says nothing about the stepfather.")
    assert only_deficits("The case was closed without XXXX having been interviewed.")
    assert only_deficits("Plan: no outcomes, no dates.")
    assert nothing_weighed("The household has no car.")


def test_what_should_have_happened_is_a_deficit_unless_the_family_should_have_done_it():
    [(deficits, _)] = weighed("A strategy discussion should have been held after the second incident.")
    assert len(deficits) == 1
    assert nothing_weighed("Mother should have attended the appointment.")


def test_a_childs_account_taken_only_through_a_parent_is_a_deficit():
    assert only_deficits("Her views were gathered only through her father.")
    assert nothing_weighed("Her views were gathered only through drawings.")


def test_a_note_style_passive_is_done_to_the_family_not_by_them():
    assert only_deficits("Grandmother not consulted.")
    assert nothing_weighed("Grandmother did not attend.")


def test_a_moved_deadline_and_scant_progress_are_deficits():
    assert only_deficits("The date for the parenting assessment was moved back twice.")
    assert only_deficits("There has been little progress since the conference.")
    [(deficits, strengths)] = weighed("There has been a little progress since the conference.")
    assert strengths and not deficits


def test_a_record_that_leaves_the_question_open_is_a_deficit_but_an_open_question_about_the_child_is_not():
    assert only_deficits("I could not tell from the file whether the stepfather still visits.")
    assert nothing_weighed("It is not known whether the stepfather still visits.")


def test_a_denied_shortfall_found_by_the_auditor_is_a_strength():
    [(deficits, strengths)] = weighed("I did not find a single cancelled session.")
    assert strengths and not deficits
    [(deficits, strengths)] = weighed("No action from the core group was left undone.")
    assert strengths and not deficits


def test_direct_questions_and_the_workers_own_claims_are_not_weighed():
    assert weighed("Was the plan reviewed on time?") == []
    assert nothing_weighed("The worker assured me that the plan is working well and XXXX is settled.")
    [(_, strengths)] = weighed("XXXX told me that she feels safe.")  # the child's own account is evidence
    assert strengths


def test_a_conceded_strength_gives_way_to_the_main_clause():
    text = ("Although the worker writes clearly, XXXX was seen twice in six months, and the plan, which was last "
            "reviewed a year ago, has no dates.")
    assert fired(text, Grade.GOOD)
    near = ("Although the plan has no dates, the worker has seen XXXX weekly, and her views are quoted in every "
            "record.")
    assert not fired(near, Grade.GOOD)


def test_two_shortfalls_in_two_clauses_of_a_short_domain_weigh_two():
    text = ("The worker has built a warm relationship with Mother, but the visits, which were due fortnightly, "
            "happened three times between April and September, and XXXX's views are taken only from her mother.")
    assert fired(text, Grade.GOOD)
    # one shortfall said in two clauses of a longer domain still weighs one
    longer = ("The worker visits every ten days. XXXX's words are quoted in each record. The plan was reviewed on "
              "time. The school says attendance has improved. The genogram has not been updated and the "
              "chronology has not been updated either.")
    assert not fired(longer, Grade.GOOD)


# -- round 6: shortfalls told without a deficit word, each with its near miss ------------------------------------


def test_a_process_denied_at_every_time_is_a_deficit():
    assert weighed("At no stage was XXXX seen alone.") == [(["not seen alone"], [])]
    # "with no delay" is not "at no time": a manner, not a denial of the work
    assert weighed("The plan was completed with no delay.")[0][0] == []


def test_work_done_only_at_a_late_time_is_a_deficit():
    assert weighed("The referral was made only in the eighth month.")[0][0] != []
    assert weighed("XXXX was seen only in school.") == [([], [])]  # a place, not a time
    assert weighed("Mum engaged only in March.") == [([], [])]  # the family's, not the practice's


def test_a_strength_taken_up_again_is_not_weighed_twice():
    found = weighed("The circumstances are set out with clarity. However, that clarity shows that the plan has "
                    "not been reviewed.")
    assert found[1][1] == []


def test_work_left_in_an_undone_state_is_a_deficit():
    assert weighed("The placement plan is unsigned.") == [(["unsigned"], [])]
    assert weighed("The referral sat unallocated for eleven weeks.")[0][0] == ["unallocated"]
    # a manner of the work ("unannounced") is not work left undone
    assert weighed("Visits were unannounced.") == [([], [])]


def test_a_quality_the_work_was_done_without_is_a_deficit():
    assert "without rationale" in weighed("Visits dropped to monthly without a rationale.")[0][0]


def test_a_record_that_makes_it_hard_to_know_is_a_deficit():
    assert weighed("It is difficult to identify what difference the plan has made for XXXX.")[0][0] != []
    assert weighed("Mum finds it hard to understand the plan.") == [([], [])]  # the family's difficulty


def test_the_same_content_recorded_again_is_a_deficit():
    assert weighed("The same concerns are recorded at each review.")[0][0] == ["same"]
    assert weighed("The same worker has visited each month.")[0][0] == []  # continuity, not a copy


def test_work_done_with_no_part_of_it_is_a_deficit():
    assert weighed("Visits are recorded with no detail.") == [(["with no detail"], [])]
    assert weighed("The plan was completed with no delay.")[0][0] == []  # no shortfall: a strength
    assert weighed("Mum arrived with no coat.") == [([], [])]  # not a piece of work


def test_work_that_does_not_include_a_part_is_a_deficit_once():
    assert weighed("The plan does not include Father.") == [(["not include"], [])]
    # the "not yet" cue already weighs the negated verb: the same shortfall is not weighed twice
    assert weighed("The assessment does not yet cover his history.") == [(["not yet"], [])]


# -- round 8: polarity from the parse, and development points (own wording, not the corpus items) --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Reviews have not been missed and the plan has not been allowed to drift.",
        "Not one visit has been missed or cancelled.",
        "The decision to end the plan was not taken without a clear written rationale.",
        "The assessment doesn't shy away from the risk dad's drinking poses.",
        "Nothing in the supervision notes suggests delay.",
    ],
)
def test_round8_a_denied_shortfall_is_not_a_deficit(sentence):
    deficits, strengths = weighed(sentence)[0]
    assert deficits == []
    assert strengths != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The chronology would benefit from being brought up to date.",
        "Improvement is needed in how often XXXX is seen alone.",
        "Recording requires significant improvement.",
        "There is scope to strengthen the safety plan.",
        "The case summary should be rewritten.",
        "It would be helpful to see more direct work with XXXX.",
        "The worker may wish to use the life story tools.",
        "The genogram needs updating.",
        "Planning is an area for development.",
    ],
)
def test_round8_a_development_point_is_a_deficit(sentence):
    deficits, strengths = weighed(sentence)[0]
    assert deficits != []
    assert strengths == []


def test_round8_a_development_point_conceded_before_the_finding_is_not_weighed():
    assert weighed("Although the plan needs updating, the work with XXXX has been steady.")[0][0] == []
    assert weighed("XXXX needs help with reading.") == [([], [])]  # the child's need, not the work's



def test_round8_a_shortfall_word_modifying_a_denied_noun_is_denied():
    # "out" of "out-of-date" hangs from the noun as a modifier the parser calls nmod
    deficits, strengths = weighed("There is no out-of-date chronology on this file.")[0]
    assert "not out-of-date" in strengths
    assert "out-of-date" not in deficits


# -- session 12 ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The core group minutes for May and June are not on the file.",
        "Her disclosure to the school nurse is not on the system at all.",
        "There is nothing recorded for the months of July and August.",
    ],
)
def test_what_the_record_does_not_hold_is_a_deficit(sentence):
    deficits, strengths = weighed(sentence)[0]
    assert deficits and not strengths


def test_inadequate_naming_a_missing_record_is_not_a_mismatch():
    text = "The most recent case note is dated 3 March. The core group minutes for May are not on the file."
    assert not fired(text, Grade.INADEQUATE)


@pytest.mark.parametrize(
    "sentence",
    ["I am just not fully assured by this case.", "Something about this doesn't sit right with me."],
)
def test_the_auditors_own_unease_names_no_deficit(sentence):
    assert weighed(sentence) == [([], [])]
    assert fired("Core groups are held every six weeks with school present. " + sentence, Grade.INADEQUATE)


def test_unease_that_says_what_is_wrong_is_still_a_deficit():
    deficits, _ = weighed("I am not fully assured that the plan is keeping XXXX safe.")[0]
    assert deficits


def test_a_shortfall_put_down_to_the_family_is_not_the_practices():
    deficits, _ = weighed("Family time with mum is inconsistent because she often cancels.")[0]
    assert deficits == []


def test_a_past_shortfall_since_put_right_is_not_a_deficit():
    deficits, _ = weighed("Actions that stalled were escalated by the chair.")[0]
    assert deficits == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The assessment would be improved by including dad's views.",
        "The plan could be strengthened by naming who does what.",
        "Further analysis is needed of how mum's drinking affects XXXX.",
        "The direct work section of the record is blank.",
    ],
)
def test_session12_development_points_and_blank_records_are_deficits(sentence):
    deficits, strengths = weighed(sentence)[0]
    assert deficits and not strengths


# Session 14 (round 10 classes): two negations that cancel around "without", a sentence conceded by a contrast
# opening the next, a strength done only once, "a good one", a clause listed after a comma, unease with "it" as its
# subject, shortfalls a later sentence says were put right, a denied state, "nor", and a grade named in lower case.
@pytest.mark.parametrize(
    "sentence",
    [
        "He has not gone a fortnight without being visited.",
        "At no point has he been left without an allocated worker.",
        "None of the reviews has gone ahead without the IRO's challenge being recorded.",
        "Not a single week without a recorded visit.",
        "The manager has not once closed a referral without writing down her reasons.",
    ],
)
def test_session14_a_denial_around_without_is_a_strength(sentence):
    deficits, strengths = weighed(sentence)[0]
    assert strengths and not deficits


def test_session14_without_under_a_plain_verb_is_still_weighed_as_a_shortfall():
    deficits, strengths = weighed("The plan was reviewed without XXXX's views.")[0]
    assert not strengths


def test_session14_a_strength_done_only_once_is_a_deficit():
    deficits, strengths = weighed("The boy has been seen alone only once since the spring.")[0]
    assert deficits and not strengths
    deficits, strengths = weighed("The boy has been seen alone on every visit since the spring.")[0]
    assert strengths and not deficits


def test_session14_a_sentence_conceded_by_a_contrast_weighs_one():
    text = ("She visits him every week and he trusts her. However, his plan has no dates, the review is overdue, "
            "nothing has changed for him since March and his health assessment is months late.")
    assert fired(text, Grade.GOOD)
    # the contrast the other way: the shortfall conceded, the strengths found
    text = ("The first core group was late and poorly attended. However, every later one has been on time, the plan "
            "is clear and his attendance has risen.")
    assert not fired(text, Grade.GOOD)


def test_session14_a_good_one_and_on_time_are_strengths():
    deficits, strengths = weighed("The first visit was late, but it was a thorough and good one.")[0]
    assert strengths and not deficits
    deficits, strengths = weighed("Every review since then has been on time.")[0]
    assert strengths and not deficits


def test_session14_a_listed_clause_after_a_comma_is_not_under_the_first_items_negation():
    deficits, strengths = weighed(
        "Health: the referral still not made although the GP asked, the eye test is overdue and the dental "
        "check is late.")[0]
    assert len(deficits) >= 3 and not strengths


def test_session14_unease_with_it_as_subject_names_no_deficit():
    assert fired("The notes are there and the plan is current. I cannot say why, but it doesn't feel right.",
                 Grade.INADEQUATE)
    # a piece of the work that does not feel right is named
    assert not fired("The safety plan doesn't feel right: it relies on mum calling the police.", Grade.INADEQUATE)


def test_session14_shortfalls_a_later_sentence_says_were_put_right():
    text = ("In the autumn the visits slipped and the review was late. Both were picked up by the new manager and put "
            "right. Since then she has been seen every fortnight and the plan has been reviewed on time.")
    assert fired(text, Grade.INADEQUATE)
    # put right only in part: a later shortfall still stands
    text = ("In the autumn the visits slipped and the review was late. Both were picked up by the new manager. "
            "Her views are still not recorded.")
    assert not fired(text, Grade.INADEQUATE)
    # not put right: the same sentences without the remedy name a deficit
    assert not fired("In the autumn the visits slipped and the review was late. Since then she has been seen.",
                     Grade.INADEQUATE)


def test_session14_a_denied_state_nor_and_a_lower_case_grade():
    deficits, strengths = weighed("Not once this year has a referral gone unallocated.")[0]
    assert strengths and not deficits
    deficits, strengths = weighed("Her wishes are not recorded, nor is there evidence that she was seen alone.")[0]
    assert len(deficits) >= 2 and not strengths
    assert weighed("Graded good.")[0] == ([], [])


def test_session14_a_plan_that_has_not_changed_is_a_deficit():
    deficits, strengths = weighed("The plan has not changed since the first conference.")[0]
    assert deficits and not strengths
    deficits, strengths = weighed("The plan changed when the health visitor raised her worry.")[0]
    assert not deficits
