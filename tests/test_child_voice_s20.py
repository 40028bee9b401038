"""AL206 child-voice-absent, session 20: more of what is not the child's voice, read from the parse.

Each class has cases that must fire (nothing else in the audit is the child's voice) and near misses that
must not, written for these tests:
- who is speaking: a note's verb of saying with no subject that names the child ("Says XXXX wants ...") is
  someone else's report; a cause inside another person's report is theirs too; so is a want or feeling put
  down to another person ("according to her nan", "in mum's view");
- a thing described by what the child wants or likes ("the swimming club he enjoys") is the writer's
  description of the thing, unless the sentence says what it is;
- a want under an embedded question ("nothing about why she stopped wanting to ...") is asked about, not said;
- "share" with nothing shared ("shares a bedroom") says nothing the child said;
- the child's want or feeling as the writer's inference ("appears to want", "is likely to want", "probably").
"""

from __future__ import annotations

import pytest

from .test_audit_level_s18 import D4, FAMILY, _voice_fired

VISITS = "The worker visits every three weeks."


# ---------------------------------------------------------------- who is speaking
@pytest.mark.parametrize("body", [
    # a note of a call with a parent: the subjectless "Says" is the parent, who names the child
    D4 + VISITS + FAMILY + 'Nan rung 3/4/24. Says XXXX "wants to live with her, she keeps saying so".\n',
    D4 + VISITS + FAMILY + "Gran rung 3/4/24. Says XXXX wants to stay with her for good.\n",
    # the child's words sit in the cause of the practitioner's own account
    D4 + VISITS + "\n# Practitioner discussion\nI met the worker on 2/4/24. She said she had not pushed for "
    'contact because XXXX "is fine with how things are".\n',
    # a want or feeling put down to another person by a phrase
    D4 + "XXXX misses her brother and wants to see him more, according to her foster carer.\n",
    D4 + "In her grandfather's view XXXX loves living on the farm.\n",
])
def test_al206_someone_elses_report_of_the_child_fires(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    # the note is about the child: the line with no subject is the child's own
    D4 + VISITS + FAMILY + 'XXXX seen at school 3/4/24. Says "I miss my mum every night".\n',
    # the child gives the cause herself
    D4 + 'XXXX said she has not asked for contact because she "is fine with how things are".\n',
    # the child's own view, put down to the child
    D4 + "In her own words, XXXX wants to see her brother more.\n",
    D4 + "XXXX told her foster carer she misses her brother and wants to see him more.\n",
])
def test_al206_the_child_as_the_speaker_still_counts(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- a thing described by what the child likes
@pytest.mark.parametrize("body", [
    D4 + "Without funding XXXX will lose the swimming club he enjoys.\n",
    D4 + "She has a place at the college she wants, and her attendance is good.\n",
])
def test_al206_a_thing_described_by_the_childs_liking_fires(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    # the sentence says what the thing is: the want is given
    D4 + "The one thing XXXX wants is to go back to her old school.\n",
    D4 + "The placement XXXX wants is with her aunt near her school.\n",
])
def test_al206_what_the_child_wants_said_outright_counts(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- a want under an embedded question
def test_al206_a_want_inside_a_question_fires():
    assert _voice_fired(D4 + "XXXX is a ten-year-old boy. The review looked at his attendance but not at why he "
                        "stopped wanting to go to school.\n")


def test_al206_the_child_answering_the_question_counts():
    assert not _voice_fired(D4 + "XXXX explained why she stopped wanting to see her father: he shouts at her.\n")


# ---------------------------------------------------------------- sharing with nothing shared
@pytest.mark.parametrize("body", [
    D4 + "XXXX shares a bedroom with her two sisters.\n",
    D4 + "XXXX lives with her mum and two sisters, and she shares a bedroom with them.\n",
])
def test_al206_sharing_a_thing_fires(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    D4 + "XXXX shared with her teacher that she is frightened at home.\n",
    D4 + "XXXX shared her worries about her mum's drinking with the school nurse.\n",
])
def test_al206_sharing_what_was_said_counts(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- the writer's inference
@pytest.mark.parametrize("body", [
    D4 + "XXXX appears to want more time with her father.\n",
    D4 + "It seems that XXXX likes living with his uncle.\n",
    D4 + "XXXX is likely to want contact with his sisters once settled.\n",
    D4 + "XXXX probably wants to remain with her aunt.\n",
])
def test_al206_an_inferred_wish_fires(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    D4 + "XXXX told me she would probably like to stay.\n",
    D4 + "XXXX seems settled and said she wants to stay with her aunt.\n",
    D4 + "XXXX wants to remain with her aunt.\n",
])
def test_al206_a_wish_the_child_gave_counts(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- review of the classes above
# Probes from the review of these classes: the child's voice they had wrongly taken away, and the cases they
# rightly changed, which must stay as they are.
@pytest.mark.parametrize("body", [
    # a phrase giving one clause to another person does not reach a clause set against it
    D4 + "In mum's view the placement is too far away, but XXXX likes it there and wants to stay.\n",
    D4 + "According to the carers the contact is unsettling, yet XXXX loves seeing her mum.\n",
    # the things the child tells or shows in direct work, or a list of them
    D4 + "XXXX listed the things she worries about, mainly mum's drinking and being moved.\n",
    D4 + "XXXX named the people she loves in her ecomap: nan, her brother and her carer.\n",
    D4 + "XXXX drew the people she feels closest to.\n",
    D4 + "XXXX chose the activity she enjoys.\n",
    # a wh-clause completing "be" states, it does not ask
    D4 + "That is why XXXX has started wanting to see her dad again.\n",
    # "share" with a feeling shared
    D4 + "XXXX shared her worry that mum will get ill again.\n",
    D4 + "XXXX shared her fears about moving to a new area.\n",
])
def test_al206_review_the_childs_voice_counts_again(body):
    assert not _voice_fired(body)


@pytest.mark.parametrize("body", [
    D4 + "She now attends the dance class she enjoys.\n",
    D4 + "XXXX got the bike she wanted.\n",
    # a colon followed by a clause, not a list of the things
    D4 + "She goes to the club she enjoys: it is on Fridays.\n",
    # a wh-clause completing "be" whose subject is a question still asks
    D4 + "The question is why XXXX has stopped wanting to see her dad.\n",
    D4 + "XXXX shared a bedroom with her sister.\n",
    D4 + "XXXX shared a lot with me.\n",
])
def test_al206_review_what_is_not_the_childs_voice_stays(body):
    assert _voice_fired(body)
