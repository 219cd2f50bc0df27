"""Benchmarks for followup-sync: scripts that print figures, never timed assertions.

Run from the repository root, e.g. ``/work/venv/bin/python -m benchmarks.requests_per_pass``
(see benchmarks/README.md).
"""
