"""Reading and writing SAE folders in the layouts other tools use.

* **SAELens v6** (our native format): ``cfg.json`` (``d_in``, ``d_sae``, ``architecture: "topk"``, ``k``,
  ``apply_b_dec_to_input``, ``normalize_activations``, ``metadata`` with model name, hook name and context
  size) plus ``sae_weights.safetensors`` holding ``W_enc [d_in, d_sae]``, ``b_enc``, ``W_dec [d_sae, d_in]``,
  ``b_dec``.
* **EleutherAI sparsify** (import only): ``cfg.json`` (``k``, ``num_latents`` or ``expansion_factor``,
  ``d_in``) plus ``sae.safetensors`` with ``encoder.weight [L, d]``, ``encoder.bias [L]``, ``W_dec [L, d]``,
  ``b_dec [d]``. Its encoder subtracts ``b_dec`` from the input, so it maps onto ours with
  ``W_enc = encoder.weight.T`` and ``apply_b_dec_to_input = True``.

Trained default SAEs live under ``$PERSONA_XRAY_CACHE/saes/<model>/<layer>/`` so later stages (model diffing,
steering) can find one for the bundled model without a path.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from persona_xray.errors import UserError
from persona_xray.sae.model import TopKSAE

SAELENS_CFG = "cfg.json"
SAELENS_WEIGHTS = "sae_weights.safetensors"
# Derived from the weights (top contexts, firing counts): stale as soon as new weights are saved.
INDEX_FILE = "latent_index.safetensors"
SPARSIFY_WEIGHTS = "sae.safetensors"


def hook_name(layer: int) -> str:
    """TransformerLens hook for "layer i" (the output of decoder block i), as SAELens metadata expects."""
    return f"blocks.{layer}.hook_resid_post"


def default_sae_path(model: str | None, layer: int) -> Path:
    """Where the default SAE for a model's layer lives: ``<cache>/saes/<model>/<layer>/``."""
    from persona_xray.models import cache_root, canonical_name

    safe = canonical_name(model).replace("/", "__")
    return cache_root() / "saes" / safe / str(layer)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise UserError(f"{path} is missing: pass an SAE folder with cfg.json and weights") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise UserError(
            f"{path} is not valid JSON ({e.msg if hasattr(e, 'msg') else e}): re-save the SAE"
        ) from None
    if not isinstance(data, dict):
        raise UserError(f"{path} must hold a JSON object: re-save the SAE")
    return data


def _read_tensors(path: Path) -> dict[str, Tensor]:
    from safetensors.torch import load_file

    if not path.exists():
        raise UserError(f"weight file {path} is missing: re-save or re-download the SAE")
    try:
        return load_file(str(path))
    except Exception as e:  # safetensors raises its own error types for truncated/corrupt files
        raise UserError(f"weight file {path} is corrupt ({type(e).__name__}): re-save the SAE") from None


def _need(tensors: dict[str, Tensor], name: str, shape: tuple[int, ...], path: Path) -> Tensor:
    if name not in tensors:
        raise UserError(f"{path} has no tensor '{name}': it is not a TopK SAE in the expected layout")
    t = tensors[name]
    if tuple(t.shape) != shape:
        raise UserError(
            f"{path}: '{name}' has shape {tuple(t.shape)}, expected {shape}: the file is inconsistent"
        )
    return t


def save_sae(sae: TopKSAE, path: str | Path) -> Path:
    """Write ``sae`` as a SAELens v6 folder; files are written to a temp folder then moved into place."""
    from safetensors.torch import save_file

    out = Path(path).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    meta = dict(sae.metadata)
    cfg: dict[str, Any] = {
        "architecture": "topk",
        "d_in": sae.d_in,
        "d_sae": sae.d_sae,
        "k": sae.k,
        "dtype": str(sae.W_enc.dtype).removeprefix("torch."),
        "device": "cpu",
        "apply_b_dec_to_input": sae.apply_b_dec_to_input,
        "normalize_activations": "none",
        "reshape_activations": "none",
        "rescale_acts_by_decoder_norm": False,
        "metadata": {
            "model_name": meta.pop("model_name", None),
            "hook_name": meta.pop("hook_name", None),
            "hook_head_index": None,
            "context_size": meta.pop("context_size", None),
            "prepend_bos": meta.pop("prepend_bos", False),
            "dataset_path": meta.pop("dataset_path", None),
            "sae_lens_training_version": None,
            **meta,
        },
    }
    tensors = {
        name: getattr(sae, name).detach().cpu().contiguous().clone()
        for name in ("W_enc", "b_enc", "W_dec", "b_dec")
    }
    tmp = Path(tempfile.mkdtemp(dir=out, prefix=".tmp-"))
    try:
        save_file(tensors, str(tmp / SAELENS_WEIGHTS))
        (tmp / SAELENS_CFG).write_text(json.dumps(cfg, indent=2) + "\n")
        (out / INDEX_FILE).unlink(missing_ok=True)  # else `sae latent` shows the old SAE's contexts
        os.replace(tmp / SAELENS_WEIGHTS, out / SAELENS_WEIGHTS)
        os.replace(tmp / SAELENS_CFG, out / SAELENS_CFG)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def load_sae(path: str | Path, *, device: str | torch.device = "cpu") -> TopKSAE:
    """Load an SAE folder: SAELens layout (``sae_weights.safetensors``) or EleutherAI sparsify (``sae.safetensors``).

    A sparsify run folder with one sub-folder per hookpoint (``layers.15/``) is accepted when it holds
    exactly one; otherwise pass the hookpoint folder itself.
    """
    p = Path(path).expanduser()
    if not p.exists():
        raise UserError(
            f"SAE folder {p} does not exist: train one with `persona-xray sae train` or pass a path"
        )
    if p.is_file():
        p = p.parent
    if (p / SAELENS_WEIGHTS).exists():
        sae = _load_saelens(p)
    elif (p / SPARSIFY_WEIGHTS).exists():
        sae = import_sparsify(p)
    else:
        subs = sorted(d for d in p.iterdir() if d.is_dir() and (d / SPARSIFY_WEIGHTS).exists())
        if len(subs) == 1:
            sae = import_sparsify(subs[0])
        elif subs:
            names = ", ".join(d.name for d in subs)
            raise UserError(f"{p} holds several SAEs ({names}): pass one of these sub-folders")
        else:
            raise UserError(f"{p} has no {SAELENS_WEIGHTS} or {SPARSIFY_WEIGHTS}: it is not an SAE folder")
    sae.requires_grad_(False)  # loaded SAEs are for inference; training builds its own parameters
    for name, t in sae.named_parameters():
        if not bool(torch.isfinite(t).all()):
            raise UserError(f"SAE {p}: '{name}' has non-finite values (nan or inf): the weights are corrupt")
    return sae.to(device)


def _load_saelens(p: Path) -> TopKSAE:
    cfg = _read_json(p / SAELENS_CFG)
    arch = cfg.get("architecture", "topk")
    if arch not in ("topk", "batchtopk"):
        raise UserError(f"{p}: architecture '{arch}' is not supported: only TopK SAEs load here")
    if cfg.get("normalize_activations", "none") not in ("none", None):
        raise UserError(f"{p}: normalize_activations={cfg['normalize_activations']!r} is not supported")
    try:
        d_in, d_sae, k = int(cfg["d_in"]), int(cfg["d_sae"]), int(cfg["k"])
    except (KeyError, TypeError, ValueError):
        raise UserError(f"{p / SAELENS_CFG} lacks integer d_in, d_sae and k: re-save the SAE") from None
    tensors = _read_tensors(p / SAELENS_WEIGHTS)
    meta = cfg.get("metadata") or {}
    sae = TopKSAE(
        d_in, d_sae, k, apply_b_dec_to_input=bool(cfg.get("apply_b_dec_to_input", True)), metadata=meta
    )
    with torch.no_grad():
        sae.W_enc.copy_(_need(tensors, "W_enc", (d_in, d_sae), p))
        sae.b_enc.copy_(_need(tensors, "b_enc", (d_sae,), p))
        sae.W_dec.copy_(_need(tensors, "W_dec", (d_sae, d_in), p))
        sae.b_dec.copy_(_need(tensors, "b_dec", (d_in,), p))
    return sae


def import_sparsify(path: str | Path) -> TopKSAE:
    """Build our SAE from an EleutherAI sparsify hookpoint folder; forward outputs are identical.

    Sparsify computes ``relu(encoder(x - b_dec))``, keeps the top ``k`` and decodes with ``W_dec`` plus
    ``b_dec``: the same function as ours once ``W_enc = encoder.weight.T``. Skip connections and transcoders
    have no SAELens equivalent here and are refused rather than silently dropped.
    """
    p = Path(path).expanduser()
    cfg = _read_json(p / SAELENS_CFG)
    if cfg.get("skip_connection") or cfg.get("transcode"):
        raise UserError(
            f"{p}: sparsify skip-connection/transcoder SAEs are not supported; use a plain TopK SAE"
        )
    if cfg.get("activation", "topk") != "topk":
        raise UserError(f"{p}: sparsify activation '{cfg.get('activation')}' is not supported (only topk)")
    tensors = _read_tensors(p / SPARSIFY_WEIGHTS)
    if "encoder.weight" not in tensors or "W_dec" not in tensors:
        raise UserError(f"{p / SPARSIFY_WEIGHTS} lacks encoder.weight/W_dec: not a sparsify SAE")
    n_lat, d_in = tensors["encoder.weight"].shape
    k = int(cfg.get("k", 0))
    meta = {"imported_from": "sparsify", "source": str(p), "hook_name": p.name}
    sae = TopKSAE(int(d_in), int(n_lat), k, apply_b_dec_to_input=True, metadata=meta)
    with torch.no_grad():
        sae.W_enc.copy_(_need(tensors, "encoder.weight", (n_lat, d_in), p).T)
        sae.b_enc.copy_(_need(tensors, "encoder.bias", (n_lat,), p))
        sae.W_dec.copy_(_need(tensors, "W_dec", (n_lat, d_in), p))
        sae.b_dec.copy_(_need(tensors, "b_dec", (d_in,), p))
    return sae
