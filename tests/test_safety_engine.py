"""The safety rule engine: merging rules into tries, negation, and the shape of each language's
rule set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.safety import Concern, EmergencySign, RedFlag
from bot.core.safety.classify import RULE_SETS, all_patterns, check_text
from bot.core.safety.common import NOT_A_NEGATOR
from bot.core.safety.engine import (
    Negation,
    RuleIndex,
    _atoms,
    _beginnings,
    _scan_tail,
    first_characters,
    first_match,
    leading_split,
    merged_alternation,
    trie_regex,
)
from bot.core.safety.normalise import matchable
from tests.safety_phrases import LANGUAGES
from tests.test_safety_properties import PHRASES


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"want\s+to", [r"want\s+to"]),
        (r"(?:want|wish)\s+to", [r"want\s+to", r"wish\s+to"]),
        (r"(?:so\s+)?tired", [r"so\s+tired", "tired"]),
        (r"(?:(?:a|b)c|d)e|fg", ["ace", "bce", "de", "fg"]),
        (r"j\s?ai", ["j ai", "jai"]),
        (r"\bword", None),
        (r"(?:a|b)+c", None),
        (r"[ab]c", None),
        (r"(?:a|b", None),
    ],
)
def test_leading_split(pattern: str, expected: list[str] | None) -> None:
    assert leading_split(pattern) == expected


def test_trie_regex_refuses_rules_that_would_run_at_every_word() -> None:
    with pytest.raises(ValueError, match="must begin with a letter"):
        trie_regex([r"\bword", "fine"])


@pytest.mark.parametrize("pattern", [r"wor(d)", r"wor(?P<end>d)", r"w(?:o(r))d"])
def test_rule_index_refuses_capturing_groups(pattern: str) -> None:
    with pytest.raises(ValueError, match="capturing groups"):
        RuleIndex([("tag", pattern)])


@pytest.mark.parametrize("pattern", [r"wor\(d", r"wor[(]d", r"w(?:or)(?!d)(?<=r)"])
def test_rule_index_takes_brackets_that_capture_nothing(pattern: str) -> None:
    RuleIndex([("tag", pattern)])


def test_each_rule_is_compiled_when_first_tried() -> None:
    index = RuleIndex(
        [
            ("die", r"want\s+to\s+die"),
            ("wish", r"wish\b"),
            ("wish", r"want\s+it"),
            ("idle", "idle"),
        ]
    )
    text = " i wish , i want to die "
    compiled = [pattern for pattern, lazy in index._lazy.items() if lazy._compiled is not None]
    assert not compiled  # building the index compiled only the scan
    found = [(position, tag) for position, tagged in index.candidates(text) for tag, _ in tagged]
    assert found == [(3, "wish"), (12, "die"), (12, "wish")]
    assert index.match("wish", text, 3)
    compiled = [pattern for pattern, lazy in index._lazy.items() if lazy._compiled is not None]
    assert compiled == [r"wish\b"]
    # At a word, only the rules that begin like it are offered.
    offered = {tag: rules for position, tagged in index.candidates(text) for tag, rules in tagged}
    assert len(offered["die"]) == 1
    index.compile_all()
    for position, tagged in index.candidates(text):
        assert all(isinstance(rule, re.Pattern) for _, rules in tagged for rule in rules)
        assert [tag for tag, rules in tagged if first_match(rules, text, position)] == (
            ["wish"] if position == 3 else ["die"]
        )


def test_a_tag_matches_with_its_first_rule_that_does() -> None:
    # As the tag's rules joined by `|` would: the end of the match decides a negation after it.
    index = RuleIndex([("tag", r"weak\w*"), ("tag", r"weak\s+hand"), ("tag", r"w\w+\s+hand\s+no")])
    text = " weak hand no "
    for position, tagged in index.candidates(text):
        for _, rules in tagged:
            found = first_match(rules, text, position)
            assert found is not None
            assert found.group() == "weak"
    assert re.compile(r"(?:weak\w*)|(?:weak\s+hand)").match(text, 1).group() == "weak"


def test_a_loose_scan_blanks_out_what_the_exact_scan_does() -> None:
    # A loose scan only finds places to look; `sub` checks each with its rules, so it blanks
    # the same spans as a scanner holding every rule whole: leftmost first, none overlapping.
    rules = [
        ("tag", r"my\s+arm\s+(?:is\s+)?weak"),
        ("tag", r"(?:arm|leg) (?:\w+ ){0,2}?weak"),
        ("tag", r"killing me(?! softly)"),
        ("tag", r"weak tea"),
    ]
    exact, loose = RuleIndex(rules), RuleIndex(rules, loosen=str)
    for text in (
        " my arm is weak ",
        " my arm is weak tea and my leg is so weak ",
        " this heat is killing me softly , killing me ",
        " weak tea , my  arm weak ",
        " nothing here ",
        "",
    ):
        assert loose.sub(",", text) == exact.sub(",", text)
    assert loose.sub(",", " my arm is weak tea ") == " , tea "


def test_a_loose_scan_joins_many_rules_at_one_word_in_order() -> None:
    # Dozens of rules may begin at "a"; `sub` tries them as joined runs, and the first rule
    # in order that matches still decides where the blanked span ends.
    rules = [("tag", rf"a (?:\w+ ){{0,{n}}}?word{n}") for n in range(30)]
    rules += [("tag", r"a (?:\w+ )*?end"), ("tag", r"a b")]
    exact, loose = RuleIndex(rules), RuleIndex(rules, loosen=str)
    for text in (" a a a a b ", " a x word29 ", " a x y z end a b ", " a ", " b a "):
        assert loose.sub(",", text) == exact.sub(",", text)
    # Where two rules match at one word, the earlier one's span is blanked.
    assert loose.sub(",", " a x word1 end ") == " , end "
    assert loose.sub(",", " a b c word3 end ") == " , end "


def test_a_merged_rule_begins_with_its_words_for_the_scan() -> None:
    # trie_regex writes a space as a space, so the scan reads "a suicide attempt" as the
    # beginning, not "a" alone, which would be looked at before every word starting so.
    merged = trie_regex([r"a suicide attempt", r"an attempt on my life"])
    assert "\\ " not in merged
    loose = RuleIndex([("tag", merged)], loosen=str)
    assert list(loose.positions(" a a a an apple a suicide attempt ")) == [16]


def test_first_characters_are_those_a_match_may_begin_with() -> None:
    assert first_characters(r"(?:weak|numb)\s+hand") == "[nw]"
    assert first_characters(r"(?:ab|\d+ kg)") == "[\\da]"
    assert first_characters(r"x|(?:y|z)?q") is None  # "q" may come first
    assert first_characters("") is None
    assert first_characters(r"\w+ly") is None


def test_a_loose_scan_keeps_the_beginning_of_a_long_rule() -> None:
    signs = "collapsed|fainted|passed out|stopped breathing|is not breathing|is unresponsive"
    tail = rf"(?:\w+ ){{0,3}}?(?:just )?(?:{signs})\b"
    assert _scan_tail(tail) == r"(?:\w+ ){0,3}?(?:just )?(?:col|fai|is |pas|sto)"
    # An optional group, or one of no words, ends the scan's check where it begins.
    assert _scan_tail(rf"(?:\w+ ){{0,3}}?(?:just )?(?:{signs})?\b") == r"(?:\w+ ){0,3}?(?:just )?"
    assert _scan_tail(rf"(?:\w+ ){{0,3}}?(?:just )?(?:\w+ly|{signs})\b") == (
        r"(?:\w+ ){0,3}?(?:just )?"
    )
    assert _scan_tail(r"\s+(?:is|are)\b") == r"\s+(?:is|are)\b"  # short: kept whole
    # A trie's groups are looked into, a space and a digit counting as letters.
    long = "|vantage point of a rule long enough to be cut short by the scan)"
    assert _scan_tail(r"(?: (?:l(?:a fac|ycee)|\d+ ans)|do(?:lescent|)" + long + " x") == (
        r"(?: \d| la| ly|do|van)"
    )
    assert _scan_tail(r"(?: (?:l|\d? ans)" + long + " x") == "(?: |van)"  # a digit or not


def test_a_loose_scan_cuts_rules_only_between_their_atoms() -> None:
    # Each piece parses alone as it does in its place, so a rule's first pieces match
    # wherever the whole rule does.
    from re import _parser

    tails = {
        tail
        for _, _, pattern in all_patterns()
        for rule in (pattern, pattern.replace(NOT_A_NEGATOR, ""))
        for _, tail in _beginnings(rule) or ()
    }
    for tail in tails:
        atoms = _atoms(tail)
        assert atoms is not None, tail
        assert "".join(atoms) == tail
        alone = [item for atom in atoms for item in _parser.parse(atom)]
        assert repr(alone) == repr(list(_parser.parse(tail))), tail


def test_merged_alternation_keeps_branches_a_trie_cannot_take() -> None:
    merged = merged_alternation(r"want to die|wish\b", r"\d+ pills|(?<!no )pills")
    assert merged.count("w") == 1  # the letters' branches share their beginning
    pattern = re.compile(merged)
    for text in ("want to die", "wish", "30 pills", "pills"):
        assert pattern.fullmatch(text), text
    assert not pattern.fullmatch("wash")


def test_trie_regex_merges_shared_beginnings() -> None:
    merged = trie_regex([r"want\s+to\s+die", r"wanted\s+to\s+go", r"wish\b"])
    assert merged.count("w") == 1
    pattern = re.compile(merged)
    for text in ("want to die", "wanted to go", "wish"):
        assert pattern.fullmatch(text)
    assert not pattern.match("wash")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PHRASES), st.sampled_from(sorted({tag for tag, _, _ in all_patterns()})))
def test_merged_rules_match_exactly_where_the_plain_rules_do(text: str, tag: str) -> None:
    sources = [pattern for rule_tag, _, pattern in all_patterns() if rule_tag == tag]
    plain = re.compile("|".join(f"(?:{source})" for source in sources))
    merged = re.compile(trie_regex(sources))
    prepared = matchable(text)
    for start in (index + 1 for index, char in enumerate(prepared) if char == " "):
        assert bool(plain.match(prepared, start)) == bool(merged.match(prepared, start)), (
            tag,
            prepared[start:],
        )


NEGATION = Negation(
    negators=frozenset({"no", "not", "nicht", "n"}),
    hedges=frozenset({"sure", "idea"}),
    post_negators=frozenset({"yok"}),
    clause_breaks=frozenset({"but", "and"}),
)


@pytest.mark.parametrize(
    ("text", "word", "denied"),
    [
        (" no weakness at all ", "weakness", True),
        (" not any real weakness ", "weakness", True),
        (" not really any real weakness ", "weakness", False),  # out of reach
        (" no pain , my hand is weak ", "hand", False),
        (" no pain but weakness ", "weakness", False),
        (" not sure weakness ", "weakness", False),
        (" no idea why weakness ", "weakness", False),
        (" gucsuzluk yok ", "gucsuzluk", True),
        (" gucsuzluk , yok ", "gucsuzluk", False),
        (" ohne nicht weakness ", "weakness", True),
        # French "n'" denies; the "n" of Dutch "m'n" / "z'n" ("my", "his") does not.
        (" il n a pas weakness ", "weakness", True),
        (" ineens hangt m n mond scheef ", "mond", False),
        (" z n gezicht hangt ", "gezicht", False),
    ],
)
def test_negation(text: str, word: str, denied: bool) -> None:
    start = text.index(word)
    assert NEGATION.denies(text, start, start + len(word)) is denied


def test_every_language_has_rules_for_every_tier_and_sign() -> None:
    assert [rules.language for rules in RULE_SETS] == list(LANGUAGES)
    direct_signs = set(EmergencySign) - {EmergencySign.HEAD_INJURY_CONFUSION}
    direct_flags = set(RedFlag) - {
        RedFlag.SPREADING_WITH_WEAKNESS,
        RedFlag.NUMBNESS_AFTER_INJURY,
    }
    for rules in RULE_SETS:
        assert {sign for sign, sources in rules.emergency.items() if sources} == direct_signs
        assert {flag for flag, sources in rules.red_flags.items() if sources} == direct_flags
        for part in (
            rules.crisis,
            rules.ask,
            rules.health_anxiety,
            rules.spreading,
            rules.numbness,
            rules.injury,
            rules.head_injury,
            rules.confusion,
            rules.idioms,
            rules.clause_breaks,
            rules.given_away,
            rules.affairs,
            rules.goodbyes,
            rules.finality,
        ):
            assert part, rules.language
        assert rules.negators or rules.post_negators, rules.language


@pytest.mark.parametrize("language", LANGUAGES)
def test_rule_modules_stay_small(language: str) -> None:
    source = Path(__file__).parent.parent / "bot" / "core" / "safety" / f"rules_{language}.py"
    assert len(source.read_text(encoding="utf-8").splitlines()) <= 450


def test_rules_are_written_against_normalised_text() -> None:
    # Rules see folded text: an accented Latin letter or ё in a rule could never match.
    for _, language, pattern in all_patterns():
        assert not re.search(r"[à-ÿĀ-ɏё]", pattern), (language, pattern)
        # Nor an upper-case letter (escapes such as \b and \W aside): text is case-folded.
        assert not re.search(r"[A-ZА-ЯІЇЄҐ]", re.sub(r"\\.", "", pattern)), (language, pattern)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=3))
def test_the_scan_finds_every_word_where_a_rule_matches(phrases: list[str]) -> None:
    # The scan runs loosened rules; it may find more words than match, never fewer.
    from bot.core.safety.classify import _INDEX

    text = matchable(". ".join(phrases))
    found = set(_INDEX.positions(text))
    offered = {position: dict(tagged) for position, tagged in _INDEX.candidates(text)}
    for start in (index + 1 for index, char in enumerate(text[:-1]) if char == " "):
        for tag in TAGS:
            match = _INDEX.match(tag, text, start)
            if match:
                # ... and the tags it offers to try there include every tag that matches.
                assert start in found, text[start:]
                assert tag in _INDEX.tags_at(text, start), (tag, text[start:])
                # ... with the rules that fit the word, which match there as all would.
                fitting = first_match(offered[start][tag], text, start)
                assert fitting is not None, (tag, text[start:])
                assert fitting.span() == match.span(), (tag, text[start:])


TAGS = sorted({tag for tag, _, _ in all_patterns()})


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        # Two families of preparation together are a crisis (ruleset.LanguageRules).
        (
            "Today I gave my cat to the neighbour and paid rent for two months ahead so nobody"
            " has problems after.",
            Concern.CRISIS,
        ),
        ("I gave my dog to my sister. Everything is ready.", Concern.CRISIS),
        ("deleted all my socials and gave my switch to my little brother", Concern.CRISIS),
        # One family alone is an ordinary day.
        ("gave my old piano to the parish, finally some space", Concern.NONE),
        ("paid the rent in advance because I am travelling in January", Concern.NONE),
        ("thank you for everything, the breathing helped a lot", Concern.NONE),
        ("everything is ready for the party, gave my old clothes to charity", Concern.NONE),
        # Russian, in Cyrillic and in Latin letters.
        (
            "Отдала кота соседке и заплатила за квартиру на два месяца вперед, чтобы потом"
            " никому не было хлопот.",
            Concern.CRISIS,
        ),
        ("ya vse podgotovila, dokumenty sestre otdala. spasibo tebe za vse", Concern.CRISIS),
        ("Погасил все долги и написал завещание. Они потом поймут.", Concern.CRISIS),
        ("Оплатила квартиру вперед перед отпуском, все готово к поездке.", Concern.NONE),
        ("Спасибо за все, дыхание очень помогло.", Concern.NONE),
        ("Все готово для вечеринки, раздала детские вещи, он вырос.", Concern.NONE),
        # Ukrainian.
        ("Віддала кота сусідці і написала заповіт. Вони потім зрозуміють.", Concern.CRISIS),
        ("ja vse pidgotuvala, dokumenty sestri viddala. djakuju tobi za vse", Concern.CRISIS),
        ("Оплатила квартиру наперед перед відпусткою, все готово до поїздки.", Concern.NONE),
        ("Дякую за все, дихання дуже допомогло.", Concern.NONE),
        ("Все готово для вечірки, роздала дитячі речі, він виріс.", Concern.NONE),
        # Polish, typed with or without diacritics.
        ("Spłaciłam wszystkie długi i napisałam testament. Kiedyś zrozumieją.", Concern.CRISIS),
        ("Dokumenty siostrze oddalam, hasla tez. Dziekuje ci za wszystko.", Concern.CRISIS),
        ("Zapłaciłam czynsz z góry przed urlopem, wszystko gotowe do wyjazdu.", Concern.NONE),
        ("Zapłaciłam czynsz do przodu bo jadę na wakacje. Dzięki za wszystko!", Concern.NONE),
        ("Oddałam stare ubrania dzieci do kościoła. Wszystko gotowe na imprezę.", Concern.NONE),
        ("Le di mi perro a mi hermana. Ya está todo listo.", Concern.CRISIS),
        (
            "pagué el alquiler de tres meses por adelantado y escribí una carta para mi hermana",
            Concern.CRISIS,
        ),
        (
            "Hoje dei meu gato pra vizinha e paguei dois meses de aluguel adiantado pra ninguém"
            " ter problema depois.",
            Concern.CRISIS,
        ),
        ("J'ai donné mon chien à ma sœur. Tout est prêt.", Concern.CRISIS),
        ("hab meine gitarre verschenkt und meine schulden abbezahlt", Concern.CRISIS),
        ("De huur drie maanden vooruitbetaald. Bedankt voor alles.", Concern.CRISIS),
        ("Kedimi ablama verdim, artık onda kalacak. Her şey için teşekkürler.", Concern.CRISIS),
        ("Il mio gatto starà da mia sorella. Grazie di tutto.", Concern.CRISIS),
        ("regalé la ropa vieja de los niños, ya está todo listo para la fiesta", Concern.NONE),
        (
            "deixei meu cachorro com minha mãe no fim de semana, tá tudo pronto pra viagem",
            Concern.NONE,
        ),
        ("j'ai payé le loyer d'avance avant les vacances, merci pour tout", Concern.NONE),
        ("Ich hab die Miete im Voraus bezahlt, alles ist bereit für den Urlaub", Concern.NONE),
        ("huur vooruit betaald, alles is klaar voor de vakantie", Concern.NONE),
        ("kirayı peşin ödedim, tatil için her şey hazır", Concern.NONE),
        ("ho pagato l'affitto in anticipo, è tutto pronto per le vacanze", Concern.NONE),
    ],
)
def test_preparations_count_together(text: str, concern: Concern) -> None:
    assert check_text(text).concern is concern
