"""What people commonly type, per intent and language, over text as `bot.core.typed.normalise`
leaves it: lower case, accents and apostrophes gone ("n'arrive" is "narrive", "й" is "и", "ё" is
"е", "ß" is "ss"), punctuation and emoji as single spaces.

`FOUND` is searched anywhere in a message; `UNLESS` takes the find back (a negation: "not
anxious any more"). `WHOLE` must be the whole message, give or take `FILLERS` at either end:
greetings, thanks and a bare "help" are about nothing else only when they are alone.
"""

from __future__ import annotations

from bot.core.intents.intent import Intent

# A few words between, as in "my eyelid is twitching" or "a pálpebra não para de tremer".
_GAP = r"(?:\w+ ){0,3}"

_EN_BODY = r"(?:eye ?lids?|eyes?|lids?|muscles?|calf|calves|thumbs?|legs?|arms?|lips?|feet|foot)"
_EN_JUMP = r"(?:jumping|jumps|jump|flickering|flickers|fluttering|flutters|jerking|jerks|spasming)"
_ES_BODY = r"(?:parpados?|ojos?|musculos?|piernas?|pantorrillas?|labios?|pulgar)"
_ES_JUMP = r"(?:tiembla|tiemblan|temblando|salta|saltan|saltando|brinca|brincan|brincando|late)"
_FR_BODY = r"(?:paupieres?|l?(?:oeil|œil)|yeux|muscles?|mollets?|pouces?|levres?|jambes?)"
_FR_JUMP = r"(?:saute|sautent|tremble|tremblent|bouge|bougent|palpite|palpitent|tressaille\w*)"
_PT_BODY = r"(?:palpebras?|olhos?|musculos?|pernas?|panturrilhas?|polegar|labios?)"
_PT_JUMP = r"(?:tremendo|treme|tremem|tremer|pulando|pula|pulam|pular|saltando)"
_RU_BODY = r"(?:веко|веки|глаз|глаза|мышц\w*|икра|икры|палец|губа|нога|ноги)"
_RU_JUMP = r"(?:прыгает|прыгают|скачет|скачут|дрожит|дрожат|трепещет|сокраща\w*)"

FOUND: dict[Intent, dict[str, tuple[str, ...]]] = {
    Intent.TWITCHING: {
        "en": (
            r"\btwitch\w*",
            r"\bfascicul\w*",
            r"\bspasm\w*",
            rf"\b{_EN_BODY} {_GAP}{_EN_JUMP}\b",
            r"\bmuscle jerks?\b",
        ),
        "de": (
            # Not "Zucker" (sugar), "entzückt" (delighted) or "Verzückung" (rapture).
            r"\b(?!entz|verz)\w*zuck(?!er)\w*",
            r"\bfaszikulation\w*",
            r"\b(?:auge|augenlid|lid)\w* (?:\w+ ){0,2}flatter\w*",
            r"\bmuskel\w* (?:\w+ ){0,2}(?:hupf|spring)\w*",
        ),
        "es": (
            r"\btic(?:s)?\b",
            r"\bfascicula\w*",
            r"\bespasmos?\b",
            rf"\b{_ES_BODY} {_GAP}{_ES_JUMP}\b",
            rf"\b{_ES_JUMP} {_GAP}{_ES_BODY}\b",
            r"\bcontracciones? (?:involuntarias?|musculares?)\b",
        ),
        "fr": (
            r"\btics?\b",
            r"\bfascicul\w*",
            r"\bspasmes?\b",
            r"\btressaill\w*|\btressaut\w*|\bsoubresauts?\b",
            rf"\b{_FR_BODY} {_GAP}{_FR_JUMP}",
            rf"\b{_FR_JUMP} {_GAP}{_FR_BODY}\b",
            r"\bcontractions? (?:involontaires?|musculaires?)\b",
            r"\bsecousses? musculaires?\b",
        ),
        "pt": (
            r"\btiques?\b",
            r"\bfascicula\w*",
            r"\bespasmos?\b",
            rf"\b{_PT_BODY} {_GAP}{_PT_JUMP}\b",
            rf"\b{_PT_JUMP} {_GAP}{_PT_BODY}\b",
            r"\btremor\w* (?:na|no|nas|nos) " + _PT_BODY,
            r"\bcontra(?:cao|coes) (?:involuntarias?|musculares?)\b",
        ),
        "ru": (
            r"\bдерга\w*|\bдернул\w*|\bподерг\w*",
            r"\bнервныи тик\b|\bтик\b",
            r"\bфасцикуляц\w*",
            r"\bспазм\w*",
            rf"\b{_RU_BODY} {_GAP}{_RU_JUMP}\b",
            rf"\b{_RU_JUMP} {_GAP}{_RU_BODY}\b",
        ),
    },
    Intent.CANT_SLEEP: {
        "en": (
            r"\b(?:cant|cannot|can not|couldnt|could not|unable to|struggling to|trouble)"
            r" (?:get to |fall |go to |stay )?(?:a)?sleep(?:ing)?\b",
            r"\binsomnia\b|\bsleepless\w*",
            r"\b(?:still|wide|lying|laying) awake\b|\bawake all night\b|\bup all night\b",
            r"\bkeep waking up\b|\bsleep wont come\b",
        ),
        "de": (
            r"\bkann (?:\w+ ){0,3}nicht (?:ein|durch)?schlafen\b",
            r"\bschlaflos\w*|\bschlafstorung\w*|\b(?:ein|durch)schlafproblem\w*",
            r"\b(?:liege|lag|bin) (?:\w+ ){0,2}wach\b|\bimmer noch wach\b",
            r"\bfinde keinen schlaf\b|\bkein auge zu\w*|\bschlafe (?:\w+ )?(?:schlecht|nicht)\b",
        ),
        "es": (
            r"\bno (?:puedo|logro|consigo|pude|podia) (?:\w+ )?dormir\w*",
            r"\binsomnio\b|\bsin (?:poder )?dormir\b|\bdesvelad[oa]s?\b",
            r"\b(?:sigo|estoy|todavia|aun) (?:\w+ )?despiert[oa]\b",
            r"\bme cuesta (?:\w+ )?dormir\w*|\bno me (?:puedo )?duermo\b",
            r"\bno (?:he )?peg\w* (?:el )?ojo\b",
        ),
        "fr": (
            r"\b[nj]?(?:peux|arrive|parviens|reussis|arrivais|pouvais) (?:\w+ )?pas (?:a )?"
            r"(?:m ?)?(?:en)?dormir\b",
            r"\bimpossible de (?:m ?)?(?:en)?dormir\b|\binsomnies?\b|\bnuits? blanches?\b",
            r"\b(?:toujours|encore) (?:\w+ )?(?:eveille|reveille)e?\b",
            r"\bje dors (?:pas|mal)\b|\bpas ferme l?(?:oeil|œil)\b",
        ),
        "pt": (
            r"\bnao (?:consigo|consegui|posso|pude) (?:\w+ )?dormir\b",
            r"\binsonia\b|\bsem (?:conseguir )?dormir\b|\bperdi o sono\b|\bnoite em claro\b",
            r"\b(?:ainda|continuo|to|estou) (?:\w+ )?acordad[oa]\b",
            r"\bnao (?:durmo|dormi)\b|\bdificuldade (?:para|pra|de|em) dormir\b",
        ),
        "ru": (
            r"\bне (?:могу|получается|удается|смогла?|могла?|выходит) (?:\w+ )?(?:у|за)?"
            r"(?:снуть|спать)\b",
            r"\bбессонниц\w*|\bне спится\b|\bне сплю\b|\bбез сна\b|\bсон не идет\b",
        ),
    },
    Intent.ANXIOUS: {
        "en": (
            r"\banxi(?:ous|ety)\b|\bpanic\w*|\bnervous\b|\bworr(?:ied|ying)\b",
            r"\bstressed\b|\bon edge\b|\bfreaking out\b|\boverwhelmed\b|\bscared\b|\bafraid\b",
        ),
        "de": (
            r"\b(?:angst\w*|aengst\w*|angstlich\w*|panik\w*|nervos|nervoes|unruhig)\b",
            r"\b(?:gestresst|stress|besorgt|sorgen|uberfordert|ueberfordert|angespannt)\b",
        ),
        "es": (
            r"\b(?:ansios[oa]s?|ansiedad|panico|nervios[oa]s?|estresad[oa]s?|estres)\b",
            r"\b(?:preocupad[oa]s?|agobiad[oa]s?|angustiad[oa]s?|angustia|miedo)\b",
        ),
        "fr": (
            r"\b(?:anxieu(?:x|se)|anxiete|angoiss\w*|paniqu\w*|panique|nerveu(?:x|se))\b",
            r"\b(?:stress\w*|inquiet\w*|sous pression|peur)\b",
        ),
        "pt": (
            r"\b(?:ansios[oa]s?|ansiedade|panico|nervos[oa]s?|estressad[oa]s?|estresse)\b",
            r"\b(?:preocupad[oa]s?|angustiad[oa]s?|angustia|aflit[oa]|medo)\b",
        ),
        "ru": (
            r"\b(?:тревог\w*|тревож\w*|паник\w*|нервнича\w*|нервы|стресс\w*)",
            r"\b(?:беспоко\w*|волнуюсь|волнение|страшно|боюсь)\b",
        ),
    },
    Intent.COFFEE: {
        "en": (
            r"\bcoffees?\b|\bespressos?\b|\blattes?\b|\bcappuccinos?\b|\bamericanos?\b",
            r"\bcaffeine\b|\benergy drinks?\b|\bflat white\b|\bcold brew\b",
        ),
        "de": (
            r"kaffee\w*|\bespresso\w*|\bcappuccino\b|\blatte\b|\bkoffein\w*",
            r"\benergy ?drinks?\b",
        ),
        "es": (
            r"\bcafe(?:s|cito)?\b|\bespresso\b|\bcapuchino\b|\bcafeina\b",
            r"\bbebida energetica\b",
        ),
        "fr": (r"\bcafes?\b|\bexpresso\b|\bespresso\b|\bcappuccino\b|\bcafeine\b",),
        "pt": (r"\bcafe(?:s|zinho)?\b|\bexpresso\b|\bcappuccino\b|\bcafeina\b|\benergetico\b",),
        "ru": (r"\bкофе\w*|\bэспрессо\b|\bкапучино\b|\bлатте\b|\bэнергетик\w*",),
    },
}

UNLESS: dict[Intent, dict[str, tuple[str, ...]]] = {
    Intent.TWITCHING: {
        "en": (
            r"\b(?:not|no longer|no more|isnt|arent|hasnt|havent|never|stopped) (?:\w+ )?twitch",
            r"\btwitch\w* (?:has |have |is |are )?(?:stopped|gone|went away)\b",
            r"\btwitch (?:stream|streamer|chat|channel)\b|\bon twitch\b",
        ),
        "de": (
            r"\b(?:kein|keine|nicht mehr) (?:\w+ )?\w*zuck",
            r"\bzuck\w* (?:nicht mehr|aufgehort)",
        ),
        "es": (r"\bya no (?:\w+ )?(?:tiembla|salta|tengo)\b", r"\bsin (?:tics?|espasmos?)\b"),
        "fr": (r"\b(?:plus|pas) (?:de )?(?:tics?|spasmes?|fasciculations?)\b",),
        "pt": (
            r"\bnao (?:esta |ta )?(?:mais )?(?:tremendo|pulando)\b",
            r"\bsem (?:tiques?|espasmos?)",
        ),
        "ru": (r"\bне дергается\b|\bперестал\w* дерга\w*|\bбольше не дерга\w*",),
    },
    Intent.ANXIOUS: {
        "en": (
            r"\b(?:not|no longer|less|never|wasnt|isnt) (?:\w+ )?"
            r"(?:anxious|nervous|worried|stressed)\b",
            r"\bno (?:anxiety|panic|stress)\b",
        ),
        "de": (
            r"\b(?:nicht|keine?|nicht mehr) (?:\w+ )?(?:angst|nervos|gestresst|sorgen|panik)\b",
        ),
        "es": (
            r"\b(?:no|ya no|sin) (?:estoy |tengo )?(?:\w+ )?"
            r"(?:ansios[oa]|ansiedad|nervios[oa]|estres|panico)\b",
        ),
        "fr": (
            r"\b(?:pas|plus|sans) (?:d )?(?:\w+ )?"
            r"(?:anxieu(?:x|se)|angoiss\w*|stress\w*|nerveu(?:x|se))\b",
        ),
        "pt": (
            r"\b(?:nao|sem) (?:estou |to )?(?:\w+ )?"
            r"(?:ansios[oa]|ansiedade|nervos[oa]|estresse|panico)\b",
        ),
        "ru": (r"\b(?:нет|без|не) (?:\w+ )?(?:тревог\w*|тревож\w*|паник\w*|нервнича\w*)",),
    },
    Intent.COFFEE: {
        "en": (
            r"\bdecaf\w*|\bno (?:more )?coffee\b|\bcaffeine free\b",
            r"\bcoffee (?:table|shop)s?\b",
        ),
        "de": (r"\bentkoffein\w*|\bkoffeinfrei\w*|\bkein(?:en)? kaffee\b|\bkaffeetisch\w*",),
        "es": (r"\bdescafeinado\w*|\bsin cafe(?:ina)?\b|\bojos (?:color )?cafe\b|\bcolor cafe\b",),
        "fr": (r"\bdeca\w*|\bsans cafeine\b|\bpas de cafe\b|\bterrasse de cafe\b",),
        "pt": (r"\bdescafeinado\w*|\bsem (?:cafe|cafeina)\b|\bcafe da manha\b",),
        "ru": (r"\bбез кофеина\b|\bдекаф\w*|\bбез кофе\b",),
    },
}

WHOLE: dict[Intent, dict[str, tuple[str, ...]]] = {
    Intent.HELP: {
        "en": (
            r"help|help me|i need help|need help|can you help(?: me)?|sos",
            r"what (?:can|should|do) i do",
            r"how does this work|what can you do|what do i do now|what now",
        ),
        "de": (
            r"hilfe|hilf mir|ich brauche hilfe|brauche hilfe|kannst du mir helfen|sos",
            r"was (?:kann|soll) ich (?:jetzt )?tun|wie funktioniert das|was kannst du",
        ),
        "es": (
            r"ayuda|ayudame|me ayudas|necesito ayuda|puedes ayudarme|socorro|sos",
            r"que (?:hago|puedo hacer)|como funciona|que puedes hacer",
        ),
        "fr": (
            r"aide|aide moi|aidez moi|au secours|jai besoin daide|besoin daide|tu peux maider|sos",
            r"que faire|je fais quoi|comment ca marche|quest ce que tu sais faire",
        ),
        "pt": (
            r"ajuda|socorro|me ajuda|me ajude|preciso de ajuda|pode me ajudar|sos",
            r"o que (?:eu )?faco|como funciona|o que voce faz",
        ),
        "ru": (
            r"помощь|помогите|помоги(?: мне)?|нужна помощь|мне нужна помощь|можешь помочь",
            r"что (?:мне )?делать|как это работает|что ты умеешь|sos",
        ),
    },
    Intent.THANKS: {
        "en": (
            r"(?:thanks|thank you|thank u|thx|ty|cheers|many thanks)"
            r"(?: (?:so much|a lot|very much|again|a ton))?(?: that (?:helped|was helpful))?",
            r"(?:that helped|much appreciated|appreciate it)(?: thanks| thank you)?",
        ),
        "de": (
            r"danke(?: (?:schon|schoen|sehr|dir|euch|vielmals))?|dankeschon|dankeschoen",
            r"(?:vielen|herzlichen|tausend) dank",
            r"das hat geholfen(?: danke)?|danke das hat geholfen",
        ),
        "es": (
            r"(?:muchas |mil |muchisimas )?gracias(?: (?:de verdad|por todo))?(?: me ayudo)?",
            r"te lo agradezco|muy amable|gracias me ha ayudado",
        ),
        "fr": (
            r"merci(?: (?:beaucoup|bien|infiniment|encore))?(?: ca (?:aide|ma aide))?",
            r"mille mercis|je te remercie|cest gentil merci|ca ma aide merci",
        ),
        "pt": (
            r"(?:muito )?(?:obrigad[oa]|brigad[oa])(?: (?:mesmo|de verdade))?"
            r"(?: ajudou(?: muito)?)?",
            r"valeu(?: mesmo)?|obg|agradeco",
        ),
        "ru": (
            r"(?:большое |огромное )?спасибо(?: (?:большое|тебе|огромное))?(?: помогло)?",
            r"благодарю|спс|спасибки|пасиб",
        ),
    },
    Intent.GREETING: {
        "en": (r"hi|hello|hey|hiya|heya|howdy|good (?:morning|afternoon|evening)|morning",),
        "de": (r"hallo|moin|servus|guten (?:morgen|tag|abend)|gruss dich|hallo zusammen|tag",),
        "es": (r"hola|holi|buenas|buenos dias|buenas (?:tardes|noches)|que tal|saludos",),
        "fr": (r"bonjour|salut|coucou|bonsoir|re",),
        "pt": (r"oi|oie|ola|bom dia|boa (?:tarde|noite)|e ai|opa|oi tudo bem|tudo bem",),
        "ru": (r"привет|приветик|здравствуи(?:те)?|добрыи (?:день|вечер)|доброе утро|хаи|салют",),
    },
}

# Words around a greeting, thanks or call for help that change nothing about it.
FILLERS: dict[str, str] = {
    "en": r"ok|okay|oh|ah|well|so|just|please|pls|again|there|stillpoint|bot|great|cool|yes",
    "de": r"ok|okay|oh|ah|also|bitte|nochmal|stillpoint|bot|super|ja|na",
    "es": r"ok|vale|oh|ah|bueno|pues|por favor|porfa|otra vez|stillpoint|bot|si",
    "fr": r"ok|oh|ah|bon|alors|stp|svp|sil te plait|encore|stillpoint|bot|super|oui|toi",
    "pt": r"ok|oh|ah|bom|entao|por favor|pf|de novo|stillpoint|bot|sim",
    "ru": r"ок|океи|ну|о|а|пожалуиста|еще|stillpoint|бот|да",
}
