"""Session 20 tone classes (AL401 emotive, AL402 blame): each class fires on a sentence of its own and stays quiet
on a near miss. Sentences written for these tests, not taken from the corpora."""

from __future__ import annotations

import pytest

from .conftest import sentence_fires as fires


# --------------------------------------------------------------------------
# AL401: a measure said to move like a projectile ("plummeted", "rocketed")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Over the spring term his attendance plummeted to 60%.",
    "His exclusions rocketed over the spring term.",
    "Exclusions nosedived after the new timetable began.",
])
def test_projectile_change_fires(text):
    assert fires("AL401", text)


@pytest.mark.parametrize("text", [
    "Over the spring term his attendance fell to 60%.",  # the plain verb
    "XXXX built a model rocket with his foster carer.",  # a noun, not the verb
])
def test_projectile_change_near_misses(text):
    assert not fires("AL401", text)


# --------------------------------------------------------------------------
# AL401: gushing praise nouns and idioms ("a superstar", "worth his weight in gold")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The family support worker has been a superstar with this family.",
    "Grandad is worth his weight in gold to this placement.",
    "The new IRO has been a breath of fresh air.",
    "XXXX is a ray of sunshine at the breakfast club.",
])
def test_gushing_praise_fires(text):
    assert fires("AL401", text)


@pytest.mark.parametrize("text", [
    "XXXX went into the garden for a breath of fresh air after the meeting.",  # literal, not a verdict
    "The family support worker visited weekly and set up the reward chart.",  # what was done
])
def test_gushing_praise_near_misses(text):
    assert not fires("AL401", text)


# --------------------------------------------------------------------------
# AL402: understatement announced as kindness, and an institution's "wisdom"
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The duty manager, to put it charitably, was slow to look at the referral.",
    "The college, in its infinite wisdom, withdrew the bus pass in October.",
])
def test_ironic_aside_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "To put it simply, the plan has no dates.",  # plain speech announced, no irony
    "XXXX was, to put it mildly, unhappy about moving schools.",  # the child
])
def test_ironic_aside_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: an adult's care ranked with the child on the losing side
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Her stepfather is far more interested in his car than in the children.",
    "The carer preferred her holidays to her foster son.",
    "The manager (more concerned with the budget than the child) refused the nursery place.",
])
def test_ranked_above_child_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "Nan is more concerned about XXXX than about her own hip operation.",  # the child wins
    "XXXX is more interested in drawing than in football.",  # the child ranks
    "Mum prefers phone calls to visits at the office.",  # no child on either side
])
def test_ranked_above_child_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: praise turned on empty work ("a masterpiece of saying nothing")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The transfer summary is a masterpiece of telling the reader nothing.",
    "The case note is a masterclass in how to record nothing of use.",
])
def test_mock_praise_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "The life-story book is a masterpiece of patient, careful work.",  # real praise
    "XXXX's drawing was a masterpiece, and nothing in the exhibition came close.",  # "nothing" elsewhere
])
def test_mock_praise_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: the plainly competent professional imagined ("any competent worker would have")
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Any competent manager would have queried a plan with no dates in it.",
    "A half-decent practitioner would have spoken to the nursery.",
])
def test_competent_worker_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    "Any worker would have found it hard to reach Dad that winter.",  # no competence word
    "A competent interpreter has now been booked for the review.",  # not a counterfactual
])
def test_competent_worker_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: the front door's screener and a school's principal answer like other roles
# --------------------------------------------------------------------------
def test_new_roles_fire():
    assert fires("AL402", "The screener, who clearly had made up her mind, could not be bothered to ring the school.")
    assert fires("AL402", "The principal, predictably, has not replied to three emails.")


def test_new_roles_near_miss():
    assert not fires("AL402", "The screener rang the school back on the same day.")


# --------------------------------------------------------------------------
# AL402: mock fondness over a poor tally ("bless him, managed ...")
# --------------------------------------------------------------------------
def test_blessed_tally_fires():
    assert fires("AL402", "The IRO, bless her, managed to read one of the four reports before the review.")


@pytest.mark.parametrize("text", [
    "The worker was off sick for most of May, bless her, so the visits were covered by duty.",  # sympathy, no tally
    "Nan, bless her, managed to get XXXX to every contact session.",  # a family member, not a professional
])
def test_blessed_tally_near_misses(text):
    assert not fires("AL402", text)


# --------------------------------------------------------------------------
# AL402: "too much to ask" of a piece of work (its author is the one asked)
# --------------------------------------------------------------------------
def test_too_much_to_ask_of_work_fires():
    assert fires("AL402", "Is it too much to ask that a case summary mentions the child's school?")


def test_too_much_to_ask_of_work_near_miss():
    assert not fires("AL402", "Is it too much to ask that XXXX gets her own bedroom at her dad's?")  # the child


# --------------------------------------------------------------------------
# AL402: the legal team answers for its part like other services
# --------------------------------------------------------------------------
def test_legal_team_fires():
    assert fires("AL402", "The legal team, true to form, sat on the letter before proceedings.")


def test_legal_team_near_miss():
    assert not fires("AL402", "The legal team replied within a week and the letter went out in June.")


# --------------------------------------------------------------------------
# Review (session 20, r2): false alarms narrowed and the perfect tenses read
# --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "XXXX's attendance has plummeted since the move.",  # present perfect: the subject moved, it felt nothing
    "School attendance had nosedived by March.",  # past perfect
    "Her attendance took a nosedive in Year 9.",  # the noun in its idiom
])
def test_review_projectile_perfect_fires(text):
    assert fires("AL401", text)


def test_review_ray_of_sunshine_literal_near_miss():
    assert not fires("AL401", "XXXX likes to watch the rays of sunshine through the window.")


@pytest.mark.parametrize("text", [
    "The IRO seems more concerned with the timescales than with XXXX.",  # "seems": the ranking word as oprd
    "The IRO, bless her, managed three out of eight reviews.",  # a part of a whole
    "The school is more concerned with its results than with XXXX's needs.",  # the child's own good ranked lower
    "Any competent worker would have found the letter in the file.",  # "find" as discovering, not "found it hard"
])
def test_review_blame_fires(text):
    assert fires("AL402", text)


@pytest.mark.parametrize("text", [
    # "to put it mildly" stresses a hardship as often as a fault
    "Mother has, to put it mildly, had a very difficult year.",
    "The team, to put it mildly, has been stretched by three vacancies.",
    # ranking: the child only as a possessor, the child on the winning side, the child outside the "to" phrase
    "The school is more concerned about attendance than about XXXX's behaviour at home.",
    "Father is more concerned about XXXX than the other children because of her age.",
    "Dad preferred the weekend contact to the midweek one for XXXX.",
    # too much to ask/expect of a state of affairs, not of a piece of work
    "It was too much to expect that the placement would last given XXXX's history.",
    "Is it too much to ask that the weather holds for the trip?",
    "It was too much to ask that contact would continue weekly once the baby was born.",
    # "professional" names a kind of interpreter, not a better one
    "A professional interpreter would have helped mother understand the plan.",
    # the imagined competent worker fails too: an excuse, not a judgement
    "I think any competent worker would have struggled with this caseload.",
    "Any competent worker would have found it difficult to manage Dad's hostility.",
    # "bless him, managed" over an achievement or a good count, not a poor tally
    "The teacher, bless him, managed to calm XXXX down within minutes.",
    "The social worker, bless her, managed to find XXXX a place at her old school.",
    "The social worker, bless her, managed three visits in a fortnight despite the snow.",
    # praise whose "nothing" is a clause's subject, not the empty matter of the work
    "The review was a triumph of planning in which nothing was left to chance.",
    "The life-story work was a masterclass in making sure nothing was missed.",
])
def test_review_blame_near_misses(text):
    assert not fires("AL402", text)
