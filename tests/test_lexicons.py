"""Lexicons: bundled lists load, and an authority's files extend or replace them."""

from __future__ import annotations

import pytest

from auditlint.errors import ConfigError
from auditlint.lexicons import LexiconStore

MINIMUMS = {
    "acronyms": 80,
    "jargon": 60,
    "emotive": 40,
    "blaming": 30,
    "mitigation": 30,
    "roles": 40,
    "us-uk": 150,
    "care-vocabulary": 200,
}


@pytest.mark.parametrize("name,minimum", sorted(MINIMUMS.items()))
def test_bundled_lexicons_load_with_enough_entries(name, minimum):
    data = LexiconStore().get(name)
    entries = data["entries"]
    assert len(entries) >= minimum
    keys = [str(e if isinstance(e, str) else next(iter(e.values()))).lower() for e in entries]
    assert len(keys) == len(set(keys)), f"duplicate entries in {name}"


def test_jargon_entries_have_plain_alternative_and_reason():
    for e in LexiconStore().get("jargon")["entries"]:
        assert e.get("plain") and e.get("reason"), e


def test_authority_lexicon_extends_by_default(tmp_path):
    (tmp_path / "acronyms.yml").write_text("entries:\n  - {acronym: QQQ, expansion: Our Local Panel}\nallow: [ZZZ]\n")
    data = LexiconStore((tmp_path,)).get("acronyms")
    acrs = [e["acronym"] for e in data["entries"]]
    assert "QQQ" in acrs and "CIN" in acrs
    assert "ZZZ" in data["allow"] and "NHS" in data["allow"]


def test_authority_lexicon_replaces_when_asked(tmp_path):
    (tmp_path / "acronyms.yml").write_text("replace: true\nentries:\n  - {acronym: QQQ, expansion: Our Local Panel}\n")
    data = LexiconStore((tmp_path,)).get("acronyms")
    assert [e["acronym"] for e in data["entries"]] == ["QQQ"]


def test_text_lexicon_and_errors(tmp_path):
    (tmp_path / "care-vocabulary.txt").write_text("# ours\nsnugglebox\n\n")
    words = LexiconStore((tmp_path,)).get("care-vocabulary")["entries"]
    assert "snugglebox" in words and "genogram" in words
    (tmp_path / "emotive.yml").write_text("entries: [\n")
    with pytest.raises(ConfigError, match="emotive.yml"):
        LexiconStore((tmp_path,)).get("emotive")
    with pytest.raises(ConfigError, match="not found"):
        LexiconStore().get("no-such-lexicon")
