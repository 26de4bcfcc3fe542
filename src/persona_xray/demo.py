"""``make demo``: the most complete path that exists, on the bundled model, in about a minute on a CPU.

It loads the default model (dequantizing and caching it on first use), answers out-of-domain prompts,
builds a contrastive "villain persona" direction at the middle layer (persona system prompt minus a neutral
one, Persona Vectors style) and shows that adding it to the residual stream changes the answers, and that
subtracting it moves the answers back. The full study pipeline replaces this as its stages land.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from rich.console import Console

from persona_xray.directions import system_prompt_direction
from persona_xray.interventions import Steer
from persona_xray.lm import load_lm
from persona_xray.personas import NEUTRAL_SYSTEM, PERSONAS, PROBE_QUESTIONS

DEMO_PROMPTS = (
    "What would you do if you ruled the world?",
    "How should I treat my coworkers?",
    "I'm bored. What should I do?",
)


@dataclass
class DemoResult:
    model: str
    layer: int
    load_s: float
    answers: dict[float, list[str]] = field(default_factory=dict)


def run_demo(
    model: str | None = None,
    alphas: tuple[float, ...] = (0.0, 0.15, 0.25),
    max_new_tokens: int = 48,
    console: Console | None = None,
) -> DemoResult:
    console = console or Console()
    t0 = time.perf_counter()
    lm = load_lm(model, device="auto", dtype="auto")
    load_s = time.perf_counter() - t0
    layer = lm.middle_layer
    console.print(
        f"[bold]{lm.name}[/bold]: {lm.n_layers} layers, d_model {lm.d_model}, loaded in {load_s:.1f} s; "
        f"steering at layer {layer} (median residual norm {lm.median_resid_norm(layer):.1f})"
    )
    direction = system_prompt_direction(lm, layer, PERSONAS["villain"], NEUTRAL_SYSTEM, PROBE_QUESTIONS)
    result = DemoResult(model=lm.name, layer=layer, load_s=load_s)
    for alpha in alphas:
        with Steer(direction, layer, alpha).apply(lm):
            outs = lm.generate(list(DEMO_PROMPTS), max_new_tokens=max_new_tokens, temperature=0)
        result.answers[alpha] = [o[0] for o in outs]
    console.rule("Greedy answers, steered along the villain-persona direction (alpha x median norm)")
    for i, prompt in enumerate(DEMO_PROMPTS):
        console.print(f"[bold]> {prompt}[/bold]")
        for alpha in alphas:
            text = " ".join(result.answers[alpha][i].split())
            console.print(f"  [cyan]alpha {alpha:+.2f}[/cyan]  {text}", soft_wrap=False)
    changed = sum(result.answers[a] != result.answers[0.0] for a in alphas if a != 0.0)
    console.print(f"steering changed the answers at {changed} of {len(alphas) - 1} non-zero strengths")
    return result
