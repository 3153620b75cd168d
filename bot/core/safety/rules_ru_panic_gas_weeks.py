"""Russian, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("опять как в прошлый раз, сердце колотится, голова кружится, помоги дышать", "перед
экзаменом трясет, надо успокоиться"): panic, not an emergency; a danger sign (chest pain into
the arm or jaw, fainted, blue lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:опять|снова|как в прошлый раз|как тогда|такое уже было|уже было такое"
    r"|знаю (?:что )?это (?:просто )?(?:нервы|паника|тревога)|мои (?:обычные )?(?:атаки"
    r"|приступы)|перед (?:экзаменом|собеседованием|выступлением|презентацией|зачетом)"
    r"|(?:экзамен|собеседование|выступление) через \d+)"
)
_BODY = (
    r"(?:сердце (?:колотится|выскакивает|бьется|стучит)|сердцебиение|давит в груди"
    r"|сжимает грудь|грудь сжимает|голова кружится|кружится голова|головокружение|трясет|дрожу"
    r"|руки дрожат|покалыва\w*|немеют пальцы|(?:сейчас |щас )?умру|помру|упаду в обморок"
    r"|потеряю сознание|помоги(?:те)? (?:мне )?дышать|(?:надо|нужно) успокоиться|нечем дышать"
    r"|задыхаюсь)"
)
_SOURCE = (
    r"(?:колонк\w*|котел|котла|бойлер\w*|печк\w*|печь|буржуйк\w*|мангал\w*|генератор\w*"
    r"|угл[иья]|углем|камин\w*|обогревател\w*)"
)
_SICK = (
    r"(?:голова болит|болит голова|головн\w* бол\w*|тошнит|тошнота|рвет|рвота|головокружение"
    r"|кружится)"
)
_ALL = r"(?:у всех|мы (?:все|оба|обе)|вся семья|(?:жена|муж|дети|мама) и я)"
_FELL = (
    r"(?:потерял\w* сознание|(?:упал\w* )?в обморок|без сознания|не просыпается"
    r"|не можем разбудить)"
)
_ALARM = r"(?:(?:датчик|детектор|сигнализатор) (?:угарного газа|co|угара))"
_RING = r"(?:пищит|орет|сработал|звенит)"
_BATTERY = r"(?:батарей\w*|батарейк\w*|тест\w*|провер\w*)"
_SLOW = r"(?:недел\w*|месяц\w*|все (?:хуже|чаще)|уже не|раньше)"
_WEAK = (
    r"(?:(?:не могу|не получается|трудно) (?:\w+ )?(?:открыть банку|застегнуть пуговиц\w*"
    r"|повернуть ключ|удержать)|(?:спотыка\w*|цепля\w*) [^.!?]{0,30}?(?:ногой|носком|носок"
    r"|стопой)|носок цепляется|стопа (?:шлепает|свисает|не поднимается)|(?:все"
    r"|вещи) (?:валится|падают) из рук)"
)
_WASTING = (
    r"(?:(?:впадин\w*|ямк\w*|запал\w*|тоньше|худее|усох\w*) [^.!?]{0,40}?(?:большого пальца"
    r"|больш\w* палец|икр\w*|предплечь\w*|кист\w*)|(?:икра|предплечье"
    r"|мышца у большого пальца) [^.!?]{0,30}?(?:тоньше|худее|запала|усохла))"
)
_SWALLOW = r"(?:поперхива\w*|давлюсь|(?:трудно|тяжело) глотать|еда (?:застревает|не проходит))"
_SPEECH = r"(?:речь (?:стала )?(?:невнятн\w*|смазанн\w*|нечетк\w*)|(?:язык )?заплетается)"
_NUMB = r"(?:онемени\w*|немеют|немеет|покалывани\w*)"
_SPREAD = r"(?:распространя\w*|поднима\w*|ползет|теперь (?:уже )?(?:и )?(?:в|до))"
_CLIMB = (
    r"(?:(?:онемени\w*|немеют|немеет|покалывани\w*) [^.!?]{0,60}?(?:распространя\w*|поднима\w*"
    r"|ползет|теперь (?:уже )?(?:и )?(?:в|до)))"
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
