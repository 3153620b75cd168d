"""`read(text)`: the one reading of a message — the rules first, the learned model beside them.

The rules (bot.core.safety, bot.core.intents) are the precise first layer: what they find
stands, and the model never lowers it. The model adds what the rules miss, per tier, when it is
sure enough (thresholds in the weights file, chosen on held-out data: docs/understanding.md):

- emergency, crisis, red flag, panic, health anxiety: the tier, when the model's probability of
  it (the sum over its concepts, in the whole message or in any sentence of it) is at least the
  tier's threshold;
- an unsure crisis — crisis and "ask" together above the "ask" threshold, crisis alone below
  its own — gets the direct question, whose cost is one question.

Rules that say panic are kept against a model that reads breathlessness as an emergency: the
panic rule has already looked for the danger signs beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.core import typed
from bot.core.intents.classify import classify_normalised
from bot.core.intents.intent import Intent
from bot.core.reading.concepts import (
    FLAG_OF,
    INTENT_CLASSES,
    NO_INTENT,
    SAFETY_CONCEPTS,
    SIGN_OF,
    TIER_OF,
)
from bot.core.reading.model import model
from bot.core.safety.classify import (
    LAUGHTER,
    NOT_ROUTINE,
    ONE_DOSE,
    USUAL_MEDICINES,
    read_rules,
)
from bot.core.safety.normalise import matchable
from bot.core.safety.verdict import Concern, SafetyCheck

__all__ = [
    "INTENT_CHARS",
    "Reading",
    "TierScores",
    "combine",
    "model_input",
    "read",
    "tier_probabilities",
]

INTENT_CHARS = 280

_TIERS = (
    Concern.EMERGENCY,
    Concern.CRISIS,
    Concern.RED_FLAG,
    Concern.ASK,
    Concern.PANIC,
    Concern.HEALTH_ANXIETY,
)
_COLUMNS = {
    tier: np.asarray([i for i, c in enumerate(SAFETY_CONCEPTS) if TIER_OF[c] is tier])
    for tier in _TIERS
}


@dataclass(frozen=True)
class Reading:
    """What a message says, read once: the safety verdict (tier, signs, flags), the concept
    behind it and how sure the reading is, and the intent of a typed message."""

    check: SafetyCheck
    concept: str
    confidence: float
    intent: Intent | None
    by_rules: bool  # whether the rules alone decided the tier

    @property
    def concern(self) -> Concern:
        return self.check.concern


@dataclass(frozen=True)
class TierScores:
    """Per tier: the highest probability in the whole or any part, and its likeliest concept."""

    probability: dict[Concern, float]
    concept: dict[Concern, str]


def tier_probabilities(parts: npt.NDArray[np.float64]) -> TierScores:
    """`parts` is (whole and parts, concepts); each tier is judged where it is strongest."""
    if len(parts) == 1 and _LEFT_TO_RIGHT:
        return _whole_probabilities(parts[0].tolist())
    probability: dict[Concern, float] = {}
    concept: dict[Concern, str] = {}
    for tier, columns in _COLUMNS.items():
        sums = parts[:, columns].sum(axis=1)
        row = int(np.argmax(sums))
        probability[tier] = float(sums[row])
        concept[tier] = SAFETY_CONCEPTS[int(columns[int(np.argmax(parts[row, columns]))])]
    # "Ask" is an unsure crisis: crisis and ask together, read in the same part.
    both = parts[:, _COLUMNS[Concern.CRISIS]].sum(axis=1) + parts[:, _COLUMNS[Concern.ASK]].sum(
        axis=1
    )
    probability[Concern.ASK] = float(both.max())
    return TierScores(probability, concept)


# Per tier, its concepts' columns as a list, for reading one row in Python; numpy adds up
# fewer than eight numbers left to right (more, it sums in eight lanes, another rounding).
_COLUMN_LISTS = {tier: columns.tolist() for tier, columns in _COLUMNS.items()}
_LEFT_TO_RIGHT = all(len(columns) < 8 for columns in _COLUMN_LISTS.values())


def _whole_probabilities(row: list[float]) -> TierScores:
    """`tier_probabilities` of a message read whole only, most typed messages: two dozen
    numbers summed in Python cost a tenth of the numpy calls for them (issue #24). The sums
    run left to right, as numpy's do here, so the floats are the same bit for bit (not
    `sum()`, which compensates from Python 3.12 on)."""
    probability: dict[Concern, float] = {}
    concept: dict[Concern, str] = {}
    for tier, columns in _COLUMN_LISTS.items():
        total = row[columns[0]]
        best = columns[0]
        for column in columns[1:]:
            total += row[column]
            if row[column] > row[best]:  # the first of equals, as argmax picks
                best = column
        probability[tier] = total
        concept[tier] = SAFETY_CONCEPTS[best]
    probability[Concern.ASK] = probability[Concern.CRISIS] + probability[Concern.ASK]
    return TierScores(probability, concept)


# The panic answer asks about chest pain and fainting: the model alone asks it only when it is
# fairly sure. A bare "ich habe Angst" is worry, not an attack: it read 0.3–0.4 in the third
# round and 0.63 in the fourth (whose corpus holds many more panic rows), "tengo ansiedad" 0.5;
# from 0.5 to 0.7 validation's panic share moves from 91.8% to 91.0%. A product floor over the
# trainer's choice.
PANIC_AT_LEAST = 0.7


# Nor is a message of a few words an emergency, a red flag or a panic attack to the model
# alone: "plus tard", "pire", "хуже" answer "compared to yesterday?" and read as a red flag once
# the model had learnt from many long red-flag messages (eighth round, a blind set of short
# replies), and "ich habe Angst" as panic at 0.88 (worry, whose answer is the calm minute); the
# words of a short emergency or attack ("can't breathe", "she collapsed", "panic attack") are
# the rules'. On every corpus row of three words or fewer the model alone was right about no
# emergency, red flag or panic.
FEW_WORDS = 3
_NOT_FROM_FEW_WORDS = frozenset({Concern.EMERGENCY, Concern.RED_FLAG, Concern.PANIC})


# The model's intent is taken from 0.4 at least (its trainer chooses 0.3 on folds that hold
# few everyday remarks): the eighth round's weights read "my neck is stiff too" as anxious at
# 0.34–0.38, where the remark wants the journal offer. On set R, read by weights that never saw
# it with the rules from before it, 0.3 → 0.35 → 0.4 cost 1 and 2 intents of 270; on held-out
# B none, nor on S (read after its acceptance scoring).
INTENT_AT_LEAST = 0.4


# A message of a few words (FEW_WORDS) or of symbols alone is read for an intent only when the
# model is sure more than not: it reads "👋" (0.88), "🙏" (0.99) and "😴" (0.97), but guesses
# "greeting" at 0.3–0.4 for "👍", "🙂" or "...", "can't sleep" at 0.32 for "Qwertyland" typed
# as a city, and "plus tard" as a greeting (0.51 in the fourth round's weights), "later" as a
# drink, "может быть" as help — answers rather than requests. From one word to three (eighth
# round) no intent of set B, R or S was lost. A product floor too.
ONE_WORD_AT_LEAST = 0.5


# Rules that read panic or health anxiety have looked for the danger signs beside them and
# found none: a model-only emergency does not overrule them (and see `_model_tier`). Nor one
# that read a crisis in so many words: its answer gives the emergency number too, with the
# helplines an emergency answer would leave out ("wie viele Einheiten wären tödlich? frag für
# mich" read by the model as an overdose taken, in set B).
_KEPT_AGAINST_EMERGENCY = frozenset({Concern.PANIC, Concern.HEALTH_ANXIETY, Concern.CRISIS})

# Nor does a model-only red flag overrule the rules' panic: "woke up breathless, heart racing,
# thought I was dying, it's passing now" read as breathlessness lying flat at 0.71 (set L). The
# red flags' own words (weakness, wasting, lying flat for weeks, a new medicine) are the rules';
# on the rows the shipped weights never saw this kept 7 panics and lost none once those families
# had rules (docs/understanding.md, "Sixth round").
_PANIC_KEPT_AGAINST = frozenset({Concern.RED_FLAG})

# Nor does a model-only red flag overrule the rules' direct question: a passive wish beside the
# body's complaints ("es wär für alle einfacher wenn ich nicht mehr da wär. Meine Frau muss sich
# ständig um meine Wehwehchen kümmern", set Y) read as weakness at 0.96, from the n-grams of a
# wife who "has to see to" the writer, which the corpus's weakness rows share (a partner who
# opens the jars now); the wish went unasked. A red flag's own words are the rules', and where
# the rules find them the flag outranks the question already. On every corpus and held-out row
# this kept the question for 25 rows labelled ask or crisis, and lost no red flag once a Dutch
# despair rule stopped reading "geen kracht meer in duim en vinger" (rules_nl.py).
_ASK_KEPT_AGAINST = frozenset({Concern.RED_FLAG})


def _model_tier(
    scores: TierScores, thresholds: dict[str, float], denied: frozenset[Concern] = frozenset()
) -> Concern:
    p = scores.probability
    # A model-only emergency also has to outweigh the fear of a disease in the same message:
    # "¿un tic en el ojo puede ser esclerosis múltiple? … me he asustado muchísimo" read as
    # health anxiety (1.0) and, in one sentence, as breathing (0.73) in set H.
    if (
        p[Concern.EMERGENCY] >= thresholds["emergency"]
        and p[Concern.EMERGENCY] > p[Concern.HEALTH_ANXIETY]
        and Concern.EMERGENCY not in denied
    ):
        return Concern.EMERGENCY
    if p[Concern.CRISIS] >= thresholds["crisis"]:
        return Concern.CRISIS
    if p[Concern.RED_FLAG] >= thresholds["red_flag"] and Concern.RED_FLAG not in denied:
        return Concern.RED_FLAG
    if p[Concern.ASK] >= thresholds["ask"]:
        return Concern.ASK
    if (
        p[Concern.PANIC] >= max(thresholds["panic"], PANIC_AT_LEAST)
        and Concern.PANIC not in denied
    ):
        return Concern.PANIC
    if p[Concern.HEALTH_ANXIETY] >= thresholds["health_anxiety"]:
        return Concern.HEALTH_ANXIETY
    return Concern.NONE


def combine(
    rules: SafetyCheck,
    scores: TierScores,
    thresholds: dict[str, float],
    denied: frozenset[Concern] = frozenset(),
) -> tuple[SafetyCheck, str, float, bool]:
    """The verdict of the rules and the model together, its concept, confidence and whether
    the rules decided it. `denied`: tiers whose signs the rules found named only to be denied
    ("no weakness", "nessuna difficoltà a deglutire"); the model, whose n-grams are the same
    with or without the "no", does not raise those on its own."""
    tier = _model_tier(scores, thresholds, denied)
    if rules.concern in _KEPT_AGAINST_EMERGENCY and tier is Concern.EMERGENCY:
        tier = rules.concern
    if rules.concern is Concern.PANIC and tier in _PANIC_KEPT_AGAINST:
        tier = rules.concern
    if rules.concern is Concern.ASK and tier in _ASK_KEPT_AGAINST:
        tier = rules.concern
    if not tier.outranks(rules.concern):
        concept = rules.concern.value
        return rules, concept, 1.0, True
    concept = scores.concept.get(tier, tier.value)
    signs = set(rules.emergency_signs)
    flags = set(rules.red_flags)
    if tier is Concern.EMERGENCY and concept in SIGN_OF:
        signs.add(SIGN_OF[concept])
    if tier is Concern.RED_FLAG and concept in FLAG_OF:
        flags.add(FLAG_OF[concept])
    check = SafetyCheck(concern=tier, red_flags=frozenset(flags), emergency_signs=frozenset(signs))
    return check, concept, scores.probability[tier], False


def _usual_dose(words: str) -> bool:
    """One tablet of an everyday medicine, or one's own medicines with no amount and nobody
    else named."""
    if ONE_DOSE.search(words):
        return True
    return USUAL_MEDICINES.search(words) is not None and NOT_ROUTINE.search(words) is None


# "I have no weakness", said by someone afraid of ALS: the writer denies the very sign, so the
# n-grams of "weakness" are no red flag (the rules still read one said beside it). Over
# `matchable` text, every language.
_NO_WEAKNESS = re.compile(
    r" (?:(?:i )?(?:have|got|feel) no|there is no|no|without|zero|not any|without any)"
    r" (?:real |actual |muscle )?weakness"
    r"| keine (?:echte |richtige )?(?:muskel)?schwache| ohne (?:muskel)?schwache"
    r"| (?:sin|ninguna|nada de) (?:debilidad|perdida de fuerza)"
    r"| (?:pas de|aucune|sans) (?:faiblesse|perte de force)"
    r"| (?:nessuna|senza|niente) (?:debolezza|perdita di forza)"
    r"| (?:geen|zonder) (?:(?:echte|spier) )?(?:zwakte|krachtverlies)"
    r"| (?:brak|bez) (?:oslabienia|oslabienia miesni|slabosci)"
    r"| (?:sem|nenhuma) (?:fraqueza|perda de forca)"
    r"| (?:нет|без) (?:никакой )?(?:слабости|потери силы)"
    r"| (?:немає|без) (?:жодної )?(?:слабкості|втрати сили)"
    r"| (?:guc kaybi|halsizlik|gucsuzluk) (?:yok|olmadan)"
)


def model_input(text: str, distant: str | None) -> str:
    """What the learned reading reads: the message, or, where the rules found idioms or crisis
    words held at a distance ("my thesis on suicide among students", "a stroke years ago, all
    recovered"), the message without them, so both layers agree on what is only talked about.
    Training reads the same (train.py)."""
    return text if distant is None else distant


def read(text: str) -> Reading:
    """Read one message: its safety verdict and, for a typed message, its intent."""
    rules, denied, distant = read_rules(text)
    # A typed request is short: the intent rules read messages up to a few lines, and a whole
    # 4,096-character letter is left to the model, which reads it anyway. Its words are
    # normalised once, for the intent rules and the short answers both.
    words = typed.normalise(text) if len(text) <= INTENT_CHARS else None
    intent = classify_normalised(words) if words is not None else None
    answer = typed.recognise_normalised(words) if words is not None else None
    loaded = model()
    # An answer word ("non", "стоп", "skip") answers the question the bot asked; the n-grams of
    # so short a text are no reading of it ("non" read as "ask", "стоп" as a red flag). The
    # rules have read it.
    if loaded is None or answer is not None:
        return Reading(rules, rules.concern.value, 1.0, intent, True)
    if words is not None and len(words.split()) <= FEW_WORDS:
        denied = denied | _NOT_FROM_FEW_WORDS
    if _NO_WEAKNESS.search(matchable(text)):
        denied = denied | {Concern.RED_FLAG}
    scores = loaded.scores(model_input(text, distant))
    check, concept, confidence, by_rules = combine(
        rules, tier_probabilities(scores.safety), loaded.thresholds, denied
    )
    if concept == "em_breathing" and LAUGHTER.search(text.casefold()):
        # "lmaooo i cant breathe 😂": the rules have read the laugh; the n-grams cannot.
        check, concept, confidence, by_rules = rules, rules.concern.value, 1.0, True
    elif concept == "em_overdose" and not by_rules and _usual_dose(matchable(text)):
        # "j'ai pris un doliprane il y a une heure", "me tomé mis pastillas": an ordinary dose;
        # the n-grams of "took … an hour ago" alone are no overdose. The model's next tier stands.
        denied = denied | {Concern.EMERGENCY}
        check, concept, confidence, by_rules = combine(
            rules, tier_probabilities(scores.safety), loaded.thresholds, denied
        )
    # A short answer ("yes", "ok", "ja", "да") is the answer to a question, never an intent:
    # the model reads no intent into it. A long letter is never such an answer.
    if intent is None:
        best = int(np.argmax(scores.intent))
        name = INTENT_CLASSES[best]
        least = max(loaded.thresholds["intent"], INTENT_AT_LEAST)
        if len(text.split(maxsplit=FEW_WORDS)) <= FEW_WORDS or not any(
            char.isalnum() for char in text
        ):
            least = max(least, ONE_WORD_AT_LEAST)
        if name != NO_INTENT and scores.intent[best] >= least:
            intent = Intent(name)
    return Reading(check, concept, confidence, intent, by_rules)
