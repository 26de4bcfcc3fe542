"""The sparse autoencoder every later stage reads: TopK (what this project trains) or an imported architecture.

Parameters follow the SAELens naming so that a saved SAE is readable by other tools without conversion:
``W_enc [d_in, d_sae]``, ``b_enc [d_sae]``, ``W_dec [d_sae, d_in]``, ``b_dec [d_in]`` and, for JumpReLU,
``threshold [d_sae]``. The encoder's pre-activations are ``(x' - b_dec) @ W_enc + b_enc`` (``b_dec`` only when
``apply_b_dec_to_input``), where ``x'`` is the input after the SAE's activation normalization; then:

* ``topk``: keep the ``k`` largest pre-activations of each token, ReLU them, zero the rest (Gao et al. 2024);
* ``jumprelu``: ``relu(pre) * (pre > threshold)`` per latent (Gemma Scope; a BatchTopK SAE at inference is
  this with one shared threshold, which is how SAELens and dictionary_learning run it);
* ``standard``: ``relu(pre)``.

Decoding is ``acts @ W_dec + b_dec``, then the inverse of the input normalization. Normalization is one of
``none``; ``constant_norm_rescale`` (each token scaled to norm ``sqrt(d_in)``) or ``layer_norm`` (each token
centred and divided by its standard deviation), both undone on the way out, so decoding needs the input
those statistics came from; a constant ``expected_average_only_in`` factor is folded into the weights on
import instead. One class for all of them, because diff, steering, monitoring and screening only need
``encode`` / ``decode`` and the decoder rows; only training is TopK-specific.

Our own SAEs keep unit-norm decoder rows, which makes a latent's activation its contribution's length;
imported ones keep their rows as published (steering normalizes a direction before scaling it).
"""

from __future__ import annotations

from typing import Any, Literal, get_args

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from persona_xray.errors import UserError

Architecture = Literal["topk", "jumprelu", "standard"]
Normalization = Literal["none", "constant_norm_rescale", "layer_norm"]
ARCHITECTURES: tuple[str, ...] = get_args(Architecture)
NORMALIZATIONS: tuple[str, ...] = get_args(Normalization)
LN_EPS = 1e-5  # SAELens' layer_norm epsilon, added to the standard deviation


class SAE(nn.Module):
    """A sparse autoencoder: ``encode`` -> dense latent activations, ``decode`` -> reconstruction.

    ``SAE(d_in, d_sae, k)`` is the TopK SAE this project trains; ``architecture="jumprelu"`` or
    ``"standard"`` (``k=None``) are the imported kinds.
    """

    def __init__(
        self,
        d_in: int,
        d_sae: int,
        k: int | None = None,
        *,
        architecture: Architecture = "topk",
        apply_b_dec_to_input: bool = True,
        normalize_activations: Normalization = "none",
        metadata: dict[str, Any] | None = None,
        dtype: torch.dtype = torch.float32,
    ) -> None:
        super().__init__()
        if d_in < 1 or d_sae < 1:
            raise UserError(f"SAE sizes must be positive (d_in={d_in}, d_sae={d_sae})")
        if architecture not in ARCHITECTURES:
            raise UserError(f"unknown SAE architecture '{architecture}': use {', '.join(ARCHITECTURES)}")
        if normalize_activations not in NORMALIZATIONS:
            raise UserError(
                f"unknown activation normalization '{normalize_activations}': use {', '.join(NORMALIZATIONS)}"
            )
        if architecture == "topk":
            if k is None or not 1 <= k <= d_sae:
                raise UserError(f"k={k} must be between 1 and the number of latents ({d_sae}): lower --k")
        elif k is not None:
            raise UserError(f"a {architecture} SAE has no k (got k={k}): only topk SAEs keep k latents")
        self.d_in, self.d_sae, self.k = d_in, d_sae, k
        self.architecture: Architecture = architecture
        self.apply_b_dec_to_input = apply_b_dec_to_input
        self.normalize_activations: Normalization = normalize_activations
        self.metadata: dict[str, Any] = dict(metadata or {})
        self.W_enc = nn.Parameter(torch.zeros(d_in, d_sae, dtype=dtype))
        self.b_enc = nn.Parameter(torch.zeros(d_sae, dtype=dtype))
        self.W_dec = nn.Parameter(torch.zeros(d_sae, d_in, dtype=dtype))
        self.b_dec = nn.Parameter(torch.zeros(d_in, dtype=dtype))
        self.threshold: nn.Parameter | None = (
            nn.Parameter(torch.zeros(d_sae, dtype=dtype)) if architecture == "jumprelu" else None
        )

    # ------------------------------------------------------------------ init
    @torch.no_grad()
    def init_weights(self, seed: int = 0, data_mean: Tensor | None = None) -> None:
        """Random unit-norm decoder rows, encoder = decoder transpose, ``b_dec`` at the data mean.

        The tied start is what Gao et al. found to cut dead latents most; starting ``b_dec`` at the mean
        means the first reconstructions already explain the mean and the latents learn the variance.
        """
        g = torch.Generator().manual_seed(seed)
        w = torch.randn(self.d_sae, self.d_in, generator=g, dtype=torch.float32)
        w /= w.norm(dim=-1, keepdim=True)
        self.W_dec.copy_(w.to(self.W_dec.dtype))
        self.W_enc.copy_(w.T.to(self.W_enc.dtype))
        self.b_enc.zero_()
        if data_mean is not None:
            self.b_dec.copy_(data_mean.to(self.b_dec))
        else:
            self.b_dec.zero_()

    @torch.no_grad()
    def normalize_decoder(self) -> None:
        """Rescale decoder rows to unit norm (kept through training)."""
        norms = self.W_dec.norm(dim=-1, keepdim=True).clamp_min(1e-8)
        self.W_dec.div_(norms)

    @torch.no_grad()
    def fold_decoder_norms(self) -> None:
        """Turn an SAE whose activations are rescaled by the decoder norms into the plain form.

        SAELens' ``rescale_acts_by_decoder_norm`` multiplies latent ``i``'s pre-activation by its decoder
        row's norm ``n_i`` before the sparsity step and divides it out again when decoding. Scaling encoder
        column ``i`` and ``b_enc[i]`` by ``n_i`` and dividing decoder row ``i`` by it is the same function
        with unit-norm rows, so ``encode`` and ``decode`` stay identical. A threshold of such an SAE is
        already in rescaled units, so it stays.
        """
        n = self.W_dec.norm(dim=-1).clamp_min(1e-12)
        self.W_enc.mul_(n)
        self.b_enc.mul_(n)
        self.W_dec.div_(n[:, None])

    @torch.no_grad()
    def fold_input_scale(self, scale: float) -> None:
        """Fold a constant input scaling ``x' = scale * x`` (SAELens' ``expected_average_only_in``).

        The SAE then reads raw activations: ``W_enc`` absorbs the factor on the way in, ``W_dec`` and
        ``b_dec`` its inverse on the way out (``b_dec`` lives in the scaled space).
        """
        if not scale > 0:
            raise UserError(f"activation scaling factor must be positive, got {scale}")
        self.W_enc.mul_(scale)
        self.W_dec.div_(scale)
        self.b_dec.div_(scale)  # (s x - b) @ W = (x - b/s) @ (s W): the encoder reads b/s too

    # ------------------------------------------------------------------ maths
    @property
    def runtime_normalized(self) -> bool:
        """Whether decoding needs the input's own statistics (per-token normalization)."""
        return self.normalize_activations != "none"

    def _check_input(self, x: Tensor) -> None:
        if x.shape[-1] != self.d_in:
            raise UserError(
                f"activations have width {x.shape[-1]} but the SAE expects d_in={self.d_in}: "
                "use an SAE trained on this model and layer"
            )

    def _normalize(self, x: Tensor) -> Tensor:
        """The SAE's per-token input normalization (the same operations, in the same order, as SAELens)."""
        if self.normalize_activations == "constant_norm_rescale":
            coeff: Tensor = self.d_in**0.5 / x.norm(dim=-1, keepdim=True)
            return x * coeff
        if self.normalize_activations == "layer_norm":
            x = x - x.mean(dim=-1, keepdim=True)
            return x / (x.std(dim=-1, keepdim=True) + LN_EPS)
        return x

    def pre_acts(self, x: Tensor) -> Tensor:
        """Encoder pre-activations ``(x' - b_dec) @ W_enc + b_enc`` (``b_dec`` only if applied to input)."""
        self._check_input(x)
        x = x.to(self.W_enc.dtype)
        x = self._normalize(x)
        if self.apply_b_dec_to_input:
            x = x - self.b_dec
        return x @ self.W_enc + self.b_enc

    def _activate(self, pre: Tensor) -> Tensor:
        if self.threshold is not None:
            return F.relu(pre) * (pre > self.threshold)
        return F.relu(pre)

    def encode_sparse(self, x: Tensor) -> tuple[Tensor, Tensor]:
        """The active latents of each token: ``(values [..., m], indices [..., m])``.

        For TopK ``m = k`` and the dense ``[N, d_sae]`` matrix is never built. For the other architectures
        ``m`` is the largest number of active latents of any token in ``x``; tokens with fewer are padded
        with zero values, which add nothing to sums, counts of ``values > 0`` or reconstructions.
        """
        pre = self.pre_acts(x)
        if self.k is not None:
            vals, idx = pre.topk(self.k, dim=-1, sorted=False)
            return F.relu(vals), idx
        acts = self._activate(pre)
        m = max(int((acts > 0).sum(-1).max()) if acts.numel() else 1, 1)
        return acts.topk(m, dim=-1, sorted=False)

    def encode(self, x: Tensor) -> Tensor:
        """Dense latent activations ``[..., d_sae]`` (at most ``k`` non-zeros per token for TopK)."""
        if self.k is None:
            return self._activate(self.pre_acts(x))
        vals, idx = self.encode_sparse(x)
        out = torch.zeros(*vals.shape[:-1], self.d_sae, dtype=vals.dtype, device=vals.device)
        return out.scatter_(-1, idx, vals)

    def _denormalize(self, out: Tensor, x: Tensor | None) -> Tensor:
        if not self.runtime_normalized:
            return out
        if x is None:
            raise UserError(
                f"this SAE normalizes each token ({self.normalize_activations}): decoding needs the input "
                "the activations came from (pass x=...)"
            )
        x = x.to(out.dtype)
        if self.normalize_activations == "constant_norm_rescale":
            coeff: Tensor = self.d_in**0.5 / x.norm(dim=-1, keepdim=True)
            return out / coeff
        mu = x.mean(dim=-1, keepdim=True)
        return out * (x - mu).std(dim=-1, keepdim=True) + mu  # layer_norm: the epsilon is only on the way in

    def decode(self, acts: Tensor, *, x: Tensor | None = None) -> Tensor:
        """Reconstruction from dense activations: ``acts @ W_dec + b_dec`` (de-normalized with ``x``'s stats)."""
        return self._denormalize(acts.to(self.W_dec.dtype) @ self.W_dec + self.b_dec, x)

    def decode_sparse(self, vals: Tensor, idx: Tensor, *, x: Tensor | None = None) -> Tensor:
        """Reconstruction from the sparse code; ``embedding_bag`` keeps it O(m * d_in) per token."""
        shape = vals.shape[:-1]
        flat_v = vals.reshape(-1, vals.shape[-1]).to(self.W_dec.dtype)
        flat_i = idx.reshape(-1, idx.shape[-1])
        out = F.embedding_bag(flat_i, self.W_dec, per_sample_weights=flat_v, mode="sum")
        return self._denormalize((out + self.b_dec).reshape(*shape, self.d_in), x)

    def forward(self, x: Tensor) -> Tensor:
        """Reconstruct ``x`` through the sparse bottleneck."""
        vals, idx = self.encode_sparse(x)
        return self.decode_sparse(vals, idx, x=x)

    def fvu(self, x: Tensor) -> float:
        """Fraction of variance unexplained on a batch: ``sum ||x - x_hat||^2 / sum ||x - mean x||^2``."""
        with torch.no_grad():
            x = x.to(self.W_enc.dtype)
            err = (x - self(x)).pow(2).sum()
            var = (x - x.mean(0)).pow(2).sum().clamp_min(1e-12)
            return float(err / var)

    def extra_repr(self) -> str:
        sparsity = f"k={self.k}" if self.k is not None else self.architecture
        norm = "" if self.normalize_activations == "none" else f", {self.normalize_activations}"
        return f"d_in={self.d_in}, d_sae={self.d_sae}, {sparsity}{norm}"
