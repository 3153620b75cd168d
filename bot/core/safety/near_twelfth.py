"""Near misses of sets Z and AA, blanked with the idioms before the rules run
(ruleset.LanguageRules.idioms), over normalised text, in all eleven languages. The learned
reading then reads the blanked text too (reading.read.model_input), so the same words stop
raising its verdict. Five families, each a few narrow spans:

WORK — crisis words counted as cases at work or in study, without the writer saying a role
first: a shift with "two resuscitations and a suicide attempt", autopsies "one for an overdose",
a customer at the pharmacy asking for the lethal dose, a training on suicide-risk assessment, a
school essay on a poet's suicide. A work or study word first (shift, autopsy, patient,
customer, training, protocol, essay, thesis, book), then within one sentence and with no
first-person word between, an article, a number or a "about/of" and the crisis noun; nothing
first-person or "again/tonight" just after it. ("After my shift I want an overdose" keeps its
words: "my"/"I" stop the span; bare "suicidal thoughts" are no counted case.)

GAMES — game and sport terms: a chess "suicide attack", a "suicide mission" in a game, the
basketball drill "suicides", dying N times in a match.

EXERTION — out of breath or "thought I'd die" after a run, a match, a ride, flights of stairs:
a sport word, then within one sentence the breathless phrase (never "can't breathe", nor chest
pain, fainting, which stay for the rules).

THINGS — a device that "died" (phone, washing machine, laptop, battery, car), and processes
killed on a computer.

FOOD — an "overdose" of barbecue, sugar, chocolate, series: no medicine.

Every span is short and ends at the crisis words, so danger said beside it is still read: "the
shift was brutal, two overdoses, and I want to kill myself" keeps "I want to kill myself".
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.safety.past_and_others import OTHERS
from bot.core.safety.ruleset import LanguageRules

__all__ = ["NEAR_TWELFTH", "widened"]

# First-person words (in the gap of WORK they stop the span) and words that say "now, again".
_ME = {
    "en": r"i|me|my|myself|mine|im|again|tonight|still|too",
    "de": r"ich|mich|mir|mein\w*|selbst|wieder|heute nacht|immer noch|auch",
    "es": r"yo|me|mi|mis|conmigo|otra vez|de nuevo|esta noche|todavia|tambien",
    "fr": r"je|j|moi|mon|ma|mes|me|encore|ce soir|aussi",
    "it": r"io|mi|me|mio|mia|miei|di nuovo|ancora|stasera|anche",
    "pt": r"eu|me|mim|meu|minha|meus|de novo|ainda|hoje a noite|tambem",
    "nl": r"ik|me|mij|mijn|mezelf|weer|opnieuw|vannacht|vanavond|nog steeds|ook",
    "pl": r"ja|mnie|mi|moj\w*|siebie|sie|znowu|znow|dzis w nocy|nadal|tez",
    "ru": r"я|меня|мне|мой|моя|мои|себя|снова|опять|сегодня ночью|тоже",
    "uk": r"я|мене|мені|мій|моя|мої|себе|знову|сьогодні вночі|теж|також",
    "tr": r"ben|beni|bana|benim|kendim\w*|yine|tekrar|bu gece|hala|ben de",
}

# Words that put the crisis noun at work or in study.
_WORK_AT = {
    "en": r"(?:shifts?|night shift|on call|autops(?:y|ies)|post mortems?|resus(?:citations?)?"
    r"|cardiac arrests?|patients?|ward|icu|emergency room|ambulance|paramedics?|pharmacy"
    r"|pharmacist|customers?|clients?|callers?|calls|hotline|helpline|crisis line|psychiatry"
    r"|psych ward|training|seminar|lecture|course|workshop|module|protocol|essay|paper|thesis"
    r"|dissertation|homework|assignment|presentation|documentary|biography|book|novel|article"
    r"|asked me|asks me)",
    "de": r"(?:schicht|nachtschicht|dienst|nachtdienst|bereitschaft|einsatz|einsatze"
    r"|obduktion(?:en)?|autopsie(?:n)?|reanimation(?:en)?|patient(?:en|in|innen)?|station"
    r"|notaufnahme|rettungsdienst|rtw|apotheke|kunde|kunden|kundin|anrufer(?:in|innen)?"
    r"|anrufe|psychiatrie|fortbildung|schulung|seminar|vorlesung|kurs|protokoll|aufsatz"
    r"|referat|hausarbeit|facharbeit|bachelorarbeit|masterarbeit|doku|biografie|buch|roman"
    r"|fragte mich|fragt mich|fragte|fragt)",
    "es": r"(?:turno|guardia|autopsias?|reanimacion(?:es)?|pacientes?|urgencias|ambulancia"
    r"|farmacia|farmaceutic[oa]|clientes?|clienta|llamadas?|psiquiatria|formacion|capacitacion"
    r"|seminario|curso|taller|protocolo|ensayo|trabajo|tesis|tarea|redaccion|documental"
    r"|biografia|libro|novela|me pregunto|me pidio|me pregunta)",
    "fr": r"(?:garde|autopsies?|reanimations?|patients?|patientes?|urgences|samu|pharmacie"
    r"|pharmacien(?:ne)?|clients?|clientes?|appels?|psychiatrie|formation|seminaire|cours"
    r"|atelier|protocole|expose|dissertation|memoire|these|devoir|documentaire|biographie|livre"
    r"|roman|m a demande|m ont demande)",
    "it": r"(?:turno|guardia|autopsi[ae]|rianimazion[ei]|pazient[ei]|pronto soccorso|ambulanza"
    r"|farmacia|farmacista|client[ei]|chiamate|psichiatria|formazione|corso|seminario"
    r"|protocollo|tesina|tesi|tema|ricerca|compito|documentario|biografia|libro|romanzo"
    r"|mi ha chiesto|mi chiede|mi chiedono)",
    "pt": r"(?:plantao|turno|autopsias?|reanimac(?:ao|oes)|pacientes?|urgencias?|emergencia"
    r"|ambulancia|inem|samu|farmacia|farmaceutic[oa]|clientes?|chamadas|ligacoes|psiquiatria"
    r"|formacao|treinamento|curso|seminario|protocolo|trabalho|tcc|tese|redacao|monografia"
    r"|documentario|biografia|livro|romance|me perguntou|me pediu|me pergunta)",
    "nl": r"(?:dienst|nachtdienst|autopsie(?:s|en)?|reanimaties?|patienten|patient|seh"
    r"|ambulance|apotheek|apotheker|klant(?:en)?|bellers?|psychiatrie|training|cursus|scholing"
    r"|seminar|college|protocol|werkstuk|scriptie|essay|opdracht|spreekbeurt|documentaire"
    r"|biografie|boek|roman|vroeg me|vroeg mij)",
    "pl": r"(?:dyzur\w*|sekcj[aei]\w*|reanimacj\w*|pacjent\w*|sor|karetk\w*|aptec\w*|aptek\w*"
    r"|farmaceut\w*|klient\w*|psychiatri\w*|szkoleni\w*|kurs\w*|seminari\w*|protokol\w*"
    r"|wypracowani\w*|referat\w*|esej\w*|dokument\w*|biografi\w*|ksiazk\w*|powiesc\w*"
    r"|pyta(?:l|la|ja)? mnie|pytal|pytala|pytaja|pyta)",
    "ru": r"(?:смен[аеуы]|дежурств\w*|вскрыти\w*|реанимаци\w*|пациент\w*|скорой|скорая"
    r"|приемн\w*|аптек\w*|фармацевт\w*|клиент\w*|звонк\w*|психиатри\w*|тренинг\w*|семинар\w*"
    r"|курсов\w*|протокол\w*|лекци\w*|доклад\w*|реферат\w*|сочинени\w*|диплом\w*|книг\w*"
    r"|роман\w*|спрашивал[аи]?|спрашивает|спрашивают|спросил[аи]? (?:у )?меня)",
    "uk": r"(?:зміна|зміні|зміни|чергуван\w*|розтин\w*|реанімаці\w*|пацієнт\w*|швидкій|швидкої"
    r"|приймальн\w*|аптек\w*|аптец\w*|фармацевт\w*|клієнт\w*|дзвінк\w*|психіатрі\w*|тренінг\w*"
    r"|семінар\w*|курсов\w*|протокол\w*|лекці\w*|доповід\w*|реферат\w*|твір|твору|диплом\w*"
    r"|книг\w*|роман\w*|питав|питала|питали|питає|питають|спитал[аи]? (?:у )?мене"
    r"|спитав (?:у )?мене)",
    "tr": r"(?:nobet\w*|vardiya\w*|otopsi\w*|resusitasyon\w*|hastalar\w*|hastaya|hastanin"
    r"|acilde|acil servis\w*|ambulans\w*|eczane\w*|eczaci\w*|musteri\w*|arayan\w*"
    r"|psikiyatri\w*|egitim\w*|seminer\w*|protokol\w*|odev\w*|tez\w*|makale\w*|belgesel\w*"
    r"|biyografi\w*|kitap\w*|roman\w*)",
}

# What stands right before the crisis noun. COUNT: a number or "a" ("two resuscitations and an
# overdose"), after up to eight words. TOPIC: "about", "on" ("an essay on the suicide of"),
# within two words of the work word. ARTICLE: "the", a third person's, after either. CONJ: "and",
# after a topic ("questions about benzodiazepines and overdose").
_COUNT = {
    "en": r"an?|one|two|three|four|five|six|\d+|another|several",
    "de": r"eine?[nmrs]?|zwei|drei|vier|funf|\d+|noch eine?[nmrs]?|mehrere",
    "es": r"una?|unos|unas|dos|tres|cuatro|cinco|\d+|otra?",
    "fr": r"une?|deux|trois|quatre|cinq|\d+|autre|encore une?",
    "it": r"una?|uno|un|due|tre|quattro|cinque|\d+|altra?|altro",
    "pt": r"uma?|um|dois|duas|tres|quatro|cinco|\d+|outra?|outro",
    "nl": r"een|twee|drie|vier|vijf|\d+|nog een",
    "pl": r"jeden|jedna|jedno|jedno|dwa|dwie|trzy|cztery|piec|\d+|kolejn\w*",
    "ru": r"один|одна|одно|одну|два|две|три|четыре|пять|\d+|ещ[её] одн\w*",
    "uk": r"один|одна|одне|одну|два|дві|три|чотири|п ять|\d+|ще одн\w*",
    "tr": r"bir|iki|uc|dort|bes|\d+",
}
_TOPIC = {
    "en": r"on|about|of|over|regarding|for",
    "de": r"uber|zu|zum|zur|nach|von|vom|wegen",
    "es": r"sobre|de|del|por|acerca de",
    "fr": r"sur|de|du|des|d|a propos de|au sujet de",
    "it": r"su|sul|sulla|sulle|sugli|di|del|della|per",
    "pt": r"sobre|de|do|da|dos|das|pela|pelo|acerca de",
    "nl": r"over|van|naar|om",
    "pl": r"o|na temat|dotyczac\w*",
    "ru": r"о|об|про|по|насчет",
    "uk": r"про|щодо|з|о",
    "tr": r"(?!)",
}
_ARTICLE = {
    "en": r"the|his|her|their|its|this|that",
    "de": r"der|die|das|den|dem|des|seine?[nmrs]?|ihre?[nmrs]?|diese?[nmrs]?",
    "es": r"el|la|los|las|su|sus|este|esta",
    "fr": r"le|la|les|l|sa|son|ses|ce|cette",
    "it": r"il|lo|la|i|gli|le|l|suo|sua|suoi",
    "pt": r"o|a|os|as|seu|sua|esse|essa",
    "nl": r"de|het|zijn|haar|hun|die|deze",
    "pl": r"jego|jej|ich|tego|tej|tym",
    "ru": r"его|ее|их|этом|этой|том",
    "uk": r"його|її|їх|цей|цю|цього|цієї|той",
    "tr": r"(?!)",
}
_CONJ = {
    "en": "and|or",
    "de": "und|oder",
    "es": "y|o|e",
    "fr": "et|ou",
    "it": "e|o",
    "pt": "e|ou",
    "nl": "en|of",
    "pl": "i|lub|albo",
    "ru": "и|или",
    "uk": "і|й|та|або",
    "tr": "ve|veya",
}
# Danger of the writer's own near the case: a wish, a thought, an act, "me too".
_MINE = {
    "en": r"myself|my own|me too|i want|i wanna|i m going|im going|i will|i ll|i d|i ve been"
    r"|thinking (?:of|about)|tempted|took|taken|take|taking|swallowed",
    "de": r"selbst|ich auch|mir auch|will|mochte|denke|nehme|genommen|geschluckt|vor",
    "es": r"yo tambien|a mi|para mi|quiero|quisiera|pienso|tome|tomado|tomar|trague|mism[oa]",
    "fr": r"moi aussi|moi meme|pour moi|veux|voudrais|envie|pense|pris|prendre|avale",
    "it": r"anch io|anche io|io stess[oa]|per me|voglio|vorrei|penso|ho preso|preso|prendere"
    r"|ingoiato",
    "pt": r"eu tambem|eu mesm[oa]|pra mim|para mim|quero|queria|penso|tomei|tomar|engoli",
    "nl": r"ik ook|mezelf|voor mij|wil|denk|genomen|nemen|geslikt",
    "pl": r"ja tez|sam|sama|siebie|dla mnie|chce|chcialbym|chcialabym|mysle|wzial\w*|wziac"
    r"|lyknal\w*|zazyl\w*",
    "ru": r"я тоже|сам|сама|себя|себе|для меня|хочу|хотел\w*|думаю|подумываю|собираюсь"
    r"|принял\w*|принять|выпил\w*|выпить|наглотал\w*",
    "uk": r"я теж|сам|сама|себе|собі|для мене|хочу|хотів\w*|хотіл\w*|думаю|збираюс\w*"
    r"|прийняв\w*|прийняла|прийняти|випив\w*|випила|випити|наковтал\w*",
    "tr": r"ben de|kendim\w*|benim icin|istiyorum|isterdim|dusunuyorum|niyetim|aldim|ictim"
    r"|yuttum|almayi|almak",
}
# A lethal dose named by itself ("asked the lethal dose of"), within three words.
_DOSE = {
    "en": r"(?:lethal|fatal|deadly|toxic) doses?",
    "de": r"(?:todliche|letale|giftige)n? dosis",
    "es": r"dosis (?:letal|mortal|toxica)(?:es)?",
    "fr": r"doses? (?:mortelles?|letales?|toxiques?)",
    "it": r"dos[ei] (?:letal[ei]|mortal[ei]|tossic[ah]e?)",
    "pt": r"doses? (?:letal|letais|mortal|mortais|toxicas?)",
    "nl": r"(?:dodelijke|letale|toxische) dosis",
    "pl": r"(?:smiertel\w*|letaln\w*|toksyczn\w*) dawk\w*|dawk\w* (?:smiertel|letaln)\w*",
    "ru": r"(?:смертельн|летальн|токсичн)\w* доз\w*",
    "uk": r"(?:смертельн|летальн|токсичн)\w* доз\w*",
    "tr": r"(?:olumcul|oldurucu|toksik) doz\w*",
}

# The crisis nouns counted as cases (never a wish or a verb of the writer's).
_WORK_CASE = {
    "en": r"suicide attempts?|attempted suicides?|suicides?|overdoses?|ods|lethal doses?"
    r"|fatal doses?|suicidal (?:patients?|callers?|clients?|teens?|kids?|man|woman|guy|girl"
    r"|boy|people|risk)|suicide risk|risk of suicide|self harm|self harming",
    "de": r"suizidversuch\w*|suizid(?:e|en|es|fall|falle|risiko\w*|alitat)?|selbstmord(?:versuch"
    r"\w*|e|en|es|fall|falle|risiko\w*)?|uberdosis|uberdosen|overdose|todliche dosis"
    r"|letale dosis|suizidal\w* (?:patient\w*|anrufer\w*|menschen|jugendlich\w*)",
    "es": r"intentos? de suicidio|suicidios?|sobredosis|dosis letal(?:es)?|dosis mortal(?:es)?"
    r"|riesgo suicida|riesgo de suicidio|pacientes? suicidas?|autolesion(?:es)?",
    "fr": r"tentatives? de suicide|ts|suicides?|overdoses?|surdoses?|doses? mortelles?"
    r"|doses? letales?|risque suicidaire|risque de suicide|patients? suicidaires?"
    r"|automutilations?",
    "it": r"tentativ[oi] di suicidio|suicidi[oi]?|overdose|dose letale|dosi letali"
    r"|dose mortale|rischio suicidario|rischio di suicidio|pazient[ei] suicidar[ie]"
    r"|autolesionismo",
    "pt": r"tentativas? de suicidio|suicidios?|overdoses?|sobredoses?|doses? letal|doses? letais"
    r"|doses? mortal|doses? mortais|risco de suicidio|risco suicida|pacientes? suicidas?"
    r"|automutilac(?:ao|oes)",
    "nl": r"zelfmoordpoging(?:en)?|suicidepoging(?:en)?|zelfmoord(?:en)?|suicide|overdosis"
    r"|overdoses|dodelijke dosis|suiciderisico|suicidale (?:patienten|patient|bellers?)"
    r"|zelfbeschadiging",
    "pl": r"prob\w* samobojcz\w*|samobojstw\w*|przedawkowani\w*|dawk\w* smiertel\w*"
    r"|smiertel\w* dawk\w*|ryzyk\w* samobojcz\w*|samookaleczen\w*",
    "ru": r"попыт\w* суицида|попыт\w* самоубийства|суицид\w*|самоубийств\w*|передоз\w*"
    r"|смертельн\w* доз\w*|летальн\w* доз\w*|суицидальн\w* риск\w*|риск\w* суицида",
    "uk": r"спроб\w* суїциду|спроб\w* самогубства|суїцид\w*|самогубств\w*|передоз\w*"
    r"|смертельн\w* доз\w*|летальн\w* доз\w*|суїцидальн\w* ризик\w*|ризик\w* суїциду",
    "tr": r"intihar girisim\w*|intihar vaka\w*|intihar riski\w*|intiharl\w*|asiri doz\w*"
    r"|doz asim\w*|olumcul doz\w*",
}


def _mine(lang: str) -> str:
    """The writer's own danger in `lang`, and in English, which every language borrows from
    ("kill", "overdose", "suicide"): every language's idioms are tried on every message."""
    if lang == "en":
        return _MINE["en"]
    return f"{_MINE[lang]}|{_MINE['en']}"


def _me(lang: str) -> str:
    """First-person words of `lang` and of English ("i" is "and" in Polish, "the" in Italian)."""
    if lang == "en":
        return _ME["en"]
    english = _ME["en"].removeprefix("i|") if lang in ("it", "pl") else _ME["en"]
    return f"{_ME[lang]}|{english}"


def _work(lang: str) -> tuple[str, ...]:
    stop = rf"{_me(lang)}|{_mine(lang)}"
    word = rf"(?:(?!(?:{stop}|[.!?]+) )\S+ )"
    count, topic, article = _COUNT[lang], _TOPIC[lang], _ARTICLE[lang]
    lead = (
        rf"(?:{word}{{0,8}}?(?:{count}) (?:(?:{topic}|{article}) ){{0,2}}"
        rf"|{word}{{0,2}}?(?:{topic}) (?:(?:{article}) )?"
        rf"|{word}{{0,8}}?(?:{topic}) {word}{{0,2}}?(?:{_CONJ[lang]}) )"
    )
    # Nor the writer's own danger soon after, in the next sentence too ("paramedic here, two
    # overdoses tonight. sometimes I think about doing it myself"): past_and_others' words.
    danger = OTHERS[lang].danger
    after = (
        rf"(?![^.!?]{{0,40}}(?<!\w)(?:{_mine(lang)})(?!\w))"
        rf"(?!.{{0,160}}?(?<!\w)(?:{danger})(?!\w))"
    )
    return (
        rf"{_WORK_AT[lang]} {lead}(?:{_WORK_CASE[lang]})\b{after}",
        rf"{_WORK_AT[lang]} {word}{{0,3}}?(?:(?:{article}) )?(?:{_DOSE[lang]})\b{after}",
    )


# Training on suicide risk, either order: "suicide risk assessment protocol".
_TRAINING = {
    "en": (
        r"suicid\w* (?:risk|prevention) (?:assessments?|protocols?|training|screening|scales?"
        r"|modules?|course|workshop|seminar|guidelines?)\b",
    ),
    "de": (
        r"(?:suizid|selbstmord)\w*?\s*(?:risiko|pravention|abklarung)\w*?"
        r"\s*(?:einschatzung|protokoll|schulung|fortbildung|leitlinie|skala|screening)\w*\b",
    ),
    "es": (
        r"(?:protocolo|evaluacion|formacion|curso|taller|escala) (?:de |del |sobre )?"
        r"(?:evaluacion (?:del |de )?)?(?:riesgo suicida|riesgo de suicidio"
        r"|prevencion del suicidio)\b",
    ),
    "fr": (
        r"(?:protocole|evaluation|formation|cours|atelier|echelle) (?:d |de |du |sur )?"
        r"(?:(?:l )?evaluation (?:du |de )?)?(?:risque suicidaire|risque de suicide"
        r"|prevention du suicide)\b",
    ),
    "it": (
        r"(?:protocollo|valutazione|formazione|corso|scala) (?:di |del |della |sul |sulla )?"
        r"(?:valutazione (?:del |di )?)?(?:rischio suicidario|rischio di suicidio"
        r"|prevenzione del suicidio)\b",
    ),
    "pt": (
        r"(?:protocolo|avaliacao|formacao|treinamento|curso|escala) (?:de |do |da |sobre )?"
        r"(?:avaliacao (?:do |de )?)?(?:risco suicida|risco de suicidio"
        r"|prevencao do suicidio)\b",
    ),
    "nl": (
        r"(?:suicide|zelfmoord)(?:risico|preventie)\w*"
        r"\s*(?:inschatting|protocol|training|cursus|scholing|screening)\w*\b",
    ),
    "pl": (
        r"(?:protokol\w*|ocen\w*|szkoleni\w*|kurs\w*|skal\w*) (?:z |o |dotyczac\w* )?"
        r"(?:ocen\w* )?(?:ryzyk\w* samobojcz\w*|ryzyk\w* samobojstw\w*"
        r"|prewencj\w* samobojstw\w*|zapobiegani\w* samobojstw\w*)\b",
    ),
    "ru": (
        r"(?:протокол\w*|оценк\w*|тренинг\w*|курс\w*|шкал\w*) (?:по |о )?(?:оценк\w* )?"
        r"(?:суицидальн\w* риск\w*|риск\w* суицида|профилактик\w* суицида)\b",
    ),
    "uk": (
        r"(?:протокол\w*|оцінк\w*|оцінюван\w*|тренінг\w*|курс\w*|шкал\w*) (?:з |щодо |про )?"
        r"(?:оцінк\w* |оцінюван\w* )?(?:суїцидальн\w* ризик\w*|ризик\w* суїциду"
        r"|профілактик\w* суїциду)\b",
    ),
    "tr": (
        r"intihar (?:riski|riskinin|riskini|onleme)\w*\s*(?:degerlendirme\w*|protokol\w*)\b",
        # Turkish puts the topic first: "someone's suicide, on it an essay".
        r"(?:intihar|intihari|intiharini|intiharlar\w*) (?:uzerine|hakkinda|konulu|ile ilgili)"
        r" (?:\S+ )?(?:odev|tez|makale|belgesel|kitap|sunum|proje|arastirma|rapor"
        r"|kompozisyon)\w*\b",
    ),
}

# Game and sport terms: a chess "suicide attack", the drill "suicides", dying N times.
_GAMES = {
    "en": (
        r"suicide (?:attacks?|squeezes?|kings?|doors?|chess|runs?|sprints?|drills?|missions?"
        r"|squad|moves?|push|pass)\b",
        # The basketball drill: "suicides" after "ran", "run", "running" (begins at the
        # drill, not at the common verb).
        r"suicides\b(?:(?<=\bran[ ]suicides)|(?<=\brun[ ]suicides)|(?<=running[ ]suicides))",
        r"(?:died|dead) (?:like )?(?:\d+|five|ten|twenty|a dozen|so many) times\b",
        r"kamikaze\w*",
    ),
    "de": (
        r"selbstmord(?:angriff|attacke|kommando|mission|zug|schach|tur)\w*",
        r"kamikaze\w*",
        r"(?:mal|zehnmal|zwanzigmal|funfmal|hundertmal) gestorben\b",
    ),
    "es": (
        r"(?:ataque|jugada|mision|escuadron|movimiento|sacrificio|carrera) suicidas?\b",
        r"(?:mori|muerto|me mataron) (?:como )?(?:\d+|diez|veinte|mil) veces\b",
        r"kamikaze\w*",
    ),
    "fr": (
        r"(?:attaque|mission|coup|sacrifice|course) suicides?\b",
        r"suicide squad\b",
        r"(?:mort|morte|creve|crevee|tue|tuee) (?:genre )?(?:\d+|dix|vingt|mille) fois\b",
        r"kamikaze\w*",
        # A sad ending that "finished me off": worn out by a book or a film.
        r"m a (?:completement |carrement |definitivement )?achevee?s?\b",
    ),
    "it": (
        r"(?:attacco|mossa|missione|squadra|sacrificio) suicida\b",
        r"(?:morto|morta|ucciso|uccisa) (?:tipo )?(?:\d+|dieci|venti|mille) volte\b",
        r"kamikaze\w*",
    ),
    "pt": (
        r"(?:ataque|jogada|missao|esquadrao|lance|sacrificio) suicidas?\b",
        r"(?:morri|morto|morta|me mataram) (?:tipo )?(?:\d+|dez|vinte|mil) vezes\b",
        r"kamikaze\w*",
    ),
    "nl": (
        r"zelfmoord(?:aanval|actie|missie|zet|squad|sprint)\w*",
        r"keer (?:dood gegaan|doodgegaan)\b",
        r"kamikaze\w*",
    ),
    "pl": (
        r"(?:samobojcz\w* (?:atak\w*|akcj\w*|misj\w*|ruch\w*|szarz\w*))\b",
        r"(?:atak\w*|akcj\w*|misj\w*|ruch\w*) samobojcz\w*\b",
        r"(?:zginal\w*|umarl\w*|padl\w*) (?:z )?(?:\d+|dziesiec|dwadziescia) razy\b",
        r"kamikaze\w*",
    ),
    "ru": (
        r"самоубийственн\w* (?:атак\w*|ход\w*|мисси\w*|жертв\w*)\b",
        r"(?:умер|умерла|сдох|сдохла|слился|слилась|погиб) (?:раз )?(?:\d+|десять|двадцать)"
        r" раз\w*\b",
        r"камикадзе",
    ),
    "uk": (
        r"самогубн\w* (?:атак\w*|хід|ходи|місі\w*|жертв\w*)\b",
        r"(?:помер|померла|вмер|вмерла|здох|здохла|загинув|загинула) (?:раз )?(?:\d+|десять"
        r"|двадцять) раз\w*\b",
        r"камікадзе",
    ),
    "tr": (
        r"intihar (?:saldirisi|atagi|hamlesi|gorevi|mangasi)\w*",
        r"kamikaze\w*",
        r"(?:kere|kez|defa) (?:oldum|olduk)\b",
    ),
}

# A sport or a climb, then within one sentence breathless or "thought I'd die".
_SPORT = {
    "en": r"(?:run|ran|running|jog|jogging|marathon|half marathon|sprints?|intervals|hiit"
    r"|workout|gym|training|spin class|crossfit|bike ride|cycling|ride|football|soccer|match"
    r"|game|practice|hike|hiking|climb|stairs|flights of stairs|floors|laps|swim|swimming"
    r"|race|leg day)",
    "de": r"(?:lauf\w*|gelaufen|joggen|gejoggt|marathon|halbmarathon|sprints?|intervall\w*"
    r"|training|workout|fitnessstudio|gym|radtour|radfahren|rad|fussball|spiel|wanderung"
    r"|treppen|stockwerke|stock|etagen|schwimmen|rennen|crossfit|hiit|beintag)",
    "es": r"(?:correr|corri|carrera|maraton|media maraton|sprints?|series|intervalos|entreno"
    r"|entrenamiento|gimnasio|gym|bici|bicicleta|ciclismo|futbol|partido|partidillo|caminata"
    r"|senderismo|escaleras|pisos|natacion|crossfit|hiit|spinning)",
    "fr": r"(?:course|courir|couru|footing|jogging|marathon|semi|fractionne|sprints?|seance"
    r"|entrainement|salle|muscu|velo|foot|match|rando|randonnee|escaliers|etages|natation"
    r"|crossfit|hiit|spinning)",
    "it": r"(?:corsa|correre|corso|maratona|mezza maratona|sprint|ripetute|allenamento|palestra"
    r"|bici|ciclismo|calcetto|calcio|partita|escursione|scale|piani|nuoto|crossfit|hiit"
    r"|spinning)",
    "pt": r"(?:corrida|correr|corri|maratona|meia maratona|tiros|sprints?|intervalado|treino"
    r"|academia|ginasio|bike|bicicleta|pedal|futebol|pelada|jogo|trilha|escadas|andares"
    r"|natacao|crossfit|hiit|spinning)",
    "nl": r"(?:hardlopen|hardgelopen|rennen|marathon|halve marathon|sprints?|intervallen"
    r"|training|sportschool|gym|fietstocht|fietsen|wielrennen|voetbal|wedstrijd|wandeling"
    r"|trappen|verdiepingen|zwemmen|crossfit|hiit|spinning)",
    "pl": r"(?:bieg\w*|biegal\w*|przebiegl\w*|maraton\w*|polmaraton\w*|sprint\w*|interwal\w*"
    r"|trening\w*|silowni\w*|rower\w*|pilk\w*|mecz\w*|wycieczk\w*|schod\w*|pieter\w*"
    r"|plywani\w*|crossfit\w*|spinning\w*)",
    "ru": r"(?:пробежк\w*|бег\w*|пробежал\w*|марафон\w*|полумарафон\w*|спринт\w*|интервал\w*"
    r"|тренировк\w*|зале|велосипед\w*|велотренировк\w*|футбол\w*|матч\w*|поход\w*|лестниц\w*"
    r"|этаж\w*|плавани\w*|кроссфит\w*)",
    "uk": r"(?:пробіжк\w*|біг\w*|пробіг\w*|марафон\w*|півмарафон\w*|спринт\w*|інтервал\w*"
    r"|тренуван\w*|залі|велосипед\w*|велотренуван\w*|велопрогулянк\w*|футбол\w*|матч\w*"
    r"|поход\w*|сход\w*|поверх\w*|плаван\w*|кросфіт\w*)",
    "tr": r"(?:kosu\w*|kostum|maraton\w*|yari maraton\w*|sprint\w*|antrenman\w*|spor salonu\w*"
    r"|bisiklet\w*|futbol\w*|mac|maci|macta|mactan|macin|hali saha\w*|halisaha\w*|yuruyus\w*"
    r"|merdiven\w*|kat|kati|kata|katta"
    r"|yuzme\w*|crossfit\w*|hiit)",
}

_BREATHLESS = {
    "en": r"(?:out of breath|breathless|winded|gasping(?: for air)?|huffing and puffing"
    r"|couldn t catch my breath|thought i d die|thought i was (?:going to|gonna) die"
    r"|thought i would die|nearly died|almost died|i m dead|i was dead|im dead)",
    "de": r"(?:ausser atem|atemlos|aus der puste|keine luft mehr|dachte ich sterbe|dachte ich"
    r" sterb|dachte ich muss sterben|fast gestorben|bin tot|war tot|fix und fertig)",
    "es": r"(?:sin aliento|sin aire|sin fuego|ahogad[oa]|jadeando|pense que me moria"
    r"|crei que me moria|casi me muero|estoy muert[oa]|estaba muert[oa]|reventad[oa])",
    "fr": r"(?:a bout de souffle|essouffle\w*|hors d haleine|sans souffle|j ai cru mourir"
    r"|cru que j allais mourir|failli mourir|je suis mort|je suis morte|j etais mort|j etais morte"
    r"|creve|crevee)",
    "it": r"(?:senza fiato|col fiatone|con il fiatone|fiatone|pensavo di morire|credevo di morire"
    r"|quasi morto|quasi morta|sono mort[oa]|ero mort[oa]|distrutt[oa])",
    "pt": r"(?:sem folego|sem ar|ofegante|bofando|achei que ia morrer|pensei que ia morrer"
    r"|quase morri|estou mort[oa]|tava mort[oa]|to mort[oa]|acabad[oa])",
    "nl": r"(?:buiten adem|buitenadem|ademloos|hijgend|dacht dat ik doodging|dacht dat ik dood"
    r"ging|bijna dood|kapot|ik ben dood|was dood)",
    "pl": r"(?:zadyszk\w*|bez tchu|zero tchu|brak tchu|ledwo dysz\w*|zdyszan\w*"
    r"|myslal\w* ze umre|myslal\w* ze zejde|prawie umarl\w*|padniet\w*|jestem martw\w*)",
    "ru": r"(?:задыхал\w*|запыхал\w*|одышк\w*|без дыхания|дыхани\w* сбил\w*|думал\w* умру"
    r"|думал\w* сдохну|чуть не умер\w*|чуть не сдох\w*)",
    "uk": r"(?:задихав\w*|захекав\w*|захекан\w*|задишк\w*|без дихання|подих\w* збил\w*"
    r"|думав\w* помру|думал\w* помру|думав\w* здохну|ледь не помер\w*|ледь не здох\w*)",
    "tr": r"(?:nefesim kesildi|nefes nefese|nefessiz|solum kesildi|soluk soluga|olecegimi"
    r" sandim|olecegim sandim|oluyordum|az kalsin oluyordum|oldum bittim)",
}


def _exertion(lang: str) -> tuple[str, ...]:
    gap = r"(?:(?![.!?]+ )\S+ ){0,8}?"
    return (rf"{_SPORT[lang]} {gap}{_BREATHLESS[lang]}\b",)


# Devices that "died", and processes killed on a computer.
_THINGS = {
    "en": (
        r"(?:phone|laptop|battery|batteries|washing machine|washer|dryer|fridge|freezer|car"
        r"|engine|printer|router|tv|console|charger|headphones|kettle|coffee machine|server"
        r"|hard drive|disk|computer|pc|mouse|keyboard|tablet|ipad|iphone|watch|plant|plants)"
        r" (?:\S+ ){0,2}?(?:died|dead|is dying|has died|just died|gave up|killed itself)\b",
        r"(?:kill|killed|killing|kills) (?:\S+ ){0,4}?(?:process(?:es)?|tasks?|jobs?|threads?"
        r"|containers?|pods?|servers?|the app|daemons?)\b",
        r"zombie process(?:es)?\b",
    ),
    "de": (
        r"(?:handy|akku|laptop|waschmaschine|trockner|kuhlschrank|auto|motor|drucker|router"
        r"|fernseher|konsole|ladegerat|kopfhorer|wasserkocher|kaffeemaschine|server|festplatte"
        r"|rechner|computer|pc|tablet|uhr|pflanze|pflanzen) (?:\S+ ){0,2}?(?:gestorben|tot"
        r"|hinuber|hin|abgekratzt|verreckt|den geist aufgegeben)\b",
        r"(?:prozess\w*|tasks?|jobs?|threads?|container) (?:\S+ ){0,2}?(?:gekillt|abgeschossen"
        r"|getotet|killen)\b",
    ),
    "es": (
        r"(?:movil|celular|telefono|bateria|portatil|lavadora|secadora|nevera|heladera|coche"
        r"|carro|auto|motor|impresora|router|tele|consola|cargador|cascos|auriculares|cafetera"
        r"|servidor|disco duro|ordenador|computadora|pc|tablet|reloj|planta|plantas)"
        r" (?:\S+ ){0,2}?(?:murio|se murio|muerto|muerta|la palmo|se mato|esta muert[oa])\b",
        r"(?:mate|matar|matando) (?:\S+ ){0,4}?(?:procesos?|tareas?|hilos?|servidor\w*)\b",
    ),
    "fr": (
        r"(?:telephone|portable|tel|batterie|laptop|ordi|ordinateur|machine a laver|lave linge"
        r"|seche linge|frigo|voiture|moteur|imprimante|box|routeur|tele|console|chargeur"
        r"|casque|bouilloire|cafetiere|serveur|disque dur|pc|tablette|montre|plante|plantes)"
        r" (?:\S+ ){0,2}?(?:mort|morte|morts|est mort|a rendu l ame|a lache|creve|crevee)\b",
        r"(?:tue|tuer|tuant|kill) (?:\S+ ){0,4}?(?:process(?:us)?|taches?|threads?|serveurs?)\b",
    ),
    "it": (
        r"(?:telefono|cellulare|batteria|portatile|lavatrice|asciugatrice|frigo|macchina|auto"
        r"|motore|stampante|router|tv|console|caricatore|cuffie|bollitore|caffettiera|server"
        r"|hard disk|computer|pc|tablet|orologio|pianta|piante) (?:\S+ ){0,2}?(?:morto|morta"
        r"|morti|e morto|e morta|defunt[oa]|schiattat[oa])\b",
        r"(?:ucciso|uccidere|killato|killare) (?:\S+ ){0,4}?(?:process[oi]|task|thread"
        r"|server)\b",
    ),
    "pt": (
        r"(?:celular|telemovel|telefone|bateria|notebook|portatil|maquina de lavar|lavadora"
        r"|secadora|geladeira|frigorifico|carro|motor|impressora|roteador|router|tv|console"
        r"|carregador|fones?|chaleira|cafeteira|servidor|hd|computador|pc|tablet|relogio"
        r"|planta|plantas) (?:\S+ ){0,2}?(?:morreu|morto|morta|pifou|bateu as botas)\b",
        r"(?:matei|matar|matando) (?:\S+ ){0,4}?(?:processos?|tarefas?|threads?|servidor\w*)\b",
    ),
    "nl": (
        r"(?:telefoon|mobiel|accu|batterij|laptop|wasmachine|droger|koelkast|auto|motor|printer"
        r"|router|tv|console|oplader|koptelefoon|waterkoker|koffiezetapparaat|server|harde schijf"
        r"|computer|pc|tablet|horloge|plant|planten) (?:\S+ ){0,2}?(?:dood|overleden"
        r"|gestorven|kapot|de geest gegeven)\b",
        r"(?:gekilld|killen|kill) (?:\S+ ){0,4}?(?:process(?:en)?|taken|threads?|servers?)\b",
        r"(?:process(?:en)?|taken|threads?) (?:\S+ ){0,2}?(?:gekilld|afgeschoten)\b",
    ),
    "pl": (
        r"(?:telefon\w*|komork\w*|bateri\w*|laptop\w*|pralk\w*|suszark\w*|lodowk\w*|samochod\w*"
        r"|aut[oa]|silnik\w*|drukark\w*|router\w*|telewizor\w*|konsol\w*|ladowark\w*|sluchawk\w*"
        r"|czajnik\w*|ekspres\w*|serwer\w*|dysk\w*|komputer\w*|tablet\w*|zegarek\w*|roslin\w*"
        r"|kwiat\w*) (?:\S+ ){0,2}?(?:umarl[aoy]?|zdechl[aoy]?|padl[aoy]?|nie zyje|wyzional\w*)\b",
        r"(?:zabil\w*|zabija\w*|ubil\w*|killowal\w*) (?:\S+ ){0,4}?(?:proces\w*|task\w*"
        r"|watk\w*|serwer\w*)\b",
    ),
    "ru": (
        r"(?:телефон\w*|смартфон\w*|мобильник\w*|батаре\w*|аккумулятор\w*|ноутбук\w*|ноут\w*"
        r"|стиралк\w*|стиральн\w* машин\w*|сушилк\w*|холодильник\w*|машин[аы]|двигател\w*"
        r"|принтер\w*|роутер\w*|телевизор\w*|телик\w*|консол\w*|зарядк\w*|наушник\w*|чайник\w*"
        r"|кофемашин\w*|сервер\w*|диск\w*|комп\w*|планшет\w*|часы|цвет[оы]к\w*|растени\w*)"
        r" (?:\S+ ){0,2}?(?:умер|умерла|умерли|сдох|сдохла|сдохли|сдыхает|помер|померла"
        r"|накрыл\w*|гикнул\w*|приказал\w* долго жить)\b",
        r"(?:умер|умерла|сдох|сдохла|сдохли) (?:\S+ )?(?:телефон\w*|ноутбук\w*|ноут|стиралк\w*"
        r"|холодильник\w*|аккумулятор\w*|комп\w*|роутер\w*|принтер\w*|телик)\b",
        r"(?:убил\w*|убива\w*|кильнул\w*|прибил\w*) (?:\S+ ){0,4}?(?:процесс\w*|задач\w*"
        r"|поток\w*|сервер\w*)\b",
    ),
    "uk": (
        r"(?:телефон\w*|смартфон\w*|мобільн\w*|батаре\w*|акумулятор\w*|ноутбук\w*|ноут\w*"
        r"|пральн\w* машин\w*|пралк\w*|сушарк\w*|холодильник\w*|машин[аи]|двигун\w*|принтер\w*"
        r"|роутер\w*|телевізор\w*|консол\w*|зарядк\w*|навушник\w*|чайник\w*|кавоварк\w*"
        r"|сервер\w*|диск\w*|комп\w*|планшет\w*|годинник\w*|квітк\w*|рослин\w*)"
        r" (?:\S+ ){0,2}?(?:помер|померла|померли|вмер|вмерла|здох|здохла|здохли|накрив\w*"
        r"|накрил\w*|наказав\w* довго жити)\b",
        r"(?:помер|вмер|вмерла|здох|здохла) (?:\S+ )?(?:телефон\w*|ноутбук\w*|ноут|пралк\w*"
        r"|холодильник\w*|акумулятор\w*|комп\w*|роутер\w*|принтер\w*)\b",
        r"(?:вбив\w*|вбива\w*|кільнув\w*|прибив\w*) (?:\S+ ){0,4}?(?:процес\w*|задач\w*"
        r"|потік\w*|потоки|сервер\w*)\b",
    ),
    "tr": (
        r"(?:telefon\w*|sarj\w*|batarya\w*|pil\w*|laptop\w*|bilgisayar\w*|camasir makinesi\w*"
        r"|kurutma makinesi\w*|buzdolab\w*|araba\w*|motor\w*|yazici\w*|modem\w*|televizyon\w*"
        r"|konsol\w*|kulaklik\w*|kettle\w*|kahve makinesi\w*|sunucu\w*|disk\w*|tablet\w*|saat\w*"
        r"|bitki\w*|cicek\w*) (?:\S+ ){0,2}?(?:oldu|olmus|gebermis|gebercek|vefat etti"
        r"|ruhunu teslim etti)\b",
        r"(?:process\w*|surec\w*|islem\w*|task\w*) (?:\S+ ){0,2}?(?:oldurdum|oldurmek|kill"
        r"(?:ledim|lemek))\b",
    ),
}

# An "overdose" of food, sugar or series: no medicine.
_FOOD = {
    "en": (
        r"(?:overdos\w*|od d|od ing) (?:on|of) (?:\S+ )?(?:pizza|sugar|chocolate|candy|sweets"
        r"|carbs|bbq|barbecue|cake|food|junk food|fries|burgers?|cheese|ice cream|cookies"
        r"|meat|tacos|sushi|pasta|series|tv|youtube|tiktok|work)\b",
        r"(?:sugar|chocolate|carb|food|pizza|bbq|cheese|candy|netflix|tv) (?:overdose|od)\b",
    ),
    "de": (
        r"(?:zucker|schoko|schokoladen|pizza|fleisch|grill|kase|kuchen|suss|serien|netflix)"
        r"\s*(?:uberdosis|overdose)\b",
        r"(?:uberdosis|overdose) (?:an |von )?(?:zucker|schokolade|pizza|fleisch|grillfleisch"
        r"|kase|kuchen|susskram|sussigkeiten|serien|netflix|arbeit)\b",
    ),
    "es": (
        r"(?:sobredosis|overdose) de (?:\S+ )?(?:azucar|chocolate|dulces?|comida|pizza|carne"
        r"|asado|barbacoa|queso|tarta|pastel|helado|galletas|chuches|series|netflix|trabajo)\b",
    ),
    "fr": (
        r"(?:overdose|surdose) de (?:\S+ )?(?:sucre|chocolat|bonbons|bouffe|nourriture|pizza"
        r"|viande|barbecue|fromage|raclette|gateau|glace|biscuits|series|netflix|boulot"
        r"|travail)\b",
    ),
    "it": (
        r"(?:overdose|sovradosaggio) di (?:\S+ )?(?:zuccheri|zucchero|cioccolato|dolci|cibo"
        r"|pizza|carne|grigliata|formaggio|torta|gelato|biscotti|serie|netflix|lavoro)\b",
    ),
    "pt": (
        r"(?:overdose|sobredose) de (?:\S+ )?(?:churrasco|acucar|chocolate|doces?|comida|pizza"
        r"|carne|queijo|bolo|sorvete|gelado|biscoitos?|brigadeiro|series|netflix|trabalho)\b",
    ),
    "nl": (
        r"(?:overdosis|overdose) (?:aan )?(?:\S+ )?(?:suiker|chocolade|snoep|eten|pizza|vlees"
        r"|bbq|barbecue|kaas|taart|ijs|koekjes|series|netflix|werk)\b",
        r"(?:suiker|chocolade|snoep|pizza|bbq|kaas|netflix)\s*(?:overdosis|overdose)\b",
    ),
    "pl": (
        r"(?:przedawkowal\w*|overdose|przedawkowanie) (?:\S+ )?(?:slodycz\w*|cukr?\w*"
        r"|czekolad\w*|jedzeni\w*|pizz\w*|mies\w*|grill\w*|ser\w*|ciast\w*|lod\w*|seriali?\w*"
        r"|netflix\w*|prac\w*)\b",
    ),
    "ru": (
        r"(?:передоз\w*|передозировк\w*) (?:\S+ )?(?:сладк\w*|сахар\w*|шоколад\w*|еды|едой"
        r"|пицц\w*|шашлык\w*|мяс\w*|сыр\w*|торт\w*|мороженым|мороженого|печень\w*|сериал\w*"
        r"|нетфликс\w*|работ\w*)\b",
    ),
    "uk": (
        r"(?:передоз\w*|передозуван\w*) (?:\S+ )?(?:солодк\w*|цукр\w*|шоколад\w*|їжі|їжею"
        r"|піц\w*|шашлик\w*|м яс\w*|сир\w*|торт\w*|морозив\w*|печив\w*|серіал\w*|нетфлікс\w*"
        r"|робот\w*)\b",
    ),
    "tr": (
        r"(?:seker|tatli|cikolata|kebap|mangal|pizza|yemek|dizi|netflix) (?:overdozu|overdose"
        r"|doz asimi|komasi)\w*\b",
    ),
}

_LANGS = ("en", "de", "es", "fr", "it", "pt", "nl", "pl", "ru", "uk", "tr")


def _s(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """A space in a pattern stands for one space or more (normalised text has single ones)."""
    return tuple(p.replace(" ", r"\s+") for p in patterns)


def _near(lang: str) -> tuple[str, ...]:
    # Two words at most between a device and its dying, or a "kill" and the process: never a
    # first-person word ("kill myself over jobs" is no process killed).
    word = rf"(?:(?!(?:{_me(lang)}) )\S+ )"
    things = tuple(
        p.replace(r"(?:\S+ ){0,2}?", word + "{0,2}?").replace(r"(?:\S+ ){0,4}?", word + "{0,4}?")
        for p in _THINGS[lang]
    )
    return _s((*_work(lang), *_TRAINING[lang], *_GAMES[lang], *_exertion(lang), *things))


NEAR_TWELFTH: dict[str, tuple[str, ...]] = {
    lang: (*_near(lang), *_s(_FOOD[lang])) for lang in _LANGS
}


def widened(rules: LanguageRules) -> LanguageRules:
    """`rules` with its language's near misses of sets Z and AA among the idioms."""
    return replace(rules, idioms=(*rules.idioms, *NEAR_TWELFTH.get(rules.language, ())))
