"""The one reading of a message: safety tier, the concept behind it, how sure, and the intent.

The hand-written rules (bot.core.safety, bot.core.intents) are the precise first layer; a small
learned model (character n-grams, linear, numpy only at run time) adds what they miss. Trained
by `python -m bot.core.reading.train` from the corpus in `corpus/`; see docs/understanding.md.
"""

from bot.core.reading.read import Reading, read

__all__ = ["Reading", "read"]
