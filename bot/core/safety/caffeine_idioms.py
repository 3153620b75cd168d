"""Caffeine and sugar "overdoses" in en, de, nl, tr, blanked with the idioms before the rules run
(ruleset.LanguageRules.idioms), over normalised text: "overdosed on espresso today, 5 shots",
"ne Überdosis Espresso", "een overdosis koffie" (set S) are a drink log, not an overdose. Not
when a medicine or alcohol follows in the same sentence ("overdosed on coffee and pills")."""

from __future__ import annotations

__all__ = ["CAFFEINE"]

# A medicine or alcohol later in the sentence keeps the words an overdose.
_NOT_WITH = (
    r"(?![^.!?]{0,40}\b(?:pills?|tablets?|meds|medication|paracetamol|tylenol|ibuprofen|xanax"
    r"|alcohol|vodka|tabletten|pillen|medikament\w*|medicijnen|alcohol|wodka|hap\w*|ilac\w*"
    r"|alkol\w*)\b)"
)
_EN_DRINKS = (
    r"(?:espresso\w*|caffeine|coffee|coffees|cold\s+brew|lattes?|cappuccinos?|americanos?"
    r"|energy\s+drinks?|red\s+bulls?|monsters?|pre\s?workout|sugar|candy|sweets|chocolate|tea"
    r"|matcha|diet\s+soda|cookies|shots\s+of\s+espresso)"
)
_DE_DRINKS = (
    r"(?:espresso\w*|koffein|kaffee|cola|energy\s*drinks?|energydrinks?|red\s+bull|mate|tee"
    r"|zucker|cappuccino\w*|latte\w*|schoko\w*|sussigkeiten)"
)
_NL_DRINKS = (
    r"(?:espresso\w*|cafeine|koffie|cola|energiedrank\w*|energy\s*drinks?|red\s+bull|thee"
    r"|suiker|snoep|chocola\w*|cappuccino\w*|latte\w*)"
)
_TR_DRINKS = r"(?:kahve\w*|kafein\w*|espresso\w*|cay\w*|seker\w*|enerji\s+icecegi\w*|redbull\w*)"

CAFFEINE: dict[str, tuple[str, ...]] = {
    "en": (
        rf"(?:overdos(?:e|ed|es|ing)|od|od\s+d|oded|oding)\s+on\s+(?:\w+\s+)?{_EN_DRINKS}\b"
        + _NOT_WITH,
        rf"(?:caffeine|coffee|espresso|sugar)\s+overdose\b{_NOT_WITH}",
        rf"(?:lethal|fatal|deadly|toxic)\s+(?:dose|amount)\s+of\s+{_EN_DRINKS}\b",
    ),
    "de": (
        rf"(?:uberdosis|overdose)\s+(?:an\s+|von\s+)?(?:\w+\s+)?{_DE_DRINKS}\b{_NOT_WITH}",
        rf"(?:koffein|kaffee|espresso|zucker)\s*(?:uberdosis|overdose|schock)\b{_NOT_WITH}",
        rf"(?:mit|an)\s+{_DE_DRINKS}\s+(?:\w+\s+)?uberdosiert\b{_NOT_WITH}",
        rf"(?:todliche|letale)\s+(?:dosis|menge)\s+(?:an\s+|von\s+)?{_DE_DRINKS}\b",
    ),
    "nl": (
        rf"overdosis\s+(?:aan\s+|van\s+)?(?:\w+\s+)?{_NL_DRINKS}\b{_NOT_WITH}",
        rf"(?:cafeine|koffie|espresso|suiker)\s*overdosis\b{_NOT_WITH}",
        rf"(?:dodelijke|letale)\s+(?:dosis|hoeveelheid)\s+(?:aan\s+|van\s+)?{_NL_DRINKS}\b",
    ),
    "tr": (
        rf"{_TR_DRINKS}\s+(?:overdoz\w*|asiri\s+doz\w*){_NOT_WITH}",
        rf"(?:olumcul|oldurucu)\s+(?:doz|miktar)\w*\s+{_TR_DRINKS}",
        rf"{_TR_DRINKS}\s+(?:olumcul|oldurucu)\s+(?:doz|miktar)\w*",
    ),
}
