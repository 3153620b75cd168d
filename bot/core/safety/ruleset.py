"""The shape of one language's safety rules: regex sources per tier, written against normalised,
accent-folded text (see normalise.py).

Every rule is matched from the start of a word, so none begins with `\\b`: it begins with a
letter or with a `(?:…|…)` group of words (optional groups too), which the engine needs to merge
rules into a trie; and it contains no capturing group. Words are separated by single spaces and
punctuation stands apart, so `\\s+` between words and `\\s?` in elisions (`j\\s?ai`) suffice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.safety.verdict import EmergencySign, RedFlag

__all__ = ["LanguageRules"]


@dataclass(frozen=True)
class LanguageRules:
    """All the rules of one language.

    Crisis and ask rules are never negated away: a kind question asked by mistake costs far
    less than a crisis missed, so they carry their own negations ("I don't want to live").
    Emergency and red-flag rules are denied by a negator a few words before them in the same
    clause ("no weakness"), or by a post-negator right after them (Turkish "yok", "değil").
    Idioms are blanked out before any rule runs ("dying to", "me muero de risa").
    """

    language: str
    crisis: Sequence[str]
    ask: Sequence[str]
    emergency: Mapping[EmergencySign, Sequence[str]]
    red_flags: Mapping[RedFlag, Sequence[str]]
    health_anxiety: Sequence[str]
    # Spreading only matters together with weakness, numbness only after an injury.
    spreading: Sequence[str]
    numbness: Sequence[str]
    injury: Sequence[str]
    # A head injury and confusion, in either order, are an emergency together.
    head_injury: Sequence[str]
    confusion: Sequence[str]
    # Panic words ("panic attack", "heart racing") make breathlessness the familiar panic,
    # unless a danger sign stands beside them (blue lips, fainting, chest pain).
    panic: Sequence[str] = ()
    panic_danger: Sequence[str] = ()
    idioms: Sequence[str] = ()
    negators: Sequence[str] = ()
    post_negators: Sequence[str] = ()
    # Phrases after a negator that hedge rather than deny ("not sure", "no idea").
    hedges: Sequence[str] = ()
    # Conjunctions that start a new clause, where a negation stops reaching.
    clause_breaks: Sequence[str] = ()
    # Preparations, four families that are ordinary one at a time ("gave my piano to the
    # parish", "paid the rent ahead", "wrote to my sister") and a crisis when any two stand in
    # one message: things or a pet given away for good; affairs put in order (rent paid ahead,
    # debts closed, documents, passwords or keys handed over); goodbyes (a farewell letter or
    # message, "thank you for everything"); and finality ("everything is ready", "I won't
    # need it anymore", "so nobody has trouble after"). The Columbia scale's preparatory acts.
    given_away: Sequence[str] = ()
    affairs: Sequence[str] = ()
    goodbyes: Sequence[str] = ()
    finality: Sequence[str] = ()
