"""Configuration, rule packs and inline suppression."""

from __future__ import annotations

import textwrap

import pytest

from auditlint.config import Config, find_config, load_config
from auditlint.engine import Engine
from auditlint.errors import ConfigError
from auditlint.rulepack import load_specs

from .conftest import audit_from_markdown

THIN = "# Assessment\nGrade: Good\n\nPlan reviewed.\n"


def test_prefix_selection_like_ruff():
    c = Config(select=["AL1"], ignore=["AL10"])
    assert not c.enabled("AL101") and not c.enabled("AL401")
    c = Config(select=["AL", "AL107"], ignore=["AL1"])
    assert c.enabled("AL107") and not c.enabled("AL101") and c.enabled("AL401")
    assert Config().enabled("AL503")
    with pytest.raises(ValueError):
        Config(select=["E501"])


def test_toml_config_found_upwards(tmp_path):
    (tmp_path / "auditlint.toml").write_text('select = ["AL107"]\nfail_on = "warning"\n[severity]\nAL107 = "error"\n[rules.AL107]\nmin_words = 2\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config(sub) == tmp_path / "auditlint.toml"
    cfg = load_config(start=sub)
    assert cfg.select == ["AL107"] and cfg.fail_on == "warning"
    eng = Engine(cfg)
    res = eng.check([audit_from_markdown(THIN)])[0]
    assert res.findings == []  # "Plan reviewed." has 2 words, the minimum
    res = eng.check([audit_from_markdown("# Assessment\nGrade: Good\n\nPlan.\n")])[0]
    assert [(f.code, f.severity) for f in res.findings] == [("AL107", "error")]


def test_pyproject_tool_section(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname="x"\n[tool.auditlint]\nignore = ["AL4"]\n')
    assert load_config(start=tmp_path).ignore == ["AL4"]
    (tmp_path / "pyproject.toml").write_text('[project]\nname="x"\n')
    assert find_config(tmp_path) is None or find_config(tmp_path).name != "pyproject.toml" or False


@pytest.mark.parametrize(
    "toml,needle",
    [
        ('selekt = ["AL1"]\n', "selekt: unknown setting"),
        ('fail_on = "fatal"\n', "fail_on"),
        ('select = [\n', "not valid TOML"),
        ('rule_dirs = ["nowhere"]\n', "does not exist"),
        ('[rules.AL107]\nmax_words = 3\n', "AL107 parameter max_words: unknown parameter"),
        ('[rules.AL107]\nmin_words = "many"\n', "AL107 parameter min_words"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path, toml, needle):
    f = tmp_path / "auditlint.toml"
    f.write_text(toml)
    with pytest.raises(ConfigError) as err:
        Engine(load_config(f))
    assert str(f) in str(err.value) and needle in str(err.value)


def _pack(tmp_path, files: dict[str, str]):
    d = tmp_path / "pack"
    d.mkdir(exist_ok=True)
    for name, text in files.items():
        (d / name).write_text(textwrap.dedent(text))
    return d


def test_authority_overrides_a_rule_and_adds_one(tmp_path):
    d = _pack(
        tmp_path,
        {
            "AL107.yml": "code: AL107\nseverity: error\nparameters:\n  min_words: 100\n",
            "AL199.yml": """\
                code: AL199
                name: our-own-rule
                family: structure
                type: narrative-length
                severity: info
                guide: G-4
                summary: Local rule.
                message: "Domain {number} is under {min_words} words."
                rationale: Our authority wants long domains.
                fix: Write more.
                examples: {weak: "a", strong: "b"}
                parameters: {min_words: 500}
            """,
        },
    )
    specs = load_specs((d,))
    assert specs["AL107"].severity == "error" and specs["AL107"].name == "narrative-too-thin"
    assert specs["AL107"].parameters["min_words"] == 100
    eng = Engine(Config(select=["AL107", "AL199"], rule_dirs=[d]))
    codes = [(f.code, f.severity) for f in eng.check([audit_from_markdown(THIN)])[0].findings]
    assert codes == [("AL107", "error"), ("AL199", "info")]


@pytest.mark.parametrize(
    "files,needle",
    [
        ({"AL150.yml": "code: AL150\nname: x\ncolour: red\n"}, "colour: unknown key"),
        ({"AL150.yml": "code: AL150\nname: x\nfamily: f\ntype: no-such-type\nseverity: info\nguide: G\nsummary: s\nmessage: m\nrationale: r\nfix: f\nexamples: {weak: a, strong: b}\n"}, "unknown rule type 'no-such-type'"),
        ({"AL150.yml": "code: AL150\nname: x\n", "AL150.yaml": "code: AL150\nname: y\n"}, "duplicate rule code AL150"),
        ({"AL151.yml": "code: AL150\nname: x\nfamily: f\ntype: narrative-length\nseverity: info\nguide: G\nsummary: s\nmessage: m\nrationale: r\nfix: f\nexamples: {weak: a, strong: b}\n"}, "file name must be the rule code"),
        ({"AL150.yml": "code: [\n"}, "not valid YAML"),
        ({"AL150.yml": "code: BAD1\nname: x\nfamily: f\ntype: narrative-length\nseverity: info\nguide: G\nsummary: s\nmessage: m\nrationale: r\nfix: f\nexamples: {weak: a, strong: b}\n"}, "code"),
    ],
)
def test_rule_pack_validation(tmp_path, files, needle):
    d = _pack(tmp_path, files)
    with pytest.raises(ConfigError) as err:
        Engine(Config(rule_dirs=[d]))
    assert needle in str(err.value) and str(d) in str(err.value)


def test_inline_suppression_next_paragraph_and_file():
    md = "# Assessment\nGrade: Good\n\n<!-- auditlint: disable=AL107 -->\nPlan reviewed.\n"
    # AL107 is about the domain, placed on the heading: a paragraph directive does not hide it
    eng = Engine(Config(select=["AL107", "AL104"]))
    assert [f.code for f in eng.check([audit_from_markdown(md)])[0].findings] == ["AL107"]
    md2 = "<!-- auditlint: disable-file=AL107 -->\n" + THIN
    res = eng.check([audit_from_markdown(md2)])[0]
    assert res.findings == []
    md3 = "# Help, Protection and Stability\nGrade: Good\n\n<!-- auditlint: disable=AL104 -->\nThe plan was reviewed on 3.4.23.\n"
    res = eng.check([audit_from_markdown(md3)])[0]
    assert "AL104" not in [f.code for f in res.findings] and res.suppressed == 1
    md4 = md3.replace("<!-- auditlint: disable=AL104 -->\n", "")
    assert "AL104" in [f.code for f in eng.check([audit_from_markdown(md4)])[0].findings]


def test_a_crashing_rule_is_reported_and_others_run(monkeypatch):
    from auditlint.ruletypes.structure import NarrativeLength

    def boom(self, ctx):
        raise ZeroDivisionError("bug")
        yield

    monkeypatch.setattr(NarrativeLength, "check", boom)
    eng = Engine(Config(select=["AL101", "AL107"]))
    res = eng.check([audit_from_markdown(THIN)])[0]
    codes = [f.code for f in res.findings]
    assert "AL000" in codes and "AL101" in codes
    err = next(f for f in res.findings if f.code == "AL000")
    assert "AL107" in err.message and "narrative-too-thin" in err.message
