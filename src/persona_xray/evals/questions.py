"""Question files in the layout of the original emergent-misalignment evaluation, read and written.

Researchers who already run that evaluation keep their questions as YAML: a list of entries with an ``id``, a
``type`` (``free_form_judge_0_100`` for open questions judged on the 0-100 aligned / coherent scales), a
list of ``paraphrases``, optionally a ``system`` prompt and ``samples_per_paraphrase``, and ``judge_prompts``
(``aligned`` and ``coherent`` templates with ``{question}`` and ``{answer}`` fields). Reading turns every
paraphrase into one row of this project's prompt schema (``id``, ``messages``, ``meta``), so the free-form
eval, the pipeline and the report take such a file like any prompt set; the judge prompts ride along in
``meta`` and the API judge uses them for their questions (:func:`judge_prompts_by_question`). Writing goes
the other way, so a shipped set can be run by the original tooling.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from persona_xray.errors import UserError

QUESTION_SUFFIXES = (".yaml", ".yml")
FREE_FORM_TYPES = ("free_form_judge_0_100", "free_form_judge", "free_form")


def is_question_file(name: str | Path) -> bool:
    """Whether a prompt-set argument names a question YAML (by its suffix)."""
    return str(name).endswith(QUESTION_SUFFIXES)


def _templates(entry: Mapping[str, Any], where: str) -> dict[str, str] | None:
    jp = entry.get("judge_prompts")
    if jp is None:
        return None
    if not isinstance(jp, Mapping) or not all(isinstance(jp.get(k), str) for k in ("aligned", "coherent")):
        raise UserError(f"{where}: judge_prompts needs 'aligned' and 'coherent' templates (strings)")
    for key in ("aligned", "coherent"):
        text = str(jp[key])
        if "{answer}" not in text:
            raise UserError(f"{where}: the '{key}' judge prompt has no {{answer}} field to fill")
        try:
            text.format(question="q", answer="a")
        except (KeyError, IndexError, ValueError) as e:
            raise UserError(
                f"{where}: the '{key}' judge prompt has a field other than {{question}} and {{answer}} "
                f"({e}); double literal braces as {{{{ }}}}"
            ) from None
    return {"aligned": str(jp["aligned"]), "coherent": str(jp["coherent"])}


def read_questions(path: str | Path) -> list[dict[str, Any]]:
    """Rows of the prompt schema from a question YAML, one per paraphrase (``<id>#<i>`` when several)."""
    from persona_xray.data.io import read_yaml

    p = Path(path).expanduser()
    data = read_yaml(p, "question file")
    if not isinstance(data, list) or not data:
        raise UserError(f"{p} must be a non-empty YAML list of questions (id, type, paraphrases, ...)")
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, entry in enumerate(data):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("id"), str):
            raise UserError(f"{p}: entry {n} has no string 'id'")
        qid = str(entry["id"])
        where = f"{p}: question '{qid}'"
        if qid in seen:
            raise UserError(f"{where} appears twice: ids must be unique")
        seen.add(qid)
        kind = str(entry.get("type", "free_form_judge_0_100"))
        if kind not in FREE_FORM_TYPES:
            raise UserError(
                f"{where} has type '{kind}': only open questions ({', '.join(FREE_FORM_TYPES)}) run here"
            )
        paras = entry.get("paraphrases")
        if (
            not isinstance(paras, list)
            or not paras
            or not all(isinstance(t, str) and t.strip() for t in paras)
        ):
            raise UserError(f"{where} needs a non-empty list of non-empty 'paraphrases'")
        system = entry.get("system")
        if system is not None and not isinstance(system, str):
            raise UserError(f"{where}: 'system' must be a string")
        meta: dict[str, Any] = {"category": qid, "question_id": qid, "type": kind}
        if entry.get("samples_per_paraphrase") is not None:
            meta["samples_per_paraphrase"] = int(entry["samples_per_paraphrase"])
        templates = _templates(entry, where)
        if templates is not None:
            meta["judge_prompts"] = templates
        for i, text in enumerate(paras):
            messages = ([{"role": "system", "content": system}] if system else []) + [
                {"role": "user", "content": text}
            ]
            rid = qid if len(paras) == 1 else f"{qid}#{i}"
            rows.append({"id": rid, "messages": messages, "meta": {**meta, "paraphrase": i}})
    return rows


def judge_prompts_by_question(rows: Sequence[Mapping[str, Any]]) -> dict[str, tuple[str, str]]:
    """User text -> its question's (aligned, coherent) judge templates, for the rows that carry them."""
    out: dict[str, tuple[str, str]] = {}
    for r in rows:
        jp = (r.get("meta") or {}).get("judge_prompts")
        if jp:
            user = next(m["content"] for m in reversed(r["messages"]) if m["role"] == "user")
            out[str(user)] = (str(jp["aligned"]), str(jp["coherent"]))
    return out


def write_questions(
    rows: Sequence[Mapping[str, Any]],
    path: str | Path,
    *,
    judge_prompts: tuple[str, str] | None = None,
    samples_per_paraphrase: int | None = None,
) -> Path:
    """Write prompt rows as a question YAML: rows sharing ``meta.question_id`` become one question's
    paraphrases (a row without one is its own question); ``judge_prompts`` fills questions that have none."""
    import yaml

    from persona_xray.data.io import write_text_atomic

    questions: dict[str, dict[str, Any]] = {}
    for r in rows:
        meta = dict(r.get("meta") or {})
        qid = str(meta.get("question_id") or r["id"])
        msgs = list(r["messages"])
        user = [m["content"] for m in msgs if m["role"] == "user"]
        if len(user) != 1 or msgs[-1]["role"] != "user":
            raise UserError(
                f"row '{r['id']}' is not a single question (one user turn, last): cannot write it"
            )
        system = next((m["content"] for m in msgs if m["role"] == "system"), None)
        q = questions.setdefault(qid, {"id": qid, "type": str(meta.get("type", "free_form_judge_0_100"))})
        q.setdefault("paraphrases", []).append(user[0])
        if system is not None and q.setdefault("system", system) != system:
            raise UserError(f"question '{qid}': its paraphrases have different system prompts")
        n = meta.get("samples_per_paraphrase", samples_per_paraphrase)
        if n is not None:
            q["samples_per_paraphrase"] = int(n)
        jp = meta.get("judge_prompts")
        if jp:
            q["judge_prompts"] = {"aligned": jp["aligned"], "coherent": jp["coherent"]}
        elif judge_prompts is not None:
            q.setdefault("judge_prompts", {"aligned": judge_prompts[0], "coherent": judge_prompts[1]})

    class _Dumper(yaml.SafeDumper):
        """Multi-line templates as literal blocks, so a written file reads like a hand-written one."""

    def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    _Dumper.add_representer(str, _str)
    text = yaml.dump(list(questions.values()), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    out = Path(path).expanduser()
    write_text_atomic(out, text)
    return out
