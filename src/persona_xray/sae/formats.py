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
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from persona_xray.errors import UserError
from persona_xray.sae.model import SAE

SAELENS_CFG = "cfg.json"
SAELENS_WEIGHTS = "sae_weights.safetensors"
# Derived from the weights (top contexts, firing counts): stale as soon as new weights are saved.
INDEX_FILE = "latent_index.safetensors"
SPARSIFY_WEIGHTS = "sae.safetensors"
DL_WEIGHTS, DL_CONFIG = "ae.pt", "config.json"
GEMMA_SCOPE_WEIGHTS = "params.npz"


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
        raise UserError(f"{path} has no tensor '{name}': it is not an SAE in the expected layout")
    t = tensors[name]
    if tuple(t.shape) != shape:
        raise UserError(
            f"{path}: '{name}' has shape {tuple(t.shape)}, expected {shape}: the file is inconsistent"
        )
    return t


def save_sae(sae: SAE, path: str | Path) -> Path:
    """Write ``sae`` as a SAELens v6 folder; files are written to a temp folder then moved into place."""
    from safetensors.torch import save_file

    out = Path(path).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    meta = dict(sae.metadata)
    cfg: dict[str, Any] = {
        "architecture": sae.architecture,
        "d_in": sae.d_in,
        "d_sae": sae.d_sae,
        **({"k": sae.k} if sae.k is not None else {}),
        "dtype": str(sae.W_enc.dtype).removeprefix("torch."),
        "device": "cpu",
        "apply_b_dec_to_input": sae.apply_b_dec_to_input,
        "normalize_activations": sae.normalize_activations,
        "reshape_activations": "none",
        **({"rescale_acts_by_decoder_norm": False} if sae.architecture == "topk" else {}),
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
        name: t.detach().cpu().contiguous().clone()
        for name, t in (
            ("W_enc", sae.W_enc),
            ("b_enc", sae.b_enc),
            ("W_dec", sae.W_dec),
            ("b_dec", sae.b_dec),
        )
    }
    if sae.threshold is not None:
        tensors["threshold"] = sae.threshold.detach().cpu().contiguous().clone()
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


def detect_format(path: str | Path) -> str:
    """Which layout a path holds (:data:`FORMATS`), from its file names alone."""
    p = Path(path).expanduser()
    if not p.exists():
        raise UserError(f"SAE path {p} does not exist: pass an SAE folder or file")
    if p.is_file():
        if p.suffix == ".npz":
            return "gemma-scope"
        if p.suffix == ".pt":
            return "dictionary-learning"
        p = p.parent
    if (p / SAELENS_WEIGHTS).exists():
        return "saelens"
    if (p / SPARSIFY_WEIGHTS).exists():
        return "sparsify"
    if (p / DL_WEIGHTS).exists():
        return "dictionary-learning"
    if (p / GEMMA_SCOPE_WEIGHTS).exists():
        return "gemma-scope"
    if any(d.is_dir() and (d / SPARSIFY_WEIGHTS).exists() for d in p.iterdir()):
        return "sparsify"
    raise UserError(
        f"{p} holds no SAE this tool can read ({SAELENS_WEIGHTS}, {SPARSIFY_WEIGHTS}, {DL_WEIGHTS} or "
        f"{GEMMA_SCOPE_WEIGHTS}): pass the folder of one SAE"
    )


def load_sae(
    path: str | Path,
    *,
    device: str | torch.device = "cpu",
    format: str = "auto",
    norm_scale: float | None = None,
) -> SAE:
    """Load an SAE in any layout of :data:`FORMATS` (``auto``: from the file names).

    ``norm_scale`` is the constant input scaling of an SAE trained with ``expected_average_only_in``
    (SAELens publishes it beside the release, not in the folder); it is folded into the weights.
    """
    fmt = detect_format(path) if format == "auto" else format
    if fmt not in FORMATS:
        raise UserError(f"unknown SAE format '{format}': use auto, {', '.join(FORMATS)}")
    p = Path(path).expanduser()
    if not p.exists():
        raise UserError(
            f"SAE folder {p} does not exist: train one with `persona-xray sae train` or pass a path"
        )
    sae = FORMATS[fmt](p, norm_scale)
    sae.requires_grad_(False)  # loaded SAEs are for inference; training builds its own parameters
    for name, t in sae.named_parameters():
        if not bool(torch.isfinite(t).all()):
            raise UserError(f"SAE {p}: '{name}' has non-finite values (nan or inf): the weights are corrupt")
    return sae.to(device)


def _int(cfg: dict[str, Any], key: str, where: Path) -> int:
    try:
        return int(cfg[key])
    except (KeyError, TypeError, ValueError):
        raise UserError(f"{where} lacks an integer '{key}': it is not a complete SAE config") from None


def _fold_norm(sae: SAE, mode: Any, scale: Any, where: Path) -> None:
    """Apply a config's activation normalization: runtime kinds are kept, a constant factor is folded."""
    if mode in (None, "none"):
        return
    if mode in ("constant_norm_rescale", "layer_norm"):
        sae.normalize_activations = mode
        return
    if mode == "expected_average_only_in":
        if scale is None:
            raise UserError(
                f"{where}: normalize_activations=expected_average_only_in needs the release's scaling "
                "factor: pass --norm-scale (norm_scale=...), or add 'norm_scaling_factor' to cfg.json"
            )
        sae.fold_input_scale(float(scale))
        return
    raise UserError(
        f"{where}: normalize_activations={mode!r} is not supported (none, constant_norm_rescale, "
        "layer_norm, expected_average_only_in)"
    )


def _load_saelens(p: Path, norm_scale: float | None = None) -> SAE:
    """SAELens v6: ``standard``, ``topk``, ``jumprelu``, and ``batchtopk`` (run with its threshold)."""
    if p.is_file():
        p = p.parent
    cfg = _read_json(p / SAELENS_CFG)
    where = p / SAELENS_CFG
    arch = cfg.get("architecture", "standard")
    d_in, d_sae = _int(cfg, "d_in", where), _int(cfg, "d_sae", where)
    tensors = _read_tensors(p / SAELENS_WEIGHTS)
    meta = cfg.get("metadata") or {}
    b_in = bool(cfg.get("apply_b_dec_to_input", True))
    if arch == "topk":
        sae = SAE(d_in, d_sae, _int(cfg, "k", where), apply_b_dec_to_input=b_in, metadata=meta)
    elif arch in ("jumprelu", "batchtopk"):
        sae = SAE(d_in, d_sae, architecture="jumprelu", apply_b_dec_to_input=b_in, metadata=meta)
    elif arch == "standard":
        sae = SAE(d_in, d_sae, architecture="standard", apply_b_dec_to_input=b_in, metadata=meta)
    else:
        raise UserError(
            f"{p}: SAELens architecture '{arch}' is not supported: standard, topk, batchtopk and jumprelu load"
        )
    _fill(sae, tensors, p / SAELENS_WEIGHTS)
    if sae.threshold is not None:
        with torch.no_grad():
            if "threshold" in tensors:
                sae.threshold.copy_(_need(tensors, "threshold", (d_sae,), p))
            elif arch == "batchtopk" and "topk_threshold" in tensors:
                sae.threshold.fill_(float(tensors["topk_threshold"].reshape(-1)[0]))
            else:
                raise UserError(f"{p / SAELENS_WEIGHTS} has no tensor 'threshold': a {arch} SAE needs one")
    if cfg.get("rescale_acts_by_decoder_norm"):
        sae.fold_decoder_norms()
    _fold_norm(sae, cfg.get("normalize_activations"), cfg.get("norm_scaling_factor", norm_scale), where)
    return sae


def _fill(sae: SAE, tensors: dict[str, Tensor], where: Path) -> None:
    with torch.no_grad():
        sae.W_enc.copy_(_need(tensors, "W_enc", (sae.d_in, sae.d_sae), where))
        sae.b_enc.copy_(_need(tensors, "b_enc", (sae.d_sae,), where))
        sae.W_dec.copy_(_need(tensors, "W_dec", (sae.d_sae, sae.d_in), where))
        sae.b_dec.copy_(_need(tensors, "b_dec", (sae.d_in,), where))


def import_sparsify(path: str | Path, norm_scale: float | None = None) -> SAE:
    """Build our SAE from an EleutherAI sparsify hookpoint folder; forward outputs are identical.

    Sparsify computes ``relu(encoder(x - b_dec))``, keeps the top ``k`` and decodes with ``W_dec`` plus
    ``b_dec``: the same function as ours once ``W_enc = encoder.weight.T``. Skip connections and transcoders
    have no SAELens equivalent here and are refused rather than silently dropped. A sparsify run folder
    with one sub-folder per hookpoint (``layers.15/``) is accepted when it holds exactly one.
    """
    p = Path(path).expanduser()
    if p.is_file():
        p = p.parent
    if not (p / SPARSIFY_WEIGHTS).exists():
        subs = sorted(d for d in p.iterdir() if d.is_dir() and (d / SPARSIFY_WEIGHTS).exists())
        if len(subs) > 1:
            names = ", ".join(d.name for d in subs)
            raise UserError(f"{p} holds several SAEs ({names}): pass one of these sub-folders")
        if not subs:
            raise UserError(f"{p} has no {SPARSIFY_WEIGHTS}: it is not a sparsify SAE folder")
        p = subs[0]
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
    k = _int(cfg, "k", p / SAELENS_CFG)
    meta = {"imported_from": "sparsify", "source": str(p), "hook_name": p.name}
    sae = SAE(int(d_in), int(n_lat), k, apply_b_dec_to_input=True, metadata=meta)
    with torch.no_grad():
        sae.W_enc.copy_(_need(tensors, "encoder.weight", (n_lat, d_in), p).T)
        sae.b_enc.copy_(_need(tensors, "encoder.bias", (n_lat,), p))
        sae.W_dec.copy_(_need(tensors, "W_dec", (n_lat, d_in), p))
        sae.b_dec.copy_(_need(tensors, "b_dec", (d_in,), p))
    _fold_norm(sae, None, norm_scale, p)
    return sae


def import_dictionary_learning(path: str | Path, norm_scale: float | None = None) -> SAE:
    """A dictionary_learning trainer folder (``ae.pt`` + ``config.json``), read with ``weights_only=True``.

    Mapped classes (``trainer.dict_class``): ``AutoEncoder`` (standard: ``relu(encoder(x - bias))``,
    ``decoder(f) + bias``), ``AutoEncoderTopK`` (per-token top ``k`` of ``relu(encoder(x - b_dec))``),
    ``BatchTopKSAE`` (at inference ``post_relu * (post_relu > threshold)``, the shared threshold learned in
    training: a JumpReLU with one threshold) and ``JumpReluAutoEncoder`` (SAELens names, ``b_dec`` not
    subtracted). ``nn.Linear`` stores ``[out, in]``, so ``W_enc = encoder.weight.T`` and
    ``W_dec = decoder.weight.T``.
    """
    p = Path(path).expanduser()
    weights = p if p.is_file() else p / DL_WEIGHTS
    folder = weights.parent
    cfg = _read_json(folder / DL_CONFIG)
    sub = cfg.get("trainer")
    trainer: dict[str, Any] = sub if isinstance(sub, dict) else cfg
    cls = str(trainer.get("dict_class", ""))
    if not weights.exists():
        raise UserError(f"weight file {weights} is missing: pass a dictionary_learning trainer folder")
    try:
        state = torch.load(weights, map_location="cpu", weights_only=True)
    except Exception as e:  # torch raises several types for truncated or non-tensor pickles
        raise UserError(
            f"weight file {weights} is corrupt or not tensors-only ({type(e).__name__})"
        ) from None
    if not isinstance(state, dict):
        raise UserError(f"{weights} does not hold a state dict")
    meta = {
        "imported_from": "dictionary_learning",
        "source": str(folder),
        "dict_class": cls,
        "model_name": trainer.get("lm_name"),
        "layer": trainer.get("layer"),
    }
    if cls == "JumpReluAutoEncoder":
        if "W_enc" not in state:
            raise UserError(f"{weights} has no tensor 'W_enc': it is not a JumpReluAutoEncoder")
        d_in, d_sae = state["W_enc"].shape
        sae = SAE(int(d_in), int(d_sae), architecture="jumprelu", apply_b_dec_to_input=False, metadata=meta)
        _fill(sae, state, weights)
        assert sae.threshold is not None
        with torch.no_grad():
            sae.threshold.copy_(_need(state, "threshold", (sae.d_sae,), weights))
        _fold_norm(sae, None, norm_scale, weights)
        return sae
    if cls not in ("AutoEncoder", "AutoEncoderTopK", "BatchTopKSAE"):
        raise UserError(
            f"{folder / DL_CONFIG}: dict_class '{cls}' is not supported: AutoEncoder, AutoEncoderTopK, "
            "BatchTopKSAE and JumpReluAutoEncoder load"
        )
    if "encoder.weight" not in state:
        raise UserError(f"{weights} has no tensor 'encoder.weight': it is not a {cls}")
    d_sae, d_in = (int(n) for n in state["encoder.weight"].shape)
    bias = "bias" if cls == "AutoEncoder" else "b_dec"
    if cls == "AutoEncoderTopK":
        k = int(_need(state, "k", (), weights)) if "k" in state else _int(trainer, "k", folder / DL_CONFIG)
        sae = SAE(d_in, d_sae, k, metadata=meta)
    elif cls == "BatchTopKSAE":
        sae = SAE(d_in, d_sae, architecture="jumprelu", metadata=meta)
    else:
        sae = SAE(d_in, d_sae, architecture="standard", metadata=meta)
    with torch.no_grad():
        sae.W_enc.copy_(_need(state, "encoder.weight", (d_sae, d_in), weights).T)
        sae.b_enc.copy_(_need(state, "encoder.bias", (d_sae,), weights))
        sae.W_dec.copy_(_need(state, "decoder.weight", (d_in, d_sae), weights).T)
        sae.b_dec.copy_(_need(state, bias, (d_in,), weights))
        if cls == "BatchTopKSAE":
            assert sae.threshold is not None
            thr = float(_need(state, "threshold", (), weights))
            if thr < 0:
                raise UserError(
                    f"{weights}: the BatchTopK threshold is {thr} (never set in training): it cannot run "
                    "per token; train longer than threshold_start_step"
                )
            sae.threshold.fill_(thr)
    _fold_norm(sae, None, norm_scale, weights)
    return sae


def import_gemma_scope(path: str | Path, norm_scale: float | None = None) -> SAE:
    """A Gemma Scope ``params.npz``: JumpReLU on ``x @ W_enc + b_enc`` (``b_dec`` is not subtracted)."""
    import numpy as np

    p = Path(path).expanduser()
    f = p if p.is_file() else p / GEMMA_SCOPE_WEIGHTS
    if not f.exists():
        raise UserError(f"{f} is missing: pass a Gemma Scope params.npz or its folder")
    try:
        with np.load(f, allow_pickle=False) as z:
            tensors = {k: torch.from_numpy(np.asarray(z[k], dtype=np.float32)) for k in z.files}
    except Exception as e:  # zipfile / numpy raise several types for truncated archives
        raise UserError(f"{f} is corrupt ({type(e).__name__}): re-download the SAE") from None
    if "W_enc" not in tensors:
        raise UserError(f"{f} has no array 'W_enc': it is not a Gemma Scope SAE")
    d_in, d_sae = (int(n) for n in tensors["W_enc"].shape)
    meta = {"imported_from": "gemma-scope", "source": str(f)}
    sae = SAE(d_in, d_sae, architecture="jumprelu", apply_b_dec_to_input=False, metadata=meta)
    _fill(sae, tensors, f)
    assert sae.threshold is not None
    with torch.no_grad():
        sae.threshold.copy_(_need(tensors, "threshold", (d_sae,), f))
    _fold_norm(sae, None, norm_scale, f)
    return sae


FORMATS: dict[str, Callable[[Path, float | None], SAE]] = {
    "saelens": _load_saelens,
    "sparsify": import_sparsify,
    "dictionary-learning": import_dictionary_learning,
    "gemma-scope": import_gemma_scope,
}


def _saelens_directory() -> Path:
    """The ``pretrained_saes.yaml`` that ships inside an installed SAELens (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("sae_lens")
    roots = list(spec.submodule_search_locations or []) if spec is not None else []
    for root in roots:
        if (Path(root) / "pretrained_saes.yaml").is_file():
            return Path(root) / "pretrained_saes.yaml"
    raise UserError(
        "no SAE release directory: install sae-lens (which ships pretrained_saes.yaml) or pass --directory"
    )


def hub_cache() -> Path:
    """The Hugging Face hub cache (``HF_HUB_CACHE``, else ``HF_HOME/hub``, else ``~/.cache/huggingface/hub``)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    home = os.environ.get("HF_HOME")
    return (Path(home).expanduser() if home else Path.home() / ".cache" / "huggingface") / "hub"


def resolve_release(
    release: str, sae_id: str, *, directory: str | Path | None = None, cache: str | Path | None = None
) -> tuple[Path, float | None]:
    """A SAELens release id -> the SAE's folder in the local hub cache, and its norm scaling factor.

    Nothing is downloaded: the release's repository must already be in the cache (copied from a machine
    that can reach the hub). The directory is SAELens' ``pretrained_saes.yaml`` layout (release ->
    ``repo_id`` and ``saes: [{id, path, norm_scaling_factor?}]``).
    """
    import yaml

    src = Path(directory).expanduser() if directory is not None else _saelens_directory()
    try:
        data = yaml.safe_load(src.read_text())
    except (OSError, yaml.YAMLError) as e:
        raise UserError(f"cannot read the SAE release directory {src} ({type(e).__name__})") from None
    entry = data.get(release) if isinstance(data, dict) else None
    if not isinstance(entry, dict) or "repo_id" not in entry:
        raise UserError(f"release '{release}' is not in {src}: check the name (e.g. gemma-scope-2b-pt-res)")
    saes = {str(s.get("id")): s for s in entry.get("saes") or [] if isinstance(s, dict)}
    if sae_id not in saes:
        some = ", ".join(list(saes)[:3])
        raise UserError(f"release '{release}' has no SAE '{sae_id}' (e.g. {some})")
    info = saes[sae_id]
    repo = str(entry["repo_id"])
    root = Path(cache).expanduser() if cache is not None else hub_cache()
    snaps = root / ("models--" + repo.replace("/", "--")) / "snapshots"
    rel = str(info.get("path", sae_id))
    ref = snaps.parent / "refs" / "main"
    order = [snaps / ref.read_text().strip()] if ref.is_file() else []
    if snaps.is_dir():
        order += sorted(snaps.iterdir(), key=lambda d: d.stat().st_mtime, reverse=True)
    for snap in order:
        if (snap / rel).exists():
            scale = info.get("norm_scaling_factor")
            return snap / rel, (float(scale) if scale is not None else None)
    raise UserError(
        f"{repo}/{rel} is not in the local hub cache {root}: nothing is downloaded here; fetch it on a "
        f"machine with hub access (huggingface-cli download {repo} --include '{rel}/*') and copy the cache"
    )
