"""AL503 grammar: the built-in offline checker, LanguageTool's response mapping
(recorded /v2/check responses, UTF-16 offsets), the rule about where audit
text may go, backend selection, and the rule in the engine and the CLI.

Nothing here talks to a public service. The LanguageTool live path is tested
against a small stand-in server on 127.0.0.1 that answers with the recorded
responses; a real LanguageTool is used only when AUDITLINT_LANGUAGETOOL_URL
names one.
"""

from __future__ import annotations

import json
import os
import socket
import textwrap
import threading
import urllib.parse
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditlint import grammar, nlp
from auditlint.cli import main
from auditlint.config import Config, GrammarConfig
from auditlint.engine import Engine
from auditlint.grammar import BackendUnavailable, GrammarOptions, Issue, public_service_warning, select_backend
from auditlint.grammar import languagetool as lt
from auditlint.grammar.builtin import CHECKS, BuiltinChecker, wants_an

from .conftest import EXAMPLES, audit_with

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "languagetool"


def fixture(name: str) -> tuple[str, dict]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")
    return text, json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _parsed(text: str):
    return nlp.parse([text])[0]


def builtin_issues(text: str, checks=None) -> list[Issue]:
    return BuiltinChecker(checks).check(text, _parsed(text), names=["XXXX"])


# ---------------------------------------------------------------------------
# The built-in checker: sentences that must fire and must not, per check
# ---------------------------------------------------------------------------
FIRES: dict[str, list[tuple[str, str]]] = {
    # check: [(sentence, the text the finding covers)]
    "agreement": [
        ("XXXX have received a service from Early Help since July.", "XXXX have"),
        ("The parents was not at home when the SW called.", "parents was"),
        ("The children has been seen alone on every visit.", "children has"),
        ("There is two reports on file from the school.", "There is"),
        ("There are a plan on file but it is out of date.", "There are"),
        ("The views of the parents was not recorded.", "views of the parents was"),
        ("She live with her grandmother and her two cousins.", "She live"),
        ("Mother have not engaged with the parenting course.", "Mother have"),
    ],
    "possessive": [
        ("The parents own histories are not explored.", "parents"),
        ("XXXXs plan was reviewed in March.", "XXXXs"),
        ("Mothers views were not recorded at the meeting.", "Mothers"),
        ("The parents mental health is not considered.", "parents"),
        ("The childrens needs are not met by the plan.", "childrens"),
    ],
    "repeated-word": [
        ("The plan was discussed with the the school.", "the the"),
        ("XXXX was was seen alone at school.", "was was"),
        ("Mother agreed to to attend the course.", "to to"),
    ],
    "a-an": [
        ("A assessment was completed in May.", "A assessment"),
        ("She is an CIN case held by the locality team.", "an CIN"),
        ("It was an useful meeting for everyone.", "an useful"),
        ("She has a EHCP from the local authority.", "a EHCP"),
        ("The SW arranged a urgent visit.", "a urgent"),
    ],
    "its-its": [
        ("Its clear that recording has been affected.", "Its"),
        ("Its been a difficult year for XXXX.", "Its"),
        ("Its not clear who is responsible for the plan.", "Its"),
        ("The plan has lost it's purpose.", "it's"),
        ("It's purpose was unclear to the family.", "It's"),
        ("The school has it's own policy on attendance.", "it's"),
    ],
    "could-of": [
        ("The assessment could of been stronger.", "could of"),
        ("She should of been seen alone.", "should of"),
        ("The SW would of known about the referral.", "would of"),
        ("The referral must of gone to the wrong team.", "must of"),
    ],
    "practice-practise": [
        ("Good practise was evident in the visits.", "practise"),
        ("The practise of seeing XXXX alone is embedded.", "practise"),
        ("She will practice the skills at home with mother.", "practice"),
    ],
    "licence-license": [
        ("He does not hold a driving license.", "license"),
        ("The foster carer's license was renewed in June.", "license"),
        ("The council will licence the premises next year.", "licence"),
    ],
    "advice-advise": [
        ("Mother was given advise about routines.", "advise"),
        ("The SW will advice mother to attend the course.", "advice"),
        ("The school offered some advise on sleep.", "advise"),
    ],
    "affect-effect": [
        ("The abuse has effected XXXX badly.", "effected"),
        ("XXXX was effected by the abuse at home.", "effected"),
        ("It had an affect on her sleep and her schoolwork.", "affect"),
        ("The move had a negative affect on her attendance.", "affect"),
    ],
    "semicolon": [
        ("The plan was reviewed in September; with no change to the actions.", ";"),
        ("Mother attended the meeting; although she left early.", ";"),
        ("XXXX was seen at school; on her own.", ";"),
    ],
}

PASSES: dict[str, list[str]] = {
    "agreement": [
        "XXXX and her brother have been seen together.",
        "XXXX and her brother live with mother.",
        "There have been two incidents since May.",
        "Six months is too long to wait for a review.",
        "It is important that XXXX have a plan.",
        "CAMHS have not replied to the referral.",
        "The family have moved to a new flat.",
        "School have asked for a professionals meeting.",
        "A number of visits were missed in the summer.",
        "Each of the children has a plan.",
        "If XXXX were to return home, the plan would change.",
    ],
    "possessive": [
        "Both parents attend the meetings.",
        "The parents care for XXXX well.",
        "The parents' views were sought.",
        "Mother's views were recorded.",
        "Her parents work full time.",
        "XXXX was registered with the young carers service.",
        "He has raised it with his carers several times.",
    ],
    "repeated-word": [
        "She had had no contact for a year.",
        "He said that that was fine.",
        "The plan was discussed with the school.",
    ],
    "a-an": [
        "An SW was allocated in June.",
        "It was a one-off visit.",
        "The visit lasted an hour.",
        "She hopes to go to a university.",
        "XXXX is an 8-year-old girl.",
        "A SW was allocated.",
        "There was a LADO referral.",
        "She had an urgent appointment.",
        "It was a unanimous decision.",
        "An Early Help assessment was completed.",
        "An MP wrote to the service.",
    ],
    "its-its": [
        "The service has reviewed its own policy.",
        "The plan lost its focus after May.",
        "Its main aim is to keep XXXX safe.",
        "Its stated purpose is to reduce risk.",
        "It's clear that the plan has drifted.",
        "It's a good plan.",
        "It's time to review the plan.",
    ],
    "could-of": [
        "It would of course be better to visit.",
        "She could have been seen sooner.",
        "The plan must have been shared.",
        "Most of the visits could have been longer.",
    ],
    "practice-practise": [
        "The SW needs to practise restorative approaches.",
        "Good practice was evident.",
        "Practice guidance says visits are monthly.",
        "She practises as a social worker in the team.",
    ],
    "licence-license": [
        "The premises are licensed.",
        "She has a licence to foster.",
        "The driving licence was returned.",
    ],
    "advice-advise": [
        "Mother was advised to attend.",
        "The advice was clear.",
        "The SW will advise mother about safety.",
        "Mother followed the school's advice.",
    ],
    "affect-effect": [
        "The move will effect change in the family.",
        "The abuse has affected XXXX.",
        "Her affect was flat during the visit.",
        "The effect on XXXX was clear.",
    ],
    "semicolon": [
        "The CIN plan was reviewed; the actions were not updated.",
        "Three people attended: the SW, mother; and the school nurse.",
        "XXXX was seen; she said she was happy.",
        "The chronology is out of date; however, the summary is current.",
        "IHA done; RHA due Mar.",
    ],
}


def test_every_check_has_cases():
    assert set(FIRES) == set(CHECKS) == set(PASSES)
    for cid in CHECKS:
        assert len(FIRES[cid]) >= 3 and len(PASSES[cid]) >= 3, cid


@pytest.mark.parametrize(
    "check_id,sentence,covered", [(c, s, cov) for c, cases in FIRES.items() for s, cov in cases]
)
def test_check_fires(check_id, sentence, covered):
    issues = [i for i in builtin_issues(sentence) if i.rule_id == check_id]
    assert issues, f"{check_id} does not fire on: {sentence}"
    i = issues[0]
    assert sentence[i.start : i.end] == covered
    assert i.message and i.replacements


@pytest.mark.parametrize("check_id,sentence", [(c, s) for c, cases in PASSES.items() for s in cases])
def test_check_passes(check_id, sentence):
    assert builtin_issues(sentence) == [], f"a check fires on a correct sentence: {sentence}"


@pytest.mark.parametrize(
    "sentence,fixed",
    [
        ("XXXX have received a service.", "XXXX has received a service."),
        ("The children has been seen.", "The children have been seen."),
        ("There is two reports on file.", "There are two reports on file."),
        ("The assessment could of been stronger.", "The assessment could have been stronger."),
        ("A assessment was done.", "An assessment was done."),
        ("Its clear that it drifted.", "It's clear that it drifted."),
        ("XXXXs plan was reviewed.", "XXXX's plan was reviewed."),
        ("The plan was reviewed in May; with no change.", "The plan was reviewed in May, with no change."),
    ],
)
def test_first_replacement_corrects_the_text(sentence, fixed):
    (issue,) = builtin_issues(sentence)
    assert sentence[: issue.start] + issue.replacements[0] + sentence[issue.end :] == fixed


def test_quoted_speech_is_never_judged():
    text = 'Mother said "XXXX have been a nightmare and its not fair" during the visit.'
    assert builtin_issues(text) == []
    assert builtin_issues("She said the school \u201chas a assessment\u201d planned.") == []


def test_checks_can_be_switched_off():
    sentence = "XXXX have received a assessment."
    assert {i.rule_id for i in builtin_issues(sentence)} == {"agreement", "a-an"}
    assert {i.rule_id for i in builtin_issues(sentence, ["a-an"])} == {"a-an"}
    with pytest.raises(ValueError, match="unknown built-in grammar check"):
        BuiltinChecker(["spelling"])


def test_builtin_reads_the_shared_parse_and_never_parses():
    with pytest.raises(ValueError, match="spaCy parse"):
        BuiltinChecker().check("XXXX have received a service.")


@pytest.mark.parametrize(
    "word,an",
    [("assessment", True), ("CIN", False), ("SW", None), ("one", False), ("hour", True), ("university", False),
     ("8", True), ("11", True), ("18", True), ("1", False), ("LADO", False), ("MP", True), ("urgent", True),
     ("unidentified", True), ("historic", None), ("European", False), ("EHCP", True), ("U", False)],
)
def test_a_an_by_sound(word, an):
    assert wants_an(word) is an


# ---------------------------------------------------------------------------
# LanguageTool: recorded responses through the one mapping function
# ---------------------------------------------------------------------------
def test_mapping_a_recorded_response():
    text, response = fixture("agreement")
    issues = lt.issues_from_response(response, text)
    assert [(text[i.start : i.end], i.rule_id, i.category) for i in issues] == [
        ("have", "NON3PRS_VERB", "GRAMMAR"),
        ("the the", "ENGLISH_WORD_REPEAT_RULE", "MISC"),
        ("XXXX", "MORFOLOGIK_RULE_EN_GB", "TYPOS"),
        ("in order to", "EN_WORDINESS", "STYLE"),
    ]
    assert issues[0].replacements == ("has", "had")
    assert "third-person" in issues[0].message


def test_mapping_drops_disabled_categories_and_rules():
    text, response = fixture("agreement")
    issues = lt.issues_from_response(response, text, skip_categories={"TYPOS", "style"}, skip_rules={"english_word_repeat_rule"})
    assert [i.rule_id for i in issues] == ["NON3PRS_VERB"]


def test_mapping_converts_utf16_offsets_around_emoji():
    text, response = fixture("emoji")
    assert len(text) != len(text.encode("utf-16-le")) // 2  # the fixture really has astral characters
    got = [text[i.start : i.end] for i in lt.issues_from_response(response, text)]
    assert got == ["have", "the the", "a assessment", "plan \U0001F44D\U0001F3FD was"]


def test_mapping_an_empty_response():
    text, response = fixture("clean")
    assert lt.issues_from_response(response, text) == []
    assert lt.issues_from_response({"matches": []}, "") == []


def test_utf16_offsets_round_trip():
    text = "a\U0001F600b\u00e9c\U0001F389\U0001F389d"
    table = lt.utf16_table(text)
    for i in range(len(text) + 1):
        unit = len(text[:i].encode("utf-16-le")) // 2
        assert lt.to_index(table, unit, length=len(text)) == i
        assert lt.to_index(table, unit, end=True, length=len(text)) == i
    # an end that falls between the two halves of an emoji rounds up to take it whole
    assert lt.to_index(table, 2, end=True, length=len(text)) == 2
    assert lt.to_index(table, 2, length=len(text)) == 1
    assert lt.utf16_table("plain text, no emoji") is None


# ---------------------------------------------------------------------------
# Where audit text may go
# ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8081", "http://127.0.0.1:8081/", "http://[::1]:8081", "http://10.2.3.4:8010",
        "http://172.20.0.5", "https://192.168.1.20/lt", "http://languagetool:8081", "http://lt.internal:8081",
        "http://grammar.council.local", "http://lt.lan", "localhost:8081", "http://[fd00::5]:8081",
    ],
)
def test_inside_servers_are_allowed(url):
    assert lt.endpoint_refusal(url, allow_public=False) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://api.languagetool.org", "https://api.languagetoolplus.com/v2", "languagetool.org",
        "http://lt.example.com:8081", "http://8.8.8.8", "http://172.32.0.1", "http://127.0.0.1@api.languagetool.org",
        "http://lt.internal.example.com", "http://languagetool.org.internal.evil.com", "ftp://lt.internal",
        "http://100.64.0.1",
    ],
)
def test_public_services_are_refused(url):
    reason = lt.endpoint_refusal(url, allow_public=False)
    assert reason


def test_public_service_allowed_only_when_configured():
    assert lt.endpoint_refusal("https://api.languagetool.org", allow_public=True) is None
    assert "public service" in lt.endpoint_refusal("https://api.languagetool.org", allow_public=False)


def test_env_names_match_language_tool_python():
    from language_tool_python import utils

    assert (lt.LTP_JAR_DIR_PATH, lt.LTP_PATH) == (utils.LTP_JAR_DIR_PATH_ENV_VAR, utils.LTP_PATH_ENV_VAR)


# ---------------------------------------------------------------------------
# Backend selection
# ---------------------------------------------------------------------------
@pytest.fixture
def no_local_languagetool(tmp_path, monkeypatch):
    """No local LanguageTool: LTP_PATH is an empty folder, LTP_JAR_DIR_PATH unset."""
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt-downloads"))
    grammar.close_backends()
    yield
    grammar.close_backends()


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test if anything opens a connection to a non-loopback address."""
    real = socket.create_connection

    def guarded(address, *args, **kwargs):
        host = address[0]
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise AssertionError(f"tried to connect to {host}")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)


def test_auto_without_languagetool_is_builtin(no_local_languagetool):
    b = select_backend(Config())
    assert b.name == "built-in offline checker"
    assert select_backend(Config()) is b  # once per process
    assert not (Path(os.environ["LTP_PATH"])).exists()  # looking created nothing


def test_builtin_and_off(no_local_languagetool):
    assert select_backend(GrammarConfig(backend="builtin")).name == "built-in offline checker"
    with pytest.raises(BackendUnavailable, match="off"):
        select_backend(GrammarConfig(backend="off"))


def test_languagetool_without_one_names_ltp_jar_dir_path(no_local_languagetool, tmp_path, monkeypatch):
    with pytest.raises(BackendUnavailable, match="LTP_JAR_DIR_PATH") as exc:
        select_backend(GrammarConfig(backend="languagetool"))
    assert "never downloads" in str(exc.value)
    empty = tmp_path / "lt"
    empty.mkdir()
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(empty))
    assert lt.find_local() is None
    with pytest.raises(BackendUnavailable, match=r"LTP_JAR_DIR_PATH=.*holds no languagetool-server\.jar"):
        select_backend(GrammarConfig(backend="languagetool", language="en-GB"), GrammarOptions(timeout=5))
    assert list(empty.iterdir()) == []  # nothing was downloaded into it


def test_local_languagetool_is_found_where_language_tool_python_looks(tmp_path):
    jar_dir = tmp_path / "LanguageTool-6.4"
    jar_dir.mkdir()
    (jar_dir / "languagetool-server.jar").write_bytes(b"")
    found = lt.find_local({"LTP_JAR_DIR_PATH": str(jar_dir)})
    assert found is not None and found.jar.name == "languagetool-server.jar" and found.version == "6.4"
    downloads = tmp_path / "downloads"
    for v in ("6.3", "6.10"):
        d = downloads / f"LanguageTool-{v}"
        d.mkdir(parents=True)
        (d / "languagetool-server.jar").write_bytes(b"")
    assert lt.find_local({"LTP_PATH": str(downloads)}).version == "6.10"


@pytest.fixture
def empty_jar(tmp_path, monkeypatch):
    """LTP_JAR_DIR_PATH names a folder whose languagetool-server.jar is empty."""
    folder = tmp_path / "LanguageTool-6.4"
    folder.mkdir()
    (folder / "languagetool-server.jar").write_bytes(b"")
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(folder))
    grammar.close_backends()
    yield folder
    grammar.close_backends()


@pytest.mark.skipif(not lt.shutil.which("java"), reason="needs Java")
def test_a_local_languagetool_that_cannot_start_is_a_clear_reason(empty_jar):
    with pytest.raises(BackendUnavailable, match="exited at start"):
        select_backend(GrammarConfig(backend="languagetool"))
    assert [p.name for p in empty_jar.iterdir()] == ["languagetool-server.jar"]  # nothing downloaded


def test_a_local_languagetool_without_java(empty_jar, monkeypatch):
    monkeypatch.setenv("PATH", "")
    with pytest.raises(BackendUnavailable, match="Java is not installed"):
        select_backend(GrammarConfig(backend="languagetool"))
    assert select_backend(GrammarConfig(backend="auto")).name.startswith(
        "built-in offline checker (LanguageTool not used: a local LanguageTool was found"
    )


def test_public_server_is_refused_before_any_connection(no_local_languagetool, no_network):
    g = GrammarConfig(backend="languagetool", server_url="https://api.languagetool.org")
    with pytest.raises(BackendUnavailable, match="public service"):
        select_backend(g)
    # auto falls back to the built-in checker and says why
    b = select_backend(GrammarConfig(backend="auto", server_url="https://api.languagetool.org"))
    assert b.name.startswith("built-in offline checker (LanguageTool not used: LanguageTool at https://api.languagetool.org is a public service")


def test_unreachable_server_is_a_clear_reason(no_local_languagetool):
    port = _closed_port()
    with pytest.raises(BackendUnavailable, match="not reachable"):
        select_backend(GrammarConfig(backend="languagetool", server_url=f"http://127.0.0.1:{port}"))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------------------
# The live path, against a stand-in LanguageTool on loopback
# ---------------------------------------------------------------------------
class _StandIn(BaseHTTPRequestHandler):
    responses: dict[str, dict] = {}
    requests: list[dict] = []
    redirect_to: str | None = None

    def log_message(self, *args):  # quiet
        pass

    def _send(self, payload, status=200):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/v2/languages"):
            self._send([{"name": "English (GB)", "code": "en", "longCode": "en-GB"},
                        {"name": "English (US)", "code": "en", "longCode": "en-US"}])
        else:
            self._send({"error": "not found"}, 404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}
        type(self).requests.append(form)
        if type(self).redirect_to and form.get("text") != "Test.":
            self.send_response(307)
            self.send_header("Location", type(self).redirect_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        _, clean = fixture("clean")
        self._send(type(self).responses.get(form.get("text", ""), clean))


def _serve(handler):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def stand_in(no_local_languagetool):
    responses = {}
    for name in ("agreement", "emoji", "clean"):
        text, response = fixture(name)
        responses[text] = response
    handler = type("Handler", (_StandIn,), {"responses": responses, "requests": []})
    server = _serve(handler)
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()
    grammar.close_backends()


def test_languagetool_live_path(stand_in):
    url, handler = stand_in
    options = GrammarOptions(disabled_categories=frozenset({"TYPOS", "STYLE"}), disabled_rules=frozenset({"WHITESPACE_RULE"}))
    b = select_backend(GrammarConfig(backend="languagetool", server_url=url), options)
    assert b.name == f"LanguageTool 6.4 at {url} (en-GB)"
    text, _ = fixture("emoji")
    assert [text[i.start : i.end] for i in b.check(text)] == ["have", "the the", "a assessment", "plan \U0001F44D\U0001F3FD was"]
    text, _ = fixture("agreement")
    assert [i.rule_id for i in b.check(text)] == ["NON3PRS_VERB", "ENGLISH_WORD_REPEAT_RULE"]
    sent = handler.requests[-1]
    assert sent["language"] == "en-GB"
    assert set(sent["disabledCategories"].split(",")) == {"TYPOS", "STYLE"}
    assert sent["disabledRules"] == "WHITESPACE_RULE"


def test_al503_with_languagetool_in_the_engine(stand_in):
    url, handler = stand_in
    text, _ = fixture("agreement")
    cfg = Config(select=["AL503", "AL504"], grammar=GrammarConfig(backend="languagetool", server_url=url))
    result = Engine(cfg).check([audit_with(3, [text])])[0]
    al503 = [f for f in result.findings if f.code == "AL503"]
    # AL504 runs, so LanguageTool's spelling (TYPOS) is not asked for; STYLE never is
    assert [f.excerpt for f in al503] == ["have", "the the"]
    assert al503[0].message.endswith("[NON3PRS_VERB]")
    assert al503[0].suggestion == 'Change "have" to "has" or "had".'
    assert result.info["grammar"] == f"LanguageTool 6.4 at {url} (en-GB)"
    assert "TYPOS" in handler.requests[-1]["disabledCategories"].split(",")
    # without AL504, LanguageTool's spelling stays on
    Engine(Config(select=["AL503"], grammar=GrammarConfig(backend="languagetool", server_url=url))).check(
        [audit_with(3, [text])]
    )
    assert "TYPOS" not in handler.requests[-1]["disabledCategories"].split(",")


def test_a_redirect_never_carries_the_text_on(stand_in):
    url, handler = stand_in
    elsewhere = type("Elsewhere", (_StandIn,), {"responses": {}, "requests": []})
    other = _serve(elsewhere)
    try:
        handler.redirect_to = f"http://127.0.0.1:{other.server_address[1]}/v2/check"
        cfg = Config(select=["AL503"], grammar=GrammarConfig(backend="languagetool", server_url=url))
        text, _ = fixture("agreement")
        result = Engine(cfg).check([audit_with(3, [text])])[0]
        (skip,) = result.skipped
        assert skip.code == "AL503" and "stopped answering" in skip.reason and "redirect" in skip.reason
        assert elsewhere.requests == []  # the text went nowhere else
        # the broken backend is remembered: the next audit is skipped at once, with the same reason
        again = Engine(cfg).check([audit_with(3, [text])])[0]
        assert again.skipped[0].reason == skip.reason
    finally:
        other.shutdown()
        other.server_close()


# ---------------------------------------------------------------------------
# The rule in the engine and the CLI
# ---------------------------------------------------------------------------
def test_al503_builtin_in_the_engine(no_local_languagetool):
    audit = audit_with(3, ["XXXX have received a service. Mother said \u201cXXXX have been difficult\u201d at the visit."])
    result = Engine(Config(select=["AL503"])).check([audit])[0]
    (f,) = result.findings
    assert f.excerpt == "XXXX have" and f.message.endswith("[agreement]")
    assert f.suggestion == 'Change "XXXX have" to "XXXX has".'
    assert result.info["grammar"] == "built-in offline checker"
    assert result.skipped == []


def _write_config(tmp_path, grammar_toml: str) -> Path:
    p = tmp_path / "auditlint.toml"
    p.write_text("[grammar]\n" + textwrap.dedent(grammar_toml), encoding="utf-8")
    return p


def test_cli_lists_al503_as_skipped_when_no_backend(tmp_path, no_local_languagetool, no_network):
    cfg = _write_config(tmp_path, 'backend = "languagetool"\nserver_url = "https://api.languagetool.org"\n')
    r = CliRunner().invoke(main, ["check", str(EXAMPLES / "weak-audit.md"), "--select", "AL503", "--format", "json", "--config", str(cfg)])
    report = json.loads(r.stdout)
    (skip,) = report["audits"][0]["skipped"]
    assert skip["code"] == "AL503"
    assert skip["reason"].startswith("no grammar backend reachable: LanguageTool at https://api.languagetool.org is a public service")
    assert not [f for f in report["audits"][0]["findings"] if f["code"] == "AL503"]


def test_cli_skips_when_grammar_is_off(tmp_path, no_local_languagetool):
    cfg = _write_config(tmp_path, 'backend = "off"\n')
    r = CliRunner().invoke(main, ["check", str(EXAMPLES / "weak-audit.md"), "--select", "AL503", "--format", "json", "--config", str(cfg)])
    assert json.loads(r.stdout)["audits"][0]["skipped"][0]["code"] == "AL503"


def test_cli_warns_when_a_public_service_is_allowed(tmp_path, no_local_languagetool):
    # .invalid never resolves (RFC 2606), so no text can leave the machine in this test
    cfg = _write_config(
        tmp_path, 'backend = "languagetool"\nserver_url = "https://languagetool.invalid"\nallow_public_service = true\n'
    )
    r = CliRunner().invoke(main, ["check", str(EXAMPLES / "good-audit.md"), "--select", "AL503", "--format", "json", "--config", str(cfg)])
    assert "data-protection officer" in r.stderr and "https://languagetool.invalid" in r.stderr
    assert json.loads(r.stdout)["audits"][0]["skipped"][0]["reason"].startswith("no grammar backend reachable: LanguageTool at")


def test_public_service_warning_helper():
    allowed = GrammarConfig(server_url="https://api.languagetool.org", allow_public_service=True)
    assert public_service_warning(Config(grammar=allowed))
    assert public_service_warning(Config(grammar=allowed, ignore=["AL503"])) is None
    assert public_service_warning(Config(grammar=GrammarConfig(server_url="https://api.languagetool.org"))) is None
    inside = GrammarConfig(server_url="http://lt.internal:8081", allow_public_service=True)
    assert public_service_warning(Config(grammar=inside)) is None
    off = GrammarConfig(backend="builtin", server_url="https://api.languagetool.org", allow_public_service=True)
    assert public_service_warning(Config(grammar=off)) is None


def test_example_audits(no_local_languagetool):
    engine = Engine(Config(select=["AL503"]))
    from auditlint.readers import read_path
    from auditlint.sections import catalogue

    weak = engine.check([read_path(EXAMPLES / "weak-audit.md", catalogue())])[0]
    good = engine.check([read_path(EXAMPLES / "good-audit.md", catalogue())])[0]
    assert sorted(f.message.rsplit("[", 1)[1] for f in weak.findings) == [
        "agreement]", "could-of]", "its-its]", "possessive]",
    ]
    assert good.findings == []


# ---------------------------------------------------------------------------
# A real LanguageTool, only when one is named
# ---------------------------------------------------------------------------
REAL_LT = os.environ.get("AUDITLINT_LANGUAGETOOL_URL")


@pytest.mark.skipif(not REAL_LT, reason="set AUDITLINT_LANGUAGETOOL_URL to a LanguageTool server to run this test")
def test_real_languagetool():
    grammar.close_backends()
    refusal = lt.endpoint_refusal(REAL_LT, allow_public=False)
    assert refusal is None, f"AUDITLINT_LANGUAGETOOL_URL must be your own server: {refusal}"
    b = select_backend(GrammarConfig(backend="languagetool", server_url=REAL_LT))
    assert b.name.startswith("LanguageTool ") and "(en-GB)" in b.name
    text = "\U0001F600 XXXX have received a service and the the plan was reviewed \U0001F389."
    found = {text[i.start : i.end] for i in b.check(text)}
    assert "the the" in found
    for i in b.check(text):
        assert 0 <= i.start <= i.end <= len(text)
    grammar.close_backends()


def test_the_engine_loads_no_model_for_a_grammar_backend_that_reads_no_parse():
    from auditlint.engine import Engine

    only_grammar = dict(select=["AL503"])
    assert Engine(Config(grammar=GrammarConfig(backend="builtin"), **only_grammar)).needs_nlp
    assert not Engine(Config(grammar=GrammarConfig(backend="off"), **only_grammar)).needs_nlp
    assert Engine(Config(grammar=GrammarConfig(backend="off"))).needs_nlp  # the other rules still parse
