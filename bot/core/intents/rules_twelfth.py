"""Intent phrases widened in the twelfth round, by concept, from the intent rows of sets Z and AA
the rules read wrongly or not at all (en, de, es, fr, pt, ru), over text as
`bot.core.typed.normalise` leaves it. `rules` adds `FOUND` to its own finds, `UNLESS` to its own
take-backs, `KEEP` to what keeps a find and `WHOLE` to its whole messages, as for
`rules_eleventh`. Every rule begins with its own specific words.

The families, each written for what people type for the same thing, not for a row's words:
- twitching now: a body part that "starts up again", "qui frétille", "tremelicando", knocking
  "from inside", "jetzt grad wieder die Wade"; a twitch told right now beside the day's coffees
  and sleep is the twitching, not a question about them;
- caffeine question: does decaf help at all, coffee on an empty stomach, headaches on quitting,
  instant against brewed, whether a claim is a myth; a drink logged "because it has caffeine"
  is the coffee, and a herbal tea before bed is a sleep question;
- sleep question: falling asleep faster, get up or stay in bed, white noise and other remedies;
- anxious: the worst imagined at every twitch, "convinced something is wrong with me";
- history: one's past check-ins looked at again, which weekday has the most of something;
- report: a summary to mail to a therapist; a work report that is due is not it;
- checkin: tonight's one done now, "the reminder came, let's start";
- pause: "stop writing to me for a bit", "off for now, I'll turn them back on";
- settings: the 24-hour clock; coffee: the third mug, whatever the drink;
- greeting: "new here", "first time using this"; goodnight: "that's me done, talk tomorrow",
  "je file, bisous".
"""

from __future__ import annotations

from bot.core.intents.intent import Intent

_Table = dict[str, tuple[str, ...]]

_LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")

# --- twitching now -----------------------------------------------------------------------------
_BODY = {
    "en": r"eye ?lids?|eyes?|lids?|eyebrows?|calf|calves|thighs?|feet|foot|sole|toes?|thumbs?"
    r"|fingers?|lips?|cheek|legs?|arms?|biceps?|shoulders?|quads?|hamstrings?",
    "de": r"augenlid\w*|lid|auge|augen|wade\w*|oberschenkel\w*|schenkel|fuss\w*|fusssohle\w*"
    r"|sohle|zeh\w*|daumen|finger|lippe\w*|wange|bein\w*|arm\w*|schulter\w*|muskel\w*",
    "es": r"parpados?|ojos?|cejas?|pantorrillas?|gemelos?|muslos?|pies?|planta del pie"
    r"|dedos?|pulgar|labios?|mejilla|piernas?|brazos?|hombros?|musculos?",
    "fr": r"paupieres?|oeil|yeux|sourcils?|mollets?|cuisses?|pieds?|plante du pied|orteils?"
    r"|doigts?|pouces?|levres?|joue|jambes?|bras|epaules?|muscles?",
    "pt": r"palpebras?|olhos?|sobrancelhas?|panturrilhas?|batata da perna|coxas?|pes?"
    r"|sola do pe|planta do pe|dedos?|dedao|polegar|labios?|bochecha|pernas?|bracos?"
    r"|ombros?|musculos?",
    "ru": r"век[аоеиу]?|веко|глаз\w*|бров\w*|икр[аеиоуы]\w*|бедр\w*|ступн\w*|стоп[аеуы]"
    r"|ног[аеиу]|ногои|пальц\w*|палец|губ[аеиуы]|щек[аеиу]|рук[аеиу]|рукои|плеч\w*|мышц\w*",
}
_NOW = {
    "en": r"rn|right now|atm|as i type|as we speak|at the moment",
    "de": r"jetzt|grad|gerade|grade|momentan|in dem moment",
    "es": r"ahora mismo|ahorita|justo ahora|en este momento|ahora",
    "fr": r"la maintenant|maintenant|en ce moment|a l ?instant",
    "pt": r"agora mesmo|agorinha|neste momento|agora",
    "ru": r"прямо сеичас|прямо щас|сеичас|щас|в данныи момент",
}
_TWITCH_NOW: _Table = {
    "en": (
        rf"\b(?:{_NOW['en']}) (?:\w+ ){{0,2}}?my (?:left |right )?(?:{_BODY['en']}) (?:is |s )?"
        r"(?:doing|going|at it|acting up|started|starting|kicking)\b",
        rf"\bmy (?:left |right )?(?:{_BODY['en']}) (?:\w+ )?(?:started|starting|has started"
        r"|kicked|kicking|is starting|fired|firing) (?:up |off )?again\b",
        r"\b(?:something|someone|a bug|a worm|a tiny hammer) (?:is )?(?:knocking|tapping"
        r"|drumming|ticking|wriggling) (?:\w+ ){0,3}?(?:inside|under (?:my|the) skin|from"
        r" (?:the )?inside)\b",
        r"\bsee (?:it|them|my \w+) (?:jumping|twitching|hopping|moving) through (?:my |the )?"
        r"(?:jeans|trousers|pants|sock|socks|skin)\b",
    ),
    "de": (
        rf"\b(?:jetzt|grad|gerade|grade) (?:\w+ ){{0,2}}?(?:wieder|schon wieder|erneut) (?:der"
        rf"|die|das|mein|meine|im|in der) (?:linke |rechte |linken |rechten )?(?:{_BODY['de']})\b",
        rf"\b(?:fangt|faengt|fing) (?:\w+ ){{0,2}}?(?:der|die|das|mein|meine) (?:linke |rechte )?"
        rf"(?:{_BODY['de']}) (?:\w+ ){{0,2}}?an\b",
        r"\b(?:klopft|pocht|trommelt|tippt|zappelt|krabbelt) (?:\w+ ){0,4}?(?:von innen|unter der"
        r" haut)\b",
        r"\bdurch (?:die|meine|den|das) (?:jeans|hose|haut|socke\w*|strumpf\w*) (?:\w+ )?"
        r"(?:hupf\w*|huepf\w*|spring\w*|zuck\w*|tanz\w*|zappel\w*)\b",
    ),
    "es": (
        rf"\b(?:empez\w*|comenz\w*|arranc\w*|volvio a empezar) (?:\w+ ){{0,2}}?(?:el|la|mi|los"
        rf"|las) (?:{_BODY['es']}) (?:\w+ ){{0,2}}?(?:otra vez|de nuevo|a temblar|a saltar"
        r"|a brincar)\b",
        r"\b(?:golpea\w*|golpecitos|tocando|tamborile\w*|toc toc) (?:\w+ ){0,4}?(?:por dentro"
        r"|desde dentro|bajo la piel)\b",
        rf"\b(?:{_BODY['es']}) (?:\w+ ){{0,2}}?(?:me )?(?:brinca|brincando|tiritando|palpitando"
        r"|bailando|da saltitos|dando saltitos|hace tic)\b",
    ),
    "fr": (
        rf"\b(?:{_BODY['fr']}) (?:\w+ ){{0,1}}?qui (?:fretille\w*|gigote\w*|sautille\w*"
        r"|tressaute\w*|danse\w*|palpite\w*|tape|toque|vibre\w*|frissonne\w*"
        r"|bouge tout seul\w*)\b",
        rf"\b(?:ca )?(?:recommence|reprend|repart) (?:dans |au |a )?(?:la |le |l ?"
        rf"|mon |ma |mes )?(?:{_BODY['fr']})\b",
        r"\b(?:tape|toque|frappe|tambourine|cogne) (?:\w+ ){0,4}?(?:de l ?interieur|sous la"
        r" peau)\b",
    ),
    "pt": (
        rf"\b(?:{_BODY['pt']}) (?:\w+ ){{0,2}}?(?:tremelicando|tremelica|tremelicar|latejando"
        r"|pulsando|dancando|dando pulinhos|comecou de novo|voltou a tremer|voltou a pular"
        r"|comecou a tremer|comecou a pular)\b",
        r"\b(?:batendo|bate|batesse|cutucando|tamborilando) (?:\w+ ){0,4}?(?:por dentro|de"
        r" dentro|debaixo da pele|sob a pele)\b",
    ),
    "ru": (
        rf"\b(?:в|у|на) (?:\w+ )?(?:{_BODY['ru']}) (?:\w+ ){{0,5}}?(?:стучит|стучат|колотит"
        r"|пульсирует|тикает|дергает\w*|бьется)\b",
        r"\b(?:стучит|стучат|колотит|бьется|скребется|шевелится) (?:\w+ )?изнутри\b",
        rf"\b(?:опять|снова) (?:\w+ ){{0,1}}?(?:{_BODY['ru']}) (?:\w+ ){{0,1}}?(?:задергал\w*"
        r"|запрыгал\w*|затряс\w*|завибрировал\w*)\b",
    ),
}
# Right now, my calf...: told beside the day's coffees, it is the twitching, not a question.
_NOW_BODY = {
    "en": rf"\b(?:{_NOW['en']}) (?:\w+ ){{0,2}}?my (?:left |right )?(?:{_BODY['en']})"
    r" (?:is |s )?(?:doing|going|at it|acting up|twitching|jumping|flickering|spasming)\b",
    "de": rf"\b(?:jetzt|grad|gerade|grade) (?:\w+ ){{0,2}}?(?:wieder|schon wieder) (?:der|die"
    rf"|das|mein|meine) (?:{_BODY['de']})\b",
    "es": rf"\b(?:ahora mismo|ahorita|justo ahora) (?:\w+ ){{0,2}}?(?:el|la|mi) (?:{_BODY['es']})"
    r" (?:\w+ )?(?:tiembla|salta|brinca|esta temblando|esta saltando)\b",
    "fr": rf"\b(?:la maintenant|en ce moment) (?:\w+ ){{0,2}}?(?:la|le|l|mon|ma) (?:{_BODY['fr']})"
    r" (?:\w+ )?(?:saute|tremble|fretille|bouge)\b",
    "pt": rf"\b(?:agora mesmo|agorinha|neste momento) (?:\w+ ){{0,2}}?(?:a|o|meu|minha)"
    rf" (?:{_BODY['pt']}) (?:\w+ )?(?:treme|tremendo|pulando|pula)\b",
    "ru": rf"\b(?:прямо сеичас|прямо щас) (?:\w+ ){{0,2}}?(?:{_BODY['ru']}) (?:\w+ )?(?:дергает\w*"
    r"|прыгает|скачет|дрожит)\b",
}

# --- caffeine questions ------------------------------------------------------------------------
_CAFFEINE_Q: _Table = {
    "en": (
        # does decaf help at all, or is it in my head
        r"\b(?:does|do|would|will|can|could|is|should i switch to|would switching to|is switching"
        r" to|is going) (?:\w+ ){0,3}?decaf\w* (?:\w+ ){0,3}?(?:help|make a difference|do"
        r" anything|work|worth it|any good)\b",
        r"\bdecaf\w* (?:\w+ ){0,6}?(?:placebo|all in my head|in my head|just in my head)\b",
        # coffee on an empty stomach
        r"\b(?:worse|bad|ok|okay|fine|harmful|a bad idea) (?:\w+ ){0,3}?(?:coffee|espresso"
        r"|caffeine) (?:\w+ ){0,2}?(?:on an empty stomach|before (?:eating|breakfast))\b",
        r"\b(?:coffee|espresso|caffeine) (?:\w+ ){0,2}?on an empty stomach (?:\w+ ){0,3}?(?:worse"
        r"|bad|ok|okay|a problem|an issue|harmful)\b",
        # quitting and headaches
        r"\b(?:quit|quitting|stop|stopping|cut|cutting|drop|dropping|give up|giving up|ditch"
        r"|ditching) (?:\w+ ){0,2}?(?:coffee|caffeine|espresso) (?:\w+ ){0,6}?(?:headaches?"
        r"|migraines?|withdrawals?)\b",
        # instant against brewed
        r"\b(?:instant|filter|brewed|drip|cold brew|espresso|decaf|green tea|black tea|matcha)"
        r" (?:coffee )?(?:\w+ ){0,2}?(?:weaker|stronger|less strong) (?:than|as)\b",
        # is it a myth
        r"\b(?:coffee|caffeine|espresso|tea) (?:\w+ ){0,10}?(?:a myth|myth|old wives tale)\b",
    ),
    "de": (
        r"\b(?:bringt|hilft|nutzt|nuetzt) (?:\w+ ){0,4}?(?:entkoffein\w*|koffeinfrei\w*)\b",
        r"\b(?:entkoffein\w*|koffeinfrei\w*) (?:\w+ ){0,6}?(?:bringt|hilft|nutzt|nuetzt) (?:das"
        r"|es|der|die|denn|uberhaupt|ueberhaupt|wirklich|echt) (?:\w+ )?(?:was|etwas|uberhaupt"
        r"|ueberhaupt)\b",
        r"\b(?:entkoffein\w*|koffeinfrei\w*) (?:\w+ ){0,6}?(?:kopfsache|placebo|einbildung)\b",
        r"\b(?:schlimmer|schlecht|schadlich|ok|okay) (?:\w+ ){0,4}?(?:kaffee|espresso|koffein)"
        r" (?:\w+ ){0,2}?auf (?:nuchternen|leeren) magen\b",
        r"\b(?:kaffee|espresso) (?:\w+ ){0,2}?auf (?:nuchternen|leeren) magen (?:\w+ ){0,3}?"
        r"(?:schlimmer|schlecht|schadlich|ok|okay|ein problem)\b",
        r"\b(?:kaffee|koffein) (?:\w+ ){0,4}?(?:aufhor\w*|aufhoer\w*|weglass\w*|absetz\w*"
        r"|reduzier\w*|streich\w*|verzicht\w*) (?:\w+ ){0,6}?(?:kopfschmerz\w*|kopfweh|migrane"
        r"|entzug\w*)\b",
        r"\b(?:loslich\w*|instant\w*|filter\w*|aufgebruh\w*|espresso|schwarztee|grunt\w*|mate)"
        r" (?:\w+ ){0,3}?(?:schwacher|schwaecher|starker|staerker) als\b",
        r"\b(?:kaffee|koffein|espresso|tee) (?:\w+ ){0,10}?(?:mythos|ein mythos|ammenmarchen"
        r"|marchen)\b",
    ),
    "es": (
        r"\b(?:sirve|ayuda|funciona|vale la pena) (?:\w+ ){0,5}?descafeinado\b",
        r"\bdescafeinado (?:\w+ ){0,6}?(?:sirve|ayuda|funciona) (?:de algo|para algo|de verdad"
        r"|en serio|realmente)\b",
        r"\bdescafeinado (?:\w+ ){0,6}?(?:sugestion|placebo|psicologico|mental)\b",
        r"\b(?:peor|malo|mala idea|dano|bien|hace mal) (?:\w+ ){0,4}?(?:cafe|cafeina|espresso)"
        r" (?:\w+ ){0,2}?(?:en ayunas|con el estomago vacio|sin desayunar)\b",
        r"\b(?:cafe|espresso) (?:\w+ ){0,2}?(?:en ayunas|con el estomago vacio) (?:\w+ ){0,3}?"
        r"(?:es peor|peor|malo|hace mal|dana|esta bien)\b",
        r"\b(?:dejo|dejar|corto|cortar|quito|quitar|reduzco|reducir) (?:\w+ ){0,3}?(?:cafe"
        r"|cafeina) (?:\w+ ){0,6}?(?:dolor\w* de cabeza|jaqueca|migrana|abstinencia)\b",
        r"\b(?:soluble|instantaneo|de filtro|de cafetera|espresso|te verde|te negro|mate)"
        r" (?:\w+ ){0,3}?(?:mas|menos) (?:fuerte|flojo|suave|cafeina) que\b",
        r"\b(?:cafe|cafeina|te) (?:\w+ ){0,10}?(?:un mito|mito|leyenda urbana)\b",
    ),
    "fr": (
        r"\b(?:ca sert|ca aide|ca change|ca marche|sert|aide) (?:\w+ ){0,4}?(?:deca|decafeine)\b",
        r"\b(?:deca|decafeine) (?:\w+ ){0,6}?(?:ca sert|ca aide|ca change|ca marche|sert a"
        r" quelque chose|aide vraiment|dans la tete|placebo)\b",
        r"\b(?:pire|mauvais|grave|nocif|deconseille|ok|bon) (?:\w+ ){0,3}?(?:cafe|expresso|the)"
        r" (?:\w+ ){0,2}?a jeun\b",
        r"\b(?:cafe|expresso) (?:\w+ ){0,2}?a jeun (?:\w+ ){0,3}?(?:pire|mauvais|grave|nocif"
        r"|deconseille|ca fait quoi)\b",
        r"\b(?:jarrete|jarreterai|arrete|arreter|stoppe|stopper|coupe|couper|diminue|diminuer"
        r"|reduis|reduire|lache|lacher) (?:\w+ ){0,2}?(?:cafe|cafeine|expresso) (?:\w+ ){0,6}?"
        r"(?:mal a la tete|mal au crane|maux de tete|migraines?|sevrage|manque)\b",
        r"\b(?:soluble|instantane|filtre|expresso|the vert|the noir|mate) (?:\w+ ){0,3}?(?:plus"
        r"|moins) (?:fort|leger|de cafeine) que\b",
        r"\b(?:cafe|cafeine|the) (?:\w+ ){0,10}?(?:un mythe|mythe|une legende|idee recue)\b",
    ),
    "pt": (
        r"\b(?:adianta|ajuda|serve|funciona|vale a pena) (?:\w+ ){0,5}?descafeinado\b",
        r"\bdescafeinado (?:\w+ ){0,6}?(?:adianta|ajuda|serve|funciona) (?:de algo|pra algo"
        r"|mesmo|de verdade)\b",
        r"\bdescafeinado (?:\w+ ){0,6}?(?:placebo|psicologico|coisa da cabeca)\b",
        r"\b(?:pior|ruim|faz mal|mal|tranquilo) (?:\w+ ){0,4}?(?:cafe|cafeina|expresso)"
        r" (?:\w+ ){0,2}?(?:em jejum|de estomago vazio|sem comer)\b",
        r"\b(?:cafe|expresso) (?:\w+ ){0,2}?(?:em jejum|de estomago vazio) (?:\w+ ){0,3}?"
        r"(?:e pior|pior|faz mal|ruim)\b",
        r"\b(?:parar|paro|largar|largo|cortar|corto|reduzir|reduzo|tirar|tiro) (?:\w+ ){0,3}?"
        r"(?:cafe|cafeina) (?:\w+ ){0,6}?(?:dor\w* de cabeca|enxaqueca|abstinencia)\b",
        r"\b(?:soluvel|instantaneo|coado|filtrado|expresso|cha verde|cha preto|chimarrao)"
        r" (?:\w+ ){0,3}?(?:mais|menos) (?:forte|fraco|cafeina) (?:que|do que)\b",
        r"\b(?:cafe|cafeina|cha) (?:\w+ ){0,10}?(?:um mito|mito|lenda)\b",
    ),
    "ru": (
        r"\b(?:декаф|бескофеинов\w*|без кофеина) (?:\w+ ){0,6}?(?:помога\w*|поможет|имеет смысл"
        r"|есть смысл|толк|самовнушени\w*|плацебо)\b",
        r"\b(?:поможет|помогает|есть смысл|имеет смысл|толк) (?:ли )?(?:\w+ ){0,4}?(?:декаф"
        r"|бескофеинов\w*|без кофеина)\b",
        r"\b(?:вредно|хуже|плохо|нормально) (?:\w+ ){0,3}?(?:кофе\w*|эспрессо) (?:\w+ ){0,2}?"
        r"натощак\b",
        r"\b(?:кофе\w*|эспрессо) (?:\w+ ){0,2}?натощак (?:\w+ ){0,3}?(?:вредно|хуже|плохо)\b",
        r"\b(?:брошу|бросить|бросаю|откажусь|отказаться|перестану|перестать|завяжу) (?:\w+ )"
        r"{0,3}?(?:кофе\w*|кофеин\w*) (?:\w+ ){0,6}?(?:голова|головн\w*|мигрен\w*|ломк\w*"
        r"|отмен\w*)\b",
        r"\b(?:растворим\w*|заварн\w*|молот\w*|фильтр\w*|зерн\w*|эспрессо|зелены\w* чаи"
        r"|черны\w* чаи) (?:\w+ ){0,3}?(?:слабее|крепче|сильнее|меньше|больше) (?:чем|по"
        r" кофеину)\b",
        r"\b(?:слабее|крепче) (?:\w+ ){0,3}?по кофеину\b",
        r"\b(?:кофе\w*|кофеин\w*) (?:\w+ ){0,4}?(?:реально|правда|действительно) (?:мешает"
        r"|влияет|портит|вредит)\b",
        r"\b(?:кофе\w*|кофеин\w*|чаи) (?:\w+ ){0,10}?(?:миф|мифы|сказки)\b",
    ),
}
# "...there's caffeine in it so I'm logging it": the drink, not a question.
_LOGGING_IT = {
    "en": r"\bso (?:im |i am |i ll |ill )?(?:logging|log|counting|count|adding|add|noting)"
    r" (?:it|that|this|one)\b|\b(?:logging|counting) (?:it|this|that) as (?:a )?coffee\b",
    "de": r"\b(?:also|deshalb|darum|drum|daher) (?:trag|trage|zahl|zahle|notier|notiere|schreib"
    r"|schreibe) ich (?:\w+ ){0,2}?(?:ein|mit|auf)\b",
    "es": r"\b(?:asi que|entonces|por eso) (?:lo |la )?(?:apunto|anoto|registro|cuento)\b",
    "fr": r"\b(?:donc|alors|du coup) (?:je (?:le |la |l ?)?(?:note|compte|log\w*|enregistre"
    r"|marque|ajoute))\b",
    "pt": r"\b(?:entao|por isso|ai) (?:vou )?(?:anotar|anoto|registrar|registro|contar|conto)\b",
    "ru": r"\b(?:так что|поэтому|значит) (?:\w+ ){0,2}?(?:записываю|запишу|отмечаю|отмечу"
    r"|засчитываю)\b",
}
# A herbal tea before bed asks about sleep, not caffeine.
_HERBAL_AT_NIGHT = {
    "en": r"\b(?:chamomile|camomile|herbal|sleepy ?time|valerian|lavender|rooibos) (?:tea )?"
    r"(?:\w+ ){0,2}?(?:before bed|at night|before sleep|for sleep|to sleep|at bedtime)\b",
    "de": r"\b(?:kamille\w*|krautertee|kraeutertee|baldrian\w*|lavendel\w*|schlaftee|rooibos)"
    r" (?:\w+ ){0,3}?(?:vor dem schlafen|vorm schlafen|zum einschlafen|abends|zum schlafen)\b",
    "es": r"\b(?:manzanilla|tila|valeriana|infusion|lavanda|rooibos) (?:\w+ ){0,3}?(?:antes de"
    r" dormir|por la noche|para dormir)\b",
    "fr": r"\b(?:camomille|tisane|verveine|tilleul|valeriane|lavande|rooibos) (?:\w+ ){0,3}?"
    r"(?:avant de dormir|avant de (?:me |se )?coucher|le soir|pour dormir)\b",
    "pt": r"\b(?:camomila|erva cidreira|valeriana|melissa|lavanda|cha de ervas|rooibos)"
    r" (?:\w+ ){0,3}?(?:antes de dormir|a noite|pra dormir|para dormir)\b",
    "ru": r"\b(?:ромашк\w*|травян\w*|мелисс\w*|мят\w*|валериан\w*|иван чаи) (?:\w+ ){0,2}?"
    r"(?:перед сном|на ночь|для сна)\b",
}

# --- sleep questions ---------------------------------------------------------------------------
_GET_UP_OR_STAY = {
    "en": r"\b(?:get up|getting up|get out of bed|getting out of bed) (?:\w+ ){0,8}?or"
    r" (?:\w+ ){0,3}?(?:stay|staying|lie|lying|keep lying)\b|\b(?:stay|staying) in bed"
    r" (?:\w+ ){0,8}?or (?:\w+ ){0,3}?(?:get up|getting up)\b",
    "de": r"\b(?:aufstehen|aufzustehen) (?:\w+ ){0,6}?oder (?:\w+ ){0,3}?(?:liegen ?bleiben"
    r"|im bett bleiben|liegen zu bleiben)\b|\b(?:liegen ?bleiben|im bett bleiben) (?:\w+ ){0,6}?"
    r"oder (?:\w+ ){0,3}?aufstehen\b",
    "es": r"\b(?:levantarme|levantarse|me levanto) (?:\w+ ){0,8}?o (?:\w+ ){0,3}?(?:quedarme"
    r"|quedarse|me quedo|seguir) (?:en la cama|acostad[oa]|tumbad[oa])\b",
    "fr": r"\b(?:se lever|me lever|je me leve) (?:\w+ ){0,8}?ou (?:\w+ ){0,3}?(?:rester|reste)"
    r" (?:au lit|couche\w*|allonge\w*)\b|\brester au lit (?:\w+ ){0,8}?ou (?:\w+ ){0,3}?(?:se"
    r" lever|me lever)\b",
    "pt": r"\b(?:levantar|me levanto|levanto) (?:\w+ ){0,8}?ou (?:\w+ ){0,3}?(?:ficar|fico"
    r"|continuar) (?:na cama|deitad[oa])\b",
    "ru": r"\b(?:встать|вставать|встаю) (?:\w+ ){0,8}?или (?:\w+ ){0,3}?(?:лежать|остаться в"
    r" кровати|остаться в постели|валяться)\b|\b(?:лежать|валяться) (?:\w+ ){0,8}?или"
    r" (?:\w+ ){0,3}?(?:встать|вставать)\b",
}
_SLEEP_Q: _Table = {
    "en": (
        r"\b(?:fall|falling|get|getting|drift|drop|nod) (?:off|to sleep|asleep) (?:\w+ )?(?:faster"
        r"|quicker|more quickly|sooner|easier)\b",
        r"\b(?:white noise|brown noise|pink noise|rain sounds|earplugs|a sleep mask|sleep mask"
        r"|magnesium|valerian|lavender|warm milk) (?:\w+ ){0,4}?(?:help|helps|good|work|works"
        r"|worth)\b (?:\w+ ){0,3}?(?:sleep|asleep)\b",
    ),
    "de": (
        r"\bschneller (?:\w+ ){0,2}?(?:einschlafen|einzuschlafen|einpennen|wegpennen)\b",
        r"\b(?:einschlafen|einzuschlafen) (?:\w+ )?schneller\b",
        r"\b(?:weisses rauschen|weißes rauschen|rauschen|ohrstopsel|oropax|schlafmaske|magnesium"
        r"|baldrian|lavendel|warme milch) (?:\w+ ){0,4}?(?:hilft|helfen|bringt|gut)\b (?:\w+ )"
        r"{0,3}?(?:schlafen|einschlafen|schlaf)\b",
    ),
    "es": (
        r"\b(?:dormirme|quedarme dormid[oa]|conciliar el sueno|dormir) mas (?:rapido|deprisa"
        r"|facil|pronto)\b",
        r"\b(?:ruido blanco|tapones|antifaz|magnesio|valeriana|lavanda|leche caliente|manzanilla)"
        r" (?:\w+ ){0,4}?(?:ayuda|sirve|funciona|es bueno|es buena)\b (?:\w+ ){0,3}?(?:dormir"
        r"|sueno)\b",
    ),
    "fr": (
        r"\b(?:m ?endormir|s ?endormir|endormir|trouver le sommeil) (?:\w+ )?plus (?:vite"
        r"|rapidement|facilement)\b",
        r"\b(?:bruit blanc|bouchons|masque de nuit|magnesium|valeriane|lavande|lait chaud"
        r"|camomille|tisane) (?:\w+ ){0,4}?(?:aide|sert|marche|fonctionne|bon)\b (?:\w+ ){0,3}?"
        r"(?:dormir|sommeil|endormir)\b",
    ),
    "pt": (
        r"\b(?:dormir|pegar no sono|adormecer|cair no sono) mais (?:rapido|depressa|facil)\b",
        r"\b(?:ruido branco|barulho branco|protetor de ouvido|tampao|mascara de dormir|magnesio"
        r"|valeriana|lavanda|leite morno|camomila) (?:\w+ ){0,4}?(?:ajuda|serve|funciona|e bom"
        r"|faz bem)\b (?:\w+ ){0,3}?(?:dormir|sono)\b",
    ),
    "ru": (
        r"\b(?:уснуть|заснуть|засыпать|засну|усну|вырубиться) (?:\w+ )?(?:быстрее|побыстрее"
        r"|быстро)\b",
        r"\b(?:быстрее|побыстрее|быстро) (?:\w+ )?(?:уснуть|заснуть|засыпать)\b",
        r"\b(?:белыи шум|розовыи шум|беруши|маска для сна|магни\w*|валериан\w*|лаванд\w*"
        r"|теплое молоко|ромашк\w*) (?:\w+ ){0,4}?(?:помога\w*|поможет|полезн\w*|работает)\b"
        r" (?:\w+ ){0,3}?(?:уснуть|заснуть|спать|сна|сну|засыпать)\b",
        r"\b(?:полезно|помогает|поможет) (?:ли )?(?:\w+ ){0,3}?(?:ромашк\w*|травян\w*|мелисс\w*"
        r"|валериан\w*) (?:\w+ ){0,2}?(?:перед сном|на ночь|для сна)\b",
        r"\b(?:ромашк\w*|травян\w*|мелисс\w*|валериан\w*) (?:\w+ ){0,2}?(?:перед сном|на ночь"
        r"|для сна) (?:\w+ ){0,2}?(?:полезн\w*|помога\w*|поможет|работает)\b",
    ),
}

# --- the worst imagined at every twitch ---------------------------------------------------------
_WORST: _Table = {
    "en": (
        r"\b(?:convinced|certain|sure|terrified|scared) (?:that )?(?:something|its something"
        r"|theres something) (?:is )?(?:seriously |really |very )?(?:wrong|bad|serious)\b",
        r"\bsomething (?:is )?(?:seriously |really )?wrong with me\b",
        r"\b(?:worrying|worry|worried|obsessing|panicking|freaking out|stressing) (?:about|over)"
        r" (?:\w+ ){0,2}?(?:every|each|any) (?:\w+ )?twitch\w*\b",
        r"\b(?:think|thinking|jump to|jumping to|assume|assuming|imagine) (?:of )?the worst\b",
    ),
    "de": (
        r"\b(?:denk\w*|rechne\w*) (?:\w+ ){0,2}?(?:an das|ans|mit dem) schlimmste\w*\b",
        r"\b(?:uberzeugt|ueberzeugt|sicher) (?:\w+ ){0,2}?(?:dass )?(?:etwas|was) (?:\w+ ){0,2}?"
        r"(?:nicht stimmt|schlimmes|ernstes)\b",
        r"\b(?:sorgen|panik|angst) (?:\w+ ){0,2}?(?:bei|wegen|um) (?:jede\w*|jedem) (?:\w+ )?"
        r"(?:zuck\w*|muskel\w*)\b",
    ),
    "es": (
        r"\b(?:pienso|pensar|me pongo) (?:\w+ ){0,2}?(?:en )?lo peor\b",
        r"\b(?:convencid[oa]|segur[oa]) de que (?:\w+ ){0,3}?algo (?:\w+ )?(?:grave|malo|mal)\b",
        r"\b(?:preocup\w*|obsesion\w*|agobi\w*|panico) (?:\w+ ){0,3}?cada (?:\w+ )?(?:tic|temblor"
        r"|espasmo|contraccion|tiron)\b",
    ),
    "fr": (
        r"\b(?:pense|penser|jpense|imagine|imaginer|jimagine) (?:\w+ ){0,2}?(?:au pire|le pire)\b",
        r"\bconvaincue? (?:\w+ ){0,4}?(?:quelque chose|un truc) (?:de )?(?:grave|qui va pas|qui ne"
        r" va pas)\b",
        r"\b(?:inquiet\w*|angoiss\w*|flipp\w*|panique\w*) (?:\w+ ){0,3}?(?:chaque|au moindre)"
        r" (?:\w+ )?(?:tic|tressaillement|spasme|contraction|sursaut)\b",
    ),
    "pt": (
        r"\b(?:penso|pensar|imagino|imaginar) (?:\w+ ){0,2}?(?:no|o) pior\b",
        r"\b(?:convencid[oa]|cert[oa]) (?:\w+ ){0,2}?que (?:\w+ ){0,3}?(?:algo|alguma coisa)"
        r" (?:\w+ ){0,2}?(?:grave|errado|serio)\b",
        r"\b(?:preocup\w*|noia|neura|encan\w*|panico) (?:\w+ ){0,3}?(?:cada|qualquer) (?:\w+ )?"
        r"(?:tremor|tremida|espasmo|tique|contracao|repuxo)\b",
    ),
    "ru": (
        r"\b(?:думаю|думать|накручиваю|представляю) (?:\w+ ){0,2}?(?:о )?(?:самом )?(?:худшем"
        r"|страшном)\b",
        r"\bсо мнои что то (?:\w+ )?(?:не так|серьезное|страшное)\b",
        r"\b(?:переживаю|волнуюсь|паникую|накручиваю себя) (?:\w+ ){0,3}?(?:каждо\w*|любо\w*)"
        r" (?:\w+ )?(?:подергивани\w*|дергани\w*|тик\w*|спазм\w*)\b",
    ),
}

# --- history ----------------------------------------------------------------------------------
_HISTORY: _Table = {
    "en": (
        r"\b(?:see|view|look at|go over|reread|re read|review|look back at|pull up|scroll"
        r" through) (?:\w+ ){0,2}?my (?:old |past |previous |earlier |last weeks |last months )?"
        r"(?:check ?ins|checkins|entries|logs)\b",
        r"\b(?:which|what) days? of the week (?:\w+ ){0,3}?(?:do i|am i|i|my|does my|is my)\b",
    ),
    "de": (
        r"\bmeine (?:alten |bisherigen |letzten |vergangenen |fruheren )?(?:check ?ins|checkins"
        r"|eintrage|eintraege) (?:\w+ ){0,5}?(?:sehen|ansehen|anschauen|anzeigen|nachlesen"
        r"|durchsehen|durchgehen)\b",
        r"\bzeig (?:mir )?(?:meine|die) (?:\w+ )?(?:check ?ins|checkins|eintrage|eintraege)\b",
        r"\ban welche\w* (?:wochen)?tag\w* (?:\w+ ){0,3}?(?:hab|habe|ich|zuckt\w*|schlaf\w*)\b",
        r"\bwelche\w* wochentag\w* (?:\w+ ){0,3}?(?:hab|habe|ich|zuckt\w*|schlaf\w*)\b",
    ),
    "es": (
        r"\b(?:ver|revisar|repasar|consultar|mirar|releer|volver a ver|ensename|muestrame)"
        r" (?:\w+ ){0,2}?mis (?:\w+ )?(?:check ?ins|checkins|registros|entradas)\b",
        r"\b(?:que|cual|cuales|en que) dias? de la semana (?:\w+ ){0,3}?(?:suelo|tengo|yo|me"
        r"|duermo|tiemblo)\b",
    ),
    "fr": (
        r"\b(?:revoir|relire|voir|consulter|regarder|afficher|montre moi|retrouver) (?:\w+ ){0,2}?"
        r"mes (?:anciens |derniers |precedents )?(?:check ?ins?|checkins?|entrees|bilans)\b",
        r"\bquels? jours? de la semaine (?:\w+ ){0,3}?(?:j ?ai|je|est ce que je|mes)\b",
    ),
    "pt": (
        r"\b(?:ver|rever|revisar|consultar|olhar|mostra|mostrar|reler) (?:\w+ ){0,2}?(?:os"
        r" |as )?(?:meus|minhas) (?:\w+ )?(?:check ?ins|checkins|registros|entradas|anotacoes)\b",
        r"\b(?:que|qual|quais) dias? da semana (?:\w+ ){0,3}?(?:eu|costumo|tenho|durmo)\b",
    ),
    "ru": (
        r"\b(?:посмотреть|пересмотреть|глянуть|покажи|показать|перечитать|открыть) (?:\w+ ){0,2}?"
        r"(?:мои|свои|прошлые|старые) (?:\w+ )?(?:чек ?ины|чекины|записи|отметки|ответы)\b",
        r"\b(?:в какие дни|в какои день|какои день|по каким дням) недели (?:\w+ ){0,3}?(?:у"
        r" меня|я|мне)\b",
    ),
}

# --- report -----------------------------------------------------------------------------------
_THERAPIST = {
    "en": r"therapist|psychologist|psychiatrist|counsel+or|neurologist|shrink",
    "de": r"therapeut\w*|psycholog\w*|psychiater\w*|neurolog\w*|hausarzt\w*|arztin",
    "es": r"terapeuta|psicolog[oa]|psiquiatra|neurolog[oa]",
    "fr": r"psy|psychologue|psychiatre|therapeute|neurologue|medecin|toubib",
    "pt": r"terapeuta|psicolog[oa]|psiquiatra|neurologista",
    "ru": r"терапевт\w*|психолог\w*|психиатр\w*|психотерапевт\w*|невролог\w*",
}
_SUMMARY = {
    "en": r"summary|summarise|summarize|overview|sum up|export",
    "de": r"ubersicht|uebersicht|zusammenfass\w*|export\w*",
    "es": r"resumen|resumir|resumeme|exportar",
    "fr": r"resume|resumer|recap\w*|synthese|exporter",
    "pt": r"resumo|resumir|exportar",
    "ru": r"сводк\w*|резюме|обобщи|выгрузи\w*|экспорт\w*",
}
_SEND_TO = {
    "en": r"send|email|e mail|mail|forward|show",
    "de": r"mailen|schicken|senden|zeigen|weiterleiten|zukommen lassen",
    "es": r"mandar(?:le|selo)?|enviar(?:le|selo)?|mostrar(?:le|selo)?|reenviar(?:le)?",
    "fr": r"envoyer|envoie|montrer|transmettre|mailer",
    "pt": r"mandar|enviar|mostrar|encaminhar",
    "ru": r"отправить|отправлю|переслать|перешлю|показать|покажу|скинуть|скину",
}
# A report due at work ("отчёт горит", "the quarterly report is due") is not the bot's.
_WORK_REPORT = {
    "en": r"\b(?:quarterly|annual|work|school|lab|sales|expense|project) reports?\b|\breports?"
    r" (?:is |are )?(?:due|overdue)\b|\breport (?:for|to) (?:my |the )?(?:boss|manager|client)\b",
    "de": r"\b(?:quartals|jahres|arbeits|projekt)bericht\w*\b|\bbericht (?:\w+ ){0,2}?(?:abgeben"
    r"|fertig ?machen|fertigstellen)\b|\bbericht fur (?:den |meinen |meine )?(?:chef|chefin"
    r"|kunden)\b",
    "es": r"\binforme (?:\w+ ){0,2}?(?:para (?:el|mi) jefe|trimestral|anual|del trabajo)\b"
    r"|\b(?:entregar|terminar) (?:el|un|mi) informe\b",
    "fr": r"\brapport (?:\w+ ){0,2}?(?:a rendre|pour (?:le|mon|ma) (?:chef|boss|patron|client)"
    r"|trimestriel|annuel)\b|\b(?:rendre|finir|boucler|terminer) (?:le|un|mon) rapport\b",
    "pt": r"\brelatorio (?:\w+ ){0,2}?(?:pra entregar|para entregar|do trabalho|pro chefe|para o"
    r" chefe|trimestral|anual)\b|\b(?:entregar|terminar|fechar) (?:o|um|meu) relatorio\b",
    "ru": r"\bотчет\w* (?:\w+ )?(?:горит|горят|сдавать|для начальства|для начальника)\b"
    r"|\b(?:сдать|сдаю|сдавать|доделать|дописать|доделываю) (?:\w+ )?отчет\w*\b"
    r"|\b(?:квартальн\w*|годов\w*) отчет\w*",
}

# --- checkin ----------------------------------------------------------------------------------
_CHECKIN: _Table = {
    "en": (
        r"\b(?:do|start|fill in|fill out) (?:tonights|todays|this evenings|tonight s|today s)"
        r"(?: one| check ?in)?\b",
        r"\b(?:got|saw|there s|theres) (?:the|your) (?:reminder|ping|nudge) (?:\w+ ){0,4}?(?:lets"
        r" go|lets start|lets do it|lets do this|ready)\b",
    ),
    "de": (
        r"\b(?:erinnerung|nachricht) (?:ist )?(?:gekommen|da|angekommen) (?:\w+ ){0,3}?(?:los"
        r" gehts|legen wir los|fangen wir an|machen wir|auf gehts)\b",
        r"\b(?:lass|lasst) uns (?:\w+ ){0,2}?(?:den |die |das )?(?:heutigen|von heute|fur heute)"
        r" (?:\w+ )?(?:machen|eintragen|ausfullen)\b",
    ),
    "es": (
        r"\b(?:me (?:llego|ha llegado|salto)|recibi|vi) (?:el|tu) (?:recordatorio|aviso)"
        r" (?:\w+ ){0,3}?(?:dale|vamos|empezamos|empecemos|venga|listo)\b",
        r"\b(?:hagamos|hacemos) (?:el|lo) de (?:hoy|esta noche)\b",
    ),
    "fr": (
        r"\b(?:recu|vu) (?:le|ton) (?:rappel|message|notif\w*) (?:\w+ ){0,3}?(?:on y va|c ?est"
        r" parti|on commence|vas y)\b",
        r"\bon fait (?:celui|celle) de (?:ce soir|aujourd ?hui)\b",
    ),
    "pt": (
        r"\b(?:chegou|recebi|vi) o (?:lembrete|aviso) (?:\w+ ){0,3}?(?:bora|vamos|vamo|comecamos"
        r"|pode comecar)\b",
        r"\b(?:fazer|faz|fazemos|bora fazer) o de (?:hoje|hoje a noite)\b",
    ),
    "ru": (
        r"\b(?:пришло|получил\w*|увидел\w*) (?:\w+ )?напоминани\w* (?:\w+ ){0,3}?(?:даваи|поехали"
        r"|начинаем|начнем|го)\b",
        r"\b(?:даваи|можем) (?:\w+ )?(?:сделаем|сделать|заполним|заполнить) (?:\w+ )?"
        r"(?:сегодняшн\w*|за сегодня|вечерн\w*)\b",
    ),
}

# --- pause ------------------------------------------------------------------------------------
_PAUSE: _Table = {
    "en": (
        r"\b(?:ill|i will|i ll) (?:turn|switch|put) (?:them|it|those) back on\b",
        r"\bturn (?:them|it) back on (?:myself|later)\b",
    ),
    "de": (
        r"\bhor\w* (?:\w+ ){0,2}?(?:kurz|erstmal|ne weile|eine weile|heute|bis morgen) (?:\w+ )"
        r"{0,1}?auf (?:mir|mich) (?:\w+ ){0,2}?(?:schreiben|anzuschreiben|nerven|erinnern)\b",
        r"\b(?:spater|dann) (?:\w+ ){0,2}?(?:selbst|selber) wieder (?:an|ein)\b",
    ),
    "es": (
        r"\bdeja de (?:escribirme|mandarme mensajes|mensajearme|molestarme) (?:\w+ ){0,1}?(?:un"
        r" rato|un tiempo|por hoy|un momento|unos dias|por ahora)\b",
        r"\b(?:luego|despues|mas tarde) (?:\w+ ){0,2}?(?:las|los) (?:vuelvo a activar|activo"
        r"|reactivo|prendo)\b",
    ),
    "fr": (
        r"\barrete (?:de m ?ecrire|de m ?envoyer des messages|de me spammer) (?:\w+ ){0,1}?"
        r"(?:deux secondes|un moment|un peu|un temps|pour l ?instant|pour aujourd ?hui)\b",
        r"\bje (?:les|le|la) (?:reactive\w*|remets|remettrai|rallume\w*) (?:\w+ ){0,2}?(?:plus"
        r" tard|moi meme|apres)\b",
    ),
    "pt": (
        r"\bpara de (?:me )?(?:escrever|mandar mensage\w*|mandar msg) (?:\w+ ){0,1}?(?:um pouco"
        r"|um tempo|por hoje|por enquanto|uns dias)\b",
        r"\b(?:depois|mais tarde) (?:eu )?(?:mesm[oa] )?(?:ligo|ativo|reativo|religo|volto a"
        r" ligar)\b",
    ),
    "ru": (
        r"\b(?:отключи|выключи|отруби)\w* пока\b",
        r"\bпока (?:отключи|выключи|отруби)\w*",
        r"\b(?:потом|позже) (?:\w+ ){0,2}?включ(?:у|им)\b",
        r"\b(?:перестань|хватит|не пиши) (?:мне )?(?:писать )?(?:пока|какое то время|немного"
        r"|сегодня|пару днеи)\b",
    ),
}

# --- settings: the clock's format -----------------------------------------------------------
_SETTINGS: _Table = {
    "en": (
        r"\b(?:twenty four|twelve) ?(?:h|hr|hour)s? (?:clock|format|time)\b",
        r"\bhour(?<=[12][24] hour) (?:clock|format|time)\b",
        r"\bhours(?<=[12][24] hours) (?:clock|format|time)\b",
        r"\bclock(?<=[12][24]h clock)\b|\bformat(?<=[12][24]h format)\b",
        r"\b(?:format|clock) (?:\w+ ){0,2}?(?:24|12) ?(?:h|hr|hour)s?\b|\bmilitary time\b",
    ),
    "de": (
        r"\bstundenformat\b|\bformat(?<=[12][24]h format)\b|\banzeige(?<=[12][24]h anzeige)\b",
        r"\b(?:format|anzeige|uhrzeit) (?:\w+ ){0,2}?(?:24|12) ?(?:h|stunden)\b",
    ),
    "es": (r"\bformato (?:de )?(?:24|12) ?(?:h|horas)\b",),
    "fr": (r"\bformat (?:de |en )?(?:24|12) ?(?:h|heures)\b",),
    "pt": (r"\bformato (?:de )?(?:24|12) ?(?:h|horas)\b",),
    "ru": (r"\bформат\w* (?:\w+ )?(?:24|12) ?(?:ч|час\w*)",),
}

# --- coffee: the nth cup or mug, whatever the drink --------------------------------------------
_COFFEE: _Table = {
    "en": (
        r"\b(?:second|third|fourth|fifth) (?:cup|mug|pot|can)\b",
        r"\b(?:cup|mug|pot|can)(?<=2nd cup|3rd cup|4th cup|5th cup|2nd mug|3rd mug|4th mug"
        r"|5th mug)\b",
    ),
    "de": (r"\b(?:zweite|dritte|vierte|funfte) (?:tasse|becher|pott|kanne|dose)\b",),
    "es": (r"\b(?:segunda|tercera|cuarta|quinta) (?:taza|tacita|lata)\b",),
    "fr": (
        r"\b(?:deuxieme|troisieme|quatrieme|cinquieme) (?:tasse|mug)\b",
        r"\btasse(?<=[2345]e tasse)\b",
    ),
    "pt": (r"\b(?:segunda|terceira|quarta|quinta) (?:xicara|xicrinha|caneca|lata)\b",),
    "ru": (r"\b(?:втор|трет|четверт|пят)\w* (?:кружк\w*|чашк\w*|чашечк\w*|банк\w*)\b",),
}

# --- greeting and goodnight --------------------------------------------------------------------
_NEW_HERE: _Table = {
    "en": (
        r"\b(?:first time (?:using|trying|here|on)|just (?:downloaded|joined|signed up|installed"
        r"|found) (?:this|the app|you))\b|\bnew here\b(?<!nothing new here)",
    ),
    "de": (
        r"\b(?:bin|ich bin) (?:ganz |noch )?neu (?:hier|dabei)\b|\b(?:erstes mal|zum ersten mal)"
        r" hier\b|\b(?:app|bot) (?:\w+ ){0,2}?empfohlen\b",
    ),
    "es": (
        r"\bsoy nuev[oa] (?:aqui|aca|por aqui|en esto)\b|\bprimera vez (?:que uso|aqui|usando)\b"
        r"|\bme (?:recomendo|recomendaron) (?:la app|esta app|el bot|este bot)\b",
    ),
    "fr": (
        r"\b(?:je suis )?(?:nouveau|nouvelle) ici\b|\bpremiere fois (?:que j ?utilise|ici|sur)\b"
        r"|\bm ?a (?:conseille|recommande) (?:l ?appli|l ?app|ce bot|cette app)\b",
    ),
    "pt": (
        r"\bsou nov[oa] (?:aqui|por aqui|no app)\b|\bprimeira vez (?:aqui|usando|que uso)\b"
        r"|\bme (?:indicou|recomendou|indicaram|recomendaram) (?:o app|esse app|o bot|esse bot"
        r"|o aplicativo)\b",
    ),
    "ru": (
        r"\bя (?:тут|здесь) нов\w*|\bя нов\w* (?:тут|здесь)\b|\b(?:впервые|первыи раз) (?:тут"
        r"|здесь|пользуюсь)\b|\b(?:посоветовал\w*|порекомендовал\w*) (?:\w+ ){0,2}?"
        r"(?:приложени\w*|бот\w*)\b",
    ),
}
_SIGN_OFF: _Table = {
    "en": (
        r"\b(?:thats|that s|that is) (?:me|it for (?:me|today|tonight)|all for (?:me|today"
        r"|tonight)) (?:\w+ ){0,4}?(?:talk|speak|chat|see|catch) (?:you |u |ya )?(?:tomorrow|tmrw"
        r"|tmr|tmw|tomoz|2moro|2morrow|later|soon)\b",
        r"\b(?:talk|speak|chat) (?:to )?(?:you |u |ya )?(?:tomorrow|tmrw|tmr|tmw|tomoz|2moro"
        r"|2morrow) x*$",
    ),
    "de": (
        r"\b(?:das wars|das war s|bin raus|ich bin raus|ich mach schluss|feierabend)"
        r" (?:\w+ ){0,4}?(?:bis morgen|bis dann|bis spater|tschuss|ciao|gute nacht)\b",
    ),
    "es": (
        r"\b(?:eso es todo|me piro|me las piro|me voy yendo) (?:\w+ ){0,4}?(?:hasta manana|nos"
        r" vemos|hablamos manana|besos|besitos|chao)\b",
        r"\bhablamos manana (?:besos|besitos|chao|bye)?$",
    ),
    "fr": (
        r"\b(?:je file|j ?y vais|je me casse|je te laisse|je me sauve|je decolle|c ?est tout pour"
        r" (?:moi|aujourd ?hui|ce soir)) (?:\w+ ){0,3}?(?:bisous|biz|bisou|bises|a demain|a plus"
        r"|ciao|salut|bonne nuit|tchao)\b",
    ),
    "pt": (
        r"\b(?:vou nessa|fui|to indo|vou indo|vou ralar|por hoje e so|e isso por hoje) (?:\w+ )"
        r"{0,3}?(?:beijos?|bjs|bjo|ate amanha|falou|flw|tchau|boa noite)\b",
    ),
    "ru": (
        r"\b(?:ну все|на сегодня все|я пошел|я пошла|побежал\w*|убегаю|ладно я все) (?:\w+ ){0,3}?"
        r"(?:до завтра|пока|целую|обнимаю|спокоинои|споки|созвонимся)\b",
    ),
}
# Signing off alone: "allez je file", "ich bin raus", "me piro", "vou nessa", "я побежал".
_SIGN_OFF_WHOLE: _Table = {
    "en": (r"(?:ok |okay |alright |right )?(?:im off|i m off|gotta run|thats me done)(?: x+)?",),
    "de": (r"(?:so |ok |also )?(?:ich bin raus|bin raus|ich bin dann mal weg|bin weg)",),
    "es": (r"(?:bueno |venga |vale )?(?:me piro|me las piro|me voy yendo)",),
    "fr": (r"(?:allez |bon |ok )?(?:je file|je me sauve|je me casse|je decolle)",),
    "pt": (r"(?:bom |entao |beleza )?(?:vou nessa|fui|vou indo)",),
    "ru": (r"(?:ну |ладно |все )?(?:я побежал\w*|я пошел|я пошла|убегаю)",),
}

# "How does it work, what can you do" after who recommended the bot asks for help, not a hello.
_HOW_IT_WORKS = {
    "en": r"\bhow (?:does|do) (?:this|it|you) work\b|\bwhat (?:can|do) you do\b|\bexplain"
    r" (?:\w+ ){0,2}?how\b",
    "de": r"\bwie (?:funktioniert|funktionierst|geht) (?:das|du|es)\b|\bwas (?:kannst|machst) du\b"
    r"|\berklar\w* (?:\w+ ){0,3}?(?:wie|was)\b",
    "es": r"\bcomo funciona\w*|\bque (?:puedes|sabes|puede|sabe) hacer\b|\bexplica\w* (?:\w+ )"
    r"{0,3}?(?:como|que)\b",
    "fr": r"\bcomment (?:ca|tu|il|vous) (?:marche\w*|fonctionne\w*)\b|\bson fonctionnement\b"
    r"|\b(?:quest ce que|que) (?:tu sais|vous savez|tu peux|vous pouvez) faire\b",
    "pt": r"\bcomo (?:isso |voce |vc |o app |o bot )?funciona\b|\bo que (?:voce|vc) (?:faz|sabe"
    r" fazer|pode fazer)\b|\bexplica\w* (?:\w+ ){0,3}?como\b",
    "ru": r"\bкак (?:это |ты |он |вы )?работае\w*|\bчто (?:ты|вы) (?:умее\w*|можеш\w*|может\w*)",
}

FOUND: dict[Intent, _Table] = {
    Intent.PAUSE: _PAUSE,
    Intent.SETTINGS: _SETTINGS,
    Intent.REPORT: {
        language: (
            rf"\b(?:{_SUMMARY[language]}) (?:\w+ ){{0,8}}?(?:{_THERAPIST[language]})\b",
            rf"\b(?:{_SEND_TO[language]}) (?:\w+ ){{0,3}}?(?:{_THERAPIST[language]})\b",
            rf"\b(?:{_THERAPIST[language]}) (?:\w+ ){{0,1}}?(?:{_SEND_TO[language]})\b",
        )
        for language in _LANGUAGES
    },
    Intent.HISTORY: _HISTORY,
    Intent.CHECKIN: _CHECKIN,
    Intent.CAFFEINE_QUESTION: _CAFFEINE_Q,
    Intent.SLEEP_QUESTION: {
        language: (*_SLEEP_Q[language], _GET_UP_OR_STAY[language]) for language in _LANGUAGES
    },
    Intent.TWITCHING: _TWITCH_NOW,
    Intent.ANXIOUS: _WORST,
    Intent.COFFEE: _COFFEE,
    Intent.GREETING: _NEW_HERE,
    Intent.GOODNIGHT: _SIGN_OFF,
}
UNLESS: dict[Intent, _Table] = {
    Intent.CAFFEINE_QUESTION: {
        language: (_NOW_BODY[language], _LOGGING_IT[language], _HERBAL_AT_NIGHT[language])
        for language in _LANGUAGES
    },
    Intent.TWITCHING: _WORST,
    Intent.REPORT: {language: (_WORK_REPORT[language],) for language in _LANGUAGES},
    Intent.GREETING: {language: (_HOW_IT_WORKS[language],) for language in _LANGUAGES},
}
KEEP: dict[Intent, _Table] = {
    Intent.SLEEP_QUESTION: {language: (_GET_UP_OR_STAY[language],) for language in _LANGUAGES},
}
WHOLE: dict[Intent, _Table] = {
    Intent.GOODNIGHT: _SIGN_OFF_WHOLE,
}
