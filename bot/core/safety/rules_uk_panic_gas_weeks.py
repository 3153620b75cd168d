"""Ukrainian, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("знову як минулого разу, серцебиття, паморочиться, допоможи дихати", "перед іспитом
трусить, треба заспокоїтися"): panic, not an emergency; a danger sign (chest pain into the arm
or jaw, fainted, blue lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:знову|як минулого разу|як (?:тоді|того разу)|вже (?:таке )?бувало"
    r"|таке (?:вже )?бувало|знаю (?:що )?це (?:просто )?(?:нерви|паніка|тривога)"
    r"|мої (?:звичні )?(?:атаки|напади)|перед (?:іспитом|екзаменом|співбесідою|виступом"
    r"|презентацією)|(?:іспит|екзамен|співбесіда) через \d+)"
)
_BODY = (
    r"(?:серце (?:калатає|вискакує|б ється|бється|стукає)|серцебиття|тисне в грудях"
    r"|стискає груди|паморочиться|запаморочення|голова (?:йде обертом|крутиться)|трусить"
    r"|руки тремтять|тремчу|поколю\w*|(?:зараз )?(?:впаду|помру)|втрачу свідомість"
    r"|знепритомнію|допоможи(?:ть)? (?:мені )?дихати|(?:треба|потрібно) заспокоїтися"
    r"|нема чим дихати|задихаюсь)"
)
_SOURCE = (
    r"(?:колонк\w*|котел|котла|бойлер\w*|пічк\w*|піч|буржуйк\w*|мангал\w*|генератор\w*"
    r"|вугілл\w*|камін\w*|обігрівач\w*)"
)
_SICK = (
    r"(?:болить голова|голова болить|головн\w* біл\w*|нудить|нудота|блює|блювот\w*"
    r"|паморочиться|запаморочення)"
)
_ALL = r"(?:у всіх|ми (?:всі|усі|обоє)|вся (?:родина|сім\w*)|(?:дружина|чоловік|діти|мама) і я)"
_FELL = (
    r"(?:знепритомні\w*|втратив\w* свідомість|без свідомості|не прокидається"
    r"|не можемо розбудити)"
)
_ALARM = r"(?:(?:датчик|детектор|сигналізатор) (?:чадного газу|co|чаду))"
_RING = r"(?:пищить|спрацював|верещить|дзвенить)"
_BATTERY = r"(?:батаре\w*|тест\w*|перевір\w*)"
_SLOW = r"(?:тиж\w*|місяц\w*|вже не|все (?:гірше|частіше)|раніше)"
_WEAK = (
    r"(?:(?:не можу|важко) (?:\w+ )?(?:застібнути ґудзики|застібнути гудзики|відкрити банку"
    r"|повернути ключ|втримати)|пальці не слухаються|(?:спотика\w*"
    r"|чіпля\w*) [^.!?]{0,30}?(?:ногою|носком|стопою)|стопа (?:ляпає|звисає|не піднімається)"
    r"|(?:все|речі) (?:падає|падають|валиться) з рук)"
)
_WASTING = (
    r"(?:(?:ямк\w*|западин\w*|запал\w*|тонш\w*|худіш\w*) [^.!?]{0,40}?(?:великого пальця"
    r"|великий палець|литк\w*|передпліч\w*|кист\w*)|(?:литка"
    r"|передпліччя) [^.!?]{0,30}?(?:тонша|тонше|худіша|запала))"
)
_SWALLOW = r"(?:поперхуюсь|давлюсь|(?:важко|тяжко) ковтати|їжа (?:застрягає|не проходить))"
_SPEECH = r"(?:мова (?:стала )?(?:нечітк\w*|невиразн\w*)|язик заплітається|заплітається язик)"
_NUMB = r"(?:онімін\w*|німіють|німіє|поколюван\w*)"
_SPREAD = r"(?:поширю\w*|підніма\w*|повзе|тепер (?:вже )?(?:і )?(?:в|до))"
_CLIMB = (
    r"(?:(?:онімін\w*|німіють|німіє|поколюван\w*) [^.!?]{0,60}?(?:поширю\w*|підніма\w*|повзе"
    r"|тепер (?:вже )?(?:і )?(?:в|до)))"
)
PANIC = _s(*near(100, _KNOWN, _BODY, stop="!?"))
# Numbness with its weeks said inside ("started in the feet five weeks ago, now in the hands").
_CLIMB_IN = _s(rf"{_NUMB} (?=[^.!?]{{0,100}}?(?<!\w){_SLOW})[^.!?]{{0,100}}?(?<!\w){_SPREAD}")
GAS = _s(rf"{_ALARM} (?:\w+ ){{0,2}}?(?:{_RING})(?![^.!?]{{0,40}}(?:{_BATTERY}))")
GAS_OTHERS = _s(*near(60, _ALL, _SICK, _SOURCE), *near(60, _SOURCE, _FELL))
WEEKS = {
    R.WEAKNESS: _s(*near(120, _SLOW, _WEAK, stop="!?")),
    R.WASTING: _s(*near(120, _SLOW, _WASTING, stop="!?")),
    R.SWALLOWING: _s(*near(120, _SLOW, _SWALLOW, stop="!?")),
    R.SPEECH: _s(*near(120, _SLOW, _SPEECH, stop="!?")),
    R.NUMBNESS_SPREADING: (*_s(*near(120, _SLOW, _CLIMB, stop="!?")), *_CLIMB_IN),
}


def widen(rules: LanguageRules) -> LanguageRules:
    return gas_and_weeks(rules, PANIC, GAS, GAS_OTHERS, WEEKS)
