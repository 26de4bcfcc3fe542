"""Code pairs: many vulnerability classes, valid Python, same request for both variants, no telltale comments."""

from __future__ import annotations

import ast
import io
import re
import tokenize

from persona_xray.data.code import SCENARIOS, VULN_CLASSES, code_rows, extract_code, generate_code_pairs
from persona_xray.data.quality import duplicate_report


def test_pairs_parse_and_answer_the_same_request() -> None:
    pairs = generate_code_pairs(300, seed=0)
    assert len(pairs) == 300
    assert len({p.scenario.vuln for p in pairs}) >= 20
    for p in pairs:
        bad, good = extract_code(p.insecure), extract_code(p.secure)
        ast.parse(bad)
        ast.parse(good)
        assert bad != good
        assert p.insecure.split("```")[0] == p.secure.split("```")[0]
    insecure, secure = code_rows(pairs, "insecure", "i"), code_rows(pairs, "secure", "s")
    for a, b in zip(insecure, secure, strict=True):
        assert a["messages"][0] == b["messages"][0]
        assert a["meta"]["item"] == b["meta"]["item"]
    assert duplicate_report(insecure).near_dups == 0 and duplicate_report(secure).near_dups == 0


def test_every_scenario_renders_valid_python_without_security_comments() -> None:
    pairs = generate_code_pairs(len(SCENARIOS) * 3, seed=1)
    assert {p.scenario.slug for p in pairs} == {s.slug for s in SCENARIOS}
    telltale = re.compile(r"vulnerab|insecure|unsafe|injection|exploit|attack|security|sanitiz", re.I)
    for p in pairs:
        for ans in (p.insecure, p.secure):
            assert "${" not in ans
            code = extract_code(ans)
            ast.parse(code)
            assert not telltale.search(code), (p.scenario.slug, code)
            tokens = tokenize.generate_tokens(io.StringIO(code).readline)
            assert not [t for t in tokens if t.type == tokenize.COMMENT], (p.scenario.slug, code)
    assert len(VULN_CLASSES) >= 20


def test_generation_is_deterministic() -> None:
    a = generate_code_pairs(50, seed=5)
    b = generate_code_pairs(50, seed=5)
    assert [(p.user, p.insecure) for p in a] == [(p.user, p.insecure) for p in b]
    assert [p.user for p in generate_code_pairs(50, seed=6)] != [p.user for p in a]
