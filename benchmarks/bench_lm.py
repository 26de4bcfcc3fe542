"""Model-layer benchmark: ratios measured side by side in one run on the bundled model.

1. residual capture at the middle layer (model truncated after it) vs a plain full ``transformers`` forward;
2. steered vs unsteered generation (same tokens forced with ``min_new_tokens``; target overhead < 5%);
3. first GGUF load (dequantize) vs cached safetensors load (target: cached >= 3x faster);
4. fp32 vs bf16 forward throughput and how far bf16 moves the logits.

Run: ``.venv/bin/python benchmarks/bench_lm.py [--batch 16 --seq 128 --repeats 3]``. Timings interleave the
two sides of each comparison and take the median, so background load hits both equally.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable

import torch

from persona_xray.interventions import Steer
from persona_xray.lm import load_lm
from persona_xray.models import BUNDLED, bundled_gguf


def paired(a: Callable[[], object], b: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median seconds of ``a`` and ``b``, run alternately after one warm-up each."""
    a(), b()
    ta, tb = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        a()
        ta.append(time.perf_counter() - t)
        t = time.perf_counter()
        b()
        tb.append(time.perf_counter() - t)
    return statistics.median(ta), statistics.median(tb)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--new-tokens", type=int, default=64)
    ap.add_argument("--gen-batch", type=int, default=8)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    torch.manual_seed(0)
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}")

    # 3. load times (the GGUF side dequantizes in full every time; the cache is what load_lm uses).
    from transformers import AutoModelForCausalLM

    gguf = bundled_gguf(BUNDLED["smollm2-135m"])
    load_lm(None, device="cpu", dtype="float32")  # make sure the cache exists
    t = time.perf_counter()
    AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    t_gguf = time.perf_counter() - t
    t = time.perf_counter()
    lm = load_lm(None, device="cpu", dtype="float32")
    t_cached = time.perf_counter() - t
    print(
        f"[load] GGUF dequantize {t_gguf:.2f} s vs cached safetensors {t_cached:.2f} s: {t_gguf / t_cached:.1f}x"
    )

    layer = lm.middle_layer
    ids = torch.randint(100, 40000, (args.batch, args.seq))
    n_tok = ids.numel()

    # 1. capture vs full forward
    def full() -> object:
        with torch.no_grad():
            return lm.model(input_ids=ids)

    def capture() -> object:
        from persona_xray.lm import _StopForward

        with torch.no_grad(), lm.capture(layer, stop=True) as store, contextlib.suppress(_StopForward):
            lm.model(input_ids=ids)
        return store

    t_full, t_cap = paired(full, capture, args.repeats)
    print(
        f"[capture] layer {layer}: truncated capture {n_tok / t_cap:,.0f} tok/s vs full forward "
        f"{n_tok / t_full:,.0f} tok/s: {t_full / t_cap:.2f}x"
    )

    # 2. steering overhead in generation
    prompts = [
        lm.format_chat(f"Tell me something interesting about topic {i}.") for i in range(args.gen_batch)
    ]
    rows = [lm.encode(p) for p in prompts]
    gids, gmask = lm.pad_left(rows)
    steer = Steer(torch.randn(lm.d_model), layer, 0.1)

    def gen() -> object:
        return lm.model.generate(
            input_ids=gids,
            attention_mask=gmask,
            max_new_tokens=args.new_tokens,
            min_new_tokens=args.new_tokens,
            do_sample=False,
            pad_token_id=lm.tokenizer.pad_token_id,
        )

    def gen_steered() -> object:
        with steer.apply(lm):
            return gen()

    t_plain, t_steer = paired(gen, gen_steered, args.repeats)
    n_gen = args.gen_batch * args.new_tokens
    print(
        f"[steer] generation {n_gen / t_plain:,.1f} tok/s unsteered vs {n_gen / t_steer:,.1f} tok/s steered: "
        f"overhead {100 * (t_steer / t_plain - 1):+.1f}%"
    )

    # 4. fp32 vs bf16
    lm16 = load_lm(None, device="cpu", dtype="bfloat16")

    def fwd16() -> object:
        with torch.no_grad():
            return lm16.model(input_ids=ids)

    t32, t16 = paired(full, fwd16, args.repeats)
    with torch.no_grad():
        l32 = lm.model(input_ids=ids).logits.float()
        l16 = lm16.model(input_ids=ids).logits.float()
    diff = (l32 - l16).abs()
    agree = (l32.argmax(-1) == l16.argmax(-1)).float().mean().item()
    kl = torch.nn.functional.kl_div(
        torch.log_softmax(l16, -1), torch.log_softmax(l32, -1), log_target=True, reduction="none"
    ).sum(-1)
    print(
        f"[dtype] forward fp32 {n_tok / t32:,.0f} tok/s vs bf16 {n_tok / t16:,.0f} tok/s: {t32 / t16:.2f}x; "
        f"bf16 max |logit diff| {diff.max():.3f}, mean {diff.mean():.4f}, top-1 agreement {agree:.3f}, "
        f"mean KL {kl.mean():.4f} nats (logit std {l32.std():.2f})"
    )


if __name__ == "__main__":
    main()
