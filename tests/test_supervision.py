"""AL601-AL603: the supervision timeline (guide G-3.1e), on real spaCy parses.

Each test is a near miss written for this project: what fires, what must not,
and what the message says about the dates it found and the gaps between them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditlint.config import Config
from auditlint.engine import Engine
from auditlint.evaluation import combine, evaluate, load_cases
from auditlint.model import Audit, Domain, Grade, TextBlock
from auditlint.ruletypes import AuditContext
from auditlint.ruletypes.supervision import Extraction, SupervisionTimeline

from .conftest import CORPORA, audit_from_markdown, audit_with, engine_for

CODES = ("AL601", "AL602", "AL603")
AUDIT_DATE = dt.date(2023, 2, 14)  # review period 14.8.22 to 14.2.23


def run(audit: Audit):
    return engine_for(*CODES).check([audit])[0]


def fired(audit: Audit) -> dict[str, str]:
    return {f.code: f.message for f in run(audit).findings}


def d6(*paragraphs: str, audit_date: dt.date | None = AUDIT_DATE) -> Audit:
    return audit_with(6, list(paragraphs), audit_date=audit_date, grade=Grade.REQUIRES_IMPROVEMENT)


MONTHLY = (
    "Supervision took place on 5.9.22, 3.10.22, 31.10.22, 28.11.22, 28.12.22, 23.1.23 and 10.2.23. "
    "Each session tests whether the plan is reducing the risk from Father's drinking, and the December "
    "session led to the referral that has since brought him into treatment."
)


# -- firing and not firing ------------------------------------------------------


def test_monthly_dates_pass():
    assert fired(d6(MONTHLY)) == {}


def test_dates_written_in_words_with_the_year_once_pass():
    # the year written at the end of the list places the dates before it; not a guess
    text = (
        "XXXX's case has been discussed in supervision every four weeks: 26 August, 23 September, "
        "21 October, 18 November and 16 December 2022, and 13 January and 10 February 2023."
    )
    assert fired(d6(text)) == {}


def test_one_forty_day_gap_fires_al602_only():
    text = "Supervision took place on 5.9.22, 5.10.22, 14.11.22, 12.12.22, 9.1.23 and 6.2.23."
    got = fired(d6(text))
    assert set(got) == {"AL602"}
    assert got["AL602"] == (
        "Supervision dates found: 5.9.22, 5.10.22, 14.11.22, 12.12.22, 9.1.23, 6.2.23; "
        "40 days from 5.10.22 to 14.11.22 exceeds the monthly standard (31 days)."
    )


def test_exactly_the_standard_does_not_fire():
    text = "Supervision took place on 14.9.22, 15.10.22, 15.11.22, 16.12.22, 16.1.23 and 14.2.23."
    assert "AL602" not in fired(d6(text))  # gaps of 31 and 30 days do not exceed 31


def test_last_supervision_long_before_the_audit_date():
    text = (
        "The last supervision on file is dated 1 August 2022. Since then the case has moved from child in "
        "need to child protection, and no manager has recorded a view on that decision."
    )
    result = run(d6(text))
    got = {f.code: f for f in result.findings}
    assert set(got) == {"AL601", "AL602"}
    assert got["AL601"].immediate_response is True
    assert got["AL602"].immediate_response is False
    assert "none falls in the review period (14.8.22 to 14.2.23)" in got["AL601"].message
    assert "197 days from 1.8.22 to the audit date (14.2.23) exceeds the monthly standard (31 days)" in got[
        "AL602"
    ].message
    assert result.findings[0].code == "AL601"  # immediate responses are listed first


def test_last_supervision_early_in_the_period_is_a_monthly_gap_not_six_months():
    text = "The only supervision in the review period was on 20.8.22, and the notes are a list of tasks."
    got = fired(d6(text))
    assert set(got) == {"AL602"}
    assert "178 days from 20.8.22 to the audit date (14.2.23)" in got["AL602"]


def test_no_dates_fires_al603_only():
    text = (
        "Monthly supervision is evident on the file and the notes are of a good standard. The manager "
        "asks what XXXX would say about the plan, and actions are followed through."
    )
    got = fired(d6(text))
    assert set(got) == {"AL603"}
    assert got["AL603"].startswith("Domain 6 names no supervision dates, so the gaps between supervisions cannot")


# -- what the audit says about supervision ---------------------------------------


def test_no_supervision_since_a_date_before_the_period():
    got = fired(d6("There has been no supervision since 2.8.22. The worker has raised her worries by email."))
    assert set(got) == {"AL601", "AL602"}
    assert "2.8.22 (the audit says none since)" in got["AL601"]


def test_no_supervision_since_a_date_inside_the_period_is_not_six_months():
    got = fired(d6("There has been no supervision since 20.12.22, when the worker left the team."))
    assert set(got) == {"AL602"}
    assert "56 days from 20.12.22 to the audit date (14.2.23)" in got["AL602"]


@pytest.mark.parametrize(
    "sentence",
    [
        "No supervision is recorded for this period.",
        "I could not find a supervision record for any part of the review period.",
        "There is no evidence that supervision has taken place in the last six months.",
        "The case has not been discussed in supervision since July 2022.",
        "The worker has been without supervision throughout the review period.",
    ],
)
def test_statements_that_there_was_no_supervision_fire_al601(sentence):
    got = fired(d6(sentence + " Decisions about XXXX's safety have been left to the worker alone."))
    assert "AL601" in got
    assert "AL602" not in got  # no dated supervision to measure from


@pytest.mark.parametrize(
    "sentence",
    [
        "Supervision has not been reflective, and it has not challenged the drift in the plan.",
        "The conference minutes are detailed, but they are not a substitute for supervision.",
        "Supervision did not consider XXXX's wish to see her brother.",
        "No supervision is recorded after the December session.",
        "There is no record of supervision of the decision to end contact with Father.",
    ],
)
def test_negated_sentences_that_do_not_say_there_was_none(sentence):
    got = fired(d6(MONTHLY, sentence))
    assert "AL601" not in got, got


def test_a_limited_denial_does_not_fire_al601_without_other_evidence():
    got = fired(d6("Supervision was held in the summer. No supervision is recorded after November."))
    assert "AL601" not in got
    assert "AL603" in got


# -- dates of other things ---------------------------------------------------------


def test_a_cp_conference_date_is_not_a_supervision():
    text = (
        "Formal supervision took place on 5.9.22, 3.10.22, 5.12.22, 3.1.23 and 31.1.23. The initial child "
        "protection conference on 7.11.22 was chaired well, and the core group met on 21.11.22, but "
        "neither is a supervision."
    )
    got = fired(d6(text))
    assert set(got) == {"AL602"}
    assert "63 days from 3.10.22 to 5.12.22" in got["AL602"]
    assert "7.11.22" not in got["AL602"] and "21.11.22" not in got["AL602"]


def test_visits_reviews_and_other_senses_of_supervision_are_not_supervision_dates():
    text = (
        "Supervision took place on 5.9.22, 3.10.22 and 31.10.22. The social worker visited on 28.11.22 and "
        "the looked after review was held on 12.12.22. Contact was supervised by the family centre on "
        "9.1.23, and a supervision order was made on 6.2.23. A management oversight entry on 10.1.23 "
        "authorised the transfer."
    )
    got = fired(d6(text))
    assert "106 days from 31.10.22 to the audit date (14.2.23)" in got["AL602"]


def test_a_supervision_date_in_domain_5_counts():
    d5 = Domain(
        number=5,
        grade=Grade.GOOD,
        paragraphs=[TextBlock(text="The decision to step down was discussed in supervision on 3.2.23 and agreed.")],
    )
    six = Domain(
        number=6,
        grade=Grade.GOOD,
        paragraphs=[TextBlock(text="Supervision took place on 18.8.22, 15.9.22, 13.10.22, 10.11.22, 8.12.22 and 5.1.23.")],
    )
    audit = Audit(path="t", audit_id="t", audit_date=AUDIT_DATE, domains=[d5, six])
    assert fired(audit) == {}  # with 3.2.23 the last gap is 11 days, not 40

    only_d5 = Audit(
        path="t",
        audit_id="t",
        audit_date=AUDIT_DATE,
        domains=[d5, Domain(number=6, grade=Grade.GOOD, paragraphs=[TextBlock(text="Monthly supervision is evident.")])],
    )
    got = fired(only_d5)
    assert "given only in domain 5 (3.2.23)" in got["AL603"]
    assert "173 days from the start of the review period (14.8.22) to 3.2.23" in got["AL602"]


def test_a_supervision_date_after_the_audit_date_is_not_counted_and_is_mentioned():
    text = "Supervision took place on 5.9.22, 3.10.22, 31.10.22, 28.11.22, 12.12.22, 10.1.23 and 20.2.23."
    got = fired(d6(text))
    assert set(got) == {"AL602"}
    assert "35 days from 10.1.23 to the audit date (14.2.23)" in got["AL602"]
    assert "Not counted, after the audit date: 20.2.23." in got["AL602"]


def test_a_booked_session_is_not_counted():
    text = (
        "Supervision took place on 5.9.22, 3.10.22, 31.10.22, 28.11.22, 12.12.22 and 10.1.23. "
        "The next session is booked for 13.2.23."
    )
    got = fired(d6(text))
    assert set(got) == {"AL602"}
    assert "35 days from 10.1.23 to the audit date (14.2.23)" in got["AL602"]
    assert "Not counted, planned rather than held: '13.2.23'." in got["AL602"]


def test_a_cancelled_session_is_not_a_supervision():
    text = (
        "Supervision took place on 5.9.22, 3.10.22, 31.10.22, 28.11.22 and 10.1.23. "
        "The supervision on 9.12.22 was cancelled because the manager was on leave."
    )
    got = fired(d6(text))
    assert "43 days from 28.11.22 to 10.1.23" in got["AL602"]
    assert "9.12.22" not in got["AL602"]


def test_a_parents_supervision_of_the_children_is_not_supervision():
    text = (
        "Supervision of the worker took place on 5.9.22 and 3.10.22. Mother's supervision of the children "
        "on 28.11.22 was poor, and the supervision of XXXX at the park on 2.2.23 was not adequate."
    )
    got = fired(d6(text))
    assert got["AL602"].startswith("Supervision dates found: 5.9.22, 3.10.22;")


@pytest.mark.parametrize(
    "sentence,immediate",
    [
        ("There has been no supervision for eight months.", True),
        ("The social worker has not been supervised for 7 months.", True),
        ("There has not been a supervision in over a year.", True),
        ("There has been no supervision for five months.", False),
    ],
)
def test_a_denial_names_how_long(sentence, immediate):
    assert ("AL601" in fired(d6(sentence))) is immediate


@pytest.mark.parametrize(
    "sentence,codes",
    [
        # a month that ended before the review period is placed as a range, not guessed to a day
        ("The last supervision was in July 2022, and the plan has drifted since.", {"AL601", "AL602", "AL603"}),
        ("Supervision stopped in July 2022 when the manager left.", {"AL601", "AL603"}),
        ("No supervision has been recorded since the case was transferred in July 2022.", {"AL601", "AL603"}),
        ("No supervision has been recorded since the case was transferred in December 2022.", {"AL603"}),
        ("Supervision lapsed after 10.10.22, when the team manager left.", {"AL602"}),
    ],
)
def test_when_supervision_ended(sentence, codes):
    assert set(fired(d6(sentence))) == codes


def test_a_month_before_the_period_is_a_lower_bound():
    got = fired(d6("The last supervision was in July 2022."))
    assert "at least 198 days from July 2022 to the audit date (14.2.23)" in got["AL602"]


def test_a_list_after_a_colon_belongs_to_the_clause_before_it():
    text = (
        "XXXX's case has been discussed in supervision every month: 31/08/2022, 28/09/2022, 26/10/2022, "
        "23/11/2022, 21/12/2022, 18/01/2023 and 10/02/2023."
    )
    assert fired(d6(text)) == {}
    assert fired(d6("Dates of supervision: 31.8.22, 28.9.22, 26.10.22, 23.11.22, 21.12.22, 18.1.23, 10.2.23.")) == {}


# -- ambiguous dates are reported, never guessed ------------------------------------


def test_a_date_with_no_year_takes_its_year_from_the_review_period():
    # review period 14.8.22 to 14.2.23: October and November can only be 2022
    got = fired(d6("Supervision took place on 3 October and 7 November, and both sessions were task-focused."))
    assert set(got) == {"AL602"}
    assert "3.10.22, 7.11.22" in got["AL602"]
    assert "99 days from 7.11.22 to the audit date (14.2.23)" in got["AL602"]


def test_day_month_dates_in_a_list_take_years_from_the_review_period():
    got = fired(d6("Supervision: 7/9, 5/10, 2/11, 30/11, 4/1, 1/2. Notes are brief."))
    assert set(got) == {"AL602"}
    assert "35 days from 30.11.22 to 4.1.23" in got["AL602"]


def test_a_day_month_date_outside_the_period_is_the_latest_before_the_audit():
    # 3 March can only be 3.3.22, before the period: nothing in the period, so six months
    got = fired(d6("The last supervision was on 3 March and there has been none since."))
    assert {"AL601", "AL602"} <= set(got)


def test_a_date_with_no_year_is_reported_when_the_period_holds_it_twice():
    audit = d6("Supervision took place on 3 October and 7 November, and both sessions were task-focused.")
    audit.review_start = dt.date(2021, 8, 1)  # an 18-month review period
    got = fired(audit)
    assert "Could not place: 'Supervision took place on 3 October' (no year given, and more than one year fits the review period)" in got["AL603"]


def test_a_month_alone_is_reported():
    # October and December can only be 2022 (review period 14.8.22 to 14.2.23), but a month is not a day:
    # month-only mentions give AL603, and no gap is measured from them
    got = fired(d6("Supervision took place in October and again in December."))
    assert set(got) == {"AL603"}
    assert "'Supervision took place in October' (month without a year)" in got["AL603"]


def test_months_alone_before_the_period_are_six_months_without_supervision():
    # March and May can only be 2022 here, both before the review period
    got = fired(d6("Supervision took place in March and again in May."))
    assert {"AL601", "AL602"} <= set(got)


def test_a_month_first_date_is_reported():
    got = fired(d6("Supervision took place on 9/13/2022 and the notes are brief."))
    assert "month-first (US) order" in got["AL603"]


def test_a_month_with_no_year_since_which_there_was_none():
    # July can only be July 2022, before the period (14.8.22 to 14.2.23)
    assert {"AL601", "AL603"} <= set(fired(d6("No supervision recorded since July.")))


# -- supervision written in many ways (issue 3) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Case discussion with TM: 12.9.22, 10.10.22, 7.11.22, 5.12.22, 3.1.23, 31.1.23.",
        "Monthly supervision sessions with the worker took place (12 Sept, 10 Oct, 7 Nov, 5 Dec, 3 Jan and 31 Jan).",
        "Reflective supervision is held every four weeks and the notes show curiosity. "
        "Dates: 12 September, 10 October, 7 November and 5 December 2022, 3 January and 31 January 2023.",
        "Reflective supervision 12.9.22, 10.10.22, 7.11.22, 5.12.22, 3.1.23 and 31.1.23.",
        "12.9.22 – supervision: contact plan agreed. 10.10.22 – supervision. 7.11.22 – supervision. "
        "5.12.22 – supervision. 3.1.23 – supervision. 31.1.23 – supervision.",
        "The case is discussed in group supervision each month (the minutes list XXXX on 12.9.22, 10.10.22, "
        "7.11.22, 5.12.22, 3.1.23 and 31.1.23).",
        "Supervision records are dated 12.9.22, 10.10.22, 7.11.22, 5.12.22, 3.1.23 and 31.1.23.",
    ],
)
def test_monthly_supervision_written_in_many_ways_passes(text):
    assert fired(d6(text)) == {}


def test_one_note_for_the_whole_period_is_a_date():
    got = fired(d6("I found one supervision note for the whole period (20.12.22)."))
    assert set(got) == {"AL602"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Supervision: none recorded.",
        "Supervision - nil.",
        "Neither supervision nor management oversight is recorded.",
        "I have not seen any evidence that this case has been discussed in supervision.",
        "There has been no management oversight of this case since allocation in June 2022.",
        "There is a gap of seven months in supervision.",
    ],
)
def test_more_ways_of_saying_there_was_none(sentence):
    assert "AL601" in fired(d6(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "There are gaps in supervision.",  # how long is not said
        "There was a break in supervision of five weeks over Christmas.",
    ],
)
def test_a_gap_shorter_than_six_months_or_of_no_length_is_not_al601(sentence):
    assert "AL601" not in fired(d6(sentence))


def test_a_stated_gap_of_seven_months_counts_even_with_dates_in_the_period():
    got = fired(d6("There is a gap of seven months in supervision (14.6.22 to 20.1.23)."))
    assert {"AL601", "AL602"} <= set(got)


# -- layout: tables and lists under a label ----------------------------------------------

TABLE = """| Date | Type | Notes |
|---|---|---|
| 12.9.22 | Supervision | contact plan reviewed |
| 10.10.22 | Supervision | school attendance |
| 7.11.22 | Core group | minutes on file |
| 5.12.22 | Supervision | task list |
| 3.1.23 | Supervision | cancelled, TM sick |
| 31.1.23 | Supervision | task list |"""


def test_a_table_row_decides_what_its_date_dates():
    got = fired(d6(TABLE))
    assert set(got) == {"AL602"}
    # the core group and the cancelled session are not supervisions
    assert "Supervision dates found: 12.9.22, 10.10.22, 5.12.22, 31.1.23;" in got["AL602"]


def test_a_column_headed_by_supervision():
    text = "| Supervision date | Notes |\n|---|---|\n" + "\n".join(
        f"| {d} | brief |" for d in ("12.9.22", "10.10.22", "7.11.22", "5.12.22", "3.1.23", "31.1.23")
    )
    assert fired(d6(text)) == {}


def test_a_list_under_a_label_line():
    text = "Supervision:\n12.9.22 - reflective\n10.10.22 - task list\n7.11.22 - task list\n5.12.22 - brief\n3.1.23 - brief\n31.1.23 - brief"
    assert fired(d6(text)) == {}
    assert set(fired(d6("Visits:\n12.9.22 - seen alone\n10.10.22 - not seen alone"))) == {"AL603"}


def test_plain_sessions_refer_back_but_other_kinds_of_session_do_not():
    assert fired(d6("The worker had supervision on 12.9.22 and 10.10.22. Further sessions were held on "
                    "7.11.22, 5.12.22, 3.1.23 and 31.1.23.")) == {}
    got = fired(d6("Supervision is monthly. Contact sessions took place on 3.1.23 and 5.2.23."))
    assert set(got) == {"AL603"}


# -- no audit date ---------------------------------------------------------------


def test_no_audit_date_skips_al601_and_al602_and_says_so():
    result = run(d6("Supervision took place on 5.9.22 and 3.10.22.", audit_date=None))
    skipped = {s.code: s.reason for s in result.skipped}
    assert set(skipped) == {"AL601", "AL602"}
    assert all(r.startswith("no audit date: ") for r in skipped.values())
    assert [f.code for f in result.findings] == []  # AL603 ran: domain 6 names dates


def test_no_audit_date_still_runs_al603():
    result = run(d6("Monthly supervision is evident.", audit_date=None))
    assert [f.code for f in result.findings] == ["AL603"]


def test_markdown_without_audit_date_reports_not_run(tmp_audit):
    md = """\
    ---
    audit_id: A-1
    child_ref: XXXX
    ---

    # The role of Supervision and Management Oversight
    Grade: Good

    Supervision took place on 5.9.22 and 3.10.22.
    """
    audit = audit_from_markdown(md)
    result = run(audit)
    assert {s.code for s in result.skipped} == {"AL601", "AL602"}


# -- one extraction per audit --------------------------------------------------------


def test_the_three_rules_share_one_extraction():
    engine = engine_for(*CODES)
    audit = d6(MONTHLY)
    docs = engine.parse([audit])
    ctx = AuditContext(audit, docs, engine.config, engine.lexicons)
    rules = [r for r in engine.rules if isinstance(r, SupervisionTimeline)]
    assert sorted(r.spec.code for r in rules) == list(CODES)
    for r in rules:
        list(r.check(ctx))
    shared = [v for v in ctx.cache.values() if isinstance(v, Extraction)]
    assert len(shared) == 1
    assert [d.text for d in shared[0].held()][:2] == ["5.9.22", "3.10.22"]


# -- measured on the labelled supervision set ----------------------------------------

# Floors are the figures measured when the rules were written, rounded down to 2 dp.
# Tuning used only the tune split; the holdout figures are reported, not tuned to.
FLOORS = {
    # tune after round 3b (tune-r3b.yaml, 46 narratives, unseen AL601 3/1/2, AL602 17/0/9, AL603 10/11/0):
    # AL601 45/0/0, AL602 114/0/1, AL603 47/2/0 (v3b-008 "Weds 3rd" with no month, v3b-028 "S/V" left alone)
    # round 4 (tune-r4.yaml, 60 narratives; batch A fixed, batch B measured but not yet fixed): the older tune
    # files unchanged (45/0/0, 114/0/1, 47/2/0); tune-r4 A 5/0/0, 16/0/0, 8/0/0; B 2/3/2, 5/3/7, 6/11/1
    # round 4b (B fixed; tune-r4b.yaml, batch C, 41 narratives, unseen before any fix 4/0/5, 8/1/9, 9/14/0, after
    # the B fixes 5/0/4, 11/0/6, 9/9/0): B 4/1/0, 10/0/2, 7/2/0 (v4t-041 a date hung across a semicolon,
    # v4t-043 "the 1:1 notes" with no supervisor named); C 9/0/0, 17/0/0, 9/0/0; older files unchanged
    # round 5: tune-r5-blind.yaml (40 narratives by a writer who never saw the rules, v5b-), measured and left
    # unfixed: batch A AL601 3/0/1, AL602 8/1/1, AL603 6/3/0; batch B 3/1/0, 10/0/0, 4/0/0
    # after round 5's fixes (batch A first; B unseen after them: unchanged, 3/1/0, 10/0/0, 4/0/0): whole tune split
    # 70/0/0, 178/1/1, 81/2/0; held-out unchanged
    # session 6: the older files unchanged by the round; tune-r6-blind.yaml (30 narratives by a sixth blind writer,
    # measured unseen before and after the round: the same both times, AL601 6/0/1, AL602 15/0/1, AL603 7/1/0)
    # joined the tune split. Held-out: holdout3 AL601 4/1/1 -> 5/0/1 (eval, with the audits), AL603 6/6/0 -> 6/5/0.
    # session 7: 60% faster timeline (identical findings); tune-r7-blind.yaml (30 narratives by a seventh blind
    # writer, unseen before and after the session: AL601 3/0/1, AL602 10/2/6, AL603 5/3/1 both times) joined tune.
    ("AL601", "tune"): (1.00, 0.97),  # 79/0/2
    ("AL602", "tune"): (0.98, 0.96),  # 203/3/8
    ("AL603", "tune"): (0.93, 0.98),  # 93/6/1
    ("AL601", "holdout"): (1.00, 0.66),  # 2/0/1
    ("AL601", "holdout2"): (1.00, 0.87),  # 7/0/1
    ("AL601", "holdout3"): (0.80, 0.80),  # 4/1/1 (before round 3: 3/1/2)
    ("AL602", "holdout"): (0.88, 1.00),  # 8/1/0
    ("AL602", "holdout2"): (1.00, 1.00),  # 15/0/0 (before round 3: 14/2/1; before round 4: 14/0/1)
    ("AL602", "holdout3"): (0.88, 0.88),  # 15/2/2 (before round 3: 12/3/5)
    ("AL603", "holdout"): (1.00, 1.00),  # 3/0/0
    ("AL603", "holdout2"): (0.90, 1.00),  # 9/1/0 (before round 4: 9/2/0)
    ("AL603", "holdout3"): (0.45, 1.00),  # 5/6/0 (before round 3: 5/9/0)
    # holdout4, a fourth blind set: the same before and after rounds 4 and 4b
    ("AL601", "holdout4"): (1.00, 0.87),  # 7/0/1
    ("AL602", "holdout4"): (0.86, 0.92),  # 13/2/1
    ("AL603", "holdout4"): (0.90, 1.00),  # 9/1/0
}


@pytest.fixture(scope="module")
def supervision_tallies():
    if not (CORPORA / "supervision" / "tune.yaml").is_file():
        pytest.skip("corpora/supervision is not there")
    cases = load_cases(Path(CORPORA), ("supervision",))
    return evaluate(cases, Config(select=list(CODES)))


@pytest.mark.parametrize("code,split", sorted(FLOORS))
def test_eval_precision_and_recall_floors(supervision_tallies, code, split):
    t = combine(supervision_tallies, split)[code]
    p_floor, r_floor = FLOORS[(code, split)]
    assert t.precision is not None and t.precision >= p_floor, (code, split, t.errors)
    assert t.recall is not None and t.recall >= r_floor, (code, split, t.errors)


# -- AL601/AL602 beyond our own phrasing -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I was unable to locate any supervision records for this child.",  # governed by a negative word
        "The worker failed to attend any supervision in the review period.",
        "The case has gone unsupervised for the whole of the review period.",  # negated by its prefix
        "No supervision took place between the transfer conference on 14.6.22 and the audit.",  # to the present
        "Nothing on file shows supervision since 2021.",  # a year alone
    ],
)
def test_more_ways_of_saying_there_was_no_supervision_fire_al601(sentence):
    assert "AL601" in fired(d6(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The children were left unsupervised at home on 2.2.23.",  # the children's care, not the worker's
        "Unsupervised contact with Father began in 2022.",
        "No supervision took place between the conference on 14.12.22 and the audit.",  # inside the period
        "Supervision took place in 2023, on 3.1.23 and 1.2.23.",  # a year that may fall in the period
    ],
)
def test_near_misses_do_not_fire_al601(sentence):
    assert "AL601" not in fired(d6(MONTHLY, sentence))


def test_the_last_supervision_in_a_year_before_the_period():
    got = fired(d6("The last supervision on file was in 2021."))
    assert {"AL601", "AL602"} <= set(got)
    assert "at least" in got["AL602"] and "from 2021" in got["AL602"]


def test_a_record_the_file_holds_refers_back_to_supervision():
    got = fired(d6("Supervision has been inconsistent. The file holds one record, dated 17 July 2022, and the "
                   "team manager accepts that XXXX has not been discussed since."))
    assert {"AL601", "AL602"} <= set(got)
    assert "AL603" not in got


def test_the_last_date_of_a_list_the_parse_hung_elsewhere_is_still_a_supervision():
    got = fired(d6("Supervisions held 19/8/22, 16/9/22, 14/10/22, 11/11/22, 9/12/22, 6/1/23, 3/2/23 - all "
                   "reflective, all on file."))
    assert got == {}


def test_a_month_range_takes_its_year_from_the_end():
    got = fired(d6("Supervision happened monthly from January to March 2022 and has not happened since."))
    assert "AL601" in got


# -- round 3: new voices ------------------------------------------------------------------

def test_a_list_the_parser_splits_into_sentences_is_still_one_list():
    # spaCy breaks this list after "23rd May 2024"; only separators lie between the dates
    text = ("Supervisions: 1st Feb 2024, 29th Feb 2024, 28th Mar 2024, 25th Apr 2024, 23rd May 2024 and "
            "20th Jun 2024. All are reflective.")
    assert fired(d6(text, audit_date=dt.date(2024, 7, 1))) == {}  # 31 days from 1.1.24 to 1.2.24 is within


@pytest.mark.parametrize("word", ["supervison", "Supvn"])
def test_a_misspelt_or_shorthand_supervision_word_still_dates_the_list(word):
    text = f"{word} 5/6, 3/7, 31/7, 28/8, 25/9, 23/10, 20/11. no issues."
    assert fired(d6(text, audit_date=dt.date(2023, 11, 27))) == {}


def test_a_word_one_slip_from_a_short_term_is_not_supervision():
    # "session" is too short to look for misspellings of: "sessions" and "passion" stay what they are
    text = "The worker's passion for the work shows on 5/6, 3/7 and 31/7."
    assert set(fired(d6(text, audit_date=dt.date(2023, 11, 27)))) == {"AL603"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The case was discussed on a one-to-one basis with the team manager on 16 March, 13 April, 11 May, "
        "8 June, 6 July and 3 August.",
        "The manager met with the social worker to discuss XXXX on 16 March, 13 April, 11 May, 8 June, 6 July "
        "and 3 August.",
        "The TM and SW have met monthly to reflect on XXXX's progress (16/03, 13/04, 11/05, 08/06, 06/07, "
        "03/08/2023).",
    ],
)
def test_a_discussion_with_the_supervisor_is_a_supervision(sentence):
    text = "Group supervision took place on 17 February 2023. " + sentence
    assert fired(d6(text, audit_date=dt.date(2023, 8, 14))) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mum met with the team manager on 16 March, 13 April, 11 May, 8 June, 6 July and 3 August to complain.",
        "A strategy meeting with the team manager was held on 16 March, 13 April, 11 May, 8 June, 6 July and 3 August.",
    ],
)
def test_a_parents_meeting_or_another_kind_of_meeting_with_the_manager_is_not(sentence):
    text = "Group supervision took place on 17 February 2023. " + sentence
    assert "AL602" in fired(d6(text, audit_date=dt.date(2023, 8, 14)))  # 178 days from 17.2.23 to the audit


def test_the_last_time_the_case_was_taken_to_supervision():
    got = fired(d6("The last time the case was taken to supervision was the 10th of May 2023.",
                   audit_date=dt.date(2023, 10, 2)))
    assert set(got) == {"AL602"}  # 10.5.23 is inside the period (from 2.4.23)


def test_nil_since_a_date_the_parse_hangs_elsewhere():
    # "Aug." runs into the next sentence in the parse; the word before the date still anchors the denial
    got = fired(d6("Supervision - nil since 14 Aug. Worker has raised this with the service manager.",
                   audit_date=dt.date(2024, 3, 20)))
    assert set(got) == {"AL601", "AL602"}


def test_no_record_of_supervision_or_management_discussion_for_the_period():
    text = ("There is no record of any supervision or management discussion of XXXX on the file for this review "
            "period, although the worker attended a team meeting on 14.12.23.")
    assert set(fired(d6(text, audit_date=dt.date(2024, 2, 20)))) == {"AL601", "AL603"}


# -- round 3b: supervision dates in other forms and other words --------------------------


@pytest.mark.parametrize(
    "text,audit_date",
    [
        ("Reflective sessions with the TM on 21.10 and 18.11 only.", dt.date(2023, 11, 28)),  # dot, no year
        ("TM oversight on file 01.11.23, 29.11.23, 03.01.24 and 31.1.24.", dt.date(2024, 4, 26)),
        ("Case direction recorded 3 Apr '24 and 6 Mar '24.", dt.date(2024, 5, 2)),
        ("Oversight - 24.10.23, 21.11.23, 19.12.23. All in the supervision template.", dt.date(2024, 4, 18)),  # a label
        ("The TM has recorded her oversight on 3/4/24 and 1/5/24.", dt.date(2024, 6, 10)),
        ("XXXX was discussed with the ATM on 03.04.24 and 01.05.24.", dt.date(2024, 6, 10)),  # passive: XXXX is the topic
        ("On 3.4.24 the SW and TM discussed XXXX's case.", dt.date(2024, 6, 10)),
        ("Worker's 1:1s with the ATM: 9th Oct, 6th Nov, 4th Dec 2023.", dt.date(2024, 4, 4)),
        ("Sam and her manager meet monthly. They last met on 3/4/24.", dt.date(2024, 6, 10)),
        ("Manager and social worker they discuss XXXX on date 5/2/24 and 4/3/24.", dt.date(2024, 6, 10)),
        ("Supervision is monthly, the last two being 3/4/24 and 1/5/24.", dt.date(2024, 6, 10)),
        ("Supervision recorded as taking place on 10.1.24 and 6.3.24.", dt.date(2024, 6, 10)),
        ("Supervision evidenced: x4 in period (03/01, 07/02, 06/03, 03/04).", dt.date(2024, 6, 10)),
        ("Sup 10/1/24, 7/2/24, 6/3/24.", dt.date(2024, 6, 10)),
        ("The worker had a catch-up with the TM on 3/4/24 and 1/5/24.", dt.date(2024, 6, 10)),  # a term of two words
        ("The SW had touchpoints with her manager on 3/4/24 and 1/5/24.", dt.date(2024, 6, 10)),  # "with" on "had"
        ("The SW had a one-to-one with her manager on 3/4/24.", dt.date(2024, 6, 10)),
        ("Priya's manager has stayed alongside her. They sat down together on 3/4/24 and 1/5/24.", dt.date(2024, 6, 10)),
    ],
)
def test_supervision_dates_in_other_forms_and_words(text, audit_date):
    assert "AL603" not in fired(d6(text, audit_date=audit_date))


@pytest.mark.parametrize(
    "text",
    [
        "Mum's oversight of the children has improved since 3/4/24.",
        "Due to an oversight, the review on 3/4/24 was missed.",
        "Oversight of the contact arrangements was provided by the family centre on 3/4/24.",
        "Due to a lack of parental oversight on 3/4/24 XXXX went missing overnight.",
        "XXXX was discussed with the IRO on 3/4/24.",
        "The worker had a catch-up with Mum on 3/4/24.",
        "XXXX was discussed at the strategy meeting with the TM on 3/4/24.",
        "Mum sat down with the TM on 3/4/24.",
        "Mum was upset with the TM. They sat down together on 3/4/24.",
    ],
)
def test_other_oversight_and_other_meetings_are_not_supervision_dates(text):
    assert set(fired(d6(text, audit_date=dt.date(2024, 6, 10)))) == {"AL603"}


@pytest.mark.parametrize(
    "text",
    [
        "There is no record of the case being discussed in supervision.",
        "No evidence of the case being discussed with a manager at any point in the period.",
    ],
)
def test_no_record_of_the_case_being_discussed(text):
    assert set(fired(d6(text, audit_date=dt.date(2024, 6, 10)))) == {"AL601", "AL603"}


def test_a_weekday_places_a_date_without_a_year():
    # a period from 1.9.23 to 1.3.24; the weekday, not only the period, says 2023 and 2024
    text = "Case discussions with the TM: Friday 3rd November, Friday 1st December, Friday 12th January and Friday 9th February."
    got = fired(d6(text, audit_date=dt.date(2024, 3, 1)))
    assert set(got) == {"AL602"} and "42 days from 1.12.23 to 12.1.24" in got["AL602"]


# -- round 4: supervision named by other words and other layouts -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a bulleted list is parsed one item to a sentence
        "- 1:1 with ATM 03/04\n- 1:1 with ATM 01/05\n- 1:1 with ATM 29/05",
        # the parser folds the supervisor into the date after it
        "Case talked over with TM 3/4 and 1/5.",
        # a purpose clause of a meeting with a supervisor
        "The team manager met the social worker to review the safety plan on 3 April and 1 May 2024.",
        # a participle describes the discussion, it does not make it another kind of meeting
        "The last recorded discussion between the worker and her team leader took place on 1 May 2024.",
        # a supervisor's own notes, and supervisory notes
        "The senior practitioner's notes of 3 April and 1 May are brief.",
        "Supervisory notes: 03.04, 01.05.",
        # the first note found: an ordinal does not make the record another record
        "Supervision may have happened earlier; the first note I found is dated 3 April 2024.",
        # a verb of going over a case, with a supervisor
        "- Case reviewed with TM 03.04.24\n- Case reviewed with TM 01.05.24",
        # a meeting named with the supervisor as its modifier
        "Manager 1:1s - 3/4, 1/5.",
        # a relative pronoun stands for the supervisor
        "The new team leader, who has met the worker about XXXX on 3 April and 1 May, is thorough.",
        # days sharing a month, written as plain numbers
        "Reflective sessions with her practice supervisor on 3 and 17 April and 1 May.",
    ],
)
def test_round4_supervision_dates_named_in_other_ways(text):
    assert "AL603" not in fired(d6(text, audit_date=dt.date(2024, 5, 20)))


@pytest.mark.parametrize(
    "text",
    [
        "- Core group 03/04\n- Strategy meeting 01/05 chaired by ATM",  # other meetings, one to a line
        "The team manager reviewed the assessment on 3 April 2024.",  # a sign-off, not done with anyone
        "The team manager chaired the strategy discussion on 3 April to consider XXXX's safety.",
        "Mum's notes of 3 April and 1 May are in the file.",  # a parent's record, not a supervisor's
        "XXXX was aged 6 and 20 June was her birthday.",  # a number that is not a day of the month
    ],
)
def test_round4_other_events_and_records_are_not_supervision_dates(text):
    assert "AL603" in fired(d6(text, audit_date=dt.date(2024, 5, 20)))


@pytest.mark.parametrize(
    "text",
    [
        "• Supervision: none found on file for the review period\n• Core group 9.4.24",
        "The supervision file contains no entry for XXXX in the six months before this audit.",
        "The only record of XXXX being discussed with a manager is a note dated 2 October 2023.",
    ],
)
def test_round4_statements_that_there_was_none(text):
    assert "AL601" in fired(d6(text, audit_date=dt.date(2024, 5, 20)))


def test_round4_a_supervision_record_that_lacks_a_quality_is_not_a_denial():
    text = "Supervision took place on 3.4.24 and 1.5.24. The supervision notes contain no analysis of risk."
    assert "AL601" not in fired(d6(text, audit_date=dt.date(2024, 5, 20)))


# -- round 4b: the parse and the layout, beyond our own phrasing ----------------------------------------------
# The review period is 14.8.22 to 14.2.23 (AUDIT_DATE). A monthly run of dates in it: 5.9.22, 3.10.22, 31.10.22,
# 28.11.22, 28.12.22, 23.1.23, 10.2.23 (no gap over 31 days).


@pytest.mark.parametrize(
    "text,expected",
    [
        # an abbreviation's full stop does not end the sentence before a lower-case word or a date
        ("Supv. with ATM 5/9, 3/10, 31/10, 28/11, 28/12, 23/1 and 10/2.", set()),
        ("Indiv. supv. w/ TM 5/9, 3/10, 31/10, 28/11, 28/12, 23/1 and 10/2.", set()),
        ("Grp sup. 5/9, 3/10, 31/10, 28/11. Nothing logged after that.", {"AL602"}),
        # a short form glossed in brackets
        ("RS (reflective supervision) 5/9, 3/10, 31/10, 28/11, 28/12, 23/1, 10/2.", set()),
        # a bulleted item is one sentence: the date stays with its supervision
        ("- group supervision 5 Sep 22\n- group supervision 3 Oct 22\n- group supervision 31 Oct 22", {"AL602"}),
        # a heading of a few words over a list of dates
        ("Supervision dates\n* 05.09.22\n* 03.10.22\n* 31.10.22\n* 28.11.22\n* 28.12.22\n* 23.01.23\n* 10.02.23", set()),
        # a label with a bracket in it, before a colon
        ("Supervision record (electronic file): 2022-09-05, 2022-10-03, 2022-10-31, 2022-11-28.", {"AL602"}),
        # days in words
        ("Supervision was held on the fifth of September, the third of October, the thirty-first of October, "
         "the twenty-eighth of November and the twenty-eighth of December 2022, and on the twenty-third of January "
         "and the tenth of February 2023.", set()),
    ],
)
def test_round4b_layout_and_date_forms(text, expected):
    assert set(fired(d6(text))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a record noun as subject refers back: "entries"
        ("Supervision is described as regular. The entries are dated 5.9.22, 3.10.22, 31.10.22, 28.11.22, "
         "28.12.22, 23.1.23 and 10.2.23.", set()),
        # a plural pronoun stands for a plural phrase, not for the singular subject before it
        ("Did the worker keep the supervision notes? She did: they are in the shared drive, dated 5.9.22, "
         "3.10.22, 31.10.22 and 28.11.22.", {"AL602"}),
        ("There is little sign that the supervision notes test the plan; they are, however, regularly dated: "
         "5.9.22, 3.10.22, 31.10.22, 28.11.22, 28.12.22, 23.1.23 and 10.2.23.", set()),
        # a verbless answer to a question about supervision
        ("Was the case taken to supervision? Yes, on 5.9.22, 3.10.22 and 31.10.22.", {"AL602"}),
    ],
)
def test_round4b_references_back(text, expected):
    assert set(fired(d6(text))) == expected


def test_round4b_a_no_answer_dates_nothing():
    text = "Was the case taken to supervision in the autumn? No, only to the core group on 3.10.22."
    assert "AL603" in fired(d6(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # who met: a title longer than its head, a manager's adjective, a possessor, a consultation given
        ("The worker met the Head of Service about XXXX on 5.9.22 and 3.10.22.", {"AL602"}),
        ("The file shows one brief managerial discussion of XXXX, on 28.12.22.", {"AL602"}),
        ("The team manager knows the family well, and her discussions with the worker, logged on 5.9.22, 3.10.22, "
         "31.10.22 and 28.11.22, are focused.", {"AL602"}),
        ("The practice supervisor provided consultation on 5.9.22, 3.10.22 and 31.10.22.", {"AL602"}),
        # a cleft, and meetings that continue the one named before them
        ("It was not until 28.11.22 that XXXX was discussed with the team manager.", {"AL602"}),
        ("The worker first met the team manager about XXXX on 5.9.22, followed by meetings on 3.10.22 and 31.10.22.",
         {"AL602"}),
        ("The worker met the TM on 5.9.22. The next such meeting was on 3.10.22.", {"AL602"}),
        # "which" does not stand for a person: it is about the meeting of the clause before it
        ("The manager sat down with the worker to talk about XXXX, which was on 28.12.22.", {"AL602"}),
    ],
)
def test_round4b_meetings_with_a_supervisor(text, expected):
    assert set(fired(d6(text))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The team manager chaired the professionals' meeting on 3.10.22.",  # chairing is not meeting the worker
        "Mum's worries were raised by her, and her discussions with the worker on 3.10.22 were tense.",  # Mum's
        "The family's meeting with the worker took place on 3.10.22.",
    ],
)
def test_round4b_other_meetings_near_misses(text):
    assert "AL603" in fired(d6(text))


@pytest.mark.parametrize(
    "text",
    [
        "I searched the supervision folder and found nothing for the review period.",
        "Searched the system for supervision notes for the six months: none.",
        "Supervision of the worker, while said to happen, is not evidenced on the file.",
        "Supvn evidenced: N. Case direction: none.",
        "Sup'n recorded: N.",
        "Oversight is claimed in the audit but is not borne out by the file: no supervision of the case could "
        "be found for the six months under review.",
        "No supervision is recorded between 14.8.22 and 13.2.23.",
    ],
)
def test_round4b_statements_that_there_was_none(text):
    assert "AL601" in fired(d6(text))


@pytest.mark.parametrize(
    "text",
    [
        # a search in another sense: "brought to supervision ... found nothing since" is a last date, not a search
        "XXXX was last brought to supervision on 3.1.23, and I found nothing since.",
        # a denial of one supervisor's sessions while another's are dated
        "The team manager has held no supervision on this case. Case consultations with the senior practitioner "
        "are recorded on 5.9.22, 3.10.22, 31.10.22, 28.11.22, 28.12.22, 23.1.23 and 10.2.23.",
        # a clause before a negated "say" is not governed by it
        "The manager last discussed XXXX with the worker on 23.1.23, but the file does not say what was agreed.",
    ],
)
def test_round4b_not_a_statement_of_none(text):
    assert "AL601" not in fired(d6(text))


# -- round 5 (blind material): classes fixed through the parse -------------------


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal "one" takes up the kind named before, even a kind the sentence before denied
        "No supervision of XXXX's case is on file since the summer. The latest one I could trace is 20 July 2022.",
        "There has been no supervision for the period under review; the most recent one recorded was on 1.8.22.",
    ],
)
def test_round5_an_ordinal_one_refers_back_to_a_denied_supervision(text):
    found = fired(d6(text))
    assert "AL603" not in found
    assert "AL602" in found


def test_round5_an_ordinal_one_near_miss_a_visit():
    # "the last one" after visits is a visit, not a supervision
    found = fired(d6("Home visits have been patchy. The last one was on 30.1.23."))
    assert "AL603" in found and "AL602" not in found


@pytest.mark.parametrize(
    "text",
    [
        "One-to-ones took place on 5.9.22, 3.10.22, 31.10.22, 28.11.22, 28.12.22, 23.1.23 and 10.2.23, each with a "
        "case note for XXXX.",
        "Monthly 1:1s - 5/9/22, 3/10/22, 31/10/22, 28/11/22, 28/12/22, 23/1/23, 10/2/23.",
    ],
)
def test_round5_a_one_to_one_with_no_one_named_is_a_supervision(text):
    assert fired(d6(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "One-to-ones with XXXX took place on 5.9.22, 3.10.22, 31.10.22, 28.11.22, 28.12.22, 23.1.23 and 10.2.23.",
        "1:1 direct work sessions were held on 5/9/22, 3/10/22 and 31/10/22.",
        "The 1:1 work notes with the child are dated 5/9/22 and 3/10/22.",
    ],
)
def test_round5_one_to_ones_of_other_kinds_near_misses(text):
    assert "AL603" in fired(d6(text))


def test_round5_oversight_entries_are_a_record_of_oversight():
    text = ("Entries of management oversight aside, the TM oversight notes are dated 5.9.22, 3.10.22, 31.10.22, "
            "28.11.22, 28.12.22, 23.1.23 and 10.2.23, and each sets the worker a task for the month.")
    assert fired(d6(text)) == {}


def test_round5_oversight_entries_that_sign_off_near_miss():
    text = "The management oversight notes of 12.10.22 and 9.1.23 approve the change of placement and nothing more."
    assert "AL603" in fired(d6(text))


def test_round5_a_meeting_disowned_as_supervision():
    # the team discussion is said not to count; the December supervision is still before the period
    text = ("The last supervision on file is 2 August 2022. XXXX came up in a group case discussion in "
            "November, but this was not recorded as supervision.")
    found = fired(d6(text))
    assert "AL601" in found


def test_round5_a_supervision_not_disowned_by_its_own_word():
    # "as supervision" does not take back a date of supervision itself
    text = ("Supervision took place on 2 December 2022 and 3 February 2023, and neither of the home visits in "
            "between is counted as supervision.")
    assert "AL603" not in fired(d6(text))


@pytest.mark.parametrize(
    "text",
    [
        "The dates of supervision were not written up, but the worker says the case comes up each month.",
        "Supervision dates could not be found on the system, though the TM assures me sessions are monthly.",
    ],
)
def test_round5_missing_dates_are_not_a_statement_of_none(text):
    found = fired(d6(text))
    assert "AL603" in found and "AL601" not in found


def test_round5_missing_supervision_is_still_a_statement_of_none():
    assert "AL601" in fired(d6("No supervision records could be found on the system for the review period."))


def test_round5_the_notes_of_a_one_to_one_date_it():
    text = "The one-to-one notes on file are dated 5.9.22, 3.10.22, 31.10.22, 28.11.22, 28.12.22, 23.1.23 and 10.2.23."
    assert fired(d6(text)) == {}


def test_round5_a_date_between_commas_dates_the_clause_before_it():
    text = ("The record shows one recorded discussion with the team manager in the period, on 9 January 2023, at "
            "which it was agreed to ask for a legal planning meeting; that meeting was held on 20 January.")
    found = fired(d6(text))
    assert "AL603" not in found and "AL602" in found


def test_round5_a_date_between_commas_near_miss_another_event():
    # the clause before the commas is about a conference, so the date is not a supervision
    text = ("The review conference was held in the period, on 9 January 2023, at which the plan was agreed; "
            "the manager then met the worker to discuss it.")
    assert "AL603" in fired(d6(text))


# -- round 6: forms of a dated supervision the extractor used to miss, each with its near miss ---------------

DATES = "5.9.22, 3.10.22, 31.10.22, 28.11.22, 28.12.22, 23.1.23 and 10.2.23"


@pytest.mark.parametrize(
    "text",
    [
        f"The worker has a one to one with her manager each month: {DATES}.",  # the term's parts joined by spaces
        f"Catch up with TM on {DATES}.",
    ],
)
def test_round6_a_meeting_term_spelt_with_spaces(text):
    assert fired(d6(text)) == {}


def test_round6_a_meeting_term_spelt_with_spaces_near_miss_not_with_a_supervisor():
    assert "AL603" in fired(d6(f"The worker had a one to one with Mum on {DATES}."))


def test_round6_the_case_supervised_whoever_the_case_belongs_to():
    assert fired(d6(f"XXXX's case was supervised on {DATES}.")) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Mum supervised the children on 5.9.22 and 3.10.22.",  # a parent doing the supervising
        "XXXX was supervised by the foster carer on 5.9.22 and 3.10.22.",  # the child supervised
        "XXXX's contact was supervised on 5.9.22 and 3.10.22.",
    ],
)
def test_round6_supervision_as_care_near_misses(text):
    found = fired(d6(text))
    assert "AL603" in found and "AL602" not in found


def test_round6_a_note_style_sentence_carries_the_subject_before_it():
    assert fired(d6(f"Supervision has been consistent. Recorded on {DATES}.")) == {}


def test_round6_a_note_style_sentence_near_miss_another_subject():
    assert "AL603" in fired(d6(f"Home visits have been consistent. Recorded on {DATES}."))


def test_round6_a_label_the_parser_split_from_its_list():
    text = "Formal supervision: Sep 5th, Oct 3rd, Oct 31st, Nov 28th, Dec 28th 2022, Jan 23rd, Feb 10th 2023."
    assert fired(d6(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        f"Supervision records for {DATES} are on file.",  # "records" tagged a verb, parsed the subject
        f"Supervision occurs monthly. The last seven were on {DATES}.",  # the noun left out
        "Regular supervision is in place, the most recent being 10.2.23. Previous sessions: 23.1.23, 28.12.22, "
        "28.11.22, 31.10.22, 3.10.22, 5.9.22.",
        f"The case has been supervised every month. Dates: {DATES}.",  # a label after a supervision verb
        f"Supervision has been timely, taking place on {DATES}.",  # a participle shares its clause's subject
        f"Monthly supervision is evident, with records dated {DATES}.",
        "The first supervision was on 5.9.22, followed by 3.10.22, 31.10.22, 28.11.22, 28.12.22, 23.1.23 and 10.2.23.",
    ],
)
def test_round6_dates_tied_through_the_clause(text):
    assert fired(d6(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        f"Home visits occur monthly. The last seven were on {DATES}.",
        f"The plan has been reviewed every month. Dates: {DATES}.",
        f"Visiting has been timely, taking place on {DATES}.",
        "The next supervision is booked for 3.3.23, followed by 31.3.23.",  # planned, not held
    ],
)
def test_round6_dates_tied_through_the_clause_near_misses(text):
    assert "AL603" in fired(d6(text))


def test_round6_a_list_in_the_paragraphs_after_its_label():
    # a Markdown list is read one item to a paragraph: each item carries on from the label that names supervision
    items = "\n".join(f"- {d}" for d in DATES.replace(" and ", ", ").split(", "))
    audit = audit_from_markdown(
        f"""\
        ---
        audit_date: 2023-02-14
        ---
        # The role of Supervision and Management Oversight
        Grade: Good

        Supervision dates in the review period:

        {items.replace(chr(10), chr(10) + "        ")}
        """
    )
    assert {f.code for f in run(audit).findings} & set(CODES) == set()


def test_round6_a_list_after_another_paragraph_near_miss():
    # a list of visits after a paragraph about supervision dates the visits, not supervision
    found = fired(d6("Supervision is monthly and reflective.", "3.10.22 home visit\n28.11.22 home visit"))
    assert "AL603" in found


def test_round6_a_continued_list_still_shows_its_gap():
    found = fired(d6("Supervision took place on these dates:", "5.9.22, 3.10.22, 31.10.22, 23.1.23 and 10.2.23."))
    assert "AL603" not in found and "AL602" in found


# -- the extraction's own machinery ----------------------------------------------


def test_a_phrase_matcher_first_built_inside_a_memory_zone_keeps_working():
    # the matcher of a phrase list is built on first use, which may fall inside a parse group's memory zone;
    # its name must outlive the zone, or the next group's first paragraph fails (spaCy E018)
    import uuid

    from auditlint import nlp
    from auditlint.matching import TermMatcher
    from auditlint.ruletypes.supervision import _found

    matcher = TermMatcher(["family time"], f"test-zone-{uuid.uuid4().hex}")
    with nlp.memory_zone():
        assert _found(matcher, nlp.parse(["Family time is supervised."])[0]) == [(0, 2)]
    with nlp.memory_zone():
        assert _found(matcher, nlp.parse(["Supervised family time went well."])[0]) == [(1, 3)]


def test_a_paragraph_that_names_no_supervision_still_carries_a_list_on():
    # the paragraph after a label names no supervision itself: its dates are read with the label's
    label = "Supervision dates in the review period:"
    dates = "5.9.22, 3.10.22, 31.10.22, 28.11.22, 28.12.22, 23.1.23 and 10.2.23"
    assert fired(d6(label, dates)) == {}
    assert set(fired(d6("The core group met on these dates:", dates))) == {"AL603"}


def test_a_label_whose_plural_noun_is_tagged_a_verb_still_names_the_dates():
    # "dates" in "Formal supervision dates:" is often tagged a verb; a noun modifies it, so it is a label
    dates = ("5th September 2022, 3rd October 2022, 31st October 2022, 28th November 2022, 28th December 2022, "
             "23rd January 2023 and 10th February 2023.")
    assert fired(d6("Formal supervision dates: " + dates)) == {}
    # a label of another event's dates is not a supervision label
    assert set(fired(d6("Formal core group dates: " + dates + " Supervision is regular."))) == {"AL603"}


def test_a_numbered_list_under_a_supervision_heading_carries_it_on():
    heading = "Supervision dates"
    items = "\n".join(f"{n}. {d}" for n, d in enumerate(
        ["5.9.22", "3.10.22", "31.10.22", "28.11.22", "28.12.22", "23.1.23", "10.2.23"], 1))
    assert fired(d6(heading, items)) == {}
    assert set(fired(d6("Core group dates", items, "Supervision is regular."))) == {"AL603"}


# -- round 8: classes from the r8 blind set (own wording, not the corpus items) --------------------------------


def test_a_participle_tagged_as_an_adjective_still_names_supervision():
    # "Supervised 5 Sept, ...": the tagger often reads a sentence-initial participle as an adjective
    text = "Supervised 5 Sept, 3 Oct, 31 Oct, 28 Nov, 28 Dec, 23 Jan and 10 Feb 2023. The plan is moving."
    assert fired(d6(text)) == {}
    # the family's supervised time is not the case's supervision, whatever the tag
    text = "Supervised family time: 5.9.22, 3.10.22, 31.10.22, 28.11.22. Supervision of the case is regular."
    assert set(fired(d6(text))) == {"AL603"}


def test_a_contraction_without_its_apostrophe_names_supervision():
    assert fired(d6("Supn: 5/9, 3/10, 31/10, 28/11, 28/12, 23/1, 10/2. All about XXXX.")) == {}
    assert set(fired(d6("Supn: 5/9, 3/10, 14/11, 12/12, 9/1, 6/2. All about XXXX."))) == {"AL602"}


def test_a_label_with_a_bracket_before_its_colon():
    text = "Supn dates (dd/mm): 05/09, 03/10, 31/10, 28/11, 28/12, 23/01, 10/02. Short records."
    assert fired(d6(text)) == {}


def test_weekday_abbreviations_before_a_list_after_a_colon():
    text = ("XXXX's worker has a reflective session with the team manager every four weeks: Wed 7th Sept, "
            "Wed 5th Oct, Wed 2nd Nov, Wed 30th Nov, Wed 28th Dec, Wed 25th Jan. Each one is about XXXX.")
    assert fired(d6(text)) == {}


def test_a_list_after_a_time_anchor_dates_the_clause_not_the_anchor():
    text = ("The case has been supervised every fortnight since the legal planning meeting: 24.8.22, 7.9.22, "
            "21.9.22, 5.10.22, 19.10.22, 2.11.22, 16.11.22, 30.11.22, 14.12.22, 4.1.23, 18.1.23, 1.2.23.")
    assert fired(d6(text)) == {}


def test_the_first_item_of_a_list_hung_from_a_noun_goes_with_the_list():
    text = ("XXXX's case was discussed with the team manager in recorded consultations (the service's word for "
            "supervision) on 25 August, 22 September, 20 October, 17 November, 15 December 2022, 12 January and "
            "9 February 2023.")
    assert fired(d6(text)) == {}


def test_a_label_before_the_colon_names_what_the_date_dates():
    text = ("- Supervision: 5 Sept\n- Visit: 30 Sept, Supervision: 3 Oct\n- Home visit: 2 Nov (no supervision in "
            "Nov after the visit)\n- Supervision: 28 Nov\n- Supervision: 28 Dec\n- Supervision: 23 Jan\n"
            "- Supervision: 10 Feb")
    got = fired(d6(text))
    assert set(got) == {"AL602"}  # 3 Oct to 28 Nov: the visit on 2 Nov is not a supervision
    assert "56 days from 3.10.22 to 28.11.22" in got["AL602"]


def test_a_bracketed_aside_does_not_end_a_list_of_dates():
    text = ("Supervision has been regular: Mon 5 Sep 2022, Mon 3 Oct 2022 (moved from 26 September for a court "
            "hearing), Mon 31 Oct 2022, Mon 28 Nov 2022, Wed 28 Dec 2022, Mon 23 Jan 2023 and Fri 10 Feb 2023.")
    assert fired(d6(text)) == {}


def test_a_month_first_day_without_an_ordinal_only_inside_a_list():
    from auditlint.dates import find_dates

    period = (dt.date(2022, 8, 14), dt.date(2023, 2, 14))
    got = [(m.text, m.date) for m in find_dates("Seen 5th Sept, Oct 3, 31st Oct.", period)]
    assert ("Oct 3", dt.date(2022, 10, 3)) in got
    assert not any(m.text == "March 3" for m in find_dates("In March 3 visits were missed.", period))


def test_the_last_supervision_put_only_as_so_long_ago():
    # no date is named (AL603); the gap to the audit date is at least what the audit says, an approximate
    # length taken one unit short
    got = fired(d6("The worker says the case was last taken to supervision about seven weeks ago; no record."))
    assert set(got) == {"AL602", "AL603"}
    assert "at least 42 days" in got["AL602"]
    assert set(fired(d6("The last supervision was about three weeks ago; I found no record."))) == {"AL603"}
    # not the last one: no gap can be read from it
    assert set(fired(d6("XXXX's case was taken to supervision two months ago."))) == {"AL603"}


def test_list_items_that_open_with_a_weekday_under_a_supervision_heading():
    items = "\n".join(["Supervision record", "Mon 5 September 2022", "Mon 3 October 2022", "Mon 31 October 2022",
                       "Mon 28 November 2022"])
    got = fired(d6(items))
    assert set(got) == {"AL602"}  # the last one, 28.11.22, is 78 days before the audit
    assert "78 days from 28.11.22" in got["AL602"]


# -- session 12 ----------------------------------------------------------------


def test_months_alone_give_al603_and_no_measured_gap():
    # period 15.3.23 to 15.9.23: July to the audit may be over 31 days, but gaps are measured between day-dated
    # supervisions only (the convention of the held-out sets); AL603 asks for the dates
    got = fired(d6("The worker told me she had supervision on this case in May and July.", audit_date=dt.date(2023, 9, 15)))
    assert "AL603" in got and "AL602" not in got and "AL601" not in got
    # "in March and again in May" (audit 20.6.23): no gap over 31 days holds on every reading
    got = fired(d6("Supervision took place in March and again in May.", audit_date=dt.date(2023, 6, 20)))
    assert "AL603" in got and "AL602" not in got


def test_a_span_of_months_is_not_two_supervisions():
    got = fired(d6("Monthly supervision from November to April is evidenced on file.", audit_date=dt.date(2023, 5, 2)))
    assert "AL602" not in got


def test_an_oversight_entry_that_signs_off_a_decision_is_not_a_supervision():
    got = fired(d6(
        "Management oversight is recorded on 12.12.23 (authorising the step-down from CP to CIN) and on 03.04.24. "
        "I could find no supervision notes for XXXX in this period.", audit_date=dt.date(2024, 5, 2)))
    assert "AL601" in got and "AL603" in got and "AL602" not in got


def test_a_session_that_did_not_discuss_the_child_is_not_counted():
    got = fired(d6(
        "Supervision on 3 June 2024, 1 July 2024, 26 August 2024, 23 September 2024, 21 October 2024 and "
        "18 November 2024. The worker also went to group supervision on 29 July 2024, a themed session in which "
        "XXXX's case was not discussed.", audit_date=dt.date(2024, 11, 25)))
    assert "AL602" in got


def test_a_note_opening_with_supervised_and_apostrophe_years():
    got = fired(d6("Supervised 12th Oct '22, 9th Nov '22, 7th Dec '22, 11th Jan '23, 8th Feb '23, 8th Mar '23.",
                   audit_date=dt.date(2023, 4, 3)))
    assert "AL603" not in got and "AL602" in got  # 7 Dec to 11 Jan is 35 days


@pytest.mark.parametrize(
    "sentence",
    [
        "XXXX's case has not been to supervision in this review period.",
        "I have not been able to find any record of supervision for XXXX in the last six months.",
    ],
)
def test_session12_statements_that_there_was_none(sentence):
    got = fired(d6(sentence, audit_date=dt.date(2023, 6, 30)))
    assert "AL601" in got and "AL603" in got and "AL602" not in got


def test_records_without_dates_are_missing_dates_not_missing_supervision():
    got = fired(d6("The SW says XXXX is always discussed. I could not find any supervision records with dates on them.",
                   audit_date=dt.date(2024, 11, 18)))
    assert "AL601" not in got and "AL603" in got


# Session 14 (round 10 classes): a table pasted under a label naming supervision, a cancelled row in it, a session
# described by a participle, ticks between dates, "no supervision of XXXX", a group session that left XXXX's case out.
def test_session14_a_table_under_a_supervision_label_dates_its_rows():
    got = fired(d6(
        "Supervision log (from the case system):",
        "Date       | Kind | Case discussed | With\n"
        "06/02/2024 | 1:1  | Yes            | TM\n"
        "05/03/2024 | 1:1  | Yes            | TM\n"
        "02/04/2024 | 1:1  | CANCELLED      | -\n"
        "14/05/2024 | 1:1  | Yes            | TM\n"
        "11/06/2024 | 1:1  | Yes            | TM\n"
        "09/07/2024 | 1:1  | Yes            | TM",
        audit_date=dt.date(2024, 7, 20)))
    assert "AL603" not in got and "AL602" in got  # 5 Mar to 14 May once the cancelled row is set aside


def test_session14_a_table_under_a_label_naming_something_else_is_not_supervision():
    got = fired(d6(
        "Visits log:",
        "Date       | Kind | Seen alone\n"
        "06/02/2024 | Home | Yes\n"
        "05/03/2024 | Home | Yes",
        audit_date=dt.date(2024, 7, 20)))
    assert "AL603" in got


def test_session14_a_session_described_by_a_participle_keeps_its_date():
    got = fired(d6(
        "Supervision has been monthly: 08/01/2024, then a reflective session using the three houses tool on "
        "05/02/2024, then 04/03/2024, 02/04/2024, 30/04/2024 and 28/05/2024.", audit_date=dt.date(2024, 6, 20)))
    assert got == {}


def test_session14_ticks_between_dates_keep_the_list():
    got = fired(d6("Supn: 3/10 \u2713 31/10 \u2713 28/11 \u2713 22/12 \u2713 19/1 \u2713 16/2 \u2713 15/3 \u2713",
                   audit_date=dt.date(2024, 3, 28)))
    assert got == {}


def test_session14_no_supervision_of_the_child_is_a_denial_but_a_carers_supervision_is_not():
    got = fired(d6("No supervision of XXXX has been recorded in this review period.", audit_date=dt.date(2024, 3, 1)))
    assert "AL601" in got and "AL603" in got
    got = fired(d6("Supervision on 5/1/24, 2/2/24 and 28/2/24. There was no supervision of XXXX by her father while "
                   "he was drinking.", audit_date=dt.date(2024, 3, 1)))
    assert "AL601" not in got


def test_session14_a_group_session_that_left_the_childs_case_out_is_not_counted():
    got = fired(d6(
        "1:1 supervision: 10 Jan 24, 7 Feb 24, 3 Apr 24, 1 May 24, 29 May 24.\n"
        "Group supervision: 6 Mar 24 (XXXX's case presented, hypotheses recorded); 13 Mar 24 (themed session - the "
        "notes list the cases discussed and XXXX's is not one of them).", audit_date=dt.date(2024, 6, 10)))
    assert "AL602" not in got  # 6 Mar still counts: no gap over 31 days
