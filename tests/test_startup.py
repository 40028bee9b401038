"""Cold start: what a new process reads from the cache folder instead of rebuilding, and how
``auditlint check`` starts and ends. The results must be the same with the cache, without it,
and with a stale or damaged one."""

from __future__ import annotations

import datetime
import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditlint import lexicons
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
    assert isinstance(got[5], lexicons.yaml.YAMLError)
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
    probe = code.replace("main()\n", "print(sys.modules['auditlint.cli']._exit_fast_when_done.__module__)\nmain()\n")
    fast = subprocess.run([sys.executable, "-c", probe, "check", audit], capture_output=True, text=True, env=env)
    r = CliRunner().invoke(main, ["check", audit])
    assert fast.returncode == r.exit_code == 1
    assert fast.stdout == "auditlint.cli\n" + r.stdout and "exit handler ran" in fast.stderr
    missing = subprocess.run(
        [sys.executable, "-c", code, "check", str(tmp_path / "none.md")], capture_output=True, text=True, env=env
    )
    assert missing.returncode == 2 and "none.md" in missing.stdout and "exit handler ran" in missing.stderr
