"""The one reading of a message (bot.core.reading): the rules first, the learned model beside
them. What the issue names must read right, the model never lowers the rules' verdict, every
sentence of a long message is read, and any text is read without an error."""

from __future__ import annotations

import importlib
import itertools
import json
import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import reading, typed
from bot.core.intents import Intent
from bot.core.intents import classify as classify_intent
from bot.core.reading import model as model_module
from bot.core.reading.concepts import INTENT_CLASSES, SAFETY_CONCEPTS
from bot.core.reading.features import BUCKETS, grams, prepare, segments
from bot.core.reading.read import TierScores, combine
from bot.core.reading.train import augment, plain, translit
from bot.core.safety import Concern, EmergencySign, check_text
from bot.core.safety.classify import check_text as check_rules
from bot.core.safety.classify import check_text_and_denials as check_rules_and_denials
from tests.safety_phrases import LANGUAGES

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EVERYDAY = (
    "Slept badly again and my calf twitched most of the evening, but the breathing exercise "
    "helped a bit and I skipped the second coffee. "
)


def _phrases() -> list[str]:
    phrases: list[str] = []
    for language in LANGUAGES:
        table = importlib.import_module(f"tests.safety_phrases.{language}")
        phrases.extend((*table.CRISIS, *table.EMERGENCY, *table.RED_FLAG, *table.ASK))
        phrases.extend(text for text, _ in table.NEAR_MISS)
    return phrases


PHRASES = _phrases()


@pytest.mark.parametrize(
    ("text", "concern", "sign"),
    [
        ("I feel like I can't breathe and my heart is racing", Concern.PANIC, None),
        ("lmaooo i cant breathe 😂", Concern.NONE, None),
        ("my dad collapsed and he isn't breathing", Concern.EMERGENCY, EmergencySign.SOMEONE_ELSE),
        ("took the whole pack an hour ago", Concern.EMERGENCY, EmergencySign.OVERDOSE_TAKEN),
        ("Escuadrón Suicida es mi película favorita", Concern.NONE, None),
        ("ist grüner Tee besser als Kaffee?", Concern.NONE, None),
    ],
)
def test_what_the_issue_names_reads_right(
    text: str, concern: Concern, sign: EmergencySign | None
) -> None:
    check = check_text(text)
    assert check.concern is concern
    if sign is not None:
        assert sign in check.emergency_signs


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is 4 coffees a day making this worse?", Intent.CAFFEINE_QUESTION),
        ("what should i tell my doctor?", Intent.REPORT),
        ("goodnight", Intent.GOODNIGHT),
        ("respirar", Intent.BREATHE),
        ("atmen", Intent.BREATHE),
        ("Check in", Intent.CHECKIN),
        ("ich kann nicht schlafen", Intent.CANT_SLEEP),
    ],
)
def test_typed_requests_of_the_user_trial_get_their_intent(text: str, intent: Intent) -> None:
    assert classify_intent(text) is intent


@pytest.mark.parametrize("text", ["yes", "ja", "да", "ok", "no", "sí", "🙂", "??"])
def test_a_short_answer_is_never_an_intent(text: str) -> None:
    assert classify_intent(text) is None


def typed_answers() -> set[str]:
    """Every short answer the bot recognises ("non", "стоп", "das ist alles"), as written."""
    return {
        phrase
        for languages in typed.PHRASES.values()
        for phrases in languages.values()
        for phrase in phrases.split("|")
    }


@pytest.mark.parametrize("text", sorted(typed_answers()))
def test_an_answer_word_is_read_by_the_rules_alone(text: str) -> None:
    # "non" read as "ask", "стоп" as a red flag, "хочу продолжить" as a crisis by the model
    # alone: an answer to the bot's question is no reading for its n-grams.
    assert reading.read(text).concern is check_rules(text).concern


@pytest.mark.parametrize("text", PHRASES[::7])
def test_the_model_never_lowers_the_rules_verdict(text: str) -> None:
    assert check_text(text).concern.rank >= check_rules(text).concern.rank


@FAST
@given(st.text(max_size=400))
def test_any_text_is_read_without_an_error(text: str) -> None:
    read = reading.read(text)
    assert isinstance(read.concern, Concern)
    assert read.concern.rank >= check_rules(text).concern.rank
    assert read.intent is None or isinstance(read.intent, Intent)
    assert 0.0 <= read.confidence <= 1.0


@pytest.mark.parametrize("text", ["", " ", "😟" * 2000, "a" * 4096, "!?" * 2048, "\n" * 4096])
def test_odd_shapes_are_read_without_an_error(text: str) -> None:
    assert isinstance(reading.read(text).concern, Concern)


def test_a_long_everyday_message_is_not_read_as_danger_for_its_length() -> None:
    # Repeated or long ordinary words must not add up to an alarm: each part is read at its
    # own scale, the same as once.
    assert check_text(EVERYDAY * 30).concern is Concern.NONE
    assert check_text("a " * 2048).concern is Concern.NONE
    assert check_text("my hand is really very quite so " + "very " * 600).concern is Concern.NONE


def test_one_line_of_danger_in_a_long_everyday_message_is_read() -> None:
    danger = "I want to die, I've decided to end it tonight."
    text = EVERYDAY * 12 + danger + " " + EVERYDAY * 12
    assert len(text) > 3000
    assert check_text(text).concern in (Concern.CRISIS, Concern.ASK)
    stroke = "My face is drooping on one side and I suddenly can't lift my arm."
    assert check_text(EVERYDAY * 10 + stroke + " " + EVERYDAY * 10).concern is Concern.EMERGENCY


def test_without_the_weights_the_rules_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.import_module("bot.core.reading.read"), "model", lambda: None)
    read = reading.read("I want to kill myself")
    assert read.concern is Concern.CRISIS
    assert read.by_rules


def test_the_weights_match_the_classes_and_stay_small() -> None:
    loaded = model_module.model()
    assert loaded is not None
    assert loaded.safety_w.shape == (BUCKETS, len(SAFETY_CONCEPTS))
    assert loaded.intent_w.shape == (BUCKETS, len(INTENT_CLASSES))
    assert loaded.safety_w.dtype == np.int8
    assert model_module.WEIGHTS.stat().st_size < 5 * 2**20
    thresholds = loaded.thresholds
    assert set(thresholds) >= {"emergency", "crisis", "ask", "red_flag", "panic", "intent"}
    assert all(0.0 < value < 1.0 for value in thresholds.values())


def test_a_message_is_read_in_sentences_and_windows() -> None:
    prepared = prepare("First sentence here. Second one is here! And a third?")
    assert len(segments(prepared)) == 3
    assert segments(prepare("just one line without an end")) == []
    long_run = prepare("word " * 200)
    starts = segments(long_run)
    assert len(starts) > 5
    assert all(b > a for a, b in itertools.pairwise(starts))


def test_features_are_the_same_every_time_and_in_range() -> None:
    first = grams(prepare("Ich kann nicht schlafen")).all_ids()
    again = grams(prepare("ICH  kann nicht   schlafen")).all_ids()
    assert np.array_equal(first, again)
    assert first.min() >= 0
    assert first.max() < BUCKETS


def test_augmentation_is_seeded_and_keeps_labels() -> None:
    rows = [{"lang": "ru", "label": "crisis", "text": "Я не хочу жить", "author": "x"}]
    pool = {"ru": ["длинный день.", "выпила кофе."]}
    first = augment(rows, pool, random.Random(1))
    again = augment(rows, pool, random.Random(1))
    assert first == again
    assert {row["label"] for row in first} == {"crisis"}
    assert translit(plain("Я не хочу жить")) == "ya ne hochu zhit"


def test_reading_is_json_free_of_user_text() -> None:
    # The reading holds the verdict, not the words: nothing of the text can leak into logs.
    read = reading.read("I want to disappear for a while")
    assert "disappear" not in json.dumps([read.concept, read.concern.value, str(read.intent)])


@pytest.mark.parametrize(
    "text",
    [
        "no weakness, no numbness, just the eyelid",
        "nessuna difficoltà a deglutire",
        "geen moeite met slikken",
        "no trouble swallowing, only the calf twitching",
        "keine Schwäche, kein Taubheitsgefühl, nur das Augenlid",
    ],
)
def test_a_sign_the_writer_denies_is_no_alarm(text: str) -> None:
    # The rules see the sign and the "no" before it; the model's n-grams are the same with
    # or without it, so it may not raise that tier on its own.
    _, denied = check_rules_and_denials(text)
    assert denied
    assert check_text(text).concern not in (Concern.RED_FLAG, Concern.EMERGENCY)


def test_a_denied_sign_keeps_the_model_from_that_tier_only() -> None:
    scores = TierScores(
        probability=dict.fromkeys(Concern, 0.0) | {Concern.RED_FLAG: 0.99},
        concept={Concern.RED_FLAG: "rf_swallowing"},
    )
    thresholds = {"emergency": 0.8, "crisis": 0.8, "red_flag": 0.6, "ask": 0.8}
    thresholds |= {"panic": 0.5, "health_anxiety": 0.5}
    none = check_rules("hello")
    check, *_ = combine(none, scores, thresholds)
    assert check.concern is Concern.RED_FLAG
    check, *_ = combine(none, scores, thresholds, frozenset({Concern.RED_FLAG}))
    assert check.concern is Concern.NONE
    check, *_ = combine(none, scores, thresholds, frozenset({Concern.EMERGENCY}))
    assert check.concern is Concern.RED_FLAG
    # What the rules find undenied still stands.
    assert check_text("I can't swallow properly anymore").concern is Concern.RED_FLAG


def test_a_model_only_emergency_has_to_outweigh_the_fear_of_a_disease() -> None:
    thresholds = {"emergency": 0.7, "crisis": 0.95, "red_flag": 0.4, "ask": 0.9}
    thresholds |= {"panic": 0.7, "health_anxiety": 0.5}
    none = check_rules("hello")
    feared = dict.fromkeys(Concern, 0.0) | {Concern.EMERGENCY: 0.73}
    concept = {Concern.EMERGENCY: "em_breathing", Concern.HEALTH_ANXIETY: "health_anxiety"}
    scores = TierScores(feared | {Concern.HEALTH_ANXIETY: 1.0}, concept)
    check, *_ = combine(none, scores, thresholds)
    assert check.concern is Concern.HEALTH_ANXIETY
    scores = TierScores(feared | {Concern.HEALTH_ANXIETY: 0.2}, concept)
    check, *_ = combine(none, scores, thresholds)
    assert check.concern is Concern.EMERGENCY
    # Health anxiety read by the rules stands against a model-only emergency, as panic does.
    feared_rules = check_rules("is this ALS?")
    assert feared_rules.concern is Concern.HEALTH_ANXIETY
    check, *_ = combine(feared_rules, scores, thresholds)
    assert check.concern is Concern.HEALTH_ANXIETY
    # So does a crisis the rules read in so many words: its answer gives the number too.
    crisis_rules = check_rules("wie viele Einheiten wären tödlich? frag für mich")
    assert crisis_rules.concern is Concern.CRISIS
    check, *_ = combine(crisis_rules, scores, thresholds)
    assert check.concern is Concern.CRISIS


def test_the_rules_panic_stands_against_a_model_only_red_flag() -> None:
    thresholds = {"emergency": 0.7, "crisis": 0.95, "red_flag": 0.4, "ask": 0.9}
    thresholds |= {"panic": 0.7, "health_anxiety": 0.5}
    panic = check_rules("panic attack, my heart is racing and I can't breathe")
    assert panic.concern is Concern.PANIC
    scores = TierScores(
        probability=dict.fromkeys(Concern, 0.0) | {Concern.RED_FLAG: 0.71},
        concept={Concern.RED_FLAG: "rf_other"},
    )
    check, *_ = combine(panic, scores, thresholds)
    assert check.concern is Concern.PANIC
    # Without the rules' panic the model's red flag stands, and above the panic a crisis does.
    check, *_ = combine(check_rules("hello"), scores, thresholds)
    assert check.concern is Concern.RED_FLAG
    crisis = scores.probability | {Concern.CRISIS: 0.97}
    check, *_ = combine(panic, TierScores(crisis, scores.concept), thresholds)
    assert check.concern is Concern.CRISIS


def test_the_rules_question_stands_against_a_model_only_red_flag() -> None:
    # A passive wish beside the body's complaints: the rules ask the direct question; the
    # model's red flag (n-grams of a partner who has to see to the writer) does not take it.
    thresholds = {"emergency": 0.7, "crisis": 0.95, "red_flag": 0.4, "ask": 0.9}
    thresholds |= {"panic": 0.7, "health_anxiety": 0.5}
    wish = check_rules("manchmal denk ich, es wär für alle leichter, wenn ich nicht mehr da wär")
    assert wish.concern is Concern.ASK
    scores = TierScores(
        probability=dict.fromkeys(Concern, 0.0) | {Concern.RED_FLAG: 0.96},
        concept={Concern.RED_FLAG: "rf_weakness"},
    )
    check, *_ = combine(wish, scores, thresholds)
    assert check.concern is Concern.ASK
    # A crisis above it still stands; the rules' own red flag outranks the question already.
    crisis = scores.probability | {Concern.CRISIS: 0.97}
    check, *_ = combine(wish, TierScores(crisis, scores.concept), thresholds)
    assert check.concern is Concern.CRISIS
    both = (
        "es wär für alle leichter, wenn ich nicht mehr da wär. meine rechte Hand wird seit"
        " Wochen schwächer, ich lasse ständig Tassen fallen"
    )
    assert check_rules(both).concern is Concern.RED_FLAG


@pytest.mark.parametrize(
    "text",
    [
        "I took my magnesium an hour ago",
        "Tomé el magnesio hace una hora",
        "J'ai pris mon magnésium il y a une heure",
        "respirer lentement m'a calmé",
        "Felt the eyelid again at lunch; breathing helped a little.",
        # not in the corpus in these words
        "took my b12 supplement about an hour ago",
        "hab vor zwei Stunden meine Vitamin-D-Tablette genommen",
        "respirar com calma ajudou bastante",
        # One tablet of an everyday medicine is an ordinary dose (classify.ONE_DOSE).
        "j'ai pris un doliprane il y a une heure, ça va mieux",
        "me tomé un paracetamol hace una hora para la cabeza, ya mejor",
        "I took one ibuprofen an hour ago for my back",
        "ho preso una tachipirina un'ora fa",
        "я выпила одну таблетку час назад от головы",
        # One's own medicines with no amount and nobody else named (classify.USUAL_MEDICINES).
        "I took my pills an hour ago",
        "ya me tomé mis pastillas de la noche",
        "ho preso le mie pillole, ora a letto",
        "hab gerade meine Tabletten genommen",
    ],
)
def test_an_ordinary_day_is_no_emergency(text: str) -> None:
    # The model alone once read these as an overdose taken or as breathlessness.
    assert check_text(text).concern is not Concern.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "took the whole pack an hour ago",
        "tomé todas las pastillas hace una hora",
        "j'ai avalé toute la boîte de somnifères il y a une heure",
        # More than one tablet is no ordinary dose.
        "I took a whole pack of paracetamol an hour ago",
        "took a bottle of tylenol an hour ago",
        "I took 30 tablets an hour ago",
        "took all my pills one hour ago",
        "ich hab alle meine Tabletten genommen",
        "me tomé todas mis pastillas hace una hora",
        "took my pills twice by mistake, feeling dizzy",
    ],
)
def test_an_overdose_taken_is_still_an_emergency(text: str) -> None:
    assert check_text(text).concern is Concern.EMERGENCY
