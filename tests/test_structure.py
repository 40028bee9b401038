"""AL1 structure rules: each fires, and does not fire on its near misses."""

from __future__ import annotations

import pytest

from .conftest import EXAMPLES, audit_from_markdown, audit_with, codes_fired, findings
from auditlint.readers import read_path


def md(*sections: str, front: str = "---\naudit_id: T\naudit_date: 2023-02-14\n---\n") -> str:
    return front + "\n".join(sections)


ALL_DOMAINS = [
    "# Help, Protection and Stability\nGrade: Good\n\nXXXX is nine.\n",
    "# Recording and Communication\nGrade: Good\n\nText.\n",
    "# Assessment\nGrade: Good\n\nText.\n",
    "# Relationship Based Practice and Direct Work\nGrade: Good\n\nText.\n",
    "# Multi-Agency Planning, Analysis, Review and Decision Making\nGrade: Good\n\nText.\n",
    "# The role of Supervision and Management Oversight\nGrade: Good\n\nText.\n",
    "# Impact and Overall Outcomes\nGrade: Good\n\nText.\n",
]


def test_al101_each_missing_domain_once():
    a = audit_from_markdown(md(*ALL_DOMAINS[:3], *ALL_DOMAINS[5:]))
    fs = findings(a, "AL101")
    assert [(f.code, f.domain) for f in fs] == [("AL101", 4), ("AL101", 5)]
    assert "Relationship Based Practice" in fs[0].message


def test_al101_aliases_and_numbering_count_as_present():
    secs = [s.replace("# Help, Protection and Stability", "# 1. Early Help, Protection & Stability")
             .replace("# Impact and Overall Outcomes", "# Domain 7 - Overall Outcomes") for s in ALL_DOMAINS]
    assert codes_fired(audit_from_markdown(md(*secs)), "AL101") == []


def test_al101_a_duplicate_is_not_a_substitute():
    secs = ALL_DOMAINS[:6] + [ALL_DOMAINS[5]]
    a = audit_from_markdown(md(*secs))
    assert codes_fired(a, "AL101") == ["AL101"]


def test_al102_grade_missing_placed_on_heading():
    a = audit_from_markdown(md("# Assessment\n\nThe assessment is thorough.\n"))
    fs = findings(a, "AL102")
    assert [(f.code, f.domain, f.line, f.column) for f in fs] == [("AL102", 3, 5, 3)]


def test_al102_not_when_graded_anywhere_in_section_or_bold():
    a = audit_from_markdown(md("# Assessment\n\nThe assessment is thorough.\n\n**Grade:** Outstanding\n"))
    assert codes_fired(a, "AL102") == []
    a = audit_from_markdown(md("# Assessment\nJudgement: Good\n\nText.\n"))
    assert codes_fired(a, "AL102") == []


def test_al102_empty_grade_line_counts_as_missing():
    a = audit_from_markdown(md("# Assessment\nGrade:\n\nText.\n"))
    assert codes_fired(a, "AL102") == ["AL102"]


def test_al103_recognised_grade_in_the_model_but_unknown_text_fires():
    from auditlint.model import TextBlock

    a = audit_with(3, ["Text."], grade=None)
    a.domains[0].grade_text = TextBlock(text="Good with areas")
    fs = findings(a, "AL103")
    assert [f.code for f in fs] == ["AL103"] and "'Good'" in fs[0].message


@pytest.mark.parametrize(
    "opening",
    [
        "XXXX is a fourteen-year-old boy who lives with his father. He came into care in 2019 after his mother died.",
        "XXXX (aged 6) lives with her maternal grandmother under a special guardianship order made in 2020.",
        "XXXX is 17 and lives in supported lodgings. He arrived in the UK alone in 2022.",
        "The young person is 16, is autistic, and has lived with the same foster carers since 2018.",
        "XXXX is nine. She has lived with her mother since her parents separated in 2019.",
    ],
)
def test_al104_passes_real_summaries(opening):
    assert codes_fired(audit_with(1, [opening]), "AL104") == []


@pytest.mark.parametrize(
    "opening",
    [
        "The child protection plan was reviewed on 3.4.23 and core groups have been held monthly.",
        "XXXX's plan was reviewed on 3.4.23. Visits are within timescales.",
        "This audit covers the period August 2022 to February 2023. The case was transferred in June.",
        "XXXX was visited on 3.3.23 and seen alone.",
        "Mother is 34 and lives in a flat. She has a history of depression.",
    ],
)
def test_al104_fires_on_process_or_other_people(opening):
    assert codes_fired(audit_with(1, [opening]), "AL104") == ["AL104"]


def test_al104_only_domain_1_and_message_names_the_gap():
    a = audit_with(2, ["The plan was reviewed."])
    assert codes_fired(a, "AL104") == []
    fs = findings(audit_with(1, ["XXXX's plan was reviewed on 3.4.23."]), "AL104")
    assert "XXXX" in fs[0].message and fs[0].excerpt.startswith("XXXX's plan")


def test_al105_al106_sections_present_or_recorded_elsewhere():
    base = "# Help, Protection and Stability\nGrade: Good\n\nXXXX is nine and lives with Mother.\n"
    a = audit_from_markdown(md(base))
    assert sorted(codes_fired(a, "AL105", "AL106")) == ["AL105", "AL106"]
    elsewhere = base + "\nI met the allocated social worker on 3.2.23 for an hour. Mother told me the plan has helped.\n"
    assert codes_fired(audit_from_markdown(md(elsewhere)), "AL105", "AL106") == []
    reason = base + "\nMother could not be contacted despite three calls and a letter.\n"
    assert codes_fired(audit_from_markdown(md(reason)), "AL106") == []
    thin = base + "\n# Practitioner discussion\nBrief.\n"
    fs = findings(audit_from_markdown(md(thin)), "AL105")
    assert len(fs) == 1 and "too short" in fs[0].message and fs[0].line == 10


def test_al105_fires_on_a_section_that_says_the_discussion_has_not_happened():
    base = "# Help, Protection and Stability\nGrade: Good\n\nXXXX is nine and lives with Mother.\n"
    not_yet = base + "\n# Practitioner discussion\nNot yet held: the worker has been away from the office since the new year. To be arranged.\n"
    fs = findings(audit_from_markdown(md(not_yet)), "AL105")
    assert len(fs) == 1 and "has not happened" in fs[0].message
    held = base + "\n# Practitioner discussion\nThe worker and I went through the file on 2.2.23; she said the plan has no end date.\n"
    assert codes_fired(audit_from_markdown(md(held)), "AL105") == []
    subjectless = base + "\nDiscussed with the SW on 2.2.23 for forty minutes.\n"
    assert codes_fired(audit_from_markdown(md(subjectless)), "AL105") == []


def test_al106_section_not_sought_fires_but_a_recorded_attempt_does_not():
    base = "# Help, Protection and Stability\nGrade: Good\n\nXXXX is nine and lives with Dad.\n"
    not_sought = base + "\n# Family and child feedback\nFeedback from the family has not been sought as part of this audit.\n"
    fs = findings(audit_from_markdown(md(not_sought)), "AL106")
    assert len(fs) == 1 and "no reason" in fs[0].message
    tried = base + "\n# Family and child feedback\nDad not available; two calls on 1.2.23 went unanswered and a message was left.\n"
    assert codes_fired(audit_from_markdown(md(tried)), "AL106") == []


def test_al106_the_records_own_reported_views_are_not_the_auditors_feedback():
    base = "# Help, Protection and Stability\nGrade: Good\n\nXXXX is nine and lives with Dad.\n"
    record = base + "\nDad told the social worker in January that he wants more contact.\n"
    assert codes_fired(audit_from_markdown(md(record)), "AL106") == ["AL106"]
    own = base + "\nDad told me on 3.2.23 that he wants more contact.\n"
    assert codes_fired(audit_from_markdown(md(own)), "AL106") == []


def test_al106_not_satisfied_by_a_mother_mentioned_without_feedback():
    base = "# Help, Protection and Stability\nGrade: Good\n\nXXXX is nine and lives with Mother, who has depression.\n"
    assert codes_fired(audit_from_markdown(md(base)), "AL106") == ["AL106"]


def test_al107_thin_domains_only():
    a = audit_from_markdown(md("# Assessment\nGrade: Good\n\nPlan reviewed.\n", "# Recording and Communication\nGrade: Good\n\n" + "word " * 45 + "\n"))
    fs = findings(a, "AL107")
    assert [(f.domain, f.code) for f in fs] == [(3, "AL107")]
    assert "2 words" in fs[0].message


def test_good_example_passes_structure_rules():
    a = read_path(EXAMPLES / "good-audit.md")
    assert codes_fired(a, "AL1") == []


def test_weak_example_opens_without_a_child_summary():
    a = read_path(EXAMPLES / "weak-audit.md")
    assert "AL104" in codes_fired(a, "AL1")
