"""AL501 acronyms, AL504 spelling, AL505 sentence length, AL506 readability."""

from __future__ import annotations

import pytest

from auditlint.config import Config
from auditlint.engine import Engine

from .conftest import audit_with, findings


def fired(text: str, code: str, domain: int = 2) -> list[str]:
    return [f.excerpt for f in findings(audit_with(domain, [text]), code)]


# -- AL501 -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The CIN plan was reviewed.", ["CIN"]),
        ("The Child in Need (CIN) plan was reviewed. The CIN plan works.", []),
        ("The CIN (Child in Need) plan was reviewed, then the CIN plan again.", []),
        ("The Independent Reviewing Officer (IRO) chaired it; the IRO agreed.", []),
        ("The IRO chaired it; the IRO agreed.", ["IRO"]),  # only the first use
        ("XXXX saw her GP and the NHS dentist.", []),  # common ones are allowed
        ('Mother said "the SW never calls".', []),  # quoted speech
        ("She is in Year IV of school.", []),  # roman numerals are not acronyms
        ("The ABCD panel met.", ["ABCD"]),  # unknown acronyms too
        ("The SWs visited.", ["SW"]),
    ],
)
def test_al501(text, expected):
    assert [e.rstrip("s") if e.endswith("Ws") else e for e in fired(text, "AL501")] == [e for e in expected]


def test_al501_first_use_is_across_the_audit_and_suggests_expansion():
    a = audit_with(2, ["The CIN plan was reviewed.", "The CIN plan was reviewed again."])
    fs = findings(a, "AL501")
    assert len(fs) == 1 and "Child in Need (CIN)" in fs[0].suggestion
    amb = findings(audit_with(2, ["Mother has PR for XXXX."]), "AL501")
    assert "Parental Responsibility" in amb[0].suggestion and "something else" in amb[0].suggestion


def test_al501_authority_allow_list():
    eng = Engine(Config(select=["AL501"], rules={"AL501": {"allow": ["ABCD"]}}))
    assert eng.check([audit_with(2, ["The ABCD panel met."])])[0].findings == []


# -- AL504 -------------------------------------------------------------------
def test_al504_misspelling_with_suggestion():
    fs = findings(audit_with(2, ["The social worker recieved the report."]), "AL504")
    assert [f.excerpt for f in fs] == ["recieved"] and "received" in fs[0].suggestion


@pytest.mark.parametrize("word,uk", [("behavior", "behaviour"), ("organize", "organise"), ("color", "colour"), ("center", "centre")])
def test_al504_american_spellings(word, uk):
    fs = findings(audit_with(2, [f"We discussed the {word} plan."]), "AL504")
    assert [f.excerpt for f in fs] == [word] and uk in fs[0].suggestion


@pytest.mark.parametrize(
    "text",
    [
        "A genogram and an ecomap are on file, and the safeguarding chronology is current.",
        "XXXX attends CAMHS weekly.",
        "Mother said \"XXXX is teh best\".",  # quoted speech is not judged
        "XXXX visited Llandudno with Bartholomew.",  # proper nouns
        "The kinship carers attend termly reviews.",
    ],
)
def test_al504_near_misses(text):
    assert fired(text, "AL504") == []


def test_al504_authority_vocabulary():
    eng = Engine(Config(select=["AL504"], vocabulary=["Snugglebox"]))
    assert eng.check([audit_with(2, ["The snugglebox group met."])])[0].findings == []


# -- AL505 -------------------------------------------------------------------
def test_al505_long_sentence_and_limit():
    long = " ".join(["word"] * 36) + "."
    assert fired(long, "AL505") == [f.excerpt for f in findings(audit_with(2, [long]), "AL505")]
    assert len(fired(long, "AL505")) == 1
    assert fired(" ".join(["word"] * 35) + ".", "AL505") == []
    eng = Engine(Config(select=["AL505"], rules={"AL505": {"max_words": 40}}))
    assert eng.check([audit_with(2, [long])])[0].findings == []


def test_al505_quoted_sentence_is_not_judged():
    quoted = '"' + " ".join(["word"] * 40) + '."'
    assert fired(quoted, "AL505") == []


# -- AL506 -------------------------------------------------------------------
HARD = (
    "The comprehensive multi-agency assessment demonstrated considerable deficiencies regarding the consistency of "
    "parental engagement with interventional strategies, necessitating substantial reconsideration of the "
    "appropriateness of continued statutory involvement notwithstanding documented improvements."
)
EASY = (
    "The plan is clear. Mother came to most meetings. The house is warm and clean now. XXXX goes to school every day "
    "and likes her teacher. Her gran takes her to school on Mondays. The worker saw her alone four times and she said "
    "she feels safe at home. The plan should go on for three more months."
)


def test_al506_hard_domain_fires_easy_does_not():
    fs = findings(audit_with(3, [HARD, HARD]), "AL506")
    assert len(fs) == 1 and fs[0].domain == 3 and "reading ease" in fs[0].message
    assert findings(audit_with(3, [EASY]), "AL506") == []


def test_al506_short_domains_are_not_scored():
    eng = Engine(Config(select=["AL506"], rules={"AL506": {"min_words": 500}}))
    assert eng.check([audit_with(3, [HARD])])[0].findings == []


# -- the compiled word data (auditlint.compiled) --------------------------------
# These check equality of answers, never timings.
def _corpus_texts() -> list[str]:
    from auditlint.readers import read_path
    from auditlint.ruletypes.plain import _without_quotes

    from .conftest import CORPORA

    texts = []
    for p in sorted(CORPORA.rglob("*.md"))[:8]:
        a = read_path(str(p))
        texts += ["\n".join(_without_quotes(b.text) for b in d.paragraphs) for d in a.domains]
    return texts


def test_flesch_equals_textstat():
    import textstat

    from auditlint.ruletypes.plain import flesch

    edge = ["", "Hello.", "one two", "It's the child's view, 'quoted' here: naïve café co-operate!", "1 2 3. 4 5 6."]
    for text in _corpus_texts() + edge + [HARD, EASY]:
        assert flesch(text) == (textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text)), text[:60]


def test_compiled_dictionary_answers_as_spylls():
    import random

    from auditlint.compiled import hunspell_forms, hunspell_stems
    from auditlint.ruletypes.plain import _dictionary, dictionary_has_stem, dictionary_lookup

    forms, stems = hunspell_forms("en_GB"), hunspell_stems("en_GB")
    assert forms is not None and stems is not None and forms.complete
    dic = _dictionary("en_GB")
    rng = random.Random(11)
    listed = rng.sample(forms._words, 400)
    near = [w[:i] + c + w[i:] for w in rng.sample(forms._words, 300) for i, c in [(rng.randrange(len(w)), "q")]]
    words = listed + [w.capitalize() for w in listed[:100]] + near + rng.sample(stems._words, 100)
    words += ["ok", "Ok", "dave", "Dave", "organise", "organize", "colour", "safeguarding", "wellbeing", "recieved"]
    # apostrophes and mixed capitals: O'Brien, o'clock, nfa'd, McAllister, iPad
    quoted = [w for w in forms._words if "'" in w]
    assert len(quoted) > 100  # the list holds them too (format 2)
    odd = rng.sample(quoted, 150)
    odd += [w.capitalize() for w in odd[:50]] + [w[:1].upper() + w[1:] for w in odd[50:100]]
    odd += [w.replace("'", "q", 1) + "'" for w in odd[:30]] + ["'" + w for w in rng.sample(forms._words, 30)]
    odd += [w[:1].upper() + w[1:3] + w[3:].capitalize() for w in rng.sample(forms._words, 60) if len(w) > 4]
    odd += ["O'Brien", "O'Neill", "o'clock", "O'clock", "nfa'd", "ma'am", "Ma'am", "y'know", "McAllister", "iPad",
            "d'you", "o\u2019clock", "XXXX's", "rock'n'roll", "'tis", "'Tis", "DfE", "eBay", "MacDonald"]
    words += odd
    for w in words:
        assert dictionary_lookup(w) == bool(dic.lookup(w)), w
        assert dictionary_has_stem(w) == bool(dic.dic.homonyms(w)), w


def test_marked_words_are_answered_as_by_the_whole_dictionary():
    """Words with a full stop, a digit or another mark ("Oct.", "e.g.", "21st") are looked up in a dictionary of
    only the .dic lines they can be read from: the answers are those of the whole dictionary."""
    from auditlint.ruletypes.plain import _dictionary, _marked, _marked_words

    marked = _marked_words("en_GB")
    assert marked is not None
    dic = _dictionary("en_GB")
    stems = [w.stem for w in dic.dic.words if any(map(_marked, w.stem)) and "-" not in w.stem]  # ("1st", "a.m.")
    assert len(stems) > 150
    words = []
    for s in stems:  # the stems, in other capitals, with affixes, cut short, a mark added
        words += [s, s.upper(), s.capitalize(), s + "s", s + "'s", s + "ed", "un" + s, s[:-1], s[1:], s + "."]
    words += ["Oct.", "oct.", "Mr.", "Mrs.", "e.g.", "E.g.", "i.e.", "etc.", "a.m.", "P.M.", "approx.", "No.", "U.K.",
              "1st", "21st", "22nd", "1th", "3D", "10.5", "1,000", "£50", "50%", "1990s", "24/7", "9.1.24", "c/o", "#1",
              "Jan.", "Sept.", "O.K.", "Ltd.", "vs."]
    decided = [w for w in words if marked.decides(w)]
    assert len(decided) > 1500 and {"Oct.", "e.g.", "21st"} <= set(decided)
    assert not marked.decides("well-being") and not marked.decides("de-escalate")  # split at the hyphen: the whole .dic
    assert sum(bool(dic.lookup(w)) for w in decided) > 500
    for w in decided:
        assert bool(marked.dictionary.lookup(w)) == bool(dic.lookup(w)), w


def test_a_marked_word_does_not_load_the_whole_dictionary():
    import subprocess
    import sys

    code = ("from auditlint.ruletypes.plain import _dictionary, dictionary_lookup as d, spelling_dictionary_loads as n\n"
            "print(d('Oct.'), d('etc.'), d('Octt.'), _dictionary.cache_info().misses, n())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "False", "0", "1"]  # (the small dictionary loaded: a server freezes it)


def test_word_cache_is_rebuilt_when_missing_stale_or_corrupt(tmp_path, monkeypatch):
    from auditlint import compiled

    src = tmp_path / "source.txt"
    src.write_text("one\n", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return ["b", "a", "ç"]

    monkeypatch.setenv("AUDITLINT_CACHE_DIR", str(tmp_path / "cache"))
    assert compiled.cached_lines("demo", [str(src)], build) == ["b", "a", "ç"] and len(calls) == 1
    assert compiled.cached_lines("demo", [str(src)], build) == ["b", "a", "ç"] and len(calls) == 1  # read back
    cached = tmp_path / "cache" / "demo.txt"
    cached.write_text(cached.read_text(encoding="utf-8").replace("\nç", "\nx"), encoding="utf-8")  # edited
    assert compiled.cached_lines("demo", [str(src)], build) == ["b", "a", "ç"] and len(calls) == 2
    cached.write_bytes(cached.read_bytes()[:-9])  # cut short
    assert compiled.cached_lines("demo", [str(src)], build) == ["b", "a", "ç"] and len(calls) == 3
    src.write_text("two\n", encoding="utf-8")  # the source changed: stale
    assert compiled.cached_lines("demo", [str(src)], build) == ["b", "a", "ç"] and len(calls) == 4
    assert compiled.cached_lines("demo", [str(src)], build) == ["b", "a", "ç"] and len(calls) == 4
    monkeypatch.setenv("AUDITLINT_CACHE_DIR", "")  # off: built in memory every time
    assert compiled.cached_lines("demo", [str(src)], build) == ["b", "a", "ç"] and len(calls) == 5
    (tmp_path / "ro").write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("AUDITLINT_CACHE_DIR", str(tmp_path / "ro"))  # unwritable: still works
    assert compiled.cached_lines("demo", [str(src)], build) == ["b", "a", "ç"] and len(calls) == 6


def test_al504_suggestion_limit_is_per_audit_not_per_engine():
    """A batch or the web app checks many audits with one engine: each audit gets its suggestions."""
    eng = Engine(Config(select=["AL504"], rules={"AL504": {"suggest_limit": 2}}))
    words = ["recieved", "definately", "seperate", "tommorow", "acheive", "enviroment"]
    audits = [audit_with(2, [f"The social worker {w} it."]) for w in words]
    for result in eng.check(audits):
        (f,) = result.findings
        assert "Did you mean" in f.suggestion, f.excerpt
    one = audit_with(2, ["The plan was recieved, definately seperate and tommorow."])
    fs = eng.check([one])[0].findings
    assert sum("Did you mean" in f.suggestion for f in fs) == 2  # the limit holds within one audit


def test_words_in_straight_single_quotes_are_someone_elses_for_every_rule():
    """Straight single quotes are quotation marks for the AL4, AL5 and grammar rules alike;
    apostrophes and plural possessives are not."""
    from auditlint.text import quoted_spans

    text = "Dad called the plan 'a load of rubbish' and the carers' home 'a prison'; XXXX's room isn't ready."
    assert [text[a:b] for a, b in quoted_spans(text)] == ["'a load of rubbish'", "'a prison'"]
    assert quoted_spans("The boys' room and the girls' room are next to XXXX's.") == ()
