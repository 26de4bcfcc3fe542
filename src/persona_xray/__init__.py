"""persona-xray: reproduce and audit emergent misalignment with SAE persona features on open causal LMs."""

__version__ = "0.1.0"
