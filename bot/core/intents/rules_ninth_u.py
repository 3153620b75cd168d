"""Intent phrases widened in the ninth round from the rows of set U, over text as
`bot.core.typed.normalise` leaves it. `rules` adds `FOUND` to its own finds and `UNLESS` to its
own take-backs, as for `rules_ninth`.

The families: whether one's own twitching or sleep changed since one changed something, and a
link between two of one's own things (history: the entries answer it, not the caffeine answer);
how many cups a day is too much, and the latest hour for a coffee before a bedtime (caffeine
question, whatever twitching it names); a drink logged with "note it" or counted in the plural
(coffee); a short or broken night by its hours or its wakings (sleep trouble); a relaxation asked
for with an exam ahead, or after "I need to calm down" (breathe).
"""

from __future__ import annotations

from bot.core.intents.intent import Intent

_Table = dict[str, tuple[str, ...]]

# --- history: one's own change since one changed something ------------------------------------
# A word of change (better, less, calmer), then "since I ..." with the speaker as subject: "has
# it got better since I cut down coffee", "wird das Zucken besser seit ich weniger Kaffee trink",
# "he mejorado desde que dejé el café", "ça va mieux depuis que j'ai arrêté", "melhorou desde que
# cortei o café", "стало лучше с тех пор как я бросил кофе". Without the speaker's own act ("worse
# since the new job started") it stays what it was.
_CHANGE = {
    "en": r"better|worse|improv\w*|less|fewer|calm\w*|eased|easing|settled|changed|difference"
    r"|gone down|gone up|down|reduced|decreased",
    "de": r"besser|schlechter|weniger|ruhiger|gebessert|verbessert|verandert|veraendert"
    r"|nachgelassen|unterschied|seltener|schlimmer",
    "es": r"mejor|mejorado|mejorando|peor|empeorado|menos|cambiado|bajado|disminuido|diferencia"
    r"|calmado",
    "fr": r"mieux|pire|moins|change|calme|diminue|baisse|difference|ameliore|ameliorer",
    "pt": r"melhor|melhorou|melhorei|melhorado|melhorando|pior|piorou|menos|mudou|mudaram"
    r"|diminuiu|diminuiram|diferenca|acalmou",
    "ru": r"лучше|хуже|меньше|легче|спокоинее|реже|прошл[оаи]|уменьшил\w*|изменил\w*|разниц\w*",
}
_SINCE_I = {
    "en": r"since (?:i|i ve|ive|i have|i had|id|i d|i started|we)",
    "de": r"seit(?:dem)? (?:ich|wir)",
    # A first person's past: "desde que dejé", "desde que he dejado", "desde que bajé".
    "es": r"desde (?:que|q) (?:yo )?(?:me )?(?:\w+[ei]|he \w+(?:ado|ido))",
    "fr": r"depuis (?:que|qu) (?:je|j|jai|j ai|jsuis|on)",
    "pt": r"desde (?:que|q) (?:eu )?(?:\w+ei|\w+i|parei|larguei)",
    "ru": r"(?:с тех пор|с того момента|с того времени|после того) как(?: я)?"
    r"|(?:с тех пор|после того) (?:я|как)",
}
# Better since talking to the bot ("mir geht's besser, seit ich mit dir rede") is thanks or a
# feeling, not a trend in the entries.
_NOT_YOU = (
    r"(?! (?:\w+ ){0,3}?(?:you|u|dir|euch|contigo|ti|te|toi|vous|voce|vc|тобои|тебе|вами|вам)\b)"
)
# A question about it: its opener, where the language has one.
_ASKS = {
    "en": r"has|have|is|are|did|does|am|was|were|any",
    "de": r"wird|ist|hat|sind|werden|bin|geht|gehts|habe|hab|zuckt|zucken",
    "es": r"he|has|ha|han|hemos|estoy|esta|estan|voy|va|van|es|hay|tengo",
    "fr": r"est ce|estce|est ce que|ca|ai je|jai|j ai|y a t il|y a|vais je",
    "pt": r"melhorou|melhorei|piorou|diminuiu|mudou|to|tou|estou|esta|ta|tem|tenho|ficou",
    "ru": r"стало|стал|стала|стали|есть|ли|становится|дергается|дергаются",
}
_SINCE: _Table = {
    language: (
        rf"\b(?:{_ASKS[language]})\b (?:\w+ ){{0,5}}?(?:{_CHANGE[language]})\b (?:\w+ ){{0,5}}?"
        rf"(?:{_SINCE_I[language]})\b{_NOT_YOU}",
    )
    for language in _CHANGE
}
# Portuguese asks without an opener: the change word can start it ("melhorou desde que cortei");
# Russian puts its "ли" after it ("меньше ли дёргается с тех пор как я бросил").
_SINCE["pt"] += (rf"^(?:{_CHANGE['pt']})\b (?:\w+ ){{0,4}}?(?:{_SINCE_I['pt']})\b{_NOT_YOU}",)
_SINCE["ru"] += (rf"\b(?:{_CHANGE['ru']}) ли\b (?:\w+ ){{0,5}}?(?:{_SINCE_I['ru']})\b{_NOT_YOU}",)
# A link between two things ("есть связь между сном и подергиваниями", "is there a link between
# sleep and my twitching"): every such corpus row asks to look at one's own entries.
_LINK = {
    "en": (r"links?|connections?|correlations?|relationships?", r"between", r"and"),
    "de": (r"zusammenhang|zusammenhange|verbindung|korrelation", r"zwischen", r"und"),
    "es": (r"relacion|conexion|correlacion|vinculo", r"entre", r"y|e"),
    "fr": (r"liens?|relation|correlation|connexion", r"entre", r"et"),
    "pt": (r"relacao|ligacao|conexao|correlacao", r"entre", r"e"),
    "ru": (r"связь|связи|взаимосвяз\w*|зависимост\w*|корреляци\w*", r"между", r"и"),
}
# What the entries hold: sleep, drinks, twitching, stress, the days.
_TRACKED = {
    "en": r"sleep\w*|nights?|coffees?|caffeine|tea|twitch\w*|fascicul\w*|spasms?|stress|anxiety"
    r"|days|workouts?|exercise|screens?",
    "de": r"schlaf\w*|nachte|naechte|kaffee\w*|koffein|tee|\w*zuck\w*|stress|angst|tage\w*"
    r"|sport|training",
    "es": r"sueno|dormir|noches|cafes?|cafeina|mate|te|tics?|temblor\w*|espasmos?|estres"
    r"|ansiedad|dias|ejercicio",
    "fr": r"sommeil|nuits?|cafes?|cafeine|the|tics?|tressa\w*|fascicul\w*|spasmes?|stress"
    r"|anxiete|jours|sport",
    "pt": r"sono|noites?|cafes?|cafeina|cha|tiques?|tremor\w*|espasmos?|estresse|ansiedade"
    r"|dias|exercicio",
    "ru": r"сн\w*|сон|ноч\w*|кофе\w*|кофеин\w*|ча[июя]\w*|подерг\w*|дерга\w*|фасцикуляц\w*"
    r"|стресс\w*|тревог\w*|дн\w*|спорт\w*",
}
_LINK_BETWEEN = {
    language: rf"\b(?:{link}) (?:{between}) (?:\w+ ){{0,2}}?(?:{_TRACKED[language]})\b"
    rf" (?:\w+ ){{0,2}}?(?:{conjunction}) (?:\w+ ){{0,2}}?(?:{_TRACKED[language]})\b"
    for language, (link, between, conjunction) in _LINK.items()
}

# --- caffeine question: cups a day, the latest coffee before a bedtime -----------------------
_COUNT = {
    "en": r"\d+|one|two|three|four|five|six|seven|eight|a few|several",
    "de": r"\d+|ein|eine|zwei|drei|vier|funf|fuenf|sechs|sieben|acht",
    "es": r"\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho",
    "fr": r"\d+|un|une|deux|trois|quatre|cinq|six|sept|huit",
    "pt": r"\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito",
    "ru": r"\d+|одн\w*|две|два|три|четыре|пять|шесть|семь|восемь",
}
_CUPS = {
    "en": r"cups?|mugs?|coffees?|espressos?|shots?|cans?|lattes?|teas?|mg|milligrams?",
    "de": r"tassen?|becher|kaffees?|espressos?|dosen?|energys?|mg|milligramm",
    "es": r"tazas?|cafes?|cafecitos?|expresos?|espressos?|latas?|mg|miligramos?|mates?",
    "fr": r"tasses?|cafes?|expressos?|espressos?|canettes?|mugs?|mg|milligrammes?",
    "pt": r"xicaras?|cafes?|cafezinhos?|expressos?|latas?|copos?|mg|miligramas?|doses?",
    "ru": r"чаш\w*|круж\w*|кофе\w*|кофеин\w*|стакан\w*|банк\w*|эспрессо|мг|миллиграмм\w*",
}
_A_DAY = {
    "en": r"a day|per day|each day|every day|daily",
    "de": r"am tag|pro tag|taglich|taeglich|jeden tag|am stuck",
    "es": r"al dia|por dia|cada dia|diarios?|diarias?",
    "fr": r"par jour|chaque jour|dans la journee|quotidien\w*",
    "pt": r"por dia|ao dia|cada dia|diarios?|diarias?|num dia",
    # As the Latin letters read too ("v den", "в ден").
    "ru": r"в (?:день|ден|сутки)|за (?:день|ден|сутки)|ежедневно",
}
_TOO_MUCH = {
    "en": r"too much|too many|a lot|excessive|ok|okay|fine|safe|alright|normal|bad|too high",
    "de": r"zu viel|zuviel|zu viele|ok|okay|in ordnung|normal|schlimm|viel|unbedenklich",
    "es": r"demasiado|demasiados|mucho|muchos|normal|malo|bien|seguro|pasarse",
    "fr": r"trop|beaucoup|normal|ok|grave|raisonnable|dangereux",
    "pt": r"demais|muito|muitos|normal|tranquilo|ok|seguro|exagero|exagerado",
    "ru": r"много|слишком|норм\w*|нормально|опасно|вредно|ок|допустимо",
}
_HOW_MANY = {
    "en": r"how many|how much",
    "de": r"wie ?viele?|wieviele?",
    "es": r"cuant[oa]s?",
    "fr": r"combien(?: de)?",
    "pt": r"quant[oa]s?",
    "ru": r"сколь?ко|скок",
}
_PER_DAY: _Table = {
    language: (
        rf"\b(?:{_COUNT[language]}) (?:\w+ )?(?:{_CUPS[language]}) (?:\w+ ){{0,2}}?"
        rf"(?:{_A_DAY[language]})\b (?:\w+ ){{0,3}}?(?:{_TOO_MUCH[language]})\b",
        rf"\b(?:{_HOW_MANY[language]})\b (?:\w+ ){{0,2}}?(?:{_CUPS[language]})\b (?:\w+ ){{0,3}}?"
        rf"(?:{_A_DAY[language]})\b",
    )
    for language in _COUNT
}
# The latest a coffee can be had, the bedtime said first ("if I go to bed at 11 what's the
# latest I can have a coffee", "wie spät darf ich noch einen Kaffee trinken").
_LATEST: _Table = {
    "en": (
        r"\b(?:whats|what s|what is|when s|whens) (?:the )?latest (?:time )?(?:\w+ ){0,3}?(?:have"
        r"|drink|get|grab) (?:a |my |an |some )?(?:\w+ )?(?:coffee|caffeine|espresso|tea|cola"
        r"|energy drink)\b",
    ),
    "de": (
        r"\bwie (?:spat|spaet) (?:\w+ ){0,3}?(?:noch )?(?:ein(?:en)? |n )?(?:kaffee|espresso"
        r"|koffein|cola|energy)\w*",
    ),
    "es": (
        r"\b(?:hora mas tarde|lo mas tarde|como muy tarde) (?:\w+ ){0,4}?(?:cafe|cafeina"
        r"|mate)\b",
    ),
    "fr": (r"\b(?:au plus tard|heure max|heure maximum) (?:\w+ ){0,4}?(?:cafe|cafeine)\b",),
    "pt": (
        r"\b(?:mais tarde|no maximo) (?:\w+ ){0,4}?(?:cafe|cafeina)\b (?:\w+ ){0,2}?(?:posso"
        r"|da|consigo)\b",
    ),
    "ru": (r"\b(?:самое позднее|как можно позже|максимум во сколько) (?:\w+ ){0,4}?кофе\w*",),
}
# "Does decaf also make the eye twitch", "o descafeinado também faz o olho tremer": a drink, a
# "too" and what it does to the eye or the muscles.
_DECAF_TOO = {
    "en": r"\b(?:decaf\w*|tea|green tea|cola|matcha) (?:\w+ )?(?:also|too|as well) (?:make|makes"
    r"|cause|causes|give|gives|trigger|triggers)\b",
    "de": r"\b(?:entkoffein\w*|koffeinfrei\w*|tee|cola|mate) (?:\w+ ){0,2}auch (?:\w+ ){0,3}?"
    r"(?:zuck|flatter)\w*",
    "es": r"\b(?:descafeinado|te|mate|cola) (?:\w+ )?tambien (?:\w+ )?(?:hace|da|provoca|causa)\b",
    "fr": r"\b(?:deca\w*|the|cola|mate) (?:\w+ ){0,2}aussi (?:\w+ )?(?:fait|donne|provoque"
    r"|cause)\b",
    "pt": r"\b(?:descafeinado|cha|mate|chimarrao|coca) (?:\w+ )?tambem (?:\w+ )?(?:faz|da"
    r"|provoca|causa)\b",
    "ru": r"\b(?:декаф\w*|без кофеина|чаи|ча[йяю]\w*|кол[аы]) (?:\w+ )?тоже (?:\w+ )?"
    r"(?:вызыва\w*|дает|провоциру\w*|дерга\w*)",
}

# --- coffee: a drink logged with "note it", counted in the plural ------------------------------
# "cuppa at 4, strong one. put it down", "ya van como 3 termos de mate jaja anotalo": the log is
# asked for, so a question word in it ("como" for about) asks nothing.
_NOTE_IT = {
    "en": r"\b(?:put|write|note|log|jot|mark) (?:it|that|this|them) (?:down|in)\b|\b(?:log|note"
    r"|record) (?:it|that|this|them)\b",
    "de": r"\b(?:trag|schreib|notier|vermerk)\w* (?:\w+ )?(?:das|es|den|die|ihn|sie)? ?(?:ein|auf"
    r"|mal)\b|\beintragen bitte\b",
    "es": r"\b(?:anota|apunta|registra|agrega|suma)(?:lo|la|los|las|me)\b",
    "fr": r"\b(?:note|notez|ajoute|enregistre|compte|marque)(?: le| la| les| ca| moi ca)\b",
    "pt": r"\b(?:anota|registra|regista|marca|coloca|bota)(?: ai| isso| pra mim| la)\b"
    r"|\banota(?:r)?\b$",
    "ru": r"\b(?:запиши|отметь|добавь|внеси|зафиксируи)\b",
}
_COFFEE_NAMES = {
    "en": r"\bflat whites\b|\bcuppas?\b|\bbrews?\b(?= (?:at|this|so|just|number|no)\b)",
    "de": r"\bcappuccinos\b|\blatte macchiatos?\b",
    "es": r"\bcafecitos\b|\btermos? de mate\b|\bmatecitos?\b",
    "fr": r"\bcafes? serres?\b|\bpetits? cafes?\b|\bcafe (?:noir|creme|allonge)\b",
    "pt": r"\bcafezinhos\b|\bpingados\b",
    "ru": r"\bкофеек\b|\bкофеечк\w*",
}

# --- sleep trouble: a short or broken night, by its hours or its wakings -----------------------
_FEW = {
    "en": r"[0-5]|one|two|three|four|five|an|a couple(?: of)?|a few",
    "de": r"[0-5]|eine|zwei|drei|vier|funf|fuenf|ein paar",
    "es": r"[0-5]|una|dos|tres|cuatro|cinco|un par de|pocas",
    "fr": r"[0-5]|une|deux|trois|quatre|cinq|quelques",
    "pt": r"[0-5]|uma|duas|tres|quatro|cinco|poucas|umas",
    "ru": r"[0-5]|час|два|три|четыре|пять|пару|пара",
}
_TIMES = {
    "en": r"twice|three times|\d+ times|(?:four|five|six|several|a few|many|multiple|a dozen)"
    r" times",
    "de": r"(?:\d+|zwei|drei|vier|funf|fuenf|sechs|mehrmals|x|paar) ?(?:mal|x)",
    "es": r"(?:\d+|dos|tres|cuatro|cinco|seis|varias|mil) veces",
    "fr": r"(?:\d+|deux|trois|quatre|cinq|six|plusieurs|mille) fois",
    "pt": r"(?:\d+|duas|tres|quatro|cinco|seis|varias|mil) vezes",
    "ru": r"(?:\d+|два|три|четыре|пять|шесть|несколько|пару|много) раз",
}
_SHORT_NIGHT: _Table = {
    "en": (
        rf"\bslept (?:only |just |maybe |about |like |barely |around |roughly |probably )*"
        rf"(?:{_FEW['en']}) (?:\w+ )?(?:hours?|hrs?|h)\b(?! (?:ago|later|before|after|until|till"
        r"|from|each|a day)\b)",
        rf"\b(?:got|had|managed) (?:only |just |maybe |about |like |barely |around |roughly )*"
        rf"(?:{_FEW['en']}) (?:\w+ )?(?:hours?|hrs?|h) (?:of )?(?:sleep|kip|shut ?eye)\b",
        rf"\b(?:woke|woken|waking|awake|wake) (?:up )?(?:\w+ )?(?:{_TIMES['en']})\b"
        r"(?!.*\b(?:slept|sleep) (?:fine|well|ok|okay|great)\b)",
        r"\b(?:couldnt|could not|cant|cannot|can not) (?:seem to |just )?drop off\b(?! (?:the"
        r"|my|a|at|to|it)\b)",
        r"\bslept (?:so |really |very |absolutely )?(?:terribly|awfully|horribly|like (?:crap"
        r"|shit|garbage|rubbish))\b",
    ),
    "de": (
        rf"\b(?:nur|grad mal|gerade mal|knapp|vielleicht|hochstens|hoechstens) (?:{_FEW['de']})"
        r" (?:stunde|stunden|std|h)\b (?:\w+ ){0,2}?(?:geschlafen|schlaf|gepennt)\b",
        rf"\b(?:{_TIMES['de']}) (?:\w+ ){{0,2}}?(?:aufgewacht|wach geworden|wachgeworden)\b",
        r"\b(?:beschissen|mies|miserabel|katastrophal|grottig|scheisse|furchtbar) geschlafen\b",
    ),
    "es": (
        rf"\b(?:dormi|he dormido|habre dormido|dormire) (?:\w+ ){{0,2}}?(?:{_FEW['es']})"
        r" (?:horas?|h)\b",
        r"\b(?:dormi|he dormido) (?:\w+ )?(?:fatal|malisimo|horrible|fatal|poquisimo|de pena)\b",
        r"\b(?:a cachitos|a ratos|a trozos|entrecortado|a pedazos)\b (?:\w+ ){0,2}?(?:dormi"
        r"|sueno)\b|\b(?:dormi|sueno|horas) (?:\w+ ){0,2}?(?:a cachitos|a ratos|a trozos"
        r"|entrecortad[oa]|a pedazos)\b",
        rf"\bme desperte (?:\w+ )?(?:{_TIMES['es']})\b",
    ),
    "fr": (
        rf"\b(?:{_FEW['fr']}) ?(?:h|heures?) de (?:sommeil|dodo)\b",
        rf"\b(?:dormi|pionce) (?:\w+ ){{0,2}}?(?:{_FEW['fr']}) ?(?:h|heures?)\b",
        r"\bsommeil (?:en morceaux|hache|entrecoupe|en pointilles|en miettes)\b",
        rf"\breveille\w* (?:\w+ )?(?:{_TIMES['fr']})\b",
        r"\b(?:tres|super|hyper|trop|vraiment) mal dormi\b",
    ),
    "pt": (
        rf"\bdormi (?:\w+ ){{0,2}}?(?:{_FEW['pt']}) (?:horas?|h)\b",
        r"\bdormi (?:\w+ )?(?:pessimo|horrivel|muito mal|super mal|mal pra caramba|mal demais)\b",
        rf"\bacordei (?:\w+ )?(?:{_TIMES['pt']})\b",
        r"\bsono (?:picado|entrecortado|aos pedacos|quebrado)\b",
    ),
    "ru": (
        r"\bспал[аи]? (?:\w+ )?(?:отвратит\w*|ужасно|отвратно|хреново|паршиво|отстоино"
        r"|кошмарно|мерзко)\b",
        rf"\b(?:раз (?:\d+|пять|шесть)|{_TIMES['ru']}) (?:\w+ )?просыпал\w*"
        rf"|\bпросыпал\w* (?:\w+ )?(?:{_TIMES['ru']}|раз (?:\d+|пять|шесть))\b",
        rf"\bспал[аи]? (?:\w+ ){{0,2}}?(?:{_FEW['ru']}) (?:час|часа|часов)\b",
    ),
}

# --- breathe: a relaxation after "I need to calm down", or with an exam ahead ------------------
_NO_TWITCH = (
    r"^(?!.*\b(?:twitch\w*|spasm\w*|\w*zuck\w*|flatter\w*|tiembl\w*|salta\w*|brinca\w*|tics?"
    r"|espasm\w*|saute\w*|tressa\w*|trem\w*|pula\w*|tiques?|дерга\w*|дерну\w*|прыга\w*|скач\w*"
    r"|спазм\w*|тик)\b).*?"
)
_BREATHE: _Table = {
    "en": (
        r"\b(?:need|want|have|gotta) to (?:relax|calm down|unwind|settle down|chill)\b (?:\w+ )"
        r"{0,4}?(?:give me|gimme|an exercise|some exercise|a technique|something to)\b",
        r"\b(?:exam|test|interview|presentation|meeting|flight|appointment|speech|audition|scan)"
        r" (?:\w+ ){0,5}?help me (?:to )?(?:relax|calm down|unwind|settle)\b",
    ),
    "de": (
        r"\b(?:muss|will|brauch|brauche) (?:\w+ ){0,2}?(?:runterkommen|mich beruhigen|entspannen"
        r"|ruhiger werden)\b (?:\w+ ){0,4}?(?:ubung|uebung|was zur entspannung|etwas zur"
        r" entspannung|gib mir|machen wir)\b",
        r"\b(?:prufung|pruefung|klausur|vorstellungsgesprach|vorstellungsgespraech|prasentation"
        r"|praesentation|termin|flug|vortrag) (?:\w+ ){0,5}?hilf mir (?:\w+ )?(?:entspannen"
        r"|beruhigen|runterzukommen)\b",
    ),
    "es": (
        r"\bnecesito (?:\w+ )?(?:calmarme|relajarme|tranquilizarme)\b (?:\w+ ){0,3}?(?:algo de"
        r" relajacion|un ejercicio|algun ejercicio|dame|algo para)\b",
        r"\b(?:examen|prueba|entrevista|presentacion|reunion|vuelo|cita) (?:\w+ ){0,5}?"
        r"(?:ayudame|ayudeme|me ayudas) a (?:relajarme|calmarme|tranquilizarme)\b",
    ),
    "fr": (
        r"\bbesoin de (?:me )?(?:calmer|detendre|poser|relaxer)\b (?:\w+ ){0,3}?(?:un exercice"
        r"|une relaxation|donne moi|quelque chose)\b",
        r"\b(?:exam|examen|partiel|entretien|presentation|reunion|vol|rdv|oral) (?:\w+ ){0,5}?"
        r"(?:aide moi|aidez moi|tu peux m aider|tu peux maider) a (?:me )?(?:calmer|detendre"
        r"|relaxer|poser)\b",
    ),
    "pt": (
        r"\bpreciso (?:\w+ )?(?:me acalmar|relaxar|acalmar)\b (?:\w+ ){0,3}?(?:um exercicio"
        r"|algum exercicio|me da|algo pra|algo para|um relaxamento)\b",
        r"\b(?:prova|exame|entrevista|apresentacao|reuniao|voo|consulta|vestibular|enem)"
        r" (?:\w+ ){0,5}?(?:me ajuda|me ajude|ajuda me|ajude me) a (?:relaxar|me acalmar"
        r"|acalmar)\b",
    ),
    "ru": (
        r"\b(?:даи|давай|включи|подскажи|предложи) (?:мне )?(?:\w+ ){0,2}?(?:для|на)"
        r" (?:расслаблени|успокоени|релакс)\w*",
        r"\b(?:надо|нужно|хочу) (?:\w+ )?(?:успокоиться|расслабиться)\b (?:\w+ ){0,3}?(?:даи"
        r"|давай|упражнени\w*|помоги)\b",
        r"\b(?:экзамен|зачет|собеседовани|выступлени|презентаци|полет|прием)\w* (?:\w+ ){0,5}?"
        r"помоги\w* (?:мне )?(?:расслабиться|успокоиться)\b",
    ),
}


def _one(table: dict[str, str]) -> _Table:
    return {language: (pattern,) for language, pattern in table.items()}


FOUND: dict[Intent, _Table] = {
    Intent.HISTORY: {
        language: (*_SINCE[language], _LINK_BETWEEN[language]) for language in _SINCE
    },
    Intent.CAFFEINE_QUESTION: {
        language: (*_PER_DAY[language], *_LATEST[language], _DECAF_TOO[language])
        for language in _PER_DAY
    },
    Intent.COFFEE: _one(_COFFEE_NAMES),
    Intent.CANT_SLEEP: _SHORT_NIGHT,
    # Help to calm down with a twitching named is about the twitching, as in `rules_ninth`.
    Intent.BREATHE: {
        language: tuple(_NO_TWITCH + pattern for pattern in patterns)
        for language, patterns in _BREATHE.items()
    },
}
UNLESS: dict[Intent, _Table] = {
    Intent.CAFFEINE_QUESTION: _one(_NOTE_IT),
}
