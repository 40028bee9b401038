"""AL206 child-voice-absent, session 21: two separable classes of what the detector no longer takes for the
child's voice, each with cases that must fire (nothing else in the audit is the child's voice) and near misses
that must not, written for these tests:
- E: a view inside an embedded question or free relative whose wh-word is not the view verb's own ("lists what
  XXXX said she would like to change", "nothing about why he stopped wanting to go");
- Q: a tool's name in quotation marks, whose closing mark is not an opening one ('a "Three Houses" sheet').
A third class written with them (S: a note's subjectless "Says XXXX wants ..." after another's call is that
caller's account) was dropped: it fixed one tune audit by one writer, and a reviewer's probes showed it taking the
writer's own dropped subject ("Understand from ... that XXXX wants") and the child's ("Seen alone. Told me ...")
for another's; its near misses below stay, as cases of the child's voice that must keep counting."""

from __future__ import annotations

import pytest

from .test_audit_level_s18 import D4, FAMILY, _voice_fired  # the same audit frame and check as session 18's


# ---------------------------------------------------------------- E: a view named inside a question
@pytest.mark.parametrize("body", [
    D4 + "The plan is silent on why XXXX stopped wanting to go to cubs.\n",
    D4 + "The minutes list what XXXX said she wanted to bring up, though not her views on any of it.\n",
])
def test_al206_a_view_inside_an_embedded_question_is_not_given(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    # the answer follows the question
    D4 + "The minutes list what XXXX said she wanted to bring up: her bedtime and the bus to school.\n",
    # the same verbs, stated
    D4 + "XXXX said she stopped wanting to go to cubs after the row with her friend.\n",
    # a degree, not a question: the dislike is asserted
    D4 + "He told me how much he dislikes the taxi to school.\n",
])
def test_al206_a_view_stated_or_answered_is_their_voice(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- subjectless notes that are the child's voice
@pytest.mark.parametrize("body", [
    # a note about the child, the pronoun hers
    D4 + "The worker visits monthly." + FAMILY + "XXXX seen at school 3/2.\n\n- says she wants to stay over at "
    "grandad's at weekends\n",
    # the child as the speaker, by name
    D4 + "The worker visits monthly." + FAMILY + "Grandad rung on 3/2. XXXX says she wants to stay over at "
    "weekends.\n",
])
def test_al206_the_child_saying_it_in_a_note_is_their_voice(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- Q: a tool named in quotation marks
@pytest.mark.parametrize("body", [
    D4 + 'The worker completed a "Three Houses" sheet with her in May, and it is on the file.\n',
])
def test_al206_a_tool_named_in_quotation_marks_holds_no_view(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", [
    D4 + 'The worker completed a "Three Houses" sheet with her in May: "dad shouting" is in her house of worries.\n',
])
def test_al206_a_tool_in_quotation_marks_with_what_it_holds_is_their_voice(body):
    assert not _voice_fired(body)


# ---------------------------------------------------------------- session 21 review: near misses of E and S
@pytest.mark.parametrize("body", [
    # E: a pseudo-cleft, the copula gives what the free relative names
    D4 + "What XXXX told me she wanted most was a weekend at the seaside with her gran.\n",
    D4 + "What XXXX says he would like is a bike of his own at his foster home.\n",
    # E: "why" answered by a clause of reason on the question's verb or its governor
    D4 + "She explained why she had stopped wanting to go to brownies, as the older girls laughed at her.\n",
    D4 + "XXXX told me why he had stopped wanting to see his uncle, because his uncle shouts at him.\n",
])
def test_al206_a_question_the_sentence_answers_is_their_voice(body):
    assert not _voice_fired(body)


@pytest.mark.parametrize("body", [
    # the writer's dropped subject
    D4 + "The worker visits monthly." + FAMILY + "Gather from my own time with her that XXXX wants to stay "
    "at her school.\n",
    # the line before is a visit to the child, so the subjectless "told me" is the child's
    D4 + "The worker visits monthly." + FAMILY + "Seen on her own at the park on 3/2.\n\nTold me XXXX misses her "
    "cat and wants to visit it.\n",
])
def test_al206_a_subjectless_line_of_the_writer_or_the_child_is_their_voice(body):
    assert not _voice_fired(body)


@pytest.mark.parametrize("body", [
    # a free relative still unanswered: the pseudo-cleft's copula is passive, nothing given
    D4 + "What XXXX said she wanted was discussed with the manager but is not written down anywhere.\n",
])
def test_al206_an_unanswered_free_relative_still_fires(body):
    assert _voice_fired(body)
