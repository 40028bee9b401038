"""AL204 (grade-evidence-mismatch): how a sentence's evidence is weighed, on real spaCy parses.

Near misses written for this project, for the error classes found on new voices (round 3): negated
shortfalls that are strengths, work done "only twice", lists of shortfalls in one sentence, labels that
name what follows, comparisons under negation, and the family's shortfalls rather than the practice's.
"""

from __future__ import annotations

import pytest

from auditlint.model import Grade
from auditlint.ruletypes import AuditContext
from auditlint.ruletypes.evidence import GradeEvidence

from .conftest import audit_with, engine_for, findings


def fired(text: str, grade: Grade) -> bool:
    return any(f.code == "AL204" for f in findings(audit_with(3, [text], grade=grade), "AL204"))


def weighed(text: str) -> list[tuple[list[str], list[str]]]:
    engine = engine_for("AL204")
    audit = audit_with(3, [text], grade=Grade.GOOD)
    ctx = AuditContext(audit, engine.parse([audit]), engine.config, engine.lexicons)
    rule = next(r for r in engine.rules if isinstance(r, GradeEvidence))
    return [(w.deficits, w.strengths) for w in rule.weigh_domain(ctx, audit.domains[0])]


@pytest.mark.parametrize(
    "sentence",
    [
        "I could find no gaps in visiting and no missed statutory timescales.",
        "There has been no delay in the plan and no missed visit.",
        "Not a single visit was late.",
        "Nothing in the record suggests the worker lost sight of XXXX.",
    ],
)
def test_a_denied_shortfall_is_a_strength(sentence):
    [(deficits, strengths)] = weighed(sentence)
    assert strengths and not deficits


def test_work_done_only_once_or_twice_is_a_deficit():
    [(deficits, _)] = weighed("XXXX has been seen only twice in five months.")
    assert deficits
    [(deficits, _)] = weighed("Her school was contacted just once.")
    assert deficits
    # a restricting word without a count of times is not a shortfall
    [(deficits, _)] = weighed("The worker only visited after school, when XXXX was at home.")
    assert not deficits


def test_inadequate_with_only_minimised_work_is_not_a_mismatch():
    text = "XXXX has been seen only twice in five months. Her school was contacted just once."
    assert not fired(text, Grade.INADEQUATE)
    assert fired(text, Grade.GOOD)


def test_a_sentence_listing_three_shortfalls_weighs_as_several():
    text = ("The worker clearly cares about XXXX. However, the assessment is out of date, the plan has no "
            "timescales, visits have lapsed since the autumn and the child's voice is barely present.")
    assert fired(text, Grade.GOOD)


def test_one_shortfall_said_twice_under_a_label_weighs_one():
    text = ("The worker visits every ten days and her notes are detailed. One small gap: the genogram is missing "
            "the paternal grandparents.")
    assert not fired(text, Grade.GOOD)
    [_, (deficits, _)] = weighed(text)
    assert deficits == ["missing"]  # "gap" names what the rest of the sentence says


def test_not_always_recorded_is_one_deficit_not_two():
    [(deficits, _)] = weighed("The sessions are not always recorded within the expected time.")
    assert deficits == ["not always"]


def test_a_negated_comparison_does_not_deny_what_it_weighs():
    [(deficits, strengths)] = weighed("These do not outweigh the strength of the relationship.")
    assert strengths == ["strength"] and not deficits


def test_the_familys_home_conditions_are_not_a_practice_deficit():
    text = ("Mother continues to drink heavily. The home conditions remain very poor. The worker has visited "
            "fortnightly, seen the children alone, and escalated promptly to legal planning.")
    assert fired(text, Grade.INADEQUATE)
    # practice that left the home as it was is still a shortfall
    text += " The worker did not see the children again after the police call-out."
    assert not fired(text, Grade.INADEQUATE)


def test_work_done_without_a_piece_of_process_is_a_deficit():
    text = "The decision to step down to early help was made without a multi-agency discussion."
    assert not fired(text, Grade.INADEQUATE)
