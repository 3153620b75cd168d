"""Intent phrases widened in the thirteenth round, by concept, from the intent rows of sets AB
and AC the rules read wrongly or not at all (en, de, es, fr, pt, ru), over text as
`bot.core.typed.normalise` leaves it. `rules` adds `FOUND` to its own finds, `UNLESS` to its own
take-backs, `KEEP` to what keeps a find and `WHOLE` to its whole messages, as for
`rules_twelfth`. Every rule begins with its own specific words.

The families, each written for what people type for the same want, not for a row's words:
- pause until a day: the bot told to go quiet until Monday, tomorrow, the weekend, a date ("turn
  off the notifications until monday", "hör auf mir zu schreiben bis montag", "silencia todo
  hasta el lunes"); it is kept against the take-backs ("got a huge deadline" is no complaint
  about reminders that did not come);
- thanks and how one feels now: "appreciate it, seriously, first time in days I feel ok";
- a short night and worn out by it: "slept maybe 3 hours, totally wiped" is the night, not
  venting;
- what helps to sleep, asked first: the tossing told after it is what the question is about;
- venting about many things: work and the boss that weigh, a list of loads with the twitch or
  the nights "on top", tired of being afraid for one's health; the twitch or the sleep named in
  passing is one item of it;
- checkin: summing up the day, "the nightly thing";
- coffee: a drink counted through the day ("strong black tea, third today"), espresso made at
  home ("pulled a double from the portafilter");
- breathe: to breathe it out, catch one's breath;
- twitching now: a twitch happening as one writes wins over the day's coffees and sleep told
  before it;
- caffeine question: whether a drink counts as caffeine;
- settings: the units (ml instead of fl oz).
"""

from __future__ import annotations

from bot.core.intents.intent import Intent

_Table = dict[str, tuple[str, ...]]

_LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")


# --- pause until a day --------------------------------------------------------------------------
# Telling the bot to be quiet: turn off or mute what it sends, stop writing, leave me alone.
_QUIET = {
    "en": r"(?:turn|switch|shut) (?:it|them|everything|all|you|yourself|the bot) off"
    r"|(?:turn|switch|shut) off (?:the |my |all |all the |your )?(?:notifications?|notifs?"
    r"|reminders?|messages|pings|alerts|check ?ins|bot|everything|it all)"
    r"|(?:mute|silence|snooze|pause|disable|hold|stop|no) (?:\w+ ){0,2}?(?:notifications?"
    r"|notifs?|reminders?|messages|pings|alerts|check ?ins|texts|everything|it all|the bot)"
    r"|(?:stop|quit|dont|do not|no more) (?:\w+ )?(?:writing|messaging|texting|pinging|bugging"
    r"|bothering|reminding|nagging|contacting|write|message|text|ping|bug|bother|remind|nag"
    r"|contact) (?:to )?me|leave me (?:alone|be)|(?:go|be|stay|keep) quiet",
    "de": r"(?:aufhor\w*|aufhoer\w*|hor\w* auf|hoer\w* auf) (?:\w+ ){0,2}?(?:zu )?(?:schreiben"
    r"|erinnern|nerven|melden|anzuschreiben|benachrichtigen)"
    r"|(?:schreib|schreibt|meld|erinner|nerv)\w* (?:\w+ ){0,2}?(?:nicht|nix|nichts)"
    r"|(?:schalt|stell|mach)\w* (?:\w+ ){0,3}?(?:aus|ab|stumm)"
    r"|(?:keine|stumm\w*|pausier\w*) (?:\w+ ){0,2}?(?:nachrichten|erinnerungen"
    r"|benachrichtigungen|pings|check ?ins|meldungen)|lass mich (?:\w+ ){0,2}?in ruhe|funkstille",
    "es": r"silencia\w*|mutea\w*|(?:apaga|desactiva|quita|pausa)\w* (?:\w+ ){0,2}?"
    r"(?:notificaciones|avisos|recordatorios|mensajes|todo|el bot)"
    r"|(?:deja|dejes|para|pares) de (?:\w+ )?(?:escribir|mandar|recordar|avisar|molestar)\w*"
    r"|no me (?:\w+ )?(?:escribas|mandes|avises|molestes|recuerdes)"
    r"|sin (?:mensajes|notificaciones|avisos|recordatorios)|dejame en paz",
    "fr": r"(?:coupe|desactive|mets en sourdine|mute|pause)\w* (?:\w+ ){0,2}?(?:notif\w*"
    r"|rappels?|messages|tout|le bot)|arret\w* de (?:\w+ )?m ?(?:ecrire|envoyer|rappeler|relancer"
    r"|embeter|notifier|spammer)|ne m ?(?:ecris|ecrivez|envoie|envoyez|relance|embete)\w*"
    r" (?:plus|pas|rien)|(?:plus de|pas de|aucun\w*) (?:notif\w*|rappels?|messages)"
    r"|laisse moi tranquille|silence radio",
    "pt": r"silencia\w*|(?:desliga|desativa|muta|pausa)\w* (?:\w+ ){0,2}?(?:notificac\w*"
    r"|lembretes?|mensagens|avisos|tudo|o bot)|(?:para|pare|parar) de (?:me )?(?:escrever"
    r"|mandar|lembrar|avisar|perturbar|encher)\w*|nao me (?:\w+ )?(?:escreva|escreve|mande|manda"
    r"|avise|avisa|lembre|lembra)\w*|(?:sem|nada de) (?:mensagens|notificac\w*|lembretes"
    r"|avisos)|me deixa em paz",
    "ru": r"(?:выключи|отключи|заглуши|убери|выруби|приостанови)\w* (?:\w+ ){0,2}?(?:уведомлени\w*"
    r"|напоминани\w*|сообщени\w*|все|бота)|(?:не пиши|не присылаи|не напоминаи|не беспокои"
    r"|перестань писать|хватит писать|помолчи|замолчи)\w*|(?:без|никаких) (?:уведомлени\w*"
    r"|напоминани\w*|сообщени\w*)",
}
# Until a weekday, tomorrow, the weekend, next week, a date.
_UNTIL_DAY = {
    "en": r"(?:until|till|til|untill|through) (?:next |this )?(?:(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day|tomorrow|tmrw|the weekend|after the weekend|next week|next month|the end of"
    r" the (?:week|month)|the \d+(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov"
    r"|dec)\w*|after (?:the |my )?(?:exams?|deadline|holidays?))",
    "de": r"bis (?:zum |nach dem |nachsten |nach |ende )?(?:montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonnabend|sonntag|morgen|ubermorgen|uebermorgen|wochenende|nachste woche"
    r"|naechste woche|ende der woche|\d+\w*|den (?:klausuren|prufungen|pruefungen|ferien))",
    "es": r"hasta (?:el |la |despues del |despues de |pasado )?(?:lunes|martes|miercoles|jueves"
    r"|viernes|sabado|domingo|manana|finde|fin de semana|semana que viene|proxima semana|mes que"
    r" viene|\d+|examen|los examenes)",
    "fr": r"jusqu ?(?:a|au|a la|apres) ?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|demain|la semaine prochaine|semaine prochaine|ce week ?end|week ?end|la fin de la semaine"
    r"|\d+|mes exams?|les exams?|mes partiels)",
    "pt": r"ate (?:a |o |depois d[aoe] |a proxima |o proximo )?(?:segunda|terca|quarta|quinta"
    r"|sexta|sabado|domingo|amanha|fim de semana|semana que vem|proxima semana|mes que vem|\d+"
    r"|prova|as provas)",
    "ru": r"до (?:следующ\w* )?(?:понедельника|вторника|среды|четверга|пятницы|субботы"
    r"|воскресенья|завтра|выходных|конца недели|\d+\w*)",
}
_PAUSE_UNTIL: _Table = {
    language: (
        rf"\b(?:{_QUIET[language]}) (?:\w+ ){{0,4}}?(?:{_UNTIL_DAY[language]})\b",
        rf"\b(?:{_UNTIL_DAY[language]}) (?:\w+ ){{0,3}}?(?:{_QUIET[language]})\b",
    )
    for language in _LANGUAGES
}
# The day inside the German "schreib mir bis Montag nicht".
_PAUSE_UNTIL["de"] += (
    rf"\b(?:schreib|meld|erinner|nerv)\w* (?:\w+ ){{0,2}}?(?:{_UNTIL_DAY['de']}) (?:\w+ )?"
    r"(?:nicht|nix|nichts|keine)\b",
)

# --- thanks and how one feels now ---------------------------------------------------------------
_THANK = {
    "en": r"thanks|thank you|thank u|ty|cheers|(?:i )?(?:really )?appreciate (?:it|this|that|you)"
    r"|much appreciated",
    "de": r"danke|dankeschon|vielen dank|danke dir|weiss ich (?:echt |wirklich )?zu schatzen",
    "es": r"gracias|mil gracias|te lo agradezco|lo agradezco|se agradece|lo aprecio",
    "fr": r"merci|je te remercie|jte remercie|japprecie|j apprecie",
    "pt": r"obrigad[oa]|brigad[oa]|valeu|vlw|agradeco|muito grat[oa]",
    "ru": r"спасибо|спасиб\w*|спс|благодарю|ценю",
}
_FEEL_GOOD = {
    "en": r"(?:feel|felt|feeling) (?:\w+ ){0,3}?(?:ok|okay|better|good|calmer|lighter|human|normal"
    r"|alright|fine|relieved|safe|myself)",
    "de": r"(?:fuhl|fuehl)\w* (?:mich )?(?:\w+ ){0,4}?(?:besser|gut|ok|okay|ruhiger|leichter"
    r"|normal|wohl|erleichtert)|geht (?:es )?mir (?:\w+ ){0,4}?(?:besser|gut|ok)",
    "es": r"me (?:siento|senti) (?:\w+ ){0,3}?(?:bien|mejor|tranquil[oa]|aliviad[oa]|ok|normal"
    r"|en paz|persona)",
    "fr": r"(?:je me sens|me sens|jme sens|je me suis senti\w*) (?:\w+ ){0,3}?(?:bien|mieux|calme"
    r"|apaise\w*|soulage\w*|ok|normale?|leger\w*)",
    "pt": r"(?:me sinto|me senti|sinto) (?:\w+ ){0,3}?(?:bem|melhor|calm[oa]|aliviad[oa]|ok|normal"
    r"|leve|tranquil[oa]|gente)",
    "ru": r"(?:мне|стало|чувствую себя|почувствовал\w*) (?:\w+ ){0,3}?(?:нормально|лучше|легче"
    r"|спокоинее|хорошо|ок|полегчало|человеком)",
}
# Not "thanks, but I still don't feel better": a "not" anywhere is something more.
_NOT = {
    "en": r"but|not|dont|didnt|doesnt|isnt|wasnt|cant|never|no|still|worse",
    "de": r"aber|nicht|kein\w*|nichts|nix|immer noch|schlimmer",
    "es": r"pero|no|nada|sigo|todavia|peor",
    "fr": r"mais|pas|rien|toujours|pire|plus",
    "pt": r"mas|nao|nada|ainda|pior",
    "ru": r"но|не|нет|ничего|хуже",
}
_THANKS_FEEL: _Table = {
    language: (
        rf"^(?!.*\b(?:{_NOT[language]})\b)(?:\w+ )?(?:{_THANK[language]})\b (?:\w+ ){{0,8}}?"
        rf"(?:{_FEEL_GOOD[language]})\b(?: \w+){{0,3}}$",
    )
    for language in _LANGUAGES
}

# --- a short night and worn out by it -----------------------------------------------------------
_SHORT_NIGHT = {
    "en": r"(?:slept|sleeping|got|had|managed) (?:\w+ ){0,2}?(?:[0-4]|one|two|three|four|a"
    r" couple(?: of)?|couple(?: of)?) ?(?:h|hrs?|hours?)\b|(?:[0-4]|one|two|three|four) ?(?:h"
    r"|hrs?|hours?) (?:of )?(?:sleep|kip|shut ?eye)",
    "de": r"(?:[0-4]|eine|zwei|drei|vier|paar) ?(?:h|std|stunden?) (?:\w+ )?(?:geschlafen|gepennt"
    r"|schlaf)",
    "es": r"(?:dormi|he dormido|dormido) (?:\w+ ){0,2}?(?:[0-4]|una|dos|tres|cuatro) ?(?:h|horas?)"
    r"|(?:[0-4]|dos|tres|cuatro) ?(?:h|horas?) (?:de sueno|durmiendo|dormid[oa]s?)",
    "fr": r"(?:dormi|dors) (?:\w+ ){0,2}?(?:[0-4]|une|deux|trois|quatre) ?(?:h|heures?)"
    r"|(?:[0-4]|deux|trois|quatre) ?(?:h|heures?) de (?:sommeil|dodo)",
    "pt": r"(?:dormi|durmo) (?:\w+ ){0,2}?(?:[0-4]|uma|duas|tres|quatro) ?(?:h|horas?)"
    r"|(?:[0-4]|duas|tres|quatro) ?(?:h|horas?) de sono",
    "ru": r"(?:спал\w*|поспал\w*) (?:\w+ ){0,2}?(?:час\w* (?:\w+ )?(?:[1-4]|два|три|четыре)"
    r"|(?:[1-4]|два|три|четыре) час\w*)|(?:[1-4]|два|три|четыре) час\w* сна",
}
_WIPED = {
    "en": r"wiped(?: out)?|dead|exhausted|knackered|shattered|destroyed|(?:a )?zombie|wrecked"
    r"|fried|drained|running on fumes|broken|done",
    "de": r"durch|platt|fertig|kaputt|erledigt|im eimer|hinuber|hinueber|tot|zombie|geradert"
    r"|geraedert|erschopft|erschoepft|mude|muede|am ende",
    "es": r"reventad[oa]|destrozad[oa]|muert[oa]|agotad[oa]|hech[oa] polvo|zombi\w*|molid[oa]"
    r"|frit[oa]|rendid[oa]|hech[oa] mierda|fatal",
    "fr": r"crevee?|videe?|epuisee?|morte?|naze|ko|lessivee?|detruite?|zombie|claquee?|hs",
    "pt": r"acabad[oa]|destruid[oa]|mort[oa]|exaust[oa]|um caco|zumbi|moid[oa]|quebrad[oa]"
    r"|podre|só o po|so o po",
    "ru": r"никак\w*|разбит\w*|вымотан\w*|выжат\w*|мертв\w*|зомби|без сил|убит\w*|овощ\w*",
}
_NIGHT_WIPED: _Table = {
    language: (
        rf"^(?:\w+ ){{0,5}}?(?:{_SHORT_NIGHT[language]})\b (?:\w+ ){{0,5}}?(?:{_WIPED[language]})"
        r"\b(?: \w+){0,2}$",
    )
    for language in _LANGUAGES
}

# --- what helps to sleep, asked first ----------------------------------------------------------
_WHAT_HELPS_SLEEP: _Table = {
    "en": (
        r"^(?:\w+ )?(?:what|anything that|is there anything that|does anything|any tips|tips)"
        r" (?:\w+ )?(?:helps?|works?|for|to) (?:\w+ ){0,3}?(?:fall(?:ing)? asleep|get(?:ting)?"
        r" to sleep|sleep(?:ing)?|drift(?:ing)? off|nod(?:ding)? off)\b",
    ),
    "de": (
        r"^(?:\w+ )?(?:was|gibt es (?:\w+ )?was|habt ihr (?:\w+ )?tipps|tipps) (?:\w+ )?(?:hilft"
        r"|bringt|gegen|zum|fur|fuers?) (?:\w+ ){0,4}?(?:einschlafen|einzuschlafen|schlafen"
        r"|schlaf)\b",
    ),
    "es": (
        r"^(?:\w+ )?(?:que|algo que|hay algo que|algun truco|algun consejo|trucos?|consejos?)"
        r" (?:\w+ )?(?:ayuda|sirve|funciona|para) (?:\w+ ){0,4}?(?:dormir\w*|conciliar el sueno"
        r"|quedarme dormid[oa])\b",
    ),
    "fr": (
        r"^(?:\w+ )?(?:quest ce qui|qu est ce qui|quoi|des astuces|une astuce|des conseils)"
        r" (?:\w+ )?(?:aide|marche|fonctionne|pour) (?:\w+ ){0,4}?(?:dormir|sendormir|s endormir"
        r"|mendormir|m endormir|trouver le sommeil)\b",
    ),
    "pt": (
        r"^(?:\w+ )?(?:o que|oque|que|algo que|alguma dica|dicas?) (?:\w+ )?(?:ajuda|serve"
        r"|funciona|pra|para) (?:\w+ ){0,4}?(?:dormir|pegar no sono|adormecer|cair no sono)\b",
    ),
    "ru": (
        r"^(?:\w+ )?(?:что|есть ли что то что|подскажите|посоветуите|что то) (?:\w+ )?(?:помогает"
        r"|поможет|помогло бы|работает) (?:\w+ ){0,4}?(?:уснуть|заснуть|засыпать|спать|сну"
        r"|сна)\b",
    ),
}

# --- twitching now, told after the day's figures ------------------------------------------------
_BODY = {
    "en": r"eye ?lids?|eyes?|lids?|eyebrows?|calf|calves|thighs?|feet|foot|soles?|toes?|big toe"
    r"|thumbs?|fingers?|pinky|lips?|cheek|legs?|arms?|biceps?|shoulders?|quads?|hamstrings?"
    r"|muscles?",
    "de": r"augenlid\w*|lid|auge|augen|wade\w*|oberschenkel\w*|fuss\w*|sohle|zeh\w*|grosse zeh"
    r"|daumen|finger|lippe\w*|wange|bein\w*|arm\w*|schulter\w*|muskel\w*",
    "es": r"parpados?|ojos?|cejas?|pantorrillas?|gemelos?|muslos?|pies?|dedos?|dedo gordo|pulgar"
    r"|labios?|mejilla|piernas?|brazos?|hombros?|musculos?",
    "fr": r"paupieres?|oeil|loeil|yeux|sourcils?|mollets?|cuisses?|pieds?|orteils?|gros orteil"
    r"|doigts?|pouces?|levres?|joue|jambes?|bras|epaules?|muscles?",
    "pt": r"palpebras?|olhos?|sobrancelhas?|panturrilhas?|batata da perna|coxas?|pes?|dedos?"
    r"|dedao|dedinho|polegar|labios?|bochecha|pernas?|bracos?|ombros?|musculos?",
    "ru": r"век[аоеиу]?|веко|глаз\w*|бров\w*|икр[аеиоуы]\w*|бедр\w*|ступн\w*|ног[аеиу]|пальц\w*"
    r"|палец|губ[аеиуы]|щек[аеиу]|рук[аеиу]|плеч\w*|мышц\w*",
}
_MOVES = {
    "en": r"twitch\w*|jump\w*|flicker\w*|fluttering|flutters|jerking|jerks|spasming|rippl\w*"
    r"|pulsing|pulses|beating|throbbing|shaking|quivering|trembling|dancing|hopping|ticking"
    r"|going off|going crazy|going nuts|buzzing|vibrating",
    "de": r"zuck\w*|hupf\w*|huepf\w*|spring\w*|flatter\w*|pocht|pulsiert|klopft|schlagt|zittert"
    r"|bebt|tanzt|vibriert|wackelt",
    "es": r"tiembla\w*|temblando|salta\w*|brinca\w*|late|latiendo|palpita\w*|tirita\w*|vibra\w*"
    r"|baila\w*|se mueve",
    "fr": r"saute\w*|sautille\w*|tremble\w*|palpite\w*|bat|vibre\w*|fretille\w*|tressaute\w*"
    r"|bouge\w*|danse\w*|tressaille\w*",
    "pt": r"treme\w*|tremendo|tremelica\w*|pula\w*|lateja\w*|pulsa\w*|bate|batendo|vibra\w*|danca"
    r"|dancando|mexendo",
    "ru": r"дергает\w*|дергается|дергаются|прыгает|скачет|дрожит|трясется|пульсирует|бьется"
    r"|стучит|вибрирует|колотит|подергивается|трепыхается",
}
# ... as one writes.
_AS_I_WRITE = {
    "en": r"as we speak|as i (?:type|write|speak)|while i (?:type|write)|right now|rn|atm|at the"
    r" moment|this very moment|this second",
    "de": r"gerade|grad|grade|jetzt|in diesem moment|wahrend ich (?:schreibe|tippe)|beim"
    r" (?:schreiben|tippen)",
    "es": r"ahora(?: mismo)?|ahorita|en este momento|mientras (?:te )?(?:escribo|tecleo)|ahi esta"
    r" otra vez",
    "fr": r"maintenant|la maintenant|en ce moment|pendant que (?:je t ?)?(?:jecris|j ecris"
    r"|ecris|tape)|a linstant",
    "pt": r"agora(?: mesmo)?|agorinha|neste momento|enquanto (?:te )?(?:escrevo|digito)",
    "ru": r"сеичас|прямо сеичас|щас|пока (?:я )?пишу|в эту минуту|в данныи момент",
}
# Now, before the body part: "pero ahora viendo la tele el pulgar me late", "mas agora o dedão".
_NOW_THEN = {
    "en": r"right now|as we speak|as i type|at the moment|rn|and now|but now",
    "de": r"gerade|grad|jetzt|aber jetzt|und jetzt",
    "es": r"ahora(?: mismo)?|ahorita|en este momento",
    "fr": r"maintenant|en ce moment|la maintenant|mais la|et la",
    "pt": r"agora(?: mesmo)?|agorinha|neste momento",
    "ru": r"сеичас|прямо сеичас|щас",
}
# Unless it then asks what causes it ("right now my eye is jumping, could it be the coffee?").
_WHY = {
    "en": r"is it|could it|can it|because|cause\w*|due to|from the|should i|why|how much|how many",
    "de": r"liegt das|kommt das|kann das|ist das|wegen|vom|woher|warum|wie ?viel",
    "es": r"es por|sera|puede|por el|por la|causa\w*|por que|porque|cuanto|cuantos",
    "fr": r"cest|c est|est ce|a cause|peut|serait|pourquoi|combien",
    "pt": r"e por|sera|pode|por causa|causa\w*|por que|porque|quanto|quantos",
    "ru": r"из за|может|это от|от кофе|почему|сколько",
}
_TWITCH_NOW: _Table = {
    language: (
        rf"\b(?:{_BODY[language]}) (?:\w+ ){{0,3}}?(?:{_MOVES[language]}) (?:\w+ ){{0,4}}?"
        rf"(?:{_AS_I_WRITE[language]})\b(?!.*\b(?:{_WHY[language]})\b)",
        rf"\b(?:{_NOW_THEN[language]}) (?:\w+ ){{0,4}}?(?:{_BODY[language]}) (?:\w+ ){{0,3}}?"
        rf"(?:{_MOVES[language]})\b(?!.*\b(?:{_WHY[language]})\b)",
        # "und jetzt zuckt die Wade", "y ahora me tiembla el ojo", "а сейчас дёргается веко"
        rf"\b(?:{_NOW_THEN[language]}) (?:\w+ ){{0,2}}?(?:{_MOVES[language]}) (?:\w+ ){{0,2}}?"
        rf"(?:{_BODY[language]})\b(?!.*\b(?:{_WHY[language]})\b)",
    )
    for language in _LANGUAGES
}

# --- venting about many things ------------------------------------------------------------------
# Work and the boss that weigh: "arbeit stresst mich ohne ende, chef nervt", "o trampo tá puxado,
# chefe cobrando", "die arbeit macht mich fertig".
_WORK_ON_ME = {
    "en": r"\b(?:work|job|boss|manager|deadlines?) (?:\w+ ){0,2}?(?:stressing me|stresses me"
    r"|is on my back|on my case|breathing down my neck|riding me|yelling at me|nagging me"
    r"|piling (?:it )?on|getting to me|wearing me down|grinding me down|eating me alive)\b",
    "de": r"\b(?:arbeit|job|chef|chefin) (?:\w+ )?(?:stresst|nervt|meckert|macht mich (?:\w+ )?"
    r"(?:fertig|kaputt|verruckt|wahnsinnig)|sitzt mir im nacken|setzt mich unter druck|schreit"
    r"|brullt|bruellt|frisst mich auf)\b",
    "es": r"\b(?:trabajo|curro|jefe|jefa) (?:\w+ )?(?:me (?:estresa|agobia|esta matando|presiona"
    r"|grita|exige|tiene hart[oa]|tiene frit[oa]|consume)|no me deja en paz)\b",
    "fr": r"\b(?:travail|boulot|taf|chef|cheffe|patron|patronne) (?:\w+ )?(?:me stresse|m ?epuise"
    r"|me crie dessus|me tue|me bouffe|me pompe|me saoule|me gonfle)\b",
    "pt": r"\b(?:trabalho|trampo|emprego|chefe|patrao) (?:\w+ ){0,2}?(?:puxado|pesad[oa]|me"
    r" estressa|me cobrando|cobrando|me cobra|pressionando|me pressiona|me matando|no meu pe"
    r"|me sugando)\b",
    "ru": r"\b(?:работа|начальни\w*|начальство|шеф) (?:\w+ )?(?:напряга\w*|давит|орет|наседает"
    r"|грузит|выматывает|достает|пилит|бесит|достал\w*|задолбал\w*|замучил\w*)\b",
}
# Loads of life: work, rent, a parent in hospital, exams, the mortgage.
_LOADS = {
    "en": r"work|job|boss|rent|mortgage|bills|debts?|money|exams?|deadlines?|uni|school|kids"
    r"|hospital|landlord|divorce|taxes|anxiety|stress",
    "de": r"arbeit|job|chef|chefin|miete|kredit|rechnungen|schulden|geld|prufung\w*|pruefung\w*"
    r"|klausur\w*|deadline\w*|kinder|krankenhaus|klinik|scheidung|steuer\w*|angst|stress",
    "es": r"trabajo|curro|jefe|jefa|alquiler|hipoteca|facturas|deudas|dinero|examen\w*|parcial\w*"
    r"|hijos|hospital|divorcio|ansiedad|estres",
    "fr": r"travail|boulot|taf|chef|patron\w*|loyer|credit|factures|dettes|argent|exams?|partiels?"
    r"|enfants|hopital|divorce|angoisse|stress",
    "pt": r"trabalho|trampo|emprego|chefe|aluguel|aluguer|financiamento|contas|dividas|dinheiro"
    r"|provas?|faculdade|facul|filhos|hospital|divorcio|ansiedade|estresse",
    "ru": r"работа|работе|работы|начальни\w*|аренда|ипотека|ипотеки|кредит\w*|долг\w*|счета"
    r"|деньги|денег|экзамен\w*|сесси\w*|дети|больниц\w*|развод|тревог\w*|стресс|все достало",
}
# ... and the symptom "on top": "and now this stupid twitching", "encima el ojo", "ещё и это".
_ON_TOP = {
    "en": r"and now (?:this|that|these)|on top of (?:that|it|everything|all that|all this)"
    r"|to top it (?:all )?off|and then (?:this|that)",
    "de": r"und (?:jetzt|dann) (?:\w+ )?(?:noch|auch noch)|obendrein|dazu (?:noch|kommt)|zu allem"
    r" (?:uberfluss|ueberfluss)",
    "es": r"(?:y )?encima(?! de (?:la|el|los|las|mi|tu|su)\b)|y ahora (?:esto|este|esta)|para"
    r" colmo|por si fuera poco",
    "fr": r"et en plus|en plus de (?:ca|tout ca)|et maintenant (?:ce|cette|ces)|par dessus le"
    r" marche|pour couronner le tout",
    "pt": r"(?:e )?ainda por cima|e agora (?:esse|essa|isso|esses|essas)|pra completar|para"
    r" completar",
    "ru": r"еще и|а тут еще|плюс еще|и вот теперь|и теперь еще|вдобавок|в придачу",
}
# The twitch by name, as what comes on top ("this stupid twitching", "это дёрганье").
_TWITCH_WORD = {
    "en": r"twitch\w*|spasms?|tics?|fasciculations?",
    "de": r"\w*zuck\w*|flatter\w*|krampf\w*|tics?",
    "es": r"tics?|tembl\w*|espasmos?|tiritando|tirit\w*",
    "fr": r"tics?|spasmes?|tressaill\w*|fasciculations?",
    "pt": r"tiques?|trem\w*|espasmos?|tremid\w*",
    "ru": r"дерг\w*|подерг\w*|тик\w*|спазм\w*",
}
# Everything on top of one: "everything is on top of me", "alles wächst mir über den Kopf".
_ON_ME = {
    "en": r"\b(?:everything|it all|all of it|life) (?:is |s |feels )?(?:\w+ )?(?:on top of me"
    r"|piling up|crashing down|caving in)\b",
    "de": r"\b(?:alles|es) (?:\w+ ){0,2}?(?:wachst|waechst|wuchs) mir (?:\w+ )?uber den kopf\b"
    r"|\balles (?:\w+ )?(?:bricht|sturzt|stuerzt) (?:\w+ )?(?:uber|auf) mi(?:r|ch)\b",
    "es": r"\btodo (?:se )?me (?:\w+ )?(?:viene encima|cae encima|esta cayendo encima|supera"
    r"|desborda)\b",
    "fr": r"\btout (?:me )?(?:\w+ )?(?:tombe dessus|sur le dos|me depasse|me submerge)\b",
    "pt": r"\btudo (?:\w+ )?(?:caindo em cima de mim|em cima de mim|me sufocando|desabando)\b",
    "ru": r"\bвсе (?:\w+ )?(?:навалилось|навалилось разом|свалилось|рушится)\b",
}
# Tired of being afraid for one's health: "устала бояться за своё здоровье".
_TIRED_OF_FEAR = {
    "en": r"\b(?:tired|sick|exhausted|worn out) of (?:being (?:so )?(?:afraid|scared|anxious"
    r"|worried|terrified|frightened)|worrying|fearing|being in fear|living in fear|panicking)\b",
    "de": r"\b(?:mude|muede|satt|leid) (?:\w+ ){0,3}?(?:angst zu haben|mich zu sorgen|mir sorgen"
    r" zu machen|mich zu furchten|mich zu fuerchten|zu zittern)\b",
    "es": r"\b(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:tener miedo|preocuparme|estar asustad[oa]"
    r"|vivir con miedo|temer|estar preocupad[oa])\b",
    "fr": r"\b(?:marre|fatigue\w*|epuise\w*|lasse?) d ?(?:avoir peur|etre inquiet\w*|minquieter"
    r"|m inquieter|angoisser|paniquer|avoir la trouille|vivre dans la peur)\b",
    "pt": r"\b(?:cansad[oa]|exaust[oa]) de (?:ter medo|me preocupar|ficar com medo|viver com medo"
    r"|ficar preocupad[oa]|ficar apavorad[oa])\b",
    "ru": r"\b(?:устал\w*|надоело|замучил\w*|задолбал\w*) (?:\w+ )?(?:бояться|боятся|переживать"
    r"|волноваться|тревожиться|трястись|паниковать)\b|\bбоюсь за (?:свое|мое) здоровье\b",
}
# The sleep among the loads, told after them ("... and on top of that I can't sleep"); a sleepless
# night told first, with the work and the twitch in it, stays the night.
_SLEEP_WORD = {
    "en": r"sleep\w*|slept|asleep|awake|insomnia|nights?",
    "de": r"schlaf\w*|schlief\w*|wach|nachte?|naechte?",
    "es": r"dorm\w*|duermo|sueno|insomnio|despiert[oa]|noches?",
    "fr": r"dorm\w*|dors|sommeil|insomnies?|eveillee?|nuits?",
    "pt": r"dorm\w*|durmo|sono|insonia|acordad[oa]|noites?",
    "ru": r"спать|сплю|спал\w*|спит\w*|сна|сон|уснуть|заснуть|бессонниц\w*|ноч\w*",
}
_PILED: _Table = {
    language: (
        rf"\b(?:{_LOADS[language]})\b (?:\w+ ){{0,14}}?(?:{_ON_TOP[language]})\b (?:\w+ ){{0,4}}?"
        rf"(?:{_TWITCH_WORD[language]}|{_BODY[language]}|{_MOVES[language]})\b",
    )
    for language in _LANGUAGES
}
_PILED_SLEEP: _Table = {
    language: (
        rf"\b(?:{_LOADS[language]})\b (?:\w+ ){{0,14}}?(?:{_ON_TOP[language]})\b (?:\w+ ){{0,4}}?"
        rf"(?:{_SLEEP_WORD[language]})\b",
    )
    for language in _LANGUAGES
}
# Venting about many things, as a find: the loads piled up with the twitch or the sleep on top,
# everything on top of one, tired of being afraid, or the work that weighs with the twitch or the
# nights after it. Work and the boss alone only take the twitch or the sleep back, not a find:
# "на работе завал, начальник орёт, я на нервах" stays anxious (`rules_ninth.ON_EDGE` reads an
# edge as anxious only where nothing else is venting).
_MANY_THINGS: _Table = {
    language: (
        *_PILED[language],
        *_PILED_SLEEP[language],
        _ON_ME[language],
        _TIRED_OF_FEAR[language],
        rf"{_WORK_ON_ME[language]} (?:\w+ ){{0,20}}?(?:{_MOVES[language]}|{_SLEEP_WORD[language]})"
        r"\b",
    )
    for language in _LANGUAGES
}
_TWITCH_IN_PASSING: _Table = {
    language: (_WORK_ON_ME[language], *_PILED[language], _ON_ME[language])
    for language in _LANGUAGES
}
_SLEEP_IN_PASSING: _Table = {
    language: (_WORK_ON_ME[language], *_PILED_SLEEP[language], _ON_ME[language])
    for language in _LANGUAGES
}

# --- checkin: the day summed up, the nightly thing ----------------------------------------------
_CHECKIN: _Table = {
    "en": (
        r"\b(?:sum up|wrap up|round up|recap|tally up|run through) (?:\w+ )?(?:the day|my day"
        r"|today|todays)\b",
        r"\b(?:lets|let us|time for|ready for|do|start|shall we do|can we do) (?:the |our |my )?"
        r"(?:usual |daily )?(?:nightly|evening|bedtime|night ?time|every ?night) (?:thing|routine"
        r"|ritual|check ?in|one|bit|questions)\b",
    ),
    "de": (
        r"\b(?:tagesbilanz|bilanz des tages|tagesfazit|fazit des tages)\b|\bden tag (?:\w+ )?"
        r"(?:zusammenfassen|resumieren|durchgehen|abschliessen)\b|\bbilanz (?:\w+ )?(?:von|fur"
        r"|fuer) heute\b",
        r"\b(?:los gehts mit|zeit fur|zeit fuer|machen wir|lass uns|starten wir|bereit fur)"
        r" (?:das |unser |unsere |die |den )?(?:\w+ )?(?:allabendlich|abendlich|taglich|ublich"
        r"|uebliche)\w* (?:ding|ritual|runde|check ?in|abfrage|sache|fragen)\b",
    ),
    "es": (
        r"\b(?:hacemos|hagamos|hacer|vamos con|toca) (?:el |un )?(?:balance|resumen|repaso|cierre)"
        r" (?:del dia|de hoy|de la jornada)\b",
        r"\b(?:vamos con|hagamos|toca|hacemos|empecemos con|vamos a hacer) (?:lo|el|la) de (?:cada"
        r" noche|todas las noches|cada dia|todos los dias|cada tarde)\b",
    ),
    "fr": (
        r"\b(?:fait|fais|faisons|faire|on fait) (?:le |un |notre )?(?:point|bilan|recap\w*)"
        r" (?:sur |de )?(?:la journee|aujourdhui|aujourd hui|ma journee)\b",
        r"\b(?:on fait|faisons|on attaque|on lance|cest lheure du|cest lheure de) (?:le |la"
        r" |notre |mon |ma )(?:petit |petite )?(?:truc|rituel|point|bilan|check ?in|questionnaire"
        r"|routine) (?:du soir|de chaque soir|de tous les soirs|quotidien\w*|habituel\w*)\b",
    ),
    "pt": (
        r"\b(?:fazer|fazemos|vamos fazer|bora fazer|faz|bora|vamos) (?:o |um )?(?:balanco|resumo"
        r"|fechamento) (?:do dia|de hoje)\b",
        r"\b(?:bora|vamos|vamo|vamos la|fazer|fazemos|bora fazer|vamos fazer) (?:com )?(?:o|a"
        r"|aquele|aquela|nosso|nossa) (?:\w+ )?(?:de toda noite|de todas as noites|de cada noite"
        r"|de todo dia|de todos os dias|noturn[oa]|diari[oa])\b",
    ),
    "ru": (
        r"\bподвод\w* итог\w*|\bподвед\w* итог\w*|\bитоги дня\b",
        r"\b(?:даваи|начнем|начинаем|поехали|время для|пора|го) (?:\w+ )?(?:наш\w* |мо\w* )?"
        r"(?:ежевечерн\w*|как каждыи вечер|как обычно вечером|как всегда вечером)\b",
    ),
}

# --- coffee: a drink counted through the day, espresso made at home -----------------------------
_DRINK = {
    "en": r"coffee|tea|black tea|green tea|espresso|latte|cola|coke|energy drink|red bull"
    r"|monster|cappuccino|americano|flat white|mate|matcha|brew",
    "de": r"kaffee|tee|schwarztee|grunt\w*|espresso|cola|energy\w*|latte|cappuccino|mate|pott",
    "es": r"cafe|cafecito|te|te negro|te verde|cortado|espresso|expreso|cola|coca|energetica|mate"
    r"|tinto",
    "fr": r"cafe|the|the noir|the vert|expresso|coca|energisant|latte|cappuccino|kawa",
    "pt": r"cafe|cafezinho|cha|cha preto|cha verde|expresso|coca|energetico|chimarrao|mate"
    r"|pingado",
    "ru": r"кофе|чаи|чая|чаек|эспрессо|кола|колы|энергетик\w*|латте|капучино",
}
# Not "the third time today" (no drink counted): a word between is no time.
_WORD = r"(?:(?!(?:time|times|mal|vez|vezes|fois|раз)\b)\w+ )?"
_NTH_TODAY = {
    "en": r"(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:one )?(?:today|of the day"
    r"|this morning|since lunch)",
    "de": rf"(?:zweit|dritt|viert|funft|fuenft|sechst)\w* {_WORD}(?:heute|am tag|des tages"
    r"|fur heute|seit dem morgen|seit heute morgen)",
    "es": rf"(?:segund|tercer|cuart|quint|sext)[oa]? {_WORD}(?:hoy|del dia|de hoy|en el dia"
    r"|de la manana)",
    "fr": rf"(?:deuxieme|troisieme|quatrieme|cinquieme|sixieme|2e|3e|4e|5e) {_WORD}"
    r"(?:aujourdhui|aujourd hui|de la journee|du jour|ce matin)",
    "pt": rf"(?:segund|terceir|quart|quint|sext)[oa] {_WORD}(?:hoje|do dia|no dia|de hoje"
    r"|da manha)",
    "ru": rf"(?:втор|трет|четверт|пят|шест)\w* {_WORD}(?:за день|сегодня|за сегодня|с утра)",
}
_HOME_ESPRESSO: _Table = {
    "en": (
        r"\bpulled (?:a |another |my |me a )?(?:\w+ )?(?:double|single|shot|ristretto|espresso"
        r"|lungo)\b(?! shifts?\b)",
        r"\bportafilter\b|\bmoka pot\b",
    ),
    "de": (
        r"\bsiebtrager\w*|\bsiebtraeger\w*|\bherdkanne\b|\bbialetti\b",
        r"\b(?:doppelten|espresso|shot|ristretto|bezug) (?:\w+ ){0,4}?gezogen\b",
    ),
    "es": (
        r"\b(?:me )?(?:saque|tire|hice|prepare) (?:un |otro )?(?:doble|espresso|expreso|ristretto"
        r"|cortado)\b(?! (?:turno|jornada)\b)",
        r"\bcafetera (?:italiana|moka|express)\b",
    ),
    "fr": (
        r"\b(?:tire|me suis fait|jme suis fait) (?:un |une |mon )?(?:double|expresso|espresso"
        r"|ristretto|shot|serre)\b",
        r"\bcafetiere italienne\b",
    ),
    "pt": (
        r"\btirei (?:um |mais um )?(?:expresso|espresso|ristretto|shot)\b|\btirei um duplo\b"
        r"(?! (?:turno|plantao)\b)",
        r"\bpassei (?:um |mais um )?(?:cafe|cafezinho)\b|\bcafeteira italiana\b",
    ),
    "ru": (
        r"\b(?:сварил\w*|заварил\w*) (?:себе )?(?:\w+ )?(?:эспрессо|двоин\w*|кофе"
        r"|ристретто)\b",
        r"\b(?:в турке|в геизерн\w*|в рожков\w*|из рожка)\b",
    ),
}
_COFFEE: _Table = {
    language: (
        rf"\b(?:{_DRINK[language]}) (?:\w+ ){{0,3}}?(?:{_NTH_TODAY[language]})\b",
        *_HOME_ESPRESSO[language],
    )
    for language in _LANGUAGES
}

# --- breathe: breathe it out, catch one's breath -----------------------------------------------
_BREATHE: _Table = {
    "en": (
        r"\b(?:need|have|got|gotta|want) (?:to )?(?:\w+ )?(?:breathe (?:it out|for a (?:sec|minute"
        r"|bit|moment))|catch my breath|get my breath back)\b",
    ),
    "de": (r"\b(?:muss|will|brauch\w*) (?:\w+ ){0,2}?(?:durchatmen|durchschnaufen|luft holen)\b",),
    "es": (
        r"\b(?:necesito|tengo que|quiero) (?:\w+ )?(?:tomar aire|recuperar el aliento|respirar"
        r" (?:un poco|un momento|hondo))\b",
    ),
    "fr": (
        r"\b(?:besoin de|faut que je|je dois|dois) (?:\w+ )?(?:reprendre (?:mon|son) souffle"
        r"|respirer un (?:coup|peu|moment))\b",
    ),
    "pt": (
        r"\b(?:preciso|tenho que|quero) (?:\w+ )?(?:tomar (?:um )?ar|recuperar o folego|respirar"
        r" (?:um pouco|fundo))\b",
    ),
    # Not "отдышка" (breathlessness, misspelt): a symptom, not the wish to breathe.
    "ru": (r"\bпродыш\w*|\bотдыш(?!к)\w*|\bпереведу дух\b|\bперевести дух\b",),
}

# --- caffeine question: does a drink count as caffeine ------------------------------------------
_COUNTS_AS_CAFFEINE: _Table = {
    "en": (
        r"\b(?:does|do|would|will) (?:\w+ ){1,4}?count (?:\w+ )?as (?:\w+ )?caffeine\b",
        r"\b(?:is|are) (?:\w+ ){1,3}?counted as caffeine\b",
    ),
    "de": (r"\bzahlt (?:\w+ ){1,4}?als (?:\w+ )?(?:koffein|kaffee)\b",),
    "es": (r"\b(?:cuenta|cuentan) (?:\w+ ){0,3}?como (?:\w+ )?cafeina\b",),
    "fr": (r"\b(?:compte|comptent) (?:\w+ ){0,3}?comme (?:\w+ )?cafeine\b",),
    "pt": (r"\b(?:conta|contam) (?:\w+ ){0,3}?como (?:\w+ )?cafeina\b",),
    "ru": (r"\bсчита(?:ется|ются) (?:ли )?(?:\w+ ){0,2}?(?:за |как )?кофеин\w*",),
}

# --- settings: the units -----------------------------------------------------------------------
_UNITS: _Table = {
    "en": (
        r"\b(?:switch|change|set|put|convert|show|display|use|do) (?:\w+ ){0,3}?(?:to|in|into)"
        r" (?:ml|millilit\w*|millilit\w*|litres?|liters?|metric|imperial|fl oz|fluid ounces?"
        r"|ounces?|oz)\b",
        r"\b(?:ml|millilitres|milliliters|metric) (?:\w+ )?instead\b",
        r"\b(?:change|switch) (?:the |my )?units?\b",
    ),
    "de": (
        r"\b(?:auf|in) (?:ml|milliliter\w*|liter|metrisch\w*|unzen|oz) (?:\w+ ){0,2}?(?:umstellen"
        r"|umstellst|stellen|anzeigen|umrechnen|andern|wechseln)\b",
        r"\b(?:umstellen|stell\w*|wechsel\w*) (?:\w+ ){0,3}?auf (?:ml|milliliter\w*"
        r"|metrisch\w*)\b",
        r"\beinheit\w* (?:\w+ ){0,2}?(?:andern|aendern|umstellen|wechseln)\b",
    ),
    "es": (
        r"\b(?:cambia\w*|pon\w*|pasa\w*|muestra\w*|usa\w*) (?:\w+ ){0,3}?(?:a|en) (?:ml|mililitros"
        r"|litros|onzas|oz|sistema metrico)\b",
        r"\b(?:cambiar|cambia) (?:las |la )?unidad\w*\b",
    ),
    "fr": (
        r"\b(?:passe\w*|mets|mettre|change\w*|affiche\w*|convertis|convertir) (?:\w+ ){0,3}?"
        r"(?:en|au) (?:ml|millilitres?|litres?|onces?|oz|systeme metrique|metrique)\b",
        r"\bchanger (?:les |l )?unite\w*\b",
    ),
    "pt": (
        r"\b(?:muda\w*|troca\w*|coloca\w*|poe|passa\w*|mostra\w*) (?:\w+ ){0,3}?(?:pra|para|em)"
        r" (?:ml|mililitros?|litros?|oncas?|oz|sistema metrico)\b",
        r"\b(?:mudar|muda|trocar|troca) (?:as |a )?unidade\w*\b",
    ),
    "ru": (
        r"\b(?:переключи\w*|поменяи\w*|смени\w*|переведи\w*|покажи\w*|сделаи\w*) (?:\w+ ){0,3}?"
        r"(?:на|в) (?:мл|миллилитр\w*|литр\w*|унци\w*|метрическ\w*)",
        r"\b(?:смени\w*|поменя\w*) (?:\w+ )?единиц\w*",
    ),
}

FOUND: dict[Intent, _Table] = {
    Intent.PAUSE: _PAUSE_UNTIL,
    Intent.SETTINGS: _UNITS,
    Intent.CHECKIN: _CHECKIN,
    Intent.BREATHE: _BREATHE,
    Intent.CAFFEINE_QUESTION: _COUNTS_AS_CAFFEINE,
    Intent.SLEEP_QUESTION: _WHAT_HELPS_SLEEP,
    Intent.TWITCHING: _TWITCH_NOW,
    Intent.CANT_SLEEP: _NIGHT_WIPED,
    Intent.VENTING: _MANY_THINGS,
    Intent.COFFEE: _COFFEE,
    Intent.THANKS: _THANKS_FEEL,
}
UNLESS: dict[Intent, _Table] = {
    # A twitch happening now is the twitching, not a question about the day's coffees.
    Intent.CAFFEINE_QUESTION: _TWITCH_NOW,
    # Venting about many things: the twitch, the nights, a sleep question in passing are items.
    Intent.TWITCHING: _TWITCH_IN_PASSING,
    Intent.CANT_SLEEP: _SLEEP_IN_PASSING,
    Intent.SLEEP_QUESTION: _SLEEP_IN_PASSING,
}
KEEP: dict[Intent, _Table] = {
    Intent.PAUSE: _PAUSE_UNTIL,
    Intent.CANT_SLEEP: _NIGHT_WIPED,
    Intent.SLEEP_QUESTION: _WHAT_HELPS_SLEEP,
}
WHOLE: dict[Intent, _Table] = {}
