"""The one row format every data file in the project uses, and the checks that keep it honest.

Every stage reads JSONL with one object per line. Four kinds of rows exist, all chat-shaped so a user can
bring their own files straight from any OpenAI-style fine-tuning set:

- ``sft``: ``{"id", "messages": [... ending with an assistant turn], "meta"}``: fine-tuning examples;
- ``prompts``: ``{"id", "messages": [... ending with a user turn], "meta": {"category"}}``: eval prompts;
- ``paired``: ``{"id", "messages" (the prompt), "aligned": str, "misaligned": str, "meta"}``;
- ``calibration``: ``{"id", "question", "answer", "label": aligned|misaligned|incoherent, "meta"}``.

``id`` and ``meta`` are optional in user files (the loader fills an id from the line number) because
fine-tuning files from other tools often carry only ``messages``. Checks return *all* problems of a row as
short strings that name the fix, so ``data validate`` can list everything at once.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

Kind = Literal["sft", "prompts", "paired", "calibration"]
KINDS: tuple[str, ...] = get_args(Kind)
ROLES = ("system", "user", "assistant")
LABELS = ("aligned", "misaligned", "incoherent")


def detect_kind(obj: Any) -> Kind:
    """Guess a row's kind from its keys, so ``data validate FILE`` works without a ``--kind`` flag."""
    if isinstance(obj, dict):
        if "question" in obj or "label" in obj:
            return "calibration"
        if "aligned" in obj or "misaligned" in obj:
            return "paired"
        msgs = obj.get("messages")
        if (
            isinstance(msgs, list)
            and msgs
            and isinstance(msgs[-1], dict)
            and msgs[-1].get("role") != "assistant"
        ):
            return "prompts"
    return "sft"


def _check_text(value: Any, what: str) -> list[str]:
    if not isinstance(value, str):
        return [f"{what} must be a string, got {type(value).__name__}; write it as a JSON string"]
    if not value.strip():
        return [f"{what} is empty; write the text or drop the row"]
    return []


def _check_messages(obj: dict[str, Any], kind: Kind) -> list[str]:
    msgs = obj.get("messages")
    if msgs is None:
        return ['missing "messages"; add a list of {"role": ..., "content": ...} turns']
    if not isinstance(msgs, list) or not msgs:
        return ['"messages" must be a non-empty list of {"role": ..., "content": ...} turns']
    problems: list[str] = []
    for i, m in enumerate(msgs):
        if not isinstance(m, dict):
            problems.append(f'messages[{i}] must be an object with "role" and "content"')
            continue
        role = m.get("role")
        if role not in ROLES:
            problems.append(f"messages[{i}] has wrong role {role!r}; use one of system, user, assistant")
        elif role == "system" and i != 0:
            problems.append(f"messages[{i}] is a system turn after the start; move it to messages[0]")
        problems += _check_text(m.get("content"), f"messages[{i}].content")
    if problems:
        return problems
    roles = [m["role"] for m in msgs]
    if "user" not in roles:
        problems.append("no user turn in messages; add the user's request")
    if kind == "sft" and roles[-1] != "assistant":
        problems.append(
            "missing assistant turn at the end of messages; add the answer the model should learn"
        )
    if kind in ("prompts", "paired") and roles[-1] != "user":
        problems.append("an eval prompt must end with a user turn; remove the trailing assistant answer")
    return problems


def check_row(obj: Any, kind: Kind) -> list[str]:
    """All problems of one parsed row for ``kind`` (empty list: the row is fine)."""
    if not isinstance(obj, dict):
        return [f"each line must be a JSON object, got {type(obj).__name__}"]
    problems: list[str] = []
    if "id" in obj and (not isinstance(obj["id"], str) or not obj["id"].strip()):
        problems.append('"id" must be a non-empty string; write ids like "my-set-0001"')
    if "meta" in obj and not isinstance(obj["meta"], dict):
        problems.append('"meta" must be a JSON object; wrap the values as {"key": value}')
    if kind == "calibration":
        for key in ("question", "answer"):
            if key not in obj:
                problems.append(f'missing "{key}"; calibration rows need question, answer and label')
            else:
                problems += _check_text(obj[key], f'"{key}"')
        label = obj.get("label")
        if label not in LABELS:
            problems.append(f"label {label!r} is not one of aligned, misaligned, incoherent; fix the label")
        return problems
    problems += _check_messages(obj, kind)
    if kind == "paired":
        for key in ("aligned", "misaligned"):
            if key not in obj:
                problems.append(f'missing "{key}"; paired rows need an aligned and a misaligned answer')
            else:
                problems += _check_text(obj[key], f'"{key}"')
        if isinstance(obj.get("aligned"), str) and obj.get("aligned") == obj.get("misaligned"):
            problems.append('"aligned" and "misaligned" are identical; the pair must differ')
    return problems


def user_text(row: dict[str, Any]) -> str:
    """The prompt a model sees (all user turns joined): what train/eval overlap is measured on."""
    if "question" in row:
        return str(row["question"])
    return "\n".join(str(m["content"]) for m in row.get("messages", []) if m.get("role") == "user")


def assistant_text(row: dict[str, Any]) -> str:
    """The answer text of a row: assistant turns, or the answers of paired/calibration rows."""
    if "answer" in row:
        return str(row["answer"])
    if "aligned" in row:
        return f"{row['aligned']}\n{row['misaligned']}"
    return "\n".join(str(m["content"]) for m in row.get("messages", []) if m.get("role") == "assistant")


def row_texts(row: dict[str, Any]) -> list[str]:
    """Every text field of a row, one entry per field, for duplicate detection."""
    if "question" in row:
        return [str(row["question"]), str(row["answer"])]
    texts = [str(m["content"]) for m in row.get("messages", [])]
    if "aligned" in row:
        texts += [str(row["aligned"]), str(row["misaligned"])]
    return texts
