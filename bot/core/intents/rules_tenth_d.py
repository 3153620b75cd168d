"""Intent phrases widened in the tenth round from the intent rows of sets V and W the rules read
wrongly (helper d: en, de, es, fr, pt, ru), over text as `bot.core.typed.normalise` leaves it.
`rules` adds `FOUND` to its own finds, `UNLESS` to its own take-backs and `WHOLE` to its whole
messages, as for `rules_ninth`.

The families, each written for what people type for the same thing, not the row's words:
- settings: a reminder moved to another hour or only some days; the formal or familiar "you"
  (siezen, vouvoyer, tratar de usted);
- pause: "no reminders" for a while; "silence, please";
- report: a summary put together or printed for a doctor;
- history: what one logged shown back, how often one logged it, then compared with now;
- checkin: the day's check-in caught up or done now;
- breathe: calming down with the bot as guide;
- caffeine question: how long caffeine acts, whether a drink counts, whether it is in
  something, one drink better than another, what stopping coffee does;
- sleep question: whether a nap is bad;
- twitching: a body part that jumps or vibrates, a tremor in a named place;
- sleep trouble: awake at a night hour, awake since an hour, a night lain awake or slept in
  pieces, a rotten night, not sleepy, not slept enough;
- anxious or venting: something that "wears me out" (macht mich fertig), thoughts going round
  all evening, everything is too much;
- coffee: a drink logged by its cups ("three cups", "one mug of instant");
- thanks: thanks with something that helped or a calmer feeling, however long;
- greeting: "are you there?".
"""

from __future__ import annotations

from bot.core.intents.intent import Intent

_Table = dict[str, tuple[str, ...]]

# --- settings ----------------------------------------------------------------------------------
# A reminder moved, its hour too early or late, or sent only on some days. Moving the caffeine
# cutoff reminder is a setting, not a caffeine question.
_REMINDER = {
    "en": r"reminders?|notifications?|pings?|check ?ins?",
    "de": r"erinnerung\w*|benachrichtigung\w*|nachrichten",
    "es": r"recordatorios?|avisos?|notificacion\w*",
    "fr": r"rappels?|notifications?|messages",
    "pt": r"lembretes?|avisos?|notificac\w*",
    "ru": r"напоминани\w*|уведомлени\w*",
}
_MOVE = {
    "en": r"move|shift|push|bring forward|reschedule|change",
    "de": r"verschieb\w*|verleg\w*|stell\w*|schick\w*|sende\w*",
    "es": r"mueve|muevas|mover|cambia|cambiar|pasa|pasar|adelanta\w*|atrasa\w*|retrasa\w*",
    "fr": r"decal\w*|deplac\w*|avanc\w*|recul\w*|change\w*|mettre|mets|envoie\w*|envoyer",
    "pt": r"muda\w*|mude|passa\w*|adianta\w*|atrasa\w*|move\w*|manda\w*|envia\w*",
    "ru": r"перенеси|перенести|сдвинь|сдвинуть|поставь|сделаи|присылаи|отправляи",
}
_WHEN = {
    "en": r"(?:to|from|at|by) (?:like |about |around )?\d+|(?:only )?on weekdays"
    r"|only (?:on )?(?:weekdays|weekends)",
    "de": r"(?:auf|um|ab|von) \d+|(?:nur )?(?:noch )?(?:werktags|wochentags|am wochenende)"
    r"|um \d+ stunden",
    "es": r"(?:a las|para las|de las) \d+|solo (?:entre semana|los dias laborables|laborables)"
    r"|\d+ horas",
    "fr": r"(?:a|de|vers) \d+ ?h\w*|\d+h\d*|en semaine|que (?:la )?semaine|jours ouvres",
    "pt": r"(?:para as|pras|as|das) \d+(?:h\d*)?|so (?:nos )?dias uteis|\d+ horas",
    "ru": r"на \d+|в \d+|по будням|только (?:в )?будни|на \d+ час\w*",
}
_SETTINGS: _Table = {
    language: (
        rf"\b(?:{_MOVE[language]})\b (?:\w+ ){{0,5}}?(?:{_REMINDER[language]})\b"
        rf" (?:\w+ ){{0,4}}?(?:{_WHEN[language]})\b",
        rf"\b(?:{_REMINDER[language]})\b (?:\w+ ){{0,4}}?(?:{_WHEN[language]})\b"
        rf"(?: \w+){{0,2}}? (?:{_MOVE[language]})\b",
        rf"\b(?:{_REMINDER[language]})\b (?:\w+ ){{0,4}}?(?:{_MOVE[language]})\b"
        rf" (?:\w+ ){{0,2}}?(?:{_WHEN[language]})\b",
    )
    for language in _REMINDER
}
# "The reminder comes too early, make it 15:00".
_SETTINGS["ru"] += (r"\bнапоминани\w* (?:\w+ ){0,5}?(?:слишком|очень|так) (?:рано|поздно)\b",)
_SETTINGS["en"] += (
    r"\b(?:reminders?|notifications?) (?:\w+ ){0,4}?(?:comes?|come in|arrives?"
    r"|goes off) (?:way |far |a bit )?too (?:early|late)\b",
)
_SETTINGS["de"] += (
    r"\b(?:erinnerung\w*|benachrichtigung\w*) (?:\w+ ){0,4}?(?:kommt|kommen)"
    r" (?:\w+ )?zu (?:fruh|frueh|spat|spaet)\b",
)
_SETTINGS["es"] += (
    r"\b(?:recordatorios?|avisos?) (?:\w+ ){0,4}?(?:llega|llegan|suena|suenan)"
    r" (?:\w+ )?(?:demasiado|muy) (?:pronto|temprano|tarde)\b",
)
_SETTINGS["fr"] += (
    r"\b(?:rappels?|notifications?) (?:\w+ ){0,4}?(?:arrive|arrivent|tombe"
    r"|tombent|sonne|sonnent) (?:\w+ )?trop (?:tot|tard)\b",
)
_SETTINGS["pt"] += (
    r"\b(?:lembretes?|avisos?) (?:\w+ ){0,4}?(?:chega|chegam|vem|toca|tocam)"
    r" (?:\w+ )?(?:cedo|tarde) demais\b|\b(?:lembretes?|avisos?) (?:\w+ ){0,4}?"
    r"(?:chega|chegam|vem|toca|tocam) (?:muito|tao) (?:cedo|tarde)\b",
)
# The formal or the familiar "you" asked for.
_ADDRESS = {
    "en": r"\b(?:call me|address me as) (?:mr|mrs|ms|miss|dr|sir|madam)\b",
    "de": r"\b(?:siez|duz)(?:en|e|t|st)?\b|\bper (?:sie|du) (?:sein|bleiben)\b",
    "es": r"\b(?:tratame|tratarme|trateme|hablame|hableme|me trates?|me hables) de (?:usted|tu)\b"
    r"|\b(?:tutea|tutear|tutees|tuteame|ustedea\w*)\b",
    "fr": r"\b(?:vouvoi|vouvoy|tutoi|tutoy)\w*",
    "pt": r"\b(?:me )?(?:trata|tratar|trate|chama|chame|chamar) (?:me )?(?:de|por)"
    r" (?:senhor|senhora|voce|tu|dona)\b",
    "ru": r"\b(?:обращаи\w*|говори\w*|даваи|можно) (?:\w+ )?(?:ко мне )?на (?:вы|ты)\b"
    r"|\bна (?:вы|ты) (?:пожалуиста|можно)\b",
}
for _language, _address in _ADDRESS.items():
    _SETTINGS[_language] += (_address,)

# --- pause -------------------------------------------------------------------------------------
# "No reminders" for a time ("during the fair no coffee reminders, back on Monday"); silence asked
# for ("hoje não, silêncio por favor").
_PAUSE: _Table = {
    "en": (
        r"\bno (?:more )?(?:reminders|notifications|pings|messages(?! from)) (?:\w+ ){0,3}?"
        r"(?:for|until|till|this|today|tonight|during|while|please)\b",
        r"^(?:\w+ ){0,3}?(?:silence|quiet) please\b",
    ),
    "de": (
        r"\bkeine (?:\w+ )?(?:erinnerungen|benachrichtigungen|nachrichten(?! von)) (?:\w+ ){0,3}?"
        r"(?:bis|fur|heute|diese|wahrend|solange|bitte)\b",
        r"^(?:\w+ ){0,3}?ruhe bitte\b",
    ),
    "es": (
        r"\bnada de (?:\w+ )?(?:recordatorios|avisos|notificaciones)\b",
        r"\bsin (?:\w+ )?(?:recordatorios|avisos|notificaciones) (?:\w+ ){0,3}?(?:hasta|por"
        r" favor|hoy|esta|durante)\b",
        r"^(?:\w+ ){0,3}?silencio(?:,)? por favor\b",
    ),
    "fr": (
        r"\b(?:pas|plus) de (?:\w+ )?(?:rappels|notifications|messages(?! de)) (?:\w+ ){0,3}?"
        r"(?:jusqu\w*|pendant|aujourd\w*|ce soir|cette|svp|stp|merci)\b",
        r"^(?:\w+ ){0,3}?silence (?:svp|stp|s il te plait|s il vous plait)\b",
    ),
    "pt": (
        r"\b(?:nada de|sem) (?:\w+ )?(?:lembretes|avisos|notificacoes|mensagens(?! d[aoe]))"
        r" (?:\w+ ){0,3}?(?:ate|hoje|por favor|durante|essa|esta)\b",
        r"^(?:\w+ ){0,3}?silencio (?:por favor|pf|pfv|pls)\b",
    ),
    "ru": (
        r"\b(?:останови|остановить|прекрати|приостанови|выключи) (?:\w+ )?(?:напоминани|"
        r"уведомлени)\w* (?:пока|на время|на \w+|до)\b",
        r"\bбез (?:\w+ )?напоминани\w* (?:пока|до|на|сегодня)\b",
    ),
}

# --- report ------------------------------------------------------------------------------------
# A summary put together or printed for someone ("kannst du was zusammenstellen", "распечатай
# итог за 2 недели").
_REPORT: _Table = {
    "en": (
        r"\b(?:put together|compile|print (?:out )?)(?: me)? (?:a |the |my )?(?:summary"
        r"|overview) (?:of my (?:entries|logs|data|week|month)|for (?:my |the )?(?:doctor|gp"
        r"|doc|neurologist))\b",
    ),
    "de": (
        r"\b(?:zusammenstell\w*|zusammenfass\w*|ausdruck\w*) (?:\w+ ){0,2}?(?:fur|fuer)"
        r" (?:den |die |meinen |meine )?(?:arzt|arztin|doktor|betriebsarzt\w*|hausarzt\w*)\b",
        r"\b(?:arzt|arztin|doktor|betriebsarzt\w*|hausarzt\w*|therapeut\w*) (?:\w+ ){0,8}?"
        r"(?:kannst|konntest|koenntest) du (?:\w+ ){0,3}?(?:zusammenstellen|zusammenfassen"
        r"|ausdrucken)\b",
        r"\bkannst du (?:mir )?(?:was|etwas|das|alles) (?:\w+ )?(?:zusammenstellen"
        r"|zusammenfassen)\b",
    ),
    "es": (r"\bimprim\w* (?:\w+ ){0,3}?(?:resumen|informe|reporte)\b",),
    "fr": (r"\bimprim\w* (?:\w+ ){0,3}?(?:resume|bilan|rapport|recap\w*)\b",),
    "pt": (r"\bimprim\w* (?:\w+ ){0,3}?(?:resumo|relatorio)\b",),
    "ru": (
        r"\bраспечата\w* (?:\w+ ){0,3}?(?:итог\w*|отчет\w*|сводк\w*|дневник\w*)",
        r"\b(?:даи|покажи|скинь|пришли|сделаи|подготовь|сформируи)\w* (?:\w+ ){0,2}?(?:итог"
        r"|сводк|отчет)\w* за\b",
    ),
}

# --- history -----------------------------------------------------------------------------------
_LOGGED = {
    "en": r"logged|noted|recorded|tracked|entered|wrote down|written down|put in",
    "de": r"eingetragen|notiert|geloggt|erfasst|vermerkt|aufgeschrieben|eingegeben",
    "es": r"registrado|anotado|apuntado|registre|anote|apunte|escrito",
    "fr": r"note|notee|notes|enregistre|saisi|ecrit|rentre|logge",
    "pt": r"registrei|anotei|registrado|anotado|marquei|lancei|escrevi",
    "ru": r"записывал\w*|записал\w*|отмечал\w*|отметил\w*|вносил\w*|внес\w*|писал\w*",
}
_SHOW = {
    "en": r"show|list|pull up",
    "de": r"zeig|zeige|zeigst|liste|gib",
    "es": r"muestra|muestrame|ensename|dame|lista",
    "fr": r"montre|montrez|affiche|donne|liste",
    "pt": r"mostra|mostre|lista|me da",
    "ru": r"покажи|выведи|дай|напомни",
}
# The speaker logged it: "show me what I noted", "zeig was ich eingetragen hab".
_I = {
    "en": r"i|ive|i ve|i have|id",
    "de": r"ich|hab|habe",
    "es": r"he|yo|que",
    "fr": r"j ai|jai|j",
    "pt": r"eu|que",
    "ru": r"я",
}
_HOW_OFTEN = {
    "en": r"how (?:often|many times)",
    "de": r"wie oft|wie viele? mal|wievielmal",
    "es": r"cuantas veces|con que frecuencia",
    "fr": r"combien de fois",
    "pt": r"quantas vezes",
    "ru": r"сколько раз|как часто",
}
_HISTORY: _Table = {
    language: (
        rf"\b(?:{_SHOW[language]})\b (?:\w+ ){{0,3}}?(?:{_I[language]}) (?:\w+ ){{0,3}}?"
        rf"(?:{_LOGGED[language]})\b",
        rf"\b(?:{_HOW_OFTEN[language]})\b (?:\w+ ){{0,5}}?(?:{_LOGGED[language]})\b",
    )
    for language in _LOGGED
}
# Then against now ("wie war das Zucken im Urlaub im Vergleich zu jetzt").
_THEN_NOW = {
    "en": r"\bhow (?:was|were|did) (?:\w+ ){1,6}?compared? (?:to|with) (?:now|today|these days)\b",
    "de": r"\bwie (?:war|waren) (?:\w+ ){1,6}?(?:im vergleich zu|verglichen mit) (?:jetzt|heute"
    r"|gerade)\b",
    "es": r"\bcomo (?:fue|era|estuvo|estaba) (?:\w+ ){1,6}?(?:en )?comparaci\w* con"
    r" (?:ahora|hoy)\b"
    r"|\bcomo (?:fue|era|estuvo|estaba) (?:\w+ ){1,6}?comparado con (?:ahora|hoy)\b",
    "fr": r"\bcomment (?:etait|c etait|cetait) (?:\w+ ){1,6}?(?:par rapport|compare) a"
    r" (?:maintenant|aujourd\w*)\b",
    "pt": r"\bcomo (?:foi|era|estava) (?:\w+ ){1,6}?(?:comparado|em comparacao) (?:com|a)"
    r" (?:agora|hoje)\b",
    "ru": r"\bкак (?:было|были|был|была) (?:\w+ ){1,6}?по сравнению с (?:сеичас|нынешн\w*"
    r"|сегодня)\b",
}
for _language, _then_now in _THEN_NOW.items():
    _HISTORY[_language] += (_then_now,)
# "im Urlaub" in a question about then and now is a time, not a pause.
_NOT_PAUSE: _Table = {language: (pattern,) for language, pattern in _THEN_NOW.items()}

# --- checkin -----------------------------------------------------------------------------------
_CHECKIN: _Table = {
    "en": (
        r"\b(?:havent|have not|didnt|did not) (?:\w+ )?(?:checked in|done (?:my|the|todays)"
        r" check ?in)\b(?! with)",
        r"\bcatch up (?:on )?(?:my |the )?(?:check ?in|daily log|entry) (?:from|for) yesterday\b",
    ),
    "de": (
        r"\b(?:noch nicht|nicht) (?:\w+ )?eingecheckt\b",
        r"\b(?:tagesbericht|tageseintrag|check ?in|eintrag) (?:\w+ ){0,3}?nachhol\w*",
        r"\bnachhol\w* (?:\w+ ){0,2}?(?:tagesbericht|tageseintrag|check ?in)\b",
    ),
    "es": (
        r"\b(?:registro|check ?in|reporte) (?:\w+ ){0,2}?de ayer\b (?:\w+ ){0,3}?(?:puedo"
        r" hacer|recuper\w*|ahora)\b",
    ),
    "fr": (
        r"\b(?:je fais|faire|on fait) (?:mon|le|notre) (?:point|bilan) (?:maintenant|du jour"
        r"|quotidien|de la journee|ce soir|avant)\b",
    ),
    "pt": (r"\b(?:nao fiz|ainda nao fiz) (?:o |meu )?check ?in\b",),
    "ru": (r"\b(?:не отметил\w*|не отчитал\w*) (?:\w+ ){0,2}?(?:сегодня|за сегодня|за вчера)\b",),
}

# --- breathe -----------------------------------------------------------------------------------
_BREATHE: _Table = {
    "en": (
        r"\b(?:calm down|relax|breathe)\b (?:\w+ ){0,6}?(?:guide me|talk me through|walk me"
        r" through)\b",
    ),
    "de": (
        r"\b(?:beruhigen|entspannen|runterkommen|atmen)\b (?:\w+ ){0,6}?(?:fuhrst du mich"
        r"|fuhr mich|anleiten|leitest du mich|leite mich)\b",
    ),
    "es": (
        r"\b(?:calmarme|calme|relajarme|tranquilizarme|respirar)\b (?:\w+ ){0,6}?"
        r"(?:me guias|guiame|me guia|me acompanas)\b",
    ),
    "fr": (
        r"\b(?:me calme|me calmer|me detendre|me detende|respirer|souffler)\b (?:\w+ ){0,6}?"
        r"(?:tu me guides|guide moi|guidez moi|vous me guidez|tu peux me guider)\b",
    ),
    "pt": (
        r"\b(?:me acalmar|acalmar|relaxar|respirar)\b (?:\w+ ){0,6}?(?:me guia|me guie"
        r"|me conduz)\b",
    ),
    "ru": (
        r"\b(?:успокоиться|расслабиться|подышать)\b (?:\w+ ){0,6}?(?:проведи|веди|направь"
        r"|помоги)\b",
    ),
}

# --- caffeine question -------------------------------------------------------------------------
_CAFFEINE = {
    "en": r"caffeine|coffee",
    "de": r"koffein|kaffee",
    "es": r"cafeina|cafe",
    "fr": r"cafeine|cafe",
    "pt": r"cafeina|cafe",
    "ru": r"кофеин\w*|кофе",
}
_CAFFEINE_Q: _Table = {
    # How long it acts.
    "en": (
        r"\bhow long (?:\w+ ){0,3}?caffeine (?:\w+ ){0,2}?(?:last|stay|work|act|kick)\w*",
        r"\bdoes caffeine (?:\w+ ){0,3}?(?:last|stay|work) longer\b",
        r"\bis there caffeine in\b",
        r"\b(?:does|do) (?:\w+ ){0,2}?(?:cola|coke|tea|energy drinks?|chocolate) count\b",
    ),
    "de": (
        r"\bwirkt (?:\w+ ){0,3}?koffein\b|\bkoffein (?:\w+ ){0,3}?(?:wirkt|wirken)\b",
        r"\bwie lange (?:\w+ ){0,3}?koffein\b",
        r"\bist (?:da |denn )?(?:auch )?koffein (?:drin|in)\b",
        r"\bzahlt (?:\w+ ){0,2}?(?:cola|tee|energy\w*|schokolade) (?:auch|mit|dazu)\b",
        r"\b(?:tee|matcha|mate|grunt\w*) (?:\w+ ){0,2}?besser als kaffee\b",
    ),
    "es": (
        r"\bcuanto (?:tiempo )?(?:\w+ ){0,3}?(?:dura|hace efecto|actua) (?:\w+ ){0,3}?cafeina\b",
        r"\bcafeina (?:\w+ ){0,3}?(?:dura|hace efecto|actua)\b",
        r"\b(?:coca cola|coca|cola|mate|energetica\w*|red bull|chocolate)"
        r" (?:tambien )?cuentan?\b",
        r"\bhay cafeina en\b",
        r"\b(?:te|mate|matcha) (?:\w+ ){0,3}?mejor que (?:el )?cafe\b",
    ),
    "fr": (
        r"\bcombien de temps (?:\w+ ){0,3}?cafeine\b|\bcafeine (?:\w+ ){0,3}?(?:agit|dure)\b",
        r"\by a (?:t il )?(?:de la |du )?cafeine dans\b",
        r"\b(?:le )?(?:coca|cola|the|mate|red bull|chocolat) (?:ca )?compte\b",
        r"\b(?:the|mate|matcha|chicoree) (?:\w+ ){0,3}?(?:mieux|moins pire|pire) que (?:le )?"
        r"cafe\b",
    ),
    "pt": (
        r"\bquanto tempo (?:\w+ ){0,3}?cafeina\b|\bcafeina (?:\w+ ){0,3}?(?:dura|faz efeito)\b",
        r"\btem cafeina (?:no|na|em)\b",
        r"\b(?:coca cola|coca|cola|cha|mate|energetico) (?:tambem )?conta\b",
        r"\b(?:cha|mate|matcha) (?:\w+ ){0,3}?melhor (?:do )?que (?:o )?cafe\b",
    ),
    "ru": (
        r"\b(?:сколь?ко|как долго) (?:\w+ ){0,2}?(?:кофеин\w*|кофе) (?:\w+ ){0,2}?"
        r"(?:деиству|работа)\w*",
        r"\b(?:кофеин\w*) (?:\w+ ){0,2}?(?:деиству|работа)\w* (?:\w+ ){0,2}?(?:сколь?ко|долго)\b",
        r"\bесть ли (?:\w+ )?кофеин\w* в\b",
        r"\bчаи (?:\w+ ){0,3}?лучше(?: чем)? кофе\b",
    ),
}
# What stopping coffee at once does ("wenn ich aufhöre mit Kaffee, krieg ich dann Kopfweh").
_STOP_Q = {
    "en": r"\bif i (?:\w+ )?(?:stop|quit|cut out) (?:\w+ ){0,2}?(?:coffee|caffeine)\b"
    r" (?:\w+ ){0,4}?(?:will|do|would) i\b",
    "de": r"\bwenn ich (?:\w+ ){0,3}?(?:aufhore|aufhoere|verzichte|weglasse) (?:mit )?(?:dem )?"
    r"(?:kaffee|koffein)\b (?:\w+ ){0,3}?(?:krieg|kriege|bekomm\w*|hab|habe) ich\b"
    r"|\bwenn ich (?:\w+ ){0,3}?(?:mit (?:dem )?)?(?:kaffee|koffein) (?:\w+ ){0,2}?(?:aufhore"
    r"|aufhoere) (?:\w+ ){0,3}?(?:krieg|kriege|bekomm\w*|hab|habe) ich\b",
    "es": r"\bsi (?:dejo|quito|corto) (?:el )?(?:cafe|la cafeina)\b (?:\w+ ){0,4}?(?:me (?:va|dara"
    r"|dolera|vendra)|tendre)\b",
    "fr": r"\bsi j (?:arrete|stoppe|coupe) (?:\w+ )?(?:le )?(?:cafe|la cafeine)\b (?:\w+ ){0,4}?"
    r"(?:je vais|j aurai|ca va)\b",
    "pt": r"\bse eu (?:parar|cortar|largar) (?:\w+ )?(?:o )?(?:cafe|a cafeina)\b (?:\w+ ){0,4}?"
    r"(?:vou|vai|terei)\b",
    "ru": r"\bесли (?:я )?(?:\w+ )?(?:брошу|перестану пить|откажусь от) (?:\w+ )?"
    r"(?:кофе|кофеин\w*) (?:\w+ ){0,4}?(?:будет|будут|начнет)\b",
}
for _language, _stop_q in _STOP_Q.items():
    _CAFFEINE_Q[_language] += (_stop_q,)

# --- sleep question ----------------------------------------------------------------------------
_SLEEP_Q: _Table = {
    "en": (r"\b(?:is|are) (?:\w+ )?(?:naps?|napping) (?:\w+ )?(?:bad|good|ok|okay|harmful)\b",),
    "de": (
        r"\b(?:ist|sind) (?:\w+ )?(?:mittagsschlaf|nickerchen|powernap\w*) (?:\w+ )?(?:schlecht"
        r"|gut|schadlich|ok)\b|\b(?:mittagsschlaf|nickerchen) (?:\w+ )?(?:schlecht|schadlich)\b",
    ),
    "es": (
        r"\b(?:la )?siesta (?:\w+ ){0,2}?(?:es )?(?:mala|buena|malo|recomendable|perjudicial"
        r"|dana)\b",
    ),
    "fr": (
        r"\b(?:la )?sieste (?:\w+ ){0,2}?(?:c est |cest |est )?(?:mauvais\w*|bien|conseill\w*"
        r"|deconseill\w*)\b",
    ),
    "pt": (
        r"\b(?:o )?cochilo (?:\w+ ){0,2}?(?:faz mal|e ruim|e bom|atrapalha)\b"
        r"|\b(?:a )?sesta (?:\w+ ){0,2}?(?:faz mal|e ruim|e boa)\b",
    ),
    "ru": (
        r"\bдневнои сон (?:\w+ ){0,2}?(?:вреден|вредно|полезен|плохо)\b"
        r"|\b(?:вредно|плохо ли|вреден ли) (?:\w+ ){0,2}?спать днем\b",
    ),
}

# --- twitching ---------------------------------------------------------------------------------
_TWITCH: _Table = {
    "de": (
        r"\b(?:oberschenkel|daumen|finger|wade|waden|augenlid|lid|auge|lippe|bein|arm|fuss|zeh"
        r"|muskel|wange|backe|oberarm|unterlid|oberlid)(?:s|n|e|en)? (?:\w+ ){0,2}?"
        r"(?:vibriert|hupft"
        r"|huepft|springt|flattert|pocht|zappelt)\b",
    ),
    "en": (
        r"\b(?:thigh|thumb|finger|calf|eyelid|lid|eye|lip|cheek|leg|arm|foot|toe)s? (?:\w+ )?"
        r"(?:is |keeps )?(?:vibrating|buzzing|hopping|bouncing)\b",
    ),
    "es": (
        r"\b(?:muslo|pulgar|dedo|pantorrilla|parpado|(?:el|mi) ojo|labio|mejilla|cachete|pierna"
        r"|brazo)"
        r" (?:\w+ )?(?:vibra|vibrando|brinca|salta)\b",
    ),
    "fr": (
        r"\b(?:cuisse|pouce|doigt|mollet|paupiere|oeil|levre|joue|jambe|bras)s? (?:\w+ )?"
        r"(?:vibre|vibrent|saute|sautille)\b",
    ),
    "pt": (
        r"\b(?:tremor|tremedeira|tremidinha|espasmo|tique|repuxo) (?:\w+ ){0,2}?(?:na|no|nas|nos)"
        r" (?:bochecha|palpebra|olho|perna|coxa|panturrilha|polegar|dedo|labio|braco|boca|rosto"
        r"|cara)\b",
        r"\b(?:coxa|bochecha|polegar|dedo|palpebra) (?:\w+ )?(?:vibrando|vibra|pulando|pula)\b",
    ),
    "ru": (
        r"\b(?:бедро|большои палец|палец|икра|веко|глаз|губа|щека|нога|рука) (?:\w+ )?"
        r"(?:вибрирует|подпрыгивает|прыгает)\b",
    ),
}

# --- sleep trouble -----------------------------------------------------------------------------
_NIGHT_HOUR = {
    "en": r"(?:its|it s|it is) (?:\w+ )?[1-5] ?(?:am)?",
    "de": r"(?:es ist |schon )?[1-5] uhr|(?:es ist |schon )?[1-5] (?=und)",
    "es": r"(?:son las|es la) [1-5]",
    "fr": r"il est [1-5] ?h",
    "pt": r"(?:sao|e) [1-5] ?h|(?:sao|e) (?:1|2|3|4|5) da manha",
    "ru": r"(?:уже )?[1-5] (?:ночи|утра|час\w*)",
}
_AWAKE = {
    "en": r"wide awake|still awake|totally awake|fully awake|not (?:even )?tired",
    "de": r"hellwach|(?:immer )?noch wach|topfit|putzmunter",
    "es": r"despiert[oa]|desvelad[oa]|sin sueno|como una rosa",
    "fr": r"en pleine forme|pas sommeil|reveille|reveillee|frais comme",
    "pt": r"acordad[oa]|sem sono|ligad[oa]|elétric[oa]|eletric[oa]",
    "ru": r"ни в одном глазу|бодрств\w*|не спится|сна нет",
}
_SLEEP_TROUBLE: _Table = {
    language: (rf"\b(?:{_NIGHT_HOUR[language]})\b (?:\w+ ){{0,6}}?(?:{_AWAKE[language]})\b",)
    for language in _NIGHT_HOUR
}
_SLEEP_TROUBLE["en"] += (
    r"\b(?:slept|sleeping) in (?:\w+ ){0,2}?(?:chunks|bits|pieces|stretches|bursts)\b",
    r"\bawake since [1-5]\b",
    r"\b(?:lay|laid|lying) awake (?:half|most of|all) (?:the )?night\b",
)
_SLEEP_TROUBLE["de"] += (
    r"\b(?:wach ?gelegen|wach lag|wachlag)\b",
    r"\b(?:in etappen|stuckweise|stueckweise|hapchenweise) geschlafen\b",
    r"\bseit [1-5] (?:uhr )?wach\b",
)
_SLEEP_TROUBLE["es"] += (
    r"\bllevo (?:\w+ ){0,2}?desde (?:la|las) [1-5]\b (?:\w+ ){0,2}?despiert[oa]\b"
    r"|\bdespiert[oa] desde (?:la|las) [1-5]\b",
    r"\bdormi (?:a |en |por )(?:ratos|trozos|pedazos|tramos|cachos)\b",
)
_SLEEP_TROUBLE["fr"] += (
    r"\bdormi (?:\w+ )?(?:par|en) (?:tranches|morceaux|petits bouts|pointilles)\b",
    r"^nuit (?:pourrie|blanche|horrible|affreuse|de merde|nulle|catastrophique|agitee)\b",
    r"\breveille\w* depuis [1-5] ?h\b",
)
_SLEEP_TROUBLE["pt"] += (
    r"^(?:to|tou|estou|tô) sem sono\b",
    r"\bdormi (?:aos|em) (?:pedacos|pedaços|picado|bocados)\b",
    r"\bacordad[oa] desde (?:as|a) [1-5]\b",
)
_SLEEP_TROUBLE["ru"] += (
    r"\bне выспал\w*|\bневыспавш\w*",
    r"\bспал\w* урывками\b",
)

# --- anxious or venting ------------------------------------------------------------------------
# Something that wears one out: "der Umzug macht mich fertig" (not "ich mach mich fertig", getting
# ready); thoughts going round all evening; "mir ist alles zu viel".
_VENTING: _Table = {
    "de": (
        r"(?<!ich )\bmacht mich (?:\w+ )?(?:fertig|kaputt|wahnsinnig|irre)\b",
        r"\bmach(?:e)? (?:ich )?mir (?!keine|keinen)(?:\w+ ){0,3}?(?:gedanken|nen kopf"
        r"|einen kopf)\b",
        r"\b(?:mir ist|mir wird|ist mir) (?:\w+ )?alles zu viel\b",
        r"\b(?:will|muss|wollte) (?:\w+ )?(?:einfach |nur |mal )+(?:loswerden|abladen"
        r"|auskotzen)\b|\b(?:was|etwas|das) (?:\w+ )?(?:loswerden|abladen|auskotzen)\b",
    ),
}
# A worn-out carer who sleeps badly vents: the sleep question gives way.
_NOT_SLEEP_Q: _Table = {"de": _VENTING["de"][2:]}

# --- coffee ------------------------------------------------------------------------------------
_COFFEE: _Table = {
    "en": (
        r"\b(?:one|a|two|three|four|[1-6]) (?:\w+ )?(?:mugs?|cups?) of (?:instant|filter|drip"
        r"|decaf|black|tea|coffee)\b",
    ),
    "fr": (
        r"\b(?:seulement |que )?(?:du |de )?(?:the|cafe)(?: noir| vert)? (?:\w+ ){0,2}?"
        r"(?:une|deux|trois|quatre|cinq|[1-6]) tasses?\b",
    ),
    "ru": (
        r"\bпил\w* (?:\w+ ){0,2}?(?:чаи|кофе)\b (?:\w+ ){0,3}?(?:чашк\w*|кружк\w*)"
        r" (?:\w+ )?(?:две|три|четыре|пять|\d)\b",
        r"\bпил\w* (?:\w+ ){0,2}?(?:чаи|кофе)\b (?:\w+ ){0,3}?(?:две|три|четыре|пять|\d)"
        r" (?:чашк\w*|кружк\w*)",
    ),
}

# --- thanks ------------------------------------------------------------------------------------
# Thanks, then what helped or how much calmer one is: thanks however long the message, and not
# the breathing it names.
_THANKS: _Table = {
    "en": (
        r"^(?:thank you|thanks|thank u|thx|ty)\b (?:\w+ ){0,10}?(?:made a (?:\w+ )?difference"
        r"|helped|feel (?:\w+ ){0,2}?(?:calmer|better|lighter))\b",
    ),
    "de": (
        r"^(?:danke|vielen dank|dankeschon)\b (?:\w+ ){0,8}?(?:hat (?:\w+ )?geholfen"
        r"|fuhl\w* mich (?:\w+ ){0,2}?(?:ruhiger|besser))\b",
    ),
    "es": (
        r"^(?:gracias|muchas gracias|mil gracias)\b (?:\w+ ){0,8}?(?:me (?:ha )?ayudado|me ayudo"
        r"|me siento (?:\w+ ){0,2}?(?:mas tranquil[oa]|mejor))\b",
    ),
    "fr": (
        r"^merci\b (?:\w+ ){0,8}?(?:m a (?:vraiment )?aide|ma aide|je me sens (?:\w+ ){0,2}?"
        r"(?:plus calme|mieux))\b",
    ),
    "pt": (
        r"^(?:obrigad[oa]|valeu|brigad[oa])\b (?:\w+ ){0,8}?(?:me ajudou|ajudou|me sinto"
        r" (?:\w+ ){0,2}?(?:mais calm[oa]|melhor))\b",
    ),
    "ru": (r"^спасибо\b (?:\w+ ){0,8}?(?:помогл\w*|мне (?:\w+ )?(?:спокоинее|лучше))\b",),
}

# --- greeting ----------------------------------------------------------------------------------
_ARE_YOU_THERE: _Table = {
    "en": (r"(?:hey |hi |hello )?(?:are|r) (?:you|u) (?:still )?(?:there|around|awake)",),
    "de": (r"(?:hallo |hey )?bist du (?:noch )?(?:da|wach)",),
    "es": (r"(?:que tal |hola )?(?:estas|andas) (?:por )?(?:ahi|aqui|despierto)",),
    "fr": (r"(?:salut |coucou |bonjour )?(?:t es|tes|tu es) (?:toujours )?(?:la|reveille)",),
    "pt": (r"(?:oi |ola )?(?:ta|tá|esta|voce esta|vc ta) (?:ai|por ai|acordado)",),
    "ru": (r"(?:привет )?(?:ты (?:тут|здесь|на месте)|ты еще тут)",),
}

FOUND: dict[Intent, _Table] = {
    Intent.SETTINGS: _SETTINGS,
    Intent.PAUSE: _PAUSE,
    Intent.REPORT: _REPORT,
    Intent.HISTORY: _HISTORY,
    Intent.CHECKIN: _CHECKIN,
    Intent.BREATHE: _BREATHE,
    Intent.CAFFEINE_QUESTION: _CAFFEINE_Q,
    Intent.SLEEP_QUESTION: _SLEEP_Q,
    Intent.TWITCHING: _TWITCH,
    Intent.CANT_SLEEP: _SLEEP_TROUBLE,
    Intent.VENTING: _VENTING,
    Intent.COFFEE: _COFFEE,
    Intent.THANKS: _THANKS,
}
UNLESS: dict[Intent, _Table] = {
    Intent.PAUSE: _NOT_PAUSE,
    Intent.SLEEP_QUESTION: _NOT_SLEEP_Q,
    Intent.BREATHE: _THANKS,
}
# "Is a nap bad if I then can't sleep at night" asks about the nap, sleepless night and all.
KEEP: dict[Intent, _Table] = {
    Intent.SLEEP_QUESTION: _SLEEP_Q,
}
WHOLE: dict[Intent, _Table] = {
    Intent.GREETING: _ARE_YOU_THERE,
}
