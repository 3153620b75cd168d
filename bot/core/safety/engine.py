"""Compile the rules of every language into a few fast regexes, and find what a text matches.

Python's `re` tries the alternatives of `a|b|c` one after another at every position, so
thousands of rules joined plainly would cost many milliseconds on a long message. Here the
rules are merged into a trie on their literal beginnings (`want|wish` → `w(?:ant|ish)`) behind a
literal space, so `re` jumps from word to word and tries only the rules that begin the way the
word does. That one scan finds the words where some rule may match; only there are the tags
whose rules begin like that word tried, each with its own regex. Rules use no nested unbounded
quantifiers, so matching stays linear in the length of the text.

Texts given to `RuleIndex` are in the form `normalise.matchable` makes: single spaces, a space
around each run of punctuation and at both ends, apostrophes and hyphens as spaces.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

__all__ = ["Negation", "RuleIndex", "leading_split", "top_level_split", "trie_regex"]

_QUANTIFIERS = frozenset("?*+{")
_KEY = 4  # characters of a word that pick the tags to try there
_ONE_SPACE = re.compile(r"(?<!\\)\\s\+")


def top_level_split(pattern: str) -> list[str] | None:
    """`pattern` cut at its top-level `|`, or None when its brackets do not balance."""
    parts: list[str] = []
    depth = 0
    in_class = False
    current: list[str] = []
    chars = iter(pattern)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    if depth != 0 or in_class:
        return None
    parts.append("".join(current))
    return parts


def _group_end(pattern: str) -> int | None:
    """Index of the `)` closing the group that `pattern` starts with."""
    depth = 0
    in_class = False
    escaped = False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


def leading_split(pattern: str) -> list[str] | None:
    """`pattern` as alternatives that each begin with a letter, or None if it can't be cut so.

    A leading non-capturing group of alternatives is distributed over what follows it, so
    `(?:want|wish)\\s+to` becomes `["want\\s+to", "wish\\s+to"]`; an optional one gives the
    rest on its own as well.
    """
    alternatives = top_level_split(pattern)
    if alternatives is None:
        return None
    result: list[str] = []
    for alternative in alternatives:
        if alternative[:1].isalpha() and alternative[1:2] not in _QUANTIFIERS:
            result.extend(_optional_space(alternative))
            continue
        if not alternative.startswith("(?:"):
            return None
        end = _group_end(alternative)
        if end is None:
            return None
        rest = alternative[end + 1 :]
        branches = top_level_split(alternative[3:end])
        if rest[:1] == "?" and rest[1:2] not in _QUANTIFIERS:
            # An optional leading group: with each of its branches, or without it.
            rest = rest[1:]
            branches = None if branches is None else [*branches, ""]
        elif rest[:1] in _QUANTIFIERS:
            return None
        if branches is None:
            return None
        for branch in branches:
            # A branch has no top-level `|`, so it runs straight on into the rest.
            split = leading_split(branch + rest)
            if split is None:
                return None
            result.extend(split)
    return result


def _optional_space(alternative: str) -> list[str]:
    """An elision written `j\\s?ai` as `j ai` and `jai`, so both can go into the trie."""
    prefix, tail = _literal_prefix(alternative)
    if not tail.startswith("\\s?") or tail[3:4] in _QUANTIFIERS:
        return [alternative]
    return [f"{prefix} {tail[3:]}", prefix + tail[3:]]


def _literal_prefix(alternative: str) -> tuple[str, str]:
    """The plain letters `alternative` starts with, and the regex after them."""
    index = 0
    while index < len(alternative):
        char = alternative[index]
        if not (char.isalnum() or char == " "):
            break
        if alternative[index + 1 : index + 2] in _QUANTIFIERS:
            break
        index += 1
    return alternative[:index], alternative[index:]


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    tails: dict[str, None] = field(default_factory=dict)  # an ordered set

    def regex(self) -> str:
        parts = [re.escape(char) + child.regex() for char, child in sorted(self.children.items())]
        parts.extend(self.tails)
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"


def trie_regex(patterns: Iterable[str]) -> str:
    """One regex source equivalent to `patterns` joined by `|`, merged on literal beginnings.

    Raises ValueError for a pattern that does not begin with a letter (or a group of words):
    such a rule would be tried at every word.
    """
    root = _Node()
    unfit = []
    for pattern in patterns:
        # Matchable text has single spaces only, so a literal space can join the words of a
        # rule's beginning and make the trie deeper.
        alternatives = leading_split(_ONE_SPACE.sub(" ", pattern))
        if alternatives is None:
            unfit.append(pattern)
            continue
        for alternative in alternatives:
            prefix, tail = _literal_prefix(alternative)
            node = root
            for char in prefix:
                node = node.children.setdefault(char, _Node())
            node.tails[tail] = None
    if unfit:
        raise ValueError(f"safety rules must begin with a letter or a group of words: {unfit}")
    return root.regex()


@dataclass(frozen=True)
class Negation:
    """Which words before (or, for some languages, after) a match deny it.

    A negator denies a match when it is among the `reach` words before it and no clause break
    stands between them ("no weakness", "not any weakness"; but "no pain, but my hand is weak").
    A negator followed by a hedge ("not sure", "no idea") denies nothing. Post-negators deny the
    match they follow within two words (Turkish "güçsüzlük yok"). Word lists, not regexes: this
    runs at every match, and set lookups on a few words are the cheapest way.
    """

    negators: frozenset[str]
    hedges: frozenset[str]
    post_negators: frozenset[str]
    clause_breaks: frozenset[str]
    reach: int = 3

    def denies(self, text: str, start: int, end: int) -> bool:
        """Whether the match `text[start:end]` is negated within its own clause."""
        before = text[max(0, start - 60) : start].split()
        following = None
        for word in reversed(before[-self.reach :]):
            if word in self.negators:
                if following not in self.hedges:
                    return True
            elif word in self.clause_breaks or not word.isalnum():
                break
            following = word
        if not self.post_negators:
            return False
        for word in text[end : end + 40].split()[:2]:
            if word in self.post_negators:
                return True
            if word in self.clause_breaks or not word.isalnum():
                break
        return False


class RuleIndex:
    """Tagged rules: one regex per tag, tried at a given word, and one scan over all of them.

    `loosen` may widen each rule for the scan (drop checks that only ever narrow a match): the
    scan then finds a few more places, and each tag's exact regex decides there. A smaller scan
    regex compiles faster and runs faster.
    """

    def __init__(
        self, rules: Iterable[tuple[str, str]], loosen: Callable[[str], str] = str
    ) -> None:
        by_tag: dict[str, list[str]] = defaultdict(list)
        for tag, pattern in rules:
            by_tag[tag].append(pattern)
        # Each tag's regex is only ever tried at one word, so a plain alternation is fast
        # enough there, and compiles far faster than a trie, which copies what follows a
        # leading group once per word in it.
        self._tags = {
            tag: re.compile("|".join(f"(?:{pattern})" for pattern in patterns))
            for tag, patterns in by_tag.items()
        }
        self._scanner = re.compile(
            " " + trie_regex(loosen(p) for patterns in by_tag.values() for p in patterns)
        )
        if self._scanner.groups or any(pattern.groups for pattern in self._tags.values()):
            # A group would make `re` save and restore marks at every branch: far slower.
            raise ValueError("safety rules must not contain capturing groups")
        # Which tags can begin at a word, by its first three characters; rules whose literal
        # beginning is shorter are listed under every longer key that starts like them.
        by_prefix: list[dict[str, set[str]]] = [defaultdict(set) for _ in range(_KEY + 1)]
        for tag, patterns in by_tag.items():
            for pattern in patterns:
                for alternative in leading_split(_ONE_SPACE.sub(" ", loosen(pattern))) or ():
                    prefix, _ = _literal_prefix(alternative)
                    by_prefix[min(len(prefix), _KEY)][prefix[:_KEY]].add(tag)
        self._by_key: list[dict[str, tuple[str, ...]]] = [{} for _ in range(_KEY + 1)]
        for length in range(1, _KEY + 1):
            for key, tags in by_prefix[length].items():
                shorter = set().union(
                    *(by_prefix[n].get(key[:n], set()) for n in range(1, length))
                )
                self._by_key[length][key] = tuple(sorted(tags | shorter))
        self._by_key_tagged = [
            {key: tuple((tag, self._tags[tag]) for tag in tags) for key, tags in by_key.items()}
            for by_key in self._by_key
        ]

    def positions(self, text: str) -> Iterator[int]:
        """Each word start in `text` where at least one rule matches, in order."""
        for position, _ in self.candidates(text):
            yield position

    def candidates(
        self, text: str
    ) -> Iterator[tuple[int, tuple[tuple[str, re.Pattern[str]], ...]]]:
        """Each word start where some rule may match, with the tags (and their regexes) that
        may match there: `positions` and `tags_at` in one loop, which is the hot path."""
        search = self._scanner.search
        by_length = [(length, self._by_key_tagged[length]) for length in range(_KEY, 0, -1)]
        found = search(text)
        while found is not None:
            position = found.start() + 1
            for length, by_key in by_length:
                tagged = by_key.get(text[position : position + length])
                if tagged is not None:
                    yield position, tagged
                    break
            found = search(text, position)

    def tags_at(self, text: str, position: int) -> tuple[str, ...]:
        """The tags whose rules may begin at `position`."""
        for length in range(_KEY, 0, -1):
            found = self._by_key[length].get(text[position : position + length])
            if found is not None:
                return found
        return ()

    def match(self, tag: str, text: str, position: int) -> re.Match[str] | None:
        """The match of `tag`'s rules starting exactly at `position`."""
        return self._tags[tag].match(text, position)

    def sub(self, replacement: str, text: str) -> str:
        """`text` with every match of any rule replaced (matches start after a space)."""
        return self._scanner.sub(" " + replacement, text)
