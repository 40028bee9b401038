"""Readers: Markdown, JSON and YAML map onto one model with exact source positions."""

from __future__ import annotations

import json
import textwrap

import pytest

from auditlint.errors import InputError
from auditlint.model import Audit, Grade
from auditlint.readers import iter_audit_files, read_path, read_text
from auditlint.sections import catalogue
from auditlint.text import in_quotes, quoted_spans

MD = textwrap.dedent(
    """\
    ---
    audit_id: A-2023-041
    child_ref: XXXX
    audit_date: 2023-02-14
    auditor: Team Manager, Locality North
    ---

    # 1. Help, Protection & Stability
    Grade: Requires Improvement to be Good

    XXXX is nine and lives with her mother and younger brother.
    She moved schools in 2021.

    Actions:
    - The social worker will update the chronology
      with the events of 2019-2022 by 28 February 2023.
    1. The team manager will review the plan by 3.3.23.

    # Domain 2 - Recording and Communication
    **Grade:** good

    Records are up to date.

    # Practitioner discussion
    I met the social worker for an hour on 6 February 2023.

    # Family and child feedback
    Mother said "it’s been better lately" when I telephoned her.

    # Actions
    - Domain 2: The social worker will add the missing visits by 1.3.23.
    """
)


def test_markdown_sections_grades_actions():
    a = read_text(MD, "a.md")
    assert a.audit_id == "A-2023-041"
    assert a.auditor == "Team Manager, Locality North"
    assert str(a.review_start) == "2022-08-14" and str(a.review_end) == "2023-02-14"
    assert [d.number for d in a.domains] == [1, 2]
    assert a.domains[0].grade is Grade.REQUIRES_IMPROVEMENT
    assert a.domains[1].grade is Grade.GOOD
    assert a.domains[0].name == "Help, Protection and Stability"
    assert len(a.domains[0].paragraphs) == 1
    assert len(a.domains[0].actions) == 2
    assert a.domains[0].actions[0].block.text.endswith("by 28 February 2023.")
    assert a.practitioner is not None and "an hour" in a.practitioner.paragraphs[0].text
    assert a.family is not None
    assert len(a.actions) == 1 and a.actions[0].domain == 2
    assert a.notices == []


def test_positions_are_exact():
    a = read_text(MD, "a.md")
    para = a.domains[0].paragraphs[0]
    lines = MD.splitlines()
    for offset, ch in enumerate(para.text):
        if ch == "\n":
            continue
        line, col = para.position(offset)
        assert lines[line - 1][col - 1] == ch
    act = a.domains[0].actions[0].block
    i = act.text.index("28 February")
    line, col = act.position(i)
    assert lines[line - 1][col - 1 : col - 1 + 11] == "28 February"
    # end positions are exclusive
    line, col = para.position(len("XXXX is nine"))
    assert (line, col) == (11, 13)


def test_non_bmp_characters_count_as_one_column():
    md = "# Assessment\nGrade: Good\n\nXXXX drew 🙂 then wrote appalling.\n"
    a = read_text(md, "e.md")
    p = a.domains[0].paragraphs[0]
    assert p.position(p.text.index("appalling")) == (4, md.splitlines()[3].index("appalling") + 1)


@pytest.mark.parametrize(
    "heading,number",
    [
        ("Early Help, Protection & Stability", 1),
        ("DOMAIN 3 - ASSESSMENTS", 3),
        ("4) Relationship-Based Practice and Direct Work", 4),
        ("Multi-Agency Planning, Analysis, Review and Decision-Making", 5),
        ("6. The Role of Supervision & Management Oversight", 6),
        ("  overall   outcomes ", 7),
        ("Domain 2", 2),
        ("Assessment (including the single assessment)", 3),
    ],
)
def test_domain_heading_aliases(heading, number):
    m = catalogue().match_heading(heading)
    assert (m.kind, m.number) == ("domain", number)


@pytest.mark.parametrize("heading", ["Views of the practitioner", "Discussion with the allocated worker"])
def test_practitioner_aliases(heading):
    assert catalogue().match_heading(heading).kind == "practitioner"


@pytest.mark.parametrize("heading", ["Child and family feedback", "Views of the child and family"])
def test_family_aliases(heading):
    assert catalogue().match_heading(heading).kind == "family"


@pytest.mark.parametrize(
    "written,grade",
    [
        ("Outstanding", Grade.OUTSTANDING),
        ("GOOD", Grade.GOOD),
        ("RI", Grade.REQUIRES_IMPROVEMENT),
        ("ri to be good", Grade.REQUIRES_IMPROVEMENT),
        ("Requires Improvement", Grade.REQUIRES_IMPROVEMENT),
        ("Requires improvement to be good", Grade.REQUIRES_IMPROVEMENT),
        ("inadequate", Grade.INADEQUATE),
    ],
)
def test_grade_spellings(written, grade):
    a = read_text(f"# Assessment\nGrade: {written}\n\nText.\n", "g.md")
    assert a.domains[0].grade is grade


def test_unknown_grade_is_an_error_naming_the_line_and_nearest():
    with pytest.raises(InputError) as err:
        read_text("# Assessment\n\nGrade: Requires Improvment\n", "g.md")
    e = err.value
    assert e.path == "g.md" and e.line == 3
    assert "Requires Improvement" in e.message and "AL103" in e.message


def test_second_grade_line_is_an_error():
    with pytest.raises(InputError) as err:
        read_text("# Assessment\nGrade: Good\nGrade: RI\n", "g.md")
    assert err.value.line == 3


def test_bad_front_matter_names_the_line():
    with pytest.raises(InputError) as err:
        read_text("---\naudit_id: A\naudit_date: [2023\n---\n# Assessment\n", "f.md")
    assert err.value.line is not None and err.value.line >= 3
    with pytest.raises(InputError) as err:
        read_text("---\naudit_date: 14th Febtober\n---\n", "f.md")
    assert err.value.line == 2 and "audit_date" in err.value.message
    with pytest.raises(InputError) as err:
        read_text("---\naudit_id: A\n# Assessment\n", "f.md")
    assert err.value.line == 1


def test_front_matter_uk_date_and_unknown_key_notice():
    a = read_text("---\naudit_date: 14/02/2023\nteam: North\n---\n# Assessment\nGrade: Good\n", "f.md")
    assert str(a.audit_date) == "2023-02-14"
    assert any("team" in n.message for n in a.notices)


def test_unknown_heading_is_kept_and_reported_duplicate_domain_too():
    a = read_text("# Assessment\nGrade: Good\n\nOne.\n\n# Assessment\nGrade: RI\n\nTwo.\n\n# Chronology notes\n\nThree.\n", "x.md")
    assert len(a.domains) == 1 and a.domains[0].paragraphs[0].text == "One."
    titles = [s.title for s in a.extras]
    assert "Assessment" in titles and "Chronology notes" in titles
    assert len(a.notices) == 2


def test_no_front_matter_defaults():
    a = read_text("# Assessment\nGrade: Good\n\nText.\n", "drafts/a-2023-041.md")
    assert a.audit_id == "a-2023-041" and a.audit_date is None and a.review_start is None


def test_inline_suppression_directives():
    md = (
        "<!-- auditlint: disable-file=AL5 -->\n# Assessment\nGrade: Good\n\n"
        "<!-- auditlint: disable=AL401, AL402 -->\nFirst.\n\nSecond.\n\n"
        "Actions:\n<!-- auditlint: disable -->\n- Do it.\n"
    )
    a = read_text(md, "s.md")
    assert a.disabled == ["AL5"]
    p1, p2 = a.domains[0].paragraphs
    assert p1.disabled == ["AL401", "AL402"] and p2.disabled == []
    assert a.domains[0].actions[0].block.disabled == ["AL"]


def test_narrative_after_actions_list_is_narrative():
    a = read_text("# Assessment\nGrade: Good\n\nActions:\n- One by 1.3.23.\n\nMore narrative here.\n", "n.md")
    d = a.domains[0]
    assert [x.block.text for x in d.actions] == ["One by 1.3.23."]
    assert [p.text for p in d.paragraphs] == ["More narrative here."]


def test_quoted_speech_spans():
    t = 'Mother said "it was disgusting" and XXXX said “I hate it”.'
    spans = quoted_spans(t)
    assert len(spans) == 2
    assert in_quotes(t, t.index("disgusting"), t.index("disgusting") + 10)
    assert not in_quotes(t, t.index("Mother"), t.index("Mother") + 6)


@pytest.mark.parametrize(
    "data",
    [
        "# Assessment\nGrade: Good\n\nXXXX’s café visit.\n".encode("utf-8"),
        b"\xef\xbb\xbf" + "# Assessment\nGrade: Good\n\nXXXX’s café visit.\n".encode("utf-8"),
        "# Assessment\r\nGrade: Good\r\n\r\nXXXX’s café visit.\r\n".encode("cp1252"),
        "# Assessment\rGrade: Good\r\rXXXX’s café visit.\r".encode("utf-8"),
    ],
)
def test_encodings_and_line_endings(tmp_path, data):
    p = tmp_path / "enc.md"
    p.write_bytes(data)
    a = read_path(p)
    para = a.domains[0].paragraphs[0]
    assert para.text == "XXXX’s café visit."
    assert para.line == 4
    assert a.domains[0].grade is Grade.GOOD


def test_cp1252_is_noticed(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("# Assessment\nGrade: Good\n\nIt’s fine.\n".encode("cp1252"))
    a = read_path(p)
    assert any("Windows-1252" in n.message for n in a.notices)


@pytest.mark.parametrize(
    "name,content,needle",
    [
        ("old.doc", b"\xd0\xcf\x11\xe0", "save it as .docx"),
        ("notes.pdf", b"%PDF", "unsupported file type"),
        ("bin.md", b"abc\x00def", "NUL"),
    ],
)
def test_unreadable_files_are_clear_errors(tmp_path, name, content, needle):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_path(p)
    assert needle in err.value.message and err.value.path == str(p)


def test_missing_file_and_size_limit(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_path(tmp_path / "nope.md")
    big = tmp_path / "big.md"
    big.write_text("x" * 2000)
    with pytest.raises(InputError, match="limit"):
        read_path(big, max_bytes=1000)


def test_folder_listing_skips_hidden_and_lock_files(tmp_path):
    (tmp_path / "a.md").write_text("# Assessment\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "b.md").write_text("# Assessment\n")
    (tmp_path / "~$lock.docx").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.yaml").write_text("audit_id: c\n")
    (tmp_path / "notes.pdf").write_bytes(b"")
    found = iter_audit_files([str(tmp_path)])
    assert [f.rsplit("/", 1)[-1] for f in found] == ["a.md", "c.yaml"]


# -- JSON / YAML ----------------------------------------------------------
def test_json_round_trip_of_the_model(tmp_path):
    a = read_text(MD, "a.md")
    p = tmp_path / "a.json"
    p.write_text(a.model_dump_json(indent=2), encoding="utf-8")
    b = read_path(p)
    assert b.source_format == "json"
    assert [d.number for d in b.domains] == [1, 2]
    assert b.domains[0].paragraphs[0].text == a.domains[0].paragraphs[0].text
    # positions now point into the JSON file
    para = b.domains[0].paragraphs[0]
    lines = p.read_text().splitlines()
    i = para.text.index("She moved")
    line, col = para.position(i)
    assert lines[line - 1][col - 1 : col - 1 + 9] == "She moved"


def test_json_with_strings_and_escapes(tmp_path):
    doc = {
        "audit_id": "J1",
        "audit_date": "2023-02-14",
        "domains": [
            {"number": 3, "grade": "RI", "paragraphs": ['She said "no".\nThen appalling.'], "actions": ["SW to act by 1.3.23"]}
        ],
    }
    p = tmp_path / "j.json"
    p.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    a = read_path(p)
    d = a.domains[0]
    assert d.grade is Grade.REQUIRES_IMPROVEMENT and d.name == "Assessment"
    para = d.paragraphs[0]
    raw = p.read_text().splitlines()
    line, col = para.position(para.text.index("appalling"))
    assert raw[line - 1][col - 1 : col + 8] == "appalling"
    assert d.actions[0].block.text == "SW to act by 1.3.23"


def test_yaml_block_scalars_keep_positions(tmp_path):
    y = textwrap.dedent(
        """\
        audit_id: Y1
        audit_date: 2023-02-14
        domains:
          - number: 6
            grade: Inadequate
            paragraphs:
              - |
                There is evidence of supervision
                and management oversight.
        """
    )
    p = tmp_path / "y.yaml"
    p.write_text(y, encoding="utf-8")
    a = read_path(p)
    para = a.domains[0].paragraphs[0]
    lines = y.splitlines()
    line, col = para.position(para.text.index("management"))
    assert lines[line - 1][col - 1 : col + 9] == "management"


def test_json_errors_name_line(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{\n  "audit_id": "x",\n  "domains": [\n')
    with pytest.raises(InputError) as err:
        read_path(p)
    assert err.value.line is not None
    p.write_text('{"domains": [{"number": 9}]}')
    with pytest.raises(InputError, match="domains.0.number"):
        read_path(p)
    p.write_text('{"domains": [{"number": 1, "grade": "Excellent"}]}')
    with pytest.raises(InputError, match="AL103"):
        read_path(p)


def test_yaml_errors_name_line(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("audit_id: x\ndomains:\n  - number: 1\n   grade: Good\n")
    with pytest.raises(InputError) as err:
        read_path(p)
    assert err.value.line == 4
    p.write_text("- just\n- a list\n")
    with pytest.raises(InputError, match="audit object"):
        read_path(p)


def test_schema_describes_the_model():
    schema = Audit.model_json_schema()
    assert "domains" in schema["properties"]
    assert "Grade" in schema["$defs"]
