"""The rule files ship inside the wheel and are found from a checkout and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from auditlint.resources import builtin_rules_dir
from auditlint.rulepack import load_specs, rule_files

from .conftest import ROOT


def test_rules_found_from_the_checkout():
    assert builtin_rules_dir() == ROOT / "rules"
    assert len(load_specs()) == len(rule_files(ROOT / "rules"))


@pytest.mark.slow
def test_rules_found_from_an_installed_wheel(tmp_path):
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(out.glob("auditlint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "auditlint/_rules/sections.yml" in names
    assert "auditlint/_rules/AL101.yml" in names
    assert "auditlint/schemas/report.schema.json" in names
    assert any(n.startswith("auditlint/_rules/lexicons/") for n in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    # run from the unpacked wheel only (the checkout is not on the path)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import auditlint, auditlint.resources as r, auditlint.rulepack as p;"
        "assert auditlint.__file__.startswith(sys.argv[1]), auditlint.__file__;"
        "d = r.builtin_rules_dir(); print(d); print(len(p.load_specs()))"
    )
    res = subprocess.run([sys.executable, "-c", code, str(site)], capture_output=True, text=True, cwd=tmp_path, check=True)
    where, count = res.stdout.split()
    assert where == str(site / "auditlint" / "_rules")
    assert int(count) == len(load_specs())
