"""Stillpoint: a calm Telegram companion for anxiety-driven muscle twitching."""

__version__ = "0.1.0"
