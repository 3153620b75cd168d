"""What a message typed outside any conversation is about ("twitching now", "can't sleep",
"danke"), in English, German, Spanish, French, Portuguese and Russian, whatever the interface
language. Pure; safety is checked before this, always (`bot.core.safety`)."""

from bot.core.intents.classify import MAX_WHOLE_WORDS, classify
from bot.core.intents.intent import Intent

__all__ = ["MAX_WHOLE_WORDS", "Intent", "classify"]
