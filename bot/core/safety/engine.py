"""Compile the rules of every language into a few fast regexes, and find what a text matches.

Python's `re` tries the alternatives of `a|b|c` one after another at every position, so
thousands of rules joined plainly would cost many milliseconds on a long message. Here the
rules are merged into a trie on their literal beginnings (`want|wish` → `w(?:ant|ish)`) behind a
literal space, so `re` jumps from word to word and tries only the rules that begin the way the
word does. That one scan finds the words where some rule may match; only there are the rules
that begin like that word tried, each with its own regex, a tag's in their order. Rules use no
nested unbounded quantifiers, so matching stays linear in the length of the text.

Texts given to `RuleIndex` are in the form `normalise.matchable` makes: single spaces, a space
around each run of punctuation and at both ends, apostrophes and hyphens as spaces.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

__all__ = [
    "Negation",
    "RuleIndex",
    "first_characters",
    "first_match",
    "group_end",
    "leading_split",
    "merged_alternation",
    "top_level_split",
    "trie_regex",
]

_QUANTIFIERS = frozenset("?*+{")
_KEY = 4  # characters of a word that pick the tags to try there
_ONE_SPACE = re.compile(r"(?<!\\)\\s\+")


# What matters for nesting, skipping the rest at C speed: an escape; a character class
# (its closing `]` empty when it runs to the end unclosed); a bracket or a `|`.
_BRACKETS = re.compile(r"\\.?|\[(?:\\.?|[^\]\\])*(\]|\Z)|[()|]", re.DOTALL)


def top_level_split(pattern: str) -> list[str] | None:
    """`pattern` cut at its top-level `|`, or None when its brackets do not balance."""
    parts: list[str] = []
    depth = 0
    start = 0
    for found in _BRACKETS.finditer(pattern):
        token = found.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth < 0:
                return None
        elif token == "|":
            if depth == 0:
                parts.append(pattern[start : found.start()])
                start = found.end()
        elif found.group(1) == "":
            return None  # a class left open
    if depth != 0:
        return None
    parts.append(pattern[start:])
    return parts


def group_end(pattern: str, start: int = 0) -> int | None:
    """Index of the `)` closing the group that `pattern` starts with (at `start`)."""
    depth = 0
    for found in _BRACKETS.finditer(pattern, start):
        token = found.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth == 0:
                return found.start()
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
        if not _distribute(alternative, result):
            return None
    return result


def _distribute(alternative: str, result: list[str]) -> bool:
    """`leading_split` of one alternative (balanced, no top-level `|`) added to `result`;
    False if it can't be cut so. The rest after a leading group has no top-level `|` either,
    so each branch + rest is one alternative again and is never split (scanned) anew."""
    if alternative[:1].isalpha() and alternative[1:2] not in _QUANTIFIERS:
        result.extend(_optional_space(alternative))
        return True
    if not alternative.startswith("(?:"):
        return False
    end = group_end(alternative)
    if end is None:
        return False
    rest = alternative[end + 1 :]
    branches = top_level_split(alternative[3:end])
    if rest[:1] == "?" and rest[1:2] not in _QUANTIFIERS:
        # An optional leading group: with each of its branches, or without it.
        rest = rest[1:]
        branches = None if branches is None else [*branches, ""]
    elif rest[:1] in _QUANTIFIERS:
        return False
    if branches is None:
        return False
    # A branch has no top-level `|`, so it runs straight on into the rest.
    return all(_distribute(branch + rest, result) for branch in branches)


def _optional_space(alternative: str) -> list[str]:
    """An elision written `j\\s?ai` as `j ai` and `jai`, so both can go into the trie."""
    prefix, tail = _literal_prefix(alternative)
    if not tail.startswith("\\s?") or tail[3:4] in _QUANTIFIERS:
        return [alternative]
    return [f"{prefix} {tail[3:]}", prefix + tail[3:]]


# Letters, digits and spaces (`str.isalnum` is `\w` but `_`), none of them quantified.
_LITERAL = re.compile(r"(?:(?:[^\W_]| )(?![?*+{]))*")


def _literal_prefix(alternative: str) -> tuple[str, str]:
    """The plain letters `alternative` starts with, and the regex after them."""
    found = _LITERAL.match(alternative)
    index = found.end() if found else 0
    return alternative[:index], alternative[index:]


def _escape(char: str) -> str:
    # A space stays a space (`re.escape` writes "\ ", for verbose regexes, which the rules are
    # not): the scan reads a rule's literal beginning up to the first escape, and a trie's
    # "a\ suicide" would begin, for it, with "a" alone, tried at every word starting so.
    return char if char == " " else re.escape(char)


class _Node:
    __slots__ = ("children", "tails")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.tails: dict[str, None] = {}  # an ordered set

    def regex(self) -> str:
        parts = [_escape(char) + child.regex() for char, child in sorted(self.children.items())]
        parts.extend(self.tails)
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"


def merged_alternation(*patterns: str) -> str:
    """`patterns` as one alternation, each branch merged on its first letters (`trie_regex`)
    where it can be, so that `re` tries at a word only the branches that begin with its letter;
    a branch that begins otherwise (a number, a look-behind) is tried as it is, after them."""
    merged, plain = [], []
    for pattern in patterns:
        for branch in top_level_split(pattern) or (pattern,):
            try:
                trie_regex((branch,))
            except ValueError:
                plain.append(branch)
            else:
                merged.append(branch)
    return "(?:" + "|".join((trie_regex(merged), *plain) if merged else plain) + ")"


def trie_regex(patterns: Iterable[str]) -> str:
    """One regex source equivalent to `patterns` joined by `|`, merged on literal beginnings.

    Raises ValueError for a pattern that does not begin with a letter (or a group of words):
    such a rule would be tried at every word.
    """
    beginnings: list[tuple[str, str]] = []
    unfit = []
    for pattern in patterns:
        found = _beginnings(pattern)
        if found is None:
            unfit.append(pattern)
        else:
            beginnings.extend(found)
    if unfit:
        raise ValueError(f"safety rules must begin with a letter or a group of words: {unfit}")
    return _trie(beginnings)


def _beginnings(pattern: str) -> list[tuple[str, str]] | None:
    """Each alternative of `pattern` (as `leading_split` cuts it) as its literal beginning and
    the regex after it, or None if it can't be cut so."""
    # Matchable text has single spaces only, so a literal space can join the words of a
    # rule's beginning and make the trie deeper.
    alternatives = leading_split(_ONE_SPACE.sub(" ", pattern))
    if alternatives is None:
        return None
    return [_literal_prefix(alternative) for alternative in alternatives]


def _trie(beginnings: Iterable[tuple[str, str]]) -> str:
    root = _Node()
    for prefix, tail in beginnings:
        node = root
        for char in prefix:
            child = node.children.get(char)
            if child is None:
                child = node.children[char] = _Node()
            node = child
        node.tails[tail] = None
    return root.regex()


# One top-level piece of a regex: an escape, a character class, a group (its end found by
# `group_end`) or a character; then a quantifier, if any (`{…}` is read as one whenever it
# could be: keeping it with its atom is always safe).
_ATOM = re.compile(
    r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|.)"
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]|\(|[^|]",
    re.DOTALL,
)
_QUANTIFIER = re.compile(r"(?:[?*+]|\{[\d,]*\})[?+]?")
_AT_LEAST_ONCE = re.compile(r"(?:(?:\+|\{[1-9][\d,]*\})[?+]?)?")  # no quantifier, `+`, `{1,…}`
_SCAN_TAIL = 60  # characters of a rule after its literal beginning that a loose scan keeps
_SCAN_WORDS = 3  # letters of each word of a group that a loose scan looks for


def _atoms(tail: str) -> list[str] | None:
    """`tail` cut where a regex may be cut in two: between its top-level atoms (each with its
    quantifier); None at a top-level `|` or where it can't be read."""
    atoms = []
    index = 0
    while index < len(tail):
        found = _ATOM.match(tail, index)
        if found is None:
            return None
        end = found.end()
        if found.group() == "(":
            close = group_end(tail, index)
            if close is None:
                return None
            end = close + 1
        quantifier = _QUANTIFIER.match(tail, end)
        if quantifier is not None:
            end = quantifier.end()
        atoms.append(tail[index:end])
        index = end
    return atoms


def _scan_tail(tail: str) -> str:
    """A shorter regex that matches wherever `tail` does (and in some more places): what a loose
    scan needs, whose finds each tag's own regex then checks. Its first atoms, up to
    `_SCAN_TAIL` characters; then, if the next atom is a group that must occur, the first
    letters of its words (`(?:collapsed|fainted)` → `(?:col|fai)`)."""
    atoms = _atoms(tail) if len(tail) > _SCAN_TAIL else None
    if atoms is None:
        return tail
    kept = ""
    for atom in atoms:
        if len(kept) + len(atom) > _SCAN_TAIL:
            return kept + _first_letters(atom)
        kept += atom
    return kept


def _first_letters(atom: str) -> str:
    """A regex for the first letters of the words `atom` (a group) begins with, or "" (which
    matches anywhere) when it is no group that must occur, or not one of words."""
    end = group_end(atom) if atom.startswith("(?:") else None
    if end is None or not _AT_LEAST_ONCE.fullmatch(atom, end + 1):
        return ""  # no group, or an optional one: what follows may begin right here
    prefixes = _leading_letters(atom[3:end])
    if not prefixes:
        return ""
    return "(?:" + "|".join(sorted(prefixes)) + ")"


def first_characters(pattern: str) -> str | None:
    """A character class of the letters a match of `pattern` may begin with, or None when
    that is not known (or may be a space): a cheap check before a part's dearer ones."""
    prefixes = _leading_letters(pattern)
    if not prefixes or "" in prefixes:
        return None
    firsts = {"\\d" if prefix.startswith("\\d") else prefix[0] for prefix in prefixes}
    if " " in firsts:
        return None
    return "[" + "".join(sorted(f if f == "\\d" else re.escape(f) for f in firsts)) + "]"


def _leading_letters(body: str, depth: int = 0) -> set[str] | None:
    """Regexes for how each match of the alternation `body` begins: its first letters (up to
    `_SCAN_WORDS`, a space counting as one, a digit as `\\d`), looking into a leading group
    that must occur (a trie's `a(?: (?:l|\\d+ ans)|do)`); None when some alternative may
    begin otherwise."""
    alternatives = top_level_split(body)
    if alternatives is None:
        return None
    found: set[str] = set()
    for alternative in alternatives:
        letters, rest = _literal_prefix(alternative)
        letters = letters[:_SCAN_WORDS]
        if len(letters) == _SCAN_WORDS:
            found.add(letters)
            continue
        if rest.startswith("\\d") and rest[2:3] not in ("?", "*") and rest[2:4] != "{0":
            found.add(letters + "\\d")
            continue
        end = group_end(rest) if rest.startswith("(?:") and depth < 4 else None
        inner = None
        if end is not None and not (
            rest[end + 1 : end + 2] in ("?", "*") or rest.startswith("{0", end + 1)
        ):
            inner = _leading_letters(rest[3:end], depth + 1)
        if inner is not None:
            found.update(
                letters + more if "\\" in more else (letters + more)[:_SCAN_WORDS]
                for more in inner
            )
        elif letters:
            found.add(letters)
        else:
            return None
    return found


def _dutch_possessive(words: list[str], index: int) -> bool:
    """Whether the "n" at `index` is the end of Dutch "m'n" or "z'n" ("my", "his"), which reach
    the rules as "m n" and "z n": that "n" is not French "n'" and denies nothing ("ineens hangt
    m'n mond scheef")."""
    return index > 0 and words[index - 1] in ("m", "z")


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
        before = text[start - 60 if start > 60 else 0 : start].split()
        following = None
        last = len(before) - 1
        negators, clause_breaks = self.negators, self.clause_breaks
        for index in range(last, last - self.reach if last >= self.reach else -1, -1):
            word = before[index]
            if word in negators and not (word == "n" and _dutch_possessive(before, index)):
                if following not in self.hedges:
                    return True
            elif word in clause_breaks or not word.isalnum():
                break
            following = word
        post_negators = self.post_negators
        if not post_negators:
            return False
        for word in text[end : end + 40].split(maxsplit=2)[:2]:
            if word in post_negators:
                return True
            if word in clause_breaks or not word.isalnum():
                break
        return False


# A capturing group: `(` not followed by `?`, or `(?P<`; escapes and classes skipped.
_CAPTURING = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|(\((?!\?)|\(\?P<)", re.DOTALL)


class _Lazy:
    """A rule's regex until it is first tried: compiled then, and kept."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled

    @property
    def source(self) -> str:
        return self._source

    def match(self, text: str, position: int) -> re.Match[str] | None:
        return self.compiled().match(text, position)


Matcher = re.Pattern[str] | _Lazy
# The rules of one tag that may match at a word, in the tag's order: the first that matches
# is the tag's match there, as in the alternation of them all.
Tagged = tuple[tuple[str, tuple[Matcher, ...]], ...]


def first_match(rules: tuple[Matcher, ...], text: str, position: int) -> re.Match[str] | None:
    """The match of the first of `rules` that matches at `position`: what `rules` joined by
    `|` would match there."""
    for rule in rules:
        found = rule.match(text, position)
        if found is not None:
            return found
    return None


def _source(rule: Matcher) -> str:
    return rule.pattern if isinstance(rule, re.Pattern) else rule.source


# A run of rules is joined in one regex while their text stays under this many characters:
# compiling one costs about 1 ms per 10 KB, and some single rules are 50 KB.
_JOINED_CHARACTERS = 4000


def _joined_rules(rules: tuple[Matcher, ...]) -> tuple[Matcher, ...]:
    """`rules` with each run of short ones joined in one alternation (in order, so that
    `first_match` over them matches where it would over `rules`): trying a run of rules from
    Python costs about 0.5 µs each, and at a common word ("a", "de") dozens may begin."""
    chunks: list[Matcher] = []
    run: list[str] = []
    size = 0

    def close() -> None:
        if len(run) > 1:
            chunks.append(_Lazy("|".join(f"(?:{source})" for source in run)))
        elif run:
            chunks.append(_Lazy(run[0]))
        run.clear()

    for rule in rules:
        source = _source(rule)
        if size + len(source) > _JOINED_CHARACTERS:
            close()
            size = 0
        if len(source) > _JOINED_CHARACTERS:
            chunks.append(rule)
        else:
            run.append(source)
            size += len(source)
    close()
    return tuple(chunks)


def _fitting(
    beginnings: Iterable[tuple[int, str]], keys: Iterable[str]
) -> dict[str, tuple[int, ...]]:
    """For each key (a word's first `_KEY` or fewer characters), the rules that may begin at a
    word that starts so: those with a literal beginning that starts like the key, or that the
    key starts with. `beginnings` holds (rule, literal beginning) pairs; rules come out in
    order."""
    # A beginning as long as a key or longer is filed under its first key-length characters;
    # a shorter one under itself.
    at_least: list[dict[str, set[int]]] = [defaultdict(set) for _ in range(_KEY + 1)]
    exactly: list[dict[str, set[int]]] = [defaultdict(set) for _ in range(_KEY + 1)]
    for rule, prefix in beginnings:
        for length in range(1, min(len(prefix), _KEY) + 1):
            at_least[length][prefix[:length]].add(rule)
        if len(prefix) < _KEY:
            exactly[len(prefix)][prefix].add(rule)
    fitting = {}
    for key in keys:
        found = set(at_least[len(key)].get(key, ()))
        for length in range(len(key)):
            found.update(exactly[length].get(key[:length], ()))
        fitting[key] = tuple(sorted(found))
    return fitting


class RuleIndex:
    """Tagged rules: one scan over all of them, and each rule's own regex tried at a word.

    `loosen` may widen each rule for the scan (drop checks that only ever narrow a match), and
    then the scan also keeps only the beginning of each long rule (`_scan_tail`): it finds
    more places (about 40% more in ordinary messages, a few µs each), and the rules' exact
    regexes decide there, but its regex is a third shorter and compiles that much faster.
    Such a scan finds places to look, not matches, so `sub` refuses it.

    At a word the scan finds, only the rules whose literal beginning fits the word's first
    characters are tried, each with its own regex, in order. A tag's rules joined in one
    alternation cost 10–15 µs at every word where one of them might begin: `re` tries its
    hundreds of alternatives one by one, and most begin with a group, which it cannot skip
    by their first letter. Trying the two or three that fit costs a tenth of that.

    Only the scan is compiled here. Each rule's regex is compiled when it is first tried (or
    by `compile_all`): the cost moves from building the index to the first text where the rule
    may match, once per process (about 0.8 s for all), unless `compile_all` is called first,
    as the bot does before its first update.
    """

    def __init__(
        self, rules: Iterable[tuple[str, str]], loosen: Callable[[str], str] | None = None
    ) -> None:
        by_tag: dict[str, list[str]] = defaultdict(list)
        for tag, pattern in rules:
            by_tag[tag].append(pattern)
        if any(
            found.group(1)
            for patterns in by_tag.values()
            for pattern in patterns
            for found in _CAPTURING.finditer(pattern)
        ):
            # A group would make `re` save and restore marks at every branch: far slower.
            raise ValueError("safety rules must not contain capturing groups")
        self._patterns = dict(by_tag)
        # Each distinct rule is compiled once, however many tags share it.
        lazy = {pattern: _Lazy(pattern) for patterns in by_tag.values() for pattern in patterns}
        self._lazy = lazy
        self._rules: dict[str, tuple[Matcher, ...]] = {
            tag: tuple(lazy[pattern] for pattern in patterns) for tag, patterns in by_tag.items()
        }
        self._loose = loosen is not None
        widen = loosen or str
        # (rule's place in its tag, literal beginning) of every way each tag's rules begin.
        beginnings: dict[str, list[tuple[int, str]]] = {}
        every: list[tuple[str, str]] = []  # (literal beginning, rest) of every rule
        unfit = []
        for tag, patterns in by_tag.items():
            beginnings[tag] = []
            for number, pattern in enumerate(patterns):
                found = _beginnings(widen(pattern))
                if found is None:
                    unfit.append(pattern)
                else:
                    beginnings[tag].extend((number, prefix) for prefix, _ in found)
                    every.extend(found)
        if unfit:
            raise ValueError(f"safety rules must begin with a letter or a group of words: {unfit}")
        if self._loose:  # many rules share a tail: cut each once
            cut = {tail: _scan_tail(tail) for tail in {tail for _, tail in every}}
            every = [(prefix, cut[tail]) for prefix, tail in every]
        self._scanner = re.compile(" " + _trie(every))
        # Which tags can begin at a word, by its first characters (up to `_KEY`); rules whose
        # literal beginning is shorter are listed under every longer key that starts like them.
        by_prefix: list[dict[str, set[str]]] = [defaultdict(set) for _ in range(_KEY + 1)]
        for tag, numbered in beginnings.items():
            for _, prefix in numbered:
                by_prefix[min(len(prefix), _KEY)][prefix[:_KEY]].add(tag)
        self._by_key: list[dict[str, tuple[str, ...]]] = [{} for _ in range(_KEY + 1)]
        for length in range(1, _KEY + 1):
            for key, tags in by_prefix[length].items():
                shorter = set().union(
                    *(by_prefix[n].get(key[:n], set()) for n in range(1, length))
                )
                self._by_key[length][key] = tuple(sorted(tags | shorter))
        # And which of each tag's rules, by the same keys.
        keys_of: dict[str, list[str]] = defaultdict(list)
        for by_key in self._by_key:
            for key, offered in by_key.items():
                for tag in offered:
                    keys_of[tag].append(key)
        self._fitting = {tag: _fitting(beginnings[tag], keys_of[tag]) for tag in by_tag}
        self._by_key_tagged: list[dict[str, Tagged]] = []
        self._tabulate()

    def _tabulate(self) -> None:
        """The table `candidates` reads: for each key, its tags with the rules that fit it."""
        # `sub`'s joined regexes, by the id of the tuple of rules they join (held below: one
        # tuple for equal ones, shared by the keys they fit).
        self._joined: dict[int, tuple[Matcher, ...]] = {}
        shared: dict[tuple[Matcher, ...], tuple[Matcher, ...]] = {}  # one tuple for equal ones
        self._by_key_tagged = [
            {
                key: tuple(
                    (
                        tag,
                        shared.setdefault(
                            rules := tuple(
                                self._rules[tag][number] for number in self._fitting[tag][key]
                            ),
                            rules,
                        ),
                    )
                    for tag in tags
                )
                for key, tags in by_key.items()
            }
            for by_key in self._by_key
        ]

    def compile_all(self) -> None:
        """Compile every rule's regex now, so that no text has to wait for it."""
        compiled = {pattern: lazy.compiled() for pattern, lazy in self._lazy.items()}
        # From now on the scan offers the compiled regexes themselves, not their stand-ins.
        self._rules = {
            tag: tuple(compiled[pattern] for pattern in patterns)
            for tag, patterns in self._patterns.items()
        }
        self._tabulate()

    def positions(self, text: str) -> Iterator[int]:
        """Each word start in `text` where a rule matches (or, if the scan is loose, may
        match), in order."""
        for position, _ in self.candidates(text):
            yield position

    def candidates(self, text: str) -> Iterator[tuple[int, Tagged]]:
        """Each word start where some rule may match, with the tags that may match there and
        the rules of each to try (`first_match`): `positions` and `tags_at` in one loop,
        which is the hot path."""
        search = self._scanner.search
        # The keys of each length looked up longest first, unrolled (`_KEY` is 4).
        _, by_1, by_2, by_3, by_4 = self._by_key_tagged
        found = search(text)
        while found is not None:
            position = found.start() + 1
            tagged = by_4.get(text[position : position + 4])
            if tagged is None:
                tagged = by_3.get(text[position : position + 3])
                if tagged is None:
                    tagged = by_2.get(text[position : position + 2])
                    if tagged is None:
                        tagged = by_1.get(text[position])
            if tagged is not None:
                yield position, tagged
            found = search(text, position)

    def tags_at(self, text: str, position: int) -> tuple[str, ...]:
        """The tags whose rules may begin at `position`."""
        for length in range(_KEY, 0, -1):
            found = self._by_key[length].get(text[position : position + length])
            if found is not None:
                return found
        return ()

    def match(self, tag: str, text: str, position: int) -> re.Match[str] | None:
        """The match of `tag`'s rules starting exactly at `position` (all of them tried)."""
        return first_match(self._rules[tag], text, position)

    def sub(self, replacement: str, text: str) -> str:
        """`text` with every match of any rule replaced (matches start after a space): the
        leftmost first, none overlapping, as `re.sub` would."""
        if not self._loose:
            return self._scanner.sub(" " + replacement, text)
        # A loosened scan finds places to look; each is checked with the rules that fit it,
        # all of them joined in one regex: at a common word ("a", "de") dozens of rules may
        # begin, and trying them one by one from Python cost 15 ms over a message of "a a a".
        parts: list[str] = []
        done = 0
        joined = self._joined
        for position, tagged in self.candidates(text):
            if position - 1 < done:
                continue
            for _, rules in tagged:
                chunks = joined.get(id(rules))
                if chunks is None:
                    chunks = joined[id(rules)] = _joined_rules(rules)
                found = first_match(chunks, text, position)
                if found is not None:
                    parts += (text[done : position - 1], " ", replacement)
                    done = found.end()
                    break
        parts.append(text[done:])
        return "".join(parts)
