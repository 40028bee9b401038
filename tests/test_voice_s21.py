"""AL206 child-voice-absent, session 21: three separable classes of what the detector no longer takes for the
child's voice, each with cases that must fire (nothing else in the audit is the child's voice) and near misses
that must not, written for these tests:
- E: a view inside an embedded question or free relative whose wh-word is not the view verb's own ("lists what
  XXXX said she would like to change", "nothing about why he stopped wanting to go");
- S: a note's subjectless verb of saying that reports the child by name ("Grandad rung. Says XXXX wants ...");
- Q: a tool's name in quotation marks, whose closing mark is not an opening one ('a "Three Houses" sheet')."""

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


# ---------------------------------------------------------------- S: a note's unnamed speaker
@pytest.mark.parametrize("body", [
    D4 + "The worker visits monthly." + FAMILY + "Grandad rung on 3/2. Says XXXX wants to stay over at weekends.\n",
    D4 + "The worker visits monthly." + FAMILY + 'Carer phoned 3/2. Says XXXX "loves the new puppy and wants one '
    'of her own".\n',
])
def test_al206_a_subjectless_saying_of_the_child_by_name_is_someone_elses(body):
    assert _voice_fired(body)


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
