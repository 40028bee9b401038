"""AL501 acronyms, AL504 spelling, AL505 sentence length, AL506 readability."""

from __future__ import annotations

import pytest

from auditlint.config import Config
from auditlint.engine import Engine

from .conftest import audit_with, findings


def fired(text: str, code: str, domain: int = 2) -> list[str]:
    return [f.excerpt for f in findings(audit_with(domain, [text]), code)]


# -- AL501 -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The CIN plan was reviewed.", ["CIN"]),
        ("The Child in Need (CIN) plan was reviewed. The CIN plan works.", []),
        ("The CIN (Child in Need) plan was reviewed, then the CIN plan again.", []),
        ("The Independent Reviewing Officer (IRO) chaired it; the IRO agreed.", []),
        ("The IRO chaired it; the IRO agreed.", ["IRO"]),  # only the first use
        ("XXXX saw her GP and the NHS dentist.", []),  # common ones are allowed
        ('Mother said "the SW never calls".', []),  # quoted speech
        ("She is in Year IV of school.", []),  # roman numerals are not acronyms
        ("The ABCD panel met.", ["ABCD"]),  # unknown acronyms too
        ("The SWs visited.", ["SW"]),
    ],
)
def test_al501(text, expected):
    assert [e.rstrip("s") if e.endswith("Ws") else e for e in fired(text, "AL501")] == [e for e in expected]


def test_al501_first_use_is_across_the_audit_and_suggests_expansion():
    a = audit_with(2, ["The CIN plan was reviewed.", "The CIN plan was reviewed again."])
    fs = findings(a, "AL501")
    assert len(fs) == 1 and "Child in Need (CIN)" in fs[0].suggestion
    amb = findings(audit_with(2, ["Mother has PR for XXXX."]), "AL501")
    assert "Parental Responsibility" in amb[0].suggestion and "something else" in amb[0].suggestion


def test_al501_authority_allow_list():
    eng = Engine(Config(select=["AL501"], rules={"AL501": {"allow": ["ABCD"]}}))
    assert eng.check([audit_with(2, ["The ABCD panel met."])])[0].findings == []


# -- AL504 -------------------------------------------------------------------
def test_al504_misspelling_with_suggestion():
    fs = findings(audit_with(2, ["The social worker recieved the report."]), "AL504")
    assert [f.excerpt for f in fs] == ["recieved"] and "received" in fs[0].suggestion


@pytest.mark.parametrize("word,uk", [("behavior", "behaviour"), ("organize", "organise"), ("color", "colour"), ("center", "centre")])
def test_al504_american_spellings(word, uk):
    fs = findings(audit_with(2, [f"We discussed the {word} plan."]), "AL504")
    assert [f.excerpt for f in fs] == [word] and uk in fs[0].suggestion


@pytest.mark.parametrize(
    "text",
    [
        "A genogram and an ecomap are on file, and the safeguarding chronology is current.",
        "XXXX attends CAMHS weekly.",
        "Mother said \"XXXX is teh best\".",  # quoted speech is not judged
        "XXXX visited Llandudno with Bartholomew.",  # proper nouns
        "The kinship carers attend termly reviews.",
    ],
)
def test_al504_near_misses(text):
    assert fired(text, "AL504") == []


def test_al504_authority_vocabulary():
    eng = Engine(Config(select=["AL504"], vocabulary=["Snugglebox"]))
    assert eng.check([audit_with(2, ["The snugglebox group met."])])[0].findings == []


# -- AL505 -------------------------------------------------------------------
def test_al505_long_sentence_and_limit():
    long = " ".join(["word"] * 36) + "."
    assert fired(long, "AL505") == [f.excerpt for f in findings(audit_with(2, [long]), "AL505")]
    assert len(fired(long, "AL505")) == 1
    assert fired(" ".join(["word"] * 35) + ".", "AL505") == []
    eng = Engine(Config(select=["AL505"], rules={"AL505": {"max_words": 40}}))
    assert eng.check([audit_with(2, [long])])[0].findings == []


def test_al505_quoted_sentence_is_not_judged():
    quoted = '"' + " ".join(["word"] * 40) + '."'
    assert fired(quoted, "AL505") == []


# -- AL506 -------------------------------------------------------------------
HARD = (
    "The comprehensive multi-agency assessment demonstrated considerable deficiencies regarding the consistency of "
    "parental engagement with interventional strategies, necessitating substantial reconsideration of the "
    "appropriateness of continued statutory involvement notwithstanding documented improvements."
)
EASY = (
    "The plan is clear. Mother came to most meetings. The house is warm and clean now. XXXX goes to school every day "
    "and likes her teacher. Her gran takes her to school on Mondays. The worker saw her alone four times and she said "
    "she feels safe at home. The plan should go on for three more months."
)


def test_al506_hard_domain_fires_easy_does_not():
    fs = findings(audit_with(3, [HARD, HARD]), "AL506")
    assert len(fs) == 1 and fs[0].domain == 3 and "reading ease" in fs[0].message
    assert findings(audit_with(3, [EASY]), "AL506") == []


def test_al506_short_domains_are_not_scored():
    eng = Engine(Config(select=["AL506"], rules={"AL506": {"min_words": 500}}))
    assert eng.check([audit_with(3, [HARD])])[0].findings == []
