"""The command line: formats, exit codes, errors that name file and line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from auditlint.cli import main
from auditlint.resources import report_schema

from .conftest import EXAMPLES, ROOT

SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0-subset.json").read_text())

COMPLETE = textwrap.dedent(
    """\
    ---
    audit_id: C1
    child_ref: XXXX
    audit_date: 2023-02-14
    ---
    # Help, Protection and Stability
    Grade: Good

    XXXX is nine and lives with her mother and younger brother. She was on a child protection plan in 2021 after her father's violence at home, and since it ended she has been supported under a Child in Need plan that has kept her safe and settled at school.

    # Recording and Communication
    Grade: Good

    Case notes are written to XXXX and explain decisions in words she could read later, so she will be able to understand why her family was helped and what changed for her at home.

    # Assessment
    Grade: Good

    The assessment draws on school, health and Mother's account, and it explains clearly why XXXX's needs changed after the move, which meant her plan focused on her anxiety about school.

    # Relationship Based Practice and Direct Work
    Grade: Good

    The social worker has used the three houses tool with XXXX on two visits; XXXX said she feels safer at home, and her trust in the worker has let her talk about her worries.

    # Multi-Agency Planning, Analysis, Review and Decision Making
    Grade: Good

    Core groups met every four weeks with school and health, and each one checked progress against the plan, so XXXX had a named adult at school within a week of her attendance dropping.

    # The role of Supervision and Management Oversight
    Grade: Good

    Supervision took place monthly and the manager challenged drift in October, which meant the referral for XXXX's counselling was made without further delay.

    # Impact and Overall Outcomes
    Grade: Good

    XXXX is settled, attending school every day and tells her worker she is happier at home; the plan has reduced the risk she faced from her father's violence.

    # Practitioner discussion
    I met the social worker for an hour on 6 February 2023 and we discussed the plan and her direct work.

    # Family and child feedback
    Mother told me on 8 February 2023 that the worker listens to her and that XXXX is calmer at home.
    """
)


def run(*args, cwd=None):
    runner = CliRunner()
    old = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        return runner.invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def complete(tmp_path):
    p = tmp_path / "complete.md"
    p.write_text(COMPLETE, encoding="utf-8")
    return p


def test_version_and_help():
    r = run("--version")
    assert r.exit_code == 0 and r.output.startswith("auditlint ")
    r = run("--help")
    assert r.exit_code == 0 and "check" in r.output and "rules" in r.output


def test_text_output_format_and_exit_1(tmp_path):
    p = tmp_path / "thin.md"
    p.write_text("# Assessment\nGrade: Good\n\nPlan reviewed.\n", encoding="utf-8")
    r = run("check", str(p), "--select", "AL1")
    assert r.exit_code == 1
    first = r.output.splitlines()[0]
    assert first.startswith(f"{p}:1:1: AL101 error Domain 1")
    assert f"{p}:1:3: AL107 warning" in r.output
    assert "    | Assessment" in r.output
    assert "= fix:" in r.output
    assert "writing score" in r.output and "practice grade: Good" in r.output


def test_fail_on_and_select_ignore(tmp_path):
    p = tmp_path / "thin.md"
    p.write_text("# Assessment\nGrade: Good\n\nPlan reviewed.\n", encoding="utf-8")
    r = run("check", str(p), "--select", "AL107")
    assert r.exit_code == 0, r.output  # a warning does not fail by default
    r = run("check", str(p), "--select", "AL107", "--fail-on", "warning")
    assert r.exit_code == 1
    r = run("check", str(p), "--select", "AL1", "--ignore", "AL101,AL105,AL106,AL107", "--format", "json")
    assert r.exit_code == 0
    codes = {f["code"] for a in json.loads(r.output)["audits"] for f in a["findings"]}
    assert codes <= {"AL102", "AL103", "AL104"}


def test_json_matches_the_contract_schema(complete):
    r = run("check", str(complete), str(EXAMPLES / "weak-audit.md"), "--format", "json")
    assert r.exit_code in (0, 1)
    doc = json.loads(r.output)
    jsonschema.validate(doc, report_schema())
    assert doc["version"].startswith("auditlint ")
    assert [a["audit_id"] for a in doc["audits"]] == ["C1", "EX-WEAK-01"]
    a = doc["audits"][0]
    assert [d["number"] for d in a["domains"]] == list(range(1, 8))
    assert a["domains"][0]["grade"] == "Good"


def test_sarif_matches_the_schema(tmp_path):
    p = tmp_path / "thin.md"
    p.write_text("# Assessment\nGrade: Good\n\nPlan reviewed.\n", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("# Assessment\nGrade: Great\n", encoding="utf-8")
    r = run("check", str(p), str(bad), "--format", "sarif")
    assert r.exit_code == 2
    doc = json.loads(r.stdout)
    jsonschema.validate(doc, SARIF_SCHEMA)
    run0 = doc["runs"][0]
    assert run0["columnKind"] == "unicodeCodePoints"
    assert {x["ruleId"] for x in run0["results"]} >= {"AL101", "AL107"}
    rule_ids = [x["id"] for x in run0["tool"]["driver"]["rules"]]
    for res in run0["results"]:
        assert rule_ids[res["ruleIndex"]] == res["ruleId"]
    assert run0["invocations"][0]["executionSuccessful"] is False
    assert "bad.md" in run0["invocations"][0]["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]


def test_github_annotations(tmp_path):
    p = tmp_path / "thin.md"
    p.write_text("# Assessment\nGrade: Good\n\nPlan reviewed.\n", encoding="utf-8")
    r = run("check", str(p), "--select", "AL107", "--format", "github")
    line = r.output.strip().splitlines()[0]
    assert line.startswith(f"::warning file={p},line=1,col=3,")
    assert "title=AL107 narrative-too-thin::" in line


def test_bad_input_exit_2_and_other_files_still_checked(tmp_path, complete):
    bad = tmp_path / "bad.md"
    bad.write_text("---\naudit_id: X\n---\n# Assessment\n\nGrade: Excellent\n", encoding="utf-8")
    r = run("check", str(bad), str(complete), "--select", "AL1")
    assert r.exit_code == 2
    assert f"{bad}:6:" in r.output and "Excellent" in r.output
    assert "Traceback" not in r.output
    assert "C1 (" in r.output  # the good file was still checked


def test_folder_mixing_good_and_broken_files(tmp_path, complete):
    (tmp_path / "broken.yaml").write_text("audit_id: [\n", encoding="utf-8")
    r = run("check", str(tmp_path), "--format", "json")
    assert r.exit_code == 2
    doc = json.loads(r.stdout)
    assert len(doc["audits"]) == 1 and len(doc["errors"]) == 1
    assert doc["errors"][0]["path"].endswith("broken.yaml") and doc["errors"][0]["line"]


def test_no_files_found_is_a_usage_error(tmp_path):
    r = run("check", str(tmp_path))
    assert r.exit_code == 2 and "no audit files" in r.output


def test_output_file_atomic_and_no_overwrite(tmp_path, complete):
    out = tmp_path / "report.json"
    r = run("check", str(complete), "--format", "json", "-o", str(out))
    assert out.is_file() and json.loads(out.read_text())["audits"]
    before = out.read_text()
    out.write_text("my notes")
    r = run("check", str(complete), "--format", "json", "-o", str(out))
    assert r.exit_code == 2 and "--force" in r.output
    assert out.read_text() == "my notes"
    r = run("check", str(complete), "--format", "json", "-o", str(out), "--force")
    assert out.read_text() == before
    r = run("check", str(complete), "-o", str(complete), "--force")
    assert r.exit_code == 2 and "input file" in r.output
    assert complete.read_text() == COMPLETE
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_rules_and_rule():
    r = run("rules")
    assert r.exit_code == 0 and "AL101  domain-missing" in r.output
    r = run("rules", "--format", "json")
    rows = json.loads(r.output)
    assert {"code", "name", "severity", "summary"} <= set(rows[0])
    r = run("rule", "AL104")
    assert r.exit_code == 0
    for heading in ("# child-summary-missing (AL104)", "## What it does", "## Why is this bad?", "## Example", "## Use instead", "## How to fix it"):
        assert heading in r.output
    assert run("rule", "child-summary-missing").output == r.output
    r = run("rule", "AL1O4")
    assert r.exit_code == 2 and "did you mean" in r.output


def test_schema_command():
    r = run("schema")
    schema = json.loads(r.output)
    assert schema["title"] == "auditlint audit" and "domains" in schema["properties"]
    r = run("schema", "--report")
    assert json.loads(r.output)["title"].startswith("auditlint check")


def test_immediate_response_findings_come_first(tmp_path):
    rules = tmp_path / "ourrules"
    rules.mkdir()
    (rules / "AL101.yml").write_text("code: AL101\nimmediate_response: true\n", encoding="utf-8")
    (tmp_path / "auditlint.toml").write_text('rule_dirs = ["ourrules"]\nselect = ["AL101", "AL107"]\n')
    p = tmp_path / "a.md"
    p.write_text("# Assessment\nGrade: Good\n\nPlan reviewed.\n", encoding="utf-8")
    r = run("check", "a.md", cwd=tmp_path)
    lines = r.output.splitlines()
    assert lines[0].startswith("IMMEDIATE RESPONSE NEEDED")
    assert "AL101" in lines[1]
    block_end = lines.index("")
    assert all("AL107" not in ln for ln in lines[:block_end])
    r = run("check", "a.md", "--format", "json", cwd=tmp_path)
    a = json.loads(r.output)["audits"][0]
    assert a["findings"][0]["immediate_response"] is True and a["immediate_response"] is True


def test_rules_command_imports_no_nlp():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from auditlint.cli import main\n"
        "for args in (['rules'], ['rule', 'AL101'], ['--version'], ['--help'], ['schema']):\n"
        "    r = CliRunner().invoke(main, args)\n"
        "    assert r.exit_code == 0, (args, r.output)\n"
        "print('spacy' in sys.modules, 'thinc' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_console_script_runs_the_bundled_example():
    exe = Path(sys.executable).with_name("auditlint")
    if not exe.exists():
        pytest.skip("auditlint console script not installed in this environment")
    out = subprocess.run([str(exe), "check", str(EXAMPLES / "weak-audit.md")], capture_output=True, text=True)
    assert out.returncode in (0, 1), out.stderr
    assert "weak-audit.md:" in out.stdout and "Traceback" not in out.stderr
    assert "writing score" in out.stdout


def test_eval_split_choices_are_the_evaluated_splits():
    from auditlint.cli import eval_cmd
    from auditlint.evaluation import SPLITS

    option = next(p for p in eval_cmd.params if p.name == "splits")
    assert tuple(option.type.choices) == SPLITS


def test_a_split_reads_its_added_files(tmp_path):
    from auditlint.evaluation import split_files

    for name in ("tune.yaml", "tune-r3-tone.yaml", "tuned.yaml", "holdout.yaml"):
        (tmp_path / name).write_text("items: []\n")
    assert [p.name for p in split_files(tmp_path, "tune")] == ["tune-r3-tone.yaml", "tune.yaml"]
