"""The run report: one self-contained static HTML page (figures inline) per pipeline run.

``build_report(run_dir)`` reads ``run.json``, ``summary.json`` and each ``<stage>/result.json`` and writes
``run_dir/report/index.html`` plus the figures as PNGs under ``run_dir/report/figures/``.
"""

from __future__ import annotations

from persona_xray.report.html import build_report

__all__ = ["build_report"]
