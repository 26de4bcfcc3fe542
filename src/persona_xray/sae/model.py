"""The TopK sparse autoencoder (Gao et al. 2024) used to find persona latents.

Parameters follow the SAELens naming so that a saved SAE is readable by other tools without conversion:
``W_enc [d_in, d_sae]``, ``b_enc [d_sae]``, ``W_dec [d_sae, d_in]``, ``b_dec [d_in]``. The encoder subtracts
``b_dec`` from the input first (``apply_b_dec_to_input``), keeps the ``k`` largest pre-activations of each
token and zeroes the rest (after a ReLU, so a selected negative value is also zero). Decoder rows are kept at
unit norm, which makes a latent's activation its contribution's length and lets steering use ``W_dec[i]``
directly as a direction.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from persona_xray.errors import UserError


class TopKSAE(nn.Module):
    """A TopK SAE: ``encode`` -> dense latent activations, ``decode`` -> reconstruction, ``forward`` both."""

    def __init__(
        self,
        d_in: int,
        d_sae: int,
        k: int,
        *,
        apply_b_dec_to_input: bool = True,
        metadata: dict[str, Any] | None = None,
        dtype: torch.dtype = torch.float32,
    ) -> None:
        super().__init__()
        if d_in < 1 or d_sae < 1:
            raise UserError(f"SAE sizes must be positive (d_in={d_in}, d_sae={d_sae})")
        if not 1 <= k <= d_sae:
            raise UserError(f"k={k} must be between 1 and the number of latents ({d_sae}): lower --k")
        self.d_in, self.d_sae, self.k = d_in, d_sae, k
        self.apply_b_dec_to_input = apply_b_dec_to_input
        self.metadata: dict[str, Any] = dict(metadata or {})
        self.W_enc = nn.Parameter(torch.zeros(d_in, d_sae, dtype=dtype))
        self.b_enc = nn.Parameter(torch.zeros(d_sae, dtype=dtype))
        self.W_dec = nn.Parameter(torch.zeros(d_sae, d_in, dtype=dtype))
        self.b_dec = nn.Parameter(torch.zeros(d_in, dtype=dtype))

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
        """Rescale decoder rows to unit norm (kept through training and after every import)."""
        norms = self.W_dec.norm(dim=-1, keepdim=True).clamp_min(1e-8)
        self.W_dec.div_(norms)

    # ------------------------------------------------------------------ maths
    def _check_input(self, x: Tensor) -> None:
        if x.shape[-1] != self.d_in:
            raise UserError(
                f"activations have width {x.shape[-1]} but the SAE expects d_in={self.d_in}: "
                "use an SAE trained on this model and layer"
            )

    def pre_acts(self, x: Tensor) -> Tensor:
        """Encoder pre-activations ``(x - b_dec) @ W_enc + b_enc`` (``b_dec`` only if applied to input)."""
        self._check_input(x)
        x = x.to(self.W_enc.dtype)
        if self.apply_b_dec_to_input:
            x = x - self.b_dec
        return x @ self.W_enc + self.b_enc

    def encode_sparse(self, x: Tensor) -> tuple[Tensor, Tensor]:
        """The ``k`` active latents of each token: ``(values [..., k], indices [..., k])``.

        This is what training and large scans use: it never builds the ``[N, d_sae]`` dense matrix.
        """
        pre = self.pre_acts(x)
        vals, idx = pre.topk(self.k, dim=-1, sorted=False)
        return F.relu(vals), idx

    def encode(self, x: Tensor) -> Tensor:
        """Dense latent activations ``[..., d_sae]`` with at most ``k`` non-zeros per token."""
        vals, idx = self.encode_sparse(x)
        out = torch.zeros(*vals.shape[:-1], self.d_sae, dtype=vals.dtype, device=vals.device)
        return out.scatter_(-1, idx, vals)

    def decode(self, acts: Tensor) -> Tensor:
        """Reconstruction from dense activations: ``acts @ W_dec + b_dec``."""
        return acts.to(self.W_dec.dtype) @ self.W_dec + self.b_dec

    def decode_sparse(self, vals: Tensor, idx: Tensor) -> Tensor:
        """Reconstruction from the sparse code; ``embedding_bag`` keeps it O(k * d_in) per token."""
        shape = vals.shape[:-1]
        flat_v = vals.reshape(-1, vals.shape[-1]).to(self.W_dec.dtype)
        flat_i = idx.reshape(-1, idx.shape[-1])
        out = F.embedding_bag(flat_i, self.W_dec, per_sample_weights=flat_v, mode="sum")
        return (out + self.b_dec).reshape(*shape, self.d_in)

    def forward(self, x: Tensor) -> Tensor:
        """Reconstruct ``x`` through the sparse bottleneck."""
        vals, idx = self.encode_sparse(x)
        return self.decode_sparse(vals, idx)

    def fvu(self, x: Tensor) -> float:
        """Fraction of variance unexplained on a batch: ``sum ||x - x_hat||^2 / sum ||x - mean x||^2``."""
        with torch.no_grad():
            x = x.to(self.W_enc.dtype)
            err = (x - self(x)).pow(2).sum()
            var = (x - x.mean(0)).pow(2).sum().clamp_min(1e-12)
            return float(err / var)

    def extra_repr(self) -> str:
        return f"d_in={self.d_in}, d_sae={self.d_sae}, k={self.k}"
