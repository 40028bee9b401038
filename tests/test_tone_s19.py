"""Session 19 tone classes (AL401 emotive, AL402 blame): each class fires on a sentence of its own and stays quiet
on a near miss. Sentences written for these tests, not taken from the corpora."""

from __future__ import annotations

import pytest

from .conftest import sentence_fires as fires


# --------------------------------------------------------------------------
# AL402: the writer's guess at a motive ("presumably", "no doubt")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The team manager, presumably to get the case off the books, closed it on a Friday.",
    "Father will no doubt miss the next contact too.",
])
def test_guessed_motive_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "Presumably the letter was sent to the old address.",  # no person's motive
    "There is no doubt that the IRO knows XXXX well.",  # a certainty, not a guess at a motive
    "The nursery will no doubt welcome her back after the holiday.",  # a verb of credit
    "XXXX will no doubt want to see her brother at Christmas.",  # the child
])
def test_guessed_motive_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: work put out of sight ("kept the referral in a drawer")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The locality team left the health assessment request in a drawer until the summer.",
    "The consent form sat in a drawer for eleven weeks.",
])
def test_put_away_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "Grandmother keeps the tablets in a drawer that XXXX cannot reach.",  # a family member's own things
    "XXXX keeps her memory box on a shelf in her bedroom.",  # the child
    "The form, sadly, sat in a drawer while the office moved.",  # told with regret
])
def test_put_away_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: work approved unread ("signed off without anyone reading it")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The review report was approved without anyone reading it.",
    "The closure summary was signed off by the service manager without being read.",
])
def test_approved_unread_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "The home conditions score was given without anyone seeing the kitchen.",  # not approval; a gap in evidence
    "The safety plan was signed off without being read back to XXXX.",  # read to someone
    "The plan was signed off after the manager had read it twice.",
])
def test_approved_unread_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: a simple task said to be beyond a service ("who could not organise a raffle")
# --------------------------------------------------------------------------
def test_simple_task_beyond_service_fires():
    assert fires("AL402", "The letter was lost by a duty team who could not organise a bus trip.")


@pytest.mark.parametrize("text", [
    "Grandad, who cannot organise a lift on Sundays, misses some contact sessions.",  # family, a fact
    "The duty team could not organise a taxi in time because the account had lapsed.",  # not a relative aside
])
def test_simple_task_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: treated as something belittling ("treated the summary as optional")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The outreach worker treated the safety plan as optional.",
    "Two of the residential staff treated XXXX like a nuisance.",
    "Her aunt has been treated by the service as a free taxi and babysitting service.",
])
def test_belittled_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "The carers treat XXXX as one of their own.",  # belonging, said in praise
    "The school treated the disclosure as urgent and rang the same morning.",
    "The assessment treats the two incidents as one pattern.",  # the work, not a person
    "The worker did not treat the missing episodes as a joke.",  # negated
])
def test_belittled_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL401: a span of time called endless ("six weeks is an eternity")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Four months is a lifetime for a baby, and the plan did not change.",
    "The wait for the dental appointment felt like an eternity.",
])
def test_endless_span_fires(text):
    assert fires("AL401", text)


@pytest.mark.parametrize("text", [
    "XXXX has a lifetime tenancy through her aunt.",  # a kind of thing
    "The gap between visits was nine weeks.",
])
def test_endless_span_near_misses(text):
    assert not fires("AL401", text)


# --------------------------------------------------------------------------
# AL401: a participle of stirred feeling with a degree word ("profoundly moving")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The way she looks after her little sister is deeply moving.",
    "Her letter to the judge was incredibly touching.",
])
def test_stirred_fires(text):
    assert fires("AL401", text)


@pytest.mark.parametrize("text", [
    "XXXX is moving to her grandmother's in the spring.",  # motion
    "Proceedings are moving very slowly.",  # motion, a manner adverb
    "XXXX was touching the radiator when the visit began.",  # contact
])
def test_stirred_near_misses(text):
    assert not fires("AL401", text)


# --------------------------------------------------------------------------
# AL401: hyphenated emotive words and gushing praise nouns
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Reading her diary entries was heart-breaking.",
    "The supervision record is a soul-destroying list of the same actions.",
    "The kinship carers are an inspiration to everyone who works with them.",
    "The new worker has been a godsend for this family.",
    "XXXX's grandmother is an absolute credit to the family.",  # plain praise, intensified
])
def test_emotive_words_fire(text):
    assert fires("AL401", text)


@pytest.mark.parametrize("text", [
    "XXXX's delight at seeing her brother is recorded in the contact notes.",  # a feeling, not a verdict
    "Her inspiration for the poem was her dog.",
    "XXXX's heart rate was checked at the clinic.",
])
def test_emotive_words_near_misses(text):
    assert not fires("AL401", text)


# --------------------------------------------------------------------------
# AL402: a professional or service said to have done nothing ("did absolutely nothing to challenge")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The team manager did nothing to move the plan on after March.",
    "The youth offending service has done absolutely nothing about the missing episodes.",
    "Grandad was asked at every review, and he still did nothing.",  # an adult who had been asked
])
def test_did_nothing_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "The social worker did nothing wrong in agreeing to the move.",  # cleared
    "Father did nothing to suggest he had been drinking.",  # evidence, not effort
    "The safety plan did nothing to address the drinking.",  # the work, not a person
    "Did the manager do nothing about the second referral?",  # a question
    "Grandad did nothing when XXXX fell.",  # a family member, not asked
    "XXXX did nothing to deserve what happened to her.",  # the child
])
def test_did_nothing_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: choices in other words; traits on a young person named by a common noun
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "XXXX is a manipulative teenager.",  # a trait on a young person named by a common noun
])
def test_choice_and_person_nouns_fire(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "The teenager was not seen for five weeks.",  # a fact about the child
    "The family opted for a kinship placement.",  # a choice, not a refusal
    # 'opted/elected not to' record a decision, often a reasoned one (review of session 19)
    "The reviewing officer elected not to escalate the drift.",
    "The IRO elected not to escalate, having spoken to the team manager.",
    "Mum opted not to take up the offer of a parenting course.",
])
def test_choice_and_person_nouns_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# Review of session 19: near misses read from the parse, each beside a sentence of the class that still fires
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The duty team left the referral in a drawer.",  # leaving: inaction in itself
    "The manager kept the strategy minutes on a shelf for six weeks.",  # keeping, for a span of time
    "The locality team treated the transfer summary as a formality.",  # a service as the doer
    "The police did nothing to follow up the second disclosure.",
    "The IRO, presumably keen to close the review, did not ask about school.",  # a past act
])
def test_review_s19_blame_still_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    # (a) a thing kept where it belongs, or work put on a shelf for a reason: not work left there
    "The nursery keeps her inhaler in a drawer in the office.",
    "The school keeps a spare uniform for XXXX on a shelf in the office.",
    "The old files were kept in a drawer in the office until they were scanned.",
    "The referral was put on the shelf in the duty office pending allocation.",
    # (b) the family's treatment of the child or of contact: evidence the audit weighs, not the writer's charge
    "Mother treats XXXX as a nuisance and rarely speaks to her.",
    "Dad treated XXXX like a skivvy, making her care for her younger siblings.",
    "Her carers treat contact as optional when XXXX is unwell.",
    # (d) no further action: a matter closed
    "The police took no further action and did nothing further after XXXX withdrew her account.",
    # (e) a forecast, or what will be done to someone: no guessed motive
    "Mum will no doubt find the move to a new area hard.",
    "The school will no doubt be asked to contribute to the plan.",
    "Dad will no doubt ask for more contact at the next review.",
])
def test_review_s19_blame_near_misses(text):
    assert not fires("AL402", text)


@pytest.mark.parametrize("text", [
    "Her devotion to her brother is profoundly moving.",
    "Contact is a joy to watch.",  # the writer's verdict: no person who feels it
    "The carers are such a credit to the service.",  # praise intensified
])
def test_review_s19_emotive_still_fires(text):
    assert fires("AL401", text)


@pytest.mark.parametrize("text", [
    "The plan is now really moving quickly.",  # (f) a verb with a manner adverb: motion
    "Contact is a joy for XXXX, who looks forward to it each week.",  # (g) the child's own joy
    "XXXX's progress is a credit to her foster carers.",  # (h) ordinary praise
])
def test_review_s19_emotive_near_misses(text):
    assert not fires("AL401", text)
