"""The package's layering, read from its source: no import circles, the CLI a leaf, the report results-only.

Why a test: these rules are what let a contributor change one layer without reading the others, and each
was broken once (a pipeline stage importing a CLI module, a judge factory and its judges importing each
other). Imports inside functions count too: a circle that only closes at call time is still a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import persona_xray

ROOT = Path(persona_xray.__file__).parent


def _modules() -> dict[str, Path]:
    mods: dict[str, Path] = {}
    for p in ROOT.rglob("*.py"):
        parts = list(p.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = p
    return mods


def _imports(path: Path, modules: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Every module imported anywhere in the file (module level, functions, TYPE_CHECKING blocks).

    ``from pkg import sub`` names ``pkg.sub`` when that is one of ``modules``, else ``pkg``.
    """
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                out.add(sub if sub in modules else node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    names = set(mods)
    return {m: {x for x in _imports(p, names) if x in mods and x != m} for m, p in mods.items()}


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(edges[w]))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp: list[str] = []
                while True:
                    x = stack.pop()
                    on.discard(x)
                    comp.append(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    found.append(sorted(comp))
    return found


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_the_cycle_finder_finds_a_planted_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(edges) == [["a", "b", "c"]]


def test_no_import_circles() -> None:
    assert _cycles(_graph()) == []


def test_nothing_imports_the_cli() -> None:
    bad = sorted(
        f"{m} -> {x}"
        for m, xs in _graph().items()
        if not _in(m, "persona_xray.cli")
        for x in xs
        if _in(x, "persona_xray.cli")
    )
    assert bad == []


def test_only_the_cli_imports_typer() -> None:
    bad = sorted(
        m
        for m, p in _modules().items()
        if not _in(m, "persona_xray.cli") and any(_in(x, "typer") for x in _imports(p))
    )
    assert bad == []


def test_the_report_imports_no_experiment_or_stage() -> None:
    banned = (
        "persona_xray.experiments",
        "persona_xray.pipeline",
        "persona_xray.monitor",
        "persona_xray.organisms",
    )
    bad = sorted(
        f"{m} -> {x}"
        for m, xs in _graph().items()
        if _in(m, "persona_xray.report")
        for x in xs
        if any(_in(x, b) for b in banned)
    )
    assert bad == []


def _package(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def test_no_private_name_crosses_a_package() -> None:
    """``from persona_xray.x import _name`` only within x's own package: a private helper another package
    needs is part of an interface and gets a public name (and a docstring)."""
    mods = _modules()
    bad = []
    for m, p in mods.items():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.module and node.module in mods):
                continue
            crosses = _package(node.module, mods[node.module]) != _package(m, p)
            bad += [
                f"{m} <- {node.module}.{a.name}"
                for a in node.names
                if crosses and a.name.startswith("_") and not a.name.startswith("__")
            ]
    assert bad == []
