"""Polish, round nine: three families over normalised text (common.gas_and_weeks; the
English module, rules_en_panic_gas_weeks.py, says why each is shaped as it is).

A panic attack the writer knows (again, like last time, before an exam or an interview) told by
its body ("znowu atak, duszno, zawroty, pomoz mi oddychac", "przed egzaminem trzese sie, musze
sie uspokoic"): panic, not an emergency; a danger sign (chest pain into the arm or jaw,
fainted, blue lips, a drooping face) keeps its own emergency elsewhere.

Carbon monoxide and red flags said over weeks: the same families as the English module's.
"""

from __future__ import annotations

from bot.core.safety.common import gas_and_weeks, near
from bot.core.safety.common import spaced as _s
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag as R

_KNOWN = (
    r"(?:znowu (?:atak|to samo|mam atak|to)|znow (?:atak|to samo)|jak (?:ostatnio"
    r"|ostatnim razem|poprzednim razem|zwykle)|znam to|mial(?:am|em)? to (?:juz )?(?:wczesniej"
    r"|nieraz)|moje (?:zwykle )?ataki|wiem ze to (?:tylko )?(?:nerwy|nerwica|lek|panika)"
    r"|(?:kardiolog|lekarz) mowil ze serce|przed (?:egzaminem|rozmowa|prezentacja|kolokwium"
    r"|matura)|(?:egzamin|rozmowa|prezentacja|kolokwium) za \d+)"
)
_BODY = (
    r"(?:duszno|dusi mnie|zawroty|kreci mi sie w glowie|trzese sie|trzesa mi sie rece"
    r"|serce (?:wali|kolata|bije)|kolatanie|sciska (?:mnie )?w (?:klatce|piersi)|mrowi\w*"
    r"|(?:zaraz )?(?:umre|umieram)|zemdleje|pomoz(?:cie)? mi oddychac|musze sie uspokoic)"
)
_SOURCE = (
    r"(?:piecyk\w*|junkers\w*|termy|terma|kociol|kotla|piec(?:a|em|u)?|koza|grill\w*"
    r"|agregat\w*|wegiel|wegla|kominek|kominka)"
)
_SICK = (
    r"(?:bol\w* glowy|glowa (?:\w+ )?boli|boli (?:\w+ )?glowa|mdlosci|nudnosci|wymiot\w*"
    r"|zawroty|niedobrze)"
)
_ALL = r"(?:wszyscy|oboje|obaj|cala rodzina|(?:zona|maz|dzieci|mama) i ja)"
_FELL = (
    r"(?:zemdlal(?:a)?(?!\w)|stracil\w* przytomnosc|nieprzytomn\w*|nie (?:mozna|moge) (?:go"
    r"|jej) dobudzic|nie budzi sie)"
)
_ALARM = r"(?:(?:czujnik|czujka|alarm) (?:czadu|co|tlenku wegla))"
_RING = r"(?:piszczy|wyje|pipczy|sie wlaczyl|dzwoni|pika)"
_BATTERY = r"(?:bateri\w*|test\w*)"
_SLOW = (
    r"(?:tygodni\w*|miesi\w*|coraz (?:gorzej|czesciej|bardziej)|juz nie|nie (?:moge|moze) juz"
    r"|kiedys)"
)
_WEAK = (
    r"(?:nie (?:moge|moze) (?:\w+ )?(?:utrzymac|otworzyc (?:sloik\w*|butelk\w*)"
    r"|zapiac guzik\w*|przekrecic klucz\w*)|wypada mi (?:z reki|z dloni)?|lec\w* mi z rak"
    r"|potykam sie (?:o wlasna stope|o wszystko)|stopa (?:mi )?(?:opada|sie ciagnie|klapie))"
)
_WASTING = (
    r"(?:(?:zapad\w*|dolek|wklesl\w*|chudsz\w*|ciensz\w*) [^.!?]{0,40}?(?:kciuk\w*|lydk\w*"
    r"|przedrami\w*|dlon\w*)|(?:miesien|miesnie) (?:przy|kolo) kciuk\w* [^.!?]{0,30}?zapad\w*"
    r"|(?:kciuk\w*|lydk\w*) [^.!?]{0,30}?(?:zapad\w*|chudsz\w*|ciensz\w*))"
)
_SWALLOW = r"(?:krztusz\w*|(?:trudno|ciezko) (?:mi )?(?:przelknac|przelykac)|zachlystuj\w*)"
_SPEECH = (
    r"(?:mowa (?:mi )?(?:sie )?(?:placze|belkotliw\w*|niewyrazn\w*)|belkocz\w*"
    r"|mowie przez nos)"
)
_NUMB = r"(?:dretwieni\w*|mrowieni\w*|dretwi\w*)"
_SPREAD = r"(?:rozchodzi|idzie|przeszlo|teraz (?:juz )?(?:w|do|az))"
_CLIMB = (
    r"(?:(?:dretwieni\w*|mrowieni\w*|dretwi\w*) [^.!?]{0,60}?(?:rozchodzi|idzie|przeszlo"
    r"|teraz (?:juz )?(?:w|do|az)))"
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
