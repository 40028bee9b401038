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


# The pronoun is traced back only to the sentence before, past possessors ("XXXX's review" names whose review, not who
# acts), and never to the child when the pronoun is of the other gender: there the practice's denied work stays a
# shortfall.
@pytest.mark.parametrize(
    "text, cue",
    [
        ("The social worker went on leave in June. XXXX's review was then delayed. She has not seen him alone since "
         "April.", "not seen"),
        ("XXXX is settled with his carers. The review of his plan was postponed in May. She has not visited him since "
         "April.", "not visited"),
        ("XXXX's carers asked for a meeting in March. No date was set. In the summer the team was short of staff and "
         "the case sat unallocated. She has not seen XXXX alone since then.", "not seen"),
    ],
)
def test_al204_a_pronoun_not_the_child_keeps_the_shortfall(text, cue):
    assert any(cue in c for c in deficits(text))


# ---------------------------------------------------------------- AL204: a gap the review or audit found
# A shortfall a review, the audit or the IRO found is still a shortfall the guide weighs against the grade: reporting
# who found it does not put it right.
@pytest.mark.parametrize(
    "text",
    [
        "The review found that visits had lapsed for ten weeks.",
        "This audit found that the plan had not been updated since May.",
        "The auditor noticed that the chronology had not been updated.",
        "My review of the file found that supervision had not taken place in April or May.",
        "The IRO identified in June that XXXX had not been seen alone for three months.",
        "In April Mum noticed that the contact plan had stalled.",
    ],
)
def test_al204_a_gap_someone_found_is_still_a_shortfall(text):
    assert deficits(text)


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


# A family member as the main subject does not make the sentence the case when what they have is itself a step of the
# work or a professional (a meeting, an officer who attends the core groups), nor when the parse hangs a passive on
# them ("Mum seen at home ... by the social worker"): those stay process, so with three process notes before them the
# domain is process-heavy. A circumstance with no process in it ("a conviction", "a new job") still is not.
_PROCESS_NOTES = ("ICPC held 14/03/25. Review conference held 05/06/25. Core groups held monthly. {} Mum has support "
                  "from her sister two streets away. Father in prison since August.")


@pytest.mark.parametrize(
    "sentence, fires",
    [
        ("The family has a Team Around the Family meeting every month.", True),
        ("Dad has a probation officer who attends the core groups.", True),
        ("Mum seen at home on 03/04/25 by the social worker.", True),
        ("Mum seen by the health visitor at clinic on 02/05/25.", True),
        ("Mum received a parenting assessment.", True),
        # near misses: the family's circumstances with no process in them
        ("Mum's new partner has a conviction.", False),
        ("Mum has a new job at the school.", False),
        ("Dad in prison since May, charged and remanded in June.", False),
    ],
)
def test_al203_a_family_subject_with_process_in_what_they_have_is_process(sentence, fires):
    assert bool(findings(audit_with(1, [_PROCESS_NOTES.format(sentence)]), "AL203")) is fires


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


# Another person named as a subject before the pronoun (a worker, the IRO, "a man from the church") may be who "he" or
# "she" is: the pronoun is then not read as the child, and a domain whose only effect is told of that pronoun has no
# impact on the child. The child named again between them restores the reading.
_GIRL = ("XXXX is fourteen and she lives with foster carers in a small town. She moved there in 2024 after her father "
         "became ill.")
_BOY = "XXXX is fourteen and he lives with foster carers in a small town. He moved there in 2024 after his mother became ill."


@pytest.mark.parametrize(
    "d1, text, fires",
    [
        (_BOY, "The allocated worker changed in May. He has visited every two weeks since then. He is now much calmer "
               "and more confident in meetings with the school.", True),
        (_GIRL, "The IRO chaired both reviews and the plan was updated. She is now happier and more settled with the "
                "arrangements for contact.", True),
        (_BOY, "A man from the church has started visiting the family each week. He has been a steady presence and is "
               "much calmer in the home.", True),
        # near miss: the child named again after the worker, then spoken of by pronoun
        (_BOY, "The allocated worker changed in May and XXXX was unsettled by it for a while. He is now much calmer "
               "and more confident at school, and his attendance has risen to 96%.", False),
    ],
)
def test_al202_another_person_named_first_may_be_the_pronoun(d1, text, fires):
    audit = audit_from_markdown(_AUDIT.replace(_BOY, d1).format(text=text))
    assert any(f.code == "AL202" and f.domain == 7 for f in findings(audit, "AL202")) is fires
