"""More words that hold crisis words at a distance (distance.py), from set R: a book's suicide
discussed in class, a game's death by one's own grenade, a training on overdoses, and
self-harm long over told by its age ("at 16") and "stable now" or "years without".

Frames here are a lesson or a class, a game, a course; topics are someone else's suicide (his,
hers, the character's, "discussed the suicide"), an overdose as a course's subject, and a death
in a game said in the first person past ("suicided with the grenade launcher"), which nobody
can say of a real one. Each language's tuples are added to its `Distance` in distance.py.
"""

from __future__ import annotations

__all__ = ["FRAMES", "PAST", "PAST_TOPICS", "RECOVERED", "TOPICS"]

# A game's death said in the first person past, with the game beside it (a frame below).
_GAME = (
    r"(?:game|gaming|videogame|video\s+game|zombies?|respawn\w*|level|boss|fortnite|minecraft"
    r"|roblox|warzone|valorant|gta|cod|halo|apex|pubg|speedrun\w*|lanzagranadas|granada"
    r"|lanciagranate|granata|grenade|granaat|granat\w*|granatnik\w*|гранат\w*|granatwerfer"
    r"|videojuego|juego|jogo|gioco|videogioco|partita|partida|spiel|spielen|zocken|jeu|gra|grze"
    r"|oyun\w*|bomba\w*|игр\w*|гра|грі|гри|грою|гру|ігри|іграх)"
)

FRAMES: dict[str, tuple[str, ...]] = {
    "en": (rf"{_GAME}\b", r"(?:class|lesson|pupils|students|year\s+\d+|grade\s+\d+|english"
           r"\s+lit\w*|literature)\b",
           # Set S: a crime drama, a detective series, a murder mystery.
           r"(?:crime\s+(?:drama|show|series)|detective\s+(?:show|series|drama)|cop\s+show"
           r"|murder\s+mystery|whodunn?it|netflix|tv\s+show|csi)\b"),
    "de": (rf"{_GAME}\b", r"(?:schuler\w*|unterricht\w*|klasse\w*|zehnten|deutschstunde|lekture"
           r"|literatur\w*|lesen|gelesen)\b",
           # Set S: "gestern Tatort geguckt", a Krimi.
           r"(?:tatort|krimi\w*|polizeiruf|netflix|staffel|mordfall|kommissar\w*)\b"),
    "es": (rf"{_GAME}\b", r"(?:alumnos|alumnas|estudiantes|literatura|leyendo|lectura)\b"),
    "fr": (rf"{_GAME}\b", r"(?:eleves|classe|litterature|lecture|etudiants)\b"),
    "it": (rf"{_GAME}\b", r"(?:classe|alunni|studenti|letteratura|lettura|aggiornamento)\b"),
    "pt": (rf"{_GAME}\b", r"(?:turma|alunos|alunas|estudantes|literatura|leitura)\b"),
    "nl": (rf"{_GAME}\b", r"(?:klas|les|leerlingen|studenten|literatuur|lezen|boekbespreking)\b",
           r"(?:detective\w*|misdaad\w*|politieserie\w*|krimi|netflix|baantjer|flikken)\b"),
    "pl": (rf"{_GAME}\b", r"(?:lekcj\w*|uczni\w*|klas\w*|lektur\w*|literatur\w*|polskiego)\b"),
    "ru": (rf"{_GAME}(?!\w)", r"(?:урок\w*|учени\w*|класс\w*|литератур\w*)(?!\w)"),
    "uk": (rf"{_GAME}(?!\w)", r"(?:урок\w*|учн\w*|клас\w*|літератур\w*)(?!\w)"),
    "tr": (rf"{_GAME}\b", r"(?:edebiyat\w*|ogrenci\w*|sinif\w*)\b",
           r"(?:polisiye\w*|netflix|cinayet\w*|dedektif\w*)\b"),
}

# Someone else's suicide as a subject, an overdose as a course's, a game's death.
TOPICS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:his|her|their|the\s+character\s?s|the\s+hero\s?s)\s+suicide\b",
        r"(?:discussed|discussing|argued|debated|talked\s+about)\s+(?:\w+\s+){0,4}?(?:the|his"
        r"|her)\s+suicide\b",
        r"suicided\b",
        r"(?:i\s+)?(?:suicided|killed\s+myself|blew\s+myself\s+up)\s+(?:\w+\s+){0,4}?(?:by"
        r"\s+accident|accidentally|lol|lmao|xd)\b",
        # Set S: a case that looked like a suicide ("everyone thought it was suicide").
        r"(?:thought|assumed|looked\s+like|looks\s+like|ruled|staged|made\s+to\s+look\s+like"
        r"|turned\s+out)\s+(?:\w+\s+){0,3}?(?:a\s+)?suicide\b",
    ),
    "de": (
        r"(?:sein|seinen|seines|ihr|ihren|ihres|dessen|deren)\s+(?:selbstmord|suizid)\w*",
        r"(?:der|den|dem)\s+(?:selbstmord|suizid)\s+(?:des|der|von|im|in)\b",
        r"(?:opioid\w*\s+|zu\s+|uber\s+)uberdos\w*",
        # Set S: a case that looked like a suicide ("alle dachten es war Selbstmord").
        r"(?:es|das)\s+(?:war|sei|ware)\s+(?:doch\s+|kein\s+|gar\s+kein\s+|ein\s+)?"
        r"(?:selbstmord|suizid)\b",
        r"(?:sah|sieht|aussah|aussieht)\s+(?:\w+\s+){0,2}?(?:nach|wie)\s+(?:ein\s+|n\s+)?"
        r"(?:selbstmord|suizid)\b",
    ),
    "es": (
        r"(?:el\s+suicidio|la\s+sobredosis)\s+(?:de|del)\s+(?!mi\b)\w+",
        r"(?:discutimos|debatimos|hablamos|comentamos)\s+(?:\w+\s+){0,3}?(?:el|su)\s+suicidio\b",
        r"me\s+suicide\s+(?:\w+\s+){0,4}?(?:sin\s+querer|por\s+error|jaja\w*|xd+|lol)\b",
        # Set S: a clinician's patients ("atendí a tres pacientes con ideación suicida").
        r"pacientes?\s+(?:\w+\s+){0,2}?(?:con|por)\s+(?:ideacion|ideas|pensamientos|riesgo"
        r"|intentos?)\s+(?:de\s+)?suicid\w*",
    ),
    "fr": (
        r"(?:(?:le|du)\s+suicide\s+(?:d\s?|de\s+)(?!moi\b)\w+|son\s+suicide)\b",
        r"(?:overdoses?|surdoses?)\s+(?:aux|d|des|par)\s+opio\w*",
        r"je\s+me\s+suis\s+suicide\w*\s+(?:\w+\s+){0,5}?(?:sans\s+faire\s+expres|par\s+erreur"
        r"|par\s+accident|mdr|ptdr|lol|xd)\b",
        r"patient\w*\s+(?:\w+\s+){0,2}?(?:avec|pour)\s+(?:des\s+|une\s+)?(?:idees|ideation|pensees"
        r"|risque|tentatives?)\s+(?:de\s+)?suicid\w*",
    ),
    "it": (
        r"(?:sulle|delle)\s+overdose\b",
        r"overdose\s+da\s+oppioidi\b",
        r"(?:il|del)\s+suicidio\s+(?:di|del|della)\s+(?!me\b)\w+",
        r"mi\s+sono\s+suicidat[oa]\s+(?:\w+\s+){0,4}?(?:per\s+sbaglio|ahah\w*|lol|lmao|xd)\b",
        r"pazienti?\s+(?:\w+\s+){0,2}?(?:con|per)\s+(?:ideazione|idee|pensieri|rischio"
        r"|tentativi?)\s+(?:di\s+)?suicid\w*",
    ),
    "pt": (
        r"(?:o\s+suicidio|a\s+overdose)\s+(?:d[oa]|de)\s+(?!mim\b)\w+",
        r"(?:discutimos|debatemos|falamos)\s+(?:\w+\s+){0,3}?(?:o|sobre\s+o)\s+suicidio\b",
        r"overdose\s+(?:de|por)\s+opioides\b",
        r"me\s+suicidei\s+(?:\w+\s+){0,4}?(?:sem\s+querer|por\s+engano|k{3,}|kkk\w*|rs+|lol)\b",
        r"pacientes?\s+(?:\w+\s+){0,2}?(?:com|por)\s+(?:ideacao|ideias|pensamentos|risco"
        r"|tentativas?)\s+(?:de\s+)?suicid\w*",
    ),
    "nl": (
        r"(?:zijn|haar|hun)\s+zelfmoord\b",
        r"de\s+zelfmoord\s+(?:in|van|uit)\b",
        r"overdos\w*\s+(?:van|met)\s+opio\w*",
        r"pleegde\s+(?:ik\s+)?(?:\w+\s+){0,2}?zelfmoord\s+(?:\w+\s+){0,4}?(?:haha\w*|lol|xd)\b",
        # Set S: a case that looked like a suicide ("iedereen dacht dat het zelfmoord was").
        r"(?:dacht|dachten)\s+(?:\w+\s+){0,2}?(?:dat\s+)?(?:het|dat)\s+(?:\w+\s+)?zelfmoord\b",
        r"(?:het|dat)\s+(?:was|leek)\s+(?:op\s+)?(?:een\s+|geen\s+)?zelfmoord\b",
    ),
    "pl": (
        r"(?:omawiali\w*|omawiamy|dyskutowali\w*|rozmawiali\w*\s+o)\s+samobojstw\w*",
        r"samobojstw\w*\s+(?:bohater\w*|postaci)\b",
        r"przedawkowani\w*\s+opioid\w*",
        r"popelnil\w*\s+samobojstwo\s+(?:\w+\s+){0,3}?(?:haha\w*|xd+|lol)\b",
    ),
    "ru": (
        r"(?:обсуждали|обсуждаем|разбирали|спорили\s+о)\s+(?:\w+\s+){0,2}?самоубийств\w*",
        r"самоубийств\w*\s+(?:героя|героини|персонажа|анны)(?!\w)",
        r"передозировк\w*\s+опиоид\w*",
        r"самоубил(?:ся|ась)\s+(?:\w+\s+){0,3}?(?:лол|ахах\w*|хах\w*|xd)(?!\w)",
    ),
    "uk": (
        r"(?:обговорювали|обговорюємо|розбирали|сперечалися\s+про)\s+(?:\w+\s+){0,2}?"
        r"самогубств\w*",
        r"самогубств\w*\s+(?:героя|героїні|персонажа)(?!\w)",
        r"передозуванн\w*\s+опіоїд\w*",
        r"самовби(?:вся|лася|лась)\s+(?:\w+\s+){0,3}?(?:лол|ахах\w*|хах\w*|xd)(?!\w)",
    ),
    "tr": (
        r"(?:romandaki|kitaptaki|filmdeki|karakterin|kahramanin)\s+intihar\w*",
        r"intihar\w*\s+tartis\w*",
        r"opioid\s+doz\s+asim\w*",
        r"intihar\s+ettim\s+(?:\w+\s+){0,3}?(?:lol|xd|haha\w*|sjsj\w*)\b",
        # Set S's family: a case that looked like a suicide ("herkes intihar sandı").
        r"intihar\s+(?:sandi\w*|saniyor\w*|sanil\w*|sanmis\w*|gibi\s+(?:gorun|goster|duru)\w*"
        r"|sus\w*)",
    ),
}

# A time long past said by an age ("mit 16", "at 15", "a los 16"), and "stable now", "ten
# years without".
PAST: dict[str, tuple[str, ...]] = {
    "fr": (r"(?:il\s+y\s+a|y\s+a)\s+(?:des|quelques|plusieurs|bien\s+des|\w+)\s+annees\b",),
    "de": (r"(?:mit\s+\d{1,2}|jahre\s+(?:spater|her))\b",),
    # Set S: "in undergrad", "at uni".
    "en": (r"(?:in\s+undergrad|in\s+grad\s+school|at\s+(?:uni|college|university)"
           r"|during\s+(?:uni|college|university))\b",),
    "nl": (r"(?:jaren|jaar)\s+geleden\b",),
    "tr": (r"yil\s+(?:oldu|gecti|olmus)\b",),
}

RECOVERED: dict[str, tuple[str, ...]] = {
    "fr": (
        r"(?:j\s?en\s+suis\s+sortie?|(?:et\s+)?(?:je\s+)?vais\s+(?:bien|mieux)\s*(?:[.!,;]|$))",
    ),
    "de": (r"(?:bin|ich)\s+(?:\w+\s+)?(?:echt|wirklich|inzwischen|jetzt|heute)\s+stabil\b",
           # Set S: "heute geht's mir gut" (normalised "geht s mir gut").
           r"(?:geht|gehts|geht\s+s)\s+(?:es\s+)?mir\s+(?:\w+\s+)?(?:gut|besser|prima|super)\b",
           r"mir\s+(?:geht|gehts|geht\s+s)\s+(?:es\s+)?(?:\w+\s+)?(?:gut|besser|prima|super)\b"),
    # Set S, T: "havent in 5 years", "been fine for ages", "doing ok".
    "en": (r"have\s+not\s+(?:in|for)\s+(?:\d+|\w+)\s+(?:years|yrs)\b",
           r"(?:been|was|am|m|doing|feel|feeling)\s+(?:\w+\s+)?(?:fine|ok|okay|good|well|great"
           r"|better)\s+(?:for\s+(?:ages|years|a\s+long\s+time|a\s+while|\d+\s+\w+)|tbh"
           r"|these\s+days|nowadays|since)\b",
           r"doing\s+(?:ok|okay|fine|good|well|better)\b"),
    "nl": (r"(?:gaat|ging)\s+(?:het\s+)?(?:nu\s+)?(?:al\s+)?(?:\w+\s+)?(?:goed|prima|beter)"
           r"\s+met\s+(?:me|mij)\b",),
    "tr": (r"yildir\s+(?:yok|olmadi|yapmiyorum|yapmadim)\b",
           r"(?:simdi|artik|su\s+an)\s+(?:cok\s+)?(?:iyiyim|iyi\s+durumdayim|gayet\s+iyiyim)\b"),
    # Set T: an attempt long ago and a happy life now ("dziś jestem szczęśliwą mamą").
    "pl": (r"(?:dzis|dzisiaj|teraz|obecnie)\s+(?:juz\s+)?jestem\s+(?:\w+\s+)?szczesliw\w*",),
    "ru": (r"(?:сегодня|сейчас|теперь)\s+(?:я\s+)?(?:\w+\s+)?счастлив\w*(?!\w)",
           # Set U: "в подростковом резалась, уже 10 лет как нет".
           r"(?:лет|года?)\s+как\s+(?:нет|не\s+режу\w*"
           r"|не\s+было|завязал\w*|прошло)(?!\w)"),
    "uk": (r"(?:сьогодні|зараз|тепер)\s+(?:я\s+)?(?:\w+\s+)?щаслив\w*(?!\w)",
           r"(?:років|роки|рік)\s+як\s+(?:нема\w*|не\s+ріжу\w*"
           r"|не\s+було|минуло)(?!\w)"),
}

PAST_TOPICS: dict[str, tuple[str, ...]] = {
    # Set T's family: thoughts of ending it told as a time over ("anni fa ho avuto pensieri di
    # farla finita… ora sto bene").
    "es": (r"(?:pensamientos|ideas)\s+(?:de|sobre)\s+(?:acabar\s+con\s+(?:todo|mi\s+vida)"
           r"|quitarme\s+la\s+vida|matarme|suicid\w*|morirme)",),
    "fr": (r"(?:idees|pensees)\s+(?:de\s+suicide|d\s?en\s+finir|de\s+mourir|de\s+me\s+tuer)",),
    "it": (r"(?:pensieri|pensiero|idee|idea)\s+di\s+(?:farla\s+finita|togliermi\s+la\s+vita"
           r"|uccidermi|suicid\w*|morire)",),
    "pt": (r"(?:pensamentos|ideias)\s+de\s+(?:acabar\s+com\s+(?:tudo|a\s+minha\s+vida)|me\s+matar"
           r"|tirar\s+a\s+(?:minha\s+)?vida|suicid\w*|morrer)",),
    "de": (r"(?:hab|habe|hatte)\s+ich\s+mich\s+(?:\w+\s+){0,2}?geritzt\b",),
    # Set T: a suicide attempt told as past ("miałam próbę samobójczą 15 lat temu").
    "pl": (r"prob\w*\s+samobojcz\w*",),
    "ru": (r"(?:попытк\w*|попытал\w*)\s+(?:\w+\s+)?(?:суицид\w*|самоубийств\w*)",),
    "uk": (r"спроб\w*\s+(?:\w+\s+)?(?:суїцид\w*|самогубств\w*)",),
    "nl": (r"(?:zelfmoord|suicide)pog\w*", r"suicidale\s+gedachten\b"),
}
