"""German: "when I am no longer here" as a time set (a crisis) and as a wish (ask: "es ist
besser, wenn ich nicht mehr da bin", "wozu ich überhaupt noch da bin"), over normalised text
(ruleset.LanguageRules.crisis and .ask)."""

from __future__ import annotations

__all__ = ["NOT_HERE", "WHY_STILL"]

NOT_HERE = (
    # "besser, wenn ich nicht mehr da bin" is the wish (ask, below), not a time set.
    r"wenn(?<!besser\swenn)(?<!besser\s,\swenn)(?<!leichter\swenn)(?<!leichter\s,\swenn)"
    r"(?<!einfacher\swenn)(?<!einfacher\s,\swenn)\s+ich\s+nicht\s+mehr\s+(?:bin|da\s+bin)\b",
    r"wenn\s+ich\s+nicht\s+mehr\s+lebe\b",
)

WHY_STILL = (
    # Set Q: "frage mich zunehmend, wozu ich überhaupt noch da bin", "wofür lebe ich noch".
    r"(?:warum|wozu|weshalb|wieso|wofur)\s+(?:\w+\s+){0,2}?ich\s+(?:\w+\s+){0,2}?noch\s+(?:da"
    r"\s+bin|hier\s+bin|lebe|am\s+leben\s+bin|existiere|weitermache|weiterlebe)\b",
    r"(?:warum|wozu|weshalb|wieso|wofur)\s+(?:lebe|bin|existiere)\s+ich\s+(?:\w+\s+){0,2}?noch"
    r"(?:\s+(?:da|hier|am\s+leben))?\s*(?:[.!?,;:)]|$)",
    # Set P: "es ist besser, wenn ich nicht mehr da bin" (the wish, mostly after "manchmal").
    r"(?:besser|leichter|einfacher)\s+(?:,\s+)?wenn\s+ich\s+(?:einfach\s+)?nicht\s+mehr\s+(?:da"
    r"\s+|hier\s+)?bin\b",
)
