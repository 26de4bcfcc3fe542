"""Sparse autoencoders on a model's residual stream: corpus, harvest, training, metrics, formats, latents.

The small API later stages use::

    from persona_xray.sae import load_sae, default_sae_path
    sae = load_sae(default_sae_path("smollm2-135m", 15))   # or a SAELens / sparsify / dictionary_learning
                                                           # folder, or a Gemma Scope params.npz
    acts = sae.encode(x)            # x [N, d_in] -> dense [N, d_sae] (TopK: at most k non-zeros per row)
    direction = sae.W_dec[latent]   # decoder row, usable with Steer / Ablate / Clamp

Everything else (``harvest``, ``train_sae``, ``evaluate_sae``, ``describe_latent``, ``build_corpus``) is
reached through its submodule or the CLI (``persona-xray corpus|harvest|sae``).
"""

from __future__ import annotations

from persona_xray.sae.formats import default_sae_path, import_sparsify, load_sae, save_sae
from persona_xray.sae.model import SAE

__all__ = ["SAE", "default_sae_path", "import_sparsify", "load_default_sae", "load_sae", "save_sae"]


def load_default_sae(model: str | None = None, layer: int | None = None) -> SAE:
    """The trained default SAE for a model's layer (bundled model, middle layer 15 when not given)."""
    from persona_xray.errors import UserError

    if layer is None:
        from persona_xray.models import canonical_name

        if canonical_name(model) != "smollm2-135m":
            raise UserError("pass layer= for models other than the bundled one")
        layer = 15
    path = default_sae_path(model, layer)
    if not path.exists():
        raise UserError(f"no default SAE at {path}: run `persona-xray harvest` then `persona-xray sae train`")
    return load_sae(path)
