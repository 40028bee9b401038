"""Cold start: what a new process reads from the cache folder instead of rebuilding, and how
``auditlint check`` starts and ends. The results must be the same with the cache, without it,
and with a stale or damaged one. The commands that need no NLP (``rules``, ``rule``,
``--version``, ``--help``) import neither spaCy nor pydantic (nor, for the list, PyYAML)."""

from __future__ import annotations

import datetime
import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditlint import lexicons, rulepack_files
from auditlint.cli import main
from auditlint.errors import ConfigError
from auditlint.lexicons import LexiconStore, safe_load, safe_load_all
from auditlint.resources import builtin_rules_dir
from auditlint.rulepack import load_specs

EXAMPLES = Path(__file__).resolve().parent.parent / "corpora" / "examples"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh cache folder, and no parsed YAML remembered from earlier tests."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("AUDITLINT_CACHE_DIR", str(folder))
    monkeypatch.setattr(lexicons, "_STORED", [])
    return folder


def _bundled_texts() -> list[str]:
    folder = builtin_rules_dir()
    paths = sorted([*folder.glob("AL*.yml"), *(folder / "lexicons").glob("*.yml")])
    return [p.read_text(encoding="utf-8") for p in paths]


def test_parsed_yaml_is_the_same_from_the_cache(cache, monkeypatch):
    texts = _bundled_texts()
    expected = [safe_load(t) for t in texts]
    assert safe_load_all(texts) == expected  # parsed, and written
    assert (cache / lexicons._PARSED_FILE).is_file()
    monkeypatch.setattr(lexicons, "_STORED", [])
    monkeypatch.setattr(lexicons, "safe_load", lambda text: pytest.fail("parsed again"))
    first = safe_load_all(texts)  # a new process: all from the file
    assert first == expected
    again = safe_load_all(texts)
    assert again == expected and all(a is not b for a, b in zip(first, again) if isinstance(a, dict))  # fresh objects


def test_parsed_yaml_cache_keeps_only_what_json_gives_back(cache, monkeypatch):
    texts = [
        "when: 2024-01-31\n",  # a date
        "a: &x [1, 2]\nb: *x\n",  # one list twice
        "1: one\n",  # a number as a key
        "x: .inf\n",
        "entries: [a, b]\nn: 1.5\nok: true\nnone: null\n",
        "entries: [\n",  # not YAML
    ]
    got = safe_load_all(texts)
    assert got[0] == {"when": datetime.date(2024, 1, 31)}
    assert got[1]["a"] is got[1]["b"]
    assert got[2] == {1: "one"} and got[3] == {"x": float("inf")}
    assert got[4] == {"entries": ["a", "b"], "n": 1.5, "ok": True, "none": None}
    assert isinstance(got[5], lexicons.yaml_error())
    monkeypatch.setattr(lexicons, "_STORED", [])
    stored = lexicons._stored()
    assert list(stored) == [lexicons._text_hash(texts[4])]
    again = safe_load_all(texts)
    assert again[:5] == got[:5] and again[1]["a"] is again[1]["b"]


def test_parsed_yaml_cache_damaged_or_off(cache, monkeypatch):
    texts = ["entries: [a, b]\n"]
    safe_load_all(texts)
    path = cache / lexicons._PARSED_FILE
    path.write_text(path.read_text(encoding="utf-8").replace('"a"', '"z"'), encoding="utf-8")  # edited
    monkeypatch.setattr(lexicons, "_STORED", [])
    assert safe_load_all(texts) == [{"entries": ["a", "b"]}]
    monkeypatch.setenv("AUDITLINT_CACHE_DIR", "")
    monkeypatch.setattr(lexicons, "_STORED", [])
    assert safe_load_all(["entries: [c]\n"]) == [{"entries": ["c"]}]


def test_lexicons_and_rules_are_the_same_with_and_without_the_cache(cache, tmp_path, monkeypatch):
    store = LexiconStore()
    with_cache = {n: store.get(n) for n in store.names()}
    specs = {c: s.model_dump() for c, s in load_specs().items()}
    monkeypatch.setattr(lexicons, "_STORED", [])
    warm = LexiconStore()
    assert {n: warm.get(n) for n in warm.names()} == with_cache
    assert {c: s.model_dump() for c, s in load_specs().items()} == specs
    monkeypatch.setenv("AUDITLINT_CACHE_DIR", "")
    monkeypatch.setattr(lexicons, "_STORED", [])
    cold = LexiconStore()
    assert {n: cold.get(n) for n in cold.names()} == with_cache
    assert {c: s.model_dump() for c, s in load_specs().items()} == specs


def test_authority_files_read_through_the_cache_still_extend_and_fail_as_before(cache, tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    (own / "acronyms.yml").write_text("replace: true\nentries:\n  - {acronym: QQQ, expansion: Our Panel}\n")
    for _ in range(2):  # parsed, then from the cache
        assert [e["acronym"] for e in LexiconStore((own,)).get("acronyms")["entries"]] == ["QQQ"]
    (own / "emotive.yml").write_text("entries: [\n")
    with pytest.raises(ConfigError, match=r"emotive.yml:\d+: lexicon is not valid YAML"):
        LexiconStore((own,)).get("emotive")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "AL101.yml").write_text("severity: [\n")
    with pytest.raises(ConfigError, match=r"AL101.yml:\d+: rule file is not valid YAML"):
        load_specs((rules,))
    (rules / "AL101.yml").write_text("code: AL101\nseverity: info\n")
    for _ in range(2):
        assert load_specs((rules,))["AL101"].severity == "info"


def test_hyphenator_is_pyphen(cache):
    import pyphen

    from auditlint.compiled import hyphenator

    words = EXAMPLES.joinpath("weak-audit.md").read_text(encoding="utf-8").lower().split()
    path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    saved = pyphen.hdcache.pop(path, None)
    try:
        reference = pyphen.Pyphen(filename=path, cache=False)
        for _ in range(2):  # built and written, then read back
            pyphen.hdcache.pop(path, None)
            fast = hyphenator("en_US")
            assert fast.hd.patterns == reference.hd.patterns and fast.hd.maxlen == reference.hd.maxlen
            assert [fast.positions(w) for w in words] == [reference.positions(w) for w in words]
        assert any(cache.glob("pyphen-*.txt"))
    finally:
        pyphen.hdcache.pop(path, None)
        if saved is not None:
            pyphen.hdcache[path] = saved


def test_check_restores_the_collector(tmp_path):
    before = gc.get_threshold()
    r = CliRunner().invoke(main, ["check", str(EXAMPLES / "weak-audit.md")])
    assert r.exit_code in (0, 1), r.output
    assert gc.get_threshold() == before and gc.isenabled()


def test_check_then_exit_gives_the_same_results_and_leaves_the_collector_on():
    """``Engine.check(then_exit=True)`` (the console ``check``) skips only the last group's clean-up."""
    from auditlint.engine import Engine
    from auditlint.readers import read_path

    engine = Engine()
    audits = [read_path(EXAMPLES / "weak-audit.md"), read_path(EXAMPLES / "good-audit.md")]
    plain = [r.model_dump() for r in engine.check(audits)]
    frozen = gc.get_freeze_count()
    try:
        assert [r.model_dump() for r in engine.check(audits, then_exit=True)] == plain
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen  # the last group was frozen out of the collector's view, not collected
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual


def test_the_console_flag_is_cleared_when_the_group_returns():
    from auditlint import cli

    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert not cli._CONSOLE


def test_console_check_output_and_exit_code_are_those_of_an_ordinary_exit(tmp_path):
    """The console script ends ``check`` with ``os._exit``: same report, same exit code, and the
    exit handlers still run."""
    audit = str(EXAMPLES / "weak-audit.md")
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('exit handler ran', file=sys.stderr))\n"
        "from auditlint.cli import main\n"
        "sys.argv = ['auditlint'] + sys.argv[1:]\n"
        "main()\n"
    )
    import auditlint

    here = str(Path(auditlint.__file__).resolve().parent.parent)  # this checkout's auditlint, not an installed one
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([here, *filter(None, [os.environ.get("PYTHONPATH")])])}
    probe = code.replace("main()\n", "print(sys.modules['auditlint.cli'].exit_fast_when_done.__module__)\nmain()\n")
    fast = subprocess.run([sys.executable, "-c", probe, "check", audit], capture_output=True, text=True, env=env)
    r = CliRunner().invoke(main, ["check", audit])
    assert fast.returncode == r.exit_code == 1
    assert fast.stdout == "auditlint.cli\n" + r.stdout and "exit handler ran" in fast.stderr
    missing = subprocess.run(
        [sys.executable, "-c", code, "check", str(tmp_path / "none.md")], capture_output=True, text=True, env=env
    )
    assert missing.returncode == 2 and "none.md" in missing.stdout and "exit handler ran" in missing.stderr


# -- rules and rule: no NLP, no pydantic ------------------------------------------------------
def _fields(rules: dict) -> dict:
    """Every rule's fields as ``auditlint rules``/``rule`` read them, from a RuleSpec or a RuleDoc."""
    names = ("code", "name", "family", "type", "severity", "guide", "status", "summary", "message", "rationale",
             "fix", "parameters", "immediate_response", "references", "source")
    return {
        code: ({n: getattr(r, n) for n in names}, dict(vars(r.examples)) if isinstance(r, rulepack_files.RuleDoc) else r.examples.model_dump())
        for code, r in rules.items()
    }


def test_rule_docs_are_the_validated_specs_from_the_cache(cache, tmp_path, monkeypatch):
    from auditlint.rulepack import RuleSpec

    own = tmp_path / "own"
    own.mkdir()
    (own / "AL201.yml").write_text("code: AL201\nseverity: info\nparameters: {extra: [1, 2.5, true, null]}\n")
    for dirs in ((), (own,)):
        expected = _fields(load_specs(dirs))
        first = rulepack_files.rule_docs(dirs)  # validated, then kept
        assert all(isinstance(r, RuleSpec) for r in first.values()) and _fields(first) == expected
        monkeypatch.setattr(rulepack_files, "read_rule_files", lambda *a: pytest.fail("validated again"))
        again = rulepack_files.rule_docs(dirs)  # from the cache: no parse, no pydantic
        monkeypatch.undo()
        monkeypatch.setenv("AUDITLINT_CACHE_DIR", str(cache))
        assert list(again) == list(expected) and all(isinstance(r, rulepack_files.RuleDoc) for r in again.values())
        assert _fields(again) == expected
    (own / "AL201.yml").write_text("code: AL201\nseverity: loud\n")  # an edited file is validated again
    with pytest.raises(ConfigError, match=r"AL201.yml: severity:"):
        rulepack_files.rule_docs((own,))
    (own / "AL201.yml").write_text("code: AL201\nseverity: warning\n")
    assert rulepack_files.rule_docs((own,))["AL201"].severity == "warning"
    assert rulepack_files.rule_docs((own,))["AL201"].severity == "warning"


def test_rule_docs_cache_damaged_stale_or_off(cache, monkeypatch):
    expected = _fields(load_specs())
    rulepack_files.rule_docs()
    path = cache / rulepack_files._SPECS_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"severity":"error"', '"severity":"info"', 1), encoding="utf-8")  # edited
    assert _fields(rulepack_files.rule_docs()) == expected
    monkeypatch.setattr(rulepack_files, "_specs_key", lambda: "another auditlint")  # models or pydantic changed
    assert _fields(rulepack_files.rule_docs()) == expected
    monkeypatch.setenv("AUDITLINT_CACHE_DIR", "")
    assert _fields(rulepack_files.rule_docs()) == expected


def test_default_configuration_needs_no_config_model():
    from auditlint.config import Config
    from auditlint.ruledoc import render_rule, rules_table

    specs = load_specs()
    for fmt in ("text", "json", "markdown"):
        assert rules_table(specs, fmt, None) == rules_table(specs, fmt, Config())
    for spec in specs.values():
        assert render_rule(spec, None) == render_rule(spec, Config())


def test_commands_without_nlp_import_neither_spacy_nor_pydantic(tmp_path):
    code = (
        "import sys\n"
        "from auditlint.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "heavy = ('spacy', 'thinc', 'pydantic', 'yaml', 'jinja2', 'docx', 'auditlint.config', 'auditlint.rulepack',"
        " 'auditlint.engine', 'auditlint.nlp')\n"
        "print(' '.join(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    import auditlint

    here = str(Path(auditlint.__file__).resolve().parent.parent)
    env = {**os.environ, "AUDITLINT_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": here}

    def imported(*args: str) -> set[str]:
        r = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        return set(r.stderr.split())

    assert imported("rules") >= {"pydantic", "auditlint.rulepack"}  # the first time the rules are validated
    assert imported("rules") == set()
    assert imported("rules", "--format", "json") == set()
    assert imported("rule", "AL201") == {"yaml"}  # its parameters are shown as YAML
    assert imported("rule", "AL101") == set()  # no parameters
    assert imported("--version") == set()
    assert imported("--help") == set()
