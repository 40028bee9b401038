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



# Each case: the domain 4 narrative appended to the audit frame, and whether AL206 fires on it (nothing else in the
# audit is the child's voice).
FIRES = [
    # E: a view named inside an embedded question, never answered
    D4 + "The plan is silent on why XXXX stopped wanting to go to cubs.\n",
    D4 + "The minutes list what XXXX said she wanted to bring up, though not her views on any of it.\n",
    # E: a free relative still unanswered (the pseudo-cleft's copula is passive, nothing given)
    D4 + "What XXXX said she wanted was discussed with the manager but is not written down anywhere.\n",
    # Q: a tool named in quotation marks holds no view
    D4 + 'The worker completed a "Three Houses" sheet with her in May, and it is on the file.\n',
]

THEIR_VOICE = [
    # E: the answer follows the question
    D4 + "The minutes list what XXXX said she wanted to bring up: her bedtime and the bus to school.\n",
    # E: the same verbs, stated
    D4 + "XXXX said she stopped wanting to go to cubs after the row with her friend.\n",
    # E: a degree, not a question: the dislike is asserted
    D4 + "He told me how much he dislikes the taxi to school.\n",
    # E (review): a pseudo-cleft, the copula gives what the free relative names
    D4 + "What XXXX told me she wanted most was a weekend at the seaside with her gran.\n",
    D4 + "What XXXX says he would like is a bike of his own at his foster home.\n",
    # E (review): "why" answered by a clause of reason on the question's verb or its governor
    D4 + "She explained why she had stopped wanting to go to brownies, as the older girls laughed at her.\n",
    D4 + "XXXX told me why he had stopped wanting to see his uncle, because his uncle shouts at him.\n",
    # Q: a tool in quotation marks with what it holds
    D4 + 'The worker completed a "Three Houses" sheet with her in May: "dad shouting" is in her house of worries.\n',
    # S (dropped): a note about the child, the pronoun hers
    D4 + "The worker visits monthly." + FAMILY + "XXXX seen at school 3/2.\n\n- says she wants to stay over at "
    "grandad's at weekends\n",
    # S (dropped): the child as the speaker, by name
    D4 + "The worker visits monthly." + FAMILY + "Grandad rung on 3/2. XXXX says she wants to stay over at "
    "weekends.\n",
    # S (review): the writer's dropped subject
    D4 + "The worker visits monthly." + FAMILY + "Gather from my own time with her that XXXX wants to stay "
    "at her school.\n",
    # S (review): the line before is a visit to the child, so the subjectless "told me" is the child's
    D4 + "The worker visits monthly." + FAMILY + "Seen on her own at the park on 3/2.\n\nTold me XXXX misses her "
    "cat and wants to visit it.\n",
]


@pytest.mark.parametrize("body", FIRES)
def test_al206_no_view_given_fires(body):
    assert _voice_fired(body)


@pytest.mark.parametrize("body", THEIR_VOICE)
def test_al206_the_childs_view_stated_answered_or_reported_is_their_voice(body):
    assert not _voice_fired(body)
