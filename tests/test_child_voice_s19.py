"""AL206 child-voice-absent, session 19: what the detector no longer takes for the child's voice.

Three classes, each with cases that must fire (nothing else in the audit is the child's voice) and near
misses that must not, written for these tests:
- the speaker is not the child: a pronoun that cannot be the child because the child is named after it in
  its own clause, the child's quoted words inside someone else's report, a parent's "said" the parser joined
  to the child's clause;
- a quotation that only names a tool or a thing ('a "worry monster"') is not what the child said;
- a verb of saying whose only content is an embedded question ("can say what worries her")."""

from __future__ import annotations

import pytest

from .test_audit_level_s18 import D4, FAMILY, _voice_fired  # the same audit frame and check as session 18's


# ---------------------------------------------------------------- the speaker is not the child
@pytest.mark.parametrize("body", [
    # "she" cannot be XXXX: the child is named later in the clause "she" governs
    D4 + "XXXX lives with her aunt. The worker visits monthly." + FAMILY + "Her childminder was rung on 1.2.23. "
    'She said XXXX comes to her after school and that she has "really come out of her shell".\n',
    # the same pronoun again before the name is still the speaker
    D4 + "XXXX lives with her mother. The worker visits monthly." + FAMILY + "Mum was rung on 1.2.23. She said "
    'she likes the new worker and that XXXX "settles at bedtime now".\n',
    # the child's "quoted words" inside a parent's report are the parent's words
    D4 + "The worker visits monthly." + FAMILY + 'Dad was rung on 1.2.23. He said he was pleased with the plan and '
    'that XXXX "eats much better now".\n',
    D4 + 'The worker visits monthly. The carers report XXXX "adores the dog" and wants to stay.\n',
    # a parent's "said", joined by the parser to the clause about the child
    D4 + "He was described as quiet and mum said he was tired after football.\n",
])
def test_al206_someone_elses_account_of_the_child_is_not_their_voice(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    # the child named before the pronoun: "she" is the child
    D4 + "The worker visits monthly." + FAMILY + "I met XXXX at college on 1.2.23; she said her PA "
    '"always rings back" and that she wants help with a bus pass.\n',
    # the child's own words in a note
    D4 + 'XXXX: "I want to go back to my old school."\n',
    # the child says it herself, with the same shape of sentence
    D4 + 'XXXX said she was pleased with the plan and that her new room "feels like mine now".\n',
    D4 + "He was described as quiet and said he was tired of moving schools.\n",
])
def test_al206_the_child_as_the_speaker_is_still_their_voice(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- a quoted name is not a quotation of the child
@pytest.mark.parametrize("body", [
    D4 + 'The worker used the three houses and a "worry monster" with XXXX in March; both are on the file.\n',
    D4 + "The review heard XXXX's views, through a \"bubbles\" worksheet.\n",
    D4 + "XXXX's own account of her week is on file, drawn from a \"feelings diary\".\n",
])
def test_al206_a_tool_named_in_quotation_marks_gives_no_view(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    D4 + 'In the three houses XXXX put "dad shouting" in the house of worries.\n',
    # a named tool and the child's words in the same sentence
    D4 + "In her \"my week\" diary XXXX's view of contact is plain: \"I hate Mondays because of contact.\"\n",
    D4 + "XXXX's view of the move (\"it feels like starting again\") is on the file.\n",
])
def test_al206_a_tool_or_view_with_the_childs_words_is_their_voice(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- saying that, not what
@pytest.mark.parametrize("body", [
    D4 + "XXXX trusts her worker and can tell her what is worrying her.\n",
    D4 + "He is able to explain to his teacher why a social worker visits.\n",
    D4 + "XXXX told the worker what she wanted.\n",
    D4 + "XXXX told the worker how she feels about contact.\n",
])
def test_al206_an_embedded_question_gives_no_view(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    D4 + "XXXX trusts her worker and has told her that she worries about her mum's drinking.\n",
    D4 + "XXXX told me how frightened she was when the police came.\n",
    D4 + "XXXX told the worker what she wanted: to stay at her school.\n",
])
def test_al206_what_was_said_is_their_voice(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- review of the above: content after the question
@pytest.mark.parametrize("body", [
    # a which-clause gives the answer
    D4 + "XXXX told the worker what she wanted, which was to stay at her school.\n",
    # a coordinated that-clause gives content
    D4 + "XXXX explained what happened at contact and that it frightened her.\n",
    # the question is the subject of a predicate that answers it
    D4 + "XXXX said what she wanted was to live with her dad.\n",
    # a dash, like a colon, introduces the answer
    D4 + "XXXX told the worker what she likes about school - art and her friend Amy.\n",
    # the child's name in brackets after the pronoun is that pronoun, not a later mention
    D4 + "She (XXXX) said she wants to stay with her nan.\n",
    # a clause with its own subject joined to another person's clause is not that person's report
    D4 + "Mum was present but XXXX said she wants more time with her brother.\n",
])
def test_al206_content_after_the_question_is_their_voice(body):
    assert not _voice_fired(body)


@pytest.mark.parametrize("body", [
    # a comment on the telling, not its content
    D4 + "XXXX told the worker what she wanted, which was helpful.\n",
    # a second question joined to the first still gives no answer
    D4 + "XXXX explained what happened at contact and why it frightened her.\n",
    # someone else's name in brackets: that person speaks
    D4 + "She (mum) said XXXX wants to stay with her nan.\n",
    # the parent reports both clauses
    D4 + "Mum was present and said XXXX wants more time with her brother.\n",
])
def test_al206_near_misses_after_the_question_still_fire(body):
    assert _voice_fired(body)
