"""Stillpoint: a calm Telegram companion for anxiety-driven muscle twitching."""

import os

# PTB 22 reports time periods (a 429's retry_after) as timedeltas when this is set, and warns
# on every int otherwise; the timedelta form is its future default, so opt in for the process.
os.environ.setdefault("PTB_TIMEDELTA", "true")

__version__ = "0.1.0"
