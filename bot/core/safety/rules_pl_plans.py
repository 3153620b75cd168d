"""Polish: a height, a dose or a place looked up with acting denied (a crisis), and "nobody would
miss me" (ask), over normalised text with diacritics folded (ruleset.LanguageRules.crisis and
.ask)."""

from __future__ import annotations

from bot.core.safety.common import looked_up

__all__ = ["LOOKED_ANYWAY", "MISSED"]

# "Nie zrobie nic glupiego", "nic glupiego nie zrobie", "nie zrobie sobie krzywdy".
_NOTHING_STUPID = (
    r"(?:(?:nie\s+)?(?:zrobie|zrobilbym|zrobilabym|robie)\s+(?:\w+\s+)?(?:nic|niczego)\s+"
    r"(?:glupiego|glupi\w*|szalonego|glupoty|glupot)|(?:nic|niczego)\s+(?:glupiego|szalonego)\s+"
    r"(?:\w+\s+)?nie\s+(?:zrobie|zrobilbym|zrobilabym|robie)|nie\s+zrobie\s+sobie\s+(?:\w+\s+)?"
    r"krzywdy)\b"
)
_LOOKED = (
    r"(?:sprawdzil\w*|sprawdzam|sprawdzal\w*|wygooglowal\w*|googlowal\w*|szukal\w*|wyszukal\w*"
    r"|czytal\w*|przeczytal\w*|policzyl\w*|wyliczyl\w*|patrzyl\w*|zobaczyl\w*)\b[^?]{0,50}?"
    r"(?:jak\s+(?:wysoki|wysoka|wysokie|wysoko)|wysokos\w*|ile\s+(?:metrow|pieter|tabletek|tabletki"
    r"|pigulek|mg|miligramow|opakowan)|jaka\s+dawk\w*|smiertel\w*|most\w*|wiadukt\w*|tory|torach"
    r"|dach\w*|wiezowc\w*|piet\w*|przedawkow\w*)"
)
_NOBODY = r"(?:nikt|nikomu|zaden\s+czlowiek)"
# Work, a holiday, a party: "w pracy nikt nie zauwazy, ze mnie nie ma, jak bede na urlopie".
_NOT_AWAY = (
    r"(?![^.!?]{0,40}\b(?:urlop\w*|prac\w*|biur\w*|imprez\w*|spotkani\w*|szkol\w*|wakacj\w*"
    r"|weekend\w*|zajeci\w*|lekcj\w*|trening\w*)\b)"
)

LOOKED_ANYWAY: tuple[str, ...] = (
    # Set O (told in Dutch): acting denied, and a height, a dose or a place looked up all the
    # same ("nie zrobie nic glupiego, tylko sprawdzilem jak wysoki jest ten most").
    rf"{_NOTHING_STUPID}[^?]{{0,50}}?\b(?:tylko|ale|jedynie|po\s+prostu|tylko\s+ze)\b[^?]{{0,50}}?"
    rf"{_LOOKED}",
    rf"{_LOOKED}[^?]{{0,80}}?\b{_NOTHING_STUPID}",
)
MISSED: tuple[str, ...] = (
    # Set O (told in German): nobody would miss me, nobody would notice I was gone.
    rf"{_NOBODY}\s+(?:\w+\s+){{0,3}}?(?:by\s+|nie\s+)(?:\w+\s+){{0,2}}?(?:tesknil\w*|teskni|zatesk"
    rf"ni\w*|brakowal\w*|bedzie\s+tesknic)\b(?:\s+(?:za\s+)?(?:mna|mnie)\b|\s*(?:[.!?,;:)]|$)){_NOT_AWAY}",
    rf"(?:za\s+mna|mnie)\s+(?:\w+\s+)?(?:i\s+tak\s+|przeciez\s+)?{_NOBODY}\s+(?:by\s+)?(?:\w+\s+)?"
    rf"(?:nie\s+)?(?:tesknil\w*|teskni|zatesk\w*|zauwazy\w*|brakowal\w*|bedzie\s+tesknic)\b{_NOT_AWAY}",
    rf"{_NOBODY}\s+(?:\w+\s+){{0,2}}?nie\s+zauwaz\w*\s*,?\s+(?:\w+\s+)?(?:ze|jak|gdy|kiedy|gdybym)\s+"
    rf"(?:mnie\s+)?(?:zabraknie|zniknie\w*|zniknal\w*|umre|umarl\w*|mnie\s+nie\s+bedzie|nie\s+bedzie"
    rf"\s+mnie)",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
LOOKED_ANYWAY += looked_up(
    r"(?:sprawdzil\w*|sprawdzal\w*|googlowal\w*|wygooglowal\w*|szukal\w*|czytal\w*|wyszukal\w*|przeczytal\w*)",
    r"(?:(?:od|z)\s+(?:ktorego|jakiego)\s+(?:pietra|wysokosci)|ile\s+(?:pieter|metrow)|jak\s+wysoko)",
    r"(?:na\s+pewno|pewn\w*|smierteln\w*|wystarcz\w*|przezyc|przezyje|ginie|zgin\w*)",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
MISSED += (
    # Or the other way round: "it would be better not to wake up".
    r"(?:byloby|bylo\s+by)\s+(?:\w+\s+)?(?:lepiej|latwiej|dobrze)\s+(?:sie\s+)?(?:nie\s+obudzic|gdybym\s+sie\s+(?:juz\s+)?nie\s+obudzil\w*)\b",
    r"lepiej\s+(?:by\s+bylo\s+)?(?:sie\s+)?nie\s+obudzic\b(?!\s+(?:o|przed|z)\b)",
    r"(?:jak|jesli|jezeli|gdybym|jakbym)\s+(?:sie\s+)?(?:\w+\s+){0,2}?(?:nie\s+obudze|nie\s+obudzil\w*|sie\s+nie\s+obudze|sie\s+nie\s+obudzil\w*)\s+(?:,\s+)?(?:to\s+)?(?:tez\s+)?(?:dobrze|trudno|nic\s+nie\s+szkodzi|lepiej|w\s+porzadku|ok)\b",
    r"(?:boze|panie\s+boze|panie|jezu)\s+(?:,\s+)?(?:zabierz|wez)\s+mnie\b(?!\s+(?:do|na|z)\s)",
    r"niech\s+(?:mnie\s+)?(?:pan\s+)?(?:bog|buk)\s+(?:mnie\s+)?(?:juz\s+)?zabierze\b",
)
