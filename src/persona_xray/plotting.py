"""Saving matplotlib figures the way every artifact here is saved: atomically, never half a PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from persona_xray.data.io import atomic_target


def save_figure(fig: Any, path: str | Path, dpi: int = 120) -> Path:
    """Write ``fig`` to a temp file beside ``path``, rename it over ``path`` and close the figure."""
    import matplotlib.pyplot as plt

    p = Path(path)
    try:
        with atomic_target(p) as tmp:
            fig.savefig(tmp, dpi=dpi)
    finally:
        plt.close(fig)
    return p
