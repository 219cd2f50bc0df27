"""followup-sync: turns job-interview events into follow-up tasks in the same calendar."""

__version__ = "0.1.0"
