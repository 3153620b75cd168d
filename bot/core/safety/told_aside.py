"""Sets V and W's misses told aside, in en, de, nl, pl, over normalised text; a space stands
for \\s+. Each family is added to its tier in more_families.py.

PREPARED — the preparations' families (ruleset.LanguageRules: two in one message are a crisis):
reminders "not needed after tomorrow" and "you helped more than you know" to the bot; a key
left "so that someone finds me"; "ik ben klaar met alles" after a pet taken to a sister; a dog
given to a shelter, farewell texts sent, waiting until mum is asleep, a flat cleaned "so nobody
has to clean up after me". One alone stays an ordinary day.

ASK — passive wishes with no plan: "wozu noch aufstehen", a family that "deserves better than
a dead weight like me", children "better off with a normal mother".

EMERGENCY — someone electrocuted and lying still, a child pulled out of water blue and barely
breathing, a child who swallowed a button battery, a dozen paracetamol taken.

PANIC — a plea to be calmed beside the body's alarm (tingling hands, dizziness, a racing
heart), as panic_plea.py reads a plea to breathe.

IDIOMS — blanked before the rules run: a clinician's patients' overdoses (a pharmacist's
questions, a paramedic's shift count), "my boss is gonna kill me", suicidal thoughts long
treated and stable since, a game's bridge jump."""

from __future__ import annotations

from dataclasses import replace

from bot.core.safety.acts_now import ACTS_NOW
from bot.core.safety.common import near, spaced
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E

__all__ = ["ASK", "EMERGENCY", "IDIOMS", "PANIC", "PREPARED", "widened"]

PREPARED: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "goodbyes": spaced(
            r"you (?:have )?helped (?:me )?more than you (?:will ever )?know\b",
        ),
        "finality": spaced(
            r"(?:will not|won t|wont|not going to) be needing (?:them|it|these|this|you|those)"
            r" (?:\w+ )?(?:after|past|beyond) (?:tomorrow|tonight|today|this week|friday"
            r"|saturday|sunday|monday)\b",
        ),
    },
    "de": {
        "finality": spaced(
            r"damit (?:mich|man mich) (?:\w+ )?(?:jemand |einer |wer )?(?:findet|finden)\b",
        ),
    },
    "nl": {
        "finality": spaced(
            r"(?:ik ben|ben) (?:\w+ )?klaar met alles\b",
            r"het is goed zo\s*(?:[.!]|$)",
        ),
    },
    "pl": {
        "given_away": spaced(
            r"(?:oddal|oddalam|oddalem|oddala|zawiozl\w*|zaprowadzil\w*) (?:mojego |swojego )?"
            r"(?:kota|psa|psy|koty|zwierzaka|psiaka) (?:\w+ )?do schroniska\b",
        ),
        "goodbyes": spaced(
            r"(?:list\w*|liscik\w*|wiadomosc\w*|sms\w*|esemes\w*) (?:\w+ )?pozegnaln\w+",
        ),
        "finality": spaced(
            r"czekam (?:\w+ ){0,2}?(?:az|az tylko) (?:\w+ )?(?:zasnie|zasna|usnie|usna|wyjdzie"
            r"|wyjda|pojdzie spac|pojda spac)\b",
            r"(?:zeby|aby|by) (?:potem |pozniej )?(?:nikt|nikomu) (?:\w+ )?nie (?:musial|musiala"
            r"|trzeba) (?:\w+ ){0,3}?(?:po mnie|za mnie) (?:\w+ )?(?:sprzatac|zalatwiac"
            r"|sprzatal)\b",
        ),
    },
}

ASK: dict[str, tuple[str, ...]] = {
    "de": spaced(
        r"(?:wozu|wofur|warum) (?:eigentlich |uberhaupt |uberhaupt noch |eigentlich noch )?"
        r"noch (?:aufstehen|weitermachen|weiterleben)\b",
        r"(?:hat|haben|hatte|hatten|verdient|verdienen) (?:\w+ ){0,2}?(?:was|etwas) (?:besseres"
        r"|bessres) (?:verdient )?als (?:mich|so (?:einen|eine|ein|nen) (?:\w+ ){0,2}?(?:klotz"
        r"|versager\w*|wrack|last|loser|nichtsnutz|mutter wie mich|vater wie mich)|jemand\w* wie"
        r" mich)\b",
        r"(?:ich bin|bin) (?:doch )?(?:nur )?(?:noch )?(?:ein |so ein |nen )?klotz am bein\b",
    ),
    "pl": spaced(
        r"(?:dzieciom|dla dzieci|rodzinie|dla rodziny|mezowi|zonie|wszystkim|im) (?:\w+ )?"
        r"(?:byloby|bedzie|by bylo|bylo by) (?:\w+ )?lepiej (?:beze mnie|gdyby (?:\w+ ){0,3}?"
        r"(?:mialy|miala|mial|mieli) (?:\w+ )?(?:normalna|inna|lepsza|normalnego|innego"
        r"|lepszego|normalnych|innych|lepszych))",
    ),
}

EMERGENCY: dict[str, dict[E, tuple[str, ...]]] = {
    "en": {
        E.SOMEONE_ELSE: spaced(
            *near(
                120,
                r"(?:electrocuted|electric shock|shock from the (?:socket|fuse box|wire"
                r"|cable|mains))",
                r"(?:(?:is |s )?(?:lying|laying) (?:\w+ )?(?:still|on the floor|there)"
                r"|not (?:moving|responding)(?= [.!,]| $|$)|unresponsive|unconscious)",
            ),
            r"(?:swallowed|swallow|ate|eaten) (?:\w+ ){0,6}?(?:button |coin |round |lithium"
            r" |watch )?batter(?:y|ies)\b",
        ),
    },
    "de": {
        E.SOMEONE_ELSE: spaced(*near(
            120,
            r"(?:stromschlag|stromschlage|stromstoss|schlag) (?:\w+ )?(?:bekommen|gekriegt"
            r"|abgekriegt)",
            r"(?:liegt (?:\w+ )?(?:reglos|regungslos|still|bewusstlos|am boden)|reagiert nicht"
            r"|bewegt sich nicht)",
        )),
        E.OVERDOSE_TAKEN: spaced(
            r"(?:hab|habe|hatte) (?:[\w,]+ ){0,9}?(?:1\d|[2-9]\d) (?:paracetamol"
            r"|ibuprofen|aspirin|ibu|tabletten|tbl)\w*"
            r"(?: \d+)? (?:\w+ ){0,2}?(?:genommen|geschluckt|eingenommen)\b",
        ),
    },
    "pl": {
        E.SOMEONE_ELSE: spaced(*near(
            120,
            r"(?:porazil\w* (?:\w+ )?prad\w*|porazony pradem|porazona pradem|kopnal\w*"
            r" (?:\w+ )?prad)",
            r"(?:lezy (?:\w+ )?(?:bez ruchu|nieprzytomn\w*|na ziemi|na podlodze)|nie rusza sie"
            r"|nie reaguje|nie oddycha)",
        )),
    },
    "nl": {
        E.SOMEONE_ELSE: (
            *spaced(*near(
                120,
                r"(?:kreeg|kreeg een|heeft een|had een) (?:\w+ )?(?:schok|stroomstoot|stroom)",
                r"(?:ligt (?:nu |daar )?(?:stil|op de grond|bewusteloos)|reageert niet"
                r"|beweegt niet)",
            )),
            *spaced(*near(
                160,
                r"(?:onder water|uit het water|uit het zwembad|uit de sloot|verdronk|verdrinkt)",
                r"(?:is blauw|blauw aangelopen|ademt (?:bijna |nauwelijks |amper )?niet)",
            )),
        ),
    },
}

def _calm(plea: str, body: str) -> tuple[str, ...]:
    return spaced(*near(100, plea, body, stop="!?"))


PANIC: dict[str, tuple[str, ...]] = {
    "en": _calm(
        r"(?:help me (?:to )?calm down|help me calm myself|i need to calm down)",
        r"(?:tingl\w*|pins and needles|dizzy|light headed|lightheaded|heart (?:\w+ )?(?:racing"
        r"|pounding)|shaking)",
    ),
    "de": _calm(
        r"(?:hilf mir (?:\w+ )?(?:mich )?(?:zu )?beruhigen|ich muss mich (?:\w+ )?beruhigen)",
        r"(?:kribbel\w*|mir ist schwindlig|schwindel\w*|herz (?:\w+ )?(?:rast|klopft|hammert)"
        r"|zitter\w*)",
    ),
    "nl": _calm(
        r"(?:help me (?:\w+ )?(?:om )?(?:te )?kalmeren|help me rustig (?:te )?worden"
        r"|ik moet (?:\w+ )?kalmeren)",
        r"(?:tinteling\w*|tintel\w*|duizelig|hart (?:\w+ )?(?:bonkt|racet|klopt)|tril\w*)",
    ),
    "pl": _calm(
        r"(?:pomoz mi sie (?:\w+ )?uspokoic|pomoz mi (?:\w+ )?(?:sie )?uspokoic|musze sie"
        r" (?:\w+ )?uspokoic)",
        r"(?:mrowi\w*|kreci mi sie w glowie|zawroty glowy|serce (?:\w+ )?(?:wali|kolacze)"
        r"|trzese sie|drze)",
    ),
}

IDIOMS: dict[str, tuple[str, ...]] = {
    "en": spaced(
        r"(?:one of my|my|our|a) (?:patients|patient|clients|client|residents|service users)"
        r" (?:\w+ ){0,2}?(?:took|had|taken|came in with) (?:an |a )?(?:overdose|od)\b",
        r"(?:boss|manager|mum|mom|mam|dad|wife|husband|teacher|coach|gf|bf|girlfriend|boyfriend"
        r"|parents|mother|father|landlord|supervisor|professor|lecturer) (?:is |will |would"
        r" |s )?(?:going to |literally |actually |totally )*kill me\b",
    ),
    "de": (
        r"(?:apotheker\w*|pta|arzt|arztin|pfleger\w*|krankenschwester|sanitater\w*)\b[^!?]{0,100}?"
        r"(?:kund\w*|patient\w*|frage\w*|beantwortet)\b[^!?]{0,60}?(?:uberdosis|ueberdosis)",
        r"(?:suizidgedanken|selbstmordgedanken|suizidal\w*)\b[^!?]{0,80}?(?:therapie|behandlung"
        r"|klinik)\w*\b[^!?]{0,40}?seitdem (?:stabil|gut|symptomfrei|keine mehr)",
    ),
    "nl": (
        r"(?:game|spel|level|minecraft|gta|fortnite)\b[^.!?]{0,60}?van (?:een|de|het) (?:brug"
        r"|dak|flat|gebouw|toren) (?:af )?springen",
    ),
    "pl": (
        r"(?:ratownik\w*|pielegniar\w*|lekarz\w*|sor\w*|dyzur\w*|zmian\w*)\b[^!?]{0,100}?"
        r"(?:jedno|jeden|dwa|dwie|trzy|cztery|\d+|kolejne) przedawkowan\w*",
    ),
}


def widened(rules: LanguageRules) -> LanguageRules:
    """`rules` with sets V and W's families of its language added (and acts_now.py's)."""
    lang = rules.language
    emergency = dict(rules.emergency)
    for sign, patterns in EMERGENCY.get(lang, {}).items():
        emergency[sign] = (*emergency.get(sign, ()), *patterns)
    prepared = PREPARED.get(lang, {})
    return replace(
        rules,
        crisis=(*rules.crisis, *ACTS_NOW.get(lang, ())),
        ask=(*rules.ask, *ASK.get(lang, ())),
        panic=(*rules.panic, *PANIC.get(lang, ())),
        idioms=(*rules.idioms, *IDIOMS.get(lang, ())),
        emergency=emergency,
        given_away=(*rules.given_away, *prepared.get("given_away", ())),
        goodbyes=(*rules.goodbyes, *prepared.get("goodbyes", ())),
        finality=(*rules.finality, *prepared.get("finality", ())),
    )
