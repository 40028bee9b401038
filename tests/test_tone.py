"""Tone rules (G-3.1b, G-3.1c): AL401 emotive language, AL402 blame, AL403
emphatic punctuation, AL205 mitigation, and the generic lexicon rule type.

Real spaCy, real rule files and lexicons; each rule firing and not firing on
near misses of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditlint.config import Config
from auditlint.engine import Engine
from auditlint.evaluation import evaluate, load_cases
from auditlint.rulepack import load_specs

from .conftest import CORPORA, audit_from_markdown, audit_with, findings


def fired(code: str, text: str, child_ref: str = "XXXX", domain: int = 2) -> list:
    audit = audit_with(domain, [text], child_ref=child_ref)
    return [f for f in findings(audit, code) if f.code == code]


def fires(code: str, text: str, **kw) -> bool:
    return bool(fired(code, text, **kw))


# --------------------------------------------------------------------------
# AL401 emotive-language
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The quality of recording is appalling; some visits are a single line.",
        "The chronology is a disgrace.",
        "An analysis this thin is utterly unacceptable on a case at this level of risk.",
        "Appallingly, the last recorded supervision was in May.",  # adverb of a listed adjective
        "The core group minutes are an absolute joke.",  # "a joke" with a modifier
        "XXXX has been terribly let down.",
        "This poor child has been utterly failed.",  # intensified blame verb, no person blamed
        "Disgusting home conditions were left unchallenged for months.",
    ],
)
def test_al401_fires(text):
    assert fires("AL401", text)


@pytest.mark.parametrize(
    "text",
    [
        'The school described the home conditions as "disgusting" in its referral.',  # quoted speech
        "Mother called the flat “disgusting” and said she was ashamed.",  # curly quotes
        "XXXX witnessed a shocking incident of violence at home in October.",  # the child's experience
        "The incident was frightening for XXXX, who hid under her bed.",
        "The assessment is poor: it does not analyse Father's history.",  # a fair finding
        "The assessment was very poor.",  # "very" is not an intensifier
        "XXXX's nightmares have continued since the move.",  # literal, owned by the child
        "Recording is weak, with gaps of up to six weeks between case notes.",
    ],
)
def test_al401_near_misses(text):
    assert not fires("AL401", text)


def test_al401_carries_entry_severity_and_advice():
    [f] = fired("AL401", "Disgusting home conditions were left unchallenged.")
    assert f.severity == "error"  # the entry's own severity
    assert "Disgusting" in f.message
    assert "dog faeces" in f.suggestion  # the entry's plain advice
    [g] = fired("AL401", "The chronology is appalling.")
    assert g.severity == "warning"


def test_al401_advice_uses_the_audit_child_reference():
    [f] = fired("AL401", "The home conditions were appalling.", child_ref="Child A")
    assert "Child A" in f.suggestion and "XXXX" not in f.suggestion


def test_al401_intensified_finding_names_both_words():
    [f] = fired("AL401", "That his bruising went unexplored is utterly unacceptable.")
    assert f.excerpt == "utterly unacceptable"
    assert "utterly" in f.suggestion


# --------------------------------------------------------------------------
# AL402 blaming-language
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The social worker failed to visit XXXX for nine weeks.",
        "The IRO failed to challenge the drift.",
        "The worker chose to ignore the health visitor's concerns.",
        "The social worker simply ignored the IRO's recommendation.",
        "Because the social worker couldn't be bothered to arrange contact, XXXX has not seen her brother.",
        "Nobody in the team could be bothered to chase the referral.",  # negation moved to the subject
        "The worker was lazy in her recording.",  # person-directed trait
        "An incompetent social worker wrote this assessment.",
        "The worker's failure to act on the referral left XXXX at risk.",
        "XXXX was failed by the social worker.",  # passive with a professional agent
        "The worker, who failed to visit, has since left.",
        "The IRO was asleep at the wheel.",
        "The previous worker showed no interest in Father.",
        "The worker let XXXX down.",  # split phrasal verb
        "The worker could not even be bothered to ring Father back.",  # an adverb inside the phrase
        "The social worker has shown a complete lack of interest in XXXX's views.",
        "The manager obviously didn't read the assessment before signing it off.",  # mind-reading
        "The social worker deliberately withheld the report from the conference.",  # intent
        "The worker's sloppy recording meant the injury was missed.",  # conduct word on the work
        "The worker was told about the bruise, but she ignored it.",  # pronoun resolved to the worker
    ],
)
def test_al402_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan failed to address XXXX's school refusal.",  # a thing, not a person
        "The assessment failed to take account of the school's referral.",
        "XXXX failed to attend school for six weeks.",  # the child as subject
        "Mother refused to let the worker in.",  # the family as subject
        "Father ignored the safety plan.",
        'Father said the social worker was "lazy and useless".',  # quoted speech
        "The recording is disorganised and hard to follow.",  # the trait describes a record
        "The social worker did not fail to visit; every visit was on time.",  # negated
        "The team did not act on the IRO's recommendation.",  # accountability, no blame verb
        "No information was gathered from school, so the analysis is weak.",
        "XXXX's mother was offered five appointments but she failed to attend any.",  # pronoun = mother
        "The worker has changed three times, and each change has set back XXXX's trust; she now refuses to meet anyone new.",
        "The social worker clearly explained the plan to XXXX.",  # certainty without a negation
        "The plan clearly did not address the risk.",  # not a person
        "The failings of the plan left XXXX at risk.",
    ],
)
def test_al402_near_misses(text):
    assert not fires("AL402", text)


def test_al402_severity_from_entry_and_verb_setting():
    [trait] = fired("AL402", "The worker was lazy.")
    assert trait.severity == "error"
    [verb] = fired("AL402", "The social worker failed to visit.")
    assert verb.severity == "warning"
    assert verb.excerpt == "The social worker failed"


# --------------------------------------------------------------------------
# AL403 emphatic-punctuation
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("There has been no supervision since May!", "!"),
        ("Visits happened three times!!! This matters.", "!!!"),
        ("Why was this not escalated?!", "?!"),
        ("Has the plan been reviewed???", "???"),
        ("The worker must NEVER visit alone.", "NEVER"),
        ("THIS IS NOT ACCEPTABLE.", "THIS IS NOT ACCEPTABLE"),
        ("PLEASE NOTE the plan has not been updated.", "PLEASE NOTE"),
    ],
)
def test_al403_fires(text, excerpt):
    got = fired("AL403", text)
    assert [f.excerpt for f in got] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Has the child in need plan been reviewed since September?",  # a genuine question
        "Why was the risk not considered when the school had raised it twice?",  # rhetorical question
        "A referral to CAMHS was made and the IRO was told; two IROs have chaired reviews.",  # acronyms
        "XXXX's views are recorded and XXXX says she feels safe.",  # the anonymised reference
        "An NFA decision was recorded by the MASH; the plan is SMART and the LADO agreed.",
        "The NSPCC helpline was given to Mother.",  # no vowels: letters, not a word
        'XXXX shouted "I HATE IT HERE!" and ran upstairs.',  # quoted speech
        "The Public Law Outline (PLO) started in May; the PLO letter is on file.",  # defined in the audit
        "COVID-19 restrictions delayed the contact.",
    ],
)
def test_al403_near_misses(text):
    assert not fires("AL403", text)


def test_al403_other_child_reference_is_not_shouting():
    assert not fires("AL403", "ABCD is nine and ABCD's school is local.", child_ref="ABCD")
    assert fires("AL403", "ABCD is nine and ABCD's school is local.", child_ref="XXXX")


def test_al403_headings_are_not_shouting():
    audit = audit_from_markdown(
        """\
        ---
        child_ref: XXXX
        audit_date: 2023-02-14
        ---

        # HELP, PROTECTION AND STABILITY
        Grade: Good

        SUMMARY OF THE CHILD
        XXXX is nine and lives with her mother.

        # Recording and Communication
        Grade: Good

        Recording is up to date and every visit names who was seen.
        """
    )
    assert not [f for f in findings(audit, "AL403") if f.code == "AL403"]


def test_al403_needs_no_parse():
    eng = Engine(Config(select=["AL403"]))
    assert not eng.needs_nlp


# --------------------------------------------------------------------------
# AL205 mitigation
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Due to high caseloads in the team, visits were not completed in October.",
        "The worker has been off sick for much of the period, so life story work has not started.",
        "Staffing shortages meant the core group did not meet over the summer.",
        "Through no fault of the team, the referral to the therapeutic service was delayed.",
        "Given the pressures on the service at the time, the assessment was completed on day 52.",
        "The chronology has not been updated, although the team has been very busy with new court cases.",
        "The assessment is brief, but the manager has been covering two teams since the summer.",  # no cue word
        "Visits were monthly rather than fortnightly because of the pressure of work across the locality.",
        "The review was late, but the IRO service has been short of chairs since the spring.",
        "Visits were missed because the worker was off sick.",
        "Because of the change of worker, XXXX was not visited for eight weeks.",  # passive: still practice
        "It should be acknowledged that the worker has been carrying a very high caseload.",  # the frame softens
        "Recording is patchy, but the social worker has been managing a very heavy caseload.",
        "Due to a lack of resources, direct work has not taken place.",
    ],
)
def test_al205_fires(text):
    assert fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        "Mother has been off sick and two visits were rearranged at her request.",  # the mother's sickness
        "Mother's long-term sickness meant contact was cancelled four times.",
        "The review was rearranged because XXXX was too busy with her exams to attend.",  # the child busy
        "The team has been very busy supporting XXXX through the trial, and she felt prepared.",  # no shortfall
        "Due to peer pressure, XXXX began missing school.",  # not a work pressure
        "The supervision note records the social worker's caseload as 22.",  # stated, not an excuse
        "The foster carer was off sick in January, so respite was arranged for two weekends.",
        "The worker has changed three times, and each change has set back XXXX's trust.",
        "The worker was visiting weekly, but XXXX was not seen alone.",  # a contrast, not an excuse
        "Visits have continued although the worker has been off sick.",  # nothing softened
        'The worker told me "we have been off sick and short-staffed all year".',  # quoted
        "Because of the changes of social worker, XXXX has not been able to build a relationship.",  # impact
        "The worker was on leave in August and no cover was arranged.",  # the response, stated plainly
        "The IRO is new in post and has already challenged the drift in the plan.",
        "Due to financial pressures, the family moved to a smaller flat.",
        "Despite high caseloads, visits were all on time and XXXX was seen alone each time.",
        "The newly qualified social worker has written a thorough assessment.",
    ],
)
def test_al205_near_misses(text):
    assert not fires("AL205", text)


def test_al205_message_names_the_cue():
    [f] = fired("AL205", "Due to high caseloads in the team, visits were not completed in October.")
    assert "high caseloads" in f.message and "workload" in f.message


# AL205 read from the parse, with no cue word: a circumstance of the service
# (a clause with a professional, team or post as subject that says it was
# elsewhere, busy or new; a causal phrase naming the service) set against a
# shortfall. Each generalisation with the near misses that keep it honest.
@pytest.mark.parametrize(
    "text",
    [
        # "away": the professional somewhere else, as the cause (be + phrase)
        "Supervision was postponed because the manager was in court.",
        "The visits slipped because the social worker was away on a training course.",
        "Visits were not completed as we were two workers down over the summer.",
        "Oversight is limited, the TM being off for much of the period.",  # absolute participle
        # "elsewhere": passive of being taken elsewhere, in any relation
        "SW was redeployed to the front door for six weeks, which is why no visits are logged for April.",
        "Direct work hasn't happened - SW has been tied up in care proceedings on another case.",
        "Visits to XXXX became sporadic after the worker was seconded to the MASH for the summer.",
        "No direct work has been done, as the worker's time has been taken up with court.",  # the worker's time
        # "load": carrying other, counted or another post's work
        "No life story work has been started; the allocated worker is part-time and holds a full caseload.",
        "The worker had to prioritise higher-risk cases that month, so the review paperwork was late.",
        "Supervision notes are sparse, but the team manager was also acting up as service manager.",
        "Whilst I appreciate the worker was covering for an absent colleague, the visit records are thin.",
        "With only one manager covering duty and the long-term team, supervision was missed in May.",
        # a causal phrase that names the service
        "The CP review slipped by a fortnight owing to the IRO's heavy diary.",
        "Delay in convening the ICPC is attributable to the team being two social workers down.",
        "The assessment went out of timescale, largely down to the worker being on jury service.",
        "Recording has slipped since the move to the new case management system.",
        "Management oversight has been limited by the restructure of the service.",
        "Because of the backlog created by the system migration, the chronology is six months out of date.",
        "There was a six-week gap in visits which coincided with the worker's surgery and recovery.",
        "Core groups have not been held, which must be seen in the context of the team losing its senior practitioner.",
        "The manager's oversight has been minimal, she having been seconded to the front door project.",  # pronoun
        "Visits were out of timescale; the team was overloaded with new referrals.",
        "Visits haven't been monthly - the team has been firefighting since Easter.",  # unknown to the lemmatiser
        # an acknowledging frame over a circumstance
        "It must be recognised that the team was carrying an unprecedented number of referrals.",
        "I am mindful that the social worker was still in her first year of practice, and the gaps should be seen in that light.",
        # note style, and a circumstance stated right after the shortfall
        "Plan not reviewed; team on skeleton staff over Christmas.",
        "The plan has not been updated. The worker has had a lot of other cases to deal with.",
    ],
)
def test_al205_circumstances_from_the_parse_fire(text):
    assert fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        "The worker was at the core group but did not challenge Mother's account.",  # present, not away
        "The worker has been in post since January and has not yet met Father.",  # "since" inside the clause
        "Because the worker was in regular contact with the school, the drift was picked up quickly.",
        "The allocated worker has held the case since March but has not completed the assessment.",  # not load
        "The worker has been carrying the case for two years and knows XXXX well, but the plan has drifted.",
        "The social worker will hold a second family network meeting, in case grandmother cannot help.",  # a plan
        "Since the team manager's review in May, visits have not been fortnightly.",  # a practice event
        "Contact was cancelled due to the team's safeguarding concerns.",  # a reason, not a pressure
        "Due to the worker's failure to chase the school, the assessment was delayed.",  # accountability
        "Because the referral sat with the duty team for six weeks, the boys did not start their therapy.",
        "Recording in this period has been weak, with gaps of up to six weeks between case notes.",
        "Since the new team manager started, supervision has been monthly and no visits have been missed.",
        "The worker was off sick in June; the team manager visited XXXX in her place and no visits were missed.",
        "The delay is not down to workload: the worker had capacity and did not start the assessment.",  # refused
        "Supervision records show the manager asked about caseload pressures, but the plan was not discussed.",
        "There is no evidence of a handover when the case transferred, so the new worker did not know the history.",
        "Covid restrictions meant XXXX could not see her grandparents for four months.",  # the family's experience
        "The school was closed during lockdown, so XXXX missed a term of education.",
        "When the worker was off sick, no cover was arranged and XXXX was not visited for six weeks.",
        "XXXX's mother works nights and is often too tired to attend the core group.",  # a parent's workload
        "Because XXXX was in hospital with appendicitis, the review was moved back a week.",  # the child's illness
        "The court directed a further parenting assessment, which is why the final hearing was adjourned.",
        "The team has been short-staffed this year; despite this, every visit to XXXX was on time.",
        "Although the team has been busy, this does not excuse the absence of any visits for eight weeks.",  # refused
        "The manager reviewed the worker's caseload and allocated a second worker, but visits remain late.",  # acted on
        "Since the handover in June, the new worker has not visited XXXX.",  # a date, not a cause
        "XXXX's school attendance fell in the context of the domestic abuse at home.",  # the family's context
        "The worker's annual leave was covered by a senior practitioner, who visited XXXX twice.",
        "Mother has been struggling since the birth and the home conditions have deteriorated.",
    ],
)
def test_al205_circumstance_near_misses(text):
    assert not fires("AL205", text)


def test_al205_circumstance_message_quotes_the_clause():
    [f] = fired("AL205", "Supervision was postponed because the manager was in court.")
    assert "the manager was in court" in f.message and "absence" in f.message


# --------------------------------------------------------------------------
# The lexicon rule type is generic: the same type reads another lexicon
# (the jargon list) with that lexicon's own field names.
# --------------------------------------------------------------------------
def test_lexicon_type_reads_a_jargon_style_lexicon():
    spec = load_specs()["AL401"].model_copy(
        update={
            "code": "AL999",
            "name": "jargon-check",
            "parameters": {
                "lexicon": "jargon",
                "term_field": "phrase",
                "match_field": "match",
                "suggestion_field": "plain",
                "exceptions_field": "exceptions",
            },
        }
    )
    eng = Engine(Config(select=["AL999"]), specs={"AL999": spec})

    def hits(text: str) -> list:
        return [f for f in eng.check([audit_with(4, [text])])[0].findings if f.code == "AL999"]

    [f] = hits("XXXX absconded twice in the summer.")  # a lemma entry: abscond
    assert f.excerpt == "absconded" and "missing" in f.suggestion
    assert hits("XXXX is doing well in her placement.")
    assert not hits("The placement plan was updated in May.")  # the entry's own exception
    assert not hits('XXXX said she "absconded" because she was frightened.')  # quoted


def test_lexicon_type_rejects_unknown_parameters():
    from auditlint.errors import ConfigError

    spec = load_specs()["AL401"]
    with pytest.raises(ConfigError):
        Engine(Config(select=["AL401"], rules={"AL401": {"no_such_key": 1}}), specs={"AL401": spec})


# --------------------------------------------------------------------------
# Lexicon additions for issue 3 (emotive and blaming words writers use)
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The absence of any safety plan after the disclosure is deeply disturbing.",
        "This is a shambolic plan with no owners and no dates.",
        "The decision to close the case is baffling.",
        "It is hard to believe that nobody visited for eleven weeks.",
        "The delay in the referral is deeply troubling.",  # intensified
    ],
)
def test_al401_fires_on_added_words(text):
    assert fires("AL401", text)


@pytest.mark.parametrize(
    "text",
    [
        "She is not up to the job, as the last three assessments show.",
        "The manager signed off the plan and should have known better.",
    ],
)
def test_al402_fires_on_added_phrases(text):
    assert fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "The delay in the referral is troubling, because XXXX's self-harm has increased since May.",  # not intensified
        "The plan failed to address Mother's drinking, so the risk to XXXX at weekends remained.",
        "Mother failed to attend three of the four contact sessions, and XXXX was upset each time.",
    ],
)
def test_issue3_near_misses_stay_quiet(text):
    assert not fires("AL401", text) and not fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "Father's shouting at contact was frightening for XXXX, who hid behind her carer.",
        "The incident was terrifying for the children.",
        "The move was frightening to her.",
    ],
)
def test_al401_what_a_person_went_through_is_not_the_auditors_opinion(text):
    assert not fires("AL401", text)


def test_al401_an_experiencer_that_is_not_a_person_is_still_emotive():
    assert fires("AL401", "The drift is frightening for anyone reading this file.")
    assert fires("AL401", "The chronology is frightening to read.")


def test_al401_hyperbole_against_the_writers_experience():
    [f] = fired("AL401", "This is the worst chronology I have seen in twenty years.")
    assert f.excerpt.startswith("worst chronology I have seen")
    assert not fires("AL401", "The worst outcome for XXXX would be another move.")


# --------------------------------------------------------------------------
# Round 2: shapes other auditors use (blame of services and parents, blame as a
# question, excuses by juxtaposition, outside delays, clinical gradings)
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The nursery's concerns were ignored by the duty team.",  # passive, a service as agent
        "Concerns from school were brushed aside by the social worker.",  # passive phrase, the agent blamed
        "How could the IRO not have noticed that the plan was a year old?",  # accusing question
        "Why did the worker not visit after the second referral?",
        "Surely the team manager should have spotted this in supervision?",
        "Once again Mother has refused to let the worker see the bedrooms.",  # exasperation: any adult
        "Dad just could not be bothered to turn up to the core group.",  # attitude verb: any adult
        "The police dropped the ball and never passed on the log.",  # idiom: a service
        "The GP let the family down by not following up the missed appointments.",  # phrasal verb split
        "There is no excuse for the manager closing the case without a visit.",
        "Father is entirely to blame for the missed contact.",
        "The fault lies with the school, which never sent the referral.",
        "Responsibility for the delay rests firmly with the previous IRO.",
        "Mother has again chosen her partner over her children.",  # selfish choice
        "It is difficult to understand why the worker closed the case.",
        "The carer showed complete disregard for the safety plan.",
        "The worker inexplicably closed the case a week after the disclosure.",
        "The failure here lies squarely with the previous worker.",
        "Dad's complete disregard for the written agreement has left XXXX exposed.",  # attitude noun, any adult
    ],
)
def test_al402_round2_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "XXXX chose not to attend her review.",  # the child's own choice
        "Mother failed to attend three of the four contact sessions.",  # a parent's plain omission
        "The school failed to send the attendance data until asked twice.",  # factual verb, a service
        "The police refused the request for disclosure.",
        "Responsibility for updating the plan lies with the IRO.",  # a duty, not a fault
        "Should the worker have visited sooner? On balance, yes.",  # a question weighed and answered
        "Was XXXX's voice heard in the plan? The record does not show it.",
        "Mother says the school let her down.",  # her account, not the auditor's
        "Father sat on the sofa with XXXX during the visit.",
        "Dad chose his words carefully when talking about the move.",
        "It is hard to see why the plan was changed in May.",  # nobody named
        "The worker did not visit in August.",  # a factual omission
        "Mother's neglect of XXXX's health needs is the main concern.",  # a category of harm
        "The failure to visit lies outside the audit period.",
        "Father gave up drinking in January and has stayed sober.",
        "School have not sent the attendance figures despite two requests.",
    ],
)
def test_al402_round2_near_misses(text):
    assert not fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "Case notes for April are missing; there was a system outage for ten days.",  # juxtaposed
        "Supervision did not happen in Jan - mgr off sick.",  # note style, a dash
        "The return home interview was not done, there being no capacity in the commissioned service.",  # absolute
        "The review was not held, the team having been without a manager since June.",
        "Her views were not recorded as no Arabic interpreter could be found.",  # "as" the parser misreads
        "The care plan is out of date, due in part to the data migration to the new system.",
        "The final hearing overran, largely because it was adjourned by the court twice.",
        "Most of the drift can be put down to the pressures the team was under in the spring.",
        "The lack of oversight should be seen in the context of a restructure of the service.",
        "Visits were late because the worker spent most of May in court.",
        "Admittedly the IRO was chairing twice the usual number of reviews at the time.",  # conceding adverb
        "No life story work was done; the worker was on duty most days.",  # circumstance after a semicolon
        "The delay is partly explained by the loss of the team's business support officer.",
    ],
)
def test_al205_round2_fires(text):
    assert fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        "An interpreter was not used at the first visit, so Mother's account may be incomplete.",  # the finding
        "An interpreter was booked for every visit, so Mother took a full part in the meetings.",
        "XXXX did not attend school during the outage at the bus company.",  # the family's, not practice
        "There was a system outage in May; no visits were missed and notes were added on time.",  # nothing lost
        "There was a Mosaic outage in March; the worker kept paper notes, so nothing was lost.",
        "The pandemic meant XXXX did not see her grandparents, and she still talks about missing them.",
        "As a new manager I would have expected the decision to be recorded; its absence makes it hard to follow.",
        "Visits were not completed in October; the worker has since visited weekly.",
        "Mother missed the appointment as she was in court for her own criminal case.",
        "The worker spent an hour with XXXX at school and she showed him her drawings.",
        "Admittedly, the plan is weak in places.",  # a concession with no circumstance
        "Granted, XXXX's mother did not attend the review.",
        "The IRO chaired three reviews this year; none was late.",  # the shortfall is denied
        "The delay is explained by Mother's repeated cancellations.",  # the family's, not the service's
        "The plan was not updated - the worker must do this by 1 March.",
        # with only a semicolon between, a place is not a circumstance: it is the work itself
        "No safety plan was agreed; the worker was at the house for two hours and spoke to both parents.",
        "Supervision was not recorded; the manager was present at every session according to the worker.",
    ],
)
def test_al205_round2_near_misses(text):
    assert not fires("AL205", text)


def test_al401_intensified_negative_fires():
    assert fires("AL401", "There was absolutely no management oversight for eight months.")


@pytest.mark.parametrize(
    "text",
    [
        "XXXX's speech is grossly delayed for her age.",  # a clinical grading
        "The paediatrician noted a grossly delayed speech age.",
        "XXXX's language is severely delayed.",
        "The MARAC rated the risk as high following a serious assault on Mother.",
        "XXXX has profound and multiple learning disabilities.",
        'XXXX said the house was "disgusting" and there was never any food.',
    ],
)
def test_al401_round2_near_misses(text):
    assert not fires("AL401", text)


def test_al401_intensified_practice_delay_still_fires():
    assert fires("AL401", "The assessment was grossly delayed.")


# --------------------------------------------------------------------------
# Round 3: error classes found on new writers' material (tune-r3-tone.yaml)
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Sadly, XXXX's uncle died in the spring and she misses him.",  # sympathy for a family event
        "Sadly, her grandmother was taken into hospital in May.",
        "XXXX has been through a frightening year and is beginning to settle.",  # what the child went through
        "XXXX has had an awful few months at school.",
        "XXXX finds family time upsetting and asked for it to be shorter.",  # her feeling, not the auditor's
        "Father was horrified to hear about the injury and came straight to the hospital.",
    ],
)
def test_al401_round3_family_experience_is_not_the_auditors_opinion(text):
    assert not fires("AL401", text)


@pytest.mark.parametrize(
    "text",
    [
        "Sadly, the worker did not visit for two months.",  # the adverb on the practice still fires
        "Heartbreakingly, XXXX asked whether she could go home.",  # not a sympathy adverb
        "I was horrified to read that the plan had not been reviewed.",  # the auditor's own reaction
        "I find it deeply upsetting that nobody visited.",
        "The recording is pitiful.",
        "The delay in the review is unconscionable.",
        "The supervision notes are painfully thin.",
        "This was an utter failure of oversight.",
    ],
)
def test_al401_round3_fires(text):
    assert fires("AL401", text)


@pytest.mark.parametrize(
    "text",
    [
        "The assessor has a cavalier attitude to risk.",  # a trait of a stance the person holds
        "Unprofessional behaviour by the manager at the conference upset Mother.",
        "It is the IRO's fault that the review slipped.",
        "The team manager is personally responsible for the drift.",
        "The worker's lack of commitment to the family is clear.",  # lack of an attitude, owned by a role
        "The manager's inaction left XXXX at risk.",
        "The worker made no attempt to contact Father.",
        "Mum simply doesn't care whether XXXX eats.",  # negated caring judges any adult
        "The caseworker dropped the ball on the school referral.",
        "The worker palmed Mother off with a leaflet.",
        "The manager failed XXXX when it mattered.",  # fail with a person as its object: let down
        "CAMHS washed their hands of the family.",
    ],
)
def test_al402_round3_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "Through no fault of the worker, the review moved to May.",  # an excuse (AL205), not blame
        "It was not the worker's fault that the interpreter cancelled.",
        "The manager is responsible for chairing the review.",  # a duty, not fault
        "Mother does not care for XXXX's younger brother at weekends.",  # care for: looking after
        "The plan failed to address the school refusal.",
        "XXXX has a hopeless feeling about going home.",  # the child is never blamed
    ],
)
def test_al402_round3_near_misses(text):
    assert not fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "Case notes for June are missing; the team's laptops were withdrawn for repair.",  # passive, service-owned
        "With the recording system offline for a fortnight, workers could not update the plan.",  # absolute clause
        "The worker moved onto the court team in May so the plan was not reviewed.",  # active move to other work
        "The review was stood down as the chair had been double-booked.",
        "The strategy meeting was postponed because the manager had to attend a panel.",
        "The life story work was paused when the family support worker went on sick leave.",  # a role, not the family
        "The chronology has not been updated, though the team was three workers down.",
        "Direct work is thin, reflecting the practitioner's heavy court load.",  # only the verb's object is the cause
        "The review was late because the IRO service had been short of staff since May.",
        "The reason for the brief assessment is that the worker was only weeks into her first post.",
        "Visits fell to six-weekly when the worker went part-time.",
        "Supervision lapsed because the manager was also covering the duty team.",
        "The plan has not moved on, and I would ask the reader to bear in mind the pressures on the service.",
        "The analysis is not as detailed as it should be, but the team was covering two localities at the time.",
        "The gaps in recording should be viewed alongside the team's vacancy rate.",  # a frame to weigh it
        "Given her heavy caseload, the worker's recording is behind.",  # "her" is the worker
    ],
)
def test_al205_round3_fires(text):
    assert fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        "XXXX went to the cinema with an agency worker because no carer was free that evening.",  # company, not cause
        "The manager was off sick in March and the deputy kept supervision going without a gap.",
        "The worker's sick leave left the case without a visit for a month, and this should have been escalated "
        "so that cover was arranged.",  # the missing response is the finding
        "These delays are down to a worker who was out of her depth.",  # a failing as the cause: blame
        "Staffing pressures should be raised with the head of service; they do not change the grade.",
        "Responsibility for the plan sits with the allocated worker.",
        "The worker was busy with XXXX's court statement, which the judge praised.",
        "Mother's drinking should be seen in the context of her recent bereavement.",  # "her" is Mother
        "Given her recent bereavement, Mother has missed some appointments.",
    ],
)
def test_al205_round3_near_misses(text):
    assert not fires("AL205", text)



# --------------------------------------------------------------------------
# Round 4: classes read from the parse (new sentences, not from the corpus)
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "We were left speechless by the state of the case summary.",  # the writer's reaction, no lexicon word
        "It is inconceivable that the strategy meeting was never reconvened.",  # "it is ADJ that ..."
        "Readers will be disappointed to see that the plan still has no dates.",  # the readers' projected reaction
        "It is a pity that the review did not ask XXXX about school.",  # a reaction noun as the predicate of "it"
        "This is the thinnest assessment I have audited.",  # a negative superlative against the writer's experience
        "I have never seen a chronology with fewer entries.",  # "never" + a comparison in the object
        "The contingency plan is totally pointless.",  # an intensified adjective of lack
        "The case summary is a complete mess.",  # a literal-sense noun used as a verdict
    ],
)
def test_al401_round4_fires(text):
    assert fires("AL401", text), text


@pytest.mark.parametrize(
    "text",
    [
        "XXXX's grandmother was sad to leave the area, and I have never met her.",  # not the writer's reaction
        "I was sad to hear that XXXX's uncle died in the spring.",  # sympathy for the family's news
        "There was cat mess in the hallway and the bins were overflowing.",  # "mess" as the thing itself
        "XXXX still has nightmares about the fire.",  # literal
        "The worker made an extraordinary effort to find a placement near school.",  # describes, does not react
        "The school staff were shocked by the bruising and called the police.",  # a third party's reaction
        "The foster carer described the contact as 'frightening and chaotic'.",  # straight single quotes
        "Transition planning was completely seamless.",  # a positive -less word
    ],
)
def test_al401_round4_near_misses(text):
    assert not fires("AL401", text), text


@pytest.mark.parametrize(
    "text",
    [
        "Once again the social worker has not updated the chronology.",  # a repeated failing
        "The team manager somehow managed to miss the second referral.",  # sarcasm about a loss
        "I might well ask how the manager could have closed the case that week.",  # embedded "how could ... have"
        "The case was closed by the worker, whose careless recording is a pattern.",  # "whose" -> the worker
        "The team leader failed to share the minutes with the Reporter.",  # a Scottish role title
        "I feel the IRO let XXXX down at the last review.",  # the auditor's own view is not reported speech
        "No effort was made by the duty worker to reach Father.",  # a negated attitude noun with a role agent
        "It is unacceptable that the manager signed the plan without reading it.",  # a verdict on what a role did
        "Mr Okoye (team manager) neglected to record his decision.",  # a name with a role in apposition
        "I honestly do not know what the IRO was doing in those months.",  # wondering what a role did
        "The worker's so-called direct work was one conversation in the car.",  # sarcasm about a role's work
    ],
)
def test_al402_round4_fires(text):
    assert fires("AL402", text), text


@pytest.mark.parametrize(
    "text",
    [
        "Once again the visit was rearranged because XXXX was ill.",  # a repeat with nobody's failing
        "The team manager managed to find a placement close to school.",  # "managed to" with an achievement
        "Mr Okoye, XXXX's uncle, neglected to tell anyone about the move.",  # a family member in apposition
        "It is unacceptable that XXXX waited five months for an appointment.",  # a fair finding, aimed at no one
        "I do not know what XXXX's wishes are, as she was not asked.",  # not what a professional did
        "The review panel felt the word 'neglected' in the audit was unfair to the worker.",  # quoted word
    ],
)
def test_al402_round4_near_misses(text):
    assert not fires("AL402", text), text


@pytest.mark.parametrize(
    "text",
    [
        "The review was late because there were only two managers in the service.",  # too few staff, existential
        "The visit was cancelled as the worker had court that morning.",  # other work named as "have"'s object
        "The social worker missed the core group because she had far too many cases that month.",  # pronoun -> the worker
        "Supervision: 2 of 6 sessions held; TM on leave for the summer.",  # a short count and a note
        "Plan review overdue, IRO post vacant since June.",  # a verbless note about the post
        "Staff absence was high that winter, and the drift on this case should be seen in that light.",  # weighing
        "We recognise the pressures the team was under, but the plan has not moved.",  # the auditor acknowledges
        "The assessment was delayed given the demand on the front door.",  # the front door is the service
        "The manager, who had inherited the team from a colleague on secondment, did not review the plan.",
    ],
)
def test_al205_round4_fires(text):
    assert fires("AL205", text), text


@pytest.mark.parametrize(
    "text",
    [
        "The worker's leave in April does not explain why no visit happened in June.",  # refused
        "The plan has not been reviewed since the case moved to the locality team in May.",  # "since" dates it
        "Far from being a case that drifted because of staffing, this one drifted while fully staffed.",  # refused
        "There were only two people at the core group: Mother and the worker.",  # not too few staff for the work
        "Mother had court on Tuesday and missed the contact session.",  # the parent's obligation
        "Supervision: 6 of 6 sessions held; TM on leave for one week.",  # the count is complete
    ],
)
def test_al205_round4_near_misses(text):
    assert not fires("AL205", text), text


# --------------------------------------------------------------------------
# Round 5 (blind writer): classes fixed through the parse, each with a near miss.
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The direct work is a lovely, lovely piece of practice.",  # an adjective said twice
        "Recording is poor, poor, poor.",
        "XXXX is so fortunate to have this carer!",  # an evaluation carried by the writer's exclamation
        "The visits were late yet again!",  # a predicate adjective in the writer's exclamation
        "Brilliant recording!",  # a verbless exclaimed fragment
        "What a thoughtful piece of life story work.",  # an exclamative "what a ..."
        "Adored the memory box the carer made with her.",  # note style drops the writer as subject
        "We were deeply touched reading her letter to the panel.",  # the writer's reaction, passive
        "I am tired of reading the same action in every audit.",
        "The minutes of the last review are heartbreaking to read.",  # 'devastating' class: reader's reaction
        "I have seldom seen a thinner chronology.",  # rarely/seldom measures against experience like never
        "I cannot thank the carers enough.",  # words fall short
        "Shocking.",  # a one-word verdict the tagger takes for a name
        "Poor Jamie has waited two years for a life story book.",  # pity before a person
        "The worker is a star.",  # a verdict noun of praise
        "The family has been failed miserably by every agency.",  # an intensifier after the verb
        "I feel honoured to have read such careful work.",
    ],
)
def test_al401_round5_fires(text):
    assert fires("AL401", text), text


@pytest.mark.parametrize(
    "text",
    [
        "The chronology is thorough.",  # plain praise is a fair finding
        "Supervision notes are excellent and every decision has a reason.",
        "XXXX said \"it's brilliant, brilliant here!\" when asked about her carers.",  # quoted, with "!"
        "We moved the review to a Tuesday so Father could attend.",  # "moved" as an action with an object
        "XXXX was moved to her grandmother's in March.",
        "Father works shifts and is often too tired to attend the core group.",  # the conjuncts share the subject
        "Her aunt loves her and visits weekly.",  # someone else's feeling
        "I have never met Father.",  # no comparison
        "Poor attendance at school was not followed up.",  # "poor" grades a thing
        "Half the plan is missing entirely.",  # "entirely" after the verb says how much
        "The carers had to clear up the mess in the kitchen, the broken door and the dog.",  # mess as a thing
        "Same school, same mess, same teacher.",  # an item in a list, not a verdict
        "Staff turnover is no excuse for XXXX waiting six months to meet her worker.",  # a refusal, not emotive
    ],
)
def test_al401_round5_near_misses(text):
    assert not fires("AL401", text), text


@pytest.mark.parametrize(
    "text",
    [
        "The social worker never bothered to ring the school back.",  # "never" negates the phrase like "not"
        "Careless recording throughout: dates are wrong on half the visits.",  # a trait only a person can have
        "The team manager did not lift a finger to get the assessment started.",
        "The IRO never once asked to see XXXX on her own.",  # emphatic total omission
        "The worker did not make any attempt to contact the father.",  # "any" under a negated verb
        "The practitioner has falsified the dates of two visits.",
        "The manager couldnae be bothered chasing the school.",  # a Scots negative auxiliary
        "The allocated worker let the plan drift for most of the year.",
    ],
)
def test_al402_round5_fires(text):
    assert fires("AL402", text), text


@pytest.mark.parametrize(
    "text",
    [
        "Disorganised recording makes the file hard to follow.",  # a word that also grades a thing
        "The worker never failed to visit on time.",  # a negated blame verb
        "XXXX never once missed a contact session.",  # the child, not a professional
        "The delay was down to court dates rather than anyone's failure.",  # the alternative set aside
        "The worker did not make any changes to the plan.",  # not an attitude noun
        "The carers let the ball slide down the garden.",  # literal, with a place
    ],
)
def test_al402_round5_near_misses(text):
    assert not fires("AL402", text), text


@pytest.mark.parametrize(
    "text",
    [
        "Supervision did not happen in May because the manager had too much work.",  # "much" counts load too
        "The review was late, but the IRO had four panels that week, so I would not blame the service.",
        "Visits were missed in March; it would not be fair to criticise the worker, who was covering two teams.",
        "The plan was not updated, but I don't think it is right to blame the team.",
    ],
)
def test_al205_round5_fires(text):
    assert fires("AL205", text), text


@pytest.mark.parametrize(
    "text",
    [
        "The team has lost three workers this year; that is no reason for XXXX to go unseen for ten weeks.",
        "I do not accept that the vacancy explains why XXXX's plan was never reviewed.",  # negation on the frame
        "The manager was covering two teams, but I would not see that as changing the grade.",
        "Dad complained about the cancelled visit, and to be fair he was right.",  # conceded to the family
        "The reason for the late review was not recorded.",  # 'reason' as a subject does not refuse
    ],
)
def test_al205_round5_near_misses(text):
    assert not fires("AL205", text), text


# --------------------------------------------------------------------------
# Round 6: classes read from the parse (blame on a professional's attitude or
# competence, someone else's account, a measure of extent) and the index of forms.
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The social worker was unwilling to challenge Mother about the drinking.",  # unwillingness of a professional
        "The IRO was reluctant to escalate the drift.",
        "The social worker has no grasp of XXXX's needs.",  # attention or understanding denied
        "The worker showed little interest in the father's side of the family.",  # "little" as an adjective
        "The manager showed a total lack of curiosity about why XXXX kept running away.",
        "The social worker didn't have a clue what was going on in that house.",  # negated verb, "a" + noun
        "The practitioner lacks the basic skills to do this job.",  # competence denied
        "A more conscientious worker would have checked the address.",  # a better professional imagined
        "A better manager would have asked why.",
        "The duty manager closed the referral and she got it badly wrong.",
        "The social worker dragged her feet over the referral to CAMHS.",
        "The manager abdicated responsibility for the case.",
        "The worker wasn't interested in what XXXX had to say.",  # interest denied to a professional
        "The worker was more concerned with keeping Mother happy than with XXXX's safety.",  # misplaced priority
        "The SW just couldn't be arsed to visit.",
    ],
)
def test_al402_round6_fires(text):
    assert fires("AL402", text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mother was reluctant to engage with the parenting course.",  # a parent's stance, a fact of the case
        "XXXX was reluctant to talk about home.",  # the child
        "The worker was reluctant at first, but visited weekly from May.",  # no act withheld
        "The worker was not reluctant to challenge Mother.",  # negated
        "Father had no understanding of XXXX's needs.",  # a parent, not a professional
        "XXXX lacks the skills to manage her anger.",
        "The team lacks capacity to hold more cases.",  # capacity is not competence
        "The worker showed real curiosity about XXXX's friendships.",  # not denied
        "Mother said the worker had no grasp of the situation.",  # Mother's view, reported
        "A more experienced worker would have been allocated if one had been available.",  # passive: no judgement
        "The worker did not get it wrong.",  # a blame phrase negated
        "The worker did not sit on the referral; it was passed to the manager the same day.",
        "Mother wasn't interested in what XXXX had to say.",  # a parent
        "The worker was not concerned about the bruise because the GP had seen it.",  # a judgement of risk
        "XXXX was more interested in football than in school.",
        "The worker was not bothered by Father's shouting and carried on with the visit.",  # not "to" do anything
    ],
)
def test_al402_round6_near_misses(text):
    assert not fires("AL402", text), text


@pytest.mark.parametrize(
    "text",
    [
        "I think the plan is appalling.",  # the writer's own view
        "The plan can only be described as a shambles.",  # passive with a modal: the writer's description
        "I would describe the chronology as a disgrace.",
        "The plan is completely inadequate.",  # an extent adverb on a verdict is emphasis
        "The chronology is a car crash.",  # the same words as a verdict
        "The file was left in a mess.",
    ],
)
def test_al401_round6_fires(text):
    assert fires("AL401", text), text


@pytest.mark.parametrize(
    "text",
    [
        "The police described the home conditions as appalling.",  # someone else's account, unquoted
        "Mother said the flat was a nightmare to keep warm.",
        "XXXX describes her father as scary when he drinks.",
        "The case was described at conference as a disaster waiting to happen.",  # past passive, reported
        "Father has been completely absent from XXXX's life since 2019.",  # extent of a state, not emphasis
        "XXXX disclosed horrific sexual abuse by her uncle.",  # what the child went through
        "The Wonderful Wednesdays group has helped XXXX make friends.",  # part of a name
        "XXXX's behaviour has been disturbing her sleep.",  # the verb in its plain sense, with an object
        "Mother's prognosis is bleak, and XXXX knows she may not recover.",  # a clinical outlook
    ],
)
def test_al401_round6_near_misses(text):
    assert not fires("AL401", text), text


@pytest.mark.parametrize(
    "text",
    [
        "The worker was stuck in court for most of April, so the visits were missed.",
        "The worker was snowed under with court work and the assessment was late.",
        "Caseloads in the team were in the high twenties, and this is reflected in the brevity of the case notes.",
    ],
)
def test_al205_round6_fires(text):
    assert fires("AL205", text), text


@pytest.mark.parametrize(
    "text",
    [
        "XXXX was stuck at home during the lockdown and missed a term of school.",  # the child's own experience
        "The worker stuck with XXXX through three placement moves.",
        "The delay was driven by Mother's refusal to sign the consent form.",  # the family's cause
        "The worker was snowed under with court work, but visits stayed fortnightly.",  # no shortfall
    ],
)
def test_al205_round6_near_misses(text):
    assert not fires("AL205", text), text


def test_tokens_with_agrees_with_a_walk_over_the_tokens():
    from auditlint.ruletypes.lexicon import token_forms
    from auditlint.ruletypes.tone.word_lists import tokens_with

    from auditlint import nlp

    doc = nlp.parse(["The worker did not explain why. Far from it, she refused; no cover was arranged."])[0]
    words = {"explain", "far", "cover", "refuse", "absent"}
    for span in [doc, *doc.sents]:
        walked = [t.i for t in span if token_forms(t) & words]
        assert [t.i for t in tokens_with(span, words)] == walked
    assert [t.text for t in tokens_with(doc, words)] == ["explain", "Far", "refused", "cover"]


def test_shared_doc_tables_agree_with_a_walk_over_the_tokens():
    """The forms index read from the sentence analysis's index ("an" as "a", curly apostrophes straightened),
    the non-hyphen keys of a hyphenated text, and the one per-Doc table of every word list in use."""
    from auditlint import nlp
    from auditlint.docview import DocView
    from auditlint.ruletypes.lexicon import doc_keys, token_forms
    from auditlint.ruletypes.tone.word_lists import tokens_with

    text = "An over-stretched team didn’t visit; the IRO’s plan wasn't reviewed. A re-referral was an option."
    for doc in (nlp.parse([text])[0], DocView(nlp.parse([text])[0])):
        dk = doc_keys(doc)
        at: dict[str, list[int]] = {}
        for t in doc:
            for f in token_forms(t):
                at.setdefault(f, []).append(t.i)
        assert dk.at == at
        keys = [t.i for t in doc if t.text not in ("-", "‐")]
        assert len(dk.keys) == len(keys) and [dk.keys[k] for k in range(len(keys))] == [
            token_forms(doc[i]) for i in keys]
        assert dk.key_at == {f: [k for k, i in enumerate(keys) if f in token_forms(doc[i])]
                             for f in {f for i in keys for f in token_forms(doc[i])}}
        lists = [frozenset({"visit", "a"}), frozenset({"didn't", "review"}), frozenset({"absent"}), {"iro", "plan"}]
        for words in lists + [frozenset({"option", "team"})]:  # (the last first asked for after the table is made)
            for span in [doc, *doc.sents]:
                assert [t.i for t in tokens_with(span, words)] == [t.i for t in span if token_forms(t) & words]


# --------------------------------------------------------------------------
# Measured quality on the labelled sentences (tune and holdout splits).
# Floors are what was measured on the whole split, rounded down to 2 dp.
# --------------------------------------------------------------------------

FLOORS = {
    # (code, split): (precision, recall). Round 3 added tune-r3-tone.yaml and tune-r3-analysis.yaml to the tune
    # split (harder material in new voices; tune floors re-measured on the whole split). Unseen, before the round's
    # fixes, on the tone helper's first batch: AL205 16/2/24, AL401 28/5/12, AL402 14/2/28.
    # Round 4 added tune-r4-tone.yaml (and tune-r4-analysis.yaml) to the tune split; tune floors re-measured on the
    # whole split. Unseen batch A before fixes: AL401 10/4/6, AL402 6/1/9, AL205 12/2/10.
    # Round 5 added tune-r5-blind.yaml (a writer who never saw the rules): batch B before 10/2/10, 13/2/7, 14/1/3;
    # unseen after batch A's fixes 12/2/8, 13/2/7, 14/1/3; after its own 20/1/0, 19/1/1, 15/0/2.
    # Session 6: fixes against batch B of tune-r5-blind; batch A unseen, unchanged before and after. Then
    # tune-r6-blind.yaml (a sixth blind writer, measured unseen before and after the round: AL401 22/2/7 both times,
    # AL402 12/3/4 -> 13/3/3, AL205 20/4/9 both times) joined the tune split; tune floors re-measured on it.
    # Session 7: AL205 cause shapes and AL401 superlatives, "beyond" + adjective, overstating: tune without the blind
    # sets AL205 240/2/25 -> 250/2/15, AL401 184/5/7 -> 189/5/2; r6 unchanged; held-out AL205 holdout4 24/4/3 -> 25/4/2,
    # AL401 unchanged once shouted words were left to AL403 (they had cost holdout and holdout3 a false positive each).
    # tune-r7-blind.yaml (seventh blind writer; unseen before and after: AL401 17/3/6, AL402 14/2/7, AL205 17/1/12)
    # then joined the tune split: whole tune AL401 228/10/15, AL402 213/7/23, AL205 287/7/36.
    # Session 9: tune-r9-blind.yaml (ninth blind writer, measured unseen on 5fcf52d: AL401 38/4/6, AL402 26/1/18,
    # AL205 26/3/8) joined the tune split; its miss classes were then fixed as classes (r9 alone: AL401 41/4/3, AL402
    # 42/1/2, AL205 31/0/3; whole tune AL401 269/14/18, AL402 256/8/24, AL205 320/4/37). Held-out, measured once:
    # AL205 holdout2 19/5/10 -> 19/4/10, holdout3 20/3/6 -> 20/2/6; AL401 and AL402 unchanged (AL402's recall on
    # holdout2-4 did not move: the r9 blame classes did not transfer).
    # Session 10: tune-r10-blind.yaml (tenth blind writer, measured unseen on HEAD: AL401 32/7/4, AL402 14/2/16, AL205
    # 26/4/5) joined the tune split (whole tune then AL401 301/21/22, AL402 270/10/40, AL205 346/8/42); its classes
    # fixed with the parse (workers named by first name, services as subjects, sneer tags, verdict nouns on a person,
    # "without lifting a finger"; AL401 leaving a sentence that names whom it blames to AL402, adjectives mistagged
    # after "its"/"so"; AL205 excuses that decline to judge, concessions set aside, covered absences): r10 alone AL401
    # 36/2/0, AL402 29/1/1, AL205 31/0/0; whole tune AL401 307/9/16, AL402 286/8/24, AL205 355/4/33. Held-out,
    # measured once after: AL401 holdout 15/0/1, holdout2 14/3/1, holdout3 21/5/3, holdout4 32/1/4; AL402 holdout3
    # 14/0/7, holdout4 16/2/5 (this time the blame classes moved held-out recall); AL205 holdout2 18/4/11 (one lost:
    # see test_analysis), holdout3 21/2/5.
    # Session 13: tune-r13-blind.yaml (thirteenth blind writer; unseen on 6ec5627 AL401 31/4/16, AL402 31/1/26, AL205
    # 24/5/13) joined tune; its classes fixed from the parse (r13 alone after: AL402 56/0/1, AL205 34/0/3, AL401 35/3/12,
    # ten of its twelve AL401 misses are shouted capitals, AL403's). Held-out after, measured by the lead: AL205
    # holdout2 19/4/10, holdout3 21/2/5; AL401 and AL402 unchanged (AL402's recall on holdout2-4 did not move again).
    # A fixer ran this file's held-out floors while working: AL401 holdout3 (then 0.78 precision) was seen to fail, and
    # two of its emotive changes were narrowed on the spec's grounds before it passed; that split's AL401 figure is
    # no longer a blind one.
    # Session 15: tune-r14-blind.yaml joined tune (unseen on 8b51cdd and b6bcbd8: AL401 28/4/24, AL402 22/0/32, AL205
    # 36/4/13) and its classes were fixed from the parse (insinuating asides, lapses told as a habit, the writer's
    # disbelief, pointed questions; IT failure, demand and inspection given as the reason; loaded words in the
    # auditor's own voice incl. praise). Held-out, measured once after: AL401 holdout2-4 and AL402 holdout3 rose (rows
    # below); the rest unchanged. Pending round 15, never tuned against: AL401 24/6/31 -> 27/5/28, AL402 12/2/58 ->
    # 15/2/55, AL205 27/1/23 -> 28/1/22: the round's classes hardly transferred to the next blind writer.
    ("AL401", "tune"): (0.96, 0.84),  # 721/27/132 with rounds 21 and 22 joined (session 22; unseen on 891f756 23/4/8 and 13/0/2); 685/23/122 with round 20 joined (session 21; unseen on 3e439b6 27/5/18); 658/18/104 with session 20's classes (r16 33/2/17 -> 36/2/14, r19 18/3/19 -> 21/3/16; held-out unchanged); 651/19/111 with rounds 16 and 19 joined (both measured unseen before, figures in their headers); 600/14/75 with session 19's classes (r15 27 -> 42, r18 36 -> 40 TP); 592/15/83 with session 18's classes (r18 alone 32/6/21 -> 36/2/17); 586/20/89 with r18 joined and the model retrained (unseen on 44a8ab1 32/6/21); 554/14/68 with r17's classes (r17 alone 32/3/23 -> 43/3/12); 541/14/81 with r17 joined (unseen on bb42206 32/3/23); 509/11/58 with r15's classes (r15 alone 27/5/28 -> 37/1/18); 498/17/69 with r15 before its classes (r15 unseen on 28e8154 27/5/28); 471/12/41 with r14 and its classes (unseen 28/4/24, r14 alone after 48/2/4); 422/8/38 with r13 (unseen 31/4/16; its shouted-capital items are AL403's); 384/11/29 with r12 (unseen 33/4/12); 348/9/20 with r11 (unseen 32/4/13; its writer counts shouted capitals as emotive, which AL403 reports); 307/9/16 with r10 (unseen 32/7/4); 266/14/21 with r9 (228/10/15 before it joined)
    ("AL401", "holdout"): (1.00, 1.00),  # 16/0/0 (session 18, model retrained with r18); 15/1/1 (was 13/0/3)
    ("AL401", "holdout2"): (0.88, 1.00),  # 15/2/0 (session 19, its tone classes); 15/3/0 (session 15, tone round 14); 14/5/1 (was 13/5/2)
    ("AL401", "holdout3"): (0.83, 0.83),  # 20/4/4 (session 16: one hit lost to round 15's classes); 21/4/3 (session 15); 21/8/3 (before round 3: 15/7/9; round 4: 17/8/7; round 5: 18/8/6)
    ("AL401", "holdout4"): (0.97, 0.91),  # 33/1/3 (session 15); 32/2/4 (before session 6: 34/2/2; its exclusions of reported accounts cost two)
    ("AL402", "tune"): (0.97, 0.79),  # 722/22/188 with rounds 21 and 22 joined (session 22; unseen on 891f756 7/2/18 and 9/1/12); 706/19/158 with round 20 joined (session 21; unseen on 3e439b6 14/3/22, on session 20's final rules 15/3/21); 691/16/137 with session 20's classes (r16 30/3/37 -> 40/3/27, r19 8/1/29 -> 12/1/25; held-out unchanged); 673/16/155 with rounds 16 and 19 joined (both measured unseen before); 635/12/89 with session 19's classes (pending r19, unseen, 8/1/29 before and after: they did not transfer to that writer); 621/12/103 with session 18's classes (r18 alone 28/1/40 -> 48/1/20); 588/12/136 with r18 joined (unseen on 44a8ab1 28/1/40); 560/11/96 with r17's classes (r17 alone 26/2/44 -> 38/2/32); 545/11/111 with r17 joined (unseen on bb42206 26/2/44); 519/9/67 with r15's classes and kin words (r15 alone 15/2/55 -> 26/2/44); 505/9/81 with r15 before its classes (r15 unseen on 28e8154 15/2/55); 490/7/26 with r14 and its classes (unseen 22/0/32, r14 alone after 45/0/9); 445/7/17 with r13 (unseen 31/1/26; r13 alone after its classes 56/0/1, held-out unmoved); 378/8/27 with r12 (unseen 37/1/14); 328/8/26 with r11 (unseen 32/1/12); 286/8/24 with r10 (unseen 14/2/16); 239/8/41 with r9 (unseen AL402 26/1/18); 213/7/23 (with r7; 199/5/16 with r6; 186/2/13 before it, 179/2/20 before session 6)
    ("AL402", "holdout"): (1.00, 1.00),  # 11/0/0 (before round 5: 10/0/1)
    ("AL402", "holdout2"): (1.00, 0.81),  # 13/0/3 (session 19, its blame classes); 12/0/4 (session 12); 11/0/5 (before round 5: 10/0/6)
    ("AL402", "holdout3"): (0.93, 0.71),  # 15/1/6 (session 16: one false alarm from round 15's classes); 15/0/6 (session 15); 13/0/8 (session 6: was 12/0/9) (before round 3: 10/0/11; before round 5: 11/0/10)
    ("AL402", "holdout4"): (0.94, 0.80),  # 17/1/4 (session 19, its blame classes); 16/1/5 (session 18, model retrained with r18); 15/2/6 (before round 4: 14/2/7)
    ("AL205", "tune"): (0.94, 0.84),  # 727/41/136 with rounds 21 and 22 joined (session 22; unseen on 891f756 17/3/10 and 9/5/4); 701/33/122 with round 20 joined (session 21; unseen on 3e439b6 21/4/15); 680/29/107 with rounds 16 and 19 joined (both measured unseen before); 629/19/68 with session 19's classes (held-out unchanged); 624/19/73 with session 18's classes (r18 alone 22/2/28 -> 41/2/9); 581/18/116 with r18 joined (unseen on 44a8ab1 22/2/28); 559/16/88 with r17's classes; 558/16/89 with r17 joined (unseen on bb42206 26/4/23); 532/12/66 with r15's classes (r15 alone 28/1/22 -> 29/1/21); 531/12/67 with r15 before its classes (r15 unseen on 28e8154 28/1/22); 503/11/45 with r14 and its classes (unseen 36/4/13, r14 alone after 44/1/5); 459/10/40 with r13 (unseen 24/5/13; r13 alone after 34/0/3); 420/10/42 with r12 (unseen 28/6/10); 388/6/36 with r11 (unseen 27/7/9); 355/4/33 with r10 (unseen 26/4/5); 313/10/44 with r9 (unseen 26/3/8); 287/7/36 (with r7; 260/6/34 with r6; before it 240/2/25)
    ("AL205", "holdout"): (0.92, 0.92),  # 12/1/1 (before round 4: 11/1/2)
    ("AL205", "holdout2"): (0.83, 0.68),  # 20/4/9 (session 18, its mitigation classes); 19/4/10 (session 18, model retrained with r18); 19/5/10 (was 18/5/11)
    ("AL205", "holdout3"): (0.91, 0.84),  # 22/2/4 (session 18, its mitigation classes); 20/3/6 (before round 3: 17/4/9; before round 4: 19/3/7)
    ("AL205", "holdout4"): (0.89, 0.96),  # 26/3/1 (session 11); 24/4/3 (before round 4: 24/2/3)
}


@pytest.fixture(scope="module")
def tone_tallies():
    cases = load_cases(Path(CORPORA), ("sentences",))
    return evaluate(cases, Config(select=["AL401", "AL402", "AL205"]))


@pytest.mark.parametrize(("code", "split"), sorted(FLOORS))
def test_eval_floor(tone_tallies, code, split):
    tally = tone_tallies[(code, "sentences", split)]
    precision, recall = FLOORS[(code, split)]
    assert tally.precision is not None and tally.precision >= precision, (code, split, tally.precision)
    assert tally.recall is not None and tally.recall >= recall, (code, split, tally.recall)


# --------------------------------------------------------------------------
# AL402 session 7: intent claimed of any adult, a choice ranking something over a
# person when the parser hangs the ranking from the object, a sneering "had bothered"
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mother deliberately withheld information from the school.",  # intent claimed of a parent
        "Father knowingly allowed his brother to stay at the house.",
        "Dad has repeatedly chosen alcohol over his son.",  # "over" hangs from the object
        "Mother prioritised her new partner over her children.",
        "The worker could have prevented this if she had bothered to visit.",
        "Had the manager bothered to read the file, the risk would have been obvious.",  # inverted condition
        # session 9: a counterfactual of doing one's job, a grudging "when ... could be bothered", "No-one",
        # a referral "sat on", being "taken in", a verdict on ability ("dreadful at"), "far too cosy with",
        # a named worker's habitual failing ("as usual"), "as if she doesn't like", "let this drift"
        "Had the worker done her job properly, XXXX would have been seen before the move.",
        "If Carla had done her job, the referral would have gone in on time.",  # a worker named by first name
        "XXXX was seen alone only when the SW could be bothered to ask.",
        "No-one bothered to check who was living at the address.",  # the tokeniser splits "No-one"
        "The strategy referral was sat on by the ATM for a fortnight.",
        "The IRO was completely taken in by Father's account.",
        "The TM is dreadful at getting supervision done on time.",
        "The IRO is woeful at chairing reviews.",
        "The allocated worker is far too cosy with Mum to challenge her.",
        "Priya, as usual, didn't send the minutes out.",
        "It is as if the IRO doesn't like XXXX.",
        "The SW let this drift for months.",
        "Mum's selfishness has cost XXXX her place at school.",  # a trait of any adult
        "The SW's reluctance to challenge Mother left the risk unassessed.",  # a failing owned by a professional
        "The IRO's approach to challenge was shameful.",  # a verdict on a professional's stance
        "The nursery's attitude to Dad has been disgraceful.",  # or a service's
        "The review was late because the TM forgot, as he forgets everything.",  # a habit; the role is a compound
        "The letter went unsent because the SW forgot, as she always forgets.",
        "The minutes are always late because the IRO can't organise herself.",  # capacity denied
        "Case notes were typed up weeks late because Priya cannot organise herself.",
    ],
)
def test_al402_session7_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "XXXX deliberately broke the window after the argument.",  # the child is never blamed
        "The panel chose kinship care over a residential placement.",  # ranks no person
        "The plan put XXXX's education ahead of contact in the short term.",
        "If the worker had been able to visit, she would have seen the bruising.",  # no "bother"
        "Mother said that if the worker had bothered to call, she would have explained.",  # her account
        "The worker was not bothered by the noise during the visit.",
        # session 9
        "The visit in May did not take place and was not rearranged.",  # a fair statement that a task was not done
        "Had the strategy discussion been held in May, the bruise would have been seen.",  # no person
        "If the worker had visited in May she would have seen the bruise.",  # a task imagined, not the job
        "If the plan had been reviewed properly, the drift would have been seen.",
        "Mother was taken in by her new partner's promises.",  # a parent, not a professional
        "XXXX was taken in by her aunt in 2019.",
        "Mother said the worker was \"far too cosy with the school\".",  # quoted speech
        "XXXX is poor at reading and is getting extra help at school.",  # the child
        "The ATM authorised the plan on 3 May.",
        "When the worker could visit, she saw XXXX alone.",  # no "bother"
        "Mother did not attend contact in May or June.",  # a parent's behaviour, factually
        "The worker was too late to attend the conference.",
        "It is as if XXXX doesn't want to go home.",  # the child's feelings
        "XXXX's reluctance to attend school has grown since the move.",
        "Mother's unwillingness to engage with the plan is a concern.",
        "The school's approach to attendance is robust.",
        "Mother forgets most appointments and the school has offered reminders.",  # a parent, factually
        "XXXX always forgets her PE kit.",
        "XXXX cannot organise herself for school without her carer's help.",
        "The worker could not make herself heard at the conference.",
    ],
)
def test_al402_session7_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL205 session 7: a professional counted among too few staff, other families'
# work, a second verb sharing "because", acknowledgement frames on an adjective
# ("worth noting", "important to recognise"), "unfair to attribute", a reflexive
# subject, a post taken up "into", an effect on the work ("impacted on")
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The assessment was rushed; the worker was one of only three staff covering duty that month.",
        "The worker spent most of June in court on another child's care proceedings, so visits were missed.",
        "Visits lapsed because the manager broke her arm and was at home for a month.",
        "It would be unfair to attribute the gaps in recording to the worker; the team had five managers in a year.",
        "The team manager was himself managing two teams, and supervision was infrequent.",
        "It is important to recognise the sheer volume of referrals the duty team was expected to manage.",
        "It is worth noting that the IRO was one of just two chairs in the service at the time.",
        "With the manager acting up into the head of service post, the plan was not reviewed.",
        "The team has been carrying six vacancies, which has impacted on the frequency of visits.",
        "Supervision was infrequent because the manager was giving priority to two court cases.",
        # session 9: another agency's staffing ("without a caseworker", "a shortage of nurses"), cuts to support,
        # the writer clearing the worker ("not down to the SW"), "I doubt anyone could have done more" with staffing,
        # a staff loss counted, an "as" clause the parser makes the root
        "The PEP was late, but the school was without a designated teacher all term.",
        "Only two visits were made in the period; the virtual school has been without a caseworker since Easter.",
        "The health assessment was overdue but there has been a shortage of paediatricians at the trust.",
        "Chronology not updated, business support has been cut this year.",
        "The review was late, but this is not down to the IRO.",
        "The plan has drifted badly, but with staffing the way it is I doubt anyone could have done more.",
        "The assessment drifted for months, but I don't think anyone could have done more with the vacancies we had.",
        "No core group in May as the team were short staffed and the worker was on a training course.",
    ],
)
def test_al205_session7_fires(text):
    assert fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        "The case was reallocated in May.",  # a staffing fact that softens nothing
        "The SW was new but visits were on time.",
        "The worker was one of the two workers who visited XXXX in May.",  # a count, not too few
        "XXXX's mother was one of only two parents at the meeting, and she did not speak.",  # not staff
        "The worker was in court with another family's solicitor on Monday and visited XXXX on Tuesday.",
        "The changes of worker have affected XXXX's trust in professionals.",  # the effect on the child
        "It is worth noting that the plan was not updated after the conference.",  # the finding, plainly
        "It would be unfair to attribute XXXX's progress to the worker alone; the school has done a great deal.",
        "It is important to recognise the number of times XXXX has been moved.",
        "Mother said she had an accident and was in hospital, so she missed the conference.",
        "The manager was herself chairing the meeting.",
        "With the worker visiting weekly, XXXX settled well.",
        # session 9
        "Although the service had vacancies, that does not alter the fact that XXXX waited six months for a plan.",
        "Although the team had vacancies, that does not excuse the missed visits.",
        "The visit was missed while the worker was on leave and nobody covered it.",  # the missing cover is the finding
        "The worker lost the referral form, so XXXX waited a year for therapy.",  # a loss that is not staff
        "The delay is not down to workload; the referral was simply not made.",
        "Only one PEP was held this year, which does not meet the statutory expectation.",  # plain fact
        "Mother was without a job for most of the year and the rent fell into arrears.",
        "The review was late and no-one chased the health assessment.",
        "XXXX's mother had her hours cut, so she missed the review.",
        "The worker visited without a police officer, so the risk to her was not assessed.",
        "I don't think the worker could have done more to engage Father; he refused every visit.",  # no staffing
        "The team's vacancies were filled in May, and since then XXXX has been visited every two weeks.",
        "The August review was held late; the IRO said \"we have been short staffed all summer\".",  # quoted speech
    ],
)
def test_al205_session7_near_misses(text):
    assert not fires("AL205", text)


# --------------------------------------------------------------------------
# AL401 session 7: a superlative ranked within a whole ("in the locality"),
# "beyond" + an adjective, "hard to overstate", a closed-class word shouted in
# capitals (not acronyms, not XXXX, not quoted speech), the writer's body reacting
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "This is the weakest care plan in the service.",
        "It is beyond frustrating that the plan was never reviewed.",
        "I cannot overstate how far the plan falls short.",
        "It would be hard to exaggerate how little the chronology tells the reader.",
        "My heart sank when I opened the case notes.",
        # session 9: relief as an interjection, a verdict tacked on an exclamation, a reaction to what the child
        # was made to go through
        "Thank goodness the school noticed the bruising.",
        "There is lots of good direct work on file, fantastic!",
        "It is deeply distressing that XXXX has had to repeat her account to five professionals.",
    ],
)
def test_al401_session7_fires(text):
    assert fires("AL401", text)


def _al401_with_shouted_words() -> Engine:
    params = load_specs()["AL401"].parameters
    return Engine(Config(select=["AL401"], rules={"AL401": {"emphasis": {**params["emphasis"], "capitals": True}}}))


@pytest.mark.parametrize(
    "text, fires_with_capitals",
    [
        ("The worker did NOT visit during the school holidays.", True),
        ("Father must ALWAYS be supervised, yet this was ignored.", True),
        ("The plan is not SMART, as most actions have neither a timescale nor a named person.", False),
        ("XXXX said \"I NEVER want to go back there\".", False),
    ],
)
def test_al401_shouted_words_are_al403s_unless_an_authority_turns_them_on(text, fires_with_capitals):
    audit = audit_with(2, [text])
    assert not fires("AL401", text)  # by default AL403 reports them, once
    found = [f for f in _al401_with_shouted_words().check([audit])[0].findings if f.code == "AL401"]
    assert bool(found) == fires_with_capitals


@pytest.mark.parametrize(
    "text",
    [
        "The most recent visit in the locality office was on 3 May.",  # not a judgement
        "The weakest part of the plan is the contingency section.",  # ranked within the plan: a finding
        "The longest wait in the team was six weeks.",
        "The risk of harm is beyond doubt.",  # "beyond" a noun
        "The plan is beyond the threshold for a child protection conference.",
        "XXXX said \"I NEVER want to go back there\".",  # quoted speech
        "The plan is not SMART, as most actions have neither a timescale nor a named person.",  # acronym
        "An IFST referral was made after the second strategy discussion.",
        "The IRO and CAMHS were at the meeting, and the GP sent a report.",
        "It is worth noting that the IRO did not overstate the risk at conference.",
        # session 9
        "It is sad that XXXX's grandmother died before the move.",  # the family's news
        "Mother said \"thank goodness\" when the placement was agreed.",  # quoted speech
        "The carer said XXXX's reading is now \"brilliant!\"",
        "The review was held on time, with XXXX present.",
    ],
)
def test_al401_session7_near_misses(text):
    assert not fires("AL401", text)


# ---------------------------------------------------------------- session 10: classes from the tenth blind set
@pytest.mark.parametrize(
    "text",
    [
        "Bethany ignored two calls from the nursery about the bruising.",  # a worker named by first name
        "Rhys has yet again failed to send the minutes.",
        "Carys never once asked XXXX what she wanted.",
        "Because Imran never wrote up the core group, nobody knew the plan had changed.",
        "Sophie has not bothered to update the chronology.",  # a first name the parser calls a place or a body
        "Lewis has made a complete mess of the transition plan.",
        "The placement request sat in Dean's tray for three weeks; Dean sat on it without lifting a finger.",
        "The health visitor was off the case by June, and Alice had stopped visiting, typical.",
        "The review went ahead without XXXX because Ffion preferred to hold it in the office, which says it all.",
        "Health failed XXXX by losing two referrals.",  # a service as the subject
        "Gareth's arrogance with the foster carers has soured every review.",  # a character noun
        "Amy has been a nightmare to work with on this case.",  # a verdict noun on a named worker
    ],
)
def test_al402_session10_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was not updated after the strategy discussion.",  # neutral critique of the work
        "The visit was late and the record was brief.",
        "The social worker did not record the visit within timescale.",
        "Mum's partner, Lee, refused to sign the written agreement.",  # a family member named in apposition
        "Lee refused to let the worker in.",  # a factual verb with a first name: a record of fact
        "The step-down was a reckless decision given the history.",  # a decision graded, not a person (AL401's)
        "The Care and Support Plan is frankly a disgrace.",  # a title-case plan, not a named worker
        "The worker is an absolute star.",  # praise (AL401's)
        "Emily never met her father.",  # an adult family member or the child, not a worker, with no blame verb
    ],
)
def test_al402_session10_near_misses(text):
    assert not fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "Four moves in a year, its heartbreaking.",  # "its" for "it's": the adjective tagged a noun
        "The safety plan is a complete waste of paper.",
        "A dogs dinner of an assessment, with no analysis at all.",
        "The decision to close the case was reckless in the extreme.",
        "Sadly the plan has not been reviewed since March.",  # sympathy on a failing of the service
    ],
)
def test_al401_session10_fires(text):
    assert fires("AL401", text)


@pytest.mark.parametrize(
    ("text", "al402"),
    [
        # a sentence that blames a named person is AL402's: one finding, not two
        ("Frankly the social worker has been lazy and it shows.", True),
        ("The IRO has been totally useless this year.", True),
        ("Sadly XXXX's nan, her main carer, died in June.", False),  # the family's news, adverb hung on the subject
    ],
)
def test_al401_session10_leaves_blame_to_al402(text, al402):
    audit = audit_with(2, [text])
    codes = {f.code for f in Engine(Config(select=["AL401", "AL402"])).check([audit])[0].findings}
    assert "AL401" not in codes
    assert ("AL402" in codes) == al402


def test_al401_still_fires_on_a_blaming_sentence_when_al402_is_not_run():
    text = "Frankly the social worker has been lazy and it shows."
    audit = audit_with(2, [text])
    found = Engine(Config(select=["AL401"])).check([audit])[0].findings
    assert any(f.code == "AL401" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "The review slipped by a month because of the freeze on allocations, which was outside the team's control.",
        "The worker was on annual leave for most of May so it would be unfair to judge the recording too harshly.",
        "Two visits were missed, but the team was short-staffed so I have let the grade stand.",
        "The CLA review was late, held up by vacancies in the IRO service.",
        "The visits lapsed during the worker's sickness and no cover was found, so this should not count against the team.",
        "Whilst I appreciate the worker was covering for an absent colleague, the visit records are thin and undated.",
    ],
)
def test_al205_session10_fires(text):
    assert fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        # the pressure conceded and set aside: the main clause holds the work to account or gives the child's experience
        "While I recognise the pressures on the team, the assessment should have been completed by June.",
        "Although we acknowledge the vacancies, XXXX waited four months for a plan and her school place was lost.",
        # staff absence reported as fact, with the service's response
        "Because of the worker's sickness the review was chaired by the deputy team manager.",
        "While the worker was on leave nobody visited, and XXXX's carer gave notice.",
        # not the service: a family member's control
        "XXXX is beyond her mother's control at home.",
    ],
)
def test_al205_session10_near_misses(text):
    assert not fires("AL205", text)


# --------------------------------------------------------------------------
# round 11: blame, emotion and mitigation read from the clause
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a verdict passed on what a professional did not do, or scorn at how little they did
        "The IRO closed the review without reading the reports, which is unacceptable.",
        "The duty manager authorised the plan without so much as a call to the school.",
        # puzzlement at what a professional was doing at all
        "It is hard to see what the IRO was doing between the reviews.",
        # answerable for a verdict noun
        "The team leader is responsible for this shambles.",
        # a verdict on an adult's stance or a professional's excuses
        "Mother's attitude to the school has been disgraceful.",
        "The SW's excuses for the missed visits are ridiculous.",
        # an adult said to have no interest in the child, or to make no effort whatsoever
        "Dad is simply not interested in his son.",
        "Mum made no effort whatsoever to attend the sessions.",
        "Father is manipulative with every professional he meets.",
    ],
)
def test_al402_round11_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "It is hard to see what the school could have done differently.",  # weighs an alternative
        "The IRO is responsible for the review.",  # a duty, not fault
        "Mum was not interested in the parenting course.",  # not the child
        "The review was cancelled twice, which is unacceptable.",  # no person
        "The school was never invited to a meeting, which is unacceptable.",  # a passive subject is not the agent
        "The report would have been fuller with more time, which the worker simply did not have.",  # a means not had
    ],
)
def test_al402_round11_near_misses(text):
    assert not fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "The so-called safety plan runs to two lines.",  # sarcasm at a document
        "The review was held a grand total of once this year.",
        "Thoughtful, careful analysis - a joy to read.",
        "XXXX now sleeps through the night - fantastic!",  # a verdict tacked on after a dash
        "It is so sad that XXXX is still waiting for therapy.",  # a state the service has let go on
        "The IRO sat back and did nothing while the plan drifted.",  # an idiom of contempt
    ],
)
def test_al401_round11_fires(text):
    assert fires("AL401", text)


def test_al401_round11_leaves_blame_at_a_parent_to_al402():
    text = "Father has chosen not to engage with any of it, and frankly the plan has stalled."
    codes = {f.code for f in findings(audit_with(2, [text]), "AL401", "AL402")}
    assert codes == {"AL402"}


@pytest.mark.parametrize(
    "text",
    [
        "The gaps in recording are mitigated by the team being three workers down.",
        "Considering the vacancies in the team, the manager has done well to keep supervision going.",
        "The chronology would have been better with more time, which the worker did not have.",
        "Housing options are few and the team did what they could to find a flat.",
    ],
)
def test_al205_round11_fires(text):
    assert fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        # the circumstance named and the finding held
        "The worker had 30 cases; that does not change the finding that XXXX was not seen alone.",
        "Despite the vacancies in the team, the review should have been held in May and it was not.",
        "Visits stopped when the worker went on maternity leave and were not picked up by anybody else.",
        "Supervision lapsed while the manager was off sick, and the lack of cover is a service failing.",
        "The risk is mitigated by daily visits from the team.",  # a risk reduced, not a finding excused
    ],
)
def test_al205_round11_near_misses(text):
    assert not fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        # round 12: blame read from the clause around what a person did
        "Whoever signed off the plan obviously did not read it.",  # the unnamed doer, mind-read
        "Dad, true to form, refused to let the worker in.",  # an aside on the person's habit
        "The school, typically, failed to send the attendance figures.",
        "The IRO closed the review without even speaking to XXXX.",  # "even": scorn at what was left undone
        "Some managers seem to think a meeting is the same as a plan.",  # scornful guess at what they believe
        "The manager who refused to fund the post is the real reason the review was late.",
        "Mum's refusal to engage is the root of every problem in this case.",
        "Father has been nothing but hostile and uncooperative with the worker.",
        "Is it really too much to ask that the IRO reads the file before the review?",
        "Well done to the duty team for managing to lose the referral.",
        "The locum walked away without handing the case over.",
    ],
)
def test_al402_round12_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "The poor worker was carrying thirty cases when the referral came in.",  # pity, not a verdict
        "The carers have been nothing but supportive of the plan.",  # praise
        "The worker is the reason XXXX now feels safe at home.",  # no trouble caused
        "The manager signed off the plan without reading the minutes.",  # a plain finding, no scorn
        "XXXX walked away from the placement in June.",  # the child
    ],
)
def test_al402_round12_near_misses(text):
    assert not fires("AL402", text)


def test_al401_round12_a_stressed_word_on_an_experience_is_the_writers_feeling():
    assert fires("AL401", "XXXX's experience in that flat was absolutely horrific.")
    assert not fires("AL401", "The incident was frightening for XXXX, who hid under her bed.")


def test_al401_round12_an_exclaimed_superlative_is_the_writers_enthusiasm():
    assert fires("AL401", "This is the best direct work I have ever seen!!!")
    assert not fires("AL401", "The most recent review was held on time!")


def test_al401_round12_leaves_a_trait_noun_owned_by_a_worker_to_al402():
    text = "The worker's arrogance in dismissing the grandmother's concerns is staggering."
    codes = {f.code for f in findings(audit_with(2, [text]), "AL401", "AL402")}
    assert codes == {"AL402"}


@pytest.mark.parametrize(
    "text",
    [
        "This is a reasonable assessment considering the pressures the team has been under.",
        "The lack of direct work has to be seen against a backdrop of staffing difficulties in the team.",
        "Allowances must be made for the fact that the service was in the middle of a restructure.",
        "I have been generous with the grade as the worker is newly qualified and carrying a full caseload.",
        "Visits lapsed over the summer because the team lost two social workers.",
    ],
)
def test_al205_round12_fires(text):
    assert fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        "Through no fault of her own, XXXX had to leave her placement when her carer fell ill.",
        "The service was in a restructure and the plan was not reviewed for five months; this is a finding "
        "against the service.",
    ],
)
def test_al205_round12_near_misses(text):
    assert not fires("AL205", text)


# --------------------------------------------------------------------------
# AL402 session 13: the worker addressed as "you", the writer's impersonal frame ("it has to be said that"),
# a person failed in the passive, collectives of workers, "where was the manager?", being talked round and
# letting someone off the hook, "and she knows it", "no excuse for that", "whenever it suited her", a belief
# reported with "apparently", "should have spotted", "behaved as if ... were optional", a blame verb's noun
# said of a professional's work, note subjects the parser loses, "refused to engage" and refusals stressed
# as defiance, "did nothing" as what was not done, the adverbs of trait words
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "You ignored the school's emails for three weeks.",  # the worker, addressed
        "You chose not to ring the IRO before closing the case.",
        "You saw XXXX once in March and then turned up to conference without having read the file, again.",
        "It must be said that the manager signed off the plan and simply chose to ignore the police concerns.",
        "It is felt that the team manager could not be bothered to read the chronology.",
        "XXXX was failed by the school, which sat on her disclosure for a fortnight.",
        "XXXX has been badly failed by the manager's decision to close the case early.",
        "A succession of managers failed to review the plan.",
        "Where was the IRO when the plan drifted?",
        "The team manager has clearly been talked round by Mum and has let her off the hook.",
        "The IRO let the worker off the hook about the missed visits.",
        "The worker has not visited since June, and she knows it.",
        "The worker sat on the referral for a month, and there is no excuse for that.",
        "Visits were cancelled by the worker whenever it suited her.",
        "The IRO apparently thought a phone call counted as a review.",
        "The worker seemingly did not think XXXX's views were worth recording.",
        "The team manager should have spotted the drift in supervision.",
        "The IRO should of picked this up months ago.",
        "The worker behaved as if the safety plan were optional.",
        "The manager's oversight has been a rubber stamp.",
        "TM rubber-stamped the closure again.",
        "Dad refused to engage with the parenting assessment.",
        "Mum flatly refused to let the worker see the bedroom.",
        "The TM did nothing about the drift, which is unacceptable.",
        "The agency worker carelessly copied the chronology from the previous assessment.",
    ],
)
def test_al402_round13_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize(
    "text",
    [
        "You would expect the plan to address the drinking.",  # generic "you"
        "You visited XXXX at home on 6 May and saw him on his own.",  # the worker, no blame
        "It was reported by the school that the worker chose not to visit.",  # someone else's account
        "XXXX has been failed by the system.",  # no person or service
        "A number of visits were missed over the summer.",
        "Where was XXXX living during this period?",  # a real question about the child
        "The worker talked XXXX through the plan.",
        "XXXX was let off the hook for the damage to the placement.",
        "The plan requires Mum to stop drinking, and she knows it.",  # not a professional
        "There is no excuse in the file for the delay.",
        "Contact was moved to Saturdays because it suits the carers' shifts.",
        "The worker thought the risk was low and recorded why.",  # a belief reported plainly
        "Apparently the school has a new DSL.",
        "The drift should have been picked up in supervision.",  # names no one
        "The worker should have visited fortnightly under the plan.",  # a standard, not a missed sight
        "Should the team manager have spotted this sooner? On balance, no.",
        "The worker acted as if she had been asked to.",
        "The plan is a rubber stamp of last year's plan.",  # a thing, not whose work
        "XXXX refused to engage with the school counsellor.",  # the child
        "XXXX flatly refused to see her father.",
        "Father refused the offer of a parenting course.",  # a record of a refusal
        "Oversight patchy after three changes of TM - not the SW's fault.",  # fault denied
        "With twenty-eight cases it is hard to see how the worker could have done more.",  # weighs more, clears
        "The relationship between XXXX and her SW is strained; she has refused to see her twice.",  # "she": either
    ],
)
def test_al402_round13_near_misses(text):
    assert not fires("AL402", text)



@pytest.mark.parametrize(
    "text",
    [
        # the finding called expected or unsurprising beside a circumstance of the service
        "Recording slipped in the spring, but the team lost its manager in March so that is hardly surprising.",
        "Given that you had only just joined the team, the gaps in the plan are to be expected.",
        # a cause set against the worker or team it clears
        "The review was late because of the vacancies, not the IRO.",
        "The wait for a placement sits with the provider's waiting list and not with anyone in the team.",
        "The manager was off sick for most of the period, so the drift in supervision is not down to her.",
        # the writer declines to judge, with "fair" as the frame
        "I do not think it would be fair to judge the worker's recording too harshly.",
        # better but for a work-pressure cue
        "The plan would have been stronger had the team not been carrying three vacancies.",
        "The assessment went over timescale because the worker was off with covid.",
    ],
)
def test_al205_round13_fires(text):
    assert fires("AL205", text)


@pytest.mark.parametrize(
    "text",
    [
        # expected, but no circumstance of the service: the family's or the child's
        "XXXX's anxiety before contact is to be expected given what she has seen at home.",
        # the contrast names a parent, and nothing is excused
        "The referral was made by the school, not the social worker.",
        "XXXX would have been happier if her mother had not been off sick.",
        # the circumstance held to account
        "The team had three managers in a year, but the gaps in oversight are still a finding.",
        "The assessment was delayed by the team's workload and this was not escalated, which is a finding for management.",
        # "as" + noun phrase says what something is like, not why
        "Supervision reads as a case list and does not reflect on the risks.",
        # a fact recorded in the passive voice, and credit given "to be fair"
        "It is noted that the IT outage lasted from 2 to 9 March.",
        "The school have been brilliant to be fair, and they chased the referral twice.",
    ],
)
def test_al205_round13_near_misses(text):
    assert not fires("AL205", text)


def test_al205_round13_a_contrast_needs_a_cause_of_the_service():
    assert fires("AL205", "XXXX missed two sessions, bc of agency turnover tho, not the SW.")
    assert not fires("AL205", "XXXX missed two sessions, but not the SW's visits.")


def test_al401_round13_a_stressed_word_on_what_the_child_went_through_is_the_writers():
    assert fires("AL401", "XXXX has been through an absolutely horrendous year.")
    assert not fires("AL401", "XXXX has been through a frightening few months.")
    assert not fires("AL401", "XXXX has been through a horrendous time since the move.")


def test_al401_round13_astonishment_as_a_noun_after_it():
    assert fires("AL401", "It is a miracle she is still in school at all.")
    assert fires("AL401", "Honestly it is a wonder anything got done!")
    assert not fires("AL401", "I wonder whether XXXX's views were sought before the move.")
    assert not fires("AL401", "It is no wonder the plan drifted, given how often it changed hands.")
    assert not fires("AL401", "The miracle question was used to explore what XXXX wants.")


def test_al401_round13_lexicon_words():
    assert fires("AL401", "The move was completely avoidable.")
    assert not fires("AL401", "The move was avoidable.")
    assert fires("AL401", "XXXX has been passed around like a parcel.")
    assert not fires("AL401", 'XXXX said she feels "like a parcel" being moved around.')
    assert fires("AL401", "The assessment is a genuinely breathtaking piece of analysis.")


def test_al401_round13_an_emotive_word_inside_the_blame_is_al402s():
    text = "Mum is choosing him over her daughter, which is frankly disgusting."
    codes = {f.code for f in findings(audit_with(2, [text]), "AL401", "AL402")}
    assert "AL401" not in codes or "AL402" not in codes


# --- round 14 classes (near misses both ways) -------------------------------------------------------------------------
def test_al402_insinuating_aside_on_an_adult_or_service():
    assert fires("AL402", "Predictably, the GP practice has not replied to the request for a health summary.")
    assert fires("AL402", "Mum, conveniently, was out every time the worker called.")
    assert not fires("AL402", "Predictably, XXXX found the move hard and cried for the first few nights.")
    assert not fires("AL402", "Perhaps unsurprisingly, the screening decision was not recorded for nine days.")


def test_al402_a_lapse_told_as_a_habit():
    assert fires("AL402", "The foster carer, as per usual, was nowhere to be found when the worker arrived.")
    assert fires("AL402", "The interpreter arrived late, yet again, and the visit was cut short.")
    assert not fires("AL402", "Visits were held every ten working days as per the plan.")
    assert not fires("AL402", "The worker, as usual, saw XXXX alone in her bedroom.")


def test_al402_airs_and_saw_fit():
    assert fires("AL402", "The carer, who of course knew best, stopped the contact without telling anyone.")
    assert fires("AL402", "The IRO saw fit to end the review without hearing from XXXX.")
    assert not fires("AL402", "Grandmother knows XXXX best and was consulted about the contact plan.")
    assert not fires("AL402", "The IRO did not think it fit to proceed without XXXX's views, and the review was adjourned.")


def test_al402_writer_puzzled_or_pointed_question():
    assert fires("AL402", "How the duty worker could close the referral without a visit is beyond me.")
    assert fires("AL402", "Did anyone in the team actually read the school's letter before the review?")
    assert not fires("AL402", "It is unclear why the visit on 3 May was cancelled; the record gives no reason.")
    assert not fires("AL402", "Who is the lead professional for the health plan?")


def test_al402_writer_says_it_himself():
    assert fires("AL402", "I am sorry to say that the team manager let this family down.")
    assert not fires("AL402", "Mum was sorry to say that she had let the worker down by missing contact.")


def test_al205_systems_and_inspection_as_the_reason():
    assert fires("AL205", "The plan was not updated because the recording system was down for a fortnight.")
    assert fires("AL205", "The review fell during the Ofsted focused visit, which is why it was held a fortnight late.")
    assert not fires("AL205", "The Ofsted focused visit in May sampled XXXX's file and found it well recorded.")
    assert not fires("AL205", "The worker showed XXXX photographs of his new school on her laptop.")


def test_al205_the_finding_held_or_the_excuse_refused():
    assert not fires("AL205", "This reviewer does not consider that the vacancies alter any finding below.")
    assert not fires("AL205", "The worker was newly qualified; the risks should have been picked up in supervision, "
                              "and they were not.")
    assert not fires("AL205", "It is a tragedy that a boy this able is stuck on a part-time timetable.")
    assert fires("AL205", "The worker was newly qualified, so the risks were not picked up.")


def test_al401_loaded_praise_and_intensified_words():
    assert fires("AL401", "The carers' commitment to XXXX is absolutely outstanding.")
    assert fires("AL401", "The team was absolutely swamped over the summer.")
    assert not fires("AL401", "The assessment is outstanding in its analysis of the father's history.")
    assert not fires("AL401", "The practitioner has been swamped since Christmas.")
    assert fires("AL401", "The garden is stunning and XXXX plays out there every evening.")


def test_al401_outcome_verdict_for_the_child_is_the_writers():
    assert fires("AL401", "Losing that placement has been devastating for him.")
    assert not fires("AL401", "The incident was frightening for XXXX, who hid under her bed.")


def test_al401_dictated_quotation_is_reported_speech():
    assert not fires("AL401", "dad said quote this is a disgrace unquote and put the phone down")
    assert fires("AL401", "dad put the phone down which is a disgrace")


def test_al402_candour_adverb_on_a_person_is_a_verdict():
    assert fires("AL402", "Frankly the parents brought a lot of this on themselves by refusing the course.")
    assert fires("AL402", "The previous carers, who frankly saw her as a meal ticket, took no interest in her school.")
    assert not fires("AL402", "Frankly, the family have made real progress since the summer.")
    assert not fires("AL402", "Frankly the analysis is excellent, one of the best I have read.")
    assert not fires("AL402", "I am frankly appalled that XXXX was returned home after one phone call.")


def test_al402_emphatic_wh_question_about_a_person_accuses():
    assert fires("AL402", "Where exactly was the team manager while all this was going on?")
    assert fires("AL402", "Why, exactly, did it take you five weeks to write up the visit?")
    assert not fires("AL402", "Where was the team manager's decision to step down recorded?")
    assert not fires("AL402", "What exactly does the plan say about contact with the sisters?")


def test_al402_habit_marker_on_a_verb_the_tagger_calls_an_adjective():
    assert fires("AL402", "The review, which the IRO service once more forgot to diarise, finally took place on 2 May.")
    assert fires("AL402", "The social worker, in her wisdom, chose to take annual leave the week the paperwork was due.")
    assert not fires("AL402", "The review, which the IRO service diarised in March, took place on 2 May.")


def test_al401_degree_word_of_totality_on_any_word():
    assert fires("AL401", "Permanence planning is utterly stuck.")
    assert fires("AL401", "The file is an absolute labyrinth of duplicated case notes.")
    assert fires("AL401", "He is a truly phenomenal young man.")
    assert not fires("AL401", "It is absolutely essential that the plan is reviewed by June.")
    assert not fires("AL401", "The plan is absolutely clear about who does what.")


def test_al205_absolute_clause_naming_the_service_as_reason():
    assert fires("AL205", "No targets set, school being between SENCOs.")
    assert not fires("AL205", "No targets set, mum being in hospital that week.")
    assert not fires("AL205", "Targets were set in March, the school being keen to help.")


def test_al402_stance_imputed_under_seems_or_a_mind_reading_adverb():
    assert fires("AL402", "The IRO, who appears to regard every missed review as routine, signed off the plan in May.")
    assert fires("AL402", "The previous manager seems to have taken the view that the drinking was not his concern.")
    assert fires("AL402", "Step-dad, who clearly sees the worker as an intruder, cancelled the April visit.")
    assert not fires("AL402", "XXXX seems to think her brother will be coming home at Easter.")
    assert not fires("AL402", "The worker clearly saw the bruise and photographed it the same day.")
    assert not fires("AL402", "Visits appear to have taken place roughly every three weeks.")
    assert not fires("AL402", "The carers clearly see XXXX as part of their family.")


def test_al402_lapse_told_as_the_persons_habit_in_an_as_clause():
    assert fires("AL402", "The chair closed the review without asking for XXXX's views, as he usually does.")
    assert not fires("AL402", "The carer read with XXXX at bedtime, as she always does.")
    assert not fires("AL402", "The worker did not visit in the holiday week, as she normally does.")


def test_al402_choice_that_put_something_else_first():
    assert fires("AL402", "The core group was cancelled because the manager decided her own training day mattered more.")
    assert fires("AL402", "Dad chose the pub over his daughter's birthday tea.")
    assert fires("AL402", "The visit did not happen because the worker chose to attend a team away-day instead.")
    assert not fires("AL402", "The worker decided to visit on the Tuesday instead.")
    assert not fires("AL402", "XXXX chose to send her views to the review through her advocate instead.")
    assert not fires("AL402", "The carers decided to take a short break rather than end the placement.")


def test_al402_never_putting_the_child_first():
    assert fires("AL402", "Her father, who has never once put her first, missed the March contact.")
    assert not fires("AL402", "The plan does not put XXXX's wishes first in its list of outcomes.")
    assert not fires("AL402", "The worker put XXXX's wishes first throughout the review.")


def test_al401_breaking_said_of_a_life_not_an_object():
    assert fires("AL401", "His confidence was shattered by the move to the third school.")
    assert fires("AL401", "By March his sleep had fallen apart completely.")
    assert not fires("AL401", "The kitchen window was shattered during the incident on 3 May.")
    assert not fires("AL401", "Dad tore the letter apart in front of the worker.")
    assert not fires("AL401", "The ex-partner has wrecked the family home twice this year.")


def test_al401_gushing_and_torment_lexicon():
    assert fires("AL401", "The worker's direct work with XXXX was simply inspirational.")
    assert fires("AL401", "The first months in foster care were a living hell for XXXX.")
    assert not fires("AL401", "The worker's direct work helped XXXX name three safe adults.")


def test_al205_service_that_lost_its_own_staff_as_the_reason():
    assert fires("AL205", "The PEP was not reviewed, the school having lost its safeguarding lead.")
    assert not fires("AL205", "The PEP was not reviewed, the school having lost the paperwork.")


# --- session 18: tone classes ---
def test_al402_work_shelved_out_of_neglect_with_or_without_an_agent():
    assert fires("AL402", "The CAMHS letter was sat on for six weeks.")
    assert fires("AL402", "Her transition plan was left gathering dust in the team's shared drive.")
    assert fires("AL402", "The panel paperwork had been left to rot in an unread mailbox.")
    assert fires("AL402", "The step-down was waved through at the March panel.")
    assert not fires("AL402", "XXXX sat on the stairs and talked to the worker about school.")
    assert not fires("AL402", "The letter was not sat on: it was sent to the GP the same day.")


def test_al402_contact_put_down_to_self_interest():
    assert fires("AL402", "His aunt, who only phones when she wants something, asked for more contact.")
    assert fires("AL402", "The stepfather was only ever in it for the benefits, and he left in June.")
    assert not fires("AL402", "Mum phones the school when she wants an update on XXXX's reading.")
    assert not fires("AL402", "There was no money in it for XXXX's swimming lessons.")


def test_al402_blame_through_comparison_with_a_pointed_adverb():
    assert fires("AL402", "The nursery, unlike the health visitor, actually sent a report for the conference.")
    assert fires("AL402", "Unlike the housing officer, who at least returned calls, the landlord ignored every letter.")
    assert not fires("AL402", "Unlike the last plan, this one names who does each action and by when.")
    assert not fires("AL402", "The nursery, unlike the health visitor, sent a report for the conference.")


def test_al402_label_disowned_then_debunked():
    assert fires("AL402", "The so-called safety plan amounted to a list of phone numbers.")
    assert fires("AL402", 'Dad\'s "engagement" with the course amounted to one session in April.')
    assert fires("AL402", "The so-called direct work was, in reality, two visits to a café.")
    assert not fires("AL402", "The support package amounted to four sessions of direct work.")
    assert not fires("AL402", 'The plan lists "engagement" as the first outcome.')


def test_al402_manipulating_people():
    assert fires("AL402", "Her brother, who plays the carers off against each other, was moved in June.")
    assert fires("AL402", "Mum has learned to play the system and runs rings round new workers.")
    assert not fires("AL402", "XXXX played football with his dad at the contact centre.")
    assert not fires("AL402", "Dad plays his brother at darts most Saturdays.")


def test_al402_excuse_disbelieved_in_scare_quotes():
    assert fires("AL402", 'The referral form was, it seems, "lost" for five weeks.')
    assert fires("AL402", 'The strategy minutes were "forgotten" by the duty team.')
    assert not fires("AL402", 'Mum said she had "forgotten" the appointment.')
    assert not fires("AL402", 'The visits recorded as "lost" were moved to the new system.')
    assert not fires("AL402", 'The worker has not "lost" the file; it was archived in March.')


def test_al402_excuse_in_single_quotes_and_reported_speech_only_in_its_own_sentence():
    # straight single quotation marks, common in UK writing, are scare quotes too
    assert fires("AL402", "The strategy minutes were 'forgotten' by the duty team.")
    # someone's reported account elsewhere in the paragraph does not excuse the writer's own irony
    assert fires("AL402", 'Mum said the flat was cold. The heating referral was "forgotten" by the housing team.')
    assert not fires("AL402", "Mum said she had ‘forgotten’ the appointment.")


def test_al402_a_need_judged_away():
    assert fires("AL402", "The worker decided the dental check wasn't a priority.")
    assert fires("AL402", "Nobody thought grandad was worth a visit.")
    assert fires("AL402", "The manager decided, without reading the file, that the review could wait.")
    assert not fires("AL402", "The strategy discussion decided the threshold for significant harm was not met.")
    assert not fires("AL402", "The worker thought a referral to CAMHS was needed.")
    assert not fires("AL402", "She did not think the case needed to go back to a CP conference.")
    assert not fires("AL402", "XXXX decided the after-school club wasn't worth it.")


def test_al402_choosing_not_to_bother():
    assert fires("AL402", "The carer decided not to bother with the school's reading log.")
    assert not fires("AL402", "XXXX decided not to bother with the choir this term.")


def test_al401_a_life_turned_upside_down_or_torn_from_a_person():
    assert fires("AL401", "His whole world was turned upside down by the move.")
    assert fires("AL401", "Her confidence collapsed after the second exclusion.")
    assert fires("AL401", "He was torn from his grandmother at four in the morning.")
    assert not fires("AL401", "The application was turned down by the panel in May.")
    assert not fires("AL401", "The placement collapsed in March after two weeks.")
    assert not fires("AL401", "The page was torn from the contact book.")


def test_al402_mind_read_in_a_relative_clause():
    assert fires("AL402", "The duty manager, who evidently approved whatever reached his desk, closed the case.")
    assert fires("AL402", "The notes were last written by someone who clearly had other priorities.")
    assert not fires("AL402", "The worker, who clearly knows XXXX well, wrote a warm and detailed plan.")
    assert not fires("AL402", "This is careful work from a worker who has clearly got to know the family.")
    assert not fires("AL402", "XXXX, who clearly enjoyed the session, drew a picture of her house.")


def test_al401_degree_of_totality_on_a_state_said_of_a_person():
    assert fires("AL401", "For most of that winter she was left utterly alone with it.")
    assert fires("AL401", "He sat through the whole hearing, utterly alone.")
    assert not fires("AL401", "The carers are absolutely right about the school run.")
    assert not fires("AL401", "XXXX now walks to school alone, which she asked to do.")


def test_al402_hearsay_in_a_relative_clause_is_not_mind_reading():
    assert not fires("AL402", "Dad's new partner, who apparently works nights, was not seen at the visit.")
