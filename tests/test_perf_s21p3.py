"""Session 21 (p3): the tone rule types' Doc-level gates (a shape is looked for only where the Doc has the word it
needs) keep what fires on each side of the gate."""

from __future__ import annotations

import pytest

from .conftest import sentence_fires as fires


# AL402 _exasperated: with no repeat marker and no verdict word, "what" or "how" in the Doc, only "manage" is read
@pytest.mark.parametrize("text", [
    "The IRO somehow managed to lose the minutes.",  # "manage" alone, no clause cue in the Doc
    "It is unacceptable that the team manager authorised closure without reading the minutes.",  # a verdict word
    "One is left wondering what the manager did about the referral.",  # "what"
])
def test_exasperated_shapes_behind_the_gate_fire(text):
    assert fires("AL402", text)


def test_exasperated_manage_without_loss_does_not_fire():
    assert not fires("AL402", "The worker managed to visit XXXX twice in the school holidays.")


# AL402 question shapes: read only in a Doc with a "?"
def test_where_was_question_fires():
    assert fires("AL402", "Where on earth was the team manager during all of this?")


def test_where_was_statement_does_not_fire():
    assert not fires("AL402", "Where the team manager was during all of this is recorded in the supervision notes.")


# AL402 _debunked_label: "so-called" found once for the Doc, from its tokens with "so" or "so-called"
def test_so_called_label_debunked_fires():
    assert fires("AL402", "The so-called safety plan amounted to a list of phone numbers.")


def test_so_called_label_without_debunking_is_not_blame():
    assert not fires("AL402", "The so-called safety plan was shared with the family in March.")
