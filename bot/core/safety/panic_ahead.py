"""Panic before an exam, an interview or a talk in en, de, nl, tr (set T: "sınava 15 dk var…
göğsüm sıkışıyor başım dönüyor, sakinleşmem lazım"), over normalised text
(ruleset.LanguageRules.panic). Each rule needs two parts: the body of an attack (a tight chest,
dizziness, a racing heart) and either the event soon or "I need to calm down". Panic never
outranks an emergency sign: pain spreading to an arm or the jaw, fainting or blue lips stay
emergencies (classify.read_rules; the danger words are each language's panic_danger)."""

from __future__ import annotations

__all__ = ["AHEAD"]

_EN_BODY = (
    r"(?:chest\s+(?:is\s+|s\s+|feels\s+|feeling\s+|getting\s+|went\s+)?(?:so\s+|really\s+|super\s+)?"
    r"(?:tight|tightening|heavy|constricted)|tight\s+chest|tightness\s+in\s+my\s+chest|dizzy"
    r"|light\s?headed|head\s+(?:is\s+|s\s+)?(?:spinning|swimming)|room\s+(?:is\s+)?spinning"
    r"|heart\s+(?:is\s+|s\s+)?(?:racing|pounding|hammering)|shaking|trembling|can\s?not\s+think"
    r"\s+straight)"
)
_EN_EVENT = (
    r"(?:exam|test|final|midterm|interview|presentation|talk|speech|audition|viva|defen[cs]e"
    r"|pitch|driving\s+test)"
)
_EN_SOON = (
    r"(?:in\s+(?:\d+|ten|five|fifteen|twenty|thirty|a\s+few|an|half\s+an)\s+(?:min\w*|hours?"
    r"|hrs?|h)|starts\s+(?:in|soon)|is\s+soon|soon|about\s+to\s+start|\d+\s*(?:min\w*|m)\s+(?:to"
    r"|until|till|before))"
)
_EN_CALM = r"(?:(?:need|have|got|gotta|must|want)\s+to\s+calm\s+down|help\s+me\s+calm\s+down)"

_DE_BODY = (
    r"(?:brust\s+(?:ist\s+|wird\s+|fuhlt\s+sich\s+)?(?:\w+\s+)?(?:eng|zugeschnurt|wie\s+zu)"
    r"|enge\s+in\s+der\s+brust|engegefuhl|schwindel\w*|mir\s+ist\s+(?:\w+\s+)?(?:schwindelig"
    r"|schwummrig)|herz\s+(?:\w+\s+)?(?:rast|hammert|pocht|klopft\s+wie\s+wild)|herzrasen"
    r"|kopf\s+dreht\s+sich|alles\s+dreht\s+sich|zitter\w*)"
)
_DE_EVENT = (
    r"(?:prufung|klausur|examen|vorstellungsgesprach|bewerbungsgesprach|prasentation|vortrag"
    r"|referat|rede|vorsingen|fuhrerscheinprufung|mundliche)"
)
_DE_SOON = (
    r"(?:in\s+(?:\d+|zehn|funf|einer|ner|ein\s+paar)\s+(?:min\w*|stunde\w*)|gleich"
    r"|noch\s+\d+\s*min\w*)"
)
_DE_CALM = (
    r"(?:muss\s+(?:mich\s+)?(?:\w+\s+)?(?:beruhigen|runterkommen)|hilf\s+mir\s+(?:mich\s+)?"
    r"(?:zu\s+)?(?:beruhigen|runterzukommen))"
)

_NL_BODY = (
    r"(?:borst\s+(?:\w+\s+){0,2}?(?:dicht|strak|beklemd|benauwd|zit\s+vast)|beklemd\w*|duizelig"
    r"|draaierig|licht\s+in\s+(?:mijn\s+|m\s+n\s+)?hoofd|hart\s+(?:\w+\s+)?(?:bonkt|racet|gaat"
    r"\s+tekeer|klopt\s+(?:heel\s+|zo\s+)?snel)|alles\s+draait|trillen|tril\s+helemaal)"
)
_NL_EVENT = (
    r"(?:tentamen|examen|toets|sollicitatie\w*|presentatie|spreekbeurt|voordracht|rijexamen"
    r"|mondeling)"
)
_NL_SOON = (
    r"(?:over\s+(?:\d+|tien|vijf|een\s+paar|een)\s+(?:min\w*|uur|kwartier)|zo\s+meteen"
    r"|zometeen|straks)"
)
_NL_CALM = (
    r"(?:(?:moet|wil)\s+(?:\w+\s+)?(?:rustig\s+worden|kalmeren|tot\s+rust\s+komen)|help\s+me"
    r"\s+(?:\w+\s+)?(?:rustig\s+worden|kalmeren))"
)

_TR_BODY = (
    r"(?:gogsum\s+(?:\w+\s+)?(?:sikisiyor|sikisti|daraliyor|daraldi|sikiliyor|sikildi)"
    r"|basim\s+(?:\w+\s+)?(?:donuyor|dondu)|bas\s+donmesi|kalbim\s+(?:\w+\s+){0,2}?(?:atiyor"
    r"|carpiyor|atiyo|carpiyo)|nefesim\s+(?:\w+\s+)?(?:daraliyor|daraldi)|ellerim\s+titriyor)"
)
_TR_EVENT = r"(?:sinav\w*|mulakat\w*|sunum\w*|konusma\w*|gorusme\w*|ehliyet\w*)"
_TR_SOON = (
    r"(?:\d+\s*(?:dk|dakika|saat)\w*\s+(?:var|kaldi)|az\s+kaldi|birazdan|baslamak\s+uzere"
    r"|basliyor)"
)
_TR_CALM = (
    r"(?:sakinles(?:mem|mek|meliyim|mem\s+gerek|mek\s+istiyorum)\w*|rahatla(?:mam|malyim)\w*)"
)


def _ahead(body: str, event: str, soon: str, calm: str) -> tuple[str, ...]:
    return (
        rf"{event}\w*\s+(?:\w+\s+){{0,3}}?{soon}\b[^!?]{{0,100}}?\b{body}\b",
        rf"{body}\b[^!?]{{0,100}}?\b{calm}\b",
    )


AHEAD: dict[str, tuple[str, ...]] = {
    "en": _ahead(_EN_BODY, _EN_EVENT, _EN_SOON, _EN_CALM),
    "de": _ahead(_DE_BODY, _DE_EVENT, _DE_SOON, _DE_CALM),
    "nl": _ahead(_NL_BODY, _NL_EVENT, _NL_SOON, _NL_CALM),
    "tr": _ahead(_TR_BODY, _TR_EVENT, _TR_SOON, _TR_CALM),
}
