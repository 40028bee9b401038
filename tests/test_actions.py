"""SMART actions (AL301–AL306): each rule fires on a weak action and stays
quiet on a near miss. Real spaCy, real rule files and lexicons, no mocks."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from auditlint.config import Config
from auditlint.engine import Engine
from auditlint.evaluation import combine, evaluate, load_cases
from auditlint.model import Action, Audit, Domain, Grade, TextBlock
from auditlint.ruletypes import AuditContext

from .conftest import CORPORA, audit_from_markdown, audit_with, codes_fired, engine_for, findings

SMART = ("AL301", "AL302", "AL303", "AL304", "AL305")
FEB_14 = dt.date(2023, 2, 14)


def fired(action: str, audit_date: dt.date | None = FEB_14, *codes: str) -> list[str]:
    audit = audit_with(2, ["XXXX is nine and lives with her mother."], [action], audit_date=audit_date)
    return codes_fired(audit, *(codes or SMART))


def result(action: str, audit_date: dt.date | None = FEB_14, *codes: str):
    audit = audit_with(2, ["XXXX is nine and lives with her mother."], [action], audit_date=audit_date)
    return engine_for(*(codes or SMART)).check([audit])[0]


# -- a SMART action passes every rule -------------------------------------------

@pytest.mark.parametrize(
    "action",
    [
        "The social worker will update the case summary to include who to contact in an emergency "
        "and XXXX's current school, by 14 March 2023.",
        "SW to share the updated safety plan with Mother, the school and the GP, and explain it to XXXX "
        "in words she can understand, within a fortnight.",
        "Team manager to convene a permanence planning meeting, including the IRO and the family finding "
        "team, within 4 weeks of this audit.",
        "IRO to raise the drift in the permanence plan with the service manager before the next looked "
        "after review on 28.2.23.",
    ],
)
def test_smart_action_passes_every_rule(action):
    assert fired(action) == []


# -- AL301 no timescale ------------------------------------------------------------

def test_al301_fires_without_a_timescale():
    assert "AL301" in fired("The social worker will add XXXX's three placement moves, with the reason for each, "
                            "to the chronology.")


@pytest.mark.parametrize(
    "action",
    [
        "SW to add XXXX's three placement moves to the chronology within 4 weeks.",  # relative
        "SW to add XXXX's three placement moves to the chronology within 10 working days.",
        "SW to add XXXX's three placement moves to the chronology before the next CIN meeting.",  # an event
        "SW to add XXXX's three placement moves to the chronology by the end of March 2023.",
        "Chronology to include XXXX's three placement moves – SW – 14/03/23.",  # a date tagged on
    ],
)
def test_al301_quiet_with_a_relative_or_dated_timescale(action):
    assert "AL301" not in fired(action)


def test_al301_past_dates_are_not_a_timescale():
    # "in December" says when the visits were missed, not when the action is due
    assert "AL301" in fired("The team manager will discuss the missed visits in December with the social worker "
                            "and agree a visiting schedule.")


def test_al301_frequency_alone_is_not_a_timescale():
    res = result("SW to visit XXXX at home and see her alone fortnightly.", FEB_14, "AL301")
    assert [f.code for f in res.findings] == ["AL301"]
    assert "fortnightly" in res.findings[0].message


def test_al301_suggests_a_date_four_weeks_after_the_audit():
    (f,) = findings(audit_with(2, [], ["SW to share the safety plan with the school."]), "AL301")
    assert "by 14 March 2023" in f.suggestion and "four weeks after the audit" in f.suggestion


# -- AL302 vague timescale ----------------------------------------------------------

def test_al302_fires_on_vague_wording_inside_a_longer_action():
    res = result("The team manager will hold monthly supervision with the social worker going forward, "
                 "recording what has changed for XXXX since the last session.")
    codes = [f.code for f in res.findings]
    assert "AL302" in codes and "AL301" not in codes  # vague, not missing
    (f,) = [f for f in res.findings if f.code == "AL302"]
    assert f.excerpt == "going forward"
    assert "by 14 March 2023" in f.suggestion


@pytest.mark.parametrize("action", ["SW to update chronology asap.", "Continue to monitor – ongoing.",
                                    "Ensure contact is reviewed in due course.", "SW to record XXXX's views soon."])
def test_al302_fires_on_each_vague_phrase(action):
    assert "AL302" in fired(action)


def test_al302_quiet_when_a_real_deadline_is_also_given():
    assert "AL302" not in fired("The practice lead will coach the social worker on writing the analysis section "
                                "of an assessment as soon as possible, and by 28 February 2023.")


def test_al302_quiet_when_the_word_describes_a_noun():
    # "the ongoing concerns" is not a timescale; the action has a date
    assert fired("SW to write to Mother about the ongoing concerns about home conditions, setting out what must "
                 "change, by 28.2.23.", FEB_14, "AL301", "AL302") == []


# -- AL303 no owner ---------------------------------------------------------------

def test_al303_fires_on_a_bare_imperative():
    (f,) = findings(audit_with(2, [], ["Update case summary."]), "AL303")
    assert "The social worker will update the case summary" in f.suggestion


@pytest.mark.parametrize(
    "action",
    [
        "SW to update the case summary with the new school, by 28.2.23.",  # "SW" as owner
        "The chronology will be brought up to date by SW by 28.2.23.",  # the agent of a passive
        "Genogram to include paternal grandparents – SW – 28/02/23.",  # a label
        "Mother to attend the Freedom Programme by the end of March 2023.",  # a family member
        "The IRO should consider whether the care plan remains appropriate at the next review.",
    ],
)
def test_al303_quiet_when_someone_is_responsible(action):
    assert "AL303" not in fired(action)


@pytest.mark.parametrize(
    "action",
    [
        "Ask the SW to update the chronology with the events of 2019 to 2022 by 31.3.23.",  # the person asked
        "XXXX to register with a GP near her new flat, with help from her PA, by 31 March 2023.",  # the child
        "The worker to update the plan with the new school by 1.3.23.",  # a word from owner_nouns
    ],
)
def test_al303_other_owners(action):
    assert "AL303" not in fired(action)


def test_al303_the_subject_of_a_passive_is_not_the_owner():
    assert "AL303" in fired("Family to be referred to the Triple P parenting programme by 28.2.23.")


def test_al303_a_vague_owner_is_named_as_such():
    (f,) = findings(audit_with(2, [], ["The team to make sure records are up to date by 28.2.23."]), "AL303")
    assert "'The team' is too vague" in f.message or "'the team' is too vague" in f.message.lower()


# -- AL304 not specific -----------------------------------------------------------

@pytest.mark.parametrize(
    "action",
    ["Update case summary.", "Review plan.", "Chronology to be updated.", "SW to update the plan by 01/03/2023.",
     "Case to be discussed in supervision.", "TM to ensure that the plan is SMART by the next review."],
)
def test_al304_fires_on_a_generic_verb_with_a_bare_object(action):
    assert "AL304" in fired(action)


@pytest.mark.parametrize(
    "action",
    [
        "Update the case summary to include who to contact in an emergency.",
        "The child in need plan to be rewritten so that each action names who is responsible.",
        "SW to update the assessment with the police information about Mother's partner.",
        "Family to be referred to the Triple P parenting programme.",
    ],
)
def test_al304_quiet_when_the_detail_says_what_must_change(action):
    assert "AL304" not in fired(action)


def test_al304_suggestion_builds_on_the_task():
    (f,) = findings(audit_with(2, [], ["SW to update chronology by 28.2.23."]), "AL304")
    assert "update the chronology to include" in f.suggestion


# -- AL305 date invalid -----------------------------------------------------------

def test_al305_fires_on_a_date_before_the_audit():
    (f,) = findings(audit_with(2, [], ["SW to share the safety plan with the school by 28/01/2023."]), "AL305")
    assert f.excerpt == "28/01/2023" and "before the audit date (14 February 2023)" in f.message


def test_al305_quiet_on_the_same_action_after_the_audit():
    assert "AL305" not in fired("SW to share the safety plan with the school by 28/02/2023.")


def test_al305_the_audit_date_itself_is_valid():
    assert "AL305" not in fired("SW to share the safety plan with the school by 14.2.23.")


@pytest.mark.parametrize("date", ["31/02/2023", "30.2.23", "31st April 2023"])
def test_al305_fires_on_a_date_that_does_not_exist(date):
    (f,) = findings(audit_with(2, [], [f"SW to share the safety plan with the school by {date}."]), "AL305")
    assert "not a real date" in f.message


def test_al305_fires_on_a_month_first_date():
    (f,) = findings(audit_with(2, [], ["SW to complete the direct work by 02/28/2023."]), "AL305")
    assert "month first" in f.message and "'28/02/2023'" in f.suggestion


def test_al305_suggests_the_end_of_the_month_meant():
    (f,) = findings(audit_with(2, [], ["SW to complete the direct work by 31.9.23."]), "AL305")
    assert "September 2023 has 30 days" in f.message and "'30 September 2023'" in f.suggestion


def test_al305_a_date_without_a_year_is_the_next_one_after_the_audit():
    assert "AL305" not in fired("SW to seek Father's views on the contact plan by 3rd April.", dt.date(2023, 3, 20))


def test_al305_a_past_date_that_only_describes_something_is_not_checked():
    assert "AL305" not in fired("Business support to upload the minutes of the core group held on 2.2.23 to "
                                "XXXX's file by 17.2.23.")


def test_al305_without_an_audit_date_only_checks_real_dates():
    res = result("SW to share the safety plan with the school by 31/02/2023.", None, "AL305")
    assert [f.code for f in res.findings] == ["AL305"]
    res = result("SW to share the safety plan with the school by 28/01/2023.", None, "AL305")
    assert res.findings == [] and [s.code for s in res.skipped] == ["AL305"]


# -- AL306 actions missing ---------------------------------------------------------

RI_DOMAIN = """\
---
audit_id: t
child_ref: XXXX
audit_date: 2023-02-14
---

# Assessment
Grade: Requires Improvement to be Good
The assessment describes XXXX's school attendance but does not analyse why it fell after the move.
"""


def test_al306_fires_on_a_weak_domain_without_an_action():
    (f,) = findings(audit_from_markdown(RI_DOMAIN), "AL306")
    assert f.domain == 3 and "Requires Improvement to be Good" in f.message


def test_al306_quiet_with_an_audit_level_action_naming_the_domain():
    md = RI_DOMAIN + "\n# Actions\n- Domain 3: SW to update the assessment to analyse the fall in attendance by 14.3.23.\n"
    assert codes_fired(audit_from_markdown(md), "AL306") == []


def test_al306_an_audit_level_action_for_another_domain_does_not_count():
    md = RI_DOMAIN + "\n# Actions\n- Domain 5: SW to update the plan by 14.3.23.\n"
    assert codes_fired(audit_from_markdown(md), "AL306") == ["AL306"]


def test_al306_quiet_with_an_audit_level_action_labelled_with_the_domain_name():
    md = RI_DOMAIN + "\n# Actions\n- Assessment: SW to update the assessment to analyse the fall in attendance by 14.3.23.\n"
    assert codes_fired(audit_from_markdown(md), "AL306") == []


def test_al306_quiet_with_the_domains_own_action():
    md = RI_DOMAIN + "\nActions:\n- SW to update the assessment to analyse the fall in attendance by 14.3.23.\n"
    assert codes_fired(audit_from_markdown(md), "AL306") == []


def test_al306_quiet_on_a_good_domain():
    assert codes_fired(audit_from_markdown(RI_DOMAIN.replace("Requires Improvement to be Good", "Good")), "AL306") == []


def test_al306_fires_on_inadequate():
    md = RI_DOMAIN.replace("Requires Improvement to be Good", "Inadequate")
    assert codes_fired(audit_from_markdown(md), "AL306") == ["AL306"]


# -- one parse per action, shared between the rules ------------------------------------

def test_each_action_is_parsed_once_and_shared():
    texts = ["Update case summary.", "SW to record XXXX's views soon."]
    d = Domain(number=2, grade=Grade.GOOD, actions=[Action(block=TextBlock(text=t), domain=2) for t in texts])
    audit = Audit(path="t", child_ref="XXXX", audit_date=FEB_14, domains=[d],
                  actions=[Action(block=TextBlock(text="Domain 2: TM to review supervision going forward."))])
    engine = Engine(Config(select=list(SMART)))
    ctx = AuditContext(audit, engine.parse([audit]), engine.config, engine.lexicons)
    parses = []
    for rule in engine.rules:
        list(rule.check(ctx))
        parses.append(rule.parser.parsed(ctx))
    stores = [v for k, v in ctx.cache.items() if isinstance(k, tuple) and k[0] == "auditlint.actions"]
    assert len(stores) == 1 and len(stores[0]) == 3  # one parse object per action, audit-level one included
    assert all(a is b for other in parses[1:] for a, b in zip(parses[0], other))


# -- timescales as a small grammar (issue 3) --------------------------------------------

TASK = "SW to add XXXX's three placement moves in 2021, with the reason for each, to the chronology"


@pytest.mark.parametrize(
    "timing",
    [
        "until 3 March 2023",  # until / till a date
        "till the end of March",
        "by Friday",  # a weekday
        "by next Tuesday",
        "within the next month",
        "within the next two weeks",
        "in 4 weeks",
        "in 6 weeks' time",
        "w/c 6 March 2023",  # week commencing
        "week beginning 6 March",
        "by half term",  # school terms
        "by the end of the spring term",
        "before the Easter holidays",
        "before the next CLA review",  # events, with and without "next"
        "before XXXX's LAC review",
        "before the next conference",
        "for the next core group",
        "prior to transfer",  # an event with no determiner
        "by end March",
        "starting from the next statutory visit",
    ],
)
def test_al301_quiet_with_timescale_shapes(timing):
    assert "AL301" not in fired(f"{TASK}, {timing}.")


def test_al301_target_date_label_after_the_action():
    assert "AL301" not in fired(f"{TASK}. Target date 28/03/2023.")
    assert "AL301" not in fired(f"Timescale: 2 weeks. {TASK}.")


@pytest.mark.parametrize("timing", ["ongoing", "on an ongoing basis", "once things settle", "when Mother is ready",
                                    "as soon as she agrees"])
def test_al302_ongoing_and_undated_conditions_are_not_timescales(timing):
    got = fired(f"{TASK}, {timing}.")
    assert "AL302" in got and "AL301" not in got


def test_a_dated_condition_is_still_a_timescale():
    assert fired(f"{TASK}, when the assessment is completed by 3.3.23.") == []


def test_al305_day_and_month_with_a_slash_take_the_next_such_date():
    assert "AL305" not in fired(f"{TASK} by 28/2.")  # 28 February 2023, after the audit
    assert fired(f"{TASK}, before the LAC review on 3/4.") == []


# -- owners (issue 3) ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "action",
    [
        "Fostering team to complete the annual review of the carers' approval by 14 March 2023.",
        "The leaving care service will help XXXX apply to the housing register by 14 March 2023.",
    ],
)
def test_al303_a_named_team_owns_an_action(action):
    assert "AL303" not in fired(action)


@pytest.mark.parametrize(
    "action",
    [
        "ATM to book an interpreter for every visit to Mother by 14.3.23.",
        "Book an interpreter for every visit to Mother by 14.3.23 – allocated SW.",
        "Action for SW: book an interpreter for every visit to Mother by 14.3.23.",
    ],
)
def test_al303_owner_labels_and_abbreviations(action):
    assert "AL303" not in fired(action)


def test_al303_a_bare_team_does_not():
    assert "AL303" in fired("The team will make sure that visits happen.")


def test_al303_an_imperative_read_as_a_name_is_not_an_owner():
    assert "AL303" in fired("Monitor XXXX's attendance.")


# -- specific: the task verb and its deliverable (issue 3) ---------------------------------

@pytest.mark.parametrize(
    "action",
    [
        "SW to address the concerns about home conditions.",  # a topic is not what must change
        "Ongoing work with Dad around his anger.",
        "PA to help XXXX with independence skills when possible.",
        "The team will make sure that visits happen.",  # "make sure that" passes through to the task
        "I recommend that the SW reconsiders the contact plan.",
        "Plan to be updated with SMART actions by the CIN review on 14/3.",  # "X to be done", misparsed
        "Sibling assessment to be completed by the end of next month.",
        "Ask school for information.",
        "SW to continue to visit.",  # a concrete verb with nothing to act on
    ],
)
def test_al304_fires_on_vague_tasks(action):
    assert "AL304" in fired(action)


@pytest.mark.parametrize(
    "action",
    [
        "SW to complete direct work with XXXX about why she cannot live with Father, by 14 March 2023.",
        "SW to arrange XXXX's overdue review health assessment with the looked after children's nurse by 31.3.23.",
        "SW to visit XXXX at school and ask her, on her own, how she feels about overnight stays at Father's flat.",
        "SW to update the chronology with the dates of the three police call-outs in June.",  # "with" = what to add
    ],
)
def test_al304_quiet_when_a_clause_or_a_person_gives_the_detail(action):
    assert "AL304" not in fired(action)


# -- AL304 beyond our own phrasing: the parse, not the wording ---------------------------


@pytest.mark.parametrize(
    "action",
    [
        "Core group to be reconvened.",  # "re-" + a generic verb is as generic as the verb
        "Re-visit the plan.",  # the same, split at the hyphen
        "SW to look again at the risk assessment.",  # the object after an adverb and a preposition
        "Progress permanence planning for XXXX – TM – by next LAC review.",  # "by next <event>" is the timescale
        "Life story work – SW – ongoing",  # no verb: the noun the fragment is about is the task
        "Consideration to be given to a legal planning meeting.",  # a light verb with a generic task noun
        "Team manager to have a discussion with the SW regarding the case.",  # "regarding" names a topic
        "SW to evidence XXXX's wishes and feelings.",  # an infinitive the model read as a noun
        "Genogram and ecomap required.",
        "Continue to work with the family to reduce risk.",  # a purpose that is itself generic
        "SW to liaise with the housing officer about the damp.",
    ],
)
def test_al304_fires_on_generic_tasks_in_other_shapes(action):
    assert "AL304" in fired(action, dt.date(2023, 11, 6))


@pytest.mark.parametrize(
    "action",
    [
        "Reconvene the core group before 1.12.23 to agree who collects XXXX from school on Thursdays.",
        "SW to look again at the risk assessment, weighing the new information from the school about bruising, "
        "and tell the TM whether a strategy discussion is needed, by 17.11.23.",
        # a means clause with a task of its own, though the timescale takes most of its words
        "Progress permanence planning for XXXX by presenting the case at the adoption panel on 14.12.23 – TM.",
        "Team manager to give consideration to whether the case should step down to CIN, recording the "
        "rationale on file by 30.11.23.",
        "Genogram to show both sides of the family, including the paternal grandparents in Poland, by 30.11.23 – SW.",
        "Reduce contact with Father to once a fortnight until the assessment is complete.",
        # a topic pinned down by its own modifier is detail
        "SW to liaise with the housing officer about the damp in XXXX's bedroom and get a date for the repair.",
        "Request a copy of the police disclosure and note the outcome in the risk assessment by 17.11.23.",
    ],
)
def test_al304_quiet_on_specific_tasks_in_other_shapes(action):
    assert "AL304" not in fired(action, dt.date(2023, 11, 6))


def test_an_outcome_named_for_the_child_is_specific_and_a_bare_one_is_not():
    day = dt.date(2023, 11, 6)
    assert "AL304" not in fired("Ensure XXXX has a dental check before the LAC review on 3.12.23.", day)
    assert "AL304" in fired("Ensure XXXX has appropriate support.", day)
    assert "AL304" in fired("Ensure XXXX has support.", day)


def test_an_imperative_read_as_part_of_a_possessive_name_is_the_task():
    got = fired("Address Father's refusal to engage by offering him an evening appointment at the family centre "
                "within 2 weeks.", dt.date(2023, 11, 6))
    assert "AL303" in got  # Father is acted on, not the owner
    assert "AL304" not in got


@pytest.mark.parametrize(
    "action",
    [
        "XXXX's care plan needs a contingency that says where she will live if the placement with her aunt ends "
        "– SW by 31 Jan 2024.",
        "Chronology needs updating to include the four missing episodes since August and the strategy meeting "
        "that followed them. SW – 30/11/2023",
    ],
)
def test_an_owner_label_with_only_a_deadline_after_it(action):
    assert "AL303" not in fired(action, dt.date(2023, 11, 6))


def test_abbreviated_units_are_a_timescale():
    got = fired("Review the plan so that every action names who does it – SW – 4 wks", dt.date(2023, 11, 6))
    assert "AL301" not in got


# -- round 2: timescales, owners and outcomes as other auditors write them ------------------

MAR_4_24 = dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    "action",
    [
        "Referral to CAMHS re XXXX's self-harm to be sent by SW, 2/52.",  # clinical shorthand for weeks
        "Within 2-3 weeks TM to agree whether the case steps down to Early Help.",  # a range
        "Mum and Dad to attend the parenting sessions at the family centre – SW – 6–8 weeks.",
        "Contact centre to send written feedback on each contact to the SW within 48hrs.",  # figure run into its unit
        "By 5pm Monday, duty SW to phone Mother and confirm the safety plan is in place.",  # a time of day
        "SW & TM to agree the threshold for a strategy discussion in supervision – Thursday.",  # a day set apart
        "Team manager to convene a strategy discussion about the new disclosure - today.",
        "Pathway plan to be rewritten with XXXX's housing options by PA end of the month.",
        "SW to send the plan to the school by the 28th.",  # a day of the month alone
        "SW to send the plan to the school by mid-April.",
        "SW to send the plan to the school by the first week of May.",
        "SW to send the plan to the school by Xmas.",
        "SW to send the plan to the school before the Easter hols.",
        "SW to send the plan to the school prior to the next CLA.",
        "SW to send the plan to the school within one calendar month.",
        "IRO to raise the delay with the Head of Service within 10 WDs.",  # working days, abbreviated
        "SW to see XXXX on her own at school and ask about Dad's new partner - next visit.",  # an event set apart
    ],
)
def test_al301_quiet_on_timescales_other_auditors_write(action):
    assert "AL301" not in fired(action, MAR_4_24)


def test_al301_a_day_inside_the_sentence_is_not_a_tag():
    # "on Thursday" says when the contact was, not when the action is due; only a day set apart is a tag
    assert "AL301" in fired("SW to ask XXXX how the Thursday contact went and record her words.", MAR_4_24)


@pytest.mark.parametrize("action", ["The allocated worker will revisit the risk assessment in the next few weeks.",
                                    "SW to chase the GP for the health report a.s.a.p.",
                                    "Housing officer to give Mother a written list of her bidding options when able."])
def test_al302_fires_on_vague_spans_of_time(action):
    got = fired(action, MAR_4_24)
    assert "AL302" in got and "AL301" not in got


@pytest.mark.parametrize(
    "action",
    [
        "DB to phone the school nurse and get a date for XXXX's enuresis clinic appointment by Friday.",  # initials
        "Chronology to be brought up to date within ten working days – TM to check.",  # owner in its own part
        "Pathway plan to be rewritten with XXXX's housing options by PA end of the month.",  # agent before a timescale
        "Housing to confirm in writing whether the family will be moved out of the borough by 1 April 2024.",
        "Contact centre to send written feedback on each contact to the SW within 48hrs.",  # a named centre
        "Parenting assessment – ISW – commission by the end of next week.",
        "PEP to be updated with XXXX's reading targets by the SENCo at the Spring term PEP meeting.",  # mixed case
    ],
)
def test_al303_owners_other_auditors_write(action):
    assert "AL303" not in fired(action, MAR_4_24)


@pytest.mark.parametrize(
    "action",
    [
        "LAC review to be brought forward to w/c 22/4 so the new school can attend.",  # an acronym naming a thing
        "The centre to send feedback on each contact within 48hrs.",  # a bare centre
        "All professionals to share any concerns with the SW within 24 hours.",
    ],
)
def test_al303_still_fires_without_an_owner(action):
    assert "AL303" in fired(action, MAR_4_24)


@pytest.mark.parametrize(
    "action",
    [
        "XXXX to attend his dental appointment with his carer on Wednesday.",
        "Mum to attend the Freedom Programme - start w/c 8th April.",
    ],
)
def test_al304_a_named_outcome_for_a_family_owner_is_specific(action):
    assert "AL304" not in fired(action, MAR_4_24)


def test_al304_a_bare_outcome_for_a_family_owner_is_not():
    assert "AL304" in fired("Mum to attend appointments by 1 April 2024.", MAR_4_24)


# -- round 3: more timescale forms, content clauses, narrative, passive owners, jargon ---------

SEP_10_24 = dt.date(2024, 9, 10)


@pytest.mark.parametrize(
    "action",
    [
        "SW to add Dad's new partner to the genogram before XXXX's birthday.",  # an event: a birthday
        "SW to add Dad's new partner to the genogram. Timescale: 2 weeks",
        "End of October – SW to add Dad's new partner to the genogram.",  # a month tag opening the action
        "Genogram to include Dad's new partner - SW - w/c 21.10",  # a day and month with a dot
        "Carers to keep a diary of XXXX's night waking every Friday until Easter.",
        "SW to review the safety plan with Mum at next CIN",
        "Dad to bring his course certificate to the next core group.",
        "SW to obtain the PNC check on Mum's partner before any unsupervised contact takes place.",
        "sw 2 ring school re XXXX's attendance tmrw",
        "SW to add Dad's new partner to the genogram by Sept.",
        "SW to add Dad's new partner to the genogram by COP Friday.",
        "SW to add Dad's new partner to the genogram by 3rd wk of November.",
        "SW to add Dad's new partner to the genogram within a 2 week period.",
    ],
)
def test_al301_quiet_on_round3_timescale_forms(action):
    assert "AL301" not in fired(action, SEP_10_24, "AL301", "AL302")


@pytest.mark.parametrize(
    "action",
    [
        "SW to send the report to the panel.",  # "to" makes a deadline only of the NEXT event
        "SW to ask XXXX who she wants at her review.",  # the review is what she is asked about
        # the "when" clause says what is agreed, not when: no vague timing either
        "SW and FSW to agree with Mum what happens when XXXX refuses to go to bed.",
        # a past sentence before the action is what happened, not when the action is due
        "Following the audit, the worker and I discussed the chronology. SW to add the 2021 moves to it.",
    ],
)
def test_al301_fires_when_the_timing_words_say_what_not_when(action):
    assert fired(action, SEP_10_24, "AL301", "AL302") == ["AL301"]


@pytest.mark.parametrize(
    "action",
    [
        "SW to ensure all actions from this audit are completed within timescales.",
        "Team manager to look at the case again in the new year.",
        "Ongoing liaison with school, health and police to continue.",  # the noun is the task
        "SW to work with school on XXXX's attendance – ongoing monitoring",  # set apart at the end
    ],
)
def test_al302_fires_on_round3_vague_timing(action):
    assert "AL302" in fired(action, SEP_10_24, "AL302")


@pytest.mark.parametrize(
    "action",
    [
        "The social worker is advised to seek Father's views on contact and record them, within 2 weeks.",
        "Dates of all CIN visits since October to be added to the chronology – RS – 24/3/25",  # initials as a label
        "S.J. to add the three placement moves to the chronology within 2 weeks.",
    ],
)
def test_al303_quiet_on_round3_owner_forms(action):
    assert "AL303" not in fired(action, SEP_10_24, "AL303")


@pytest.mark.parametrize(
    "action",
    [
        "Dad to be encouraged to engage with services.",  # who encourages him is not said
        "Ongoing liaison with school, health and police to continue.",  # those liaised with do not own it
    ],
)
def test_al303_fires_when_the_people_named_do_not_own_it(action):
    assert "AL303" in fired(action, SEP_10_24, "AL303")


@pytest.mark.parametrize(
    "action",
    [
        "Actions: update chronology, review plan, chase health, discuss in supervision - SW/TM - 4 weeks",
        "The allocated worker, with the support of the practice supervisor as required, should ensure that all "
        "outstanding assessments, plans and records on the child's file are reviewed, updated and brought into "
        "line with current practice standards and procedures within the next four weeks.",
        "TM to drive forward the permanence agenda and ensure robust management oversight going forward.",
        "Practice manager to quality assure the C&F assessment by 30/09/2024.",
        "Case summary, chronology and genogram to be brought up to date by the allocated social worker by "
        "17th October 2024, and the team manager to check they have been done.",
    ],
)
def test_al304_fires_on_generic_tasks_in_long_or_listed_forms(action):
    assert "AL304" in fired(action, SEP_10_24, "AL304")


@pytest.mark.parametrize(
    "action",
    [
        "School to make a referral to the Educational Psychologist before the end of term.",  # refer: a task
        "By 9/10/24 the SW will have spoken to Dad about the contact plan and recorded his views.",
        "SW to ask XXXX who she wants at her review.",  # short and specific
    ],
)
def test_al304_quiet_on_short_specific_tasks(action):
    assert "AL304" not in fired(action, SEP_10_24, "AL304")


# -- a floor under the measured precision and recall ------------------------------------

# measured with `auditlint eval corpora --set actions` (rounded down to 2 dp): a floor against regressions
FLOOR = {
    # round 2 (78 new actions in other voices; AL304 tune 113/8/1: the new items' bare-deliverable FPs).
    # Round 3 added tune-r3.yaml (110 actions in new voices, ids a3t-): unseen, before the round's fixes, TP/FP/FN
    # AL301 24/13/3, AL302 10/1/3, AL303 26/2/1, AL304 35/1/20, AL305 10/0/0; the whole tune split after the
    # round: AL301 96/0/0, AL302 41/0/0, AL303 102/0/0, AL304 159/8/10, AL305 23/0/0.
    # Round 4 added tune-r4.yaml (120 actions, ids a4t-; batch A 001-060, B 061-120); the whole tune split after
    # the round: AL301 127/2/1, AL302 56/0/1, AL303 128/4/2, AL304 200/10/22, AL305 27/0/0.
    # Round 5 added tune-r5-blind.yaml (120 actions by a writer who never saw the rules, ids a5b-; batch A 001-060
    # fixed first, B measured after: unchanged by A's fixes, AL301 21/1/0, AL302 6/0/0, AL303 18/4/0, AL304 21/1/6,
    # AL305 4/0/1); whole tune split after the round: AL301 165/2/1, AL302 71/0/1, AL303 168/5/2, AL304 248/11/23,
    # AL305 40/0/0.
    # Session 6: fixes against the older files and batch B of tune-r5-blind (batch A unseen: unchanged, AL304 22/2/0);
    # whole tune after them AL301 166/2/0, AL302 71/0/1, AL303 168/5/2, AL304 256/8/15, AL305 40/0/0. Then
    # tune-r6-blind.yaml (60 actions by a sixth blind writer, measured unseen before and after: the same both times,
    # AL301 15/0/0, AL302 8/1/0, AL303 22/0/1, AL304 25/0/3, AL305 6/0/2) joined the tune split.
    # Session 7: AL304 classes through the parse (named acts with nothing saying which, questions as content, task
    # lists, empty objects), AL303 group/management owners: tune without r6 AL303 168/5/2 -> 168/4/2, AL304 256/8/15 ->
    # 258/7/13; r6 unchanged. tune-r7-blind.yaml (60 actions by a seventh blind writer, unseen before -> after: AL301
    # 13/2/1, AL302 9/0/0, AL303 17/3/0 -> 17/2/0, AL304 18/3/1 both times, AL305 6/0/1) then joined the tune split:
    # whole tune AL301 194/4/1, AL302 88/1/1, AL303 207/6/3, AL304 301/10/17, AL305 52/0/3.
    # Session 14: tune-r10-blind.yaml (104 actions, unseen AL304 27/11/6) joined tune; after the round's classes and
    # four label corrections (its header says which) the whole tune AL303 308/5/5, AL304 417/19/25, AL305 93/0/0.
    "tune": {"AL301": (0.97, 0.99), "AL302": (0.98, 0.98), "AL303": (0.97, 0.98), "AL304": (0.95, 0.94),
             "AL305": (1.00, 0.94)},
    # Session 7: holdout AL304 10/3/2 -> 10/4/2 ("actions" as a generic object, which the round-6 near miss "seek
    # assurance that the actions arising from this audit have been completed" now needs; r7 gained one with it).
    "holdout": {"AL301": (1.00, 1.00), "AL302": (1.00, 1.00), "AL303": (1.00, 1.00), "AL304": (0.71, 0.83), "AL305": (1.00, 1.00)},
    # holdout2: written and labelled by someone who never ran the rules. End of session 3 (TP/FP/FN) AL301 12/4/0,
    # AL302 10/0/1, AL303 12/1/1, AL304 22/1/5, AL305 7/0/0; after round 3: AL301 12/2/0, AL302 9/0/2 (one item lost),
    # AL303 12/1/1, AL304 23/1/4, AL305 7/0/0.
    # Session 6: holdout2 AL304 23/1/4 -> 22/1/5 (one lost to the round's fixes), holdout3 AL304 28/2/11 -> 29/2/10.
    # Session 7: holdout2 AL304 22/1/5 -> 22/2/5 (one false positive from the round's parse classes; its word-list
    # additions, which gained nothing on tune and cost holdout one more, were taken back), pinned honestly.
    "holdout2": {"AL301": (0.92, 1.00), "AL302": (1.00, 0.81), "AL303": (0.92, 0.92), "AL304": (0.91, 0.81), "AL305": (1.00, 1.00)},
    # holdout3: a third blind set. Before round 3 AL301 17/4/0, AL302 7/0/4, AL303 27/5/2, AL304 25/2/14, AL305 8/0/1;
    # after: AL301 17/3/0, AL302 8/0/3, AL303 27/5/2, AL304 27/3/12, AL305 8/0/1.
    "holdout3": {"AL301": (0.85, 1.00), "AL302": (1.00, 0.72), "AL303": (0.84, 0.93), "AL304": (0.93, 0.71), "AL305": (1.00, 0.88)},
    # after round 4: holdout3 AL304 28/3/11, the rest unchanged; after round 5: holdout2 AL301 12/1/0, holdout3 AL304 28/2/11.
    # holdout4: a fourth blind set, measured before round 4: AL301 12/1/0, AL302 11/0/0, AL303 16/0/0, AL304 22/4/4,
    # AL305 6/0/1; after: the same but AL304 23/4/3.
    "holdout4": {"AL301": (0.92, 1.00), "AL302": (1.00, 1.00), "AL303": (1.00, 1.00), "AL304": (0.85, 0.88), "AL305": (1.00, 0.85)},
}


def _two_dp(x: float) -> float:
    return math.floor(x * 100 + 1e-9) / 100


@pytest.fixture(scope="module")
def action_tallies():
    cases = load_cases(CORPORA, ("actions",))
    if not cases:
        pytest.skip("no labelled actions corpus")
    return evaluate(cases)


@pytest.mark.parametrize("split", sorted(FLOOR))
def test_action_rules_keep_their_measured_precision_and_recall(action_tallies, split):
    per_code = combine(action_tallies, split)
    for code, (precision, recall) in FLOOR[split].items():
        t = per_code[code]
        p = 1.0 if t.precision is None else t.precision
        r = 1.0 if t.recall is None else t.recall
        assert _two_dp(p) >= precision, f"{code} {split} precision {p:.3f} < {precision}"
        assert _two_dp(r) >= recall, f"{code} {split} recall {r:.3f} < {recall}"


def test_al305_a_weekday_decides_the_year_of_a_date_written_without_one():
    mar_11_24 = dt.date(2024, 3, 11)
    # Friday 9 February is 2024 (before the audit): the date has passed
    assert "AL305" in fired("SW to send the updated plan to the IRO by Friday 9th February.", mar_11_24, "AL305")
    # Sunday 9 February is 2025: a date to come
    assert "AL305" not in fired("SW to send the updated plan to the IRO by Sunday 9th February.", mar_11_24, "AL305")
    # no weekday: the audit year's 9 February, a month before the audit (session 11: read as the blind sets
    # r6-r8 label it, reported rather than moved a year on); a date months ahead is still to come
    assert "AL305" in fired("SW to send the updated plan to the IRO by 9th February.", mar_11_24, "AL305")
    assert "AL305" not in fired("SW to send the updated plan to the IRO by 9th September.", mar_11_24, "AL305")


# -- round 4: classes the parse-based reading missed -------------------------------------------------------

def test_fronted_background_clause_is_not_the_task_owner_or_deadline():
    # the only date is in a concession before the action, and it is past: no timescale, no invalid date
    action = ("Although the contact plan, which was set at the review on 3 January 2023, named the days, "
              "the team manager should now agree with Father which Saturday he collects XXXX.")
    got = fired(action)
    assert "AL301" in got and "AL305" not in got and "AL303" not in got
    # the worker named only in the concession owns nothing; the main clause has no owner
    assert "AL303" in fired("While the social worker has been on leave since December, the genogram needs "
                            "to be finished by 20 March 2023.", FEB_14, "AL303")


def test_condition_before_the_task_keeps_its_timing_and_the_pronoun_owner():
    action = ("Once the social worker has met the new carers, which should happen at the next statutory visit, "
              "she should write down what XXXX says about her bedroom and her school run.")
    got = fired(action)
    assert "AL301" not in got and "AL303" not in got


@pytest.mark.parametrize("action", [
    "It might be sensible for the IRO to consider whether the placement plan is still appropriate.",
    "Perhaps the team manager could reflect on whether more could be done by 31 March 2023.",
    "On reflection, consideration might be given by the SW to whether a family group conference is needed.",
])
def test_al304_a_question_that_only_judges_is_not_specific(action):
    assert "AL304" in fired(action, FEB_14, "AL304")


@pytest.mark.parametrize("action", [
    # a question with a task of its own, or a topic pinned down by its own modifier, says what to settle
    "IRO to consider whether XXXX's request about seeing her cousin should go to the next review for a decision, "
    "by 31 March 2023.",
    # asking for the answer is a step, not a deliberation
    "TM to seek legal advice on whether the threshold for care proceedings is met, by 31 March 2023.",
])
def test_al304_quiet_when_the_question_has_its_own_detail(action):
    assert "AL304" not in fired(action, FEB_14, "AL304")


@pytest.mark.parametrize("action", [
    "Assessment of Nan – SW – 3 wks",            # nominal task noun + of
    "Direct work – PA – 6 wks",                   # describing word read as a verb
    "Mum – parenting course – complete – by end of term",   # lone generic verb in a note
    "There is clearly scope for the chronology to be brought up to date by 31 March 2023.",
])
def test_al304_generic_tasks_in_notes_and_frames(action):
    assert "AL304" in fired(action, FEB_14, "AL304")


def test_al304_a_lone_verb_that_names_a_deliverable_is_specific():
    assert "AL304" not in fired("Dental check – book – SW – asap", FEB_14, "AL304")


def test_al303_owner_classes():
    assert "AL303" not in fired("It would seem wise for the IRO to meet XXXX alone before 31 March 2023.",
                                FEB_14, "AL303")
    assert "AL303" not in fired("I'd like Kemi to take XXXX to the library and help her join by 31 March 2023.",
                                FEB_14, "AL303")
    # the auditor who only wishes or asks names nobody
    assert "AL303" in fired("I would like the plan rewritten by 31 March 2023.", FEB_14, "AL303")
    assert "AL303" in fired("I have requested that the plan is rewritten by 31 March 2023.", FEB_14, "AL303")
    # ... unless someone else is named in the action
    assert "AL303" not in fired("I have asked that the SW and I meet to agree the plan by 31 March 2023.",
                                FEB_14, "AL303")


@pytest.mark.parametrize("action,code", [
    ("SW to phone the school about XXXX's lunches – this half term", "AL301"),
    ("The manager will decide the panel date by end of the April.", "AL301"),
    ("SW to send Mum the letter – this wk", "AL301"),
    ("Case summary to be brought up to date by the SW, sooner rather than later.", "AL302"),
    ("Supervision to be recorded by the TM at regular intervals.", "AL302"),
])
def test_timescale_forms(action, code):
    got = fired(action, FEB_14, "AL301", "AL302")
    if code == "AL301":
        assert got == []
    else:
        assert "AL302" in got


# -- round 5 (blind material): classes fixed through the parse ------------------------

@pytest.mark.parametrize("action,timed", [
    ("SW to book a room for the conference.", False),          # the event names which room
    ("SW to book a room before the conference.", True),
    ("SW to prepare her report for the next review.", True),   # a scheduled event is still when
    ("SW to send the school the new contact plan by the 20th March 2023.", True),   # "by the" + a date
])
def test_al301_an_event_that_only_names_a_noun_is_not_a_timescale(action, timed):
    assert ("AL301" in fired(action, FEB_14, "AL301")) is not timed


def test_al305_checks_a_date_written_after_by_the():
    assert "AL305" in fired("SW to send the school the new contact plan by the 2nd February 2023.", FEB_14, "AL305")


@pytest.mark.parametrize("action,vague", [
    ("Ongoing – FSW to take XXXX to her swimming lessons.", True),        # a label before a dash
    ("Deadline: urgent. SW to see XXXX alone at school and ask about the mark on her arm.", True),
    ("FSW to record the ongoing concerns about XXXX's sleep by 3 March 2023.", False),   # describes a noun
    ("SW to make an urgent referral to CAMHS about XXXX's low mood by 3 March 2023.", False),
])
def test_al302_a_vague_label_and_urgent(action, vague):
    assert ("AL302" in fired(action, FEB_14, "AL302")) is vague


@pytest.mark.parametrize("action,owned", [
    ("Ring the dentist to book XXXX's check-up -- FSW, within 10 days.", True),      # "--" separates
    ("Family tree to be drawn up listing the relatives named at the network meeting (SW, by 3 March 2023).", True),
    ("Family tree to be drawn up listing the relatives named at the network meeting (aunt, three cousins) "
     "by 3 March 2023.", False),                                                      # brackets list people
    ("Due by 3 March 2023: note to grandmother setting out the new contact plan.", False),   # the recipient
    ("Mgr to sign off the revised plan by 3 March 2023.", True),
    ("Ask the dentist for XXXX's treatment plan, FSW to action, end of March 2023.", True),
    ("Add the dates of the three missed visits to the chronology - SW by 03/03/23.", True),
])
def test_al303_labels_lists_and_recipients(action, owned):
    assert ("AL303" in fired(action, FEB_14, "AL303")) is not owned


@pytest.mark.parametrize("action,specific", [
    ("Care plan out of date - needs updating.", False),                       # a generic -ing read as a noun
    ("SW to complete a viability assessment of the maternal uncle by 3 March 2023.", True),   # kind + person
    ("SW to complete an assessment of the maternal uncle by 3 March 2023.", False),
    ("SW to be more inquisitive about who visits the flat by 3 March 2023.", False),          # a disposition
    ("Add the dates of the three missed visits to the chronology - SW by 03/03/23.", True),   # placed content
    ("SW to add the outcome to the file by 3 March 2023.", False),
    ("Practitioner to call within 3 days.", False),                           # the doer is not the object
    ("Practitioner to call Dad within 3 days to agree the dates of the next two contacts.", True),
    ("Dietician referral for XXXX – SW – 3 March 2023.", True),               # a deliverable named by kind
    ("Referral – SW – 3 March 2023.", False),
    ("Consider a referral to the sleep clinic by 3 March 2023.", False),      # weighed, not done
    ("SW to make a referral to the sleep clinic by 3 March 2023.", True),
    ("SW to meet Dad to go over the written agreement by 3 March 2023.", False),
    ("SW to meet Dad to explain the three conditions in the written agreement by 3 March 2023.", True),
])
def test_al304_round5_classes(action, specific):
    assert ("AL304" in fired(action, FEB_14, "AL304")) is not specific


@pytest.mark.parametrize("action,specific", [
    ("SW to phone Grandad by 3 March 2023.", False),                         # who is reached, not what about
    ("SW to phone Grandad about the dates for the summer contact by 3 March 2023.", True),
    ("Going forward I would expect to see the child's wishes in each visit record.", False),   # the auditor's wish
    ("The TM to make sure the SW sees XXXX on her own at each visit by 3 March 2023.", True),
    ("It would seem wise, once the holidays start, for the SW to finish the pending sibling assessment.", False),
    ("It would seem wise for the SW to ask the school for XXXX's attendance figures for the autumn term "
     "by 3 March 2023.", True),                                              # the frame's infinitive is the task
    ("There is perhaps room for the chronology to be brought up to date.", False),   # a hedge on the frame
    ("SW to undertake an unannounced visit within 5 days.", True),          # an act named by its kind
    ("SW to undertake a visit within 5 days.", False),
    ("Worker to visit weekly.", True),                                       # a concrete act set to recur
    ("Worker to continue to visit.", False),
    ("Action 2: The service manager, Ms Okafor, will seek assurance from the TM that the actions arising "
     "from this audit have been completed by 3 March 2023.", False),         # label, name and frame say nothing
    ("Further work may be needed around Mum's engagement going forward.", False),     # timing is not a clause
])
def test_al304_round6_classes(action, specific):
    assert ("AL304" in fired(action, FEB_14, "AL304")) is not specific


def test_timescale_patterns_skip_only_what_cannot_match():
    """The word screen that spares running most timescale patterns never drops a match."""
    from auditlint.ruletypes.actions import _notation_words

    assert _notation_words("within N UNIT") == ("within",)
    assert _notation_words("N/52") == ()  # nothing certain: always run
    assert set(_notation_words("[(by|in)] [the] MONTH (half term|half-term)")) == {"half", "half-term"}
    # a case fold the lower-case screen cannot see ("ſ" matches "s") still finds the timescale
    assert "AL301" not in fired("SW to add the three moves to the chronology within 4 weekſ.", FEB_14, "AL301")
    assert "AL301" not in fired("SW to add the three moves to the chronology WITHIN 4 WEEKS.", FEB_14, "AL301")


@pytest.mark.parametrize("action,codes", [
    # "this term" on a perfect verb says when something happened, not when the action is due
    ("If XXXX's attendance has dropped this term, the SW should ask the school for her attendance figures.",
     ["AL301"]),
    ("The SW should ask the school for XXXX's attendance figures this term.", []),
    ("The SW should ask the school for XXXX's attendance figures as a matter of priority.", ["AL302"]),
])
def test_timing_that_says_what_happened_and_vague_priority(action, codes):
    assert fired(action, FEB_14, "AL301", "AL302") == codes


@pytest.mark.parametrize("action,specific", [
    ("Interpreter – SW – book by 3 March 2023.", True),     # a lone verb straight before the timescale
    ("Chronology – SW – review by 3 March 2023.", False),    # ... that is generic
])
def test_al304_lone_verb_before_the_timescale(action, specific):
    assert ("AL304" in fired(action, FEB_14, "AL304")) is not specific


@pytest.mark.parametrize("action,specific", [
    # a deliverable named by a verb-noun still needs something saying which, or where it goes
    ("SW to make the appropriate referrals by 3 March 2023.", False),
    ("SW to make a referral to the young carers service by 3 March 2023.", True),
    ("SW to make a speech and language referral for XXXX by 3 March 2023.", True),
    # a question that a verb of knowing takes is what the purpose says, not a condition on the timing
    ("SW to update the care plan so that XXXX knows when she will next see her sister, by 3 March 2023.", True),
    ("SW to update the care plan so that it is up to date, by 3 March 2023.", False),
    # a list of generic tasks the model read as nouns
    ("Update genogram, review plan and complete assessment by 3 March 2023.", False),
    ("Update genogram with Dad's three brothers, and book dentist for XXXX by 3 March 2023.", True),
    # a past passive on the object says which one; its date is not the deadline
    ("SW to chase the speech therapy appointment that was requested in October, by 3 March 2023.", True),
    ("SW to chase the speech therapy appointment by 3 March 2023.", False),
    # a topic pinned down by when it happened
    ("TM to hold a strategy discussion about the injury seen on 2 February, within 24 hours.", True),
    ("TM to hold a strategy discussion about the concerns, within 24 hours.", False),
    # "issues with ..." names a topic
    ("SW to look at the issues with school attendance by 3 March 2023.", False),
    # a participle set apart by a dash is said of the note's opening noun
    ("Referral to the sensory team for an assessment of XXXX's hearing - completed by TM by 3 March 2023.", True),
    # a verb that is not generic acting on an empty object
    ("All agencies to share information by 3 March 2023.", False),
    ("School to share the autumn term attendance figures with the SW by 3 March 2023.", True),
    ("Case to be transferred to the leaving care team within 5 days.", True),
    # a question that weighs an act
    ("Consideration to be given to whether a referral to the young carers service would help.", False),
    # more of a quality is not something that can be checked as done
    ("SW to build a closer relationship with Dad and gain a better understanding of his routines.", False),
    ("SW to build a bedtime routine chart with Dad and go through it with XXXX by 3 March 2023.", True),
    # the subject of a clause the task takes is what it is about, not an owner
    ("SW to confirm with the GP that XXXX's hearing test has taken place, by 3 March 2023.", True),
    ("SW to confirm with the GP by 3 March 2023.", False),
    # the child's voice, bare, says nothing of what must change
    ("SW to ensure that XXXX's voice is heard by 3 March 2023.", False),
    # the timescale is not the task: "consider all options going forward"
    ("The TM to consider all options going forward.", False),
])
def test_al304_session7_classes(action, specific):
    assert ("AL304" in fired(action, FEB_14, "AL304")) is not specific


@pytest.mark.parametrize("action,owned", [
    ("Core group to agree the written safety plan by 3 March 2023.", True),       # a named group owns it
    ("The group to agree the written safety plan by 3 March 2023.", False),       # a bare group does not
    ("Management to review the written safety plan by 3 March 2023.", True),
])
def test_al303_named_groups_and_management(action, owned):
    assert ("AL303" in fired(action, FEB_14, "AL303")) is not owned


def test_al301_a_past_passive_date_says_which_thing_not_when():
    # "requested in November" is when the appointment was asked for; nothing says when the chasing is due
    assert "AL301" in fired("SW to chase the dental appointment that was requested in November.", FEB_14, "AL301")
    assert "AL301" not in fired("SW to chase the dental appointment that was requested in November, by 3 March 2023.",
                                FEB_14, "AL301")


# -- session 11 classes ----------------------------------------------------------------

MAR_9 = dt.date(2023, 3, 9)


@pytest.mark.parametrize("action,audit_date,invalid", [
    # a deadline with no year is read in the audit's year (or the next, if nearer): one just gone is reported
    ("SW to send the revised safety plan to the school by 2nd March.", MAR_9, True),
    ("SW to send the revised safety plan to the school by the end of February.", MAR_9, True),
    ("SW to send the revised safety plan to the school by 20th March.", MAR_9, False),
    # in a December audit, January is the one to come
    ("SW to send the revised safety plan to the school by 10th January.", dt.date(2023, 12, 18), False),
    ("SW to send the revised safety plan to the school by the end of January.", dt.date(2023, 12, 18), False),
    # never a year before the audit's: "by the end of December" in a January audit is this December
    ("SW to send the revised safety plan to the school by the end of December.", dt.date(2024, 1, 15), False),
    # a date that may only say when something happened keeps the reading after the audit
    ("SW to see XXXX about the incident on 3 March and tell the IRO what she says within 5 working days.", MAR_9, False),
])
def test_al305_a_deadline_with_no_year_is_read_in_the_audit_year(action, audit_date, invalid):
    assert ("AL305" in fired(action, audit_date, "AL305")) is invalid


@pytest.mark.parametrize("action,owned", [
    # a list of people after a preposition, past a comma the model reads as a new clause
    ("We will hold a network meeting with the nursery, the health visitor and the GP to agree the plan by 3 March 2023.", False),
    ("SW to hold a network meeting with Mum, TM to chair it by 3 March 2023.", True),
    # a hyphen inside a word sets nothing apart: the step-sister is who it is about
    ("We must discuss contact arrangements for XXXX and her step-sister, by 3 March 2023.", False),
])
def test_al303_session11_owner_classes(action, owned):
    assert ("AL303" in fired(action, FEB_14, "AL303")) is not owned


@pytest.mark.parametrize("action,specific", [
    # "make sure" read with "sure" as a clause of its own still wraps the task
    ("SW to make sure the chronology is updated by 3 March 2023.", False),
    # "re-" split at the hyphen: redoing a generic task is generic
    ("SW to re-visit the plan by 3 March 2023.", False),
    ("SW to re-consider the plan by 3 March 2023.", False),
    # a causative: the participle is the task
    ("SW to get the care plan updated by 3 March 2023.", False),
    ("SW to get the consent form signed by Mum by 3 March 2023.", True),
    # a topic after a piece of work named by its kind says which one; after a generic kind it does not
    ("TM to arrange a legal planning meeting re the latest police report by 3 March 2023.", True),
    ("TM to hold a case discussion re drift by 3 March 2023.", False),
    # "re:" read as more objects
    ("SW to update the safety plan re: the new partner living at the house by 3 March 2023.", True),
    # a standard ensured with how often
    ("TM to ensure that the safety plan is reviewed fortnightly, starting 6 March 2023.", True),
    ("The TM will review the plan fortnightly by 3 March 2023.", False),
    # a recurring act with no verb
    ("Weekly visits by the family support worker until the review on 30 March 2023.", True),
    ("Monthly supervision until the review on 30 March 2023.", False),
    # a call about generic words only says nothing; about a thing, it does
    ("SW to phone Mum about the concerns by 3 March 2023.", False),
    ("SW to phone Mum about the missed dental appointment by 3 March 2023.", True),
    # "in writing" is the form, not a task
    ("TM to confirm in writing to Dad the date of the next contact by 3 March 2023.", True),
    ("TM to confirm the plan in writing by 3 March 2023.", False),
    # what a diary or log is of is what must be written down
    ("Foster carer to keep a log of XXXX's behaviour after each contact, by 3 March 2023.", True),
    ("Foster carer to keep a log by 3 March 2023.", False),
])
def test_al304_session11_classes(action, specific):
    assert ("AL304" in fired(action, FEB_14, "AL304")) is not specific


@pytest.mark.parametrize("action,timed", [
    ("Carers to note XXXX's mood after each phone call with Dad, starting from the next call.", True),
    ("Carers to note XXXX's mood after each phone call with Dad, beginning with the next one.", False),
    ("Carers to note XXXX's mood after each phone call with Dad.", False),
])
def test_al301_a_start_at_the_next_occurrence_is_a_timescale(action, timed):
    assert ("AL301" in fired(action, FEB_14, "AL301")) is not timed


# -- session 12: classes from the round-9 blind set ---------------------------------------------

@pytest.mark.parametrize("action,code,fires", [
    # "my/our/your next" before a scheduled event is a deadline, like "the next"
    ("I will raise the drift in the plan with the Head of Service at my next supervision.", "AL301", False),
    # a "next" event with no preposition, as the task's object or a bare adverbial
    ("All agencies to attend the next core group.", "AL301", False),
    ("Contact arrangements to be discussed next supervision (TM)", "AL301", False),
    ("SW to agree the date of the next review.", "AL301", True),  # after "of" it only names a thing
    # a review point counted in months or weeks; a point of the child's age is not one
    ("Support plan to be reviewed at 6 months by the IRO.", "AL301", False),
    ("SW to add that XXXX was seen by the GP at 6 weeks old to the chronology.", "AL301", True),
    # a date tagged on before the owner's label
    ("CIN plan to be updated with the outcome of the EP assessment - 06/03/23 - SW", "AL301", False),
    # a note's parts between full stops
    ("Update care plan. SW. 1/3/23", "AL301", False),
    ("Update care plan. SW. 1/3/23", "AL303", False),
    ("Update care plan. SW. 1/3/23", "AL304", True),
    # "was due on" says when something else was due; "today" on a verb still to be done says when
    ("The strategy discussion was due on 2.2.23 - TM to confirm today that it took place and record the outcome.",
     "AL305", False),
    ("The strategy discussion was due on 2.2.23 - TM to confirm today that it took place and record the outcome.",
     "AL301", False),
    # vague: a court timetable with no date, and "all future" before the noun a preposition takes
    ("SW to file the SGO assessment with the court in line with the court timetable.", "AL302", True),
    ("XXXX's voice to be included in all future reports.", "AL302", True),
    ("SW will book an interpreter for all future visits to Mum, from the next visit on 4 March 2023.", "AL302", False),
])
def test_session12_timescale_classes(action, code, fires):
    assert (code in fired(action, FEB_14, code)) is fires


@pytest.mark.parametrize("action,owned", [
    # who the action says is responsible, wherever the sentence puts it
    ("The return home interviews are to be obtained and uploaded, this is the SW's responsibility, by 3 March 2023.", True),
    ("Responsibility for ensuring that the pathway plan is reviewed rests with the Leaving Care Team, by 3 March 2023.", True),
    # a misspelt opening verb run into the child's reference is not a person's name
    ("Reveiw XXXX's contact with his sisters and set out the new arrangement in writing to the carers by 3 March 2023.", False),
])
def test_al303_session12_owner_classes(action, owned):
    assert ("AL303" in fired(action, FEB_14, "AL303")) is not owned


@pytest.mark.parametrize("action,specific", [
    # a vague timescale opening a note does not make its first word an unsure verb
    ("Ongoing direct work with XXXX.", False),
    # a yes/no question that only judges, raised by "consider" passed through as a wrapper
    ("SW to consider whether a referral to the Family Group Conference service is appropriate.", False),
    # the person reached is not a piece of work whose topic says which
    ("SW to liaise with the YOT worker re XXXX's court date by 3 March 2023.", False),
    ("TM to arrange a legal planning meeting re the latest police report by 3 March 2023.", True),
    # an agentless generic passive in a clause adds nothing
    ("TM/SW to agree a date for the SGO support plan to be reviewed.", False),
    # numbered generic items run together on one line
    ("1. Update chronology 2. update case summary 3. review plan - all by 31.3.23", False),
    ("1) SW to update chronology by 8.3.23 2) SW to add the outcome of the strategy meeting to the plan", True),
    # a recurring act through "be"
    ("Statutory visits to XXXX to be every 6 weeks.", True),
    # a piece of work named by its kind and the person it is about, when the deadline took its verb or with "for"
    ("Viability assessment of paternal aunt to be completed by 23.03.2023", True),
    ("SW to complete a carer's assessment for XXXX's grandfather by 12.03.23", True),
    ("SW to complete an assessment by 12.03.23", False),
    # a compound the model split at a present-tense verb: "Support plan to be reviewed"
    ("Support plan to be reviewed at 6 months.", False),
    ("Strat disc to be held re new disclosure - 24hrs", True),
    # a participle joined to a passive acts on its subject
    ("CIN plan to be reviewed and updated with the outcome of the EP assessment by 3 March 2023.", True),
])
def test_al304_session12_classes(action, specific):
    assert ("AL304" in fired(action, FEB_14, "AL304")) is not specific


@pytest.mark.parametrize("action,specific", [
    # actions run together with ";", "+" or inline numbers are as specific as the weakest of them
    ("SW to refer XXXX to SALT + request an EHCP needs assessment + update the PEP, all by 31.3.23", False),
    ("SW to refer XXXX to SALT + book a hearing test with audiology, all by 31.3.23", True),
    ("School place to be chased; SW to ring the admissions team about the Year 7 appeal by 8.3.23", False),
    ("SW to 1) refer the siblings to Early Help 2) update the case summary, all by 8.3.23", False),
    # a "+" that joins two things to one task does not start a second action
    ("SW to obtain Dad's DBS + references for Nan's partner by 31.3.23", True),
    # the subject of a question the task settles is what it is about, not who does it
    ("Both authorities to agree which team holds case responsibility for XXXX by 8.3.23", True),
    ("TM to agree the plan by 8.3.23", False),
    # a piece of work named by its kind and the person it is "on"
    ("SW to complete the viability assessment on the maternal aunt by 8.3.23", True),
    ("SW to complete the viability assessment by 8.3.23", False),
    # "get ... on file" places content, and a describing acronym names what goes in
    ("Get the CP medical report on file by 8.3.23.", True),
    ("Get the report on file by 8.3.23.", False),
    # a standard each instance must meet, with a time limit in figures
    ("All visits to be recorded within 48 hours.", True),
    ("All visits to be recorded within timescales.", False),
    ("SW to update the plan within 2 weeks.", False),
])
def test_al304_session14_classes(action, specific):
    assert ("AL304" in fired(action, FEB_14, "AL304")) is not specific


@pytest.mark.parametrize("action,owned", [
    # two roles joined into one label at the end
    ("Chronology to be updated with the missed visits - SW and TM", True),
    ("Chronology to be updated with the missed visits (SW & IRO) by 8.3.23", True),
    # a role naming the kind of the noun after it does not own the action
    ("Sibling contact to go up to fortnightly, to start in the Easter holidays.", False),
    ("Mum to attend the Freedom Programme by 8.3.23", True),
    # a known acronym set apart as a label is a thing, not initials; in the owner's place it does the task
    ("ASAP - PEP", False),
    ("Education - VSH to look at attendance", True),
    ("Update the chronology – RS – 24/3/23", True),
])
def test_al303_session14_owner_classes(action, owned):
    assert ("AL303" in fired(action, FEB_14, "AL303")) is not owned


@pytest.mark.parametrize("action,audit_date,invalid", [
    # a yearless deadline takes the nearest year, across the turn of the year too
    ("TM to send the PLO letter to Mum by 28/12.", dt.date(2024, 1, 8), True),
    ("TM to send the PLO letter to Mum by 15/1.", dt.date(2024, 1, 8), False),
    ("TM to send the PLO letter to Mum by 28/12.", dt.date(2024, 11, 20), False),
    ("TM to send the PLO letter to Mum by 10th Jan.", dt.date(2023, 12, 14), False),
])
def test_al305_session14_year_turn(action, audit_date, invalid):
    assert ("AL305" in fired(action, audit_date, "AL305")) is invalid
