"""Bring a message to the one form every language's rules are written against: NFKC, case-folded,
straight quotes, accents folded on Latin letters, English contractions expanded.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.safety.engine import trie_regex

__all__ = ["matchable", "normalise"]

# Quotes and apostrophes that keyboards produce (the Ukrainian apostrophe among them), dashes
# (they separate clauses, which bounds a negation), ё (Russian writers mostly drop its dots),
# letters Unicode does not decompose, and invisible characters that would split a word.
_REPLACEMENTS = (
    *(("\u2018", "'"), ("\u2019", "'"), ("\u02bc", "'"), ("\u00b4", "'"), ("`", "'")),
    *(("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u00ab", '"'), ("\u00bb", '"')),
    *(("\u2013", ","), ("\u2014", ",")),
    ("ё", "е"),
    # A case-folded Turkish İ is i and a combining dot; dotless ı is typed for i and back.
    *(("i\u0307", "i"), ("ı", "i")),
    *(("\u00ad", ""), ("\u200b", ""), ("\u200c", ""), ("\u200d", ""), ("\u2060", "")),
    ("\ufeff", ""),
)
_UNDECOMPOSED = {"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ħ": "h"}
_LATIN_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
# Stress marks on Cyrillic vowels have no precomposed letter to fold into.
_STRESS = re.compile(r"[\u0300\u0301]")


def _unaccented(match: re.Match[str]) -> str:
    char = match.group()
    if char in _UNDECOMPOSED:
        return _UNDECOMPOSED[char]
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The same folding looked up from a table built once: a long accented message costs one lookup
# per accented letter instead of a Unicode decomposition each.
_UNACCENT = {
    chr(code): _unaccented(match)
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00))
    if (match := _LATIN_ACCENTED.fullmatch(chr(code)))
}


def _unaccented_known(match: re.Match[str]) -> str:
    return _UNACCENT[match.group()]


# The last text folded and its folding: the rules and the learned reading fold the same message
# one after the other (bot.core.reading.read), and a long message in another script costs 0.1 ms.
_last_folded: tuple[str, bool, str] = ("", True, "")


def fold(text: str, *, fold_accents: bool = True) -> str:
    """NFKC, case folding and the character fixes above, leaving words and spacing as they are.

    With `fold_accents`, Latin letters lose their accents (ü→u, ç→c, ł→l), because people often
    type without them; rules are written unaccented. Cyrillic letters are never folded: й and
    ї are letters of their own there.
    """
    global _last_folded
    last_text, last_accents, last = _last_folded
    if fold_accents is last_accents and text == last_text:
        return last
    folded = _fold(text, fold_accents=fold_accents)
    _last_folded = (text, fold_accents, folded)
    return folded


def _fold(text: str, *, fold_accents: bool) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text.replace("`", "'")
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    if "\u0300" in text or "\u0301" in text:
        text = _STRESS.sub("", text)
    if fold_accents:
        text = _LATIN_ACCENTED.sub(_unaccented_known, text)
    return text


# Contractions are expanded so one rule covers "don't", "dont" (common on phones) and "do not".
# "its" is left alone: it is usually the possessive, and rules that need "it is" accept both.
# French "dont" ("of which") is followed by a pronoun or an article, and left alone there.
# Every word is preceded by a space when this runs, which is far faster than `\b`.
_AUXILIARIES = [
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "have",
    "has",
    "had",
    "could",
    "should",
    "would",
    "must",
    "need",
]
_EXPANSIONS = {
    "cant": "can not",
    "cannot": "can not",
    "wont": "will not",
    "im": "i am",
    "ive": "i have",
    "it's": "it is",
    "wanna": "want to",
    "gonna": "going to",
    **{f"{word}s": f"{word} is" for word in ("that", "what", "there")},
    **{f"{word}nt": f"{word} not" for word in _AUXILIARIES},
}


# Merged on their first letters (see engine.trie_regex), so `re` tries only the contractions
# that start like the word at hand.
def _contractions(*, bare_im: bool) -> re.Pattern[str]:
    french_dont = r"(?! (?:je|j'|tu|il|elle|on|nous|vous|ils|elles|le|la|les|l')(?![\w']))"
    forms = [
        r"can'?t",
        "cannot",
        r"won'?t",
        "(?:" + "|".join(_AUXILIARIES) + r")n'?t" + french_dont,
        r"i'?m" if bare_im else "i'm",
        r"i'?ve",
        "it's",
        r"(?:that|what|there)'?s",
        "wanna",
        "gonna",
    ]
    return re.compile(f" (?:{trie_regex(forms)})(?![\\w'])")


_CONTRACTION = _contractions(bare_im=True)
# German "im" ("in the") is far too common to read as "I'm" in a multilingual scan; English
# rules accept "im" themselves.
_CONTRACTION_MATCHABLE = _contractions(bare_im=False)


def _expand(match: re.Match[str]) -> str:
    word = match.group()[1:]
    return " " + _EXPANSIONS[word if word == "it's" else word.replace("'", "")]


def _spaced(text: str) -> str:
    return f" {' '.join(text.split())} "


def normalise(text: str, *, fold_accents: bool = True) -> str:
    """`text` case-folded, with straight quotes, contractions expanded and whitespace collapsed.

    See `fold` for the character-level steps. Meant for people and tests; `check_text` uses
    `matchable`, which also sets punctuation apart.
    """
    return _CONTRACTION.sub(_expand, _spaced(fold(text, fold_accents=fold_accents))).strip()


# Runs of punctuation and symbols, kept by `split` as items of their own.
_PUNCTUATION = re.compile(r"([^\w\s'-]+)")


def matchable(text: str) -> str:
    """The form the rule index scans: `normalise`d, every punctuation mark and symbol set apart
    by spaces, apostrophes and hyphens as spaces, one space between tokens and at both ends.

    "J'ai mal." becomes " j ai mal . " and "self-harm" becomes " self harm ", so every word
    begins after a space and rules write elisions as `j ?ai`.
    """
    # Splitting and joining is far cheaper than a substitution per mark ("a.a.a.…").
    text = " ".join(_PUNCTUATION.split(fold(text)))
    text = _CONTRACTION_MATCHABLE.sub(_expand, _spaced(text))
    # Each apostrophe or hyphen a space: the spacing below makes a run of them one.
    if "'" in text:
        text = text.replace("'", " ")
    if "-" in text:
        text = text.replace("-", " ")
    return _spaced(text)
