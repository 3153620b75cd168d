"""Set U's families, added to every language's rules after round nine's (panic_gas_weeks.py
calls `widened`), so that rules_<lang>.py stay as they are and under their size: a clinician's
patient's overdose blanked as an idiom (at_work.py), self-harm now and a gun from work
(harm_now.py), sight gone on one side all at once (sight_sudden.py), panic told by a plea or a
trap (panic_plea.py), breath failing lying flat kept from the emergency rules and a grip
failing over weeks (flat_and_grip.py); round ten's families (romance_more.py,
families_ru_uk_tr.py, told_aside.py); and round eleven's crises that are not the writer's now
(past_and_others.py), crisis told as a scene or an act (scene_now.py), emergencies outside the
twitching world — poisoning, fumes, a medicine by mistake, a severe injury or burn, a pregnancy
in danger, a venomous bite, cold water (injury_poison.py) — and the neck too weak to hold the
head up (head_drop.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.safety import (
    acts_thirteenth,
    danger_thirteenth,
    danger_twelfth,
    injury_poison,
    misfire_twelfth,
)
from bot.core.safety.at_work import AT_WORK
from bot.core.safety.families_ru_uk_tr import widened_ru_uk_tr
from bot.core.safety.flat_and_grip import GRIP, SITTING_UP
from bot.core.safety.harm_now import HARM_NOW
from bot.core.safety.head_drop import HEAD_DROP
from bot.core.safety.near_thirteenth import widened as _near_thirteenth
from bot.core.safety.near_twelfth import widened as _near_twelfth
from bot.core.safety.panic_known import KNOWN
from bot.core.safety.panic_plea import PLEA
from bot.core.safety.past_and_others import widened as _past_and_others
from bot.core.safety.place_now import PLACE_NOW
from bot.core.safety.romance_more import widened as _romance
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.scene_now import ASK as SCENE_ASK
from bot.core.safety.scene_now import CRISIS as SCENE_CRISIS
from bot.core.safety.scene_now import OVERDOSE as SCENE_OVERDOSE
from bot.core.safety.sight_sudden import SIGHT_SUDDEN
from bot.core.safety.told_aside import widened as _told_aside
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

__all__ = ["widened"]

# A "no air" rule that names a swelling, blue lips or a throat is a danger of its own, and gets
# no lying-flat lookahead.
_DANGER = re.compile(
    r"zwel|zwol|blauw|dik|hinch|azul|morad|gonfl|bleu|spuch|opuch|puchn|swell|blue|lips|lippen"
    r"|labios|keel|gorge|garganta|hals|gardlo|usta|sin"
)


def widened(rules: LanguageRules) -> LanguageRules:
    """`rules` with set U's families of its language added."""
    # Round ten, from sets V and W: acts under way, preparations, wishes, emergencies outside
    # the twitching world, idioms — Spanish, French, Italian and Portuguese; Russian, Ukrainian
    # and Turkish; English, German, Dutch and Polish.
    rules = _romance(rules)
    rules = widened_ru_uk_tr(rules)
    rules = _told_aside(rules)
    # Round eleven, from set Y: crises long over, others' crises told at work or by a parent,
    # and jokes said to be jokes, blanked with the idioms (past_and_others.py).
    rules = _past_and_others(rules)
    # Round twelve, from sets Z and AA: crisis words at work or in study, game and sport terms,
    # breathless after exertion, devices that died, an "overdose" of food (near_twelfth.py).
    rules = _near_twelfth(rules)
    # Round thirteen, from sets AB and AC: near misses and red flags (near_thirteenth.py).
    rules = _near_thirteenth(rules)
    lang = rules.language
    emergency = dict(rules.emergency)
    emergency[E.ONE_SIDED_WEAKNESS] = (
        *emergency.get(E.ONE_SIDED_WEAKNESS, ()),
        *SIGHT_SUDDEN.get(lang, ()),
    )
    if lang in SITTING_UP:
        emergency[E.CANNOT_BREATHE] = tuple(
            p if _DANGER.search(p) else f"(?:{p}){SITTING_UP[lang]}"
            for p in emergency.get(E.CANNOT_BREATHE, ())
        )
    # An overdose taken on purpose, told as the act (scene_now.py).
    emergency[E.OVERDOSE_TAKEN] = (
        *emergency.get(E.OVERDOSE_TAKEN, ()),
        *SCENE_OVERDOSE.get(lang, ()),
    )
    # Round eleven (injury_poison.py), added after the lying-flat lookahead above: fumes and
    # a failing breath are no lying flat.
    for sign, patterns in injury_poison.EMERGENCY.get(lang, {}).items():
        emergency[sign] = (*emergency.get(sign, ()), *patterns)
    # Round twelve (danger_twelfth.py): danger missed in sets Z and AA.
    for sign, patterns in danger_twelfth.EMERGENCY.get(lang, {}).items():
        emergency[sign] = (*emergency.get(sign, ()), *patterns)
    # Round thirteen (danger_thirteenth.py, acts_thirteenth.py): danger missed in AB and AC.
    for module in (danger_thirteenth, acts_thirteenth):
        for sign, patterns in module.EMERGENCY.get(lang, {}).items():
            emergency[sign] = (*emergency.get(sign, ()), *patterns)
    flags = dict(rules.red_flags)
    flags[R.WEAKNESS] = (
        *flags.get(R.WEAKNESS, ()),
        *GRIP.get(lang, ()),
        *HEAD_DROP.get(lang, ()),
        *misfire_twelfth.WEAKNESS.get(lang, ()),
    )
    return replace(
        rules,
        crisis=(
            *rules.crisis,
            *HARM_NOW.get(lang, ()),
            *SCENE_CRISIS.get(lang, ()),
            *danger_twelfth.CRISIS.get(lang, ()),
            *danger_thirteenth.CRISIS.get(lang, ()),
            *acts_thirteenth.CRISIS.get(lang, ()),
        ),
        # A place of danger now with a hint (place_now.py), or a scene with a vague sign
        # (scene_now.py): one question.
        ask=(
            *rules.ask,
            *PLACE_NOW.get(lang, ()),
            *SCENE_ASK.get(lang, ()),
            *danger_twelfth.ASK.get(lang, ()),
            *danger_thirteenth.ASK.get(lang, ()),
            *acts_thirteenth.ASK.get(lang, ()),
        ),
        # Panic the writer names as their own familiar anxiety (panic_known.py).
        panic=(*rules.panic, *PLEA.get(lang, ()), *KNOWN.get(lang, ())),
        panic_danger=(*rules.panic_danger, *injury_poison.PANIC_DANGER.get(lang, ())),
        # Known misreadings blanked: a haircut, the landlord, the daily pills, photos from a
        # bridge, a box of cookies (misfire_twelfth.py).
        idioms=(
            *rules.idioms,
            *AT_WORK.get(lang, ()),
            *injury_poison.IDIOMS.get(lang, ()),
            *misfire_twelfth.IDIOMS.get(lang, ()),
        ),
        emergency=emergency,
        red_flags=flags,
    )
