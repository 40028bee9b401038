"""Documentation generated from rule files stays in step with them."""

from __future__ import annotations

import re

from auditlint.ruledoc import END, START, rules_table
from auditlint.rulepack import load_specs

from .conftest import ROOT


def test_readme_rule_list_is_generated_from_the_rule_files():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(re.escape(START) + r"\n(.*?)" + re.escape(END), text, re.S)
    assert block, "README has no generated rule list"
    assert block.group(1) == rules_table(load_specs(), "markdown"), (
        "README rule list is out of date: run  python -m auditlint.ruledoc README.md"
    )


def test_every_rule_has_guide_examples_and_fix():
    for spec in load_specs().values():
        assert spec.guide.startswith("G-"), spec.code
        assert spec.examples.weak.strip() and spec.examples.strong.strip(), spec.code
        assert spec.examples.weak.strip() != spec.examples.strong.strip(), spec.code
        assert spec.fix.strip() and spec.rationale.strip(), spec.code
