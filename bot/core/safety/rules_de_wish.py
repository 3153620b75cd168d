"""German: "when I am no longer here" as a time set (a crisis) and as a wish (ask: "es ist
besser, wenn ich nicht mehr da bin", "wozu ich überhaupt noch da bin"), over normalised text
(ruleset.LanguageRules.crisis and .ask)."""

from __future__ import annotations

__all__ = ["MISSED", "MISSED_AT", "NOT_HERE", "WHY_STILL"]

NOT_HERE = (
    # "besser, wenn ich nicht mehr da bin" is the wish (ask, below), not a time set.
    r"wenn(?<!besser\swenn)(?<!besser\s,\swenn)(?<!leichter\swenn)(?<!leichter\s,\swenn)"
    r"(?<!einfacher\swenn)(?<!einfacher\s,\swenn)\s+ich\s+nicht\s+mehr\s+(?:bin|da\s+bin)\b",
    r"wenn\s+ich\s+nicht\s+mehr\s+lebe\b",
)

WHY_STILL = (
    # Set Q: "frage mich zunehmend, wozu ich überhaupt noch da bin", "wofür lebe ich noch".
    r"(?:warum|wozu|weshalb|wieso|wofur)\s+(?:\w+\s+){0,2}?ich\s+(?:\w+\s+){0,2}?noch\s+(?:da"
    r"\s+bin|hier\s+bin|lebe|am\s+leben\s+bin|existiere|weitermache|weiterlebe)\b",
    r"(?:warum|wozu|weshalb|wieso|wofur)\s+(?:lebe|bin|existiere)\s+ich\s+(?:\w+\s+){0,2}?noch"
    r"(?:\s+(?:da|hier|am\s+leben))?\s*(?:[.!?,;:)]|$)",
    # Set P: "es ist besser, wenn ich nicht mehr da bin" (the wish, mostly after "manchmal").
    r"(?:besser|leichter|einfacher)\s+(?:,\s+)?wenn\s+ich\s+(?:einfach\s+)?nicht\s+mehr\s+(?:da"
    r"\s+|hier\s+)?bin\b",
)

_NOBODY = (
    r"(?:keiner|keina|niemand|niemals\s+wer|kein\s+mensch|keine\s+sau|keine\s+socke"
    r"|kein\s+schwein)"
)
# Work, a holiday or a party left a while: "im büro vermisst mich keiner, wenn ich urlaub habe".
_NOT_AWAY = (
    r"(?![^.!?]{0,40}\b(?:urlaub|buro|buero|arbeit|schicht|party|feier|meeting|schule|training"
    r"|verein|gruppe|chat|kurs|ausflug|wochenende)\w*\b)"
)
# "Keiner vermisst mich", "mich würde eh niemand vermissen", "vermissen würde mich keiner".
_MISSED = (
    rf"(?:{_NOBODY}\s+(?:\w+\s+){{0,3}}?(?:mich\s+(?:\w+\s+){{0,2}}?)?vermiss\w*\s+(?:\w+\s+){{0,2}}?"
    rf"mich\b|{_NOBODY}\s+(?:\w+\s+){{0,3}}?mich\s+(?:\w+\s+){{0,2}}?vermiss\w*|mich\s+(?:\w+\s+)"
    rf"{{0,3}}?{_NOBODY}\s+(?:\w+\s+){{0,2}}?vermiss\w*|vermiss\w*\s+(?:\w+\s+){{0,2}}?mich\s+(?:\w+"
    rf"\s+){{0,2}}?{_NOBODY}\b)"
)
_HIGH_PLACE = (
    r"(?:talbrucke|talbruecke|autobahnbrucke|brucke|bruecke|brucken|gleise|gleisen|bahngleise"
    r"|bahnstrecke|hochhaus|parkhaus|klippe|klippen|staumauer|steilkuste|dach)"
)

MISSED: tuple[str, ...] = (
    # Set O: nobody would miss me (the thought; ask).
    rf"{_MISSED}{_NOT_AWAY}",
)
MISSED_AT = (
    # Set O: a high place in mind, and nobody would miss me ("ich denk an die brücke bei kassel,
    # da halte ich heute an. keiner vermisst mich"): a crisis.
    rf"{_HIGH_PLACE}\b[^!?]{{0,150}}?{_MISSED}{_NOT_AWAY}",
    rf"{_MISSED}{_NOT_AWAY}[^!?]{{0,120}}?\b{_HIGH_PLACE}\b",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
MISSED += (
    # Or the other way round: "it would be better not to wake up".
    r"(?:war|ware|waere|wars|wares|ist|es\s+ware)\s+(?:\w+\s+){0,2}?(?:gut|besser|leichter|okay|ok|schon|schoen|einfacher|(?:ne|eine)\s+erleichterung)\s+(?:,\s+)?(?:wenn|falls)\s+ich\s+(?:\w+\s+){0,3}?nicht\s+(?:mehr\s+)?(?:aufwache|aufwachen\s+wurde|aufwachte)\b",
    r"wenn\s+ich\s+(?:\w+\s+){0,2}?nicht\s+(?:mehr\s+)?(?:aufwache|aufwachen\s+wurde|aufwachte)\s+(?:,\s+)?(?:dann\s+)?(?:ist|war|ware|waer)\s+(?:es|das)\s+(?:\w+\s+)?(?:gut|okay|ok|in\s+ordnung|egal|nicht\s+schlimm|recht)\b",
    r"(?:lieber\s+)?(?:gott|herrgott|herr)\s+(?:,\s+)?(?:bitte\s+)?(?:hol|nimm)\s+mich\s+(?:doch\s+|endlich\s+|bald\s+|jetzt\s+)*(?:zu\s+dir|endlich|bald|heim|weg)\b",
    r"(?:bete|bitte\s+gott|bitte\s+den\s+herrgott)\s+(?:\w+\s+){0,4}?(?:dass|das)\s+(?:er|gott|der\s+herrgott)\s+mich\s+(?:\w+\s+){0,2}?(?:holt|zu\s+sich\s+nimmt|nimmt)\b",
)

# Round 9, one policy in all languages: a passive wish with no method, plan, time, preparation
# or farewell is asked about (the blind writers' label): not waking up, not existing, not
# being here anymore, no wish left to live ("keine Lust mehr zu leben"). "Ich will nicht mehr
# leben" and "ich wäre lieber tot" stay crisis (rules_de.py).
_WANT = r"(?:will|mochte|moechte|mocht|wurde\s+gern|wuerde\s+gern|wunsche\s+mir|wuensche\s+mir)"
MISSED += (
    rf"{_WANT}\s+(?:einfach\s+)?(?:nicht|nich|net)\s+(?:mehr|langer|laenger)\s+(?:existieren|da\s+sein"
    r"|hier\s+sein|aufwachen)\b",
    r"nicht\s+mehr\s+(?:da\s+sein|hier\s+sein|existieren|aufwachen)\s+(?:will|mochte|moechte|wurde)\b",
    r"(?:einschlafen|schlafen)\s+und\s+nie\s+(?:mehr|wieder)\s+aufwachen\b",
    r"(?:keine\s+lust|keinen\s+bock|keine\s+kraft)\s+mehr\s+(?:zu\s+leben|auf\s+(?:das\s+)?leben)\b",
    r"besser\s+(?:\w+\s+){0,2}?wenn\s+ich\s+(?:einfach\s+)?nicht\s+mehr\s+(?:da|hier)\s+(?:ware|waere)\b",
)
