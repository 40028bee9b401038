"""Spelling suggestions from the compiled word forms (auditlint/suggestions.py)."""

import pytest

from auditlint.ruletypes.plain import _form_set
from auditlint.suggestions import EXTRA, FORGOT, NEAR_KEY, OTHER_KEY, SWAP, edits, similarity, suggest

WORDS = {"received", "relieved", "the", "tea", "chronology", "London", "safeguarding", "being", "beings"}


def known(word):
    return word in WORDS


def test_edits_name_the_slip_they_undo():
    got = edits("teh")
    assert got["the"] == SWAP
    assert got["te"] == EXTRA
    assert got["tech"] == FORGOT
    assert got["tej"] == NEAR_KEY  # j is beside h
    assert got["tez"] == OTHER_KEY
    assert "teh" not in got


def test_a_swap_comes_before_a_replaced_letter():
    assert suggest("recieved", known) == ["received", "relieved"]


def test_an_extra_letter_comes_before_a_longer_word():
    assert suggest("beingg", known)[0] == "being"  # not "beings", one more letter


def test_capitals_follow_the_misspelling():
    assert suggest("Chronolgy", known) == ["Chronology"]
    assert suggest("londn", known) == ["London"]  # a word the dictionary has only capitalised


def test_two_slips_when_one_finds_nothing():
    assert suggest("safegaurdingg", known) == ["safeguarding"]


def test_nothing_for_what_is_no_word():
    assert suggest("xqzvbnmwer", known) == []
    assert suggest("don't", known) == []


def test_similarity_counts_shared_letter_runs():
    assert similarity("abc", "abc") == 3 + 2 + 1 + 3  # three letters, two pairs, one triple, a common start of 3
    assert similarity("abcx", "abcy") > similarity("abcx", "ybca")


@pytest.mark.parametrize(
    "wrong,right",
    [("recieved", "received"), ("definately", "definitely"), ("seperate", "separate"), ("occured", "occurred"),
     ("untill", "until"), ("begining", "beginning"), ("accomodation", "accommodation"), ("enviroment", "environment"),
     ("tommorow", "tomorrow"), ("referal", "referral"), ("acheive", "achieve"), ("proffesional", "professional")],
)
def test_common_misspellings_with_the_dictionary(wrong, right):
    forms = _form_set("en_GB")
    if forms is None:
        pytest.skip("no compiled word list for en_GB")
    assert right in suggest(wrong, forms.__contains__, 3)
