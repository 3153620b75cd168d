"""Tests for the safety classifier in bot.core.safety (flags, negation, English phrasings) and its
words in conversations.safety. The eleven-language tier table is in test_safety_phrases.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.safety import (
    Concern,
    EmergencySign,
    RedFlag,
    needs_clinician_for_persistence,
    normalise,
)
from bot.core.safety.classify import check_text  # the rules; tests/test_reading.py: the whole
from conversations.safety import (
    country_for_zone,
    crisis_message,
    persistence_message,
    red_flag_message,
)

W = RedFlag.WEAKNESS
WA = RedFlag.WASTING
SW = RedFlag.SWALLOWING
SP = RedFlag.SPEECH
F = RedFlag.FALLS
SPW = RedFlag.SPREADING_WITH_WEAKNESS
NI = RedFlag.NUMBNESS_AFTER_INJURY
BF = RedFlag.BREATHLESS_LYING_FLAT
NS = RedFlag.NUMBNESS_SPREADING
WL = RedFlag.WEIGHT_LOSS
NM = RedFlag.NEW_MEDICINE

CRISIS = Concern.CRISIS
RED = Concern.RED_FLAG
HA = Concern.HEALTH_ANXIETY
NONE = Concern.NONE

# (message, expected concern, expected red flags)
PHRASES: list[tuple[str, Concern, frozenset[RedFlag]]] = [
    # Crisis, in many shapes, and never negated away.
    ("I want to kill myself", CRISIS, frozenset()),
    ("i've been thinking about suicide", CRISIS, frozenset()),
    ("I feel suicidal tonight", CRISIS, frozenset()),
    ("I've started self-harming again", CRISIS, frozenset()),
    ("thinking about self harm", CRISIS, frozenset()),
    ("honestly I just wanna die", CRISIS, frozenset()),
    ("I want to end it all", CRISIS, frozenset()),
    ("There's no reason to live anymore", CRISIS, frozenset()),
    ("everyone would be better off dead, me included. better off without me", CRISIS, frozenset()),
    ("I keep hurting myself", CRISIS, frozenset()),
    ("I thought about taking an overdose", CRISIS, frozenset()),
    # "I don't want to be here anymore" is a passive wish, asked about: tests/safety_phrases/en.py.
    ("I'm not sure I want to live", CRISIS, frozenset()),
    ("I do not want to live like this", CRISIS, frozenset()),
    ("I wish I was dead", CRISIS, frozenset()),
    ("I want to take my own life", CRISIS, frozenset()),
    ("I can't go on.", CRISIS, frozenset()),
    ("I'm not suicidal, but the twitching scares me", CRISIS, frozenset()),
    ("  I   WANT TO   DIE  ", CRISIS, frozenset()),
    ("I'm going to take all my pills", CRISIS, frozenset()),
    # Crisis outranks a red flag, but the flag is still reported.
    ("my legs keep giving way and I want to die", CRISIS, frozenset({W})),
    # Red flags, one per rule family.
    ("my hand is weak", RED, frozenset({W})),
    ("My left leg feels weaker than the right", RED, frozenset({W})),
    ("I can't grip anything with my right hand", RED, frozenset({W})),
    ("I cannot lift my arm above my head", RED, frozenset({W})),
    ("my legs keep giving way on the stairs", RED, frozenset({W})),
    ("I've noticed weakness in my right hand", RED, frozenset({W})),
    ("there's muscle wasting in my thumb", RED, frozenset({WA})),
    ("the muscle in my hand is shrinking", RED, frozenset({WA})),
    ("my calf looks thinner than the other one", RED, frozenset({WA})),
    ("my thumb muscle has a dent in it", RED, frozenset({WA})),
    ("I've got trouble swallowing", RED, frozenset({SW})),
    ("I keep choking on my food", RED, frozenset({SW})),
    ("it's hard to swallow", RED, frozenset({SW})),
    ("my speech is slurred", RED, frozenset({SP})),
    ("I've been slurring my words", RED, frozenset({SP})),
    ("I have trouble speaking clearly", RED, frozenset({SP})),
    ("I keep falling over", RED, frozenset({F})),
    ("I've been dropping things all week", RED, frozenset({F})),
    ("I'm tripping a lot lately", RED, frozenset({F})),
    ("I keep dropping my phone", RED, frozenset({F})),
    ("I fell down the stairs twice this month", RED, frozenset({F})),
    ("the twitching is spreading and my arm feels weak", RED, frozenset({W, SPW})),
    ("I fell off my bike and now my foot is numb", RED, frozenset({NI})),
    ("tingling in my hand since the car accident", RED, frozenset({NI})),
    ("I can't swallow and my speech is slurred", RED, frozenset({SW, SP})),
    # Negations: the symptom is denied, so it is not a flag.
    ("no weakness, just twitching", NONE, frozenset()),
    ("I don't have any weakness", NONE, frozenset()),
    ("my hand is not weak", NONE, frozenset()),
    ("no trouble swallowing", NONE, frozenset()),
    ("never had trouble swallowing or speaking", NONE, frozenset()),
    ("haven't noticed any muscle weakness", NONE, frozenset()),
    ("no numbness since the accident", NONE, frozenset()),
    ("it isn't spreading, and there's no muscle weakness", NONE, frozenset()),
    # A negation stays in its own clause.
    ("no pain, but my hand is weak", RED, frozenset({W})),
    ("no idea why my legs keep giving way", RED, frozenset({W})),
    ("not sure if it matters, I can't grip my mug", RED, frozenset({W})),
    # Health anxiety.
    ("is it ALS?", HA, frozenset()),
    ("do I have ALS", HA, frozenset()),
    ("could this be MS", HA, frozenset()),
    ("am I dying of a motor neuron disease", HA, frozenset()),
    ("what if it's als", HA, frozenset()),
    ("what if its ALS", HA, frozenset()),
    ("I'm terrified it's something serious", HA, frozenset()),
    ("read about Lou Gehrig's disease all night", HA, frozenset()),
    ("I don't want to die of this", HA, frozenset()),
    ("is this serious?", HA, frozenset()),
    # A red flag outranks health anxiety.
    ("is it ALS? my hand is weak", RED, frozenset({W})),
    # False positives that must stay quiet.
    ("I'm dying to try that new cafe", NONE, frozenset()),
    ("killing it at work this week", NONE, frozenset()),
    ("I'm dead tired", NONE, frozenset()),
    ("this deadline is killing me", NONE, frozenset()),
    ("I'm a die hard fan", NONE, frozenset()),
    ("the coffee was weak", NONE, frozenset()),
    ("weak coffee", NONE, frozenset()),
    ("she smiled weakly", NONE, frozenset()),
    ("I dropped by the shop", NONE, frozenset()),
    ("I fell asleep on the sofa", NONE, frozenset()),
    ("I keep falling asleep early", NONE, frozenset()),
    ("I swallowed my pride and asked", NONE, frozenset()),
    ("I need to speak to my boss", NONE, frozenset()),
    ("I have to drop the kids off first", NONE, frozenset()),
    ("I keep dropping things off at the tip", NONE, frozenset()),
    ("I cut myself shaving", NONE, frozenset()),
    # Panic, named or felt, without a danger sign: asked first, never "call the number now".
    ("I feel like I'm going to die when the panic hits", Concern.PANIC, frozenset()),
    ("I feel like I can't breathe and my heart is racing", Concern.PANIC, frozenset()),
    ("having a panic attack, cant breathe", Concern.PANIC, frozenset()),
    ("don't panic, it's only a twitch", NONE, frozenset()),
    # Laughter, a film title and German "als" ("than") are not alarms.
    ("lmaooo i cant breathe 😂", NONE, frozenset()),
    ("hahaha i cant breathe", NONE, frozenset()),
    ("Escuadrón Suicida es mi película favorita", NONE, frozenset()),
    ("vi o Esquadrão Suicida ontem", NONE, frozenset()),
    ("ist grüner Tee besser als Kaffee?", NONE, frozenset()),
    ("mehr als drei Tassen am Tag", NONE, frozenset()),
    ("is it ALS?", Concern.HEALTH_ANXIETY, frozenset()),
    ("so scared of als", Concern.HEALTH_ANXIETY, frozenset()),
    ("it was a weak moment", NONE, frozenset()),
    ("just trying to kill time", NONE, frozenset()),
    ("this cake is to die for", NONE, frozenset()),
    ("I shot myself in the foot there", NONE, frozenset()),
    ("I always go weak in the knees for him", NONE, frozenset()),
    ("fell asleep on my arm and now it's numb", NONE, frozenset()),
    ("I feel numb after the breakup, I broke up with him", NONE, frozenset()),
    ("I overdosed on coffee today lol", NONE, frozenset()),
    ("I don't want to wake up early tomorrow", NONE, frozenset()),
    ("I can't go on the trip", NONE, frozenset()),
    ("I have trouble talking to people", NONE, frozenset()),
    ("I fell down a rabbit hole of forums", NONE, frozenset()),
    ("wasting time on my phone again", NONE, frozenset()),
    ("the twitch lasted about 200 ms", NONE, frozenset()),
    ("my eyelid twitched all day", NONE, frozenset()),
    # The four families beside twitching, and what only looks like them.
    ("I get breathless when I lie flat and sleep propped up", RED, frozenset({BF})),
    ("I can't lie flat without getting short of breath", RED, frozenset({BF})),
    ("numbness started in my toes and has climbed to my knees", RED, frozenset({NS})),
    ("the tingling has spread up both legs over a month", RED, frozenset({NS})),
    ("I've lost 7 kilos without trying", RED, frozenset({WL})),
    ("losing weight without dieting plus twitches", RED, frozenset({WL})),
    ("new antidepressant and I'm agitated, sweating and twitching", RED, frozenset({NM})),
    ("my doctor changed my meds and now I'm restless and sweaty", RED, frozenset({NM})),
    ("I lost 3 kg on keto and feel great", NONE, frozenset()),
    ("lying flat on the beach all day", NONE, frozenset()),
    ("I'm not breathless when I lie flat", NONE, frozenset()),
    ("I've been on sertraline for years, I sweat a lot in summer", NONE, frozenset()),
    ("", NONE, frozenset()),
]


def test_table_is_large_enough() -> None:
    assert len(PHRASES) >= 60
    flagged = set().union(*(flags for _, _, flags in PHRASES))
    assert flagged == set(RedFlag)
    # Emergency and ask are new tiers: EMERGENCY_PHRASES and the phrase tables cover them.
    assert {concern for _, concern, _ in PHRASES} == set(Concern) - {
        Concern.EMERGENCY,
        Concern.ASK,
    }


@pytest.mark.parametrize(("text", "concern", "flags"), PHRASES)
def test_check_text(text: str, concern: Concern, flags: frozenset[RedFlag]) -> None:
    check = check_text(text)
    assert (check.concern, check.red_flags) == (concern, flags)
    assert check.emergency_signs == frozenset()


FD = EmergencySign.FACE_DROOP
SSL = EmergencySign.SUDDEN_SPEECH_LOSS
OSW = EmergencySign.ONE_SIDED_WEAKNESS

# (message, expected emergency signs, expected red flags): the signs decide the tier, and the
# flags are still reported for a later follow-up.
EMERGENCY_PHRASES: list[tuple[str, frozenset[EmergencySign], frozenset[RedFlag]]] = [
    (
        "I suddenly can't speak properly and my face is drooping",
        frozenset({SSL, FD}),
        frozenset({SP}),
    ),
    ("sudden weakness on one side", frozenset({OSW}), frozenset({W})),
    ("worst headache of my life", frozenset({EmergencySign.WORST_HEADACHE}), frozenset()),
    (
        "crushing chest pain going down my left arm",
        frozenset({EmergencySign.CHEST_PAIN_SPREADING}),
        frozenset(),
    ),
    ("I can't breathe", frozenset({EmergencySign.CANNOT_BREATHE}), frozenset()),
    (
        "I banged my head on a shelf and now I'm confused",
        frozenset({EmergencySign.HEAD_INJURY_CONFUSION}),
        frozenset(),
    ),
    (
        "I think I'm having a heart attack",
        frozenset({EmergencySign.HEART_ATTACK_OR_STROKE}),
        frozenset(),
    ),
    # An overdose already taken is an emergency, not a crisis: call the number first.
    (
        "I took all my pills and I can't breathe",
        frozenset({EmergencySign.CANNOT_BREATHE, EmergencySign.OVERDOSE_TAKEN}),
        frozenset(),
    ),
    ("took the whole pack an hour ago", frozenset({EmergencySign.OVERDOSE_TAKEN}), frozenset()),
    ("i took a bunch of pills", frozenset({EmergencySign.OVERDOSE_TAKEN}), frozenset()),
    (
        "my husband collapsed and isn't breathing",
        frozenset({EmergencySign.SOMEONE_ELSE}),
        frozenset(),
    ),
    ("my friend is having a seizure", frozenset({EmergencySign.SOMEONE_ELSE}), frozenset()),
    # Panic with a danger sign beside it stays an emergency.
    (
        "panic attack but my lips are turning blue and I can't breathe",
        frozenset({EmergencySign.CANNOT_BREATHE}),
        frozenset(),
    ),
    (
        "my heart is racing, I can't breathe and the chest pain goes into my jaw",
        frozenset({EmergencySign.CANNOT_BREATHE, EmergencySign.CHEST_PAIN_SPREADING}),
        frozenset(),
    ),
]


def test_emergency_table_covers_every_sign() -> None:
    assert set().union(*(signs for _, signs, _ in EMERGENCY_PHRASES)) == set(EmergencySign)


@pytest.mark.parametrize(("text", "signs", "flags"), EMERGENCY_PHRASES)
def test_emergency_signs(
    text: str, signs: frozenset[EmergencySign], flags: frozenset[RedFlag]
) -> None:
    check = check_text(text)
    assert (check.concern, check.emergency_signs, check.red_flags) == (
        Concern.EMERGENCY,
        signs,
        flags,
    )


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain, I can breathe fine",
        "my face isn't drooping and my speech is fine",
        "there's no weakness on one side",
        "not the worst headache of my life, just a dull one",
    ],
)
def test_denied_emergency_signs_are_not_emergencies(text: str) -> None:
    assert check_text(text).concern is not Concern.EMERGENCY


def test_pins_and_needles_after_a_fall_is_one_red_flag_tier() -> None:
    check = check_text("I have pins and needles after I fell off my bike")
    assert check.concern is Concern.RED_FLAG
    assert check.red_flags == frozenset({NI})
    assert check.emergency_signs == frozenset()


def test_concern_rank_orders_the_tiers() -> None:
    order = [
        Concern.NONE,
        Concern.HEALTH_ANXIETY,
        Concern.PANIC,
        Concern.ASK,
        Concern.RED_FLAG,
        Concern.CRISIS,
        Concern.EMERGENCY,
    ]
    assert sorted(Concern, key=lambda concern: concern.rank) == order
    assert [concern.rank for concern in order] == list(range(7))
    assert Concern.EMERGENCY.outranks(Concern.CRISIS)
    assert not Concern.ASK.outranks(Concern.RED_FLAG)
    assert not Concern.NONE.outranks(Concern.NONE)


def test_concern_values_are_stable() -> None:
    assert {concern.value for concern in Concern} == {
        "none",
        "health_anxiety",
        "panic",
        "ask",
        "red_flag",
        "crisis",
        "emergency",
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("I DON\u2019T  know", "i do not know"),
        ("dont", "do not"),
        ("I can't", "i can not"),
        ("I cannot", "i can not"),
        ("Im fine\n\tIve been", "i am fine i have been"),
        ("wanna", "want to"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("İSTANBUL'DA ıslak", "istanbul'da islak"),
        ("Ёлка", "елка"),
        ("Ich möchte NICHT", "ich mochte nicht"),
        ("Żółć łódź", "zolc lodz"),
        ("ｆｕｌｌ ｗｉｄｔｈ", "full width"),
        ("zero\u200bwidth", "zerowidth"),
        ("«quoted» „too“", '"quoted" "too"'),
        ("й ї є ґ", "й ї є ґ"),
        ("stress on молоко́", "stress on молоко"),
    ],
)
def test_normalise_other_scripts(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_normalise_can_keep_accents() -> None:
    assert normalise("Ich möchte", fold_accents=False) == "ich möchte"


def test_check_text_is_deterministic() -> None:
    assert check_text("my hand is weak") == check_text("my hand is weak")


# --- persistence ----------------------------------------------------------------------------


def test_persistence_ten_of_fourteen_days() -> None:
    assert needs_clinician_for_persistence([2] * 10 + [0] * 4)


def test_persistence_nine_of_fourteen_days() -> None:
    assert not needs_clinician_for_persistence([3] * 9 + [1] * 5)


def test_persistence_none_days_do_not_count() -> None:
    assert not needs_clinician_for_persistence([2] * 9 + [None] * 5)
    assert needs_clinician_for_persistence([3] * 10 + [None] * 4)


def test_persistence_fewer_than_fourteen_values() -> None:
    assert needs_clinician_for_persistence([2] * 10)
    assert not needs_clinician_for_persistence([2] * 9)
    assert not needs_clinician_for_persistence([])


def test_persistence_reads_only_the_last_fourteen() -> None:
    assert not needs_clinician_for_persistence([3] * 10 + [0] * 14)
    assert needs_clinician_for_persistence([0] * 10 + [2] * 10 + [1] * 4)


def test_persistence_level_one_is_not_enough() -> None:
    assert not needs_clinician_for_persistence([1] * 14)


def test_persistence_rejects_out_of_range_levels() -> None:
    with pytest.raises(ValueError, match="0-3"):
        needs_clinician_for_persistence([4] + [0] * 13)


# --- messages -------------------------------------------------------------------------------


def test_crisis_message_for_gb_has_samaritans() -> None:
    message = crisis_message("GB")
    assert "Samaritans: call 116 123, day or night." in message
    assert "call 999 now" in message


@pytest.mark.parametrize(
    ("country", "number"),
    [
        ("US", "988"),
        ("CA", "988"),
        ("IE", "116 123"),
        ("AU", "13 11 14"),
        ("NZ", "1737"),
        ("DE", "0800 111 0 111"),
        ("FR", "3114"),
        ("NL", "0800-0113"),
        ("ES", "024"),
        ("IN", "14416"),
        ("BR", "188"),
        ("gb", "116 123"),
    ],
)
def test_crisis_message_has_the_country_line(country: str, number: str) -> None:
    assert number in crisis_message(country)


@pytest.mark.parametrize("country", [None, "", "ZZ"])
def test_crisis_message_falls_back_to_international(country: str | None) -> None:
    message = crisis_message(country)
    assert "https://findahelpline.com." in message
    assert "local emergency number" in message


def test_crisis_message_without_a_national_line_links_the_country_directory() -> None:
    message = crisis_message("TR")
    assert "https://findahelpline.com/countries/tr" in message
    assert "call 112 now" in message
    assert "local emergency number" not in message


def test_crisis_message_says_they_can_carry_on() -> None:
    message = crisis_message("US")
    assert "immediate danger" in message
    assert "carry on" in message


@pytest.mark.parametrize(
    ("zone", "country"),
    [
        ("America/New_York", "US"),
        ("America/Indiana/Indianapolis", "US"),
        ("Pacific/Honolulu", "US"),
        ("US/Eastern", "US"),
        ("America/Toronto", "CA"),
        ("America/Vancouver", "CA"),
        ("Europe/London", "GB"),
        ("Europe/Dublin", "IE"),
        ("Australia/Sydney", "AU"),
        ("Australia/NSW", "AU"),
        ("Pacific/Auckland", "NZ"),
        ("Europe/Berlin", "DE"),
        ("Europe/Paris", "FR"),
        ("Europe/Amsterdam", "NL"),
        ("Europe/Madrid", "ES"),
        ("Asia/Kolkata", "IN"),
        ("Asia/Calcutta", "IN"),
        ("Asia/Tokyo", "JP"),
        ("Etc/UTC", None),
        ("Not/A_Zone", None),
        ("", None),
        (None, None),
    ],
)
def test_country_for_zone(zone: str | None, country: str | None) -> None:
    assert country_for_zone(zone) == country


def test_red_flag_message_names_the_flags() -> None:
    message = red_flag_message({RedFlag.SWALLOWING, RedFlag.WEAKNESS})
    assert "trouble swallowing" in message
    assert message.index("weakness") < message.index("trouble swallowing")
    # One urgency, and nothing that talks the symptom down beside it.
    assert "in the next few days" in message
    assert "harmless" not in message
    assert "today" not in message
    assert "emergency" not in message


def test_red_flag_message_after_injury_says_today_and_only_today() -> None:
    message = red_flag_message({RedFlag.NUMBNESS_AFTER_INJURY})
    assert "today" in message
    assert "next few days" not in message


MESSAGES: dict[str, Callable[[], str]] = {
    "crisis-none": lambda: crisis_message(None),
    "crisis-us": lambda: crisis_message("US"),
    "crisis-gb": lambda: crisis_message("GB"),
    "crisis-in": lambda: crisis_message("IN"),
    "red-flag-empty": lambda: red_flag_message(()),
    "red-flag-all": lambda: red_flag_message(set(RedFlag)),
    "persistence": persistence_message,
}


@pytest.mark.parametrize("build", MESSAGES.values(), ids=MESSAGES.keys())
def test_messages_are_kind_and_never_dismiss(build: Callable[[], str]) -> None:
    message = build()
    assert message.strip()
    lowered = message.casefold()
    assert "just anxiety" not in lowered
    assert "only anxiety" not in lowered
    assert "you don't have als" not in lowered
