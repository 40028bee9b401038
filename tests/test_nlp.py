"""The NLP pipeline: loaded once, batched, offsets that map back to the source."""

from __future__ import annotations

from auditlint import nlp
from auditlint.readers import read_text


def test_model_loaded_once_and_named():
    a = nlp.load()
    b = nlp.load()
    assert a is b
    assert "en_core_web_sm" in nlp.model_info()
    assert {"tagger", "parser", "lemmatizer"} <= set(a.pipe_names)


def test_sentences_map_to_source_positions():
    md = "# Assessment\nGrade: Good\n\n  XXXX moved school.\n  She is settled now and her\n  attendance is 98%.\n"
    a = read_text(md, "p.md")
    block = a.domains[0].paragraphs[0]
    doc = nlp.parse([block.text])[0]
    sents = list(doc.sents)
    assert len(sents) == 2
    lines = md.splitlines()
    for s in sents:
        line, col = block.position(s.start_char)
        assert lines[line - 1][col - 1 :].startswith(s.text.split()[0])
    # a token on the third line
    tok = next(t for t in doc if t.text == "attendance")
    assert block.position(tok.idx) == (6, 3)


def test_batch_parse_equals_single():
    texts = ["There is evidence of supervision.", "XXXX feels safer at home."]
    batch = nlp.parse(texts)
    assert [t.text for t in batch[1]] == [t.text for t in nlp.parse([texts[1]])[0]]


def test_phrases_are_parsed_once_and_as_on_their_own():
    phrases = ["fail to engage", "let down", "short-staffed"]
    nlp.want_phrases(["did not attend"])
    docs = nlp.phrase_docs(phrases)
    alone = [nlp.load()(p) for p in phrases]
    for a, b in zip(docs, alone):
        assert [(t.text, t.lower_, t.lemma_, t.pos_, t.is_space) for t in a] == [
            (t.text, t.lower_, t.lemma_, t.pos_, t.is_space) for t in b
        ]
    assert nlp.phrase_docs(phrases[:1])[0] is docs[0]  # cached
    assert [t.lemma_ for t in nlp.phrase_docs(["did not attend"])[0]] == [t.lemma_ for t in nlp.load()("did not attend")]


def test_phrase_parses_are_kept_on_disk_for_the_next_process(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(nlp, "_PHRASES", {})
    first = nlp.phrase_docs(["been let down", "short of staff"])
    stored = tmp_path / "phrases.json"
    assert stored.is_file()
    monkeypatch.setattr(nlp, "_PHRASES", {})  # a new process
    parsed = []
    real = nlp.load().pipe
    monkeypatch.setattr(nlp.load(), "pipe", lambda texts, **kw: parsed.append(list(texts)) or real(texts, **kw))
    assert nlp.phrase_docs(["been let down", "short of staff"]) == first and parsed == []  # read back, not parsed
    monkeypatch.setattr(nlp, "_PHRASES", {})
    stored.write_text(stored.read_text(encoding="utf-8").replace("let", "lot"), encoding="utf-8")  # edited: ignored
    assert nlp.phrase_docs(["been let down"]) == first[:1] and parsed == [["been let down"]]
    monkeypatch.setattr(nlp, "_PHRASES", {})
    monkeypatch.setenv("AUDITLINT_CACHE_DIR", "")  # caching off: parsed in memory
    assert nlp.phrase_docs(["short of staff"]) == first[1:]


def test_a_list_paragraph_is_parsed_one_item_to_a_sentence():
    """Every rule reads a paragraph written as a list with its items as sentences (the parser alone runs
    the lines together and hangs a date from another item); offsets are the input's."""
    from auditlint import nlp

    text = "Supervision:\n- 1:1 with ATM 11/04\n- 1:1 cancelled 04/07\n- reflective session 9 May 24"
    doc = nlp.parse([text])[0]
    sents = [s.text.strip() for s in doc.sents]
    # each marker stands on its own, so that "-" or "•" is not read as a word of its item
    assert sents == ["Supervision:", "-", "1:1 with ATM 11/04", "-", "1:1 cancelled 04/07", "-", "reflective session 9 May 24"]
    assert doc.text == nlp.for_parse(text)
    assert not nlp.is_list("One line.\n- a single item")


def test_a_check_leaves_no_new_words_in_the_vocabulary():
    """The web app and long batches read without end: words a check meets (names, typos) must not
    stay in spaCy's vocabulary after it (Engine.check parses in nlp.memory_zone)."""
    from auditlint.engine import Engine

    engine = Engine()
    engine.warm_up()
    strings = nlp.load().vocab.strings

    def check(words: list[str]) -> None:
        assert not any(w in strings for w in words)
        text = (
            "---\nchild_ref: XXXX\naudit_date: 2024-03-01\n---\n\n# Help, Protection and Stability\nGrade: Good\n\n"
            f"{words[0]} {words[2]} visited XXXX, who said the {words[1]} and the {words[3]} helped her feel safe. "
            "The case summary has not been updated and there has been drift in the plan.\n"
        )
        result = engine.check([read_text(text, "novel.md")])[0]
        assert "AL204" in {f.code for f in result.findings}  # the draft was checked: Good over deficits
        assert not any(w in strings for w in words)

    check(["Zorvekkian", "plimbrowsk", "Quaddlemere", "snerfwidget"])
    before = len(strings)  # the rules' own labels are kept for good once made: nothing after that
    check(["Bramwhistle", "quonkerel", "Yzolbridge", "frandlepot"])
    assert len(strings) == before


def test_known_words_are_cached_for_good_with_the_same_tokens_and_new_words_are_not(monkeypatch):
    """nlp.cache_known_words: outside a memory zone the tokenizer keeps the chunks (words with their
    punctuation) the model knows, so that checks in a zone stop tokenising them afresh. The tokens are
    the same either way; a word the model does not know still leaves with its zone."""
    # the process's earlier checks may have filled the bounded record of cached chunks: start this one empty
    monkeypatch.setattr(nlp, "_CACHED_WORDS", set())
    model = nlp.load()
    strings = model.vocab.strings
    rare = next(w for w in strings if len(w) > 6 and w.isalpha() and w.islower() and w not in model.vocab)
    texts = [
        f"Visited XXXX's flat (with her {rare}), e.g. on 11/04 - she didn't say: \u201cI'm fine.\u201d :)",
        f"  Dr. Okafor's re-referral:  {rare}; Quonkerelbridge and frandlewisp weren't  seen.\n- 1:1 cancelled",
    ]

    def tokens() -> list[list[tuple[str, str]]]:
        with nlp.memory_zone():
            return [[(t.text, t.whitespace_) for t in model.make_doc(nlp.for_parse(x))] for x in texts]

    before = tokens()
    with nlp.memory_zone():
        nlp.cache_known_words(texts)  # inside a zone: nothing would be kept, so nothing is done
    assert f"{rare})," not in nlp._CACHED_WORDS
    nlp.cache_known_words(texts)
    assert {f"{rare}),", "(with", "e.g."} <= nlp._CACHED_WORDS
    assert tokens() == before
    assert rare in model.vocab  # its lexeme outlived the zones
    for new in ("Quonkerelbridge", "frandlewisp"):
        assert new not in strings and new not in model.vocab
        assert not any(new in chunk for chunk in nlp._CACHED_WORDS)
