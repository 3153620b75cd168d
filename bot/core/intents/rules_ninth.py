"""Intent phrases widened in the ninth round, from the rows blind writers wrote (sets S and T),
over text as `bot.core.typed.normalise` leaves it. `rules` adds `FOUND` to its own finds and
`UNLESS` to its own take-backs; a sleepless night found here outweighs twitching there too.

The families: asking for a relaxation or help to calm down (breathe), drinks by their local
names and units with a count or an act (coffee), whether a drink keeps one awake, counts as
caffeine or is strong (caffeine question), woken early and not back to sleep (sleep trouble),
how many hours one needs and screens in bed (sleep question), a named reminder or the bedtime
set to an hour (settings), today's form, how many days in a week, a face that twitches, on edge.
"""

from __future__ import annotations

from bot.core.intents.intent import Intent

_Table = dict[str, tuple[str, ...]]

_HOUR = {
    "en": r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half \w+",
    "de": r"\d+|eins|ein|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf"
    r"|halb \w+",
    "es": r"\d+|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce",
    "fr": r"\d+ ?h\w*|\d+|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|midi|minuit",
    "pt": r"\d+ ?h?|uma|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|meia noite",
    "ru": r"\d+|час|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать"
    r"|двенадцать",
}

# --- breathe: a relaxation, or help to calm down, asked for ------------------------------------
# Help to calm down with a twitching named is about the twitching ("mein Lid zuckt grad, hilf mir
# runterzukommen"): those rules answer it.
_NO_TWITCH = (
    r"^(?!.*\b(?:twitch\w*|spasm\w*|\w*zuck\w*|flatter\w*|tiembl\w*|salta\w*|brinca\w*|tics?"
    r"|espasm\w*|saute\w*|tressa\w*|trem\w*|pula\w*|tiques?|дерга\w*|дерну\w*|прыга\w*|скач\w*"
    r"|спазм\w*|тик)\b).*?"
)
# An imperative or a request ("help me calm down", "aide-moi à me poser", "помоги расслабиться"),
# not what a drink does ("does tea help me relax", "o chá me ajuda a relaxar").
_BREATHE: _Table = {
    "en": (
        r"\b(?:relaxation|relaxing|calming|grounding|calm down|wind down) (?:exercise|technique"
        r"|routine|session|audio|script|practice)s?\b|\b(?:a|some|quick|short|little|guided)"
        r" relaxation\b",
        _NO_TWITCH
        + r"(?:^|\b(?:can you|could you|would you|please|pls|plz|pls just|just) )help me"
        r" (?:to )?"
        r"(?:relax|calm (?:down|myself)|unwind|wind down|settle(?: down)?|chill(?: out)?"
        r"|ground myself)\b",
        r"\b(?:need|want|have) to (?:relax|calm down|unwind|settle) (?:\w+ ){0,3}?before"
        r" (?:my |the"
        r" |an |a |i |bed|sleep)",
    ),
    "de": (
        r"\b\w*entspannungs(?:u|ue)bung\w*|\bentspannungs(?:technik|methode|musik|audio|reise)\w*"
        r"|\bmuskelentspannung\b|\b(?:eine|ne|kurze|kleine|gefuhrte"
        r"|gefuehrte) (?:\w+ )?entspannung"
        r" (?:bitte|zum|vor|fur|machen)\b",
        _NO_TWITCH
        + r"\bhilf mir (?:\w+ ){0,2}(?:zu )?(?:entspannen|beruhigen|runterzukommen|runterkommen"
        r"|abzuschalten|zur ruhe)\b",
        r"\b(?:muss|will|mochte|moechte|brauche) mich (?:\w+ ){0,3}?(?:vor|bevor) (?:\w+ ){0,3}?"
        r"(?:entspannen|beruhigen)\b",
    ),
    "es": (
        r"\b(?:una|un ejercicio de|ejercicio de|ejercicios de|tecnica de|audio de|sesion de)"
        r" relajacion\b|\brelajacion (?:guiada|rapida|corta|para|antes)\b",
        _NO_TWITCH
        + r"\b(?:ayudame|ayudeme|me ayudas|puedes ayudarme|me puedes ayudar) (?:a )?(?:relajarme"
        r"|calmarme|tranquilizarme|relajar)\b",
        r"\bnecesito (?:\w+ )?(?:relajarme|calmarme|tranquilizarme) (?:\w+ ){0,3}?antes\b",
    ),
    "fr": (
        r"\b(?:une|exercice de|exercices de|technique de|seance de|audio de) (?:relaxation"
        r"|detente)\b|\brelaxation (?:guidee|rapide|courte|pour|avant)\b|\bcoherence cardiaque\b",
        _NO_TWITCH
        + r"\b(?:aide moi|aidez moi|tu peux m aider|tu peux maider|peux tu m aider|peux tu maider)"
        r" a (?:me )?(?:poser|calmer|detendre|relaxer|apaiser|recentrer)\b",
        r"\bbesoin de (?:me )?(?:poser|calmer|detendre) (?:\w+ ){0,3}?avant\b",
    ),
    "pt": (
        r"\b(?:um|exercicio de|exercicios de|tecnica de|sessao de|audio de) (?:relaxamento"
        r"|relaxar)\b|\brelaxamento (?:guiado|rapido|curto|pra|para|antes)\b",
        _NO_TWITCH
        + r"(?:^|\b(?:pode|podes|consegue|vc pode|voce pode|por favor) )(?:me ajuda|me ajude"
        r"|ajuda me|ajude me) a (?:relaxar|me acalmar|acalmar|desacelerar)\b",
        r"\bpreciso (?:\w+ )?(?:relaxar|me acalmar|acalmar) (?:\w+ ){0,3}?antes\b",
    ),
    "ru": (
        _NO_TWITCH + r"\bпомоги\w* (?:мне )?(?:\w+ )?(?:расслабиться|успокоиться)\b",
        r"\bупражнени\w* (?:на|для) (?:расслаблени|релакс|успокоени)\w*|\bрелаксаци\w*"
        r"|\bрасслабляющ\w* (?:упражнени|практик|техник)\w*",
        r"\b(?:нужно|надо|хочу) (?:\w+ )?(?:расслабиться|успокоиться) перед\b"
        r"|\b(?:запусти|включи|давай) дыхалк\w*",
    ),
}

# --- coffee: drinks by their local names and units, had or counted ------------------------------
# An act (had, drank, just, log it) or a count or a unit before the drink: "3 tintos en la
# oficina", "ein Kännchen schwarzen Tee", "3 кружки растворимого", "hab grad n monster getrunken".
_DRINK = {
    "en": r"monsters?(?: (?:energy|ultra|white))?|energy drinks?|red ?bulls?|cokes?|colas?|pepsis?"
    r"|mountain dews?|black teas?|green teas?|earl grey|english breakfast|matcha|yerba mate"
    r"|guarana|builders tea",
    "de": r"energys?|monster\w*|red ?bulls?|club ?mate|mate|cola|coke|schwarztee|schwarz\w* tee"
    r"|grun\w* tee|gruen\w* tee|earl grey|cappu|matcha",
    "es": r"(?<!vino )tintos?|tinticos?|nescafe|monsters?|red ?bull"
    r"|coca(?: cola)?|cocacola|pepsi|mates"
    r"|mate(?: cocido)?|te negro|te rojo|te verde|tecitos?|guarana",
    "fr": r"monsters?|red ?bull|coca|pepsi|the noir|the vert|grand creme|noisette|nespresso"
    r"|double double|mate|guarana",
    "pt": r"monsters?|red ?bull|coca(?: cola)?|guarana|chimarrao|cha mate|cha preto|cha verde"
    r"|terere|energetico",
    "ru": r"растворим\w*|монстр\w*|адреналин\w*|колу|колы|пепси|черн\w* ча\w*|зелен\w* ча\w*"
    r"|ча[июя]\w*|чаек|мате",
}
_HAD = {
    "en": r"had|drank|drunk|downed|slammed|smashed|chugged|finished|necked|just|another|\d+"
    r"|\d+(?:st|nd|rd|th)|second|third|fourth|two|three|four|five|cups? of|mugs? of|cans? of"
    r"|bottles? of|glass of|pots? of",
    "de": r"hab|habe|hatte|grad|gerade|eben|soeben|getrunken|\d+|zwei|drei|vier|zweite\w*"
    r"|dritte\w*|tasse|tassen|becher|kannchen|kaennchen|kanne|pott|dose|dosen|flasche|glas",
    "es": r"tome|tomado|tomaba|bebi|bebido|beberme|tomar|\d+|dos|tres|cuatro|cinco|otro|otros"
    r"|segundo|tercer|tercero|taza|tazas|lata|latas|vaso|vasos|botella|jarro",
    "fr": r"bu|bois|pris|prendre|boire|\d+|deux|trois|quatre|encore|deuxieme|troisieme"
    r"|tasse|tasses"
    r"|canette|canettes|verre|bouteille|mug",
    "pt": r"tomei|bebi|tomando|virei|tomar|beber|\d+|duas|dois|tres|quatro|outro|outra|segundo"
    r"|terceiro|xicara|xicaras|lata|latas|copo|copos|garrafa|cuia",
    "ru": r"выпил\w*|попил\w*|бахнул\w*|\d+|две|два|три|четыре|пять|вторая|второй|третья|третий"
    r"|кружк\w*|чашк\w*|стакан\w*|банк\w*|бутылк\w*",
}
_COFFEE: _Table = {
    language: (rf"\b(?:{_HAD[language]})\b (?:\w+ ){{0,3}}?(?:{drink})\b",)
    for language, drink in _DRINK.items()
}
_COFFEE["es"] += (r"\bnescafe\b|\bcafe de (?:la )?(?:gasolinera|maquina)\b",)
_COFFEE["ru"] += (r"\b(?:{}) (?:\w+ )?(?:кофе|растворим\w*)".format(_HAD["ru"]),)

# Reminders turned off for a while is a pause, not a setting ("desliga os lembretes por uma
# semana", "coupe les rappels une semaine", "apagá los avisos por dos semanas").
_OFF_FOR = {
    "en": r"\b(?:turn|switch|shut|mute|silence)\w* (?:off )?(?:\w+ ){0,2}?(?:reminders?"
    r"|notifications?|messages|alerts?) (?:off )?(?:for|until|till) (?:a|an|the|\d+|one|two"
    r"|three|a few|next|some|now|today|tonight|monday|the weekend)\b",
    "de": r"\b(?:schalt|stell|mach)\w* (?:\w+ ){0,2}(?:erinnerung|benachrichtigung|nachricht)\w*"
    r" (?:\w+ ){0,1}(?:fur|fuer|bis) (?:\w+ ){0,3}(?:aus|ab)\b",
    "es": r"\b(?:apaga|desactiva|quita|silencia)\w* (?:\w+ )?(?:recordatorios?|avisos?"
    r"|notificaciones?|mensajes) (?:\w+ )?(?:por|durante|hasta) \w+",
    "fr": r"\b(?:coupe|desactive|arrete|enleve|suspend)\w* (?:\w+ )?(?:rappels?|notifications?"
    r"|messages) (?:\w+ )?(?:pendant|pour|jusqu\w*|une semaine|deux semaines|quelques|un mois"
    r"|\d+)\b",
    "pt": r"\b(?:desliga|desativa|silencia|tira)\w* (?:\w+ )?(?:lembretes?|avisos?|notificac\w*"
    r"|mensagens) (?:\w+ ){0,2}?(?:por|durante|ate|enquanto)\b",
    "ru": r"\b(?:выключи|отключи|убери)\w* (?:\w+ )?(?:напоминани|уведомлени|сообщени)\w*"
    r" (?:на|до)\b",
}

# "At the break" is when the coffee was had, not a wish to pause the reminders.
_AT_THE_BREAK = {
    "en": r"\b(?:at|on|during|in) (?:the|my|our) (?:coffee |lunch |morning |afternoon )?break\b",
    "de": r"\bin (?:der|meiner|unserer) (?:\w+)?pause\b|\bzur (?:\w+)?pause\b",
    "es": r"\b(?:en|durante) (?:la|el|mi) (?:pausa|descanso)\b",
    "fr": r"\b(?:a|pendant) (?:la|ma) pause\b|\ben pause (?:cafe|dej\w*|clope)\b|\bpause (?:cafe"
    r"|dej\w*)\b",
    "pt": r"\b(?:na|durante a|no) (?:minha )?(?:pausa|intervalo)\b",
    "ru": r"\bв перерыв\b|\bна перерыве\b",
}

# --- caffeine question --------------------------------------------------------------------------
# Whether a drink keeps one awake as a coffee does, counts as caffeine, is strong; whether it
# still disturbs sleep after lunch; the cut-off hour for coffee.
_CAFF = {
    "en": r"coffees?|caffeine|coke|cola|tea|green tea|black tea|energy drinks?|matcha|guarana"
    r"|mate|chocolate|pre ?workout",
    "de": r"kaffee\w*|koffein\w*|cola|tee|mate|energy\w*|matcha|guarana|schokolade",
    "es": r"cafe|cafes|cafeina|coca(?: cola)?|cola|te|mate|energeticas?|energizantes?|matcha"
    r"|guarana|chocolate",
    "fr": r"cafes?|cafeine|coca|cola|the|mate|energisantes?|matcha|guarana|chocolat|chicoree",
    "pt": r"cafe|cafes|cafeina|coca(?: cola)?|cola|cha|mate|chimarrao|energeticos?|matcha"
    r"|guarana|chocolate",
    "ru": r"кофе\w*|кофеин\w*|кол[аыу]|ча[июя]\w*|мате|энергетик\w*|матч\w*|гуаран\w*"
    r"|шоколад\w*|kofe\w*|kola|koly|kolu|chai|chaj|chay|energetik\w*",
}
_AS_COFFEE = {
    "en": r"(?:as much as|like|same as|as bad as|as strong as) (?:a |an )?(?:coffee|espresso)",
    "de": r"(?:genauso (?:\w+ )?wie|so (?:\w+ )?wie|wie) (?:ein |einen )?(?:kaffee|espresso)",
    "es": r"(?:tanto como|igual que|como) (?:un )?(?:cafe|expreso|espresso)",
    "fr": r"(?:autant qu ?un|autant que|comme un|pareil qu ?un|aussi fort qu ?un) (?:cafe"
    r"|expresso)|autant quun cafe|pareil quun cafe",
    "pt": r"(?:tanto quanto|igual a|que nem|como) (?:um )?(?:cafe|expresso)",
    "ru": r"(?:как|так же как|как и) (?:\w+ )?(?:кофе|эспрессо)",
}
_COUNTS_AS = {
    "en": r"counts? as (?:a )?(?:coffee|caffeine)|count towards (?:my )?caffeine",
    "de": r"zahlt (?:\w+ )?(?:als|zum) (?:kaffee|koffein)|zaehlt (?:\w+ )?(?:als|zum) (?:kaffee"
    r"|koffein)",
    "es": r"cuenta como (?:un )?(?:cafe|cafeina)",
    "fr": r"compte comme (?:un |du |de la )?(?:cafe|cafeine)",
    "pt": r"conta como (?:um )?(?:cafe|cafeina)",
    "ru": r"счита\w* (?:как |за )?(?:кофе|кофеин)\w*|schita\w* (?:kak |za )?kofe\w*",
}
_KEEPS_AWAKE = {
    "en": r"keeps? (?:you|me|one|people) (?:up|awake)|disturbs? (?:my |your )?sleep"
    r"|(?:mess|messes) (?:with|up) (?:my |your )?sleep",
    "de": r"halt (?:\w+ )?wach|haelt (?:\w+ )?wach|stor\w* (?:\w+ )?(?:den |meinen )?schlaf"
    r"|stoer\w* (?:\w+ )?(?:den |meinen )?schlaf",
    "es": r"quita (?:\w+ )?(?:el )?sueno|desvela|mantiene despiert[oa]|afecta (?:\w+ )?(?:el"
    r" )?sueno|molesta (?:\w+ )?(?:el |para )?(?:sueno|dormir)",
    "fr": r"empeche\w* (?:\w+ )?de dormir|empech\w* (?:\w+ )?(?:le )?sommeil|garde eveille"
    r"|tient eveille|perturbe\w* (?:\w+ )?(?:le )?sommeil|gene\w* (?:\w+ )?(?:le )?sommeil",
    "pt": r"tira (?:\w+ )?o sono|atrapalha\w* (?:\w+ )?(?:o )?sono|deixa (?:\w+ )?acordad[oa]"
    r"|atrapalha\w* (?:\w+ )?(?:a )?dormir|prejudica\w* (?:\w+ )?(?:o )?sono",
    "ru": r"меша\w* (?:\w+ )?(?:спать|уснуть|заснуть|сну)|не да\w* (?:\w+ )?(?:спать|уснуть"
    r"|заснуть)|бодрит",
}
# A question by its words, since the question mark is gone.
_ASK = {
    "en": r"does|do|can|could|will|would|is|is it|should|still",
    "de": r"ist|macht|halt|haelt|kann|stort|stoert|noch|zahlt|zaehlt",
    "es": r"es|puede|me puede|sigue|todavia|aun|cuenta|quita",
    "fr": r"est ce|estce|peut|ca|encore|toujours|compte|empeche",
    "pt": r"pode|ainda|sera|conta|e|atrapalha",
    "ru": r"ли|может|правда|разве|все еще|еще|тоже|считается",
}
_STRONG = {
    "en": r"(?:is|are) (?:\w+ )?(?:guarana|matcha|yerba mate|mate|pre ?workout|caffeine pills?"
    r"|caffeine powder)\b (?:\w+ ){0,2}?(?:strong|stronger|too strong)\b|\b(?:guarana|matcha"
    r"|yerba mate|pre ?workout|caffeine pills?|caffeine powder) (?:\w+ ){0,3}?(?:is|that)"
    r" (?:\w+ )?(?:strong|stronger)\b",
    "de": r"\b(?:guarana|mate|matcha|koffeintabletten|koffeinpulver|pre ?workout) (?:\w+ ){0,3}?"
    r"(?:ist|sind|zu) (?:\w+ )?(?:stark|starker|staerker)\b|\bist (?:\w+ )?(?:guarana|mate"
    r"|matcha) (?:\w+ )?(?:stark|starker|staerker)\b",
    "es": r"\b(?:guarana|mate|matcha|pre ?entreno|cafeina en polvo|pastillas de cafeina)"
    r" (?:\w+ ){0,3}?(?:es|son|esta) (?:\w+ )?(?:fuerte|fuertes)\b|\bes (?:\w+ )?fuerte (?:el"
    r" |la )?(?:guarana|mate|matcha)\b",
    "fr": r"\b(?:guarana|mate|matcha|pre ?workout|cafeine en poudre) (?:\w+ ){0,3}?(?:est|c ?est"
    r"|cest) (?:\w+ )?(?:fort|forte|puissant)\b",
    "pt": r"\b(?:guarana|mate|chimarrao|matcha|pre ?treino|cafeina em po) (?:\w+ ){0,3}?(?:e|eh"
    r"|sao|ta) (?:\w+ )?(?:forte|fortes)\b",
    "ru": r"\b(?:гуаран\w*|мате|матч\w*|предтрен\w*) (?:\w+ ){0,3}?(?:сильн\w*|крепк\w*)\b",
}
_CUTOFF = {
    "en": r"\b(?:cut ?off|latest|last) (?:time|hour)? ?(?:for|to have) (?:a |my )?(?:coffee"
    r"|caffeine)\b",
    "de": r"\b(?:deadline|grenze|letzte uhrzeit|spateste\w*|spaeteste\w*) (?:\w+ ){0,2}(?:fur"
    r"|fuer) (?:den )?(?:kaffee|koffein)\b",
    "es": r"\bhora limite (?:\w+ ){0,2}(?:cafe|cafeina)\b|\bultimo cafe (?:\w+ ){0,3}?(?:a que"
    r" hora|cuando)\b",
    "fr": r"\bl ?heure limite (?:\w+ ){0,2}(?:cafe|cafeine)\b|\bdernier cafe (?:\w+ ){0,3}?(?:a"
    r" quelle heure|quand)\b",
    "pt": r"\b(?:hora|horario) limite (?:\w+ ){0,2}(?:cafe|cafeina)\b|\bultimo cafe (?:\w+ )"
    r"{0,3}?(?:que horas|quando)\b",
    "ru": r"\b(?:крайн\w*|последн\w*) (?:время|час) (?:\w+ ){0,2}(?:кофе|кофеин\w*)"
    r"|\bпоследн\w* (?:чашк\w* )?кофе (?:\w+ ){0,2}(?:во сколько|когда)\b",
}
_AFTER_LUNCH = {
    "en": r"after (?:lunch|noon|midday|\d+ ?pm)|in the afternoon|at night|in the evening",
    "de": r"nach dem mittag\w*|nachmittags|am nachmittag|abends|am abend",
    "es": r"despues de (?:comer|almorzar|la comida|el almuerzo)|por la tarde|a la tarde"
    r"|por la noche|de noche",
    "fr": r"apres (?:le )?(?:dejeuner|repas|midi)|l apres midi|lapres midi|le soir",
    "pt": r"depois do almoco|a tarde|de tarde|a noite|de noite",
    "ru": r"после обеда|после (?:\d+|двух|трех|четырех)|днем|вечером",
}
# Whether an amount of a drink is bad ("c'est grave si je bois 2 monsters par jour").
_BAD_IF = {
    "en": r"is it (?:bad|ok|okay|safe|a problem|dangerous) if",
    "de": r"ist es (?:schlimm|ok|okay|schlecht|gefahrlich|gefaehrlich) wenn",
    "es": r"(?:es|esta) (?:malo|mal|grave|peligroso) si",
    "fr": r"c ?est (?:grave|mauvais|dangereux) si|est ce (?:grave|mauvais|dangereux) si",
    "pt": r"(?:e|eh) (?:grave|ruim|perigoso) se|faz mal se|tem problema se",
    "ru": r"(?:плохо|вредно|страшно|нормально|опасно) ли если|это (?:плохо|вредно|нормально"
    r"|опасно) если",
}
_CAFFEINE_Q: _Table = {
    language: (
        rf"\b(?:{_CAFF[language]})\b (?:\w+ ){{0,6}}?(?:{_KEEPS_AWAKE[language]})\b"
        rf" (?:\w+ ){{0,3}}?(?:{_AS_COFFEE[language]})\b",
        rf"\b(?:{_CAFF[language]})\b (?:\w+ ){{0,3}}?(?:{_COUNTS_AS[language]})\b",
        rf"\b(?:{_ASK[language]})\b (?:\w+ ){{0,4}}?(?:{_CAFF[language]})\b (?:\w+ ){{0,4}}?"
        rf"(?:{_AFTER_LUNCH[language]})\b (?:\w+ ){{0,3}}?(?:{_KEEPS_AWAKE[language]})\b",
        rf"\b(?:{_CAFF[language]})\b (?:\w+ ){{0,4}}?(?:{_AFTER_LUNCH[language]})\b"
        rf" (?:\w+ ){{0,2}}?"
        rf"(?:{_ASK[language]})\b (?:\w+ ){{0,2}}?(?:{_KEEPS_AWAKE[language]})\b",
        rf"\b(?:{_ASK[language]})\b (?:\w+ ){{0,4}}?(?:{_CAFF[language]})\b (?:\w+ ){{0,6}}?"
        rf"(?:{_KEEPS_AWAKE[language]})\b (?:\w+ ){{0,3}}?(?:{_AS_COFFEE[language]})\b",
        _STRONG[language],
        _CUTOFF[language],
        rf"\b(?:{_BAD_IF[language]})\b (?:\w+ ){{0,4}}?(?:{_CAFF[language]}|{_DRINK[language]})\b",
    )
    for language in _CAFF
}

# --- sleep trouble: woken early and not back to sleep; a night without a wink ------------------
_WOKEN: _Table = {
    "en": (
        rf"\b(?:woke|woken|awoke|wake|waking)(?: me)?(?: up)? (?:\w+ ){{0,2}}?(?:at|around|before)"
        rf" (?:{_HOUR['en']})(?: ?am)?\b (?:\w+ ){{0,8}}?(?:(?:couldnt|could not|cant|cannot"
        r"|can not|didnt|did not|never) (?:\w+ )?(?:get|go|drop|drift|fall|nod) back"
        r"|(?:awake|up|ruminating|overthinking|thinking) (?:\w+ )?since|since then|ever since)\b",
        r"\b(?:couldnt|could not|cant|cannot|can not) (?:\w+ )?(?:get|drop|drift|nod) back"
        r" off\b(?! (?:the|my|that|this|it)\b)",
    ),
    "de": (
        rf"\b(?:aufgewacht|wach geworden|geweckt|aufgewacht) (?:\w+ ){{0,3}}?(?:um|gegen)"
        rf" (?:{_HOUR['de']})"
        r"\b (?:\w+ ){0,8}?(?:seitdem|nicht (?:mehr |wieder )+(?:ein)?(?:geschlafen|schlafen))",
        rf"\b(?:{_HOUR['de']})(?: uhr)? (?:\w+ ){{0,3}}?(?:und )?(?:ich )?(?:bin |lieg |liege )"
        r"(?:\w+ )?hellwach\b|\bhellwach (?:\w+ ){0,3}?(?:um|seit) (?:\d+|halb \w+)\b",
    ),
    "es": (
        rf"\bme (?:desperte|desperto|despertaron|despertaste) (?:\w+ ){{0,4}}?a las"
        rf" (?:{_HOUR['es']})\b (?:\w+ ){{0,8}}?(?:ya no|no (?:\w+ )?(?:pude|pued\w*|consigo"
        r"|volvi|logre)|desde entonces)\b",
        r"\bno (?:pude|podia|consegui|logre) volver a dormir\w*|\b(?:otra )?noches? en vela\b"
        r"|\b(?:pase|pasando|paso) la noche en vela\b",
    ),
    "fr": (
        rf"\b(?:reveille|reveillee|reveilles|reveillees|ma reveillee?|m a reveillee?|me suis"
        rf" reveillee?) (?:\w+ ){{0,3}}?(?:a|vers) (?:{_HOUR['fr']})\b (?:\w+ ){{0,8}}?(?:depuis"
        r"|(?:pas|plus) (?:pu |reussi a |moyen de )?(?:me )?rendormi\w*)\b",
    ),
    "pt": (
        r"\b(?:nao|sem) (?:preguei|pregar|preguei o|pregar o|prego) (?:o )?olho\b",
        rf"\bacordei (?:\w+ ){{0,3}}?(?:as|a|umas) (?:{_HOUR['pt']})\b (?:\w+ ){{0,8}}?(?:desde"
        r" entao|nao (?:\w+ )?(?:consegui|consigo|voltei|volto|dormi)|nao (?:ha|tem) (?:meio"
        r"|jeito))\b",
        r"\bnao (?:\w+ )?(?:consegui|consigo|ha meio de|tem como) voltar a (?:dormir|adormecer)\b"
        r"|\b(?:\d+|tres|quatro|cinco) (?:h |horas )?da manha e (?:eu )?(?:\w+ )?acordad[oa]\b",
    ),
    "ru": (
        r"\b(?:глаз|глаза) не сомкну\w*|\bне сомкну\w* глаз\w*|\bсна ни в одном глазу\b",
        rf"\bпроснул\w* (?:\w+ ){{0,3}}?в (?:{_HOUR['ru']})\b (?:\w+ ){{0,8}}?(?:и все|и лежу"
        r"|с тех пор|не (?:могу|смог\w*|получается) (?:\w+ )?(?:уснуть|заснуть))\b",
    ),
}

# --- sleep question: how many hours one needs; screens in bed -----------------------------------
_SCREEN = {
    "en": r"phones?|mobile|screens?|tv|telly|tablet|ipad|laptop|netflix|scrolling|social media"
    r"|tiktok|instagram",
    "de": r"handy|smartphone|bildschirm\w*|fernseh\w*|tablet|ipad|laptop|netflix|serien"
    r"|scrollen",
    "es": r"movil|celular|telefono|pantallas?|tele|television|tablet|ipad|netflix|series|redes",
    "fr": r"telephone|portable|tel|ecrans?|tele|television|tablette|ipad|netflix|series|reseaux",
    "pt": r"celular|telemovel|telefone|telas?|ecras?|tv|televisao|tablet|ipad|netflix|series"
    r"|redes",
    "ru": r"телефон\w*|смартфон\w*|экран\w*|гаджет\w*|телевизор\w*|сериал\w*|планшет\w*",
}
_IN_BED = {
    "en": r"in bed|before (?:bed|bedtime|sleep|sleeping)|at bedtime",
    "de": r"im bett|vorm schlafen\w*|vor dem schlafen\w*|vor dem einschlafen",
    "es": r"en la cama|antes de dormir|antes de acostarme|antes de acostarse",
    "fr": r"au lit|dans (?:le|mon) lit|avant de dormir|avant de (?:me |se )?coucher",
    "pt": r"na cama|antes de dormir|antes de deitar",
    "ru": r"в кровати|в постели|перед сном",
}
_SCREEN_ASK = {
    "en": r"is it|is|does|do|should|can|bad|ok|okay",
    "de": r"ist|ist es|macht|schlecht|schadlich|schaedlich|ok|soll",
    "es": r"es|es malo|esta mal|afecta|puedo|deberia|hace mal",
    "fr": r"est ce|c est|cest|mauvais|grave|peut|dois je",
    "pt": r"e|faz mal|e ruim|atrapalha|posso|devo",
    "ru": r"ли|вредно|плохо|можно|нормально|стоит",
}
_HOURS_NEEDED = {
    "en": r"\bhow (?:many|much) (?:hours?|hrs?|h)\b (?:\w+ ){0,3}?(?:do|should|does|must) (?:i"
    r"|you|we|one|a person|an adult|people) (?:\w+ )?(?:need|get|have)\b|\bis (?:\d+|five|six"
    r"|seven|eight) (?:hours?|hrs?|h) (?:\w+ )?enough\b",
    "de": r"\bwie ?viele? stunden (?:\w+ ){0,3}?(?:brauch\w*|sollte\w*|muss|reichen)\b|\breichen"
    r" (?:\d+|funf|fuenf|sechs|sieben|acht) stunden\b",
    "es": r"\bcuantas horas (?:\w+ ){0,3}?(?:necesito|necesita|necesitamos|hay que|hacen falta"
    r"|debo|deberia|son suficientes)\b|\bcon (?:\d+|cinco|seis|siete|ocho) horas (?:\w+ )?"
    r"(?:basta|alcanza|es suficiente)\b",
    "fr": r"\bcombien d ?heures (?:\w+ ){0,3}?(?:il (?:me |nous )?faut|faut il|jai besoin"
    r"|j ai besoin|ai je besoin|on a besoin|dois je|faudrait)\b|\b(?:\d+ ?h|\d+ heures) (?:\w+ )?"
    r"(?:ca suffit|cest assez|c est assez|suffisent|suffit)\b",
    "pt": r"\bquantas horas (?:\w+ ){0,3}?(?:preciso|precisa|precisamos|devo|deveria|e o ideal"
    r"|sao suficientes)\b|\b(?:\d+|cinco|seis|sete|oito) horas (?:\w+ )?(?:e|sao) (?:\w+ )?"
    r"(?:suficiente|o bastante)s?\b",
    "ru": r"\bсколько (?:\w+ ){0,2}?час\w* (?:\w+ ){0,2}?(?:нужно|надо|необходимо|достаточно)\b"
    r"|\b(?:\d+|шести|семи|пяти|восьми) час\w* (?:\w+ )?(?:достаточно|хватает|хватит)\b",
}
# Whether a regular bedtime matters ("does going to bed at the same time every night really make
# a difference", "immer zur gleichen Zeit ins Bett, bringt das was").
_SAME_TIME = {
    "en": r"\b(?:bed|sleep|sleeping|wake up|waking up|get up|getting up) (?:\w+ ){0,2}?same time"
    r" (?:\w+ ){0,4}?(?:make a difference|matter|matters|help|helps|important|worth it)\b",
    "de": r"\b(?:bett|schlafen|aufstehen|aufwachen) (?:\w+ ){0,3}?(?:gleichen|selben) (?:zeit"
    r"|uhrzeit) (?:\w+ ){0,4}?(?:bringt das|bringts|hilft|wichtig|sinnvoll|unterschied)\b"
    r"|\b(?:gleichen|selben) (?:zeit|uhrzeit) (?:\w+ ){0,2}?(?:ins bett|schlafen|aufstehen)"
    r" (?:\w+ ){0,3}?(?:bringt das|bringts|hilft|wichtig|sinnvoll|unterschied)\b",
    "es": r"\b(?:acostar\w*|dormir|despertar\w*|levantar\w*) (?:\w+ ){0,2}?misma hora"
    r" (?:\w+ ){0,4}?(?:sirve|ayuda|importa|importante|diferencia|vale la pena)\b",
    "fr": r"\b(?:coucher|dormir|lever|reveiller) (?:\w+ ){0,2}?meme heure (?:\w+ ){0,4}?(?:ca"
    r" change|change quelque chose|aide|important|sert a quelque chose)\b",
    "pt": r"\b(?:deitar|dormir|acordar|levantar) (?:\w+ ){0,2}?(?:mesmo horario|mesma hora)"
    r" (?:\w+ ){0,4}?(?:faz diferenca|ajuda|importa|importante|vale a pena)\b",
    "ru": r"\b(?:ложиться|вставать|просыпаться|спать) (?:\w+ ){0,2}?в одно (?:и то же )?время"
    r" (?:\w+ ){0,4}?(?:важно|помогает|имеет значение|смысл|нужно)\b",
}
_SLEEP_Q: _Table = {
    language: (
        rf"\b(?:{_SCREEN_ASK[language]})\b (?:\w+ ){{0,5}}?(?:{_SCREEN[language]})\b (?:\w+ )"
        rf"{{0,3}}?(?:{_IN_BED[language]})\b",
        _HOURS_NEEDED[language],
        _SAME_TIME[language],
    )
    for language in _SCREEN
}

# --- settings: a named reminder turned off or moved, the bedtime set to an hour ------------------
_SETTINGS: _Table = {
    "en": (
        r"\b(?:turn|switch|shut|put|move|push|set|change)\w* (?:\w+ ){0,3}?(?:reminders?"
        r"|notifications?|alerts?) (?:\w+ )?(?:off|on|to|back|forward|earlier|later)\b",
        rf"\b(?:set|change|move|push|shift|put|switch)\w* (?:my |the )?(?:bedtime|wake ?up time"
        rf"|check ?in time) (?:\w+ )?(?:to|at|for) (?:{_HOUR['en']})\b",
    ),
    "de": (
        rf"\b(?:\w*erinnerung|schlafenszeit)\w* (?:\w+ ){{0,4}}?auf (?:{_HOUR['de']})(?: uhr)?\b",
        r"\b\w+erinnerung\w* (?:\w+ ){0,2}?(?:aus|ab|abstellen|ausschalten|deaktivieren"
        r"|abschalten|weg)\b",
    ),
    "es": (
        r"\b(?:quita|quitame|apaga|desactiva|elimina|borra|pon|cambia|mueve)\w* (?:\w+ ){0,1}"
        r"(?:recordatorio|aviso|notificacion)\w*\b",
        rf"\b(?:pon|poner|cambia|cambiar|mueve|mover)\w* (?:\w+ ){{0,2}}?(?:hora de (?:dormir"
        rf"|acostarme)) (?:\w+ )?a las (?:{_HOUR['es']})\b",
    ),
    "fr": (
        r"\b(?:desactive|coupe|enleve|supprime|arrete|mets|decale|change)\w* (?:\w+ ){0,1}"
        r"(?:rappel|notification|alerte)s?\b",
        rf"\b(?:mets|mettre|decale|change|changer|passe)\w* (?:\w+ ){{0,2}}?heure de (?:coucher"
        rf"|dormir) (?:\w+ )?a (?:{_HOUR['fr']})\b",
    ),
    "pt": (
        r"\b(?:desliga|desligar|desativa|desativar|tira|tirar|muda|mudar|poe|coloca|passa)\w*"
        r" (?:\w+ ){0,1}(?:lembrete|aviso|notificac)\w*",
        rf"\b(?:muda|mudar|poe|por|coloca|colocar|passa|passar)\w* (?:\w+ ){{0,2}}?"
        rf"(?:horario|hora)"
        rf" de (?:dormir|deitar) (?:\w+ ){{0,2}}?(?:as|para|pra) (?:as )?(?:{_HOUR['pt']})\b",
    ),
    "ru": (
        r"\bнапоминани\w* (?:\w+ ){0,3}?(?:поставь|перенеси|переставь|сдвинь|выключи|отключи"
        r"|убери|включи|поменяи)\w*",
        rf"\bнапоминани\w* (?:\w+ ){{0,4}}?на (?:{_HOUR['ru']})\b",
    ),
}

# --- checkin, history, twitching, anxious -------------------------------------------------------
_CHECKIN: _Table = {
    "en": (
        r"\b(?:fill in|fill out|do|complete|start) (?:the |my )?(?:todays|today s|daily|tonights)"
        r" (?:\w+ )?(?:sheet|log|entry|form|card|diary)\b|\b(?:fill in|fill out|do) (?:my|the)"
        r" (?:entry|log|sheet|form) for today\b",
    ),
    "de": (
        r"\b(?:heutig|taglich|taeglich)\w* (?:\w+ )?(?:eintrag|bogen|formular|blatt) (?:\w+ )?"
        r"(?:machen|ausfullen|ausfuellen|eintragen|aufnehmen)\b",
    ),
    "es": (
        r"\b(?:rellen|llen|complet|hac)\w* (?:\w+ ){0,2}(?:ficha|hoja|formulario|planilla|diario"
        r"|registro) (?:de hoy|del dia|diari[oa])\b",
    ),
    "fr": (
        r"\b(?:rempli\w*|remplir|faire|fait|fais|complete\w*) (?:\w+ ){0,2}(?:fiche|formulaire"
        r"|suivi|questionnaire|entree) (?:du jour|daujourd ?hui|de ce soir|du soir"
        r"|quotidien\w*)\b",
    ),
    "pt": (
        r"\b(?:preench|complet|faz|fazer)\w* (?:\w+ ){0,2}(?:ficha|formulario|planilha|folha"
        r"|diario|registro|registo) (?:de hoje|do dia|de hj|diari[oa])\b",
    ),
    "ru": (
        r"\b(?:заполн|запиш|отмет)\w* (?:\w+ ){0,2}(?:анкет|дневник|форм|карточк|опрос)\w*"
        r" (?:за|на) сегодня\b",
    ),
}
_HOW_MANY_DAYS = {
    "en": r"\bhow many (?:days|nights|times) (?:\w+ ){0,8}?(?:this|last|past|the past|the last)"
    r" (?:week|month|fortnight)\b",
    "de": r"\b(?:an )?wie ?vielen? (?:tagen|tage|nachten|mal) (?:\w+ ){0,8}?(?:diese|dieser"
    r"|diesen|letzte\w*|vorige\w*) (?:woche|monat)\b",
    "es": r"\bcuant[oa]s (?:dias|noches|veces) (?:\w+ ){0,8}?(?:esta semana|este mes|la semana"
    r" pasada|el mes pasado)\b",
    "fr": r"\bcombien de (?:jours|nuits|fois) (?:\w+ ){0,8}?(?:cette semaine|ce mois|la semaine"
    r" derniere|le mois dernier)\b",
    "pt": r"\bquant[oa]s (?:dias|noites|vezes) (?:\w+ ){0,8}?(?:esta semana|essa semana|este mes"
    r"|esse mes|semana passada|mes passado)\b",
    "ru": r"\bсколько (?:дней|ночей|раз) (?:\w+ ){0,8}?(?:(?:за|на) (?:эт|прошл|последн)\w*"
    r" недел\w*|(?:за|в) (?:эт|прошл|последн)\w* месяц\w*)",
}
# The face, hands and trunk, where the twitching also goes: "le coin de la bouche qui saute".
_TWITCHING = {
    "en": r"\b(?:cheeks?|eyebrows?|brows?|corner of my mouth|mouth|chin|fingers?|toes?|thighs?"
    r"|shoulders?|jaw) (?:\w+ ){0,3}(?:is |are |keeps |started )?(?:jumping|flickering"
    r"|fluttering|jerking|spasming)\b",
    "de": r"\b(?:wange|augenbraue|mundwinkel|mund|kinn|finger|oberschenkel|schulter|hand)\w*"
    r" (?:\w+ ){0,3}(?:flattert|hupft|huepft|springt)\b",
    "es": r"\b(?:mejilla|ceja|comisura|boca|barbilla|dedos?|muslos?|brazos?|hombros?|mano)"
    r" (?:\w+ ){0,3}(?:tiembla|salta|brinca|temblando|saltando|brincando)\b",
    "fr": r"\b(?:joues?|sourcils?|coin de la bouche|bouche|menton|doigts?|cuisses?|bras|epaules?"
    r"|mains?|orteils?) (?:\w+ ){0,3}(?:saute|sautent|tressaute\w*|palpite|palpitent)\b",
    "pt": r"\b(?:bochecha|sobrancelha|canto da boca|boca|queixo|dedos?|dedao|coxas?|bracos?"
    r"|ombros?|mao|maos) (?:\w+ ){0,3}(?:treme|tremendo|pula|pulando|salta|saltando)\b",
    "ru": r"\b(?:щек\w*|бров\w*|уголок губ|угол рта|губ\w*|подбородок|пальц\w*|бедр\w*|плеч\w*"
    r"|рук\w*) (?:\w+ ){0,3}(?:прыгает|скачет|трепещет)\b",
}
# On edge, wound up: "я на взводе", "tô pilhado", "à cran", "de los nervios", "unter Strom".
# Anxious when said alone; venting at the end of a day told as a complaint ("journée pourrie …
# je suis à cran"): `rules` reads it as anxious only where no venting is found.
ON_EDGE = {
    "en": r"\bkeyed up\b|\bstrung out\b|\bnerves (?:are )?(?:shot|frayed)\b",
    "de": r"\b(?:bin|ich bin|total|voll|so) (?:\w+ )?(?:unter strom|angespannt|gereizt|hibbelig"
    r"|aufgekratzt)\b",
    "es": r"\b(?:estoy|ando|voy) (?:\w+ )?(?:de los nervios|atacad[oa]|histeric[oa]|tens[oa]"
    r"|con los nervios)\b",
    "fr": r"\ba cran\b|\bsur les nerfs\b|\b(?:je suis|suis|jsuis|chuis) (?:\w+ )?(?:tendue?"
    r"|sur les dents|a bout de nerfs)\b",
    "pt": r"\bpilhad[oa]s?\b|\b(?:to|tou|estou|ando) (?:\w+ )?(?:tens[oa]|uma pilha"
    r"|com os nervos)\b",
    # Said of oneself: not "начальник на взводе" (the boss is).
    "ru": r"\b(?:я|весь|вся|сам|сама|уже|постоянно|опять|снова|совсем|день|дня|утра|ночи|время)"
    r" (?:\w+ )?(?:как )?(?:на взводе|на нервах|на иголках)\b|\bвзвинчен\w*",
}


def _one(table: dict[str, str]) -> _Table:
    return {language: (pattern,) for language, pattern in table.items()}


FOUND: dict[Intent, _Table] = {
    Intent.PAUSE: _one(_OFF_FOR),
    Intent.BREATHE: _BREATHE,
    Intent.COFFEE: _COFFEE,
    Intent.CAFFEINE_QUESTION: _CAFFEINE_Q,
    Intent.CANT_SLEEP: _WOKEN,
    Intent.SLEEP_QUESTION: _SLEEP_Q,
    Intent.SETTINGS: _SETTINGS,
    Intent.CHECKIN: _CHECKIN,
    Intent.HISTORY: _one(_HOW_MANY_DAYS),
    Intent.TWITCHING: _one(_TWITCHING),
}
UNLESS: dict[Intent, _Table] = {
    Intent.PAUSE: _one(_AT_THE_BREAK),
    # "Harto" is also "plenty of" ("un tecito con harta azúcar"), not fed up.
    Intent.VENTING: {
        "es": (
            r"\bcon hart[oa]s? \w+|\bhart[oa]s? (?:azucar|leche|cafe|gente|pega|trabajo|plata"
            r"|frio|calor|tiempo|cosas)\b",
        ),
    },
}
