"""What a message typed outside any conversation is about ("twitching now", "can't sleep",
"danke"), in English, German, Spanish, French, Portuguese and Russian, whatever the interface
language. Pure; safety is checked before this, always (`bot.core.safety`)."""

from bot.core.intents.classify import MAX_WHOLE_WORDS
from bot.core.intents.intent import Intent


def classify(text: str) -> Intent | None:
    """The intent of a typed message: the rules first, the learned reading where they find
    none (`bot.core.reading.read`). The rules alone are `bot.core.intents.classify.classify`."""
    from bot.core.reading import read  # the reading imports this package's rules

    return read(text).intent


__all__ = ["MAX_WHOLE_WORDS", "Intent", "classify"]
