"""What people commonly type, per intent and language, over text as `bot.core.typed.normalise`
leaves it: lower case, accents and apostrophes gone ("n'arrive" is "narrive", "й" is "и", "ё" is
"е", "ß" is "ss"), punctuation and emoji as single spaces.

`FOUND` is searched anywhere in a message; `UNLESS` takes the find back (a negation: "not
anxious any more"). `WHOLE` must be the whole message, give or take `FILLERS` at either end:
greetings, thanks and a bare "help" are about nothing else only when they are alone.
"""

from __future__ import annotations

from bot.core.intents.intent import Intent
from bot.core.intents.rules_eleventh import FOUND as ELEVENTH_FOUND
from bot.core.intents.rules_eleventh import KEEP as ELEVENTH_KEEP
from bot.core.intents.rules_eleventh import UNLESS as ELEVENTH_UNLESS
from bot.core.intents.rules_eleventh import WHOLE as ELEVENTH_WHOLE
from bot.core.intents.rules_ninth import FOUND as NINTH_FOUND
from bot.core.intents.rules_ninth import ON_EDGE
from bot.core.intents.rules_ninth import UNLESS as NINTH_UNLESS
from bot.core.intents.rules_ninth_u import FOUND as NINTH_U_FOUND
from bot.core.intents.rules_ninth_u import UNLESS as NINTH_U_UNLESS
from bot.core.intents.rules_tenth_d import FOUND as TENTH_D_FOUND
from bot.core.intents.rules_tenth_d import KEEP as TENTH_D_KEEP
from bot.core.intents.rules_tenth_d import UNLESS as TENTH_D_UNLESS
from bot.core.intents.rules_tenth_d import WHOLE as TENTH_D_WHOLE
from bot.core.intents.rules_thirteenth import FOUND as THIRTEENTH_FOUND
from bot.core.intents.rules_thirteenth import KEEP as THIRTEENTH_KEEP
from bot.core.intents.rules_thirteenth import UNLESS as THIRTEENTH_UNLESS
from bot.core.intents.rules_thirteenth import WHOLE as THIRTEENTH_WHOLE
from bot.core.intents.rules_twelfth import FOUND as TWELFTH_FOUND
from bot.core.intents.rules_twelfth import KEEP as TWELFTH_KEEP
from bot.core.intents.rules_twelfth import UNLESS as TWELFTH_UNLESS
from bot.core.intents.rules_twelfth import WHOLE as TWELFTH_WHOLE

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
            r"\b(?:still|wide|lying|laying|lie|lay) (?:here |there )?awake\b|\bawake all night\b"
            r"|\bup all night\b",
            r"\bkeep waking up\b|\bsleep wont come\b",
            # Tossing and turning; woken in the night and not getting back to sleep.
            r"\btoss(?:ing|ed)? and turn(?:ing|ed)?\b|\btoss n turn\w*"
            r"|\b(?:cant|cannot|couldnt|can not|unable to|trying to) (?:get|go|fall) back to"
            r" (?:sleep|bed)\b|\b(?:get|go|fall) back (?:to sleep|asleep)\b (?:\w+ )?(?:wont|isnt"
            r"|not) happen",
        ),
        "de": (
            r"\bkann (?:\w+ ){0,3}nicht (?:ein|durch)?schlafen\b",
            r"\bschlaflos\w*|\bschlafstorung\w*|\b(?:ein|durch)schlafproblem\w*",
            r"\b(?:liege|lag|bin) (?:\w+ ){0,2}wach\b|\bimmer noch wach\b",
            r"\bfinde keinen schlaf\b|\bkein auge zu\w*|\bschlafe (?:\w+ )?(?:schlecht|nicht)\b",
            # "lieg seit 1 uhr wach", "an schlaf ist null zu denken", "null müde" at night.
            r"\b(?:lieg|liege|lag) (?:\w+ ){0,3}wach\b|\ban schlaf ist (?:\w+ )?(?:nicht|null"
            r"|gar nicht) zu denken\b|\b(?:null|gar nicht|kein bisschen|uberhaupt nicht) mude\b",
            r"\b(?:walz|waelz)\w* (?:\w+ ){0,4}(?:hin und her|im bett|von einer seite)"
            r"|\bnicht (?:mehr |wieder )+(?:ein)?(?:schlafen|pennen)\b",
        ),
        "es": (
            r"\bno (?:me )?(?:puedo|logro|consigo|pude|podia) (?:\w+ ){0,3}dormir\w*",
            r"\binsomnio\b|\bsin (?:poder )?dormir\b|\bdesvelad[oa]s?\b",
            r"\b(?:sigo|estoy|todavia|aun) (?:\w+ )?despiert[oa]\b",
            r"\bme cuesta (?:\w+ )?dormir\w*|\bno me (?:puedo )?duermo\b",
            r"\bno (?:he )?peg\w* (?:el )?ojo\b|\bsin pegar (?:el )?ojo\b",
            r"\b(?:dando|doy|di|dar|damos) (?:\w+ )?vueltas (?:\w+ ){0,2}(?:en|por) (?:la"
            r"|mi) cama\b"
            r"|\bno (?:\w+ )?(?:vuelvo|volvi|logro volver|consigo volver"
            r"|puedo volver) a dormir\w*",
        ),
        "fr": (
            r"\b[nj]?(?:peux|arrive|parviens|reussis|arrivais|pouvais) (?:\w+ )?pas (?:a )?"
            r"(?:m ?)?(?:en)?dormir\b",
            r"\bimpossible de (?:m ?)?(?:en)?dormir\b|\binsomnies?\b|\bnuits? blanches?\b",
            r"\b(?:toujours|encore) (?:\w+ )?(?:eveille|reveille)e?\b",
            r"\bje dors (?:pas|mal)\b|\bpas ferme l?(?:oeil|œil)\b",
            r"\b(?:me )?tourne et (?:me )?retourne\b|\brendormir\b",
        ),
        "pt": (
            r"\bnao (?:consigo|consegui|posso|pude) (?:\w+ ){0,3}dormir\b",
            r"\binsonia\b|\bsem (?:conseguir )?dormir\b|\bperdi o sono\b|\bnoite em claro\b",
            r"\b(?:ainda|continuo|to|estou|eu aqui) (?:\w+ )?acordad[oa]\b",
            r"\bnao (?:durmo|dormi)\b|\bdificuldade (?:para|pra|de|em) dormir\b",
            r"\b(?:virando|viro|virei|rolando|rolo|rolei) (?:\w+ ){0,3}(?:na cama|de um lado"
            r" (?:pro|para o|pra o) outro)\b|\bnao (?:\w+ )?(?:volto|voltei|consigo voltar"
            r"|vou voltar) a dormir\b",
        ),
        "ru": (
            r"\bне (?:могу|получается|удается|смогла?|могла?|выходит) (?:\w+ )?(?:у|за)?"
            r"(?:снуть|спать)\b",
            r"\bбессонниц\w*|\bне спится\b|\bне сплю\b|\bбез сна\b|\bсон не идет\b",
            # Russian typed in Latin letters.
            r"\bne (?:mogu|poluchaetsya|vyhodit) (?:\w+ )?(?:u|za)?(?:snut|spat)\b"
            r"|\bne (?:splju|splyu|spitsya|spitsja)\b|\bbessonnic\w*",
            r"\bворочаю\w*|\bворочал\w*|\bvorochaju\w*|\bvorochayu\w*",
        ),
    },
    Intent.ANXIOUS: {
        "en": (
            r"\banxi(?:ous|ety)\b|\bpanic\w*|\bnervous\b|\bworr(?:ied|ying)\b",
            r"\bstressed\b|\bon edge\b|\bfreaking out\b|\boverwhelmed\b|\bscared\b|\bafraid\b",
            # Thoughts that go round and will not stop.
            r"\boverthink\w*|\bruminat\w*|\bracing (?:thoughts|mind)\b|\bmind (?:is "
            r"|keeps )?racing"
            r"\b|\b(?:cant|cannot|couldnt) (?:stop|turn off) (?:thinking|worrying|my (?:brain|mind"
            r"|head))\b|\b(?:cant|cannot|couldnt) calm (?:down|myself)\b|\b(?:expecting|thinking"
            r"|imagining|assuming|fearing) the worst\b",
        ),
        "de": (
            r"\b(?:angst\w*|aengst\w*|angstlich\w*|panik\w*|nervos|nervoes|unruhig)\b",
            r"\b(?:gestresst|stress|besorgt|sorgen|uberfordert|ueberfordert|angespannt)\b",
            r"\bgru(?:e)?b(?:e)?l\w*|\bgedankenkarussell\b|\bkopfkino\b"
            r"|\bkomm\w* (?:\w+ )?nicht (?:mehr )?zur"
            r" ruhe\b|\bkann mich (?:\w+ )?nicht (?:mehr )?beruhigen\b|\b(?:denke|rechne"
            r"|befurchte)"
            r" (?:\w+ ){0,3}(?:das|mit dem) schlimmste\w*",
        ),
        "es": (
            r"\b(?:ansios[oa]s?|ansiedad|panico|nervios[oa]s?|estresad[oa]s?|estres)\b",
            r"\b(?:preocupad[oa]s?|agobiad[oa]s?|angustiad[oa]s?|angustia|miedo)\b",
            r"\bagobi(?:o|os|a|an|arme|andome)\b|\bno (?:paro|dejo) de (?:darle vueltas|pensar"
            r"|comerme la cabeza|rayarme)\b|\bdandole vueltas\b|\bme (?:estoy )?rayando\b"
            r"|\bno (?:me )?(?:puedo|consigo|logro) calmar\w*|\bpensando (?:en )?lo peor\b"
            r"|\bla cabeza a mil\b",
        ),
        "fr": (
            r"\b(?:anxieu(?:x|se)|anxiete|angoiss\w*|paniqu\w*|panique|nerveu(?:x|se))\b",
            r"\b(?:stress\w*|inquiet\w*|sous pression|peur)\b",
            r"\brumin\w*|\b[nj]?(?:arrive|arrivais|parviens|peux) (?:\w+ )?pas a me calmer\b"
            r"|\bimpossible de me calmer\b|\bje pense a tout\b|\b(?:pense|pensant"
            r"|imagine) (?:\w+ )?au"
            r" pire\b|\bgamberg\w*|\bcogit\w*|\bla tete qui (?:tourne|bouillonne)\b",
        ),
        "pt": (
            r"\b(?:ansios[oa]s?|ansiedade|panico|nervos[oa]s?|estressad[oa]s?|estresse)\b",
            r"\b(?:preocupad[oa]s?|angustiad[oa]s?|angustia|aflit[oa]|medo)\b",
            r"\bnao (?:paro|consigo parar) de pensar\b|\b(?:pensando|pensar"
            r"|penso) (?:\w+ )?no pior"
            r"\b|\bnao (?:\w+ )?consigo (?:me )?acalmar\b|\bcabeca a mil\b|\bnoiad[oa]\b"
            r"|\bencucad[oa]\b",
        ),
        "ru": (
            r"\b(?:тревог\w*|тревож\w*|паник\w*|нервнича\w*|нервы|стресс\w*)",
            r"\b(?:беспоко\w*|волнуюсь|волнение|страшно|боюсь)\b",
            r"\bне (?:могу|получается) (?:\w+ )?успокоиться\b|\bнакручива\w*"
            r"|\bдума\w* о (?:самом )?"
            r"худшем\b|\bне (?:могу|получается) перестать думать\b|\bзагоня(?:юсь|ешься|ется|лся"
            r"|лась)\b",
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

# --- asking for what the bot does, and questions (issue 20) -------------------------------------
# Each language's question openers and caffeine and sleep words, combined below: a caffeine or
# sleep word near a question word asks about it ("is green tea better than coffee"), while the
# word alone logs a coffee or says sleep won't come.
_Q = {
    "en": r"is|are|does|do|can i|could i|should i|would|will|how|why|what|which|when|tips?"
    r"|advice|any way|ways? to|best way|okay to|ok to|safe to|bad to",
    "de": r"ist|sind|macht|machen|verursacht|fuhrt|kann ich|darf ich|soll ich|sollte ich|wie ?viel"
    r"|wieviel|wie"
    r"|warum|wieso|weshalb|was|hilft|tipps?|gibt es",
    "es": r"es|son|puede|puedo|debo|deberia|cuanto|cuanta|cuantos|cuantas|por que|porque|como"
    r"|que tan|consejos?|tips?|sirve|ayuda|hay alguna|esta bien|es malo|es normal|esta mal"
    r"|es mejor",
    "fr": r"est ce|estce|est il|combien|pourquoi|comment|peut|peux|puis je|dois je|devrais|faut il"
    r"|quel|quelle|conseils?|astuces?|cest grave|c est grave|c grave|c est normal|cest normal"
    r"|normal|vaut il mieux|est il mieux",
    "pt": r"quanto|quanta|quantos|quantas|por que|porque|pode|posso|devo|deveria|sera|como|dicas?"
    r"|conselhos?|o que|qual|e normal|faz mal|e ruim|tem como|e melhor",
    # "только что" (just now), "потому что" and "так что" ask nothing.
    "ru": r"можно|сколько|почему|ли|стоит|нужно|надо|как|(?<!только )(?<!потому )(?<!так )что"
    r"|какои|какая|советы?|нормально",
}
_CAFFEINE = {
    "en": r"coffees?|caffeine|espressos?|green tea|black tea|tea|energy drinks?|cola|coke|matcha"
    r"|decaf|red bull|monster",
    "de": r"kaffee\w*|koffein\w*|espresso|grun\w* tee|schwarz\w* tee|tee|energy(?: ?drinks?"
    r"| ?zeug| ?dosen?)?|cola|mate|red bull|monster|entkoffeiniert\w*",
    "es": r"cafe|cafes|cafeina|te verde|te negro|un te|el te|bebidas? energeticas?|cola|mate"
    r"|descafeinado|red bull|monster",
    "fr": r"cafes?|cafeine|the vert|the noir|du the|le the|boissons? energisantes?|coca|deca"
    r"|red bull",
    "pt": r"cafe|cafes|cafeina|cha verde|cha preto|cha|energeticos?|coca|descafeinado|chimarrao"
    r"|bicas?|galao|galoes",
    "ru": r"кофе\w*|кофеин\w*|зелены\w* чаи|черны\w* чаи|чаи|энергетик\w*|кола|декаф",
}
_CAUSES = {
    "en": r"make|makes|making|cause|causes|causing|worse|worsen|trigger|triggers|bad|good|okay|ok"
    r"|safe|affect|affects|linked|related|responsible|blame|better than|help|stronger",
    "de": r"schlimmer|verschlimmer\w*|schlecht|schadlich|ursache|auslos\w*|verstark\w*"
    r"|verursach\w*"
    r"|besser als|schuld|ok|in ordnung|starker|staerker",
    "es": r"empeora\w*|causa\w*|provoca\w*|afecta\w*|malo|mala|hace mal|tiene que ver|culpa"
    r"|aumenta\w*|mejor que|peor|mas fuerte",
    "fr": r"aggrave\w*|empire|cause\w*|provoque\w*|augmente\w*|mauvais|nocif|responsable|lie"
    r"|joue|meilleur que|pire|plus forts?",
    "pt": r"piora\w*|causa\w*|provoca\w*|faz mal|aumenta\w*|ruim|culpa|afeta\w*|tem a ver"
    r"|melhor que|pior|mais forte",
    "ru": r"вредн\w*|усилива\w*|вызыва\w*|хуже|ухудша\w*|влия\w*|виноват\w*|провоциру\w*|лучше"
    r"|сильнее|делает",
}
_QUIT = {
    "en": r"quit|quitting|cut (?:down|back)|cutting (?:down|back)|reduce|reducing|stop drinking"
    r"|give up|giving up|switch to|withdrawal",
    "de": r"verzichten|reduzieren|weglassen|aufhoren|aufhoeren|entzug|umsteigen auf",
    "es": r"dejar|dejo|reducir|quitar|quitarme|abstinencia|cambiar a",
    "fr": r"arreter|arrete|reduire|diminuer|limiter|supprimer|sevrage|passer au",
    "pt": r"parar|largar|cortar|reduzir|diminuir|abstinencia|trocar",
    "ru": r"бросить|бросать|отказаться|сократить|уменьшить|заменить",
}
_SLEEP = {
    "en": r"sleep|asleep|sleeping|slept|insomnia|melatonin|naps?|napping|bedtime|wake up"
    r"|waking up",
    "de": r"schlaf\w*|einschlafen|durchschlafen|melatonin|nickerchen|mittagsschlaf|wache\w*"
    r"|aufwachen",
    "es": r"dormir|duermo|dormi|sueno|insomnio|melatonina|siesta|siestas|despierto|despertar",
    "fr": r"dormir|dors|sommeil|endormir|m endormir|melatonine|sieste|siestes|insomnie",
    "pt": r"dormir|durmo|dormi|sono|insonia|melatonina|cochil\w*|soneca|acordo|acordar",
    "ru": r"спать|сплю|сон|сна|сну|уснуть|засыпать|заснуть|выспаться|бессонниц\w*|мелатонин\w*"
    r"|просыпаюсь|недосып\w*",
}
# How much caffeine a drink holds is a question whatever the opener ("el mate tiene más cafeína
# que el café", "chimarrão tem cafeína?", "в зелёном чае есть кофеин?").
_CONTAINS = {
    "en": r"\b(?:more|less|as much) caffeine (?:than|as)\b|\bcaffeine content\b",
    "de": r"\b(?:hat|haben|enthalt\w*|enthaelt\w*) (?:\w+ ){0,2}koffein\b|\b(?:mehr|weniger"
    r"|viel) koffein (?:als|drin)\b",
    "es": r"\b(?:tiene|tienen|lleva|llevan|contiene\w*) (?:\w+ ){0,2}cafeina\b"
    r"|\b(?:mas|menos|tanta) cafeina que\b",
    "fr": r"\bcontien\w* (?:\w+ ){0,3}cafeine\b|\b(?:autant|plus|moins) de cafeine que\b"
    r"|\by a t il (?:\w+ ){0,2}cafeine\b",
    "pt": r"\btem (?:\w+ ){0,2}cafeina\b|\b(?:mais|menos|tanta) cafeina (?:que|do que)\b",
    "ru": r"\bесть (?:ли )?кофеин\w*|\bкофеин\w* (?:\w+ )?есть\b|\bсодерж\w* (?:\w+ )?кофеин\w*"
    r"|\b(?:больше|меньше) кофеина\b",
}
# When to go to bed ("what time should I go to bed if I get up at 7", "a q hora me tendria q
# acostar", "jdois me coucher a quelle heure", "vo skolko luchshe lozhitsya"): bed words near
# a when, not the "going to bed" of a goodnight.
_BEDTIME = {
    "en": (
        r"\b(?:what time|when|best time|how late|how early|whats a (?:\w+ )?time|what is a"
        r" (?:\w+ )?time) (?:\w+ ){0,6}?(?:go|get|be|hit|head|turn) (?:to |in |into )?(?:bed"
        r"|the sack|the hay|in)\b",
    ),
    "de": (
        r"\bwann (?:\w+ ){0,5}?(?:ins bett|zu bett|schlafen gehen|hinlegen|pennen)\b",
        r"\bwann (?:sollte|soll|muss|musste) ich (?:\w+ ){0,3}schlafen\b",
    ),
    "es": (
        r"\b(?:a que hora|a q hora|que hora|cuando) (?:\w+ ){0,5}?(?:acostar\w*|ir(?:me)? a la"
        r" cama|dormirme)\b",
    ),
    "fr": (
        r"\b(?:a quelle heure|quelle heure|quand) (?:\w+ ){0,5}?(?:coucher|couche|au lit)\b",
        r"\b(?:coucher|couche|au lit) (?:\w+ ){0,2}a quelle heure\b",
    ),
    "pt": (
        r"\b(?:que horas?|a que horas?|quando) (?:\w+ ){0,5}?(?:deitar|ir pra cama"
        r"|ir para a cama)\b",
    ),
    "ru": (
        r"\b(?:во сколько|когда) (?:\w+ ){0,4}?(?:ложиться|лечь|ложусь)\b",
        r"\b(?:vo skolko|kogda) (?:\w+ ){0,4}?(?:lozhitsya|lozhitsja|lozhitsa|lech|lozhus)\b",
        # Russian in Latin letters: a question word before a sleep word, or its worth after.
        r"\b(?:mozhno|nado|nuzhno|skolko|pochemu|kak|stoit) (?:\w+ ){0,5}?(?:spat|son|sna"
        r"|usnut|zasypat)\b|\b(?:dnevn\w* son|son dnem|spat dnem|spat)\b (?:\w+ ){0,3}?(?:horosho"
        r"|vredno|normalno|polezno)\b|\b(?:horosho|polezno) ili (?:ploho|vredno|net)\b",
        r"\bдневн\w* сон (?:\w+ ){0,3}?(?:хорошо|плохо|вреден|вредно|полезно|полезен)\b",
    ),
}
_SLEEP_LINKS = {
    "en": r"affect|affects|cause|causes|make|makes|worse|linked|related|help|helps|need",
    "de": r"beeinflusst|schlimmer|zusammenhang|hilft|brauche",
    "es": r"afecta|empeora|causa|ayuda|necesito|relacion|sirve|funciona|es mala|es malo"
    r"|es buena|buena idea",
    "fr": r"aggrave|influence|lien|aide|besoin|conseillee?|bonne idee|cest mauvais|c est mauvais"
    r"|est ce|est elle",
    "pt": r"afeta|piora|causa|ajuda|preciso|relacao|faz mal|funciona|atrapalha|e ruim|e bom",
    "ru": r"влияет|ухудшает|связан\w*|помогает|нужно|вреден|вредно|полезно|полезен",
}


def _question_about(
    words: dict[str, str], links: dict[str, str], language: str
) -> tuple[str, ...]:
    q, w, link = _Q[language], words[language], links[language]
    return (
        rf"\b(?:{q})\b (?:\w+ ){{0,8}}?(?:{w})\b",
        rf"\b(?:{w})\b (?:\w+ ){{0,5}}?(?:{link})\b",
    )


FOUND_NEW: dict[Intent, dict[str, tuple[str, ...]]] = {
    Intent.PAUSE: {
        "en": (
            r"\bpause\b|\bsnooze\b|\btake a break\b|\bbreak from\b|\bleave me alone for\b",
            r"\b(?:stop|mute|silence|hold|no) (?:\w+ ){0,2}(?:messages|reminders|notifications"
            r"|pings|check ?ins|texts) (?:for|until|till)\b|\bon (?:holiday|vacation)\b",
            r"\b(?:go|be) quiet for\b|\bquiet for (?:a|the|\d)",
        ),
        "de": (
            r"\bpause\b|\bpausier\w*|\bauszeit\b|\bim urlaub\b|\blass mich (?:\w+ ){0,3}in ruhe\b",
            r"\b(?:keine|stopp?|stumm\w*) (?:\w+ ){0,2}(?:nachrichten|erinnerungen"
            r"|benachrichtigungen|check ?ins) (?:fur|bis)\b",
        ),
        "es": (
            r"\bpausa\b|\bpausar\b|\bdescanso de\b|\btomar(?:me)? un descanso\b|\bde vacaciones\b",
            r"\bsilenciar\b|\bdejame en paz (?:por|unos|unas)\b",
            r"\b(?:sin|no mas|parar|para) (?:\w+ ){0,2}(?:mensajes|recordatorios|notificaciones)"
            r" (?:por|hasta|durante)\b",
        ),
        "fr": (
            r"\bpause\b|\ben vacances\b|\blaisse moi tranquille\b|\bmettre en sourdine\b",
            r"\b(?:plus de|arrete|arreter|stop|couper) (?:\w+ ){0,2}(?:messages|rappels"
            r"|notifications) (?:pendant|jusqu\w*)\b",
        ),
        "pt": (
            r"\bpausa\b|\bpausar\b|\bdar um tempo\b|\bde ferias\b|\bsilenciar\b"
            r"|\bme deixa em paz\b",
            r"\b(?:sem|parar|para de mandar) (?:\w+ ){0,2}(?:mensagens|lembretes|notificacoes)"
            r" (?:por|ate|durante)\b",
        ),
        "ru": (
            r"\bпауз\w*|\bперерыв\b|\bпередышк\w*|\bв отпуске\b|\bоставь меня в покое\b",
            r"\bне (?:пиши|присылаи|напоминаи) (?:\w+ ){0,2}(?:неделю|дня|дни|пока|до)\b",
            r"\bпомолчи\b",
        ),
    },
    Intent.SETTINGS: {
        "en": (
            r"\bsettings?\b|\bpreferences\b|\b(?:time ?zone|timezone)\b",
            r"\bchange (?:my |the )?(?:reminder|reminders|language|name|notification"
            r"|notifications|check ?in time|time)\b",
            r"\b(?:turn|switch) (?:off|on) (?:the |my )?(?:reminders?|notifications?)\b",
            r"\b(?:reminders?|notifications?) (?:at|to) \d|\bremind me (?:at|later|earlier"
            r"|every)\b",
            r"\b(?:fewer|less|more|later|earlier) reminders\b|\bin (?:english|german|spanish"
            r"|french"
            r"|portuguese|russian)\b",
        ),
        "de": (
            r"\beinstellung\w*|\bzeitzone\b",
            r"\b(?:erinnerung\w*|sprache|zeitzone|benachrichtigung\w*|uhrzeit) (?:\w+ )?(?:andern"
            r"|aendern|umstellen|ausschalten|einstellen|anpassen|verschieben)\b",
            r"\b(?:andern|aendern|umstellen|ausschalten|verschieben) (?:\w+ ){0,2}(?:erinnerung\w*"
            r"|sprache|zeitzone|uhrzeit|benachrichtigung\w*)\b",
            r"\berinnerung\w* (?:spater|fruher|um \d)|\bauf (?:deutsch|englisch)\b",
        ),
        "es": (
            r"\bajustes?\b|\bconfiguracion\b|\bpreferencias\b|\bzona horaria\b",
            r"\bcambiar (?:\w+ ){0,2}(?:recordatorio\w*|idioma|zona horaria|hora"
            r"|notificaciones)\b",
            r"\b(?:desactivar|activar|quitar|apagar) (?:\w+ ){0,1}(?:recordatorio\w*"
            r"|notificaciones)\b|\ben (?:espanol|ingles)\b",
        ),
        "fr": (
            r"\bparametres?\b|\breglages?\b|\bpreferences\b|\bfuseau horaire\b",
            r"\b(?:changer|modifier) (?:\w+ ){0,2}(?:rappels?|langue|fuseau|heure"
            r"|notifications?)\b",
            r"\b(?:desactiver|activer|couper) (?:\w+ ){0,1}(?:rappels?|notifications?)\b",
            r"\ben francais\b",
        ),
        "pt": (
            r"\bconfigurac(?:ao|oes)\b|\bajustes?\b|\bpreferencias\b|\bfuso horario\b",
            r"\b(?:mudar|alterar|trocar) (?:\w+ ){0,2}(?:lembrete\w*|idioma|lingua|fuso|horario"
            r"|notificac\w*)\b",
            r"\b(?:desativar|ativar|desligar|ligar) (?:\w+ ){0,1}(?:lembrete\w*|notificac\w*)\b",
            r"\bem portugues\b",
        ),
        "ru": (
            r"\bнастроик\w*|\bчасово\w* пояс\w*",
            r"\b(?:изменить|поменять|сменить|отключить|включить|выключить|перенести) (?:\w+ ){0,2}"
            r"(?:напоминани\w*|язык|часово\w* пояс|время|уведомлени\w*)",
            r"\bна русском\b|\bна русскии\b",
        ),
    },
    Intent.REPORT: {
        "en": (
            r"\breport\b|\bsummary\b|\bpdf\b",
            r"\bfor (?:my |the )?(?:doctor|doc|gp|neurologist|appointment|physician|neuro)\b",
            r"\b(?:tell|show|give|bring) (?:to )?(?:my|the) (?:doctor|doc|gp|neurologist)\b",
            r"\b(?:doctors?|gp|neurologist) appointment\b|\bseeing (?:my|the|a) (?:doctor|gp"
            r"|neurologist)\b",
        ),
        "de": (
            r"\b(?:arzt)?bericht\w*|\breport\b|\bzusammenfassung\b|\bpdf\b",
            r"\bfur (?:den|meinen|meine|die) (?:arzt|arztin|neurolog\w*|hausarzt|hausarztin"
            r"|termin|doktor)\b",
            r"\b(?:dem|meinem|meiner) (?:arzt|arztin|hausarzt|neurolog\w*) (?:\w+ ){0,2}(?:sagen"
            r"|zeigen|erzahlen|mitbringen|geben)\b|\barzttermin\w*",
            r"\b(?:sage|zeige|erzahle|bringe) ich (?:dem|meinem|meiner|der) (?:arzt|arztin"
            r"|hausarzt\w*|neurolog\w*)\b",
        ),
        "es": (
            r"\binforme\b|\breporte\b|\bresumen\b|\bpdf\b",
            r"\bpara (?:el|mi|la) (?:medico|medica|doctor|doctora|neurologo|neurologa|cita)\b",
            r"\b(?:decirle|contarle|ensenarle|mostrarle|llevarle) (?:al|a mi|a la) (?:medico"
            r"|medica|doctor|doctora|neurolog\w*)\b|\bcita (?:con el|medica|con la)\b",
            r"\b(?:digo|cuento|ensen\w*|muestro|llevo) (?:al|a mi|a la) (?:medico|medica|doctor"
            r"|doctora|neurolog\w*)\b",
        ),
        "fr": (
            # Not "par rapport à" (compared with) nor "en rapport avec" (linked to).
            r"(?<!\bpar )(?<!\bsans )(?<!\ben )\brapport\b(?! (?:avec|entre)\b)"
            r"|\bcompte rendu\b|\bresume\b|\bpdf\b|\bsynthese\b",
            r"\bpour (?:le|mon|ma|la) (?:medecin|docteur|neurologue|rdv|rendez vous"
            r"|generaliste|toubib|doc|doct|consultation|consult)\b",
            r"\b(?:dire|montrer|donner|apporter) (?:a|au) (?:mon |ma )?(?:medecin|docteur"
            r"|neurologue)\b",
        ),
        "pt": (
            r"\brelatorio\b|\bresumo\b|\bpdf\b",
            r"\bpara (?:o|a|meu|minha) (?:medico|medica|doutor|doutora|neurologista|consulta)\b",
            r"\bpro (?:medico|doutor|neurologista)\b|\b(?:mostrar|dizer|falar|levar) (?:ao|pro"
            r"|para o|pra) (?:medico|doutor|neurologista)\b",
        ),
        "ru": (
            r"\bотчет\w*|\bсводк\w*|\bpdf\b",
            r"\bдля (?:врача|доктора|невролога|приема|терапевта)\b",
            r"\b(?:показать|сказать|рассказать|отнести) (?:\w+ )?(?:врачу|доктору|неврологу)\b",
            r"\bприем у (?:врача|невролога)\b",
            r"\bdlya (?:vracha|doktora|nevrologa|priema)\b|\botchet\w*",
        ),
    },
    Intent.HISTORY: {
        "en": (
            r"\bhistory\b|\bpatterns?\b|\btrends?\b|\bstats\b|\bstatistics\b|\bgraphs?\b"
            r"|\bcharts?\b",
            r"\bhow (?:was|has been|have been|were) my (?:week|month|days|twitching|sleep"
            r"|nights)\b",
            r"\bmy (?:log|logs|entries|data|progress|records|numbers|week)\b|\bshow me my\b",
            r"\bhow many (?:coffees|cups|times) (?:did|have) i\b|\bover (?:time|the last)\b",
            r"\b(?:past|last) (?:week|7 days|two weeks|month)\b",
            # Looking back over the entries: when it was worst, whether it is better overall.
            r"\bwhat did i (?:put|log|enter|write|record|note|track)\w*|\bin my (?:notes|diary)\b",
            r"\bwhen was (?:the|my|it) (?:\w+ ){0,3}(?:worst|best|last|bad|good)\b",
            r"\b(?:better|worse) (?:or (?:better|worse) )?(?:overall|over time|in general)\b",
            r"\bmy (?:old|past|previous|earlier) (?:entries|logs|data|records)\b"
            r"|\b(?:better|worse) than last (?:week|month)\b",
        ),
        "de": (
            r"\bverlauf\b|\bhistorie\b|\bstatistik\w*|\bmuster\b|\btrend\w*|\bdiagramm\w*"
            r"|\bgrafik",
            r"\bmeine (?:eintrage|eintraege|daten|woche|werte|aufzeichnungen|zahlen)\b",
            r"\bwie war (?:meine|mein|die) (?:woche|monat|letzten)\b|\buberblick\b|\bauswertung\b",
            r"\b(?:letzte|letzten) (?:woche|tage|monat|wochen)\b|\bwie viele kaffee\w* (?:hatte"
            r"|habe)\b",
            r"\bmeine (?:\w+ )?(?:eintrage|eintraege|aufzeichnungen|notizen)\b|\b(?:in|bei|aus)"
            r" meinen (?:\w+ )?(?:eintragen|eintraegen|daten|aufzeichnungen|notizen)\b",
            r"\bzusammenhang (?:\w+ ){0,6}bei mir\b|\ban tagen mit\b",
            r"\b(?:letzte|letzten) (?:\d+|zwei|drei|vier) (?:tage|wochen|monate)\b"
            r"|\b(?:besser|schlechter) als (?:letzte|letzten|im letzten|vorige\w*) (?:woche"
            r"|monat)\b",
            r"\bwann war (?:\w+ ){0,5}(?:am (?:schlimmsten|starksten|besten)|zuletzt|das letzte"
            r" mal)\b",
            r"\b(?:besser|schlechter) (?:oder (?:besser|schlechter) )?(?:\w+ )?(?:insgesamt"
            r"|im grossen und ganzen|allgemein)\b|\binsgesamt (?:\w+ ){0,3}(?:besser"
            r"|schlechter)\b",
        ),
        "es": (
            # Not the French boss ("le patron me lâche pas", "ma patronne").
            r"\bhistorial\b|(?<!\ble )(?<!\bmon )(?<!\bma )(?<!\bdu )(?<!\bau )(?<!\bton )"
            r"(?<!\bson )(?<!\bce )\bpatron(?:es)?\b(?! (?:me|m|ne|nous|est|a|veut))"
            r"|\btendencias?\b|\bestadisticas?\b|\bgrafic\w*",
            r"\bmis (?:registros|datos|entradas|progresos?|numeros)\b",
            r"\bcomo (?:fue|ha ido|me fue|han sido) (?:mi|la|mis|los) (?:semana|mes|dias"
            r"|noches)\b",
            r"\bultim(?:a|o|as|os) (?:semana|mes|dias|semanas)\b|\bcuantos cafes (?:tome|he)\b",
            r"\ben lo que (?:\w+ )?(?:anot|apunt|registr)\w*|\bmis (?:anotaciones|notas|apuntes)\b"
            r"|\ben mis (?:registros|datos|entradas|notas)\b",
            r"\bcuando fue (?:\w+ ){0,4}(?:peor|mejor|ultim\w*)\b",
            r"\bultim(?:a|o|as|os) (?:\d+|dos|tres|cuatro) (?:semanas|meses|dias)\b"
            r"|\b(?:mejor|peor) (?:o (?:mejor|peor) )?(?:que|q) (?:el|la) (?:mes|semana)"
            r" pasad[oa]\b",
            r"\b(?:muestrame|mostrame|ensename|ver) (?:\w+ ){0,2}(?:registros|entradas)\b"
            r"|\b(?:muestrame|mostrame|ensename) (?:\w+ ){0,2}ultim\w*",
            r"\b(?:mejorando|empeorando|mejor|peor) (?:\w+ )?(?:en general|en conjunto)\b",
        ),
        "fr": (
            r"\bhistorique\b|\btendances?\b|\bstatistiques?\b|\bstats\b|\bgraphique\w*"
            r"|\bevolution\b",
            r"\bmes (?:donnees|entrees|releves|progres|chiffres|notes)\b",
            r"\bcomment (?:s est passee|sest passee|etait|a ete) ma semaine\b",
            r"\b(?:derniere|dernier|dernieres|derniers) (?:semaine|mois|jours|semaines)\b",
            r"\bcombien de cafes (?:j ai|jai)\b",
            r"\b(?:cetait|c etait|ca etait) quand\b|\bquand (?:etait|a ete|cetait)\b",
            r"\bdans mes (?:notes|entrees|donnees|releves)\b|\blevolution\b",
            r"\b(?:mieux|pire) (?:ou (?:mieux|pire) )?que (?:le|la) (?:mois|semaine) (?:dernier"
            r"|derniere|passee?)\b",
            r"\b(?:mieux|pire) (?:\w+ )?(?:dans l ensemble|globalement|en general)\b"
            r"|\bglobalement (?:\w+ ){0,3}(?:mieux|pire)\b",
        ),
        "pt": (
            r"\bhistorico\b|\bpadr(?:ao|oes)\b|\btendencias?\b|\bestatisticas?\b|\bgrafic\w*",
            r"\bmeus (?:registros|dados|progressos?|numeros)\b|\bevolucao\b",
            r"\bcomo foi (?:minha|a) semana\b|\bcomo foram (?:meus|os) dias\b",
            r"\bultim(?:a|o|as|os) (?:semana|mes|dias|semanas)\b|\bquantos cafes (?:tomei"
            r"|eu tomei)\b",
            r"\bcomo (?:foi|esteve|ficou) (?:o|a) \w+ (?:em|no|na|nesse|neste|esse|este) (?:mes"
            r"|semana|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro"
            r"|novembro|dezembro)\b",
            r"\b(?:nos|nas) (?:meus|minhas) (?:registros|anotacoes|dados|notas)\b"
            r"|\bquando foi (?:\w+ ){0,4}(?:pior|melhor|ultim\w*)\b",
            r"\b(?:melhorando|piorando|melhor|pior) (?:\w+ )?(?:no geral|em geral)\b",
            r"\bultim(?:a|o|as|os) (?:\d+|duas|dois|tres|quatro) (?:semanas|meses|dias)\b"
            r"|\b(?:melhor|pior) (?:ou (?:melhor|pior) )?(?:que|q|do que) (?:o )?mes passado\b",
            r"\b(?:mostra|mostre|ver) (?:\w+ ){0,2}(?:registros|registos|minha semana)\b"
            r"|\b(?:mostra|mostre) (?:\w+ ){0,2}ultim\w*",
        ),
        "ru": (
            r"\bистори\w*|\bстатистик\w*|\bзакономерност\w*|\bтренд\w*|\bграфик\w*|\bдинамик\w*",
            r"\bмои (?:записи|данные|показатели|цифры)\b",
            r"\bкак прошла (?:моя |эта )?неделя\b|\bза (?:последн\w* |прошл\w* )?(?:неделю|месяц"
            r"|дни)\b|\bсколько (?:кофе|чашек) я\b",
            r"\bпо моим (?:записям|данным|отметкам)\b|\bв моих (?:записях|данных)\b"
            r"|\bpo moim (?:zapisyam|zapisjam|dannym)\b",
            r"\bкогда было (?:\w+ )?(?:хуже|лучше|сильнее)|\bkogda bylo (?:\w+ )?(?:huzhe|luchshe"
            r"|silnee)\b",
            r"\b(?:лучше|хуже) в целом\b|\bв целом (?:\w+ ){0,3}(?:лучше|хуже)\b",
            r"\bпоследние (?:\d+|две|три|четыре) (?:недели|месяца|дня|дней)\b"
            r"|\b(?:лучше|хуже) (?:или (?:лучше|хуже) )?чем (?:в )?прошл\w*\b"
            r"|\b(?:luchshe|huzhe) (?:ili (?:luchshe|huzhe) )?chem (?:v )?proshl\w*\b",
            r"\b(?:покажи|pokazhi) (?:\w+ ){0,2}(?:записи|zapisi|последн\w*|как было|kak bylo)\b",
        ),
    },
    Intent.CHECKIN: {
        "en": (
            r"\bcheck ?in\b|\bcheckin\b|\bcheck in\b|\bdaily (?:check|log|entry|rating)\b",
            r"\b(?:log|record|rate|note) (?:my|the|today|todays) (?:day|twitching|symptoms|levels?"
            r"|mood|evening|night)\b|\b(?:log|record|rate) (?:how i am|how im|today)\b",
            r"\b(?:evening|morning|nightly|weekly) check\b|\bcheck for today\b",
        ),
        "de": (
            r"\bcheck ?in\b|\bcheckin\b|\btageseintrag\b|\btagesbilanz\b|\btagescheck\b",
            r"\b(?:meinen|den|heutigen) tag (?:eintragen|festhalten|erfassen|bewerten|notieren)\b",
            r"\b(?:befinden|werte|symptome) (?:eintragen|erfassen|notieren)\b"
            r"|\beintrag fur heute\b|\btaglich\w* (?:eintrag|check)\b",
        ),
        "es": (
            r"\bcheck ?in\b|\bchequeo\b|\bregistro (?:diario|del dia|de hoy)\b",
            r"\bcontrol (?:de hoy|diario|del dia)\b|\bhacer el control\b",
            r"\b(?:registrar|anotar|apuntar|evaluar|valorar) (?:mi|el|como (?:estoy|me siento)"
            r"|hoy)"
            r"(?: (?:dia|estado|hoy))?\b",
        ),
        "fr": (
            r"\bcheck ?in\b|\bpoint du jour\b|\bbilan du jour\b|\bsuivi du jour\b"
            r"|\bfaire le point\b",
            r"\b(?:noter|enregistrer|evaluer) (?:ma|la|mon) (?:journee|jour|etat|humeur)\b",
            r"\b(?:bilan|point) (?:quotidien|de la journee|de ma journee)\b",
        ),
        "pt": (
            r"\bcheck ?in\b|\bregistro (?:diario|do dia|de hoje)\b",
            r"\b(?:registrar|anotar|avaliar) (?:meu|o) (?:dia|estado)\b|\bcomo estou hoje\b",
            r"\bregisto (?:diario|do dia|de hoje)\b|\bregist(?:r)?ar como foi (?:o |meu )?dia\b",
        ),
        "ru": (
            r"\bчек ?ин\b|\bcheck ?in\b|\bотметиться\b",
            r"\b(?:отметить|записать|оценить) (?:\w+ )?(?:день|самочувствие|состояние)\b",
            r"\bежедневн\w* (?:отчет|запис\w*|отметк\w*|опрос)",
            r"\b(?:ezhednevn|ejednevn|ezhedneven)\w* (?:opros|otchet|zapis\w*|otmetk\w*)\b"
            r"|\b(?:projti|proiti|proyti|sdelat) (?:\w+ )?(?:opros|chek ?in|check ?in)\b",
            r"\bотметк\w* за сегодня\b|\bсегодняшн\w* запис\w*|\botmet\w* za segodn\w*",
        ),
    },
    Intent.BREATHE: {
        "en": (r"\bbreathe\b|\bbreathing\b|\bbreathwork\b|\bbreath work\b|\b4 7 8\b",),
        "de": (r"\batm(?:en|ung|e)\b|\batem\w*|\bdurchatmen\b",),
        "es": (r"\brespir\w*",),
        "fr": (r"\brespir\w*",),
        "pt": (r"\brespir\w*",),
        "ru": (
            r"\bдыш\w*|\bдыхани\w*|\bдыхательн\w*|\bвдох\w*|\bподыш\w*",
            r"\bdysh\w*|\bdyhat\w*|\bdyhani\w*|\bdykhat\w*|\bpodysh\w*",
        ),
    },
    Intent.CAFFEINE_QUESTION: {
        language: (
            *_question_about(_CAFFEINE, _CAUSES, language),
            rf"\b(?:{_QUIT[language]})\b (?:\w+ ){{0,3}}?(?:{_CAFFEINE[language]})\b",
            rf"\b(?:{_CAFFEINE[language]})\b (?:\w+ )?(?:{_QUIT[language]})\b",
            _CONTAINS[language],
        )
        for language in _Q
    },
    Intent.SLEEP_QUESTION: {
        language: (*_question_about(_SLEEP, _SLEEP_LINKS, language), *_BEDTIME[language])
        for language in _Q
    },
    Intent.VENTING: {
        "en": (
            r"\b(?:bad|rough|terrible|awful|horrible|shit|shitty|crap|crappy|tough|hard"
            r"|exhausting)"
            r" (?:day|week|night|time)\b",
            r"\bfeel(?:ing)? (?:so |really |just )?(?:awful|terrible|horrible|shit|crap|like crap"
            r"|like shit|down|low|sad|miserable|empty|lonely|alone|broken|exhausted|drained"
            r"|awful)\b",
            r"\bfed up\b|\bsick of (?:this|it|everything)\b|\bso tired of\b|\bi hate (?:this|my"
            r"|everything|it)\b|\bfrustrat\w*|\beverything sucks\b|\bthis sucks\b",
            r"\bcrying\b|\bcried\b|\bneed to vent\b|\bvent(?:ing)?\b|\brant\b|\bugh+\b|\bsad\b"
            r"|\blonely\b|\bmiserable\b|\bdepressed\b|\bexhausted\b",
        ),
        "de": (
            r"\b(?:mies|beschissen|schlecht|scheiss|hart|schwer|anstrengend)\w* (?:tag|woche"
            r"|abend)\b",
            r"\bmir geht(?:s| es) (?:\w+ )?(?:schlecht|mies|beschissen|dreckig|scheisse)\b",
            r"\bdie schnauze voll\b|\bgenervt\b|\bfrustriert\b|\btraurig\b|\beinsam\b|\bheulen\b",
            r"\bgeweint\b|\bbin (?:so |total )?(?:fertig|erschopft|kaputt)\b|\bdeprimiert\b"
            r"|\bich hasse\b|\bdampf ablassen\b|\bauskotzen\b|\bnervt\b|\bkeine kraft\b",
        ),
        "es": (
            r"\b(?:dia|semana|noche) (?:de mierda|horrible|fatal|terrible|pesim\w*|malisim\w*"
            r"|dificil)\b|\bmal dia\b",
            r"\bme siento (?:\w+ )?(?:fatal|mal|horrible|triste|sol[oa]|vaci[oa]|agotad[oa]"
            r"|hundid[oa])\b|\bestoy (?:\w+ )?(?:harta|harto|agotad[oa]|triste|fatal)\b",
            r"\bharta\b|\bharto\b|\bfrustrad[oa]\b|\btriste\b|\bllorando\b|\bllore\b"
            r"|\bdesahogarme\b|\bodio\b|\bdeprimid[oa]\b|\bno aguanto\b|\bcansad[oa] de\b",
        ),
        "fr": (
            r"\b(?:journee|semaine|soiree) (?:pourrie|horrible|de merde|nulle|difficile"
            r"|epuisante)\b|\bsale journee\b",
            r"\bme sens (?:\w+ )?(?:mal|nul|nulle|triste|seul|seule|vide|epuise\w*)\b",
            r"\b(?:j )?en ai marre\b|\bjen ai marre\b|\bras le bol\b|\bfrustre\w*|\btriste\b",
            r"\bje pleure\b|\bpleure\b|\bvider mon sac\b|\bdeprime\w*|\bepuise\w*|\bje deteste\b"
            r"|\bcoup de mou\b|\bmoral a zero\b|\bcrevee?\b",
        ),
        "pt": (
            r"\b(?:dia|semana|noite) (?:horrivel|pessim\w*|de merda|dificil|terrivel|pesad[oa]"
            r"|ruim)\b",
            r"\bme sinto (?:\w+ )?(?:mal|pessim\w*|horrivel|triste|sozinh[oa]|vazi[oa]"
            r"|esgotad[oa])\b|\b(?:to|estou|tou) (?:muito |tao )?(?:mal|triste|esgotad[oa])\b",
            r"\bcansad[oa] de\b|\bfrustrad[oa]\b|\btriste\b|\bchorando\b|\bchorei\b|\bdesabafar\b",
            r"\bodeio\b|\besgotad[oa]\b|\bdeprimid[oa]\b|\bnao aguento mais\b|\bsaco cheio\b",
        ),
        "ru": (
            r"\b(?:ужасныи|паршивыи|тяжелыи|отвратительныи|дерьмовыи|плохои) (?:день|вечер"
            r"|неделя)\b|\bхреново\b",
            r"\bмне (?:\w+ )?(?:плохо|паршиво|хреново|грустно|одиноко|тоскливо)\b",
            r"\bдостал[оа]?\b|\bбесит\b|\bустал\w* от\b|\bгрустно\b|\bплачу\b|\bревел[аи]?\b",
            r"\bвыговориться\b|\bненавижу\b|\bдепресси\w*|\bвымотан\w*|\bсил нет\b|\bнет сил\b",
        ),
    },
    Intent.GOODNIGHT: {
        "en": (
            r"\bgood ?night\b|\bnight night\b|\bnighty night\b|\bgn\b|\bnite\b|\bsleep well\b",
            r"\b(?:off|going|heading|gonna go) to (?:bed|sleep)\b|\bsweet dreams\b",
        ),
        "de": (
            r"\bgute nacht\b|\bschlaf gut\b|\bgn8\b|\bnachti\b|\bsuss(?:e|es) trau\w*",
            r"\bich geh(?:e)? (?:jetzt )?(?:schlafen|ins bett|pennen)\b|\bbis morgen\b",
            r"\bgute n8\b|^n8$|\bhau mich (?:jetzt |mal )?aufs ohr\b",
        ),
        "es": (
            r"\bme voy a (?:dormir|la cama|acostar)\b|\bhasta manana\b|\bque descanses\b",
            r"\bdulces suenos\b|\bbuenas noches (?:me voy|a dormir|hasta|que(?! tal\b))\b"
            r"|\ba dormir\b",
        ),
        "fr": (
            r"\bbonne nuit\b|\bje vais (?:me coucher|dormir|au lit)\b|\bdors bien\b",
            r"\bfais de beaux reves\b|\ba demain\b|\bau dodo\b|^(?:allez |bon |hop )?dodo$",
        ),
        "pt": (
            r"\bvou (?:dormir|deitar|pra cama)\b|\bboa noite (?:vou|ate|durma)\b|\bdurma bem\b",
            r"\bate amanha\b|\bbons sonhos\b|\bindo dormir\b|\bfui (?:dormir|pra cama)\b",
        ),
        "ru": (
            r"\bспокоинои ночи\b|\bдоброи ночи\b|\b(?:пошел|пошла|иду|пора) спать\b",
            r"\bспать пора\b|\bсладких снов\b|\bдо завтра\b|\bспокиночи\b|\bя спать\b",
            # Russian typed in Latin letters.
            r"\bspok(?:o|oi|oj|oy)n\w* noch\w*|\bspokoi?noi\b|\bspokojnoj\b|\bspokoynoy\b"
            r"|\bdobr(?:oj|oi|oy) nochi\b|\b(?:idu|poshel|poshla|pora) spat\b|\bsladkih snov\b",
        ),
    },
}

FOUND.update(FOUND_NEW)

# --- widened in the seventh round, from the rows fresh writers wrote (sets M and N) -------------
_HOUR = {
    "en": r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight",
    "de": r"\d+|eins|ein|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|halb \w+",
    "es": r"\d+|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce",
    "fr": r"\d+ ?h\w*|\d+|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|midi|minuit",
    "pt": r"\d+|uma|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|meia noite",
    "ru": r"\d+|час|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать",
}
_WIDER: dict[Intent, dict[str, tuple[str, ...]]] = {
    # The day's questions by another name: "the daily thing", "die tägliche Abfrage", "les
    # questions quotidiennes", "o questionário de hoje".
    Intent.CHECKIN: {
        "en": (
            r"\b(?:daily|todays|today s|nightly|evening) (?:\w+ )?(?:thing|questions?"
            r"|questionnaire|survey|quiz|form)\b|\b(?:do|start|fill in|fill out) (?:the"
            r"|my) daily\b",
        ),
        "de": (
            r"\b(?:taglich|heutig|abendlich)\w* (?:\w+ )?(?:abfrage|fragen|fragebogen|umfrage|quiz"
            r"|formular)\b|\b(?:abfrage|fragen|fragebogen|umfrage) (?:fur|von) heute\b"
            r"|\btages(?:abfrage|fragen|fragebogen)\b",
        ),
        "es": (
            r"\b(?:cuestionario|preguntas|encuesta|formulario) (?:de hoy|del dia|diari[oa]s?"
            r"|de la noche)\b",
        ),
        "fr": (
            r"\b(?:questions?|questionnaire|quiz|sondage|formulaire) (?:quotidien\w*|du jour"
            r"|journalier\w*|du soir|de (?:la journee|ce soir|aujourd ?hui))\b"
            r"|\b(?:quotidien|journalier)\w* (?:questions?|questionnaire)\b",
        ),
        "pt": (
            r"\b(?:questionario|perguntas|quiz|formulario|inquerito) (?:de hoje|do dia|diari[oa]s?"
            r"|da noite)\b",
        ),
        "ru": (
            r"\b(?:вопрос\w*|опрос\w*|анкет\w*) (?:на|за) сегодня\b|\bсегодняшн\w* (?:вопрос\w*"
            r"|опрос\w*|анкет\w*)|\bежедневн\w* (?:вопрос\w*|анкет\w*)",
        ),
    },
    # Looking back over a span, or comparing it with the one before: "how the twitching been the
    # last couple weeks", "comparado con la otra", "voir la courbe", "как менялось".
    Intent.HISTORY: {
        "en": (
            r"\b(?:show|tell) me (?:\w+ ){0,6}?(?:(?:last|past|previous) (?:couple (?:of )?|few"
            r" |\d+ |two |three |several )?(?:days|weeks|months|week|month)|lately|recently)\b",
            r"\bhow (?:has|have|was|were|did|is|are) (?:\w+ ){0,3}(?:been|gone|changed|evolved"
            r"|looked|trended|developed)\b (?:\w+ ){0,3}?(?:last|past|previous|over|since|lately"
            r"|recently)\b",
            r"\b(?:compared (?:to|with)|versus|vs) (?:the )?(?:last|previous|prior|other) (?:week"
            r"|month|one)\b",
        ),
        "de": (
            r"\b(?:verglichen|im vergleich) (?:mit|zu|zur|zum) (?:der |dem )?(?:letzte\w*"
            r"|vorige\w*"
            r"|vorwoche|vormonat|davor)\b|\bwie (?:hat sich|haben sich|hat|haben|war|ist)"
            r" (?:\w+ ){0,5}(?:entwickelt|verandert|veraendert)\b",
        ),
        "es": (
            r"\bcompar\w* con (?:la|el) (?:otra|otro|anterior|pasad[oa]|semana|mes)\b",
            r"\bcomo (?:ha ido|han ido|ha estado|han estado|ha cambiado|han cambiado"
            r"|ha evolucionado"
            r"|evoluciona\w*|va|van|fue|fueron) (?:\w+ ){0,3}(?:esta|este|estas|estos|la|el|las"
            r"|los) (?:ultim\w* )?(?:semana|mes|dias|semanas|meses)\b",
        ),
        "fr": (
            r"\bcourbes?\b|\bcompar\w* (?:a|avec|au) (?:la |le )?(?:semaine|mois) (?:derniere"
            r"|dernier"
            r"|precedente?|passee?)\b",
            r"\b(?:diminu|baiss|amelior|empir|recul|espac|augment)\w* (?:\w+ ){0,2}depuis que\b"
            r"|\bcomment (?:\w+ ){0,3}(?:a|ont) (?:evolue|change)\b",
        ),
        "pt": (
            r"\bcomparad[oa] (?:com|a|ao) (?:a |o )?(?:semana|mes|outra|outro) ?(?:passad[oa]"
            r"|anterior)?\b",
            r"\bcomo (?:tem ido|tem estado|foi|esta indo|mudou|evoluiu|andou|anda) (?:\w+ ){0,3}"
            r"(?:esta|essa|nesta|nessa|este|esse|neste|nesse|a ultima|o ultimo|nos ultimos"
            r"|nas ultimas) (?:semana|mes|dias|semanas|meses)\b",
        ),
        "ru": (
            r"\bкак (?:\w+ ){0,2}(?:менял|изменял|изменил|развивал)\w*|\b(?:в|по) сравнени\w* с"
            r" (?:прошл|предыдущ)\w*",
            r"\bkak (?:\w+ ){0,2}(?:menyal|menjal|izmenil)\w*",
        ),
    },
    # Time zones by name, when a reminder should come, the app in another language.
    Intent.SETTINGS: {
        "en": (
            r"\b(?:mountain|pacific|eastern|central|atlantic|alaska|hawaii|greenwich|british"
            r"|european|east coast|west coast) (?:standard |daylight )?time\b|\b(?:utc|gmt) ?\d"
            r"|\b(?:pst|pdt|mst|mdt|cst|cdt|edt|bst)\b",
            rf"\b(?:reminders?|check ?ins?|notifications?|messages?|pings?) (?:\w+ ){{0,4}}?(?:at"
            rf"|around|after) (?:{_HOUR['en']})\b",
            r"\b(?:switch|change|set|put|make|turn|answer|reply|write|talk|speak)\w* (?:\w+ ){0,3}"
            r"(?:in|to|into) (?:italian|dutch|polish|turkish|ukrainian)\b|\b(?:app|bot|language"
            r"|interface|messages) (?:in|to|into) (?:italian|dutch|polish|turkish|ukrainian)\b",
        ),
        "de": (
            r"\b(?:mez|mesz|utc|gmt)\b",
            rf"\b(?:erinnerung|nachricht|benachrichtigung|abfrage|check ?in)\w* (?:\w+ ){{0,5}}?"
            rf"(?:um|ab|gegen) (?:{_HOUR['de']})\b|\b(?:erinnerung|nachricht)\w* (?:\w+ ){{0,3}}"
            r"(?:spater|fruher|erst) (?:\w+ ){0,3}kommen\b",
            r"\bauf (?:italienisch|spanisch|franzosisch|portugiesisch|russisch|niederlandisch"
            r"|polnisch|turkisch|ukrainisch)\b|\bsprache (?:\w+ ){0,2}auf \w+\b",
        ),
        "es": (
            rf"\b(?:recordatorio|aviso|notificacion|mensaje)\w* (?:\w+ ){{0,5}}?a las"
            rf" (?:{_HOUR['es']})\b",
            r"\b(?:pon|poner|ponlo|ponla|ponerlo|ponerla|cambia\w*|pasa|pasar|pasalo|pasala)"
            r" (?:\w+ ){0,3}en (?:ingles|espanol|frances|aleman|italiano|portugues|ruso|catalan)\b"
            r"|\b(?:app|aplicacion|bot) en (?:ingles|frances|aleman|italiano|portugues|ruso)\b",
            r"\bcambi\w* (?:\w+ ){0,2}(?:idioma|zona horaria|recordatorio\w*)\b",
        ),
        "fr": (
            r"\b(?:passer|mettre|basculer|changer|remettre|passe|mets|met) (?:\w+ ){0,3}en"
            r" (?:anglais|allemand|espagnol|italien|portugais|russe|francais|neerlandais"
            r"|polonais|turc|ukrainien)\b|\b(?:l ?appli|l ?application|l ?app|le bot|l ?interface)"
            r" en (?:anglais|allemand|espagnol|italien|portugais|russe)\b",
            r"\b(?:chang|modifi)\w* (?:\w+ ){0,2}(?:rappels?|langue|fuseau|notifications?)\b",
            rf"\b(?:rappels?|notifications?|messages?) (?:\w+ ){{0,4}}?a (?:{_HOUR['fr']})\b",
        ),
        "pt": (
            r"\b(?:mud|alter|troc)\w* (?:\w+ ){0,2}(?:idioma|lingua|fuso|lembrete\w*"
            r"|notificac\w*)\b",
            r"\b(?:coloca|colocar|poe|por|muda|mudar|passa|passar|deixa|deixar) (?:\w+ ){0,3}(?:em"
            r"|pra|para o|para) (?:ingles|espanhol|frances|alemao|italiano|russo|portugues)\b",
            rf"\b(?:lembrete|aviso|notificac|mensage)\w* (?:\w+ ){{0,4}}?(?:as|a partir das)"
            rf" (?:{_HOUR['pt']})\b",
        ),
        "ru": (
            r"\b(?:измени|поменя|смени|перенес|перенеси|переставь|поставь)\w* (?:\w+ ){0,2}"
            r"(?:напоминани\w*|язык|часово\w* пояс|уведомлени\w*)",
            r"\bна (?:англииск|немецк|испанск|французск|итальянск|португальск|украинск)\w*",
            rf"\bнапоминани\w* (?:\w+ ){{0,3}}?в (?:{_HOUR['ru']})\b",
        ),
    },
    # Stop reminding me for a while: a contact stopped, with how long.
    Intent.PAUSE: {
        "en": (
            r"\b(?:stop|quit|dont|do not|no more|hold off(?: on)?|lay off(?: the)?) (?:\w+ ){0,2}"
            r"(?:remind|messag|text|ping|bug|notif|bother|writ"
            r"|nag)\w* (?:me )?(?:\w+ ){0,3}?(?:for"
            r" (?:a (?:while|bit|few \w+|couple (?:of )?\w+|week|day|month)|the (?:weekend|week"
            r"|next \w+|time being)|\d+ \w+|some time|now|today|tonight)|until|till)\b",
        ),
        "de": (
            r"\b(?:auf (?:\w+ ){0,3}zu (?:erinnern|schreiben|nerven|melden|benachrichtigen)"
            r"|nicht (?:mehr )?(?:erinnern|schreiben|melden|anschreiben|nerven)|keine (?:\w+ )?"
            r"(?:erinnerungen|nachrichten)) (?:\w+ ){0,3}?(?:fur |mal )?(?:ne|eine|n|einige"
            r"|ein paar|paar|\d+|zwei|drei|vier) (?:weile|zeit|zeitlang|tage?|wochen?|stunden?)\b",
            r"\b(?:fur )?(?:ne|eine|einige|ein paar) (?:weile|zeit|tage|wochen) (?:\w+ ){0,3}"
            r"(?:nicht|keine|nix) (?:mehr )?(?:erinner|schreib|meld|nachricht)\w*",
        ),
        "es": (
            r"\b(?:deja|dejes|para|pares) de (?:\w+ )?(?:recordar|escrib|mand|avis|molest)\w*"
            r" (?:\w+ ){0,3}?(?:por|durante|hasta|unos|unas|un) (?:un )?(?:tiempo|rato|dias"
            r"|semanas|semana|dia|mes|manana)\b",
            r"\bno me (?:\w+ )?(?:recuerdes|escribas|mandes|avises|molestes) (?:\w+ ){0,3}?(?:por"
            r"|durante|hasta|unos|unas)\b",
        ),
        "fr": (
            r"\b(?:arrete|arretez|cesse|stop) (?:de )?(?:me |m )?(?:\w+ )?m?(?:rappel|ecri|envoy"
            r"|relanc|embet|notif)\w* (?:\w+ ){0,3}?(?:pendant|jusqu\w*|quelques|un moment"
            r"|un temps|un peu|cette semaine|ce soir|aujourd ?hui)\b",
        ),
        "pt": (
            r"\b(?:para|pare|parar) de (?:me )?(?:lembr|mand|escrev|avis|perturb|encher)\w*"
            r" (?:\w+ ){0,3}?(?:por|durante|ate|uns|umas|um tempo|um pouco)\b"
            r"|\bnao me (?:\w+ )?(?:lembr|mand|escrev|avis)\w* (?:\w+ ){0,3}?(?:por|durante|ate"
            r"|uns|umas)\b",
        ),
        "ru": (
            r"\bpauz\w*|\bperer[yi]v\b",
            r"\b(?:перестань|хватит|прекрати) (?:мне )?(?:напоминать|писать|присылать|слать"
            r"|беспокоить) (?:\w+ ){0,3}?(?:на|пару|несколько|до|какое|неделю|день|дня)\b",
        ),
    },
    # An export of the entries is the report.
    Intent.REPORT: {
        "en": (r"\bexport\w*",),
        "de": (r"\bexport\w*",),
        "es": (r"\bexporta\w*|\bpara (?:la )?consulta\b",),
        "fr": (r"\bexport\w*",),
        "pt": (r"\bexporta\w*|\b(?:para|pra) (?:a )?consulta\b",),
        "ru": (r"\bэкспорт\w*|\bвыгруз\w*|\beksport\w*",),
    },
    # How long caffeine lasts and how late is too late.
    Intent.CAFFEINE_QUESTION: {
        "en": (
            r"\bhalf ?life (?:\w+ ){0,2}(?:caffeine|coffee)\b|\b(?:caffeine|coffee)s? half ?life\b"
            r"|\b(?:caffeine|coffee)\b (?:\w+ ){0,6}?(?:cut ?off|wears? off)\b"
            r"|\bcut ?off (?:time )?"
            r"(?:for )?(?:caffeine|coffee)\b",
        ),
        "de": (
            r"\bhalbwertszeit\w*|\b(?:bis wann|ab wann) (?:\w+ ){0,4}(?:kaffee\w*|koffein\w*"
            r"|espresso|energy\w*)|\b(?:kaffee|koffein)\w* (?:\w+ ){0,3}(?:bis wann|ab wann)\b",
        ),
        "es": (
            r"\bvida media (?:\w+ ){0,2}(?:cafeina|cafe)\b|\bhasta (?:que hora|q hora|cuando)"
            r" (?:\w+ ){0,4}(?:cafe|cafeina)\b",
        ),
        "fr": (
            r"\bdemi ?vie (?:\w+ ){0,2}(?:cafeine|cafe)\b|\bjusqu ?a quelle heure (?:\w+ ){0,4}"
            r"(?:cafe|cafeine)\b",
        ),
        "pt": (
            r"\bmeia ?vida (?:\w+ ){0,2}(?:cafeina|cafe)\b|\bate que horas? (?:\w+ ){0,4}(?:cafe"
            r"|cafeina)\b",
        ),
        "ru": (
            r"\bполувыведени\w*|\bдо (?:скольки|какого часа|которого часа) (?:\w+ ){0,3}кофе\w*",
        ),
    },
    # Is it good to go to bed early or late; a good bedtime.
    Intent.SLEEP_QUESTION: {
        "en": (
            r"\b(?:good|best|ideal|normal|healthy|right|reasonable|decent|sensible|realistic)"
            r" bedtime\b(?! stor)|\b(?:is it|its|would it be|is) (?:\w+ ){0,2}(?:good|bad|better"
            r"|healthy|ok|okay|fine|smart|worse) (?:\w+ ){0,2}(?:to )?(?:go|going|get|getting)"
            r" (?:to )?bed (?:\w+ )?(?:early|late|earlier|later)\b",
        ),
        "de": (
            r"\b(?:gute|beste|richtige|ideale|normale) (?:schlafenszeit|bettzeit|zubettgehzeit)\b"
            r"|\b(?:gut|schlecht|besser|gesund|ungesund) (?:\w+ ){0,2}(?:fruh|spat|zeitig) (?:ins"
            r" bett|zu bett)\b",
        ),
        "es": (
            r"\b(?:es|sera|seria|esta) (?:\w+ )?(?:bueno|malo|mejor|sano|recomendable|bien|normal)"
            r" (?:\w+ ){0,3}(?:acostar\w*|ir(?:me|se|te)? a (?:la cama|dormir)|dormir) (?:\w+ )?"
            r"(?:temprano|pronto|tarde)\b|\bbuena hora (?:para|de) (?:acostar\w*|dormir\w*"
            r"|ir a la cama)\b",
        ),
        "fr": (
            r"\b(?:bien|bon|mieux|mauvais|sain|conseille|normal) (?:\w+ ){0,2}(?:se |me |de se"
            r" |de me |de )?coucher (?:\w+ )?(?:tot|tard|de bonne heure|comme les poules)\b"
            r"|\bbonne heure pour (?:se |me |aller )?(?:coucher|dormir|au lit)\b",
        ),
        "pt": (
            r"\b(?:e|sera|seria|faz) (?:\w+ )?(?:bom|boa|ruim|mal|melhor|saudavel|certo|normal)"
            r" (?:\w+ ){0,2}(?:deitar|dormir|ir (?:pra|para a) cama) (?:\w+ )?(?:cedo|tarde)\b"
            r"|\bboa hora (?:pra|para) (?:deitar|dormir|ir pra cama)\b",
        ),
        "ru": (
            r"\b(?:полезно|вредно|хорошо|плохо|нормально|правильно|лучше) (?:ли )?(?:\w+ ){0,2}"
            r"(?:ложиться|ложится|лечь|спать|засыпать) (?:\w+ )?(?:рано|поздно|раньше|позже)\b"
            r"|\b(?:ложиться|лечь|спать) (?:\w+ )?(?:рано|поздно) (?:\w+ ){0,2}(?:полезно|вредно"
            r"|хорошо|плохо|нормально)\b",
        ),
    },
    # "всё, сплю", "vse, splyu", "ушла спать", "отбой".
    Intent.GOODNIGHT: {
        "ru": (
            r"\b(?:все|ну все|ладно) (?:\w+ )?(?:сплю|спать|на боковую|отбои)\b|\bушл[аи]? спать\b"
            r"|\bушел спать\b|\bотбои\b|\bна боковую\b",
            r"\b(?:vse|vsyo|vsio|nu vse|ladno|ya|ja|ushel|ushla|poshel|poshla|idu) (?:\w+ )?"
            r"(?:splyu|splju|spat)\b",
        ),
    },
}
for _intent, _table in _WIDER.items():
    for _language, _patterns in _table.items():
        FOUND[_intent][_language] = FOUND[_intent].get(_language, ()) + _patterns

UNLESS: dict[Intent, dict[str, tuple[str, ...]]] = {
    # "no puedo dormir" says sleep won't come; it is not a question about sleep.
    Intent.SLEEP_QUESTION: FOUND[Intent.CANT_SLEEP],
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
    Intent.REPORT: {"ru": (r"\bежедневн\w* отчет",)},
    # A break the person is on ("atemübung bitte, hab 5 min pause", "to na pausa", "у меня
    # 5 минут перерыв") is time they have, not a wish to pause the reminders.
    Intent.PAUSE: {
        "en": (
            r"\b(?:i have|ive got|i got|got) (?:a )?(?:\d+|five|ten|quick|short) (?:\w+ )?(?:break"
            r"|pause)\b|\b(?:im )?on (?:my |a )?(?:lunch |coffee |short )?break\b",
        ),
        "de": (
            r"\b(?:hab|habe|hab grad|hab gerade|hab noch) (?:\d+|kurz|eine|ne|n|kurze|funf|zehn)"
            r" (?:min\w* )?\w*pause\b",
            r"\b(?:bin|sind|grad|gerade) (?:\w+ )?in (?:der|meiner|einer|ner) \w*pause\b",
        ),
        "es": (
            r"\btengo (?:\d+|unos|cinco|diez) (?:\w+ )?(?:de )?(?:pausa|descanso)\b",
            r"\b(?:estoy|ando|toy) en (?:mi |la |el )?(?:pausa|descanso)\b",
        ),
        "fr": (
            r"\b(?:jai|j ai) (?:\d+|cinq|dix|quelques|une) (?:\w+ )?(?:de )?pause\b"
            r"|\bje suis en pause\b|\bsuis en pause\b",
        ),
        "pt": (
            r"\b(?:to|tou|estou) (?:na|em|de) (?:minha )?pausa\b"
            r"|\btenho (?:\d+|cinco|dez|uns) (?:\w+ )?(?:de )?pausa\b",
        ),
        "ru": (
            r"\bу меня (?:\w+ ){0,2}перерыв\b|\bна перерыве\b",
            r"\bu men(?:ya|ja) (?:\w+ ){0,2}(?:pauza|pereryv)\b|\bna pereryve\b",
        ),
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

# Twitching that keeps someone awake is a sleepless night first: every corpus message that says
# both ("kann nicht schlafen, lieg wach und das bein zuckt", "insomnie encore, la paupière
# saute") was written as one about sleep, and the sleep answer covers the twitching in bed.
for _language, _patterns in FOUND[Intent.CANT_SLEEP].items():
    UNLESS[Intent.TWITCHING][_language] += _patterns

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
            r"(?:that helped|much appreciated|(?:i )?(?:really )?(?:appreciate|preciate)"
            r" (?:it|that|ya|you|u)|much obliged)(?: thanks| thank you)?",
        ),
        "de": (
            r"danke(?: (?:schon|schoen|sehr|dir|euch|vielmals))?|dankeschon|dankeschoen",
            r"(?:vielen|herzlichen|tausend) dank",
            r"das hat geholfen(?: danke)?|danke das hat geholfen",
            r"(?:(?:das|es) )?hat(?:s)? (?:mir )?(?:echt |voll |sehr |wirklich |total |gut )?"
            r"geholfen(?: danke)?|hats (?:echt |voll )?geholfen",
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
    # A bare "buenas noches" or "boa noite" is said at bedtime (every writer of sets D to N
    # meant so); with more after it ("buenas noches, ¿qué tal?") it is a hello.
    Intent.GOODNIGHT: {"es": (r"buenas noches",), "pt": (r"boa noite",)},
    Intent.GREETING: {
        "en": (
            r"hi|hello|hey|hiya|heya|howdy|good (?:morning|afternoon|evening)|morning",
            r"yo|sup|wassup|wazzup|g ?day|gday mate|gidday|(?:yo |hey |hi )?(?:whats|wats) up",
        ),
        "de": (
            r"hallo|moin|servus|guten (?:morgen|tag|abend)|gruss dich|hallo zusammen|tag",
            r"na du|hallo+|moinsen|moin moin|hey du",
        ),
        "es": (
            r"hola+|holi|buenas|buenos dias|buenas (?:tardes|noches)|que tal|saludos",
            r"(?:ey|hey|hola+) (?:q|que) tal|q tal|ey",
        ),
        "fr": (r"bonjour|salut|coucou|bonsoir|re",),
        "pt": (
            r"oi|oie|ola|bom dia|boa (?:tarde|noite)|e ai|opa|oi tudo bem|tudo bem",
            r"oi+e?|eai|(?:e ai|eai|oi+) (?:beleza|blz|suave)|fala",
        ),
        "ru": (
            r"привет|приветик|здравствуи(?:те)?|добрыи (?:день|вечер)|доброе утро|хаи|салют",
            r"здарова|здаров|прив|privet|zdravstvujte|zdravstvuite|zdarova|dobryj (?:den|vecher)"
            r"|dobroe utro",
        ),
    },
}

# Words around a greeting, thanks or call for help that change nothing about it, and whom it is
# said to ("appreciate it partner", "danke digga", "gracias tío", "valeu mano").
FILLERS: dict[str, str] = {
    "en": r"ok|okay|oh|ah|well|so|just|please|pls|again|there|stillpoint|bot|great|cool|yes"
    r"|mate|man|buddy|bud|partner|pal|bro|dude|friend|my friend|boss|chief|fam|everyone",
    "de": r"ok|okay|oh|ah|also|bitte|nochmal|stillpoint|bot|super|ja|na|safe|echt"
    r"|digga|diggi|alter|bro|mann|kumpel|junge|leute|euch",
    "es": r"ok|vale|oh|ah|bueno|pues|por favor|porfa|otra vez|stillpoint|bot|si"
    r"|tio|tia|crack|bro|amigo|amiga|wey|guey|chicos|chicas|a todos|gente",
    "fr": r"ok|oh|ah|bon|alors|stp|svp|sil te plait|encore|stillpoint|bot|super|oui|toi"
    r"|mec|frere|frerot|poto|lami|les amis|a tous|tout le monde",
    "pt": r"ok|oh|ah|bom|entao|por favor|pf|de novo|stillpoint|bot|sim"
    r"|mano|cara|amigo|amiga|parceiro|brother|vei|pessoal|galera|gente",
    "ru": r"ок|океи|ну|о|а|пожалуиста|еще|stillpoint|бот|да"
    r"|бро|братан|друг|чувак|дружище|всем",
}


# "e aí, ainda acordado kkk", "здарова, ещё не сплю лол", "hey you still up?": hello to a
# friend late at night, not a sleepless night. Said of oneself it takes the laugh.
_LAUGH = r"(?:k{3,}|rs+|lol+|лол|ха(?:ха)+\w*|а?хах\w*|haha\w*|jaja\w*|mdr|xd|хд)"
_STILL_UP = (
    r"(?:(?:you|u) )?still (?:awake|up)|(?:voce |vc |tu )?ainda acordad[oa]|еще не (?:сплю|спишь)"
    r"|ты еще не спишь|(?:sigues |todavia |aun )despiert[oa]|noch wach|(?:encore|toujours)"
    r" (?:eveille|reveille|debout)e?"
)
_HELLO = "|".join(p for patterns in WHOLE[Intent.GREETING].values() for p in patterns)
_HELLO_STILL_UP = (
    rf"^(?:{_HELLO}) (?:(?:{_STILL_UP}) {_LAUGH}|(?:you|u) still (?:awake|up)"
    rf"|ты еще не спишь|(?:voce|vc) (?:ainda|ta) acordad[oa])$"
)
FOUND[Intent.GREETING] = {"all": (_HELLO_STILL_UP,)}
UNLESS.setdefault(Intent.CANT_SLEEP, {})["all"] = (_HELLO_STILL_UP,)
# Stress told first, then sleeping badly as what it does these days ("trop de stress en ce
# moment, je dors mal, je pense à tout"): the stress is what is said, the sleep a symptom of it.
UNLESS[Intent.CANT_SLEEP].update(
    {
        "en": (
            r"\b(?:stress|stressed|anxiety|anxious|worried|worry|worrying)\b (?:\w+ ){0,6}?"
            r"(?:sleeping|sleep) (?:badly|poorly|terribly)\b",
        ),
        "de": (
            r"\b(?:stress|gestresst|angst|sorgen"
            r"|panik)\w* (?:\w+ ){0,6}?schlafe? (?:\w+ )?schlecht\b",
        ),
        "es": (
            r"\b(?:estres|estresad[oa]|ansiedad|ansios[oa]|agobi\w*|preocupad[oa]|nervios)\b"
            r" (?:\w+ ){0,6}?duermo (?:\w+ )?mal\b",
        ),
        "fr": (
            r"\b(?:stress\w*|angoiss\w*|anxi\w*"
            r"|inquiet\w*) (?:\w+ ){0,6}?(?:je )?dors (?:\w+ )?mal\b",
        ),
        "pt": (
            r"\b(?:estresse|estressad[oa]|ansiedade|ansios[oa]|preocupad[oa]|nervos[oa])\b"
            r" (?:\w+ ){0,6}?durmo (?:\w+ )?mal\b",
        ),
        "ru": (
            r"\b(?:стресс\w*|тревог\w*|тревож\w*|нервы|нервнича\w*) (?:\w+ ){0,6}?плохо сплю\b",
        ),
    }
)

# --- second pass of the seventh round, from the rows fresh writers wrote (sets P and Q) ---------
# Worn out and swamped, said as such: the end of one's tether, not coping any more, everything
# piling up, the head that will not switch off, a worry about everything.
_OVERWHELMED = {
    "en": r"\b(?:cant|cannot|can not|couldnt|not) (?:\w+ )?cop(?:e|ing)\b|\bat (?:the )?end of my"
    r" (?:rope|tether)\b|\b(?:at|near|reaching) (?:my )?breaking point\b|\bfalling apart\b"
    r"|\b(?:everything is|its all|it s all|it is all) (?:just )?too much\b|\bpiling up\b"
    r"|\bat my (?:wits|limit)\b"
    r"|\bswamped\b|\bburn(?:ed|t)? out\b|\bno time for myself\b",
    "de": r"\bschaff\w* (?:\w+ ){0,2}nicht mehr\b|\b(?:bin|ich) (?:\w+ )?(?:am ende|am limit"
    r"|uberlastet|ueberlastet|ausgebrannt|durch)\b"
    r"|\balles (?:ist |wird )?(?:mir )?(?:einfach )?zu viel\b|\bwachst mir uber den kopf"
    r"|\bkeine zeit (?:mehr )?fur mich\b|\bam ende meiner krafte\b",
    "es": r"\b(?:estoy|ando|voy) (?:\w+ )?(?:hasta arriba|hasta el cuello|al limite|desbordad[oa]"
    r"|saturad[oa]|quemad[oa]|reventad[oa])\b|\bno doy abasto\b|\bme supera\b"
    r"|\bse me (?:viene|cae) (?:todo )?encima\b|\bme estoy derrumbando\b",
    "fr": r"\b(?:je suis|suis|jsuis|chuis) (?:\w+ )?(?:a bout|deborde\w*|submerge\w*|sous leau"
    r"|au bout du rouleau|a plat|surmene\w*)\b|\bje craque\b|\bm ?effondr\w*",
    "pt": r"\b(?:estou|to|tou|ando) (?:\w+ )?(?:no (?:meu )?limite|sobrecarregad[oa]|exaust[oa]"
    r"|esgotad[oa]|no fundo do poco)\b|\bnao dou conta\b|\bdesmoron\w*|\bexaust[oa]\b",
    "ru": r"\bна пределе\b|\bна грани\b|\bвсе навалилось\b|\bне справляюсь\b|\bразваливаюсь\b"
    r"|\bвыжат\w*|\bизмотан\w*|\bвыгор\w*",
}
# At the end of one's patience: venting, but said of a symptom too ("paupière qui saute, j'en
# peux plus" is about the eyelid), so it does not outweigh one. "kann nicht mehr schlafen" and
# "больше не могу заснуть" say what cannot be done.
_FED_UP = {
    "en": r"\b(?:cant|cannot) take (?:it|this|any ?more|much more)\b"
    r"|\b(?:its|it s|it is) (?:all )?(?:just )?too much\b",
    "de": r"\bkann (?:einfach |bald )?nicht mehr\b(?! (?:\w+ )?\w+en\b)"
    r"|\b(?:das|es) (?:ist |wird )?(?:mir )?(?:einfach )?zu viel\b",
    "es": r"\bno puedo mas\b(?! \w+(?:ar|er|ir)\b)",
    "fr": r"\b[jn]?(?:en )?peux plus\b|\bc ?est trop\b(?! \w)|\bjy arrive plus\b",
    "pt": r"\b(?:e|ta|esta) tudo demais\b|\b(?:e|ta|esta) demais (?:pra|para) mim\b",
    "ru": r"\bбольше не могу\b(?! \w+(?:ть|ться|ти|чь)\b)|\bне могу больше\b(?! \w+(?:ть|ться"
    r"|ти)\b)",
}
# Wanting only to say it: the message is the saying, whatever it also tells.
_JUST_SAY_IT = {
    "en": r"\bneed to (?:vent|get (?:it|this) off my chest|let (?:it|this) out|say (?:it|this))\b"
    r"|\bjust (?:needed|need|wanted|want) to (?:say|tell|vent|get) (?:it|this|that|someone)?\b",
    "de": r"\b(?:muss|musste|wollte) (?:das |es )?(?:\w+ )?(?:loswerden|rauslassen|sagen"
    r"|aussprechen)\b|\bmusste (?:mal )?raus\b|\bdampf ablassen\b",
    "es": r"\bnecesito (?:soltarlo|desahogarme|contarlo|decirlo|sacarlo)\b|\b(?:solo|solamente)"
    r" (?:queria|quiero|necesitaba) (?:decirlo|contarlo|soltarlo|desahogarme)\b",
    "fr": r"\bbesoin de (?:le dire|le sortir|vider mon sac|en parler|lacher)\b|\bfallait que"
    r" (?:je le dise|ca sorte)\b|\bvider mon sac\b",
    "pt": r"\bpreciso (?:desabafar|falar|dizer isso|por (?:isso|pra fora))\b|\b(?:so )?(?:queria"
    r"|precisava) (?:desabafar|falar|dizer)\b",
    "ru": r"\b(?:нужно|надо|хочу|хотел\w*|хотелось) (?:просто )?(?:выговориться|сказать это"
    r"|поделиться|высказаться)\b",
}
# A mind that will not stop: "can't switch off", "kann nicht abschalten", "la cabeza no para",
# "je n'arrive pas à décrocher", "a cabeça não desliga", "прокручиваю всё в голове".
_NO_OFF = {
    "en": r"\bkeep (?:thinking|worrying|going over|replaying)\b"
    r"|\bi (?:\w+ )?worry (?:about|over)\b"
    r"|\bworr(?:y|ies) about (?:everything|every thing|all of it)\b",
    "de": r"\bunter (?:\w+ )?druck\b|\bmache? mir (?:\w+ )?sorgen\b"
    r"|\bder druck (?:\w+ ){0,3}(?:ist|wird) (?:\w+ )?(?:enorm|riesig|zu gross|zu hoch|krass"
    r"|heftig|unertraglich)\b",
    "es": r"\bme preocup(?:o|a|an)\b|\bpreocupacion(?:es)?\b",
    "fr": r"\bm ?inquiet\w*|\bje me fais (?:\w+ )?du souci\b",
    "pt": r"\bme preocup\w*|\bpreocupac(?:ao|oes)\b",
    "ru": r"\bпрокручива\w* (?:\w+ ){0,3}в голове\b|\bпережива\w*",
}
# The head that will not switch off, by day: at night or in bed it is the sleepless night's
# ("cant switch off my brain tonight"), and the rules leave that to it and the model.
_SWITCH_OFF = {
    "en": r"\b(?:cant|cannot|can not|couldnt|unable to) (?:\w+ )?(?:switch|shut|turn)"
    r" (?:\w+ )?off\b",
    "de": r"\bkann (?:\w+ ){0,2}nicht (?:mehr )?abschalten\b|\bkopf (?:\w+ ){0,2}(?:schaltet nicht"
    r" ab|steht nicht still|hort nicht auf|rattert|dreht sich)\b",
    "es": r"\b(?:no puedo|no consigo|no logro) (?:\w+ )?desconectar\b|\bla cabeza no (?:para"
    r"|se (?:apaga|calla|detiene))\b",
    "fr": r"\b[nj]?(?:arrive|arrivais|parviens|peux) (?:\w+ )?pas a (?:decrocher|deconnecter"
    r"|couper)\b|\bla tete (?:ne )?(?:sarrete|s arrete) (?:pas|jamais|plus)\b",
    "pt": r"\b(?:a )?cabeca nao (?:desliga|para|sossega)\b|\bnao (?:\w+ )?consigo desligar\b",
    "ru": r"\bне (?:могу|получается) (?:\w+ )?(?:отключиться|отключить голову|расслабиться)\b"
    r"|\bголова не (?:отключается|выключается)\b",
}
_NIGHT = {
    "en": r"tonight|at night|in bed|sleep|asleep",
    "de": r"nachts|heute nacht|im bett|schlafen|einschlafen",
    "es": r"esta noche|por la noche|en la cama|dormir",
    "fr": r"cette nuit|la nuit|au lit|dormir|endormir",
    "pt": r"esta noite|a noite|na cama|dormir",
    "ru": r"ночью|в кровати|в постели|спать|уснуть|заснуть",
}
# "The load is unbearable", "le patron me lâche pas": the work that weighs, said as a complaint.
_WORK_WEIGHS = {
    "en": r"\b(?:work|workload|job|boss|deadlines?) (?:\w+ ){0,3}(?:is|are) (?:\w+ )?(?:killing"
    r" me|unbearable|insane|brutal|crushing)\b",
    "de": r"\b(?:arbeit|job|chef|chefin|stress) (?:\w+ ){0,3}(?:ist|sind) (?:\w+ )?"
    r"(?:unertraglich|unmenschlich|der horror|zu viel)\b",
    "es": r"\bel jefe (?:\w+ )?(?:me (?:esta )?rayando|me tiene (?:harto|harta|frit[oa]"
    r"|loc[oa]))\b"
    r"|\b(?:trabajo|curro|carga) (?:\w+ ){0,3}(?:insoportable|inaguantable)\b",
    "fr": r"\b(?:le|mon|ma) (?:patron|patronne|chef|boss|cheffe) (?:\w+ )?(?:me lache pas|me"
    r" harcele|me met la pression|me saoule|me gonfle)\b|\bstress au (?:boulot|travail|taf)\b",
    "pt": r"\b(?:o )?(?:chefe|patrao) (?:\w+ )?(?:nao me larga|me pressiona|me enche)\b"
    r"|\b(?:prazos|trabalho) (?:\w+ ){0,3}(?:nao acabam|insuportave\w*)\b",
    "ru": r"\b(?:нагрузка|работа|начальник|начальство) (?:\w+ ){0,3}(?:невыносим\w*|достал\w*"
    r"|замучил\w*|убивает)\b",
}
for _language in _OVERWHELMED:
    FOUND[Intent.VENTING][_language] += (
        _OVERWHELMED[_language],
        _JUST_SAY_IT[_language],
        _WORK_WEIGHS[_language],
        _FED_UP[_language],
    )
    FOUND[Intent.ANXIOUS][_language] += (
        _NO_OFF[_language],
        rf"^(?!.*\b(?:{_NIGHT[_language]})\b).*?(?:{_SWITCH_OFF[_language]})",
    )
    # Swamped, or only wanting to say it, and a twitching eyelid or bad nights among what is
    # told ("je suis à bout … et mon œil saute", "estoy hasta arriba … y yo sin dormir,
    # necesito soltarlo"): the weight is the message, the symptom one of its items.
    _weight = f"{_OVERWHELMED[_language]}|{_JUST_SAY_IT[_language]}|{_WORK_WEIGHS[_language]}"
    UNLESS[Intent.TWITCHING][_language] += (_weight,)
    UNLESS[Intent.CANT_SLEEP][_language] = (*UNLESS[Intent.CANT_SLEEP].get(_language, ()), _weight)

_WIDER_PQ: dict[Intent, dict[str, tuple[str, ...]]] = {
    # Sleep that will not come, by another name: "sleep is eluding me", "je cherche le sommeil",
    # "el sueño no llega", "o sono não vem", "сон не приходит".
    Intent.CANT_SLEEP: {
        "en": (
            r"\bsleep (?:\w+ ){0,2}(?:eluding|eludes|eluded|evading|evades|escaping|escapes"
            r"|avoiding) me\b|\bsleep (?:just )?(?:wont|will not|doesnt|does not|isnt|is not)"
            r" (?:\w+ )?(?:come|coming)\b|\b(?:cant|cannot|couldnt) (?:seem to )?(?:drift|nod)"
            r" off\b",
        ),
        "de": (
            r"\b(?:der )?schlaf (?:\w+ )?(?:kommt|will) (?:\w+ )?nicht\b|\bsuche (?:\w+ )?(?:den"
            r" )?schlaf\b",
        ),
        "es": (
            r"\bel sueno no (?:me )?(?:llega|viene|aparece)\b|\bno me (?:llega|viene) el sueno\b"
            r"|\b(?:buscando|busco|buscar) el sueno\b",
        ),
        "fr": (
            r"\b(?:cherche|chercher|cherchais|court apres) (?:\w+ )?(?:le )?sommeil\b|\ble sommeil"
            r" (?:ne )?(?:vient|arrive|veut|venait) (?:\w+ )?pas\b|\ble sommeil me fuit\b"
            r"|\bpas moyen de (?:m ?)?(?:en)?dormir\b",
        ),
        "pt": (
            r"\bo sono nao (?:\w+ )?(?:vem|chega|aparece|veio)\b|\b(?:procurando|procuro"
            r"|buscando) o sono\b|\bsono (?:\w+ )?(?:foge|fugiu) de mim\b",
        ),
        "ru": (r"\bсон (?:\w+ )?не (?:приходит|пришел|идет)\b|\bне засыпается\b",),
    },
    # Looking back: old entries, a span gone by with a how or how many ("c'était comment le café
    # le mois dernier", "cuántos llevo este mes", "сколько было на прошлой неделе").
    Intent.HISTORY: {
        "en": (
            r"\bhow (?:was|were|has been|have been|did) (?:my|the) (?:\w+ ){0,2}?(?:over|during"
            r"|in|across|through) (?:the |this |last |past )(?:\w+ )?(?:week|weeks|month|months"
            r"|days|year)\b|\b(?:going|gone|trending|went|is it) (?:\w+ )?up or down\b",
            r"\b(?:old|past|previous|earlier|older) (?:entries|logs|records)\b|\b(?:see|view|look"
            r" at|show) (?:\w+ ){0,2}entries\b",
        ),
        "de": (
            r"\b(?:alte|alten|fruhere\w*|vergangene\w*|bisherige\w*|vorherige\w*|altere\w*)"
            r" (?:eintrage|eintraege|aufzeichnungen|notizen)\b|\b(?:eintrage|eintraege"
            r"|aufzeichnungen) (?:\w+ ){0,2}(?:sehen|anzeigen|ansehen|anschauen|zeigen)\b",
            r"\bwie ?viele? (?:\w+ ){0,4}(?:diese|diesen|dieser|letzte\w*|vorige\w*"
            r"|vergangene\w*) (?:woche|monat)\b|\bwie war (?:\w+ ){0,3}(?:letzte\w*|vorige\w*"
            r"|vergangene\w*) (?:woche|monat)\b",
        ),
        "es": (
            r"\b(?:entradas|registros|notas|apuntes) (?:antigu[oa]s|anteriores|pasad[oa]s"
            r"|viej[oa]s)\b|\bcuant[oa]s (?:\w+ ){0,3}(?:llevo|llevamos)\b",
            r"\b(?:cuant[oa]s|como (?:fue|fueron|estuvo|iba)) (?:\w+ ){0,4}(?:(?:este|esta)"
            r" (?:mes|semana)|(?:el|la) (?:mes|semana) pasad[oa]|(?:el|la) ultim[oa] (?:mes"
            r"|semana))\b",
        ),
        "fr": (
            r"\b(?:anciennes?|precedentes?|vieilles?|passees?) (?:entrees|notes|donnees)\b",
            r"\b(?:combien|comment|cetait|c etait|ca donnait) (?:\w+ ){0,5}(?:le|la|ce|cette)"
            r" (?:mois|semaine)(?: (?:derniere?|passee?))?\b|\b(?:mois|semaine) (?:derniere?"
            r"|passee?) (?:\w+ ){0,3}(?:combien|comment)\b",
        ),
        "pt": (
            r"\b(?:registros|registos|entradas|anotacoes|dados) (?:antigos|anteriores|passados"
            r"|velhos)\b",
            r"\b(?:quant[oa]s|como (?:foi|foram|esteve)) (?:\w+ ){0,4}(?:(?:esta|este|essa|esse"
            r"|nesta|neste|nessa|nesse) (?:semana|mes)|(?:a|o|na|no) (?:semana|mes) passad[oa])\b",
        ),
        "ru": (
            r"\b(?:сколько|как|какои|какая|каким) (?:\w+ ){0,4}(?:на (?:прошл|этои|тои|последн)\w*"
            r" недел\w*|в (?:прошл|этом|том|последн)\w* месяц\w*)|\b(?:стар|прошл|прежн"
            r"|предыдущ)\w*"
            r" записи\b",
        ),
    },
    # How much caffeine a drink holds, asked without a question word ("lots of caffeine in green
    # tea?", "hat cola eigentlich viel koffein", "в зелёном чае много кофеина?").
    Intent.CAFFEINE_QUESTION: {
        "en": (
            r"\b(?:much|lots of|a lot of|loads of|any|how much) caffeine (?:is )?in\b(?! (?:me"
            r"|my)\b)|\bcaffeine"
            r" (?:\w+ )?(?:compared (?:to|with)|vs|versus)\b",
        ),
        "de": (
            r"\b(?:hat|haben|enthalt\w*|enthaelt\w*) (?:\w+ ){0,4}koffein\b|\bkoffein (?:\w+ )?im"
            r" vergleich\b|\b(?:wie ?viel|viel|wenig) koffein (?:ist |steckt )?(?:in"
            r"|im)\b(?! (?:mir|meinem)\b)",
        ),
        "es": (
            r"\b(?:mucha|poca|cuanta) cafeina (?:\w+ )?(?:tiene|lleva|hay)\b|\bcafeina (?:\w+ )?"
            r"(?:comparad\w*|en comparacion)\b",
        ),
        "fr": (
            r"\b(?:beaucoup|peu|combien) de cafeine (?:\w+ )?(?:dans|par rapport|que)\b"
            r"|\bcafeine (?:\w+ ){0,2}par rapport\b",
        ),
        "pt": (
            r"\bquanta cafeina\b|\b(?:muita|pouca) cafeina (?:\w+ )?tem\b|\bcafeina (?:\w+ )?"
            r"(?:comparad\w*|em comparacao)\b",
        ),
        "ru": (
            r"\b(?:сколько|столько) кофеина\b|\bв (?:\w+ ){0,2}(?:чае"
            r"|чаю|коле|энергетике|матче|шоколаде) (?:\w+ ){0,2}кофеин\w*",
        ),
    },
    # A rest from the messages: "хочу отдохнуть от сообщений", "a breather from the reminders".
    Intent.PAUSE: {
        "en": (
            r"\b(?:rest|breather|time off|some space|a rest) from (?:the |your |these |all the "
            r"|all"
            r" these )?(?:messages|reminders|notifications|texts|pings|you|the bot|check ?ins)\b",
        ),
        "de": (
            r"\b(?:ruhe|erholung|abstand) (?:vor|von) (?:den |deinen |euren |diesen )?"
            r"(?:nachrichten|erinnerungen|benachrichtigungen|dir)\b",
        ),
        "es": (
            r"\bdescansar de (?:los |tus |estos )?(?:mensajes|recordatorios|notificaciones|avisos"
            r"|ti)\b",
        ),
        "fr": (
            r"\b(?:me reposer|souffler|repos|faire une pause|decrocher) (?:des|de tes|de vos|de)"
            r" (?:messages|rappels|notifications)\b|\bme reposer de toi\b",
        ),
        "pt": (
            r"\bdescansar (?:das|dos|de) (?:\w+ )?(?:mensagens|lembretes|notificacoes|avisos"
            r"|voce)\b",
        ),
        "ru": (r"\bотдохнуть от (?:\w+ ){0,2}(?:сообщени|напоминани|уведомлени|бот|тебя|вас)\w*",),
    },
    # Coffees by the names they are ordered by.
    Intent.COFFEE: {
        "en": (
            r"\bcafetieres?\b|\bfrench press\b|\bmoka pot\b|\bmacchiatos?\b|\bcup of joe\b"
            r"|\bristrettos?\b|\bdoppios?\b|\b(?:a|an|one|two|three|another|my) (?:\w+ )?"
            r"(?:cortados?|mochas?|lungos?)\b",
        ),
        "de": (r"\bmacchiato\b|\bcafe crema\b",),
        "es": (r"\b(?:un|dos|tres|otro|el|mi) cortados?\b|\bcarajillos?\b",),
        "fr": (r"\bcafetieres?\b|\bpetit noir\b|\bun noisette\b|\bun allonge\b",),
        "pt": (
            r"\bbicas?\b|\bgal(?:ao|oes)\b(?! de (?:agua|gasolina|tinta|\d))|\bpingados?\b"
            r"|\bmeia de leite\b|\babatanados?\b",
        ),
        "ru": (r"\bамерикано\b|\bмакиато\b|\bфлэт уаит\b",),
    },
}
for _intent, _table in _WIDER_PQ.items():
    for _language, _patterns in _table.items():
        FOUND[_intent][_language] = FOUND[_intent].get(_language, ()) + _patterns

# Reports as the work that weighs ("отчёты, гранты", "reports, deadlines, marking"), not the
# one for the doctor.
_WORK_ITEMS = {
    "en": ("reports", r"grants|deadlines|meetings|emails|marking|papers|invoices|exams|reviews"),
    "de": ("berichte", r"gutachten|antrage|antraege|fristen|deadlines|meetings|sitzungen|mails"),
    "es": ("informes", r"plazos|reuniones|correos|facturas|examenes|proyectos"),
    "fr": ("rapports", r"delais|reunions|mails|factures|dossiers|copies|projets"),
    "pt": ("relatorios", r"prazos|reunioes|emails|provas|projetos|faturas"),
    "ru": (
        r"отчеты|отчетов",
        r"гранты|статьи|заявки|проверки|совещания|дедлайны|лекции|сроки|горят|горит",
    ),
}
for _language, (_reports, _items) in _WORK_ITEMS.items():
    UNLESS.setdefault(Intent.REPORT, {})[_language] = (
        *UNLESS.get(Intent.REPORT, {}).get(_language, ()),
        rf"\b(?:{_reports}) (?:\w+ ){{0,2}}(?:{_items})\b|\b(?:{_items}) (?:\w+ ){{0,2}}"
        rf"(?:{_reports})\b",
    )

# "Bonsoir à vous", "hello, it's me again": a hello, with whom it is said to or who is back.
FILLERS["fr"] += r"|a vous|vous|a toi"
WHOLE[Intent.GREETING]["en"] += (r"(?:its|it s|it is|is|tis) me(?: again)?|me again",)
WHOLE[Intent.GREETING]["de"] += (r"ich bins(?: wieder| nochmal)?|bins wieder|wieder da",)
WHOLE[Intent.GREETING]["es"] += (r"soy yo(?: otra vez| de nuevo)?|(?:ya )?estoy de vuelta",)
WHOLE[Intent.GREETING]["fr"] += (r"c ?est (?:encore )?moi(?: encore| de nouveau)?|me revoila",)
WHOLE[Intent.GREETING]["pt"] += (r"sou eu(?: de novo| outra vez)?|(?:to|estou) de volta",)
WHOLE[Intent.GREETING]["ru"] += (r"это (?:снова |опять )?я(?: снова| опять)?|снова я|опять я",)

# A question about sleep that names the sleepless night as its condition ("is it bad to nap if I
# then can't sleep at night", "¿es malo dormir la siesta si luego me cuesta dormir?") stays a
# question: `KEEP` takes back an `UNLESS`.
_IF = {
    "en": r"if|when|even if",
    "de": r"wenn|falls|obwohl",
    "es": r"si|cuando|aunque",
    "fr": r"si|quand|meme si|alors que",
    "pt": r"se|quando|mesmo que",
    "ru": r"если|когда|хотя",
}
KEEP: dict[Intent, dict[str, tuple[str, ...]]] = {
    Intent.SLEEP_QUESTION: {
        language: (
            rf"^(?:{_Q[language]}) (?:\w+ ){{0,6}}?(?:{_SLEEP[language]})\b (?:\w+ ){{0,6}}?"
            rf"(?:{_IF[language]})\b",
        )
        for language in _Q
    },
}
# A drink in a condition and what it does ("se eu beber uma bica às cinco, ainda me afeta à
# noite?", "if I have a coffee after lunch, does it make the twitching worse").
for _language in _IF:
    FOUND[Intent.CAFFEINE_QUESTION][_language] += (
        rf"\b(?:{_IF[_language]}) (?:\w+ ){{0,3}}(?:{_CAFFEINE[_language]})\b (?:\w+ ){{0,8}}?"
        rf"(?:{_CAUSES[_language]})\b",
    )

# --- third pass of the seventh round, from the rows a fresh writer wrote (set O) ---------------
# A paper for the doctor, or the doctor wanting one: "brauch papier für doktor", "doctor ask me
# paper", "médico quer ver meus dados", "врач просит распечатку".
_DOCTOR = {
    "en": r"doctors?|doc|docs|gp|neurologist|physician|neuro|specialist",
    "de": r"arzt|arztin|aerztin|doktor|doc|hausarzt\w*|neurolog\w*|facharzt\w*",
    "es": r"medic[oa]|doctor|doctora|neurolog[oa]|especialista",
    "fr": r"medecin|docteur|toubib|neurologue|generaliste|specialiste|doc",
    "pt": r"medic[oa]|doutor|doutora|neurologista|especialista",
    "ru": r"врач\w*|доктор\w*|невролог\w*|терапевт\w*|vrach\w*|doktor\w*|nevrolog\w*",
}
_PAPER = {
    "en": r"paper|papers|document|documents|printout|print out|print outs|something"
    r" written|something in writing|write up|sheet|my data|my records|my numbers|my log|my logs"
    r"|my entries",
    "de": r"papier|papiere|zettel|ausdruck|ausdrucke|dokument|dokumente|unterlagen|was"
    r" schriftliches|etwas schriftliches|meine daten|meine eintrage|meine aufzeichnungen"
    r"|meine werte",
    "es": r"papel|papeles|documento|documentos|hoja|impreso|algo por escrito|mis datos"
    r"|mis registros|mis apuntes|mis notas",
    "fr": r"papier|papiers|document|documents|feuille|impression|quelque chose d ecrit"
    r"|quelque chose par ecrit|mes donnees|mes releves|mes notes",
    "pt": r"papel|papeis|documento|documentos|folha|impresso|algo por escrito|meus dados"
    r"|meus registros|meus registos|minhas anotacoes",
    "ru": r"бумаг\w*|документ\w*|распечатк\w*|справк\w*|мои (?:данные|записи)|bumag\w*"
    r"|dokument\w*|raspechatk\w*|spravk\w*|moi (?:dannye|zapisi)",
}
_FOR = {
    "en": r"for|to show|to give|to bring|to take",
    "de": r"fur|fuer|zum|zur|furn|an|mit zum",
    "es": r"para|pal|pa|al|a la|a mi",
    "fr": r"pour|au|a mon|a ma|a la",
    "pt": r"para|pra|pro|ao|a|para o|para a|pro meu|pra minha",
    "ru": r"для|к|dlja|dlya|k",
}
_WANTS = {
    "en": r"asks?|asked|asking|wants?|wanted|needs?|needed|requests?|requested|told me to bring",
    "de": r"will|wollte|mochte|moechte|braucht|brauchte|verlangt|fragt|fragte|hatte gern",
    "es": r"quiere|quiso|pide|pidio|necesita|me pide|me pidio",
    "fr": r"veut|voulait|demande|demandait|a demande|a besoin",
    "pt": r"quer|queria|pede|pediu|precisa|pedindo",
    "ru": r"прос\w*|хочет|хотел\w*|нужн\w*|треб\w*|prosit|prosil\w*|hochet|khochet|nuzhn\w*",
}
_WIDER_O: dict[Intent, dict[str, tuple[str, ...]]] = {
    Intent.REPORT: {
        language: (
            rf"\b(?:{_PAPER[language]})\b (?:\w+ ){{0,2}}(?:{_FOR[language]}) (?:\w+ )?"
            rf"(?:{_DOCTOR[language]})\b",
            rf"\b(?:{_DOCTOR[language]}) (?:\w+ ){{0,2}}(?:{_WANTS[language]})\b (?:\w+ ){{0,4}}?"
            rf"(?:{_PAPER[language]})\b",
        )
        for language in _DOCTOR
    },
    # Sleep that will not come back, "no way" said of it: "ya no hay manera de volver a dormir",
    # "no way I'm getting back to sleep", "keine chance wieder einzuschlafen".
    Intent.CANT_SLEEP: {
        "en": (
            r"\bno (?:way|chance) (?:\w+ ){0,2}(?:get|getting|go|going|fall|falling) (?:back )?"
            r"(?:to sleep|asleep)\b",
        ),
        "de": (
            r"\bkeine (?:chance|moglichkeit|ahnung wie) (?:\w+ )?(?:wieder )?(?:einzuschlafen"
            r"|zu schlafen|schlaf zu finden)\b",
        ),
        "es": (
            r"\b(?:no hay|ni|sin) (?:manera|forma|modo|quien|caso) (?:\w+ )?(?:de )?(?:volver a"
            r" |volverme a )?(?:dormir\w*|conciliar el sueno)\b|\bimposible (?:volver a )?"
            r"(?:dormir\w*|conciliar el sueno)\b",
        ),
        "fr": (r"\b(?:pas moyen|impossible|aucun moyen) de (?:me |m )?(?:rendormir|re dormir)\b",),
        "pt": (
            r"\b(?:nao tem|sem) (?:jeito|como|maneira) (?:\w+ )?(?:de )?(?:voltar a |pegar no )?"
            r"(?:dormir|sono)\b|\bimpossivel (?:voltar a )?dormir\b",
        ),
        "ru": (
            r"\bникак не (?:\w+ )?(?:усн|засн|засып)\w*|\b(?:обратно|снова|опять) не (?:могу"
            r" )?(?:уснуть|заснуть|засыпается)\b",
        ),
    },
    # Wound up, everything feels too much: swamped by day, whatever twitches meanwhile.
    Intent.ANXIOUS: {
        "en": (r"\b(?:so|really|all|completely|totally|super) wound up\b|\bwound up tight\b",),
        "es": (
            r"\bnervios de punta\b|\bnervios a flor de piel\b|\b(?:agobiad|preocupad|nerviosis"
            r"|estresad|angustiad)isim[oa]s?\b",
        ),
        "pt": (r"\bnervos a flor da pele\b|\b(?:preocupad|estressad|nervos)issim[oa]s?\b",),
        "ru": (r"\bperezhiva\w*|\bvolnu(?:ju|yu)s\b|\bnervnicha\w*|\btrevog\w*|\btrevozh\w*",),
    },
    # Energy drinks and Latin-letter Russian coffee ("bebi redbull no trabalho", "kofe 3
    # stakana").
    Intent.COFFEE: {
        "en": (r"\bred ?bulls?\b|\bmonster energy\b",),
        "de": (r"\bred ?bulls?\b|\bmonster energy\b",),
        "es": (r"\bred ?bulls?\b|\bmonster energy\b",),
        "fr": (r"\bred ?bulls?\b|\bmonster energy\b",),
        "pt": (r"\bred ?bulls?\b|\bmonster energy\b",),
        "ru": (
            r"\bред ?булл?\w*|\bkofe\w*|\bkofein\w*|\bkapuchino\b|\blatte\b|\bespresso\b"
            r"|\benergetik\w*|\bred ?bull\w*",
        ),
    },
}
for _intent, _table in _WIDER_O.items():
    for _language, _patterns in _table.items():
        FOUND[_intent][_language] = FOUND[_intent].get(_language, ()) + _patterns

# What caffeine can do, asked with the drink first: "le café ça peut faire sauter l'œil",
# "café faz tremer o olho", "el café puede dar tics", "kann kaffee zucken machen".
_CAN_DO = {
    "en": r"can (?:\w+ )?(?:make|cause|give|trigger)",
    "de": r"kann (?:\w+ ){0,2}(?:machen|auslosen|ausloesen|verursachen)|macht (?:\w+ )?(?:zuck"
    r"|flatter)\w*",
    "es": r"(?:puede|pueden|podria) (?:\w+ )?(?:hacer|dar|causar|provocar)"
    r"|hace (?:\w+ )?(?:temblar|saltar|brincar)",
    "fr": r"(?:peut|peuvent|pourrait) (?:\w+ )?(?:faire|donner|provoquer|causer|declencher)"
    r"|fait (?:\w+ )?(?:sauter|trembler|tressaillir)",
    "pt": r"(?:pode|podem|poderia) (?:\w+ )?(?:fazer|dar|causar|provocar)|faz (?:\w+ )?(?:tremer"
    r"|pular|saltar)",
    "ru": r"(?:может|могут) (?:\w+ )?(?:вызвать|вызывать|давать|дать)",
}
for _language, _can in _CAN_DO.items():
    FOUND[Intent.CAFFEINE_QUESTION][_language] += (
        rf"\b(?:{_CAFFEINE[_language]})\b (?:\w+ ){{0,3}}?(?:{_can})\b",
    )

# Everything feels too much: swamped, said as a feeling ("everything feels like too much", "alles
# fühlt sich zu viel an", "todo se me hace demasiado"), and the symptom only one of its items.
_TOO_MUCH = {
    "en": r"\b(?:everything|it all|life|all of it) (?:just )?(?:feels|seems|is getting|gets)"
    r" (?:like )?(?:way )?too much\b",
    "de": r"\balles (?:\w+ )?(?:fuhlt sich|wirkt|wird) (?:\w+ )?zu viel\b",
    "es": r"\btodo (?:se )?me (?:hace|parece|resulta) (?:\w+ )?(?:demasiado|too much)\b",
    "fr": r"\btout (?:me )?(?:semble|parait|devient) (?:\w+ )?trop\b",
    "pt": r"\btudo (?:me )?(?:parece|esta ficando|fica) (?:\w+ )?demais\b",
    "ru": r"\bвсе(?: как-то)? (?:стало )?(?:слишком|чересчур)\b",
}
for _language, _much in _TOO_MUCH.items():
    FOUND[Intent.VENTING][_language] += (_much,)
    UNLESS[Intent.TWITCHING][_language] += (_much,)
    UNLESS[Intent.CANT_SLEEP][_language] += (_much,)

# Worry told first, then sleeping badly as what it does ("estou preocupado com o documento, não
# durmo bem", "estoy agobiadísima … y yo sin dormir"): the worry is what is said.
_WORRY_FIRST = {
    "en": (
        r"stress|stressed|anxiety|anxious|worried|worry|worrying|overwhelmed|wound up",
        r"(?:not|never|barely|hardly) sleep(?:ing)? (?:\w+ )?(?:well|much|at all)|sleeping"
        r" (?:badly|poorly|terribly)|no sleep",
    ),
    "de": (
        r"stress|gestresst|angst|sorgen|panik|uberfordert|ueberfordert",
        r"schlafe? (?:\w+ )?(?:schlecht|kaum|nicht gut)|kaum schlaf",
    ),
    "es": (
        r"estres|estresad\w*|ansiedad|ansios[oa]|agobi\w*|preocupad\w*|nervios|angustiad\w*",
        r"duermo (?:\w+ )?(?:mal|fatal|poco)|no duermo (?:\w+ )?bien|apenas duermo|sin dormir"
        r"|sin pegar ojo",
    ),
    "fr": (
        r"stress\w*|angoiss\w*|anxi\w*|inquiet\w*|deborde\w*",
        r"dors (?:\w+ )?(?:mal|peu)|dors (?:\w+ )?pas bien|dors presque pas",
    ),
    "pt": (
        r"estresse|estressad\w*|ansiedade|ansios[oa]|preocupad\w*|nervos[oa]|angustiad\w*",
        r"durmo (?:\w+ )?(?:mal|pouco)|nao (?:\w+ )?durmo (?:\w+ )?bem|mal durmo|sem dormir"
        r"|nao (?:to|tou|estou|ando) dormindo (?:\w+ )?bem",
    ),
    "ru": (
        r"стресс\w*|тревог\w*|тревож\w*|нервы|нервнича\w*|пережива\w*|беспоко\w*",
        r"(?:плохо|мало|почти не) сплю|сплю (?:\w+ )?плохо|не высыпаюсь",
    ),
}
for _language, (_worry, _badly) in _WORRY_FIRST.items():
    UNLESS[Intent.CANT_SLEEP][_language] += (rf"\b(?:{_worry})\b (?:\w+ ){{0,16}}?(?:{_badly})\b",)

# A nap by its Portuguese name, asked about with "is it a good idea" ("sesta depois do almoço é
# boa ideia?", "is a nap after lunch a good idea", "mittagsschlaf sinnvoll?").
_SLEEP_WORTH = {
    "en": (r"naps?|napping|siesta", r"(?:a )?good idea|bad idea|worth it|recommended|healthy"),
    "de": (
        r"mittagsschlaf|nickerchen|powernap",
        r"gute idee|sinnvoll|empfehlenswert|gesund|ungesund",
    ),
    "es": (r"siesta|siestas", r"buena idea|mala idea|recomendable|sano|saludable|conviene"),
    "fr": (r"sieste|siestes", r"bonne idee|mauvaise idee|conseillee?|recommandee?|sain"),
    "pt": (
        r"sesta|sestas|soneca|cochilo|cochilar|siesta",
        r"boa ideia|ma ideia|recomendad[oa]|saudavel|vale a pena|e bom|faz bem|faz mal",
    ),
    "ru": (
        r"дневн\w* сон|поспать днем|спать днем|сиест\w*",
        r"хорошая идея|плохая идея|полезн\w*|вредн\w*|стоит ли",
    ),
}
for _language, (_nap, _worth) in _SLEEP_WORTH.items():
    FOUND[Intent.SLEEP_QUESTION][_language] += (
        rf"\b(?:{_nap})\b (?:\w+ ){{0,5}}?(?:{_worth})\b",
        rf"\b(?:{_worth})\b (?:\w+ ){{0,3}}?(?:{_nap})\b",
    )

# How are you, said as a hello: "hola, ¿cómo anda?", "how are you doing", "wie gehts",
# "comment ça va", "como vai", "как дела".
WHOLE[Intent.GREETING]["en"] += (
    r"how (?:are|r) (?:you|u|ya)(?: doing| today)?|how (?:you|ya|u) doing|hows it going"
    r"|how is it going|hows things|how have you been",
)
WHOLE[Intent.GREETING]["de"] += (r"wie gehts(?: dir| euch)?|wie geht es dir|wie gehts so",)
WHOLE[Intent.GREETING]["es"] += (
    r"(?:y )?(?:como|q|que) (?:anda|andas|andan|andamos|va|vas|estas|esta|estan|te va|le va"
    r"|va todo|va la cosa|lo llevas)|que onda|que hay|que pasa",
)
WHOLE[Intent.GREETING]["fr"] += (r"(?:comment )?ca va|comment allez vous|comment vas tu",)
WHOLE[Intent.GREETING]["pt"] += (
    r"como (?:vai|vais|voce esta|vc ta|ta|estas|esta|anda|andas)|tudo bom|tudo certo|tudo joia",
)
WHOLE[Intent.GREETING]["ru"] += (r"как дела|как ты|как жизнь|как сам|kak dela|kak ty",)

# Thanks, hellos and goodnights in Russian typed in Latin letters, too short to be taken for
# Russian by `translit` ("spasibo bratan", "zdorovo", "spokki").
WHOLE[Intent.THANKS]["ru"] += (
    r"(?:bolshoe |ogromnoe )?spasib(?:o|ki|a)(?: (?:bolshoe|ogromnoe|tebe|vam))?(?: pomoglo)?"
    r"|pasib|blagodar(?:ju|yu)",
)
WHOLE[Intent.GREETING]["ru"] += (r"zdorovo|zdarov|privetik|privetiki|salut|dobryi (?:den|vecher)",)
FOUND[Intent.GOODNIGHT]["ru"] += (r"^spok+i$|^spok(?:i|oi|oj) noch\w*",)
FILLERS["ru"] += r"|bro|bratan|drug|druzhishche|chuvak|vsem|ok|nu"

# --- eighth round, from the rows a blind writer wrote (set R) -----------------------------------
# Whether a drink causes the twitching or the sleepless night, is safe with it, or until when it
# can be had: a drink, a question word and a symptom, near each other in any of these orders
# ("could my twitching really be from coffee", "el café puede ser lo que me hace temblar el ojo",
# "декаф безопасен при подёргиваниях", "whats the latest i should have coffee if i want to be
# asleep by 11"). Punctuation is gone by now, so the question is told by its words.
_DRINK = {
    language: rf"{_CAFFEINE[language]}|{extra}"
    for language, extra in {
        "en": r"decaf\w*|caffeinated",
        "de": r"koffeinfrei\w*",
        "es": r"descafeinado\w*",
        "fr": r"deca\w*|decafeine\w*",
        "pt": r"descafeinado\w*",
        "ru": r"декаф\w*|кофеинов\w*",
    }.items()
}
# The twitching, by the words for it and for the eye it is often in; eyes that are closing ("my
# eyes are closing", "глаза слипаются") want the coffee, not an answer.
_TWITCH = {
    "en": r"twitch\w*|spasm\w*|fascicul\w*|tremors?|eye ?lids?|eyes?(?! (?:are |keep )?(?:closing"
    r"|heavy|shutting|drooping))|" + _EN_JUMP,
    "de": r"(?!entz|verz)\w*zuck(?!er)\w*|faszikul\w*|tremor|augenlid\w*|lid|auge"
    r"|augen(?! (?:\w+ )?(?:fallen|zufallen|zu)\b)|flatter\w*",
    "es": r"tics?|espasm\w*|fascicul\w*|temblor\w*|parpados?|ojos?(?! (?:se )?(?:me )?(?:cierran"
    r"|cerrando))|salta|saltan|saltando|brinca|brincan|brincando|temblar|tiembla\w*|saltar"
    r"|brincar",
    "fr": r"tics?|spasm\w*|fascicul\w*|tressa\w*|paupieres?|oeil|yeux(?! (?:qui )?(?:se )?ferm)"
    r"|sauter|trembl\w*|" + _FR_JUMP,
    "pt": r"tiques?|espasm\w*|fascicul\w*|tremor\w*|palpebras?|olhos?(?! (?:\w+ )?(?:fechando"
    r"|pesados))|tremer|trem(?:e|em|endo)|pular|" + _PT_JUMP,
    "ru": r"дерга\w*|дерну\w*|подерг\w*|тик\w*|спазм\w*|тремор\w*|фасцикул\w*|веко|веки"
    r"|глаз\w*(?! (?:\w+ )?(?:слипа|закрыва)\w*)|" + _RU_JUMP,
}
_ASLEEP = {
    "en": r"sleep\w*|asleep|insomnia|bed|bedtime",
    "de": r"schlaf\w*|einschlaf\w*|pennen|bett",
    "es": r"dormir|duermo|sueno|insomnio|acostar\w*",
    "fr": r"dormir|sommeil|endormir|insomnies?|coucher",
    "pt": r"dormir|durmo|sono|insonia|deitar",
    "ru": r"сон|сна|сну|спать|сплю|уснуть|заснуть|засыпа\w*|бессонниц\w*|ложусь|ложиться|лечь"
    r"|лягу",
}
# Asking words: a modal of possibility (not "could use a coffee", "может выпить кофе"), "is
# it", and German's question with the verb first ("verstärkt Kaffee das Zucken") ...
_MAYBE = {
    "en": r"(?:could|can)(?! (?:\w+ )?(?:use|do with|go for|murder|kill for|get|grab|need|barely"
    r"|hardly|feel))|does|is it|is that|is this|are they",
    "de": r"kann|kanns|konnte|koennte|konnen|koennen|ist es|ists|ist das|liegt|liegts|kommt"
    r"|kommen|darf ich|wirkt|verstarkt|verstaerkt|verursacht|verschlimmert|begunstigt|beguenstigt",
    "es": r"puede|pueden|podria|podrian|sera|es el|es la|es por",
    "fr": r"peut|peuvent|pourrait|pourraient|est ce|estce|est il|est elle|serait ce",
    "pt": r"pode|podem|poderia|sera|seria",
    "ru": r"может(?! (?:\w+ )?(?:выпить|попить|взять|заварить|сделать|еще))|могут|мог|ли|правда"
    r"|разве|неужели|можно",
}
# ... and safe or harmful, until when, or whether it still works by bedtime.
_JUDGE = {
    "en": r"whats the latest|what s the latest|what is the latest|how late|until when|till when"
    r"|safe|safer|harmful|dangerous|still (?:working|active|in my system|(?:have|has) an effect)"
    r"|wears? off",
    "de": r"bis wann|ab wann|wie spat|wie spaet|wann|sicher (?:bei|fur|mit)|unbedenklich"
    r"|gefahrlich|gefaehrlich|schadlich|schaedlich|noch (?:\w+ )?wirk\w*",
    "es": r"es seguro|seguro|peligros[oa]|malo|hasta que hora|hasta cuando|a que hora"
    r"|que tan tarde|(?:todavia|aun|sigue) (?:\w+ )?(?:haciendo )?efecto",
    "fr": r"jusqu a quand|jusqu a quelle heure|a quelle heure|au plus tard|sans danger"
    r"|sans risque|dangereu\w*|nocif|mauvais|(?:encore|toujours) (?:\w+ )?effet",
    "pt": r"e seguro|seguro|perigos[oa]|faz mal|ate que horas?|ate quando|a que horas?"
    r"|que horas|(?:ainda|continua) (?:\w+ )?(?:fazendo )?efeito",
    "ru": r"безопас\w*|опасн\w*|вредн\w*|до скольки|во сколько|до какого|до которого"
    r"|в котором часу|в какое время|(?:еще|все еще) (?:\w+ )?действ\w*",
}
# What joins a symptom named first to the drink that may be behind it ("twitching … from coffee").
_BEHIND = {
    "en": r"from|because of|due to|caused by|by|be|related to|linked to",
    "de": r"vom|von|wegen|durch|am|an|liegt|kommt|kommen|der|die|das",
    "es": r"por|del|de|el|la|culpa",
    "fr": r"du|de|a cause|par|le|la|lie|liee|lies",
    "pt": r"do|da|de|por|pelo|pela|o|a|culpa",
    "ru": r"от|из за|с|после",
}
for _language, _drink in _DRINK.items():
    _judge, _behind = _JUDGE[_language], _BEHIND[_language]
    _ask = f"{_MAYBE[_language]}|{_judge}"
    _twitch = _TWITCH[_language]
    _symptom = f"{_twitch}|{_ASLEEP[_language]}"
    FOUND[Intent.CAFFEINE_QUESTION][_language] += (
        rf"\b(?:{_ask})\b (?:\w+ ){{0,8}}?(?:{_drink})\b (?:\w+ ){{0,8}}?(?:{_symptom})\b",
        rf"\b(?:{_ask})\b (?:\w+ ){{0,6}}?(?:{_symptom})\b (?:\w+ ){{0,4}}?(?:{_behind})"
        rf" (?:\w+ ){{0,2}}?(?:{_drink})\b",
        # The symptom first, then whether the drink is behind it ("mein Auge zuckt, kommt das
        # vom Kaffee", "глаз дёргается, может от кофе").
        rf"\b(?:{_symptom})\b (?:\w+ ){{0,4}}?(?:{_ask})\b (?:\w+ ){{0,3}}?(?:{_behind})"
        rf" (?:\w+ ){{0,2}}?(?:{_drink})\b",
        # The drink first: "el café puede ser lo que me hace temblar el ojo". Sleep after a
        # drink and a modal is often only the evening's plan ("le café peut attendre, je vais
        # dormir"): with sleep, only safe, harmful or until when asks.
        rf"\b(?:{_drink})\b (?:\w+ ){{0,6}}?(?:{_ask})\b (?:\w+ ){{0,6}}?(?:{_twitch})\b",
        rf"\b(?:{_drink})\b (?:\w+ ){{0,8}}?(?:{_judge})\b (?:\w+ ){{0,6}}?"
        rf"(?:{_ASLEEP[_language]})\b",
    )

# Whether decaf is really without caffeine, or counts ("Le décaféiné, il est vraiment sans
# caféine ?", "el descafeinado cuenta o no?"): asked of the drink the log leaves out. "Really",
# not "totally": "switched to decaf, totally caffeine free now" says, it does not ask.
_DECAF_REALLY = {
    "en": (
        r"decaf\w*",
        r"really|actually|truly",
        r"caffeine free|free of caffeine|without caffeine|no caffeine",
        r"counts?",
    ),
    "de": (
        r"entkoffein\w*|koffeinfrei\w*",
        r"wirklich|tatsachlich|tatsaechlich|echt",
        r"koffeinfrei|ohne koffein",
        r"zahlt|zaehlt",
    ),
    "es": (
        r"descafeinado\w*",
        r"de verdad|realmente",
        r"sin cafeina",
        r"cuenta",
    ),
    "fr": (r"deca\w*", r"vraiment|reellement", r"sans cafeine", r"compte"),
    "pt": (r"descafeinado\w*", r"mesmo|realmente|de verdade", r"sem cafeina", r"conta"),
    "ru": (
        r"декаф\w*|кофе без кофеина",
        r"правда|действительно|точно",
        r"без кофеина",
        r"считается|считать|учитывать",
    ),
}
for _language, (_decaf, _really, _free, _count) in _DECAF_REALLY.items():
    FOUND[Intent.CAFFEINE_QUESTION][_language] += (
        rf"\b(?:{_decaf}) (?:\w+ ){{0,3}}?(?:{_really}) (?:\w+ )?(?:{_free})\b",
        rf"\b(?:{_decaf}) (?:\w+ )?(?:{_count})\b (?:\w+ )?(?:or not|o no|ou pas|ou nao|oder nicht"
        rf"|или нет|too|also|auch|tambien|aussi|tambem|тоже)\b",
    )

# Looking back at a month by its name ("wie war das eigentlich im März", "how were the twitches
# in march", "сколько было в мае"), and a link between two of one's own things ("y a-t-il un
# lien entre mon sommeil et les tressautements"): the entries answer both.
_MONTH = {
    "en": r"january|february|march|april|may|june|july|august|september|october|november"
    r"|december",
    "de": r"januar|februar|marz|maerz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember",
    "es": r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre",
    "fr": r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre",
    "pt": r"janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    r"|dezembro",
    "ru": r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[ея]|июн\w*|июл\w*|август\w*|сентябр\w*"
    r"|октябр\w*|ноябр\w*|декабр\w*",
}
_IN_MONTH = {
    "en": r"in|during|back in|last|since",
    "de": r"im|in|letzten|vorigen|seit",
    "es": r"en|durante|el mes de|desde",
    "fr": r"en|durant|pendant|au mois de|depuis",
    "pt": r"em|no mes de|durante|desde",
    "ru": r"в|во|за|с",
}
_HOW_WAS = {
    "en": r"how (?:was|were|bad|good|often|many|much|did)|what was|what were|were there|was there"
    r"|was it",
    "de": r"wie (?:war|waren|lief|sah|oft|viele?|schlimm|stark)|was war",
    "es": r"como (?:fue|fueron|estuvo|estuvieron|iba|era|estaba|estaban)|cuant[oa]s|que tal",
    "fr": r"comment (?:c ?etait|etait|etaient|ca s est passe|ca allait)|c ?etait comment"
    r"|combien|y avait il",
    "pt": r"como (?:foi|foram|estava|estavam|esteve|andava)|quant[oa]s",
    "ru": r"как (?:было|были|прошел|прошла|прошло|обстояло)|сколько|какие были|какое было"
    r"|было ли|были ли",
}
_LINK = {
    "en": (
        r"links?|connections?|correlations?|relationships?|patterns?",
        r"between",
        r"my",
    ),
    "de": (
        r"zusammenhang|zusammenhange|verbindung|korrelation|muster|beziehung",
        r"zwischen",
        r"mein|meine|meinem|meinen|meiner",
    ),
    "es": (r"relacion|conexion|correlacion|vinculo|patron", r"entre", r"mi|mis"),
    "fr": (r"liens?|rapport|relation|correlation|connexion", r"entre", r"mon|ma|mes"),
    "pt": (
        r"relacao|ligacao|conexao|correlacao|padrao",
        r"entre",
        r"meu|minha|meus|minhas",
    ),
    "ru": (
        r"связь|связи|взаимосвяз\w*|зависимост\w*|корреляци\w*|закономерност\w*",
        r"между",
        r"моим|моеи|моими|моих|мои|моя|мое|моего|моему",
    ),
}
for _language, _month in _MONTH.items():
    _in, _how = _IN_MONTH[_language], _HOW_WAS[_language]
    _link, _between, _my = _LINK[_language]
    FOUND[Intent.HISTORY][_language] += (
        rf"\b(?:{_how})\b (?:\w+ ){{0,5}}?(?:{_in}) (?:{_month})\b",
        rf"\b(?:{_in}) (?:{_month})\b (?:\w+ ){{0,3}}?(?:{_how})\b",
        rf"\b(?:{_link}) (?:{_between}) (?:\w+ ){{0,2}}?(?:{_my})\b",
    )

# The month gone by without its name ("como tava a tremedeira no mês passado"), and patterns in
# one's own days: which days it is worst, whether it is worse on the days of something, a link
# one asks to be shown ("y a un lien entre le café et les mauvais jours ? montre").
_LAST_MONTH = {
    "en": r"last month|the month before|the previous month",
    "de": r"(?:im )?(?:letzten|vorigen|vergangenen) monat|(?:im )?vormonat",
    "es": r"(?:el|en el) mes (?:pasado|anterior)",
    "fr": r"(?:le|au) mois (?:dernier|passe|precedent)",
    "pt": r"(?:o|no) mes (?:passado|anterior)",
    "ru": r"(?:в )?(?:прошлом|прошлыи|предыдущем) месяц\w*|(?:v )?proshl\w* mesyac\w*",
}
_HOW_THEN = {
    "en": r"how (?:was|were|bad|often|many|much)",
    "de": r"wie (?:war|waren|lief|oft|viele?|schlimm|stark)",
    "es": r"como (?:fue|fueron|estuvo|estuve|estaba|estaban|iba|andaba)|cuant[oa]s",
    "fr": r"comment (?:c ?etait|etait|etaient|ca allait)|c ?etait comment|combien",
    "pt": r"como (?:foi|foram|estava|tava|tavam|estavam|esteve|andava)|quant[oa]s",
    "ru": r"как (?:было|были|прошел|прошла|прошло)|сколько|kak (?:bylo|byli)|skolko",
}
_PATTERNS = {
    "en": (
        r"\b(?:what|which) days? (?:\w+ ){0,4}?(?:most|more|worst|least)\b",
        r"\b(?:on (?:the )?days|the days (?:when|that|where)) (?:\w+ ){0,6}?(?:more|less)\b"
        r" (?:\w+ ){0,6}?(?:more|less|worse|better)\b",
        r"\b(?:can i|could i|let me|i want to|i d like to|id like to) (?:see|check|look)"
        r" (?:\w+ ){0,2}?(?:if|whether) (?:\w+ ){0,6}?(?:worse|better|more|less)\b",
        r"\b(?:links?|connections?|correlations?|relationships?) between (?:\w+ ){0,5}?(?:bad"
        r"|good|worse|better) days\b",
    ),
    "de": (
        r"\b(?:an )?welchen tagen (?:\w+ ){0,4}?(?:am meisten|mehr|am schlimmsten|am starksten"
        r"|weniger)\b",
        r"\ban (?:den )?tagen (?:an denen|wo|wenn|mit) (?:\w+ ){0,6}?(?:mehr|weniger)\b"
        r" (?:\w+ ){0,6}?(?:mehr|weniger|schlimmer|starker|besser)\b",
        r"\b(?:kann ich|konnte ich|lass mich|will|mochte) (?:\w+ )?(?:sehen|nachsehen|schauen"
        r"|checken) (?:\w+ )?ob (?:\w+ ){0,6}?(?:schlimmer|besser|mehr|weniger|starker)\b",
        r"\b(?:zusammenhang|verbindung|korrelation) zwischen (?:\w+ ){0,5}?(?:schlechten"
        r"|guten) tagen\b",
    ),
    "es": (
        r"\b(?:(?:cuales|en que) dias|que dias (?!mas\b)\w+) (?:\w+ ){0,3}?(?:mas|peor"
        r"|menos)\b",
        r"\b(?:los|en los) dias (?:que|en que|cuando) (?:\w+ ){0,6}?(?:mas|menos)\b"
        r" (?:\w+ ){0,6}?(?:mas|menos|peor|mejor)\b",
        r"\b(?:puedo|podria|se puede|quiero) ver si (?:\w+ ){0,6}?(?:peor|mejor|empeora"
        r"|mejora|mas|menos)\b",
        r"\b(?:relacion|conexion|correlacion) entre (?:\w+ ){0,5}?(?:dias malos|malos dias"
        r"|dias buenos)\b",
    ),
    "fr": (
        r"\bquels jours (?:\w+ ){0,4}?(?:le plus|plus|pire|moins)\b",
        r"\bles jours (?:ou|quand|que) (?:\w+ ){0,6}?(?:plus|moins)\b (?:\w+ ){0,6}?(?:plus"
        r"|moins|pire|mieux)\b",
        r"\b(?:plus|moins) de \w+ les jours (?:ou|quand|que) (?:\w+ ){0,6}?(?:plus|moins)\b",
        r"\b(?:je peux|je pourrais|peut on|puis je|je veux|est ce que je peux) voir si"
        r" (?:\w+ ){0,6}?(?:pire|mieux|plus|moins)\b",
        r"\b(?:liens?|rapport|relation|correlation) entre (?:\w+ ){0,5}?(?:mauvais|bons)"
        r" jours\b",
    ),
    "pt": (
        r"\b(?:(?:quais|em que) dias|que dias (?!mais\b)\w+) (?:\w+ ){0,3}?(?:mais|pior"
        r"|menos)\b",
        r"\b(?:nos|os) dias (?:que|em que|quando) (?:\w+ ){0,6}?(?:mais|menos)\b"
        r" (?:\w+ ){0,6}?(?:mais|menos|pior|melhor)\b",
        r"\b(?:da pra|posso|consigo|quero|tem como) ver se (?:\w+ ){0,6}?(?:pior|melhor|piora"
        r"|melhora|mais|menos)\b",
        r"\b(?:relacao|ligacao|correlacao) entre (?:\w+ ){0,5}?(?:dias ruins|dias maus"
        r"|dias bons)\b",
    ),
    "ru": (
        r"\b(?:в )?(?:какие|каких) дни (?:\w+ ){0,4}?(?:больше|сильнее|хуже|чаще|меньше)\b"
        r"|\b(?:v )?kakie dni (?:\w+ ){0,4}?(?:bolshe|silnee|huzhe|chashche|menshe)\b",
        r"\bв (?:те )?дни (?:когда|в которые) (?:\w+ ){0,6}?(?:больше|меньше)\b (?:\w+ ){0,6}?"
        r"(?:больше|меньше|сильнее|хуже|лучше|чаще)\b",
        r"\b(?:можно|могу|хочу|дай) (?:\w+ )?(?:посмотреть|увидеть|глянуть) (?:\w+ ){0,2}?"
        r"(?:хуже|лучше|больше|меньше|сильнее|чаще|реже) ли\b",
        r"\b(?:связь|связи|зависимость|корреляци\w*) (?:между )?(?:\w+ ){0,5}?(?:плохими"
        r"|хорошими) днями\b",
    ),
}
for _language, _last in _LAST_MONTH.items():
    _then = _HOW_THEN[_language]
    FOUND[Intent.HISTORY][_language] += (
        rf"\b(?:{_then})\b (?:\w+ ){{0,5}}?(?:{_last})\b",
        rf"\b(?:{_last})\b (?:\w+ ){{0,3}}?(?:{_then})\b",
        *_PATTERNS[_language],
    )

# Twitching "ohne Pause", "sin parar", "sans arrêt", "без остановки", "non-stop" goes on without
# a break: it says how the twitching is, not that the reminders should rest, unless the message
# also asks for that in so many words ("pause the reminders, it twitches without a pause").
_WITHOUT_BREAK = {
    "en": r"\bwithout (?:a |any )?(?:pause|break)\b|\bno pause\b|\bnon ?stop\b",
    "de": r"\bohne (?:jede |eine |ne )?pause\b|\bpausenlos\b",
    "es": r"\bsin (?:ninguna |una )?(?:pausa|parar|descanso)\b",
    "fr": r"\bsans (?:aucune |une )?(?:pause|arret|repit)\b",
    "pt": r"\bsem (?:nenhuma |uma )?(?:pausa|parar|descanso)\b",
    "ru": r"\bбез (?:пауз\w*|перерыв\w*|останов\w*)|\bbez (?:pauz\w*|pereryv\w*|ostanov\w*)",
}
_PAUSE_THE_BOT = {
    "en": r"(?<!without )(?<!without a )(?<!no )\bpause (?:the |my |all |your |these )?"
    r"(?:reminders?|messages|notifications|check ?ins|bot|pings|texts|everything|it all|for"
    r"|until|till)\b|\bplease pause\b",
    "de": r"\bpausier\w*|(?<!ohne )(?<!ohne jede )(?<!ohne eine )\bpause (?:fur|bis|bitte|machen"
    r"|einlegen|alles)\b|\b(?:erinnerungen|nachrichten|benachrichtigungen) (?:\w+ ){0,2}"
    r"(?<!ohne )pause\b",
    "es": r"\bpausar\w*|\ben pausa (?:los|las|el|la)\b|\bpon(?:er|las|los|lo|la)? (?:\w+ ){0,2}en"
    r" pausa\b|(?<!sin )(?<!sin una )(?<!sin ninguna )\bpausa (?:los|las|por|hasta|durante"
    r"|todo)\b",
    "fr": r"\bmet(?:s|tre|tez)? (?:\w+ ){0,2}en pause\b|(?<!sans )(?<!sans une )(?<!sans aucune )"
    r"\bpause (?:les|des|tout|pendant|jusqu\w*)\b",
    "pt": r"\bpausar\w*|\b(?:coloca|colocar|poe|por) (?:\w+ ){0,2}em pausa\b|(?<!sem )"
    r"(?<!sem uma )(?<!sem nenhuma )\bpausa (?:os|as|por|ate|durante|tudo)\b",
    "ru": r"\bна паузу\b|(?<!без )\bпауз\w* (?:на|до)\b|\bприостанов\w*",
}
for _language, _without in _WITHOUT_BREAK.items():
    UNLESS[Intent.PAUSE][_language] += (_without,)
    KEEP.setdefault(Intent.PAUSE, {})[_language] = (_PAUSE_THE_BOT[_language],)

# --- ninth round, from the rows blind writers wrote (sets S and T): `rules_ninth`; set U:
# `rules_ninth_u`; tenth round, sets V and W (en, de, es, fr, pt, ru): `rules_tenth_d`; eleventh
# round, sets W, X and Y by concept: `rules_eleventh`; twelfth round, sets Z and AA by concept:
# `rules_twelfth`; thirteenth round, sets AB and AC: `rules_thirteenth` -----------------------
for _intent, _table in (
    *NINTH_FOUND.items(),
    *NINTH_U_FOUND.items(),
    *TENTH_D_FOUND.items(),
    *ELEVENTH_FOUND.items(),
    *TWELFTH_FOUND.items(),
    *THIRTEENTH_FOUND.items(),
):
    for _language, _patterns in _table.items():
        _found = FOUND.setdefault(_intent, {})
        _found[_language] = _found.get(_language, ()) + _patterns
        # A sleepless night outweighs the twitching in it, as above.
        if _intent is Intent.CANT_SLEEP:
            UNLESS[Intent.TWITCHING][_language] += _patterns
# Until here the sleep question's take-backs are the sleepless night's finds, the same table; a
# take-back of the sleep question's own ("mir ist alles zu viel" of a worn-out carer) must not
# become a find of the sleepless night too.
UNLESS[Intent.SLEEP_QUESTION] = dict(UNLESS[Intent.SLEEP_QUESTION])
for _intent, _table in (
    *NINTH_UNLESS.items(),
    *NINTH_U_UNLESS.items(),
    *TENTH_D_UNLESS.items(),
    *ELEVENTH_UNLESS.items(),
    *TWELFTH_UNLESS.items(),
    *THIRTEENTH_UNLESS.items(),
):
    for _language, _patterns in _table.items():
        _unless = UNLESS.setdefault(_intent, {})
        _unless[_language] = _unless.get(_language, ()) + _patterns
# On edge ("я на взводе", "je suis à cran"): venting where the message is otherwise venting, else
# anxious (the anxious rules come first, so they look ahead for any venting).
for _language, _on_edge in ON_EDGE.items():
    _venting = "|".join(f"(?:{p})" for p in FOUND[Intent.VENTING][_language])
    FOUND[Intent.VENTING][_language] += (_on_edge,)
    FOUND[Intent.ANXIOUS][_language] += (rf"^(?!.*(?:{_venting})).*?(?:{_on_edge})",)
for _intent, _table in (
    *TENTH_D_WHOLE.items(),
    *ELEVENTH_WHOLE.items(),
    *TWELFTH_WHOLE.items(),
    *THIRTEENTH_WHOLE.items(),
):
    for _language, _patterns in _table.items():
        WHOLE[_intent][_language] = WHOLE[_intent].get(_language, ()) + _patterns
for _intent, _table in (
    *TENTH_D_KEEP.items(),
    *ELEVENTH_KEEP.items(),
    *TWELFTH_KEEP.items(),
    *THIRTEENTH_KEEP.items(),
):
    for _language, _patterns in _table.items():
        _keep = KEEP.setdefault(_intent, {})
        _keep[_language] = _keep.get(_language, ()) + _patterns
