"""Dutch: self-harm again told in a few flat words, and a lethal height looked up or a high
place judged "hoog genoeg" with a time set, a crisis (ruleset.LanguageRules.crisis), over
normalised text."""

from __future__ import annotations

__all__ = ["PLANS"]

PLANS = (
    # Sets P-Q: cut again (arms, with the filleting knife), told in a few flat words; a finger
    # cut at work stays clear.
    r"(?:weer|opnieuw|alweer)\s+(?:(?:in|me|mezelf|mijzelf|m|n|mn|mijn|arm|armen|pols|polsen"
    r"|been|benen|dij|dijen|bovenbeen|bovenbenen|onderarm|onderarmen|buik|heup)\s+){0,4}?"
    r"(?:gesneden|gekrast|opengehaald)\b(?!\s+(?:aan|door)\b)(?![^.!?]{0,40}?\b(?:vinger\w*"
    r"|duim\w*|hand|handen|ui|uien|brood|groente\w*|vlees|vis|haar|taart|papier|blikje)\b)",
    r"in\s+(?:m\s?n|mijn|mn)\s+(?:pols|polsen|armen|onderarmen|dijen|bovenbenen)\s+(?:\w+\s+)?"
    r"(?:gesneden|gekrast)\b",
    # Set Q: a lethal height looked up, and a high place "hoog genoeg" with a time.
    r"(?:opgezocht|gegoogled|gegoogeld|gezocht|uitgezocht|nagekeken|gekeken|uitgerekend)\s+"
    r"(?:\w+\s+){0,3}?(?:welke|hoeveel|hoe)\s+(?:hoogte|hoog|verdiepingen|meter|etages)\b[^.!?]"
    r"{0,60}?(?:overleeft|overleef|overleven|dood\w*|fataal|dodelijk|genoeg)\b",
    r"(?:dak|brug|flat|parkeergarage|garage|toren|balkon|rand|viaduct|gebouw)\w*\b[^!?]{0,60}?"
    r"\bhoog\s+genoeg\b(?!\s+(?:is\s+)?(?:voor|om\s+te\s+(?:staan|lopen)))[^!?]{0,60}?\b(?:vanavond"
    r"|vannacht|morgen|straks|ga\s+er|ga\s+ik|heen)\b",
    r"(?:dak|brug|flat|parkeergarage|toren|balkon|rand|viaduct)\w*\b[^!?]{0,120}?\b(?:of|hoe)\s+"
    r"(?:het|hij|die|dat)\s+(?:\w+\s+)?hoog\s+genoeg\b(?!\s+(?:is\s+)?(?:voor|om\s+te\s+(?:staan"
    r"|lopen)))",
)
