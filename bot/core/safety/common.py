"""Regex pieces that several languages' rules share."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import permutations

from bot.core.safety.engine import first_characters
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign, RedFlag

__all__ = [
    "END",
    "NEGATORS",
    "NOT_A_NEGATOR",
    "any_order",
    "filler",
    "gas_and_weeks",
    "looked_up",
    "near",
    "not_after",
    "spaced",
    "swallowed_family",
    "words",
]

# Negators of every language, for fillers that must not step over a denial ("my hand is not
# weak", "meine Hand ist nicht schwach"). Written unaccented, as rules are.
NEGATORS = (
    r"no|not|never|nicht|kein\w*|nie|niemals|nunca|sin|ni|pas|jamais|aucune?|nao|nem|non|mai"
    r"|senza|nessun\w*|niet|geen|nooit|zonder|ne|не|нет|ни|никогда|ні|немає|ніколи|zadn\w*"
    r"|nigdy|yok|degil"
)


# Dropped from the one-pass scan, which only looks for places worth a closer look (see
# classify.py): rules without it match more, never less.
NOT_A_NEGATOR = rf"(?!(?:{NEGATORS})(?!\w))"


def spaced(*patterns: str) -> tuple[str, ...]:
    """Rules written with a plain space for `\\s+`, so they read like the sentences they match."""
    return tuple(p.replace(" ", r"\s+") for p in patterns)


def filler(most: int) -> str:
    """Up to `most` words, none of them a negator, each followed by a space."""
    return rf"(?:{NOT_A_NEGATOR}\w+\s){{0,{most}}}?"


def words(most: int) -> str:
    """Up to `most` words of any kind (or commas), each followed by a space."""
    return rf"(?:[\w,]+\s){{0,{most}}}?"


# The end of a clause: what some rules need so that "I can't go on" is not "I can't go on the
# trip".
END = r"\s*(?:[.!?,;:)]|$)"


def any_order(almost: str, *parts: str) -> tuple[str, ...]:
    """Every order of `parts` (took, by mistake, which dose) within one sentence, with no
    `almost` word between them."""
    gap = rf"(?:(?!(?:{almost})\b)[^.!?]){{0,40}}?"
    return tuple(gap.join(f"(?:{part})" for part in order) for order in permutations(parts))


def looked_up(looked: str, what: str, sure: str) -> tuple[str, str]:
    """A fall's height looked up with what would make it sure ("googled from which floor it is
    certain", "ab welchem Stock es sicher ist, gegoogelt"): `looked` before or after `what`,
    in one sentence, and `sure` at most three words after `what` with no comma between ("which
    floor the dentist is on, pretty sure" is no such thing). Each part is a `(?:…)` group."""
    gap = r"[^.!?]{0,40}?"
    what_sure = rf"{what}\s+(?:\w+\s+){{0,3}}?{sure}(?!\w)"
    return (rf"{looked}(?!\w){gap}\b{what_sure}", rf"{what_sure}{gap}\b{looked}(?!\w)")


def not_after(words: str, almost: str) -> str:
    """The verbs `words` (|-separated), each not right after `almost` ("casi", "nearly")."""
    guarded = []
    for word in words.split("|"):
        fixed = word.replace(r"\s+", r"\s").replace(" ", r"\s")  # single spaces
        if any(sign in fixed for sign in "*+?{"):
            guarded.append(word)  # no fixed width to look behind ("lyknal\w*")
            continue
        guarded.append(word + "".join(rf"(?<!{a}\s{fixed})" for a in almost.split("|")))
    return "(?:" + "|".join(guarded) + ")"


Signs = dict[EmergencySign, tuple[str, ...]]


def swallowed_family(
    poison: Sequence[str], pills: Sequence[str]
) -> Callable[[Sequence[str], Sequence[str]], Signs]:
    """A language's two signs with its swallowed family added (`rules_<lang>_swallowed.py`):
    poisons and batteries to someone else in danger, pills to an overdose taken."""

    def swallowed(someone_else: Sequence[str], overdose_taken: Sequence[str]) -> Signs:
        return {
            EmergencySign.SOMEONE_ELSE: (*someone_else, *poison),
            EmergencySign.OVERDOSE_TAKEN: (*overdose_taken, *pills),
        }

    return swallowed


# Negators of the eleven languages that deny the word right after them.
_DENY = (
    "no",
    "not",
    "without",
    "never",
    "kein",
    "keine",
    "ohne",
    "sin",
    "sans",
    "pas",
    "sem",
    "nao",
    "senza",
    "non",
    "geen",
    "zonder",
    "bez",
    "nie",
    "без",
    "не",
    "ні",
    "ni",
)


def near(most: int, *parts: str, stop: str = ".!?") -> tuple[str, ...]:
    """Every order of `parts` (each a `(?:…)` group), each from the start of a word, at most
    `most` characters apart with none of `stop` between and no negator right before a later
    part ("two weeks … without trouble swallowing" is no flag): a known attack and its body, a
    boiler and a household's headaches."""
    ahead = rf"[^{stop}]{{0,{most}}}?(?<!\w)"
    denials = "".join(rf"(?<!\b{no}\s)" for no in _DENY)
    # Each word start in the gap is checked for the next part's first letter before the
    # negators' lookbehinds: most fail there, at a tenth of the cost.
    gaps = {
        part: ahead + (f"(?={first})" if (first := first_characters(part)) else "") + denials
        for part in parts
    }
    return tuple(
        order[0] + "".join(gaps[part] + part for part in order[1:])
        for order in permutations(parts)
    )


def gas_and_weeks(
    rules: LanguageRules,
    panic: Sequence[str],
    gas: Sequence[str],
    gas_others: Sequence[str],
    weeks: Mapping[RedFlag, Sequence[str]],
) -> LanguageRules:
    """`rules` widened by a language's `rules_<lang>_panic_gas_weeks.py` (round nine): a
    panic attack the writer knows, carbon monoxide (`gas` for oneself: a breathing emergency
    that panic words never turn into panic; `gas_others` when others are affected), and red
    flags said in words that came over weeks."""
    flags = {flag: tuple(rules.red_flags.get(flag, ())) for flag in {*rules.red_flags, *weeks}}
    for flag, patterns in weeks.items():
        flags[flag] = (*flags[flag], *patterns)
    emergency = dict(rules.emergency)
    for sign, patterns in (
        (EmergencySign.CANNOT_BREATHE, gas),
        (EmergencySign.SOMEONE_ELSE, gas_others),
    ):
        emergency[sign] = (*emergency.get(sign, ()), *patterns)
    return replace(
        rules,
        panic=(*rules.panic, *panic),
        panic_danger=(*rules.panic_danger, *gas, *gas_others),
        emergency=emergency,
        red_flags=flags,
    )
