"""Intent phrases widened in the eleventh round, by concept, from the intent rows of sets W, X and
Y the rules read wrongly or not at all (en, de, es, fr, pt, ru), over text as
`bot.core.typed.normalise` leaves it. `rules` adds `FOUND` to its own finds, `UNLESS` to its own
take-backs, `KEEP` to what keeps a find whatever takes it back and `WHOLE` to its whole messages,
as for `rules_tenth_d`; a table's "all" holds one rule for every language (`_merged`).

The families, each written for what people type for the same thing, not for a row's words:
- thanks: thanks however spelt ("graciass", "vlw", "brigadão", "mercii", "спс"), to whom, and
  what helped or how kind it was, whatever feature it names ("that breathing thing actually
  worked"), which then is thanks and not the breathing, the check-in or the look back; thanks
  with "but it didn't help" is not;
- greeting and goodnight: short hellos and sign-offs ("huhu", "wesh", "eae", "ку", "a mimir",
  "споки", "night, hitting the bunk"), not a night that was had ("last night");
- pause: the messages stopped, muted or not sent, or "leave me alone", for a while ("till
  Monday", "for now", "ich melde mich", "silencio por hoy"); without a while, or for one named
  reminder, it stays a setting; messages that did not come, or a break one takes, are not it;
- settings: the clock changed or another time zone ("Die Uhr wurde umgestellt", "set me to Lisbon
  time", "une heure de plus"), the bot's language, the bedtime set to an hour, when to remind
  rather, one reminder of several turned off;
- report: a doctor or an appointment, and what to show, bring, print or send; someone else's
  appointments among one's chores and the day's report handed in are not it;
- history: a past span shown, better than before or only imagined, an average asked of one's
  own entries, what one wrote on a past day, and "can you show me?" after a question about one's
  own days ("Est-ce que ça saute plus les jours où je bois plus de café ? Tu peux me montrer ?");
- checkin: how the day went recorded, the evening's round by its name, the day's scores listed;
- breathe: breathing together, a technique to relax; caffeine question: whether a drink holds
  or counts as caffeine, the most a day, decaf or a pre-workout and the twitching;
- sleep question: naps, the same bedtime, screens, how long before bed, remedies, why one wakes
  at the same hour, sleep against twitching;
- sleep trouble: its other names ("kann nich pennen", "ojos como platos", "nada de sono", "смотрю
  в потолок"), awake at a night hour, woken every hour, no longer able to sleep;
- twitching: a body part "going nuts", "doing the popcorn thing", "spinnt", "no para de saltar",
  "fait des siennes", "tremelicando", "задёргалось"; waves under the skin;
- coffee: drinks by their local names, counted ("cortado número dos", "un serré, le 3e de la
  journée", "second flat white", "второй раф"), another drink counted beside a decaf;
- anxious or venting: worry told in sayings ("места себе не нахожу"), fear of an illness behind
  the twitching, worn out caring with nobody asking after oneself; worry or fear with poor
  sleep among what it does is the worry, not a sleepless night.
"""

from __future__ import annotations

from bot.core.intents.intent import Intent
from bot.core.safety.engine import merged_alternation

_Table = dict[str, tuple[str, ...]]

_LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")


def _merged(parts: list[tuple[str, str]]) -> tuple[str, ...]:
    """One rule for many: each part is (a word that must be there, the rest of the rule at the
    message's start). Most messages hold none of the words, and one look for all of them, merged
    on their beginnings, is cheaper than one look per rule (`classify` tries every rule that
    does not begin with a word at every place in a message)."""
    if not parts:
        return ()
    merged = merged_alternation(*(first for first, _ in parts))
    rests = "|".join(f"(?:{rest})" for _, rest in parts)
    return (rf"^(?=.*?\b(?:{merged})\b)(?:{rests})",)


def _lookbehinds(words: str) -> str:
    """`(?<!w )` for each of `words` ("a|b|c"): Python's look-behind takes one width at a time."""
    return "".join(f"(?<!\\b{word} )" for word in words.split("|"))


# --- thanks ------------------------------------------------------------------------------------
# Thanks however it is spelt: drawn out ("graciass", "mercii", "obrigadaaa"), cut short ("vlw",
# "grax", "спс", "thx"), or formal ("je vous remercie", "благодарю вас").
_THANK = {
    "en": r"thanks+|thank (?:you+|u)|thankyou|thanx|thnx|thx|tysm|tyvm|ty|cheers|many thanks"
    r"|much appreciated|thanks a (?:lot|ton|bunch|million)",
    "de": r"dank(?:e+|ee+)|dankeschon|danke schon|dankschon|dankesehr|(?:vielen|lieben|herzlichen"
    r"|tausend|besten|vielen lieben|vielen herzlichen|ganz lieben) dank|merci(?: vielmal)?"
    r"|dank dir|ehre|ehrenmann|vergelts gott",
    "es": r"(?:muchas |mil |muchisimas |muchisisimas )?gra+cia+s+(?: mil)?|grax|grasias|graciaas"
    r"|(?:te|se|le) lo agradezco|le agradezco|te agradezco|se agradece|dios (?:te|le) (?:pague"
    r"|bendiga)",
    "fr": r"merci+|mercii+|mrc|mille mercis|je (?:te|vous) remercie",
    "pt": r"(?:muito |muitissimo )?(?:obrigad[oa]+|brigad[oa]+|obrigadao|brigadao|obrigadinh[oa])"
    r"|vlw+|valeu+|obg+|agradeco|muito grat[oa]|deus (?:te|lhe) (?:abencoe|pague)",
    "ru": r"(?:большое |огромное |оч |очень )?(?:вам |тебе )?спасиб(?:о+|ки|а|ище)|спс|пасиб\w*"
    r"|благодарю|мерси|сенкс",
}
# To whom and how much: "gracias guapo", "obrigada, lindo", "merci bg", "спасибо, брат".
_TO_WHOM = {
    "en": r"mate|man|bro|buddy|bud|dude|pal|friend|my friend|dear|love|hun|darling|sweetie|babe"
    r"|bot|stillpoint|so much|so so much|very much|sm|a lot|a ton|again|really|truly|kindly"
    r"|x+|honestly|seriously|sincerely"
    r"|for (?:everything|that|this|all of this|the help|your help|helping|listening|your time"
    r"|being there)",
    "de": r"dir|euch|ihnen|schon|sehr|vielmals|nochmal|nochmals|echt|wirklich|herzlich|digga"
    r"|bro|mann|kumpel|schatz|liebes|fur alles|fur die hilfe|fur deine hilfe|furs zuhoren"
    r"|fur ihre muhe|fur deine muhe|vergelts gott",
    "es": r"tio|tia|guap[oa]|maquina|crack|amig[oa]|bro|mij[oa]|corazon|carino|cielo|reina|rey"
    r"|lind[oa]|hermos[oa]|de verdad|en serio|por todo|por la ayuda|por tu ayuda|por escucharme"
    r"|otra vez|de nuevo|mil|un monton|infinitas|de corazon|genio|carnal|querid[oa]|hij[oa]"
    r"|mucho|muchisimo|dios (?:te|le) (?:pague|bendiga)",
    "fr": r"beaucoup|bcp|infiniment|encore|bien|toi|a toi|a vous|vous|mec|frere|frr|frerot|bg"
    r"|poto|ma belle|mon ami|mon pote|pour tout|pour l ?aide|pour ton aide|pour votre aide"
    r"|pour l ?ecoute|serieux|vraiment|mille fois|du fond du coeur|sincerement|ben gros"
    r"|gros",
    "pt": r"mano|mana|cara|amig[oa]|querid[oa]|lind[oa]|parceir[oa]|vei|brother|mesmo"
    r"|de verdade|serio|por tudo|pela ajuda|por ouvir|de novo|moca|moco|flor|meu bem|ai|demais"
    r"|de coracao|pa|viu|imenso|pela atencao|deus (?:te|lhe) (?:abencoe|pague)",
    "ru": r"тебе|вам|вас|тебя|большое|огромное|друг|бро|брат|братан|дружище|за все|за помощь"
    r"|еще раз|реально|правда|очень|от души|от всего сердца|деточка|дорог(?:ои|ая)"
    r"|даи бог здоровья",
}
# What helped, how kind it was, how one feels now ("das war echt lieb von dir", "me sirvió un
# montón", "ça m'a fait du bien", "реально полегчало", "that breathing thing actually worked").
_PRAISE = {
    "en": r"help|helped|helping|helpful|helps|kind|nice|sweet|lovely|useful|worked|works"
    r"|working|great|amazing|awesome|brilliant|perfect|the best|goated|legend|(?:a )?lifesaver"
    r"|appreciate\w*|needed (?:that|this)|better|calmer|lighter|did the trick|made my day"
    r"|difference|patience|listening|steadier|sane|saved me|did it",
    "de": r"geholfen|hilfreich|hilft|hilfe|lieb|nett|super|toll|klasse|gut ?getan|besser|ruhiger"
    r"|perfekt|spitze|top|(?:der|die) beste|genial|wertvoll|gebracht|geduld|zuhoren|beruhigt"
    r"|das richtige|tat gut|freundlich|funktioniert|geklappt",
    "es": r"ayuda|ayudo|ayudado|ayudas|ayudaste|sirvio|sirve|servido|amable|genial|lind[oa]"
    r"|mejor|tranquil[oa]|top|buenisim[oa]|util|un monton|de lujo|perfecto|funciono|funciona"
    r"|venido (?:genial|bien|de lujo)|bien|maravilla|paciencia|escucharme",
    "fr": r"aide|aidee?|aider|utile|gentil\w*|sympa|top|super|genial|bien|mieux|calme|parfait"
    r"|efficace|adorable|un amour|cool|patience|ecoute|aimable|serein\w*|boss"
    r"|(?:un|une) creme|fine|marche|marche bien|fonctionne",
    "pt": r"ajuda|ajudou|ajudaste|ajudado|util|gentil|amavel|lind[oa]|top|otim[oa]|bem|melhor"
    r"|calm[oa]|massa|demais|show|perfeito|incrivel|um amor|paciencia|tranquil[oa]|atencao"
    r"|funcionou|funciona|deu certo",
    "ru": r"помог\w*|полезн\w*|любезн\w*|мил\w*|добр\w*|круто|класс|супер|лучше|спокоинее"
    r"|полегчало|полегче|легче|выручил\w*|помощь|терпени\w*|сработал\w*|работает",
}
# Thanks with a "but" or a "not" is something more ("gracias, pero sigo igual").
_NOT_ONLY = {
    "en": r"but|not|didnt|doesnt|dont|isnt|wasnt|no|never|still|cant|nothing|anymore|worse"
    r"|however|though",
    "de": r"aber|nicht|kein\w*|nix|nichts|noch|trotzdem|schlimmer|leider",
    "es": r"pero|no|nada|sigo|todavia|aun|peor|sin embargo",
    "fr": r"mais|pas|rien|toujours|pire|quand meme|cependant|jamais",
    "pt": r"mas|nao|nada|ainda|pior|porem|nunca",
    "ru": r"но|не|нет|ничего|хуже|однако|никак|все равно",
}
# Thanks and then "but it didn't help" ("obrigada mas não ajudou", "спасибо, но не помогло").
_BUT_NOT: _Table = {
    "en": (r"\bbut (?:\w+ ){0,4}?(?:not|didnt|doesnt|isnt|wasnt|no|nothing|still)\b",),
    "de": (r"\baber (?:\w+ ){0,4}?(?:nicht|kein\w*|nichts|nix|immer noch)\b",),
    "es": (r"\bpero (?:\w+ ){0,4}?(?:no|nada|sigo|todavia)\b",),
    "fr": (r"\bmais (?:\w+ ){0,4}?(?:pas|rien|toujours|plus)\b",),
    "pt": (r"\bmas (?:\w+ ){0,4}?(?:nao|nada|ainda|continua)\b",),
    "ru": (r"\bно (?:\w+ ){0,4}?(?:не|ничего|все еще|все равно)\b",),
}
_OPENER = (
    r"(?:(?:ok|okay|oh|ah|aw+|hey|hi|oi|ola|hola|hallo|salut|привет|ну|bon|ya|vale|gut|ok good"
    r"|good|top|super|cest note|entendido|verstanden|понял|поняла) )?"
)
_THANKS_PARTS: list[tuple[str, str]] = []
for _language in _LANGUAGES:
    _thank, _whom = _THANK[_language], _TO_WHOM[_language]
    _praise, _not = _PRAISE[_language], _NOT_ONLY[_language]
    # The thanks first or last, then no "but" anywhere.
    _first = rf"(?={_OPENER}(?:{_thank})\b)(?!.*\b(?:{_not})\b){_OPENER}"
    _last = rf"(?=(?:\w+ ){{0,11}}?(?:{_thank})(?: (?:{_whom}))*$)(?!.*\b(?:{_not})\b)"
    _THANKS_PARTS.append(
        (
            _thank,
            # Thanks alone, drawn out or cut short, and to whom.
            rf"{_first}(?:{_thank})(?: (?:{_thank}|{_whom}))*$"
            # Thanks, then what helped or how kind it was.
            rf"|{_first}(?:{_thank})\b(?: \w+){{0,10}}? (?:{_praise})\b(?: \w+){{0,4}}$"
            # What helped or how kind it was, then thanks.
            rf"|{_last}{_OPENER}(?:\w+ ){{0,7}}?(?:{_praise})\b(?: \w+){{0,3}}? (?:{_thank})"
            rf"(?: (?:{_whom}))*$",
        )
    )
_THANKS: _Table = {"all": _merged(_THANKS_PARTS), **dict.fromkeys(_LANGUAGES, ())}
# Thanks for a check-in, a look back or the report ("danke, der Check-in heute hat mir gut getan")
# is thanks, unless it also asks for something.
_ASKING = (
    r"can you|could you|would you|please|pls|kannst du|konntest du|bitte|puedes|podrias|porfa"
    r"|por favor|tu peux|pourrais tu|stp|svp|pode|podes|pfv|можешь|пожалуиста|show|zeig\w*"
    r"|muestra\w*|montre\w*|mostra\w*|покажи"
)
_THANKS_ONLY: _Table = {
    "all": _merged(
        [(first, rf"(?!.*\b(?:{_ASKING})\b)(?:{rest})") for first, rest in _THANKS_PARTS]
    )
}
# The bot praised as a person ("t'es top", "ty bot ur goated", "eres un crack", "ты лучший").
_THANKS["en"] += (
    r"^(?:(?:you re|youre|ur|u r|you are) (?:\w+ )?(?:the best|a star|a legend|amazing|awesome"
    r"|goated|a lifesaver|so kind|so sweet|too kind))$",
)
_THANKS["de"] += (r"^du bist (?:\w+ )?(?:die beste|der beste|ein schatz|super|toll|klasse)$",)
_THANKS["es"] += (r"^(?:eres|sos) (?:\w+ )?(?:el mejor|la mejor|un crack|un sol|lo maximo)$",)
_THANKS["fr"] += (r"^(?:t es|tes|vous etes) (?:\w+ )?(?:top|au top|sympa|un amour|genial\w*)$",)
_THANKS["pt"] += (r"^(?:voce e|vc e|tu es) (?:\w+ )?(?:demais|o melhor|a melhor|top|um amor)$",)
_THANKS["ru"] += (r"^ты (?:\w+ )?(?:лучш\w*|супер|золото|чудо)$",)

# --- greeting ----------------------------------------------------------------------------------
# Short hellos, drawn out or in slang ("heyyy", "hallöchen", "holis", "wesh", "eae", "ку"), and
# the return ("da bin ich wieder", "otra vez por aquí", "voltei"): whole messages, give or take
# the fillers `rules` strips.
_HELLO_WHOLE: _Table = {
    "en": (
        r"h+i+|he+y+|heya+|hiya+|yo+|hel+o+|howdy|hey (?:you|there)|hi there|evening"
        r"|(?:hey |hi |hello |howdy )?(?:you|u) (?:still )?(?:there|around)|(?:i m|im|i am)"
        r" back|back again|here again|(?:i )?hope (?:you re|youre|you are) (?:doing )?(?:well"
        r"|good|ok|okay)|hows it goin\w*|how s it goin\w*|(?:its|it s|it is) me(?: again)?"
        r" (?:lol|haha\w*)|(?:stillpoint|bot) (?:are|r) (?:you|u)(?: (?:still )?there)?",
    ),
    "de": (
        r"hal+o+chen|hallochen|hu+hu+|hi+|he+y+|gruss gott|grussgott|tach|servus|moin+"
        r"|(?:da )?bin (?:ich )?wieder da|da bin ich wieder|hallo du|alles klar(?: bei dir)?"
        r"|wie geht es (?:ihnen|dir|euch)|ich hoffe es geht (?:ihnen|dir|euch) gut",
    ),
    "es": (
        r"holi+s?|hola+s?|we+na+s?|buen dia|bue+na+s+|q onda|e+y+|e+y+ que pasa|hola che"
        r"|(?:otra vez|de nuevo) por aqui|aqui (?:estoy|de nuevo)|volvi|ya volvi"
        r"|espero que (?:este|estes|estes usted) bien|(?:como|que tal) esta usted",
    ),
    "fr": (
        r"allo+|slt|wesh|coucou+|cc|salu+t|bonjou+r|bonsoi+r|rebonjour|rebonsoir|me revoila"
        r"|je suis (?:de )?retour|jespere que (?:vous allez|tu vas) bien"
        r"|j espere que (?:vous allez|tu vas) bien",
    ),
    "pt": (
        r"ea+e+|eai+|e ai+|salve|ola+|oi+e?|opa+|fala+|voltei|cheguei|(?:voce |vc )?(?:ta|esta"
        r"|estas) ai|(?:bom dia|boa tarde|oi|ola) (?:moca|moco|querid[oa]|flor|gente)"
        r"|espero que (?:esteja|estejas|voce esteja) bem",
    ),
    "ru": (
        r"здорово|здарова|ку|куку|приветики|приветик|прив|приве+т|здрасте|здрасьте|хеллоу|хаи"
        r"|(?:ты )?(?:тут|здесь)|надеюсь у вас все хорошо|надеюсь у тебя все хорошо"
        r"|доброго (?:дня|вечера|утра)",
    ),
}
# A hello and who is writing or how things are ("Bonjour, c'est Mireille", "hi there it's Luca",
# "bonsoir tout va bien"): a hello only after one.
_NOT_A_NAME = (
    r"(?!(?:me|bad|ok|okay|fine|over|late|early|back|worse|better|hard|good|not|so|too|really"
    r"|just|still|gone|here|there|true|done|broken|weird|moi|bon|fini|nul|grave|pas|mal|vrai"
    r"|trop|ca)\b)"
)
_HELLO_AND: _Table = {
    "en": (rf"^(?:hi|hello|hey|hiya|heya)(?: there)? (?:its|it s|this is) {_NOT_A_NAME}\w+$",),
    "de": (r"^(?:hallo|hi|hey|guten (?:morgen|tag|abend)|servus|moin) (?:hier ist|ich bin) \w+$",),
    "es": (r"^(?:hola|buenas|buenos dias|buenas tardes|buenas noches) (?:soy|aqui) \w+$",),
    "fr": (
        rf"^(?:bonjour|bonsoir|salut|coucou) (?:c ?est|cest|ici) {_NOT_A_NAME}\w+$"
        r"|^(?:bonjour|bonsoir|salut|coucou) (?:tout va bien|vous allez bien|tu vas bien)$",
    ),
    "pt": (r"^(?:oi|ola|bom dia|boa tarde|boa noite) (?:aqui e|sou|e) (?:a |o )?\w+$",),
    "ru": (r"^(?:привет|здравствуите|добрыи (?:день|вечер)|доброе утро) (?:это|я) \w+$",),
}

# --- goodnight ---------------------------------------------------------------------------------
# Signing off for the night: the goodnight word last, after going to bed ("ok sleep now. night",
# "bin weg pennen, n8", "fui, bjs, boa noite"), or on its own however spelt ("nightttt", "bonne
# nuuuit", "boa noitee", "споки"); and the ways one says it ("a mimir", "que descanse", "fui
# nanar", "баиньки", "отрубаюсь"). Not "last night" nor "heute Nacht".
_TO_BED = {
    "en": r"sleep\w*|bed|bunk|sack|hay|crash\w*|off|now|bye+|ok|okay|so|well|right|alright"
    r"|anyway|lights out",
    "de": r"pennen|schlafen|bett|heia|weg|off|raus|so|ok|also|jetzt|drei|vier|funf|sechs",
    "es": r"dormir|acuesto|acostarme|mimir|descansar|cama|retiro|sobar|madrugo|chau|chao|bueno"
    r"|ya|manana",
    "fr": r"dormir|dodo|coucher|lit|pieu|file|go|bon|allez|ciao|bisous|demain|tot",
    "pt": r"dormir|deitar|cama|nanar|recolher|capotar|fui|indo|bjs|beijos|tchau|ja|amanha"
    r"|mais",
    "ru": r"спать|сплю|баиньки|отрубаюсь|все|ну|пока|ушла|ушел|пошла|пошел",
}
_NIGHT_WORD = {
    "en": r"night+|nite+|gnite|g nite|nighty night|night night|nighty",
    "de": r"nacht|n8|nachti|gn8|gute n8|gute nacht|schlaft gut|schlaf schon|schlafe gut",
    "es": r"buenas noches|bns|noches|que descanses?|que descansen|a mimir|hasta manana",
    "fr": r"bonne? nu+i+t+e?|bn|dodo|a demain",
    "pt": r"boa noi+te+|bo noite|tenha uma boa noite|dorme bem|durma bem|fica com deus",
    "ru": r"споки+|спок|спокоинои(?: ночи)?|спок ночи|баиньки|доброи ночи",
}
# A night that was had, not wished: "last night", "all night", "heute Nacht", "die ganze Nacht".
_A_NIGHT = {
    "en": _lookbehinds(
        "last|all|the|a|every|whole|one|at|per|bad|rough|long|late|this|that|same|good|great"
        "|nice|tomorrow|by|tonight|of|my|her|his|our|your|awful|terrible|horrible|sleepless"
    ),
    "de": _lookbehinds(
        "ganze|heute|letzte|der|die|jede|diese|eine|halbe|schlaflose|vergangene|vorige|zur|pro"
        "|schlechte|lange|kurze|in|durch|bei|uber|gestern|morgen|ne|mitten"
    ),
    "es": "",
    "fr": "",
    "pt": "",
    "ru": "",
}
_AFTER_NIGHT = (
    r"all|everyone|x+|bot|amanha tem mais|hittin the \w+|hitting the \w+|fica com deus|tambem"
    r"|too|auch|tambien|aussi|тоже|kkk+|jaja\w*|haha\w*|lol"
)
_GOODNIGHT: _Table = {
    "all": _merged(
        [
            (
                _NIGHT_WORD[language],
                rf"(?:(?:\w+ ){{0,8}}?(?:{_TO_BED[language]})(?: \w+){{0,6}}? )?"
                rf"{_A_NIGHT[language]}(?:{_NIGHT_WORD[language]})(?: (?:\w+ ){{0,2}}?"
                rf"(?:{_TO_BED[language]}|{_AFTER_NIGHT}))?$",
            )
            for language in _LANGUAGES
        ]
    ),
    **dict.fromkeys(_LANGUAGES, ()),
}
_GOODNIGHT["en"] += (
    r"^sleepy time(?: bye+)?$|^(?:ok |okay |right )?(?:bed|bedtime) (?:for me|now|time)(?: \w+)?$",
)
_GOODNIGHT["de"] += (
    r"^(?:so |ok |also )?(?:ich )?hau mich (?:jetzt |mal )?hin\b|^(?:ich )?bin (?:dann )?(?:weg"
    r" )?(?:pennen|schlafen|off)\b|^(?:so )?ab ins (?:bett|korbchen)\b",
)
_GOODNIGHT["es"] += (
    r"^(?:\w+ ){0,2}?(?:a|voy a|me voy a|me fui a) (?:mimir|sobar|sobre)\b|^me retiro\b"
    r" (?:\w+ ){0,4}?(?:descansar|manana|madrugo|buenas noches)\b|^que descanse\w*\b",
)
_GOODNIGHT["fr"] += (r"^(?:je vais |allez |bon |hop |au )?dodo\b|^je vais (?:faire )?dodo\b",)
_GOODNIGHT["pt"] += (
    r"^(?:\w+ ){0,2}?(?:fui|indo|vou) (?:nanar|capotar|recolher me|me recolher)\b"
    r"|^vou recolher\w*\b|^tenha uma boa noite\b",
)
_GOODNIGHT["ru"] += (
    r"^(?:\w+ ){0,2}?(?:ушла|ушел|иду|пошла|пошел|я) баиньки\b|^(?:все|ну все) отрубаюсь\b"
    r"|^отрубаюсь\b",
)

# --- pause -------------------------------------------------------------------------------------
# The bot's messages stopped for a while: stopped, muted or not sent, "no reminders", or "leave me
# alone", with how long ("till Monday", "for now", "while I'm away", "ich melde mich"). Without a
# while it is a setting ("turn off reminders"); one named reminder off is a setting too.
_MSGS = {
    "en": r"reminders?|notifs?|notifications?|messages?|msgs?|pings?|nudges?|check ?ins?|texts?"
    r"|alerts?|daily (?:msgs|messages|questions)",
    "de": r"erinnerung\w*|nachrichten|benachrichtigung\w*|check ?ins?|abfragen|meldungen|push\w*"
    r"|notifications?",
    "es": r"recordatorios?|avisos?|mensajes?|notis|notificaciones?|check ?ins?",
    "fr": r"rappels?|notifs?|notifications?|messages?|bilans?|check ?ins?",
    "pt": r"lembretes?|notificac(?:ao|oes)|mensage(?:m|ns)|avisos?|check ?ins?|notifs?",
    "ru": r"напоминани\w*|напоминалк\w*|уведомлени\w*|сообщени\w*|оповещени\w*",
}
_STOP = {
    "en": r"stop|pause|mute|silence|snooze|suspend|disable|turn off|switch off|shut off|hold off"
    r"(?: on)?|cut|kill|quit|turn (?:all )?(?:the |my |your )?\w+ off",
    "de": r"stopp\w*|pausier\w*|stumm\w*|aussetz\w*|abschalt\w*|ausschalt\w*|deaktivier\w*"
    r"|unterbrech\w*|einstell\w*",
    "es": r"pausa|pausar|frena|silencia|silenciar|quita|desactiva|desactivar|suspende|suspenda"
    r"|suspender|apaga|apagar|corta|deten|parar|pares|pare",
    "fr": r"coupe|couper|coupez|arrete|arreter|arretez|stop|stoppe|suspend\w*|desactive\w*"
    r"|mets en pause|mettre en pause|mettez en pause",
    "pt": r"pausa|pausar|suspende|suspenda|suspender|desliga|desligar|desativa|desativar"
    r"|silencia|silenciar|corta|corte|parar|pare",
    "ru": r"останови\w*|выключи\w*|отключи\w*|приостанови\w*|убери|прекрати|заглуши\w*|выруби"
    r"|отмени",
}
_WHILE = {
    "en": r"for (?:a (?:while|bit|week|day|few \w+|couple|month|fortnight)|the (?:weekend|week"
    r"|time being|next \w+|day|night|holidays?|rest of \w+)|now|today|tonight|the moment"
    r"|like \w+|\d+|one|two|three|four|five|some \w+|a few|several|\w+ days|this \w+|next \w+)"
    r"|until|till|til|this (?:week|weekend|month|evening|afternoon)|today|tonight|tomorrow"
    r"|while|during|over (?:the )?\w+|next (?:week|few \w+|\d+ \w+)|back on|(?:i ll|ill|i will)"
    r" (?:come back|be back|write|message|text|let you know|get back)|when (?:i m|im|i am) back"
    r"|(?:a|some|few|couple) (?:of )?days|for now",
    "de": r"bis|fur (?:\w+ )?(?:tage?|wochen?|woche|monat|zeit|weile|heute|jetzt)|heute|diese"
    r" woche|dieses wochenende|am wochenende|ubers wochenende|solange|wahrend|erstmal|vorerst"
    r"|vorubergehend|ein paar tage|paar tage|die nachsten|nachste woche|in der zeit|uber"
    r" (?:weihnachten|ostern|\w+ferien)|melde mich|bis auf weiteres|\d+ tage|zwei wochen"
    r"|eine woche|ne woche|\d+ wochen|die tage|fur die dauer|nachste\w* (?:woche|tage)",
    "es": r"hasta|por (?:hoy|ahora|un tiempo|unos|unas|una|dos|tres|esta|este|la semana|el finde"
    r"|favor)|x ahora|durante|esta semana|este finde|hoy|unos dias|de momento|un tiempo"
    r"|mientras|ya te (?:escribo|aviso)|te aviso|nuevo aviso|una semana|quince dias|diez dias"
    r"|el resto (?:de la|del) \w+",
    "fr": r"jusqu\w*|pendant|pour (?:le moment|l ?instant|quelques|une|deux|trois|\d|ce|cette)"
    r"|ce (?:soir|week end|weekend)|cette semaine|aujourd ?hui|quelques jours|qq jours"
    r"|un moment|un temps|d ?ici la|avant le|une semaine|dix jours|\d+ jours|\w+ semaines"
    r"|la semaine prochaine|le reste (?:de la|du) \w+",
    "pt": r"ate|por (?:uns|umas|uma|um|hoje|agora|enquanto|esses|estes|essa|esta|favor)"
    r"|durante|essa semana|esta semana|esse fds|este fim|hoje|uns dias|por enquanto|por agora"
    r"|um tempo|enquanto|quinze dias|\d+ dias|o resto (?:da|do) \w+",
    "ru": r"пока|на (?:неделю|недельку|пару|несколько|время|\d+|два|две|три|выходные|месяц)"
    r"|до|сегодня|несколько днеи|пару днеи|неделю|в выходные|пару недель|две недели"
    r"|остаток \w+",
}
_NO = {
    "en": r"no|no more|without",
    "de": r"keine",
    "es": r"sin|nada de|ningun|ningunos|ningunas|no quiero",
    "fr": r"plus de|pas de|aucun|aucune|zero",
    "pt": r"sem|nada de|nenhum|nenhuma",
    "ru": r"без|никаких|никакие",
}
# "Don't send me anything", "не пиши мне", "no me mandes nada", "ne m'envoie rien".
_DONT_SEND = {
    "en": r"(?:dont|do not|stop|quit|no more) (?:send|sending|messag\w*|text\w*|writ\w*|ping"
    r"\w*|remind\w*|bother\w*|contact\w*|nag\w*)",
    "de": r"(?:schick|schreib|send|meld)\w* (?:\w+ ){0,3}?(?:nichts|keine \w+|nicht)"
    r"|nicht (?:mehr )?"
    r"(?:schreiben|schicken|storen|melden|anschreiben|anschreiben)",
    "es": r"no me (?:mande|mandes|envie|envies|escriba|escribas|avises|recuerdes|recuerde"
    r"|molestes|escribis)\w*|(?:deje|deja|dejes|dejen) de (?:mandar|enviar|escribir)\w*",
    "fr": r"ne (?:m ?|me )?(?:envoie|envoyez|ecris|ecrivez|rappelez|rappelle|ecrit)\w*"
    r"|(?:arreter|arrete|arretez|cesse|cessez) de (?:m ?|me )(?:ecrire|envoyer|relancer)"
    r"|merci de ne rien",
    "pt": r"(?:nao|nem) (?:me )?(?:manda|mande|mandar|envia|envie|escreve|escreva|lembra|lembre"
    r"|enche)"
    r"|(?:para|pare|parar) de (?:me )?(?:mandar|enviar|escrever)",
    "ru": r"не (?:пиши|пишите|присылаи|присылаите|отправляи|отправляите|шли|беспокои|беспокоите"
    r"|трогаи|трогаите|дергаи)",
}
# "Leave me alone", "lass mich in Ruhe", "déjame tranqui", "lâche-moi", "me deixa quieta",
# "оставь меня в покое", "отстань"; and silence asked for.
_ALONE = {
    "en": r"leave me (?:alone|in peace|be)|give me (?:a break|some space)|silence|radio silence"
    r"|go quiet|be quiet|quiet mode|do not disturb|dnd",
    "de": r"lass mich (?:\w+ ){0,3}?in ruhe|ruhe (?:geben )?mit|funkstille|nicht storen|ruhe"
    r"|ruhemodus"
    r"|hor (?:mal )?auf mit|chill (?:mal )?mit",
    "es": r"dejame (?:tranqui\w*|en paz)|silencio|me tomo un descanso|modo silencio",
    "fr": r"lache moi|laisse moi (?:tranquille|en paix)|laissez moi (?:tranquille|en paix)"
    r"|silence|coupe tout|arrete tout|mode silence",
    "pt": r"me deixa (?:quiet[oa]|em paz|sossegad[oa])|me da um tempo|silencio|modo silencio",
    "ru": r"оставь(?:те)? меня (?:\w+ )?в покое|отстань(?:те)?|тишина|не трогаи(?:те)? меня"
    r"|режим тишины",
}
_PAUSE: _Table = {}
_PAUSE_PARTS: list[tuple[str, str]] = []
for _language in _LANGUAGES:
    _msgs, _stop, _while = _MSGS[_language], _STOP[_language], _WHILE[_language]
    _PAUSE[_language] = (
        rf"\b(?:{_stop})\b (?:\w+ ){{0,3}}?(?:{_msgs})\b(?: \w+){{0,6}}? (?:{_while})\b",
        rf"\b(?:{_NO[_language]}) (?:more |mehr |mas )?(?:\w+ )?(?:{_msgs})\b(?! (?:from|von|de"
        rf"|da|do|dele|dela|от))(?: \w+){{0,6}}? (?:{_while}|please|pls|bitte|por favor|porfa"
        rf"|svp|stp|pfv|pf|пожалуиста)\b",
        rf"\b(?:{_DONT_SEND[_language]})\b(?: \w+){{0,6}}? (?:{_while})\b",
        rf"\b(?:{_ALONE[_language]})\b(?: \w+){{0,4}}? (?:{_while}|(?:with|mit|con|avec|com|с)"
        rf" (?:the|den|los|las|les|os|as|этими)? ?(?:{_msgs}))\b",
    )
    # How long first ("bitte ein paar Tage keine Check-ins"): looked for only where the reminders
    # or a "don't write" are.
    _PAUSE_PARTS.append(
        (
            rf"{_msgs}|{_DONT_SEND[_language]}|{_ALONE[_language]}",
            rf"(?=.*?\b(?:{_while})\b (?:\w+ ){{0,6}}?(?:{_stop})\b (?:\w+ ){{0,3}}?(?:{_msgs})\b"
            rf"|.*?\b(?:{_while})\b (?:\w+ ){{0,6}}?(?:{_NO[_language]}) (?:\w+ )?(?:{_msgs})\b"
            rf"|.*?\b(?:{_while})\b (?:\w+ ){{0,8}}?(?:{_DONT_SEND[_language]})\b"
            rf"|.*?\b(?:{_while})\b (?:\w+ ){{0,4}}?(?:{_ALONE[_language]})\b)",
        )
    )
# The reminders named and turned off, however long: "Benachrichtigungen aus. Melde mich.",
# "mach die erinnerungen erstmal aus", "erinnerungen bis freitag aus".
_DE_WHILE = (
    r"bis|erstmal|vorubergehend|solange|melde mich|wahrend|\w*ferien|fur (?:\w+ )?(?:\d+|ne"
    r"|eine|zwei|drei|ein paar|paar) (?:tage?|wochen?)"
)
_PAUSE_PARTS.append(
    (
        r"\w*ferien|bis|erstmal|vorubergehend|solange|melde mich|wahrend|fur",
        rf"(?=.*\b(?:{_DE_WHILE})\b)(?=.*\b(?:erinnerung|benachrichtigung|nachricht|abfrage"
        r"|check ?in)\w* (?:\w+ ){0,5}?(?:aus|aussetzen|ruhen lassen|pausieren|stumm\w*"
        r"|abschalten|ausschalten)\b"
        r"(?! (?:der|dem|den|einem|einer|meinem|meiner)\b))",
    )
)
_PAUSE["de"] += (r"\b(?:abfragen|erinnerungen|nachrichten) (?:\w+ ){0,6}?ruhen lassen\b",)
# "para los recordatorios unos días", "PARA OS LEMBRETES até domingo": stop, not "for".
_PAUSE["es"] += (
    rf"(?:^|\b(?:porfa|por favor|que) )(?:para|pare|frena|pausa) (?:los|las|todos los|todas las"
    rf"|tus|el|la) (?:{_MSGS['es']})\b",
    rf"\b(?:para|pare|frena) (?:los|las|todos los|todas las) (?:{_MSGS['es']})\b(?: \w+){{0,3}}?"
    rf" (?:{_WHILE['es']})\b",
)
_PAUSE["pt"] += (
    rf"(?:^|\b(?:por favor|pfv) )(?:para|pare) (?:os|as|com os|com as|todos os|todas as)"
    rf" (?:{_MSGS['pt']})\b",
    rf"\b(?:para|pare) (?:os|as|com os|com as) (?:{_MSGS['pt']})\b(?: \w+){{0,3}}?"
    rf" (?:{_WHILE['pt']})\b",
)
_PAUSE["en"] += (
    r"\bcan we (?:just )?not do (?:the |any )?(?:check ?ins|reminders|messages)\b",
    r"\bmute everything\b|\b(?:stop|pause) (?:everything|it all|all of it)\b",
)
_PAUSE["fr"] += (r"\bne (?:\w+ )?recevoir aucun\w* (?:rappel|message|notif)\w*",)
_PAUSE["pt"] += (rf"\bme da um tempo (?:das|dos|de) (?:{_MSGS['pt']})\b",)
_PAUSE["ru"] += (
    r"\bприостанови\w* (?:\w+ )?(?:все|напоминани\w*|уведомлени\w*)",
    rf"\b(?:отключи|выключи)\w* (?:все )?(?:{_MSGS['ru']}) (?:\w+ )?(?:пока|на время)\b",
    rf"\bотдохн\w* от (?:\w+ )?(?:{_MSGS['ru']})",
)
_PAUSE["all"] = _merged(_PAUSE_PARTS)
# Messages that did not come are a complaint, not a wish for quiet ("je n'ai reçu aucun message
# aujourd'hui", "I got no reminders today").
_NOT_RECEIVED: _Table = {
    "en": (r"\b(?:got|received|havent (?:got|received|had)|didnt (?:get|receive))\b",),
    "de": (r"\b(?:bekommen|erhalten|gekriegt)\b",),
    "es": (r"\b(?:recibido|recibi|llegaron|han llegado)\b",),
    "fr": (r"\b(?:recu|recus)\b",),
    "pt": (r"\b(?:recebi|recebido|chegaram)\b",),
    "ru": (r"\b(?:получил\w*|приходил\w*)",),
}
# One reminder of several is a setting: "stop sending the morning reminder, i only want the
# evening one", "désactiver seulement le rappel du coucher", "отключи только напоминание про сон".
_ONE_OF_THEM = {
    "en": r"\b(?:only|just) (?:want |keep |need )?(?:the |that |this )(?:\w+ )?(?:one|ones)\b"
    r"|\b(?:only|just) (?:the |that |this )?(?:\w+ ){0,2}?(?:morning|evening|night|bedtime"
    r"|caffeine|coffee|cut ?off|wind ?down|sleep) (?:reminder|one)\b|\b(?:morning|evening|night"
    r"|bedtime|caffeine|coffee|cut ?off|wind ?down) (?:reminder|one)\b (?:\w+ ){0,6}?(?:only"
    r"|just|the rest|the others)\b",
    "de": r"\bnur (?:\w+ ){0,3}?(?:erinnerung\w*|die (?:\w+ )?(?:am|fur|zum) \w+)\b|\b(?:den"
    r" rest|die anderen) (?:erinnerungen )?(?:\w+ )?(?:lassen|behalten|bleiben|passen|ok)\b",
    "es": r"\bsolo (?:\w+ ){0,3}?(?:recordatorio|aviso)\b|\b(?:lo demas|el resto) (?:\w+ )?"
    r"(?:dejalo|esta bien|ok|bien|igual)\b",
    "fr": r"\b(?:seulement|uniquement|juste) (?:\w+ ){0,3}?(?:rappel|notification)\b|\ble reste"
    r" (?:\w+ )?(?:c ?est bon|ok|garde|laisse|ca va)\b",
    "pt": r"\b(?:so|somente|apenas) (?:\w+ ){0,3}?(?:lembrete|aviso)\b|\bo resto (?:\w+ )?"
    r"(?:pode deixar|ta bom|ok|deixa|fica)\b",
    "ru": r"\bтолько (?:\w+ ){0,3}?(?:напоминание|уведомление)\b|\bостальн\w* (?:\w+ )?(?:норм"
    r"\w*|оставь|пусть|ок|можно)\b",
}

# --- settings ----------------------------------------------------------------------------------
# The language the bot writes in: "switch to German", "háblame en portugués", "parlez-moi en
# anglais", "fala comigo em espanhol", "поменяй язык на русский".
_LANGUAGE_NAME = {
    "en": r"english|german|spanish|french|portuguese|russian|italian|dutch|polish|romanian"
    r"|ukrainian|turkish",
    "de": r"englisch|deutsch|spanisch|franzosisch|portugiesisch|russisch|italienisch"
    r"|niederlandisch|polnisch|rumanisch|ukrainisch|turkisch",
    "es": r"ingles|aleman|espanol|castellano|frances|portugues|ruso|italiano|rumano|catalan"
    r"|ucraniano",
    "fr": r"anglais|allemand|espagnol|francais|portugais|russe|italien|roumain|neerlandais"
    r"|polonais|ukrainien",
    "pt": r"ingles|alemao|espanhol|frances|portugues|russo|italiano|romeno|ucraniano",
    "ru": r"англииск\w*|немецк\w*|испанск\w*|французск\w*|португальск\w*|русск\w*|итальянск\w*"
    r"|украинск\w*|румынск\w*|angliisk\w*|anglijsk\w*|russk\w*|nemeck\w*|ukrainsk\w*",
}
_IN_LANGUAGE = {
    "en": (
        r"\b(?:switch|change|set|put|turn|move)\w* (?:\w+ ){0,4}?(?:to|into|in) (?:{names})\b",
        r"\b(?:talk|speak|write|answer|reply|text|message)\w* (?:\w+ ){0,3}?in (?:{names})\b",
        r"\blanguage (?:\w+ ){0,3}?(?:{names})\b",
    ),
    "de": (
        r"\b(?:auf|in) (?:{names}) (?:\w+ )?(?:umstellen|umschalten|wechseln|stellen|schreiben"
        r"|antworten|reden|sprechen)\b",
        r"\bsprache (?:\w+ ){0,3}?(?:{names})\b",
        r"\b(?:schreib|sprich|antworte|rede)\w* (?:\w+ ){0,3}?(?:auf|in) (?:{names})\b",
    ),
    "es": (
        r"\b(?:habla|hablame|hableme|hablar|escribe|escribeme|escribame|contesta|contestame"
        r"|responde|respondeme|pon|ponme|ponlo|cambia|cambialo|pasa|pasate|pasame|pasalo)"
        r" (?:\w+ ){0,3}?en (?:{names})\b",
        r"\bidioma (?:\w+ ){0,3}?(?:{names})\b",
    ),
    "fr": (
        r"\b(?:parle|parlez|parliez|parler|ecris|ecrivez|ecrire|repond\w*|passe|passez|mets"
        r"|mettez|repasse\w*|bascule\w*|remets|remettez)\w* (?:\w+ ){0,3}?en (?:{names})\b",
        r"\blangue (?:\w+ ){0,3}?(?:{names})\b",
    ),
    "pt": (
        r"\b(?:fala|fale|falar|escreve|escreva|responde|responda|muda|mude|passa|passe|troca"
        r"|troque|coloca|poe)\w* (?:\w+ ){0,3}?(?:em|pra|para o|para) (?:{names})\b",
        r"\b(?:idioma|lingua) (?:\w+ ){0,3}?(?:{names})\b",
    ),
    "ru": (
        r"\b(?:язык|yazyk|jazyk) (?:\w+ ){0,3}?(?:на|na) (?:{names})",
        r"\b(?:говори|пиши|отвечаи|общаися|переключи\w*|переведи)\w* (?:\w+ ){0,3}?(?:на|по)"
        r" (?:{names})",
    ),
}
# The clock changed, another time zone, the hour the bot keeps: "Die Uhr wurde umgestellt",
# "set me to Lisbon time", "estoy en Canarias, una hora menos", "à l'heure de Montréal", "atualiza
# o fuso", "напоминания приходят по московскому времени".
_CLOCK: _Table = {
    "en": (
        r"\bclocks? (?:\w+ ){0,3}?(?:changed|went (?:forward|back)|go (?:forward|back)|is off"
        r"|are off|is wrong|are wrong)\b|\bdaylight sav\w*|\b(?:summer|winter) time\b",
        r"\b(?:set|switch|put|change|move)\w* (?:me|it|my \w+|the \w+|everything) (?:to|onto|on)"
        r" (?:\w+ ){0,2}?time\b(?! (?:to|for)\b)|\bset my (?:city|location|zone|town) to\b",
        r"\b(?:an|one) hour (?:too early|too late|early|late|off|ahead|behind)\b",
    ),
    "de": (
        r"\b(?:uhr|uhren|zeit) (?:\w+ ){0,3}?(?:umgestellt|zuruckgestellt|vorgestellt)\b"
        r"|\bzeitumstellung\b|\b(?:sommerzeit|winterzeit)\b",
        r"\beine stunde (?:zu )?(?:fruh|spat|fruher|spater)\b",
        r"\b(?:stell|stellen|stellt)\w* (?:\w+ ){0,3}?(?:uhrzeit|zeit)\w* (?:\w+ ){0,2}?(?:um"
        r"|ein)\b"
        r"|\buhrzeit (?:\w+ ){0,3}?(?:umstellen|anpassen|einstellen|andern)\b",
    ),
    "es": (
        r"\b(?:cambio de hora|horario de (?:verano|invierno)|hora de (?:verano|invierno))\b"
        r"|\buna hora (?:menos|mas|de mas|de menos)\b",
        r"\b(?:llega|llegan|suena|suenan|vienen?) (?:\w+ ){0,3}?una hora (?:antes|tarde|despues"
        r"|temprano)\b",
        r"\b(?:ajusta|ajustar|ajuste|cambia|cambiar|pon|ponme|pongame|poneme|actualiza|corrige)"
        r" (?:\w+ ){0,2}?(?:la hora|el horario|zona horaria|huso)\b",
    ),
    "fr": (
        r"\b(?:changement d ?heure|heure d ?(?:ete|hiver))\b|\bune heure (?:de (?:plus|moins"
        r"|decalage)|d ?avance|de retard|trop tot|trop tard)\b",
        r"\b(?:a|sur) l ?heure de (?!la |l |me |dormir|coucher|pointe)\w+|\bfuseau\b",
        r"\b(?:change|changer|changez|modifie|corrige|corrigez|mets|mettre|bascule\w*)"
        r" (?:\w+ ){0,2}?l ?heure\b",
    ),
    "pt": (
        r"\b(?:horario de verao|mudanca de hora|hora de verao)\b|\b(?:menos|mais) uma hora\b"
        r"|\buma hora (?:a menos|a mais|adiantad\w*|atrasad\w*)\b|\bfuso\b",
        r"\b(?:com a|pela|na) hora de (?!dormir|deitar|acordar)\w+",
        r"\b(?:acerta|acertas|atualiza|ajusta|corrige|muda)\w* (?:\w+ ){0,2}?(?:a hora|o horario"
        r"|o fuso|fuso)\b|\b(?:passa|muda|troca) a cidade\b",
    ),
    "ru": (
        r"\bчасов\w* пояс\w*|\bpo (?:\w+omu|mestnomu) vremeni\b|\b(?:chasov\w*|chasovoj) poyas\w*",
        r"\bпо (?:\w+ому|местному) времени\b|\bперевели часы\b|\b(?:летнее|зимнее) время\b"
        r"|\bна час (?:раньше|позже)\b",
    ),
}
# The bedtime or the hour of getting up set: "change my bedtime to 9am", "Heure du coucher :
# 22h30", "mets mon coucher à 21h30", "muda a hora de acordar", "поставь время отбоя на 22:00".
# Asked about ("what's a good bedtime") it is a question about sleep.
_NOT_ASKED = {
    "en": r"good|best|ideal|should|normal|healthy|what|how|why|whats|is it|enough",
    "de": r"sollte|wann|wie|warum|gut|beste|ideal|normal|gesund",
    "es": r"deberia|cuando|como|por que|buena|mejor|ideal|normal|sano|que hora",
    "fr": r"devrais|quand|comment|pourquoi|bonne|meilleure|ideale?|normal|quelle|grave|est ce",
    "pt": r"deveria|devo|quando|como|por que|boa|melhor|ideal|normal|que horas",
    "ru": r"когда|как|почему|лучше|нормально|стоит|надо ли|какое|во сколько",
}
_BEDTIME_WORD = {
    "en": r"bedtime|bed time|wake ?up time|wake time|alarm time|getting up time",
    "de": r"schlafenszeit|bettzeit|zubettgehzeit|aufstehzeit|weckzeit|weckerzeit",
    "es": r"hora de (?:dormir|acostarme|acostarse|irme a dormir|despertar(?:me)?|levantarme)",
    "fr": r"heure (?:du|de) (?:coucher|reveil|lever)|coucher|reveil",
    "pt": r"hora de (?:deitar|dormir|acordar|levantar)",
    "ru": r"время (?:сна|отбоя|подъема|пробуждения|ложиться)|отбои|подъем",
}
_SET = {
    "en": r"set|change|move|make|put|update|push|switch",
    "de": r"andern|aendern|stellen|stell|setzen|setz|verschieben|verschieb|umstellen|auf|ist"
    r" jetzt|soll",
    "es": r"pon|poner|ponme|cambia|cambiar|mueve|mover|ajusta|pasa|pasar|quiero cambiar",
    "fr": r"mets|mettez|mettre|change|changer|modifie|modifier|modifiez|passe|decale\w*",
    "pt": r"muda|mudar|mude|altera|alterar|coloca|colocar|passa|passar|troca|poe|quero mudar",
    "ru": r"поставь|поменяи|сделаи|смени|перенеси|измени|установи|поставьте|измените",
}
_CLOCK_HOUR = r"\d+(?: ?h\d*| ?pm| ?am|:\d+| uhr)?|(?:halb|half) \w+"
_SET_BEDTIME: _Table = {
    "all": _merged(
        [
            (
                _BEDTIME_WORD[language],
                rf"(?!.*\b(?:{_NOT_ASKED[language]})\b)(?:(?=.*?\b(?:{_SET[language]})\b"
                rf" (?:\w+ ){{0,3}}?(?:{_BEDTIME_WORD[language]})\b)|(?=(?:\w+ ){{0,4}}?"
                rf"(?:{_BEDTIME_WORD[language]})\b (?:\w+ ){{0,4}}?(?:{_CLOCK_HOUR})\b))",
            )
            for language in _LANGUAGES
        ]
    ),
    **dict.fromkeys(_LANGUAGES, ()),
}
_SET_BEDTIME["de"] += (r"\buhrzeit fur (?:die )?schlafenszeit\b",)
_SET_BEDTIME["pt"] += (r"\blembrete (?:\w+ ){0,3}?(?:as|a|para as|pras) \d+ ?h\d*\b",)
# When the reminder comes, rather: "erinnere mich lieber abends", "recuérdame mejor por la
# tarde", "rappelle-moi plutôt le soir", "me lembra às 22h em vez das 21h", "напоминай в девять
# вместо восьми"; and where the reminder times are set ("wo stell ich die Uhrzeiten ein").
_REMIND_WHEN: _Table = {
    "en": (
        r"\bremind me (?:\w+ ){0,2}?(?:in the (?:morning|evening|afternoon)|at night|rather"
        r"|instead|later|earlier)\b",
        r"\b(?:reminders?|pings?) (?:\w+ ){0,4}?(?:morning|evening|night) (?:instead|rather)\b",
        r"\b(?:times?|hours?|schedule) (?:of|for) (?:the |my )?(?:reminders?|notifications?"
        r"|check ?ins?)\b",
    ),
    "de": (
        r"\berinnere? (?:mich|mir) (?:\w+ ){0,2}?(?:lieber|abends|morgens|mittags|nachmittags"
        r"|spater|fruher|um \d+|statt)\b",
        r"\buhrzeit\w* (?:der |fur die )?(?:erinnerung\w*|benachrichtigung\w*)",
    ),
    "es": (
        r"\b(?:recuerdame|recordame|avisame|recuerdeme|aviseme) (?:\w+ ){0,5}?(?:mejor|por la"
        r" (?:tarde|manana|noche)|a las \d+|en vez de|en lugar de|mas tarde|mas temprano)\b",
        r"\b(?:horarios?|horas?) de (?:los )?(?:recordatorios|avisos|notificaciones)\b",
        r"\b(?:aviso|recordatorio) (?:\w+ ){0,6}?(?:llegue|llega|suene) (?:\w+ ){0,3}?(?:mas"
        r" tarde|mas temprano|antes|despues)\b",
    ),
    "fr": (
        r"\b(?:rappelle|rappelez) moi (?:\w+ ){0,4}?(?:plutot|le soir|le matin|a \d+|au lieu de"
        r"|plus tard|plus tot)\b|\b(?:me )?rappel\w* (?:\w+ ){0,5}?au lieu de\b",
        r"\b(?:rappel|notification) (?:\w+ ){0,2}?(?:arrive|tombe|sonne) (?:\w+ ){0,2}?(?:le matin"
        r"|le soir|plutot)\b",
        r"\bheures? des (?:rappels|notifications|notifs)\b",
    ),
    "pt": (
        r"\b(?:me lembra|me lembre|lembra me|lembre me|me avisa|me avise) (?:\w+ ){0,3}?(?:mais"
        r" (?:a|de) (?:noite|tarde|manha)|de manha|a noite|as \d+|em vez d\w+|ao inves)\b",
        r"\bhorario (?:do|dos|de) (?:lembrete|aviso|notificac)\w*",
    ),
    "ru": (
        r"\bнапоминаи(?:те)? (?:\w+ ){0,3}?(?:лучше|вечером|утром|днем|в \w+|вместо|позже"
        r"|раньше)\b",
        r"\bвремя напоминани\w*|\bнапоминани\w* (?:\w+ ){0,3}?(?:по \w+ому времени)\b",
    ),
}
# One reminder off, the others kept ("just turn that one off", "desativa só o lembrete de
# desacelerar, o resto pode deixar").
_ONE_OFF: _Table = {
    "all": _merged(
        [(_MSGS[language], rf"(?=.*?(?:{_ONE_OF_THEM[language]}))") for language in _LANGUAGES]
    ),
    **dict.fromkeys(_LANGUAGES, ()),
}
_ONE_OFF["en"] += (r"\bturn (?:that|this) one off\b|\b(?:only|just) want the \w+ one\b",)
_SETTINGS: _Table = {
    "all": (*_SET_BEDTIME["all"], *_ONE_OFF["all"]),
    **{
        language: (
            *(p.replace("{names}", _LANGUAGE_NAME[language]) for p in _IN_LANGUAGE[language]),
            *_CLOCK[language],
            *_SET_BEDTIME[language],
            *_REMIND_WHEN[language],
            *_ONE_OFF[language],
        )
        for language in _LANGUAGES
    },
}
_SETTINGS["ru"] += (
    r"\b(?:pomen[yj]a[iy]|smeni\w*|izmeni\w*) (?:\w+ )?(?:yazyk|jazyk|chasov\w* poyas\w*"
    r"|vremya|vremja)\b",
)

# --- report ------------------------------------------------------------------------------------
# Something for the doctor: a doctor or an appointment named, and what to show, bring or print
# ("was soll ich ihm mitbringen", "put something together i can print", "me lo sacas", "tu me
# prépares un récap imprimable", "faz o papel pra mostrar", "подготовь всё что надо показать").
_DOCTOR = {
    "en": r"doctors?|docs?|docter|gp|neurologist|neuro|physician|specialist|appointment"
    r"|consultant",
    "de": r"arzt\w*|artz|arztin|aerztin|doktor\w*|hausarzt\w*|betriebsarzt\w*|kinderarzt\w*"
    r"|neurolog\w*|facharzt\w*|termin\w*|arztgesprach\w*|arzttermin\w*",
    "es": r"medic[oa]|doctor[a]?|neurolog[oa]|neuro|especialista|cita|consulta",
    "fr": r"medecin\w*|medecine|docteur|toubib|neurologue|neuro|generaliste|specialiste|rdv"
    r"|rendez vous|consultation",
    "pt": r"medic[oa]|doutor[a]?|neurologista|neuro|especialista|consulta",
    "ru": r"врач\w*|доктор\w*|невролог\w*|терапевт\w*|прием\w*",
}
_TO_SHOW = {
    "en": r"what (?:should|do|can|shall) i (?:show|bring|take|tell|give)|something (?:i can|to)"
    r" (?:print|show|bring|take|send|give)|put (?:something|it|that|this) together|prepare"
    r" (?:something|it|that|this)|print ?outs?|printable|something to print|(?:summary|overview"
    r"|log|record) (?:\w+ ){0,4}?(?:send|show|give|print|email|bring)",
    "de": r"was (?:soll|sollte|kann|muss) ich (?:ihm |ihr |dem |der |\w+ )?(?:mitbringen|zeigen"
    r"|sagen|mitnehmen)|ubersicht|ausdruck\w*|zum ausdrucken|was (?:fur|fuers|furs)"
    r"|zeigen kann|schicken kann|mitnehmen",
    "es": r"que (?:le )?(?:deberia|debo|tengo que|puedo) (?:ensenar|mostrar|llevar|decir)"
    r"|(?:me lo )?(?:puede|puedes) preparar|el papel|imprimir|me lo sacas|me lo preparas"
    r"|(?:resumen|registro|informe) (?:\w+ ){0,4}?(?:mandar|mostrar|ensenar|llevar|pasar)",
    "fr": r"qu ?est ce que je (?:devrais|dois|peux) lui (?:montrer|dire|apporter)|ce que je"
    r" dois lui montrer|prepar\w* (?:\w+ ){0,3}?(?:recap|resume|ce que)|imprimable|a imprimer"
    r"|tu me le sors|(?:recap|resume|bilan|synthese|releve) (?:\w+ ){0,4}?(?:lui )?(?:envoyer"
    r"|montrer|donner|imprimer|apporter)",
    "pt": r"o que (?:eu )?(?:devo|preciso|tenho que) (?:mostrar|levar|dizer)|prepara (?:pra mim"
    r" |para mim )?o que|o papel|pra imprimir|para imprimir|gera pra mim|(?:resumo|registro"
    r"|relatorio) (?:\w+ ){0,4}?(?:mandar|mostrar|levar|enviar)",
    "ru": r"что (?:мне )?(?:ему |еи )?(?:показать|принести|сказать)|подготовь (?:\w+ ){0,3}?"
    r"(?:что|показать)|распечат\w*|(?:сводк\w*|выписк\w*|отчет\w*) (?:\w+ ){0,4}?(?:отправить"
    r"|показать|переслать|скинуть)",
}
_REPORT: _Table = {
    "all": _merged(
        [(_DOCTOR[language], rf"(?=.*\b(?:{_TO_SHOW[language]})\b)") for language in _LANGUAGES]
    )
}
# Someone else's doctor's appointments among one's chores are not a wish for the report ("Job,
# Haushalt, ihre Arzttermine").
_THEIR_DOCTOR: _Table = {
    "en": (r"\b(?:her|his|their|moms|mums|dads) (?:\w+ )?(?:doctors? )?appointments\b",),
    "de": (r"\b(?:ihre|seine|deren) (?:\w+ )?(?:arzttermin\w*|termine beim arzt)\b",),
    "es": (r"\bsus (?:\w+ )?citas (?:medicas|con el medico)\b",),
    "fr": (r"\b(?:ses|leurs) (?:\w+ )?(?:rendez vous|rdv) (?:medicaux|chez le medecin)\b",),
    "pt": (r"\b(?:as )?consultas (?:medicas )?(?:dela|dele|deles)\b",),
    "ru": (r"\b(?:ее|его|их) (?:\w+ )?(?:врачи|приемы|походы по врачам)\b",),
}

# --- history -----------------------------------------------------------------------------------
# One's own entries looked back over: a past span shown ("enséñame la semana pasada", "покажи
# прошлую неделю"), better than before or only imagined ("is it getting better or am I imagining
# it", "мне лучше чем месяц назад"), an average over a while ("im Schnitt", "ma moyenne"), what
# was written on a past day, the worst weeks, and "can you show me" after a question about them.
_SHOW = {
    "en": r"show|pull up|let me see",
    "de": r"zeig|zeige|zeigen|zeigst",
    "es": r"muestrame|mostrame|ensename|muestra|ensena|mostrar",
    "fr": r"montre|montrez|affiche|montrer",
    "pt": r"mostra|mostre|me mostra|mostrar",
    "ru": r"покажи|покажите|показать|pokazhi",
}
_SPAN = {
    "en": r"(?:the |my )?(?:last|past|previous) (?:week|month|few (?:days|weeks))|my (?:week|month"
    r"|nights|days|past \w+)|how (?:the|my) \w+ (?:has |have )?(?:gone|been|changed"
    r"|developed)",
    "de": r"(?:die |meine )?(?:letzte|vorige|vergangene) (?:woche|monat)|meine (?:woche|nachte"
    r"|tage)",
    "es": r"(?:la |mi )?semana pasada|mi semana|el mes pasado|mis dias|lo q(?:ue)? (?:apunte"
    r"|anote)|como (?:estuve|he estado|me fue)",
    "fr": r"(?:la |ma )?semaine (?:derniere|passee)|ma semaine|le mois dernier|mes (?:nuits"
    r"|anciens"
    r" \w+|entrees)|l ?historique",
    "pt": r"(?:a |minha )?semana passada|minha semana|o mes passado|meus (?:registros?|registos?"
    r"|dias)",
    "ru": r"(?:прошлую|прошлыи|мою) (?:неделю|месяц)|как я (?:спал\w*|себя чувствовал\w*)"
    r"|историю|istori\w*",
}
_BETTER_OR_NOT: _Table = {
    "en": (
        r"\b(?:getting|got|been|is it|am i) (?:\w+ )?(?:better"
        r"|worse)\b (?:\w+ ){0,3}?(?:or (?:am i"
        r"|im|i m) imagining|or not)\b",
        r"\bhow was i (?:doing|feeling)\b (?:\w+ ){0,3}?(?:ago|last)\b",
        r"\b(?:worst|best) (?:weeks?|days?|nights?|months?)\b (?:\w+ ){0,2}?(?:so far|yet|ever)\b"
        r"|\bwhat were my (?:worst|best)\b",
        r"\b(?:better|worse) (?:\w+ ){0,3}?(?:this|the) (?:month|week) (?:compared (?:with|to)"
        r"|than) (?:the )?(?:last|previous)\b|\bthan (?:a|one|two|\d+) (?:weeks?|months?) ago\b",
    ),
    "de": (
        r"\bbild(?:e)? ich mir (?:das|es) (?:nur )?ein\b",
        r"\bwie waren meine (?:nachte|tage|wochen)\b",
        r"\b(?:im vergleich zu|als|wie) vor (?:\d+|einer|zwei|drei) (?:wochen?|monat\w*)\b"
        r"|\b(?:besser|schlechter) als im (?:letzten|vorigen|vormonat)\b",
        r"\bkurve\b",
    ),
    "es": (
        r"\b(?:estoy|voy|he) (?:\w+ )?(?:mejorando|empeorando|mejorado|empeorado)\b (?:\w+ ){0,3}?"
        r"(?:o (?:me lo invento|es mi imaginacion|no)|respecto|comparado|desde|este mes)\b",
        r"\bcomo (?:he estado|estuve|me fue|he ido)\b (?:\w+ ){0,3}?(?:semana|mes|pasad[oa]"
        r"|desde)\b|\bque tal (?:fue|estuvo) mi (?:semana|mes)\b",
        r"\bquiero ver (?:como (?:he|estuve|me fue|dormi)|mis)\b",
        r"\b(?:respecto|comparado|en comparacion) (?:al|con el|a) (?:mes )?(?:anterior|pasado)\b",
    ),
    "fr": (
        r"\bca (?:va|allait) (?:\w+ )?mieux\b (?:\w+ ){0,4}?(?:ou (?:je me fais des idees|pas)"
        r"|par rapport)\b|\bs ?ameliore (?:\w+ ){0,2}?depuis\b",
        r"\b(?:cetait|c etait) comment ma (?:semaine|nuit|journee)\b|\bcomment (?:etaient|etait)"
        r" mes (?:nuits|journees|semaines)\b",
        r"\bje (?:veux|voudrais|peux) voir mes\b|\bpar rapport (?:au|a la) (?:mois |semaine )?"
        r"(?:precedent\w*|dernier\w*|passe\w*)\b",
    ),
    "pt": (
        r"\b(?:to|tou|estou|eu) (?:\w+ )?(?:melhorando|piorando)\b (?:\w+ ){0,2}?ou\b"
        r"|\bmelhorei (?:\w+ ){0,4}?(?:em relacao|comparado|ou|desde)\b",
        r"\bcomo (?:eu )?(?:tava|estava|estive|fiquei) (?:na |a )?(?:semana|mes) passad[oa]\b"
        r"|\bcomo (?:foi|foram) (?:a |minha |minhas )?(?:semana|noites|mes)"
        r"(?: passad[oa]| ultimamente)\b|\bcomo foram minhas noites\b",
        r"\bquero ver (?:como eu|meus|minhas)\b|\bem relacao ao (?:mes )?(?:anterior|passado)\b",
    ),
    "ru": (
        r"\b(?:мне )?(?:становится )?лучше или (?:кажется|нет|хуже)\b|\bмне лучше чем\b",
        r"\bкак я (?:спал\w*|себя чувствовал\w*) (?:в последнее время|на прошлои неделе|с тех"
        r" пор)\b|\bчто было на прошлои неделе\b|\bкогда у меня было (?:хуже|лучше) всего\b",
        r"\bчем (?:\w+ )?(?:месяц|неделю|две недели|\d+ \w+) назад\b",
        r"\b(?:какие|каких) дни (?:\w+ ){0,4}?самы\w*",
    ),
}
# An average asked of one's own entries ("what's my average sleep", "wie viel Kaffee hab ich im
# Schnitt getrunken"), not one told ("I average about 6 hours").
_AVERAGE: _Table = {
    "en": (
        r"\b(?:what|whats|how) (?:\w+ ){0,3}?my average\b|\bhow (?:\w+ ){0,4}?(?:did|have) i"
        r" (?:\w+ ){0,4}?on average\b",
    ),
    "de": (
        r"\bwie (?:\w+ ){0,5}?im (?:schnitt|durchschnitt)\b|\bim (?:schnitt|durchschnitt)"
        r" (?:\w+ ){0,3}?(?:getrunken|geschlafen|gehabt)\b",
    ),
    "es": (
        r"\b(?:cual|que|cuanto|como) (?:\w+ ){0,3}?mi (?:promedio|media)\b"
        r"|\bcuant[oa]s? (?:\w+ ){0,4}?"
        r"(?:tome|bebi|dormi|tuve) (?:\w+ ){0,3}?(?:en promedio|de media|en media)\b",
    ),
    "fr": (r"\b(?:quoi|quelle|quel|combien) (?:\w+ ){0,3}?ma moyenne\b",),
    "pt": (
        r"\b(?:qual|quanto|como) (?:\w+ ){0,3}?minha media\b|\bquant[oa]s? (?:\w+ ){0,4}?(?:tomei"
        r"|bebi|dormi|tive) (?:\w+ ){0,3}?em media\b",
    ),
    "ru": (
        r"\b(?:сколько|как) (?:\w+ ){0,4}?(?:выпил\w*|спал\w*|было|был\w*) (?:\w+ ){0,3}?в"
        r" среднем\b|\bв среднем (?:\w+ ){0,3}?(?:выпил\w*|спал\w*|было)\b|\b(?:какая|какое"
        r"|какои|каков\w*) (?:\w+ )?мо(?:и|я|е) средн\w*",
    ),
}
# What one wrote on a past day ("was hatte ich am Dienstag eingetragen", "que apunté el martes").
_WHAT_I_WROTE: _Table = {
    "en": (r"\bwhat i (?:wrote|logged|noted|put down|recorded|entered)\b",),
    "de": (
        r"\bwas (?:hatte|habe|hab) ich (?:\w+ ){0,3}?(?:eingetragen|geschrieben|notiert)\b"
        r"|\bwas ich (?:\w+ ){0,4}?(?:eingetragen|geschrieben|notiert) (?:habe|hab|hatte)\b",
    ),
    "es": (r"\b(?:que|q|lo q|lo que) (?:apunte|anote|registre|escribi)\b",),
    "fr": (r"\bce que j ?(?:ai|avais) (?:note|ecrit|enregistre)\b|\bj ?avais note\b",),
    "pt": (r"\bo que (?:eu )?(?:anotei|registrei|registei|escrevi)\b",),
    "ru": (r"\bчто я (?:записывал\w*|записал\w*|отмечал\w*|писал\w*)\b",),
}
# "Can you show me?" after a question about one's own days ("Est-ce que ça saute plus les jours où
# je bois plus de café ? Tu peux me montrer ?"), or asking to check them.
_SHOW_ME: _Table = {
    "en": (
        r"\b(?:can|could) you (?:show me|check|look)(?: (?:it|that|this|them))?$|\bshow me the"
        r" days\b|\bshow me$",
        r"\b(?:can|could) you (?:check|look|see) (?:\w+ ){0,2}?(?:if|whether) (?:i|my)\b",
    ),
    "de": (
        r"\bkannst du (?:mir )?(?:das |es )?zeigen$|\bzeig (?:mal|mir)(?: das)?$",
        r"\bkann ich sehen (?:wie|ob)\b|\bkannst du (?:mal )?(?:schauen|nachsehen|checken) ob"
        r" (?:ich|mein)\b",
    ),
    "es": (
        r"\b(?:me )?(?:lo )?(?:puedes|podes|podrias|puede) (?:mostrar|ensenar)(?:me|melo)?$"
        r"|\bmuestramelo$",
        r"\b(?:puedes|podes|podrias|puede) (?:ver|mirar|revisar|chequear) si (?:yo |me |mis )?\b",
    ),
    "fr": (
        r"\b(?:tu peux|peux tu|pouvez vous|vous pouvez) me (?:le |la |les )?montrer(?: ca)?$"
        r"|\bmontre(?: moi)?$",
        r"\b(?:tu peux|peux tu|pouvez vous|vous pouvez) (?:voir|verifier|regarder) si (?:je|j|mes"
        r"|ma|mon)\b",
    ),
    "pt": (
        r"\b(?:pode|podes|consegue) (?:me )?mostrar$|\bme mostra$",
        r"\b(?:pode|podes|consegue) (?:ver|olhar|checar|conferir) se (?:eu|meu|minha)\b",
    ),
    "ru": (
        r"\b(?:можешь|можете) (?:мне )?показать$|\bпокажи$|\bглянь по записям\b",
        r"\b(?:можешь|можете) (?:посмотреть|проверить) (?:\w+ ){0,2}?(?:ли|по записям)\b",
    ),
}
# How often something was had this month, and before against after ("wie oft hatte ich diesen
# Monat Angst über 7", "compara antes y después").
_HOW_OFTEN_THEN: _Table = {
    "en": (
        r"\bhow (?:often|many times) (?:did|have|was) i\b (?:\w+ ){0,4}?(?:this|last|past)"
        r" (?:week|month)\b|\bcompare (?:\w+ ){0,2}?before and after\b",
    ),
    "de": (
        r"\bwie oft (?:hatte|hab|habe|war) ich\b (?:\w+ ){0,4}?(?:diese\w*|letzte\w*) (?:woche"
        r"|monat)\b|\bvergleich\w* (?:\w+ ){0,2}?vorher (?:und )?nachher\b",
    ),
    "es": (
        r"\bcuantas veces (?:tuve|estuve|he tenido|me) (?:\w+ ){0,4}?(?:este|esta|el|la) (?:mes"
        r"|semana)\b|\bcompara\w* (?:\w+ ){0,2}?antes y despues\b",
    ),
    "fr": (
        r"\bcombien de fois (?:j ?ai|jai) (?:\w+ ){0,4}?(?:ce|cette|le|la) (?:mois|semaine)\b"
        r"|\bcompar\w* (?:\w+ ){0,2}?avant (?:et )?apres\b",
    ),
    "pt": (
        r"\bquantas vezes (?:eu )?(?:tive|fiquei|estive) (?:\w+ ){0,4}?(?:este|esse|esta|essa|o|a)"
        r" (?:mes|semana)\b|\bcompara\w* (?:\w+ ){0,2}?antes e depois\b",
    ),
    "ru": (
        r"\bсколько раз (?:у меня )?(?:было|была|был|я) (?:\w+ ){0,4}?(?:в этом|в прошлом|на этои"
        r"|на прошлои) (?:месяце|неделе)\b|\bсравни\w* (?:\w+ ){0,2}?до и после\b",
    ),
}
_HISTORY: _Table = {
    language: (
        rf"\b(?:{_SHOW[language]})\b (?:(?:me|moi|mir|мне|melo) )?(?:{_SPAN[language]})\b",
        *_BETTER_OR_NOT[language],
        *_AVERAGE[language],
        *_WHAT_I_WROTE[language],
        *_SHOW_ME[language],
        *_HOW_OFTEN_THEN[language],
    )
    for language in _LANGUAGES
}
_HISTORY["fr"] += (
    r"\b(?:voir|montre\w*|affiche\w*|consulter) (?:\w+ )?(?:l ?historique|lhistorique)\b"
    r"|\b(?:l ?historique|lhistorique) (?:de mes|de mon|de ma|du mois|de la semaine)\b"
    r"|^(?:l ?historique|lhistorique)$",
)
_HISTORY["ru"] += (r"\bistori\w* za (?:mesyac|nedel\w*)\b|\bpokazhi (?:\w+ )?istori\w*",)

# --- checkin -----------------------------------------------------------------------------------
# Today recorded: how the day went noted, logged or filled in ("I'd like to record how today
# went", "will kurz eintragen wie der Tag war", "quiero apuntar cómo me fue hoy", "je veux noter
# comment s'est passée la journée", "quero registar como correu o dia", "давай заполним день"),
# the evening's round by its name ("abend-check", "bilan du soir", "hora do diário"), and the
# day's report handed in ("meinen täglichen Bericht abgeben", "отчёт за сегодня").
_DRINKS = (
    r"coffees?|cafes?|kaffee\w*|espresso\w*|tea|tee|te|the|cha|cola|mate|energy\w*|red ?bull"
    r"|monster|cappu\w*|latte|club ?mate|кофе\w*|ча[июя]|энергетик\w*|адреналин\w*|монстр\w*"
    r"|выпил\w*|капучино|латте|эспрессо|кол[аыу]|\w*kaffee\w*|flat white|tasse|tassen|cups?"
    r"|mugs?|tazas?|xicaras?|чашк\w*|кружк\w*|becher"
)
_DRINK_FREE: list[str] = []


def _no_drink(find: str) -> str:
    """`find`, kept for one rule with the other finds of the day recorded that no drink names (a
    coffee logged "for today" is the coffee): see `_merged`."""
    _DRINK_FREE.append(find.removeprefix(r"\b"))
    return ""


_CHECKIN: _Table = {
    "en": (
        _no_drink(
            r"\b(?:record|log|note|write down|fill in|fill out|rate|track"
            r"|jot down) (?:(?:how )?(?:today|my day|the day)\b(?: (?:went|has been|was|has gone"
            r"|is going))?|how (?:i m|im|i am|i feel|i felt) today|for today)\b",
        ),
        r"\bready for (?:my |the |todays |today s )?(?:questions|check ?in)\b|\bask me (?:the |my"
        r" |todays )?(?:daily )?questions\b",
        r"\b(?:fill in|submit|do) (?:my |the |todays |today s )(?:daily )?report\b",
    ),
    "de": (
        _no_drink(
            r"\btrag\w* (?:bitte |mal |doch )?ein\b",
        ),
        _no_drink(
            r"\b(?:tag|heute|wie der tag war|wie heute war|meinen tag"
            r"|bitte so|bitte) (?:\w+ ){0,2}?(?:eintragen|notieren|festhalten|erfassen"
            r"|bewerten)\b",
        ),
        r"\b(?:eintragen|notieren|festhalten) (?:\w+ ){0,2}?(?:wie (?:der|mein) tag war|wie"
        r" heute war|wie es mir heute geht)\b",
        r"\b(?:tagesbericht|tagesruckblick|tageseintrag|tagescheck|tageswerte|eintrag)\w*"
        r" (?:\w+ ){0,2}?(?:abgeben|eintragen|machen|ausfullen|notieren)\b|\babend ?check\b",
        r"\b(?:taglich\w*|heutig\w*) bericht\w* (?:\w+ ){0,2}?abgeben\b",
    ),
    "es": (
        r"\b(?:registrar|anotar|apuntar|anota|apunta|anotemos|apuntemos|apuntamos|anotamos"
        r"|registremos|llenar|rellenar|contarte) (?:\w+ )?(?:como (?:me )?(?:ha ido|fue|he estado"
        r"|estuve|me ha ido|me fue)|lo de hoy|el dia|mi dia)\b",
        _no_drink(
            r"\b(?:registrar|anotar|apuntar|anota|apunta) (?:\w+ )?hoy\b",
        ),
        r"\b(?:hacer|hago|hagamos|arrancamos con|vamos con) (?:\w+ ){0,2}?(?:el diario"
        r"|lo de (?:hoy"
        r"|la noche|como)|mi revision|la revision|el registro|el cuestionario)\b",
        r"\b(?:me toca|toca) el registro\b|\blo (?:apuntamos|anotamos|registramos)\b",
    ),
    "fr": (
        _no_drink(
            r"\b(?:noter|note|enregistrer|remplir|remplis|saisir"
            r"|consigner) (?:\w+ )?(?:comment (?:s ?est passee|sest passee|c ?etait|je vais"
            r"|ca (?:a )?"
            r"ete)|ma journee|la journee|aujourd ?hui|le suivi|la fiche)\b",
        ),
        r"\b(?:bilan|check|point) du soir\b|\bcheck du jour\b",
    ),
    "pt": (
        _no_drink(
            r"\b(?:registrar|registar|anotar|anota|preencher|marcar)"
            r" (?:\w+ )?(?:como (?:correu|foi|tem sido|estou|me sinto"
            r"|eu estou) (?:\w+ ){0,2}?(?:dia"
            r"|hoje)|o dia|meu dia|o meu dia|hoje|a entrada de hoje|o diario)\b",
        ),
        r"\b(?:fazer|fazemos|bora fazer|vamos fazer) (?:o |meu |o meu )?(?:diario|ponto de"
        r" situacao|controle de hoje|check ?in)\b|\bhora do diario\b|\bregistro de hj\b",
        r"\bpode (?:me )?perguntar (?:as )?coisas? (?:do dia|da noite|de hoje)\b",
    ),
    "ru": (
        _no_drink(
            r"\b(?:записать|запиши|запишу|запишем|заполнить|заполним"
            r"|заполни|отметить|отметим"
            r"|отметимся|отмечусь|отмечу|внести|сделаем|сделать|даваи)\w* (?:\w+ ){0,2}?(?:(?:мои"
            r" |сегодняшн\w* )?день|за (?:сегодня|сегодя|день)|как (?:прошел|прошла|я)\b"
            r"|сегодняшн\w*"
            r" (?:отметк\w*|день|запис\w*)|отметку|дневник)(?! рождени)",
        ),
        r"\bзадаваи (?:\w+ ){0,2}?вопрос\w*",
        r"\b(?:заполн|сдать|сдам|внести|отправ)\w* (?:\w+ ){0,2}?(?:отчет\w* за (?:сегодня|день)"
        r"|сегодняшн\w* отчет\w*)",
        r"\b(?:chek ?in|chekin)\b|\b(?:zapis\w*|zapoln\w*|otmet\w*) (?:\w+ )?(?:segodn\w*|den"
        r"|kak proshel)\b",
    ),
}
# The day's scores listed ("Tageswerte: Zucken 3, Angst 5", "récap du jour : tics 6/10, stress
# 8/10", "Отметка за день: подёргивания 3/10, тревога 5"): two scores at least.
_SCORED = (
    r"twitch\w*|anxiety|stress|mood|zucken|angst|stimmung|tics|ansiedad|estres|animo|tressaut\w*"
    r"|angoisse|humeur|espasmos|ansiedade|estresse|humor|подергивани\w*|тревога|стресс"
    r"|настроение"
)
_CHECKIN = {language: tuple(p for p in patterns if p) for language, patterns in _CHECKIN.items()}
_CHECKIN["all"] = (
    *_merged([("|".join(f"(?:{find})" for find in _DRINK_FREE), rf"(?!.*\b(?:{_DRINKS})\b)")]),
    rf"^(?=(?:.*?\b(?:{_SCORED}) (?:\w+ )?\d+\b){{2}})",
)

# The day's report handed in is the check-in, not the doctor's report.
_DAYS_REPORT: _Table = {
    "en": (r"\b(?:fill in|submit|do) (?:my |the |todays |today s )(?:daily )?report\b",),
    "de": (r"\b(?:taglich\w*|heutig\w*) bericht\w* (?:\w+ ){0,2}?abgeben\b|\btagesbericht\w*",),
    "es": (r"\b(?:llenar|hacer|rellenar) (?:el |mi )?(?:reporte|informe) (?:de hoy|diario)\b",),
    "fr": (r"\b(?:remplir|faire) (?:le |mon )?(?:rapport|compte rendu) (?:du jour|quotidien)\b",),
    "pt": (r"\b(?:preencher|fazer) (?:o |meu )?relatorio (?:de hoje|diario)\b",),
    "ru": (r"\bотчет\w* за (?:сегодня|день)|\bсегодняшн\w* отчет\w*",),
}
# On a break now is time one has, not the reminders paused ("check in bitte, hab grad pause").
_ON_A_BREAK: _Table = {
    "en": (r"\b(?:took|had|taken) (?:a|my) (?:\w+ )?break\b",),
    "de": (
        r"\b(?:hab|habe) (?:grad|gerade|jetzt) (?:\w+ )?pause\b|\b(?:ne|eine|n) (?:\w+ )?pause"
        r" (?:gegonnt|gemacht|genommen)\b",
    ),
    "es": (r"\bme tome (?:un|una) (?:\w+ )?(?:descanso|pausa)\b",),
    "fr": (
        r"\b(?:j ?suis|jsuis|chuis|je suis) en pause\b|\b(?:j ?ai|jai) (?:fait|pris) une (?:\w+ )?"
        r"pause\b",
    ),
    "pt": (r"\b(?:fiz|tirei|dei) uma (?:\w+ )?pausa\b",),
    "ru": (r"\bсделал\w* (?:\w+ )?перерыв\b",),
}

# --- breathe -----------------------------------------------------------------------------------
# Breathing together asked for ("atmest du mit mir?", "do the slow breath with me"), a breathing
# exercise by its breath ("ausatmen", "breath exercise"), something to calm down with, or a
# technique to relax ("preciso relaxar agora, tem alguma técnica?").
_RELAX = {
    "en": r"relax\w*|calm (?:down|myself)|unwind|chill",
    "de": r"entspann\w*|beruhig\w*|runterkommen|runterzukommen",
    "es": r"relaj\w*|calmarme|tranquilizarme|calmar",
    "fr": r"detendre|calmer|relaxer|poser|apaiser",
    "pt": r"relaxar|acalmar|me acalmar|desacelerar",
    "ru": r"расслаб\w*|успоко\w*",
}
_TECHNIQUE = {
    "en": r"technique|exercise|trick|method",
    "de": r"technik|ubung|uebung|methode|trick",
    "es": r"tecnica|ejercicio|truco|metodo",
    "fr": r"technique|exercice|astuce|methode",
    "pt": r"tecnica|exercicio|truque|metodo",
    "ru": r"техник\w*|упражнени\w*|способ\w*|метод\w*",
}
_BREATHE: _Table = {
    language: (
        rf"\b(?:{_RELAX[language]})\b (?:\w+ ){{0,4}}?(?:{_TECHNIQUE[language]})\b",
        rf"\b(?:{_TECHNIQUE[language]})\b (?:\w+ ){{0,3}}?(?:to|zum|zur|para|pour|pra|для|чтобы)"
        rf" (?:\w+ )?(?:{_RELAX[language]})\b",
    )
    for language in _LANGUAGES
}
_BREATHE["en"] += (r"\bbreath\b (?:\w+ ){0,2}?(?:with me|exercise|rn|now)\b|\bneed to breath\b",)
_BREATHE["de"] += (r"\batme\w* (?:du )?mit mir\b|\b(?:aus|ein)atm\w*|\bwas zum runterkommen\b",)
_BREATHE["es"] += (r"\brespira (?:\w+ )?conmigo\b",)
_BREATHE["fr"] += (r"\brespire (?:\w+ )?avec moi\b",)
_BREATHE["pt"] += (r"\brespira (?:\w+ )?comigo\b",)
_BREATHE["ru"] += (r"\bподыши (?:\w+ )?со мнои\b",)

# --- caffeine question -------------------------------------------------------------------------
# Whether a drink holds caffeine or counts as it, how strong it is against coffee, the most a
# day, decaf or a pre-workout and the twitching, how long caffeine stays ("y a-t-il de la
# caféine dedans", "zählt Cola als Koffein", "café descafeinado zera mesmo a cafeína", "скок
# кофеина в энергетике", "o pré-treino pode causar esse tremor").
_CAFFEINE_Q: _Table = {
    "en": (
        r"\bas strong as (?:a )?coffee\b|\bcounts? as (?:caffeine|coffee)\b|\b(?:daily|max\w*"
        r"|safe|sensible) (?:\w+ ){0,2}?caffeine (?:ceiling|limit|dose|amount|intake)\b"
        r"|\bcaffeine (?:ceiling|limit) (?:\w+ )?(?:per|a) day\b",
        r"\b(?:decaf\w*|pre ?workout|preworkout) (?:\w+ ){0,2}?(?:help|helps|cause|causes"
        r"|can|could|make|makes)\b",
        r"\bbetter choice than coffee\b",
    ),
    "de": (
        r"\bso stark wie kaffee\b|\bzahlt (?:\w+ )?als (?:koffein|kaffee)\b|\b(?:max\w*|hochst\w*"
        r"|tagliche|sichere) (?:\w+ )?koffein\w*\b|\bbessere wahl (?:\w+ )?als kaffee\b",
        r"\b(?:entkoffein\w*|pre ?workout|booster) (?:\w+ ){0,2}?(?:hilft|kann|verursacht"
        r"|macht)\b",
    ),
    "es": (
        r"\btan fuerte como (?:el |un )?cafe\b|\bcuenta como (?:cafeina|cafe)\b|\bdosis maxima"
        r" de cafeina\b|\bcuanta cafeina (?:\w+ )?(?:al|por) dia\b",
        r"\b(?:descafeinado|pre ?entreno) (?:\w+ ){0,2}?(?:ayuda|puede|causa|provoca)\b",
        r"\b(?:cafe|mate|te) (?:\w+ ){0,6}?(?:puede|pueden) (?:\w+ )?quitar(?:me)? el sueno\b",
    ),
    "fr": (
        r"\b(?:y a|il y a|ya)(?: t il| tu)? (?:\w+ ){0,3}?(?:de la |du |plus de |moins de )"
        r"cafeine\b|\bcafeine dedans\b|\bcompte (?:\w+ )?comme (?:de la |du )?(?:cafeine|cafe)\b"
        r"|\baussi fort que (?:le |un )?cafe\b|\b(?:dose|quantite) (?:max\w*|limite"
        r"|recommandee) (?:de )?cafeine\b|\bcontient\w* (?:\w+ ){0,5}?cafeine\b",
        r"\b(?:deca|decafeine|pre ?workout) (?:\w+ ){0,2}?(?:aide|peut|cause|provoque)\b",
    ),
    "pt": (
        r"\btao forte quanto (?:o |um )?cafe\b|\bconta como (?:cafeina|cafe)\b|\bdose maxima de"
        r" cafeina\b|\b(?:zera|tira) (?:\w+ )?(?:a )?cafeina\b"
        r"|\bquanta cafeina (?:\w+ )?por dia\b",
        r"\b(?:descafeinado|pre ?treino) (?:\w+ ){0,3}?(?:ajuda|pode|causa|provoca|atrapalha)\b",
    ),
    "ru": (
        r"\bтакои же крепк\w* как кофе\b|\bсчитается (?:\w+ )?(?:кофеином|за кофе)\b"
        r"|\bмаксимальн\w* доз\w* кофеина\b|\bсколько кофеина (?:\w+ )?в день\b|\bскок кофеина\b",
        r"\bв декафе (?:\w+ )?нет кофеина\b|\bбез кофеина (?:\w+ )?(?:можно|правда)\b"
        r"|\bкофеин\w* (?:\w+ )?(?:держится|деиствует|выводится)\b|\bперестанет деиствовать\b",
        r"\bот (?:кофе|кофеина|энергетик\w*) (?:\w+ ){0,3}?(?:могут|может)\b"
        r"|\bпредтрен\w* (?:\w+ ){0,2}?(?:может|вызывает)\b",
        r"\bkofe\w* (?:\w+ ){0,3}?(?:dejstvuet|deistvuet|derzhitsya|usilivaet)\b|\bbez kofeina"
        r" (?:\w+ ){0,2}?pravda\b",
    ),
}

# --- sleep question ----------------------------------------------------------------------------
# A question about sleep itself: a nap, going to bed at the same hour, sleeping in at weekends,
# screens in bed, how many hours are enough, a remedy (tea, melatonin, valerian), the bedroom,
# waking at the same hour every night and the jerk on falling asleep, sleep against twitching.
_SLEEP_Q: _Table = {
    "en": (
        r"\bhow many hours (?:of sleep )?(?:should|do) i\b|\bis (?:\w+ )?(?:\d+|five|six|seven"
        r"|eight) hours (?:of sleep )?(?:enough|sufficient)\b",
        r"\bdoes it matter (?:if|when) i (?:\w+ ){0,2}?(?:go to bed|sleep|get up)\b",
        r"\b(?:twitch\w*|fascicul\w*) (?:\w+ ){0,4}?(?:worse|more) (?:\w+ ){0,3}?(?:when|if|after)"
        r" (?:i )?(?:sleep (?:badly|poorly|less|little)|dont sleep|havent slept|am tired)\b"
        r"|\b(?:lack of sleep|poor sleep|bad sleep|sleep deprivation) (?:\w+ ){0,4}?(?:make|cause"
        r"|worsen)\w* (?:\w+ ){0,3}?twitch\w*",
        r"\bwhy do (?:i|my \w+) (?:\w+ ){0,2}?(?:jerk|twitch) (?:\w+ ){0,4}?(?:falling asleep"
        r"|drifting off)\b",
    ),
    "de": (
        r"\bbringt\w* (?:\w+ ){0,3}?was\b (?:\w+ ){0,6}?(?:bett|schlaf\w*|ausschlafen"
        r"|mittagsschlaf|melatonin|jetlag|wochenende)\b|\b(?:blaulicht\w*|mittagsschlaf|melatonin"
        r"|vorschlafen|handy im bett) (?:\w+ ){0,3}?bringt\w* (?:\w+ ){0,2}?was\b",
        r"\b(?:ist es|ists|ist) (?:\w+ )?(?:schlecht|schlimm|sinnvoll|gut"
        r"|ok) (?:\w+ ){0,3}?(?:wenn"
        r" ich|zu|jeden)\b (?:\w+ ){0,6}?(?:schlafe|bett|aufzustehen|aufstehe)\b",
        r"\bwarum wach(?:e)? ich (?:\w+ ){0,6}?auf\b",
        r"\bwie lang\w* sollte (?:\w+ )?(?:powernap|nickerchen|mittagsschlaf)\b|\bwelche"
        r" temperatur (?:\w+ ){0,3}?schlafzimmer\b|\bhilft es (?:\w+ ){0,6}?(?:aufzustehen|ins"
        r" bett|zu schlafen)\b|\bdarf ich (?:\w+ ){0,3}?ausschlafen\b",
        r"\bmittagsschlaf (?:gut oder schlecht|ja oder nein)\b|\bzuck\w* (?:\w+ ){0,3}?"
        r"(?:schlimmer|starker|mehr) (?:\w+ ){0,3}?wenn ich (?:\w+ ){0,3}?(?:schlafe"
        r"|geschlafen)\b",
    ),
    "es": (
        r"\b(?:sirve|es bueno|es malo|es recomendable|esta bien|es mejor) (?:de algo )?"
        r"(?:\w+ ){0,2}?(?:acostar\w*|dormir\w*|levantar\w*)\b",
        r"\bsiestas? (?:\w+ ){0,3}?(?:si o no|son malas|es mala|esta bien|sirve)\b",
        r"\bdormir \d+ horas (?:\w+ ){0,2}?(?:es suficiente|alcanza|basta|sirve)\b|\b(?:cuanto"
        r" tiempo|cuanto) antes de (?:acostarme|dormir|ir a la cama)\b",
        r"\b(?:movil|celu\w*|telefono|pantallas?|tele)\b (?:\w+ ){0,5}?(?:quita el sueno|me afecta"
        r"|afecta|es malo|empeora)\b",
        r"\bpor que me dan (?:tirones|sacudidas|espasmos) (?:\w+ ){0,3}?(?:dormido|dormir)\b"
        r"|\bsi me acuesto a las \d+ (?:\w+ ){0,6}?es lo mismo\b"
        r"|\bcompensar (?:\w+ ){0,2}?(?:finde"
        r"|fin de semana)\b (?:\w+ ){0,2}?sirve\b",
        r"\b(?:dormir mal|dormir poco|falta de sueno|no dormir) (?:\w+ ){0,4}?(?:tics|temblor\w*"
        r"|espasmos|fascicul\w*)",
    ),
    "fr": (
        r"\b(?:est ce|c est|cest|c|ctu|c tu|ca sert|est il|vaut il) (?:\w+ ){0,3}?(?:bon|bien"
        r"|grave"
        r"|mauvais|utile|correct|normal|preferable|mieux) (?:\w+ ){0,3}?(?:de )?(?:se |me |faire"
        r" une )?(?:coucher|lever|reveiller|dormir|sieste)\b",
        r"\bsiestes? (?:\w+ ){0,4}?(?:c ?est|combien|bon|mauvais|flingue|gache|duree)\b|\b(?:duree"
        r"|combien de temps) (?:\w+ ){0,3}?sieste\b",
        r"\b(?:ecrans?|telephone|portable|tel) (?:\w+ ){0,4}?(?:avant de dormir|au lit|le soir)\b"
        r" (?:\w+ ){0,4}?(?:grave|mauvais|joue|vraiment)\b",
        r"\bpourquoi je (?:me )?(?:reveille|fais des secousses|sursaute)\b|\bc ?est normal de"
        r" (?:se |me )?reveiller\b|\bqu ?est ce qui aide (?:\w+ )?a (?:s ?endormir|dormir)\b",
        r"\b(?:tisane|camomille|melatonine|verveine) (?:\w+ ){0,3}?(?:aide|marche|fonctionne)\w*"
        r"|\bje dors combien\b|\bfaut (?:il )?se lever a la meme heure\b"
        r"|\b(?:coucher|lever|dormir) a heure fixe\b",
        r"\b(?:manque de sommeil|mal dormir|dormir peu) (?:\w+ ){0,4}?(?:tics|fascicul\w*"
        r"|tressaut\w*|spasmes)",
    ),
    "pt": (
        r"\b(?:sestas?|soneca|cochilo|dormir a tarde) (?:\w+ ){0,6}?(?:estraga|atrapalha|ajuda\w*"
        r"|prejudica|quanto tempo|faz mal)\b",
        r"\b(?:celular|telemovel|telefone|tela|ecras?) (?:\w+ ){0,3}?(?:na cama|antes de dormir)"
        r" (?:\w+ ){0,3}?(?:atrapalha|prejudica|faz mal|estraga)\b",
        r"\b(?:aconselhavel|e bom|faz bem|vale a pena) (?:\w+ ){0,3}?(?:deitar|dormir|acordar)\w*"
        r"|\bhorario fixo (?:pra|para) (?:deitar|dormir)\b",
        r"\b(?:melatonina|camomila|valeriana)\b (?:\w+ ){0,3}?(?:que dose|funciona|ajuda|serve)\b"
        r"|\bdormir (?:\d+|cinco|seis|quatro) horas? (?:\w+ ){0,3}?(?:da pra|basta|e suficiente"
        r"|chega)\b|\be verdade que dormir\b",
        r"\be normal dar um tranco\b|\btrabalhar por turnos (?:\w+ ){0,2}?sono\b"
        r"|\b(?:dormir mal|dormir pouco|falta de sono) (?:\w+ ){0,4}?(?:tiques|tremor\w*"
        r"|fascicul\w*|espasmos)",
    ),
    "ru": (
        r"\bдневн\w* сон (?:\w+ ){0,4}?(?:вредит|мешает|норм\w*|полез\w*)\b",
        r"\b(?:ложиться|ложится|вставать|засыпать|спать|просыпаться) (?:\w+ ){0,3}?в одно и то же"
        r" время\b|\b(?:норм|нормально) ли (?:\w+ ){0,2}?(?:отсыпат\w*|спать"
        r"|ложиться)\b",
        r"\bтелефон (?:\w+ ){0,3}?(?:в кровати|перед сном) (?:\w+ ){0,3}?мешает\b|\bтелефон"
        r" (?:\w+ ){0,3}?мешает (?:спать|сну)\b",
        r"\bот (?:валерьянки|мелатонина|ромашки) (?:\w+ ){0,2}?сон\b|\bпокемарить (?:\w+ ){0,4}?"
        r"(?:ночью|хуже)\b|\b(?:спать|днем спать) (?:\w+ ){0,3}?нормально или\b",
        r"\bот (?:недосыпа|плохого сна|нехватки сна) (?:\w+ ){0,3}?(?:фасцикул|дерга|подерг"
        r"|тик)\w*|\bпочему (?:меня|я) (?:\w+ )?дерга\w* (?:\w+ ){0,2}?засыпа\w*",
        r"\bchasov sna hvatit\b|\bluchshe spat\b",
    ),
}
# How long before bed to stop something ("how long before bed should I put the phone away").
_BEFORE_BED: _Table = {
    "en": (
        r"\bhow (?:long|much time|many hours) before (?:bed|bedtime|sleep|sleeping"
        r"|going to bed)\b",
    ),
    "de": (r"\bwie lange? (?:\w+ )?vor dem (?:schlafen\w*|zubettgehen|ins bett gehen)\b",),
    "es": (r"\bcuanto tiempo antes de (?:acostar\w*|dormir\w*|ir a la cama)\b",),
    "fr": (r"\bcombien de temps avant (?:de (?:me |se )?(?:coucher|dormir)|le coucher)\b",),
    "pt": (r"\bquanto tempo antes de (?:dormir|deitar|ir (?:pra|para a) cama)\b",),
    "ru": (r"\bза сколько (?:\w+ ){0,2}?до сна\b",),
}
for _language in _LANGUAGES:
    _SLEEP_Q[_language] += _BEFORE_BED[_language]
# Why one wakes at the same hour asks about sleep, the night awake and all ("why do I always wake
# up at 3am", "warum wach ich jede Nacht um drei auf", "почему я просыпаюсь ровно в 3 ночи").
_WHY_WAKE: _Table = {
    "en": (
        r"\bwhy do (?:i|we) (?:\w+ ){0,2}?(?:wake|waking|wake up) (?:up )?(?:\w+ ){0,4}?(?:at"
        r" [1-5](?: ?am)?|every night|always|before)\b",
    ),
    "de": (r"\bwarum wach(?:e)? ich (?:\w+ ){0,6}?auf\b",),
    "es": (
        r"\bpor que (?:me )?(?:despierto|desperte) (?:\w+ ){0,4}?(?:a las|siempre|cada noche"
        r"|todas las noches)\b",
    ),
    "fr": (r"\bpourquoi je me reveille\b|\bc ?est normal de (?:se |me )?reveiller\b",),
    "pt": (
        r"\bpor que (?:eu )?(?:acordo|desperto) (?:\w+ ){0,4}?(?:as|sempre|toda noite|todas as"
        r" noites)\b",
    ),
    "ru": (r"\bпочему (?:я )?(?:\w+ ){0,3}?просыпаюсь\b",),
}
for _language in _LANGUAGES:
    _SLEEP_Q[_language] += _WHY_WAKE[_language]
# A question whether something makes insomnia worse asks about sleep, the insomnia named and all.
_WORSE_INSOMNIA: _Table = dict.fromkeys(
    _LANGUAGES,
    (
        r"\b(?:empeora|mejora|agrave|aggrave|piora|verschlimmert|worsens?|ухудшает)\w*"
        r" (?:\w+ ){0,2}?(?:el |la |l |o |a |die |den |my )?(?:insomnio|insomnie|insonia"
        r"|schlaflosigkeit|insomnia|бессонниц\w*)\b",
    ),
)
for _language in _LANGUAGES:
    _SLEEP_Q[_language] += _WORSE_INSOMNIA[_language]

# --- sleep trouble -----------------------------------------------------------------------------
# A night without sleep by its other names: "kann nich pennen", "staring at the ceiling", "ojos
# como platos", "je tourne dans mon lit", "nada de sono", "смотрю в потолок"; wide awake at a
# night hour; woken every hour; no longer able to sleep; the mind that will not switch off in bed.
_NIGHT_HOURS = {
    "en": r"[1-5](?::\d+)? ?am|[1-5]:\d+|(?:its|it s) [1-5]\b",
    "de": r"halb [1-5]|[1-5](?::\d+)? uhr|(?:es ist|schon|jetzt) [1-5]\b|um (?:halb )?(?:[1-5]"
    r"|eins|zwei|drei|vier|funf)",
    "es": r"(?:son las|a las) (?:[1-5]|dos|tres|cuatro|cinco)\b|[1-5] ?am",
    "fr": r"[1-5] ?h(?:\d+)?(?: du mat\w*)?|[1-5]h\d+",
    "pt": r"[1-5] ?h(?: da manha)?|[1-5] da manha|(?:duas|tres|quatro) da manha",
    "ru": r"(?:[1-5]|два|три|четыре|пять) (?:часа |часов )?(?:ночи|утра)",
}
_AWAKE = {
    "en": r"awake|wide awake|staring at the ceiling|no sleep",
    "de": r"hellwach|wach|kein schlaf",
    "es": r"despiert[oa]|ojos como platos|sin sueno|desvelad[oa]",
    "fr": r"(?:toujours )?pas (?:dormi|endormie?|sommeil)|(?:les )?yeux grands ouverts|reveillee?"
    r"|debout",
    "pt": r"nada de sono|acordad[oa]|sem sono|olhando pro teto",
    "ru": r"сна нет|ни в одном глазу|не сплю|лежу|смотрю в потолок",
}
_SLEEPLESS: _Table = {
    language: (
        rf"\b(?:{_NIGHT_HOURS[language]})\b (?:\w+ ){{0,6}}?(?:{_AWAKE[language]})\b",
        rf"\b(?:{_AWAKE[language]})\b (?:\w+ ){{0,3}}?(?:at|um|a las|a|as"
        rf"|в) (?:{_NIGHT_HOURS[language]})"
        r"\b",
    )
    for language in _LANGUAGES
}
_SLEEPLESS["en"] += (
    r"\bcant sle+p\b|\bstaring at the ceiling\b|\bwhy am i (?:still )?awake\b",
    r"\b(?:kept|keep) waking up\b|\bwaking up every (?:hour|\d+ \w+)\b|\bwoke up (?:every hour"
    r"|\d+ times)\b|\bup (?:\d+|three|four|five) times\b (?:\w+ ){0,6}?(?:hrs|hours)\b",
    r"\b(?:brain|mind|head) (?:just )?(?:wont|will not|cant) (?:switch|shut|turn) (?:off|up)\b"
    r" (?:\w+ ){0,3}?(?:[1-5] ?am|tonight|in bed)|\b(?:[1-5] ?am|tonight|lying here|woke up)"
    r" (?:\w+ ){0,6}?(?:brain|mind|head) (?:just )?(?:wont|will not|cant|switched) (?:switch|shut"
    r"|turn|on)\b|\bcant switch (?:my brain |my mind )?off\b (?:\w+ ){0,4}?(?:tonight|lying"
    r" here|in bed|since)\b",
)
_SLEEPLESS["de"] += (
    r"\bkann nich(?:t)? (?:\w+ ){0,2}?(?:ein)?(?:schlafen|pennen)\b"
    r"|\bnicht (?:\w+ )?(?:ein)?pennen"
    r"\b|\bpennen (?:geht nich\w*|unmoglich|ist nicht)\b",
    r"\bkein schlaf in sicht\b|\ban schlafen (?:ist )?nicht zu denken\b|\bfinde (?:\w+ ){0,2}?"
    r"keinen schlaf\b|\bkaum ein auge zu\w*|^schlaf nicht\b",
    r"\b(?:immer noch|noch|wieder|bin) (?:\w+ ){0,2}?hellwach\b|\b(?:standig|dauernd|jede stunde"
    r"|stundlich|alle \w+ stunden) (?:\w+ )?(?:aufgewacht|wach geworden)\b",
    r"\b(?:lieg|liege|lag) (?:\w+ ){0,4}?wach\b|\bwach (?:\w+ ){0,2}?auf wie\b|\bwach geworden"
    r" (?:\w+ ){0,2}?seitdem\b|\bschlaf (?:\w+ ){0,4}?mies\b",
)
_SLEEPLESS["es"] += (
    r"\bno (?:puedo )?peg\w* (?:un |el |ni un )?ojo\b|\bno pillo el sueno\b|\bojos como platos\b",
    r"\bme desperte (?:\w+ )?(?:cada hora|cada dos horas|\d+ veces|mil veces)\b|\bme despierto"
    r" (?:\w+ )?cada hora\b",
)
_SLEEPLESS["fr"] += (
    r"\btoujours pas (?:reussi a )?(?:m ?)?(?:en)?dormi\w*|\b(?:impossible de|sans) trouver le"
    r" sommeil\b|\bj? ?tourne (?:en rond )?dans (?:le|mon) lit\b|\bjtourne\b",
    r"\bne me rendors pas\b|\bchu pas capable de (?:m ?)?(?:en)?dormir\b|\b(?:pas (?:capable"
    r"|moyen)"
    r"|arrive pas) (?:\w+ )?a fermer l ?(?:oeil|œil)|\bfermer lœil\b|\bfixe le plafond\b",
    r"\b[nj]?(?:arrive|peux|parviens) plus a (?:m ?)?(?:en)?dormir\b|\bje ne dors plus\b|\b(?:je"
    r" me )?reveill\w* (?:\w+ )?(?:toutes les heures|chaque heure|\d+ fois)\b",
)
_SLEEPLESS["pt"] += (
    r"\bnada (?:de|do) sono\b|\bnao consigo (?:\w+ ){0,2}?(?:adormecer|pegar no sono)\b"
    r"|\bolhando (?:pro|para o) teto\b",
    r"\bacord\w* (?:\w+ )?(?:de hora em hora|toda hora|a cada hora|\d+ vezes)\b",
)
_SLEEPLESS["ru"] += (
    r"\bсна нет\b|\bвсю ночь не спал\w*|\b(?:смотрю|пялюсь) в потолок\b|\bлежу до будильника\b",
    r"\bпросыпа\w* (?:\w+ )?(?:каждыи час|каждые \w+|по \d+ раз|\d+ раз)\b",
)
# Should be asleep by day after a night shift and wide awake.
_SLEEPLESS["de"] += (r"\bsollte schlafen (?:\w+ ){0,4}?(?:hellwach|wach)\b",)
_SLEEPLESS["fr"] += (r"\bje devrais dormir (?:\w+ ){0,4}?(?:reveillee?|debout)\b",)
_SLEEPLESS["ru"] += (r"\b(?:надо|нужно) спать (?:\w+ ){0,4}?(?:бодр\w*|не сплю)\b",)

# Worry or fear told, and poor sleep among what it does ("Les factures s'accumulent, je dors
# mal, je stresse pour tout", "llevo semanas sin dormir bien pensando en eso", "Я так устала
# бояться … потом не сплю", "não durmo de nervoso"): the worry is the message. A night that will
# not come ("can't sleep, anxious about tomorrow") stays a sleepless night.
_WORRY = {
    "en": r"anxiety|anxious|worried|worry\w*|stress\w*|scared|afraid|fear\w*|panic\w*|nervous"
    r"|overthink\w*|uncertainty|dread\w*|terrified|frightened",
    "de": r"angst|sorgen|gestresst|stress|panik|nervos|grubel\w*|ungewissheit|befurcht\w*",
    "es": r"ansiedad|ansios[oa]|preocup\w*|estres\w*|miedo|panico|nervios\w*|incertidumbre"
    r"|agobi\w*|angusti\w*",
    # French elides before a vowel: "j'angoisse" is "jangoisse" by now.
    "fr": r"(?:[jmts])?(?:anxi\w*|angoiss\w*|inquiet\w*|incertitude)|stress\w*|peur|panique"
    r"|rumin\w*",
    "pt": r"ansiedade|ansios[oa]|preocup\w*|estress\w*|medo|panico|nervos\w*|incerteza|angusti\w*",
    "ru": r"тревог\w*|тревож\w*|стресс\w*|страх\w*|бою\w*|боятся|бояться|паник\w*|нерв\w*"
    r"|пережива\w*|накручива\w*|неизвестност\w*|беспоко\w*",
}
_POOR_SLEEP = {
    "en": r"(?:not|never|barely|hardly) sleep(?:ing)? (?:\w+ )?(?:well|much|at all)|sleep(?:ing)?"
    r" (?:badly|poorly|terribly)|dont sleep|havent slept (?:well|properly)",
    "de": r"schlafe? (?:\w+ )?(?:schlecht|kaum|nicht gut|mies)|kaum schlaf",
    "es": r"duermo (?:\w+ )?(?:mal|fatal|poco)|no duermo(?: bien)?|apenas duermo|sin dormir"
    r"(?: bien)?|sin pegar ojo",
    "fr": r"dors (?:\w+ )?(?:mal|peu)|dors (?:\w+ )?pas bien|dors presque pas|ne dors (?:pas"
    r"|plus)",
    "pt": r"durmo (?:\w+ )?(?:mal|pouco)|nao (?:\w+ )?durmo|mal durmo|sem dormir|nao (?:to|tou"
    r"|estou|ando) dormindo",
    "ru": r"(?:плохо|мало|почти не|не) сплю|сплю (?:\w+ )?плохо|не высыпаюсь",
}
_CANT_NOW = {
    "en": r"cant|can t|cannot|unable|still awake|wide awake|insomnia",
    "de": r"kann|kein|hellwach|wach",
    "es": r"no puedo|no consigo|no logro|insomnio|desvel\w*",
    "fr": r"narrive|j arrive|impossible|insomnie",
    "pt": r"nao consigo|insonia",
    "ru": r"не могу|не получается|бессонниц\w*",
}
_WORRY_AND_POOR_SLEEP: _Table = {
    "all": _merged(
        [
            (
                _POOR_SLEEP[language],
                rf"(?!(?:\w+ ){{0,2}}?(?:{_CANT_NOW[language]})\b)"
                rf"(?=.*\b(?:{_WORRY[language]})\b)",
            )
            for language in _LANGUAGES
        ]
    )
}

# --- twitching ---------------------------------------------------------------------------------
# A body part that is "going nuts", "doing the popcorn thing", "spinnt", "no para de saltar",
# "fait la fête", "tá tremelicando", "задёргалось"; little flickers or waves under the skin; it
# started again in a named place.
_BODY = {
    "en": r"eye ?lids?|eyes?|lids?|eyebrows?|brows?|calf|calves|thighs?|biceps?|triceps?|thumbs?"
    r"|fingers?|toes?|foot|feet|lips?|cheeks?|arms?|forearms?|legs?|hands?|shoulders?|back"
    r"|stomach|belly|butt|glutes?|jaw|chin|neck|chest|shins?|hamstrings?|quads?|muscles?|pinky"
    r"|calfs|eyes|lids|thumbs",
    "de": r"augenlid\w*|lid|unterlid|oberlid|auge|augen|augenbraue\w*|wade\w*|oberschenkel"
    r"|oberarm\w*|unterarm\w*|bizeps|trizeps|daumen|finger\w*|zeh\w*|fuss|fusse|lippe\w*"
    r"|wange\w*|arm|arme|bein|beine|hand|schulter\w*|rucken|bauch|po|hintern|kiefer|kinn|nacken"
    r"|brust|muskel\w*",
    "es": r"parpados?|ojos?|cejas?|gemelos?|pantorrillas?|chamorros?|muslos?|biceps|triceps"
    r"|pulgar\w*|dedos?|pies?|labios?|mejillas?|cachetes?|brazos?|antebrazos?|piernas?|manos?"
    r"|hombros?|espalda|barriga|panza|estomago|nalgas?|mandibula|cuello|pecho|musculos?"
    r"|menique",
    "fr": r"paupieres?|l ?oeil|lœil|oeil|yeux|sourcils?|mollets?|cuisses?|biceps|triceps|pouces?"
    r"|doigts?|orteils?|pieds?|levres?|joues?|bras|avant bras|jambes?|mains?|epaules?|dos"
    r"|ventre|fesses?|machoire|menton|cou|poitrine|muscles?",
    "pt": r"palpebras?|olhos?|sobrancelhas?|barriga da perna|panturrilhas?|coxas?|biceps|triceps"
    r"|polegar|dedao|dedos?|pes?|labios?|bochechas?|bracos?|antebraco|pernas?|maos?|ombros?"
    r"|costas|barriga|bunda|mandibula|queixo|pescoco|peito|musculos?",
    "ru": r"веко|веки|глаз|глаза|бровь|брови|икра|икры|икру|бедро|бицепс|трицепс|палец|пальцы"
    r"|пальцев|мизинец|стопа|стопу|нога|ноги|губа|губы|щека|щеки|рука|руки|предплечье|плечо"
    r"|спина|живот|ягодиц\w*|челюсть|подбородок|шея|грудь|мышц\w*",
}
_DOES_IT = {
    "en": r"going (?:\w+ )?(?:nuts|crazy|mad|mental|wild|haywire|off|bonkers|berserk|again|insane"
    r"|right now|rn|as i type)|acting up|doin\w* (?:the|that|its) (?:\w+ )?(?:thing|dance|wave)"
    r"|jumpin\w*|hopping|popping|rippling|bubbling|flickering|fluttering|twiching|twtich\w*"
    r"|moving (?:on its own|by itself)|(?:keeps?|wont stop) (?:jumping|moving|flickering|going)"
    r"|popcorn",
    "de": r"spinnt|spielt (?:\w+ )?verruckt|macht (?:\w+ )?(?:was es will|was sie will|party)"
    r"|hupft"
    r"|huepft|springt|pocht|zappelt|vibriert|tanzt|bewegt sich (?:\w+ )?(?:von selbst|allein\w*)"
    r"|popcorn",
    "es": r"no (?:para|deja) de (?:saltar|temblar|brincar|moverse)|no para|(?:se )?(?:me )?"
    r"(?:mueve|mueven|movia) solos?|saltando|brincando|temblando|dando (?:saltitos|saltos|tirones"
    r"|brincos)|loco|temblorcito|aleteo|burbujitas|fibritas|palomitas|salta|saltan|brinca|brincan"
    r"|tiembla|tiemblan|pochoclos?|cotufas",
    "fr": r"saute|sautent|sautille|fremit|fremissent|tressaille|tremble|bouge (?:tout )?seul"
    r"|part en vrille|fait la fete|fait des siennes|fait (?:\w+ )?n importe quoi|pop ?corn",
    "pt": r"a saltar|a tremer|aos saltos|saltinhos|pulando|pula|tremendo|tremelica\w*"
    r"|mexendo sozinh[oa]|pipoca"
    r"|treme|nao para de (?:tremer|pular|saltar|mexer)|bicho andando",
    "ru": r"(?:за|по)?дерга\w*|(?:за|по)?дерну\w*|подпрыгива\w*|прыга\w*|скач\w*|трепещ\w*"
    r"|фасцикулир\w*|пульсир\w*|живет своеи жизнью|ходит ходуном|попкорн\w*",
}
# Waves or flickers under the skin, or it started again in a named place.
_UNDER_SKIN: _Table = {
    "en": (
        r"\b(?:under|beneath) (?:the|my) skin\b",
        r"\b(?:little |tiny |small )?(?:flickers|ripples|jumps|pops|flutters) (?:\w+ ){0,3}?(?:in"
        r"|on"
        r"|all over) (?:my |the )?(?:{body})\b",
    ),
    "de": (
        r"\bunter der haut\b",
        r"\b(?:hat es|es hat|gehts|geht es) (?:\w+ )?(?:wieder )?(?:angefangen"
        r"|los)\b (?:\w+ ){0,3}?"
        r"(?:im|in der|in den|am) (?:{body})\b",
    ),
    "es": (r"\bdebajo de la piel\b|\bbajo la piel\b",),
    "fr": (
        r"\bsous la peau\b|\b(?:petites )?(?:vagues|contractions|secousses|salves|decharges)"
        r" (?:\w+ ){0,2}?(?:sous|dans) (?:l ?|le |la |les |mes |mon |ma )?(?:{body})\b",
        r"\bca (?:tire|recommence|saute) (?:\w+ )?(?:dans|partout)\b",
    ),
    "pt": (r"\b(?:debaixo|embaixo|por baixo) da pele\b",),
    "ru": (r"\bпод кожеи\b",),
}
_TWITCHING: _Table = {
    language: (
        rf"\b(?:{_BODY[language]})\b (?:\w+ ){{0,4}}?(?:{_DOES_IT[language]})\b",
        rf"\b(?:{_DOES_IT[language]})\b (?:\w+ ){{0,3}}?(?:{_BODY[language]})\b",
        *(p.replace("{body}", _BODY[language]) for p in _UNDER_SKIN[language]),
    )
    for language in _LANGUAGES
}
_TWITCHING["ru"] += (r"\bdergaet\w*|\bdergaj\w*|\bdergayu\w*",)
# Fear of an illness behind it, the more one thinks the more it twitches, checking and panicking
# over the twitches: the worry is the message ("ich hab die ganze Zeit Angst dass ich was
# Schlimmes hab und je mehr ich drüber nachdenk desto mehr zuckts").
_WORRY_ABOUT_IT: _Table = {
    "en": (
        r"\bthe more i (?:think|worry|focus) (?:\w+ ){0,3}?the (?:more|worse)\b|\b(?:panick\w*"
        r"|obsess\w*|freaking out|stressing) (?:about|over) (?:the |my )?twitch\w*|\bkeep checking"
        r" (?:my |the )?twitch\w*|\b(?:afraid|scared|terrified) (?:that )?i (?:have|ve got)"
        r" (?:something|als|ms)\b",
    ),
    "de": (
        r"\bje mehr ich (?:\w+ ){0,3}?(?:nachdenk\w*|drauf achte|grubel\w*) (?:\w+ ){0,2}?desto\b"
        r"|\bangst (?:\w+ )?(?:dass|das) ich (?:\w+ ){0,2}?(?:was schlimmes|etwas schlimmes|als|ms"
        r"|krank)\b|\bohne diese gedanken\b",
    ),
    "es": (
        r"\bcuanto mas (?:lo |le )?(?:pienso|pienso en eso) (?:\w+ ){0,3}?mas\b|\bmiedo (?:a|de)"
        r" (?:tener|que sea) (?:\w+ )?(?:algo grave|ela|esclerosis)\b",
    ),
    "fr": (
        r"\bplus j ?y pense (?:\w+ ){0,3}?plus\b|\bpeur (?:d ?avoir|que ce soit) (?:\w+ )?"
        r"(?:quelque chose de grave|la sla|une sla|sclerose)\b",
    ),
    "pt": (
        r"\bquanto mais (?:eu )?penso (?:\w+ ){0,3}?mais\b|\bmedo de (?:ter|ser) (?:\w+ )?(?:algo"
        r" grave|ela|esclerose)\b",
    ),
    "ru": (
        r"\bчем больше (?:я )?(?:думаю|об этом думаю) (?:\w+ ){0,3}?тем\b|\bбоюсь что (?:у меня )?"
        r"(?:что то серьезное|бас|рассеянныи)\b",
    ),
}

# --- coffee ------------------------------------------------------------------------------------
# A drink had, by its local name and with a number, an hour or a meal ("cortado número dos",
# "un serré au comptoir", "3 expressos", "ne mate um 15 uhr", "monster #2", "уже вторая кружка",
# "выпил 2 энергоса", "жахнул адреналин раш").
_COFFEE: _Table = {
    "en": (
        r"\b(?:cups?|mugs?|pots?) of (?:\w+ )?tea\b|\bbuilder ?s tea\b|\b(?:a|one|two|\d+|another"
        r"|third|second) (?:\w+ )?(?:teas|cuppas?)\b",
        r"\b(?:coke|cola|pepsi)\b (?:with|at|after|for) (?:lunch|dinner|breakfast)\b|\bred ?bul\b"
        r"|\bmonsters?\b (?:#|no |number )?\d+\b|\bmonster (?:\w+ )?today\b",
    ),
    "de": (
        r"\bschwarztee\b|\bclub ?mate\b|\bkaffe\b|\b(?:nen|n|ein|einen) monster\b|\b(?:cola|mate)"
        r"(?: zero)? (?:um \d+|getrunken|im \w+)\b",
    ),
    "es": (
        r"\bcortados? (?:numero|nro|n|no) (?:\d+|dos|tres|cuatro)\b|^cortados?\b|\btermo (?:\w+ )?"
        r"de mate\b|\btomando mate\b|\bun termo\b",
        r"\bcoca(?: cola)? con (?:la )?(?:cena|comida|almuerzo)\b|\b(?:un|el|me eche un) monster\b"
        r"|\bmonster de \w+|\bun tinto\b|\bun te (?:negro|verde|rojo)\b",
    ),
    "fr": (
        r"\b(?:\d+|deux|trois|quatre) expressos\b|\bun (?<!\bes un )(?<!\btes un )(?:grand "
        r"|petit )?"
        r"(?:creme|noisette|serre|allonge)\b|\bpetit noisette\b"
        r"|\bcapsule (?:nespresso )?(?:n ?)?\d*|\bun the (?:vert"
        r"|noir)\b|\bthe noir (?:au|a|ce)\b|\bun coca\b|\bun monster\b",
    ),
    "pt": (r"\bum monster\b|\bchimarrao\b|\bguarana antarctica\b",),
    "ru": (
        r"\b(?:вторая|третья|четвертая|пятая) (?:кружка|чашка)\b|\bэнергос\w*|\bколу выпил\w*"
        r"|\bвыпил\w* колу\b|\b(?:крепк\w* |черн\w* |зелен\w* )?чаи (?:\w+ ){0,3}?(?:в \d+|\d+ \d+"
        r"|запиши|считается)\b|\bадреналин раш\b|\bжахнул\w*",
    ),
}
# Coffees by the names they are ordered by, counted: "ristretto #3", "second flat white of the
# morning", "deuxième allongé", "второй раф за утро".
_COFFEE_BY_NUMBER = {
    "en": r"coffee|espresso|latte|flat white|cappuccino|americano|cortado|ristretto|doppio"
    r"|macchiato|lungo|mocha|cold brew|cuppa",
    "de": r"kaffee|milchkaffee|filterkaffee|espresso|latte|cappuccino|flat white|cafe crema"
    r"|melange",
    "es": r"cafe|cortado|espresso|cafecito|tinto|carajillo|cafe con leche|cafe solo|americano"
    r"|capuchino",
    "fr": r"cafe|expresso|espresso|serre|creme|ristretto|allonge|noisette|petit noir"
    r"|cappuccino",
    "pt": r"cafe|cafezinho|expresso|bica|galao|pingado|meia de leite|carioca|cappuccino",
    "ru": r"кофе|кофеек|кофеечек|эспрессо|латте|капучино|американо|раф|флэт уаит",
}
_ORDINAL = (
    r"second|third|fourth|2nd|3rd|4th|zweite\w*|dritte\w*|vierte\w*|segundo|tercer\w*|cuarto"
    r"|deuxieme|troisieme|quatrieme|2e|3e|4e|terceir[oa]|quart[oa]|segund[oa]|втор\w*|трет\w*"
    r"|четверт\w*"
)
_DAY_PART = (
    r"of the (?:day|morning)|this morning|today|des tages|heute|heute morgen|del dia|de la manana"
    r"|hoy|de la journee|de la matinee|ce matin|do dia|da manha|hoje|за день|за утро|с утра"
    r"|сегодня"
)
for _language in _LANGUAGES:
    _COFFEE[_language] += (
        rf"\b(?:{_ORDINAL}) (?:\w+ )?(?:{_COFFEE_BY_NUMBER[_language]})\b(?: (?:\w+"
        rf" )?(?:{_DAY_PART})"
        r"\b)?",
        rf"\b(?:{_COFFEE_BY_NUMBER[_language]}) (?:numero|nummer|number|nr|no|n|#) ?(?:\d+|two"
        r"|three|zwei|drei|dos|tres|deux|trois|dois|duas|два|три)\b",
        rf"\b(?:{_COFFEE_BY_NUMBER[_language]})\b (?:\w+ ){{0,2}}?(?:le|la|el|o|a|der|die|das"
        rf"|the)?"
        r" ?(?:\d+e|\d+(?:st|nd|rd|th)|3e|2e|\d+(?:o|a|º|ª)|zweite\w*|dritte\w*|second|third"
        r"|segundo|tercero|deuxieme|troisieme|terceiro|второ\w*|трет\w*) (?:\w+ )?(?:de la journee"
        r"|del dia|do dia|des tages|of the day|today|heute|hoy|hoje|aujourd ?hui|за день"
        r"|сегодня)\b",
    )

# Another caffeinated drink counted beside a decaf or "no coffee" is still a drink to log ("One mug
# of tea at 7, another at 11, and a decaf after lunch", "1 club mate und ne cola zero, kein
# kaffee").
_COUNTED_OTHER = {
    "en": r"(?:cups?|mugs?|cans?|pots?) of (?:\w+ )?(?:tea|cola|coke|energy drink)|(?:\d+|one|two"
    r"|three) (?:cans? of |bottles? of )?(?:red ?bulls?|monsters?|cokes?|colas?|teas)",
    "de": r"(?:\d+|ein|eine|ne|zwei|drei) (?:tasse |becher |dose |dosen "
    r"|flasche )?(?:\w+ )?(?:club"
    r" ?mate|cola|mate|tee|energy|monster|red ?bull)",
    "es": r"(?:\d+|una?|dos|tres) (?:taza |tazas |lata |latas |vaso |termo )?(?:de )?(?:te|mate"
    r"|coca|cola|monster|red ?bull)",
    "fr": r"(?:\d+|une?|deux|trois) (?:tasse |tasses |canette |verre )?(?:de )?(?:the|mate"
    r"|coca|cola|monster|red ?bull)",
    "pt": r"(?:\d+|uma?|duas|dois|tres) (?:xicara |xicaras |lata |latas |copo |cuia )?(?:de )?"
    r"(?:cha|mate|chimarrao|coca|guarana|monster|red ?bull)",
    "ru": r"(?:\d+|одну|две|два|три) (?:чашк\w* |кружк\w* |банк\w* )?(?:чая|чаю|колы|энергетик\w*"
    r"|мате)",
}

# --- anxious or venting ------------------------------------------------------------------------
# Worried by sayings ("места себе не нахожу", "worried sick", "je me fais un sang d'encre"),
# what one can't get out of one's head, fearing the worst every night; worn out caring for
# someone with nobody asking after oneself ("frisst mich auf … keiner fragt wie es mir geht").
_ANXIOUS: _Table = {
    "en": (
        r"\bworried sick\b|\bbeside myself\b|\bon pins and needles\b|\bcant stop worrying\b"
        r"|\bsick with worry\b|\bcant get (?:it|this|that) out of my head\b|\bterrified\b"
        r"|\bfrightened\b|\bcant think (?:about|of) anything else\b",
    ),
    "de": (
        r"\b(?:krank|ausser mir) vor sorge\b|\bkrieg (?:das|es) nicht (?:mehr )?aus dem kopf\b"
        r"|\bgeht mir nicht (?:mehr )?aus dem kopf\b",
    ),
    "es": (
        r"\bno paro de preocuparme\b|\bcon el alma en (?:vilo|un hilo)\b|\bme como la cabeza\b"
        r"|\b(?:me )?imagino lo peor\b|\bno (?:me )?lo (?:puedo )?(?:saco|sacar) de la cabeza\b",
    ),
    "fr": (
        r"\b[jmts]angoiss\w*|\b[jmts]inquiet\w*|\bje me fais un sang d ?encre\b"
        r"|\bmorte? d ?inquietude\b|\bj ?imagine le pire\b"
        r"|\bje m ?imagine le pire\b|\b(?:me )?(?:le|l) sortir de la tete\b",
    ),
    "pt": (
        r"\bcom o coracao na mao\b|\bmorrendo de preocupacao\b|\bimagino o pior\b|\bnao paro de"
        r" me preocupar\b|\bnao (?:consigo )?tir(?:o|ar) (?:isso )?da cabeca\b",
    ),
    "ru": (
        r"\bместа себе не нахожу\b|\bне нахожу себе места\b|\bсердце не на месте\b|\bс ума схожу"
        r" от (?:беспокоиства|волнения|страха)\b|\bпредставляю (?:самое )?худшее\b"
        r"|\bне (?:могу|получается) выкинуть (?:\w+ )?из головы\b|\bне выходит из головы\b",
    ),
}
_VENTING: _Table = {
    "en": (
        r"\b(?:eating|wearing) me (?:up|alive|down)\b|\b(?:nobody"
        r"|no one) (?:ever )?asks (?:me )?how"
        r" i (?:am|m|feel)\b|\b(?:nobody|no one) (?:ever )?helps me\b|\b(?:going|about) to"
        r" explode\b",
    ),
    "de": (
        r"\bfrisst mich auf\b|\bzehrt an mir\b|\bkeiner fragt (?:\w+ ){0,2}?wie es mir geht\b"
        r"|\bniemand fragt (?:\w+ ){0,2}?wie es mir geht\b|\b(?:keiner|niemand) hilft mir\b"
        r"|\bich platze (?:\w+ )?gleich\b",
    ),
    "es": (
        r"\bme (?:esta )?(?:consumiendo|comiendo viv[oa])\b|\bnadie me pregunta como estoy\b"
        r"|\bnadie me ayuda\b|\bvoy a explotar\b",
    ),
    "fr": (
        r"\bme (?:bouffe|ronge|consume)\b|\bpersonne ne me demande comment je vais\b"
        r"|\b(?:je suis|suis|jsuis|chuis) (?:\w+ )?depasse\w*|\bpersonne ne m ?aide\b"
        r"|\bje vais exploser\b",
    ),
    "pt": (
        r"\b(?:esta )?me (?:consumindo|comendo viv[oa])\b|\bninguem (?:me )?pergunta como eu"
        r" (?:estou|to)\b|\bninguem me ajuda\b|\bvou explodir\b",
    ),
    "ru": (
        r"\b(?:меня )?(?:съедает|сжирает|выматывает)\b|\bникто не спрашивает как (?:я|у меня)\b"
        r"|\bникто не помогает\b|\bсеичас взорвусь\b",
    ),
}
# Worn out and unasked: the weight is the message, the eyelid and the nights among its items.
_WORN_OUT: _Table = {
    language: (*_VENTING[language], *_WORRY_ABOUT_IT[language]) for language in _LANGUAGES
}

FOUND: dict[Intent, _Table] = {
    Intent.PAUSE: _PAUSE,
    Intent.SETTINGS: _SETTINGS,
    Intent.REPORT: _REPORT,
    Intent.HISTORY: _HISTORY,
    Intent.CHECKIN: _CHECKIN,
    Intent.BREATHE: _BREATHE,
    Intent.CAFFEINE_QUESTION: _CAFFEINE_Q,
    Intent.SLEEP_QUESTION: _SLEEP_Q,
    Intent.CANT_SLEEP: _SLEEPLESS,
    Intent.TWITCHING: _TWITCHING,
    Intent.COFFEE: _COFFEE,
    Intent.ANXIOUS: _ANXIOUS,
    Intent.VENTING: _VENTING,
    Intent.THANKS: _THANKS,
    Intent.GREETING: _HELLO_AND,
    Intent.GOODNIGHT: _GOODNIGHT,
}
UNLESS: dict[Intent, _Table] = {
    Intent.CANT_SLEEP: {**_WORN_OUT, **_WORRY_AND_POOR_SLEEP},
    Intent.TWITCHING: _WORN_OUT,
    Intent.PAUSE: {
        language: (pattern, *_ON_A_BREAK[language], *_NOT_RECEIVED[language])
        for language, pattern in _ONE_OF_THEM.items()
    },
    Intent.THANKS: _BUT_NOT,
    Intent.REPORT: {
        "all": _THANKS_ONLY["all"],
        **{
            language: (*_THEIR_DOCTOR[language], *_DAYS_REPORT[language])
            for language in _LANGUAGES
        },
    },
    # "cheers mate that breathing thing actually worked" thanks for the breathing.
    Intent.BREATHE: _THANKS,
    Intent.CHECKIN: _THANKS_ONLY,
    Intent.HISTORY: _THANKS_ONLY,
    Intent.SLEEP_QUESTION: _WORN_OUT,
}
KEEP: dict[Intent, _Table] = {
    Intent.COFFEE: {
        language: (rf"\b(?:{_COUNTED_OTHER[language]})\b",) for language in _LANGUAGES
    },
    Intent.SLEEP_QUESTION: {
        language: (*_WORSE_INSOMNIA[language], *_WHY_WAKE[language]) for language in _LANGUAGES
    },
}
WHOLE: dict[Intent, _Table] = {
    Intent.GREETING: _HELLO_WHOLE,
}
