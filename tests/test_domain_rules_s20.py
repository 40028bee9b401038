"""Session 20: precision of AL202 (domain-without-impact), AL203 (compliance-heavy) and AL204 (grade-evidence-mismatch)
on whole audits by unseen writers.

Each class fixed in the session has a case the fix changes and a near miss it must leave alone; all the text is written
for these tests (child = XXXX). The rules run with the real spaCy pipeline and the real rule files.
"""

from __future__ import annotations

import pytest

from auditlint.model import Grade
from auditlint.ruletypes import AuditContext
from auditlint.ruletypes.evidence import GradeEvidence

from .conftest import audit_from_markdown, audit_with, engine_for, findings


def weighed(text: str) -> list[tuple[list[str], list[str]]]:
    engine = engine_for("AL204")
    audit = audit_with(3, [text], grade=Grade.GOOD)
    ctx = AuditContext(audit, engine.parse([audit]), engine.config, engine.lexicons)
    rule = next(r for r in engine.rules if isinstance(r, GradeEvidence))
    return [(w.deficits, w.strengths) for w in rule.weigh_domain(ctx, audit.domains[0])]


def deficits(text: str) -> list[str]:
    return [c for d, _ in weighed(text) for c in d]


# ---------------------------------------------------------------- AL204: the child's state denied or unreal
# "He has not been missing" and "a place she would have lost" tell of the child, not of the practice: a state of the
# child's denied or put as a past that did not happen is no shortfall, even when the pronoun's nearest noun is a thing
# ("the summer") or the child was named only in the sentence before. The child's state asserted stays as it was.
@pytest.mark.parametrize(
    "text, shortfall",
    [
        ("XXXX moved to the new unit in May. He has not been missing; he goes to the on-site school every day.", False),
        ("Because the case stayed open, XXXX kept her club place through the holidays, which she would have lost "
         "on closure.", False),
        # near misses: a professional's lateness, the child's state asserted
        ("The worker took over the case in May. She has been late for most visits since then.", True),
        ("XXXX moved to the new unit in May. Since the move he has gone missing four times.", True),
    ],
)
def test_al204_the_childs_state_denied_or_unreal_is_no_shortfall(text, shortfall):
    assert bool(deficits(text)) is shortfall


# ---------------------------------------------------------------- AL204: a gap the practice found
# A shortfall as the content of a discovery verb (notice, pick up, identify, find ...) whose subject is a professional
# or a piece of work is the practice finding the gap: oversight or assessment working. The auditor's own "I noticed
# that ..." is still a shortfall the audit finds.
@pytest.mark.parametrize(
    "text, shortfall",
    [
        ("The team manager picked up in March that the contact plan had stalled and rang the carers herself.", False),
        ("In June the manager noticed that the plan had not considered XXXX's brother's school run.", False),
        ("The review found that the second hypothesis needed more time.", False),
        # near misses: the auditor's finding; the shortfall stated outright
        ("I noticed that the contact plan had stalled in March.", True),
        ("The contact plan stalled in March and nobody picked it up.", True),
    ],
)
def test_al204_a_gap_the_practice_found_is_not_a_shortfall(text, shortfall):
    assert bool(deficits(text)) is shortfall


# "on the strength of" is a preposition ("on the basis of"): under a negation it denies no strength of the work
@pytest.mark.parametrize(
    "text, shortfall",
    [
        ("The assessment meant XXXX did not go into care on the strength of his father's record alone.", False),
        ("The assessment did not show the strength of the bond between XXXX and his father.", True),
    ],
)
def test_al204_on_the_strength_of_is_a_preposition(text, shortfall):
    assert bool(deficits(text)) is shortfall


# ---------------------------------------------------------------- AL203: the family's own circumstances
# A note whose main subject is a family member doing no step of the process ("Mum has support from her sister",
# "Father in prison since August", "Mum says ...") tells the case, not a process: it is not counted. A family member
# taking part in a step ("Mum attended every core group") or one the work was done to stays process.
@pytest.mark.parametrize(
    "text, fires",
    [
        ("ICPC held 14/03/25. Review conference held 05/06/25. Core groups held monthly. Mum has support from her "
         "sister two streets away. Father in prison since August. Mum says her new partner helps with the school run.",
         False),
        ("ICPC held 14/03/25. Review conference held 05/06/25. Core groups held monthly. Mum attended every core "
         "group. Father was invited to the review. Mum was sent the minutes.", True),
    ],
)
def test_al203_the_familys_circumstances_are_not_process(text, fires):
    assert bool(findings(audit_with(1, [text]), "AL203")) is fires


# ---------------------------------------------------------------- AL202: the child spoken of by pronoun alone
# A domain that goes on about the child by pronoun alone is about the child, its topic: a pronoun of the child's gender
# with no other family member of that gender named in the domain up to it (a relative named through the pronoun, "his
# father's flat", does not count) is read as the child, and a sentence that then states an effect on the child settles
# the domain. With a father named before, "he" may be him: the domain still has no impact on the child.
_AUDIT = """---
audit_id: T-S20
child_ref: XXXX
audit_date: 2026-11-18
---

# Domain 1 - Help, Protection and Stability
Grade: Good

XXXX is fourteen and he lives with foster carers in a small town. He moved there in 2024 after his mother became ill.

# Domain 7 - Impact and Overall Outcomes
Grade: Good

{text}
"""


@pytest.mark.parametrize(
    "text, fires",
    [
        ("Taken as a whole, the file describes a young man whose days are calmer than at any point since he came into "
         "care, and I think the work has had a real part in that. The facts are worth setting out. He has lived in one "
         "home for nearly two years. His attendance for the spring term is 95%, his reading age has risen, and he has "
         "a place at college that he wants.", False),
        # near miss: the father is named first, and the domain is about him
        ("Taken as a whole, the file describes a father whose days are calmer than at any point since the children "
         "came into care, and I think the work has had a real part in that. The facts are worth setting out. He has "
         "lived in one flat for nearly two years. His drinking has stopped, his debts have fallen, and he has a job "
         "that he wants.", True),
    ],
)
def test_al202_the_child_spoken_of_by_pronoun_alone(text, fires):
    audit = audit_from_markdown(_AUDIT.format(text=text))
    assert any(f.code == "AL202" and f.domain == 7 for f in findings(audit, "AL202")) is fires


def test_al204_a_gap_the_family_noticed_is_still_a_shortfall():
    assert deficits("In April Mum noticed that the contact plan had stalled.")
