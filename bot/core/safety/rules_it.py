"""Italian safety rules, over normalised text: accents folded (è→e, più→piu), apostrophes as
spaces ("d'uscita" → "d uscita").

"Muoio di fame", "stanco morto", "mi piace da morire" are idioms, blanked out before any rule.
"""

from __future__ import annotations

from bot.core.safety.common import END, filler, words
from bot.core.safety.rules_it_edge import EDGE
from bot.core.safety.rules_it_flags import FLAGS, SITTING_UP
from bot.core.safety.rules_it_harm import HARM_NOW
from bot.core.safety.rules_it_preparations import AFFAIRS, FINALITY, GIVEN_AWAY, GOODBYES
from bot.core.safety.rules_it_swallowed import swallowed
from bot.core.safety.rules_it_told import ASK_MORE, CRISIS_MORE, IDIOMS_MORE, PANIC_MORE
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:mano|mani|braccio|braccia|gamba|gambe|piede|piedi|dito|dita|pollice|muscolo|muscoli"
    r"|polpaccio|coscia|ginocchio|spalla)"
)
_SUDDEN = r"(?:all\s?improvviso|improvvisamente|di\s+colpo|d\s?un\s+tratto)"
_WANT = r"(?:voglio|vorrei|ho\s+voglia\s+di)"

CRISIS = (
    rf"{_WANT}(?<!non\svoglio)(?<!non\svorrei)\s+(?:solo\s+|soltanto\s+)?(?:morire|essere\s+mort[oa]"
    r"|farla\s+finita|uccidermi|ammazzarmi|suicidarmi|togliermi\s+la\s+vita)\b",
    r"mi\s+(?:voglio|vorrei)\s+(?:uccidere|ammazzare|suicidare|togliere\s+la\s+vita)\b",
    # No wish left to live, not existing, sleeping and not waking: the passive wish, asked
    # about (ASK below); "non voglio più vivere" stays a crisis.
    r"(?:testamento|funerale)\b[^!?]{0,150}?\b(?:non\s+svegliarmi|non\s+esserci)\b",
    r"non\s+voglio\s+(?:piu\s+)?(?:vivere|essere\s+viv[oa])\b"
    r"(?!\s+(?:a|in|con|qui|li|la)\b)",
    r"(?:suicid(?:io|a|armi|arsi)|autolesionismo|autolesion\w*)\b",
    r"(?:farla|falla)\s+finita\b",
    # "la faccio finita con questo lavoro" is about the job.
    r"la\s+faccio\s+finita\b(?!\s+con\s+(?!la\s+vita\b))",
    r"mi\s+(?:ammazzo|uccido)\b(?!\s+(?:di|dal|dalle|dalla|con)\b)",
    r"(?:penso|pensando|sto\s+pensando)\s+(?:di|a)\s+(?:farla\s+finita|uccidermi|ammazzarmi"
    r"|togliermi\s+la\s+vita)\b",
    # How much of a medicine it takes to die, looked up.
    r"quant[aoei]\s+(?:\w+\s+){1,3}?(?:serve|servono|ci\s+vuole|ci\s+vogliono|basta|bastano)\s+per"
    r"\s+(?:morire|non\s+svegliarsi|non\s+svegliarmi|farla\s+finita|uccidersi|uccidermi)\b",
    r"(?:mi\s+taglio|mi\s+sono\s+tagliat[oa]|mi\s+faccio\s+del\s+male)\s+(?:\w+\s+)?(?:ancora"
    r"|di\s+nuovo|apposta|le\s+braccia|i\s+polsi)\b",
    r"farmi\s+del\s+male\b",
    # "mi faccio del male a pensarci" is worry.
    r"mi\s+faccio\s+del\s+male\b(?!\s+(?:a|ad|con|quando|pensando|se|per)\b)",
    r"(?:ho|messo|conservo|nascosto|accumulato|accumulo)\s+(?:\w+\s+){0,2}?(?:pillole|farmaci"
    r"|pastiglie|medicine)\s+(?:da\s+parte|per\s+\w+)\b",
    r"(?:messo|mettendo|tengo)\s+da\s+parte\s+(?:\w+\s+)?(?:pillole|farmaci|pastiglie)\b",
    r"(?:overdose|sovradosaggio)\b",
    # Issue 20: plans with a place or a means, stockpiles, lethal amounts, farewells.
    r"(?:buttarmi|mi\s+butto|lanciarmi|mi\s+lancio)\s+(?:da|dal|dalla|giu\s+da\w*|nel|in|a|sotto)"
    r"\s+(?:\w+\s+)?(?:ponte|balcone|finestra|tetto|terrazzo|palazzo|viadotto|treno|mare|fiume"
    r"|tevere|binari|cavalcavia)\b",
    r"mi\s+butto(?:\s*(?:[.!;,]|$))",
    r"(?:sul|al)\s+(?:ponte|tetto|terrazzo|viadotto|cavalcavia)\s+(?:[\w,]+\s+){0,4}?e\s+(?:salto"
    r"|mi\s+butto)\b",
    r"(?:metto|messo|mettendo|ho\s+messo)\s+da\s+parte\s+(?:\w+\s+){0,3}?(?:benzodiazepine"
    r"|digossina|compresse|pastiglie|pillole|gocce|fiale|contramal)\b",
    r"(?:quant[ei]|quanto|che\s+dose|a\s+che\s+dose)\s+(?:[\w,]+\s+){0,8}?(?:per\s+non"
    r"\s+svegliarsi|per\s+non\s+svegliarmi|letale|mortale|servirebbero\s+per\s+me)\b",
    r"(?:non\s+ci\s+saro|non\s+ci\s+sono)\s+piu" + END,
    r"(?:tra\s+poco|venerdi|domenica|dopo\s+\w+)\s+non\s+ci\s+(?:saro|sono)\s+piu\b",
    r"(?:non\s+mi\s+serv(?:e|ono)|a\s+me\s+non\s+servono)\s+piu\b",
    r"(?:mio|il)\s+ultimo\s+messaggio\b(?!\s+(?:di\s+oggi|della\s+giornata|prima))",
    r"e\s+non\s+torno" + END,
    r"(?:playlist|musica)\s+(?:\w+\s+){0,2}?(?:per\s+il|x\s+il)\s+mio\s+funerale\b",
    r"(?:veleno|diserbante|topicida)\s+(?:\S+\s+){0,8}?(?:lo\s+(?:bevo|prendo)|berlo)\b",
    r"(?:fucile|pistola)\s+(?:[\w,]+\s+){0,8}?(?:carico|carica|me\s+la\s+sto)\b",
    r"(?:la\s+corda|il\s+cappio)\s+(?:ce\s+l\s?ho|e\s+pronta|sotto\s+il\s+letto)\b",
    r"(?:tubo\s+per\s+la\s+marmitta|garage\s+con\s+la\s+macchina\s+accesa)\b",
    r"(?:sembrera|sembri)\s+un\s+incidente\b",
    r"(?:contro\s+(?:er|il)\s+(?:guardrail|pilone)|senza\s+frenare|basta\s+non\s+frenare)\b",
    r"(?:seduta|seduto)\s+sul\s+cornicione\b|scavalcato\s+la\s+(?:grondaia|ringhiera)\b",
    r"(?:lettera|vocale|post|messaggio)\s+(?:di\s+)?(?:d\s?)?addio\b",
    r"(?:mi\s+sto\s+tagliando|mi\s+sono\s+tagliat[oa]|mi\s+sono\s+bruciat[oa]|mi\s+brucio"
    r"|mi\s+sono\s+pres[oa]\s+a\s+pugni)\s+(?:[\w,]+\s+){0,5}?(?:di\s+nuovo|le\s+cosce"
    r"|le\s+mani|il\s+braccio|sul\s+polso|piu\s+a\s+fondo|lametta|finche)\b",
    r"(?:lamett[ae]|ricasco\s+coi\s+tagli)\b",
    r"(?:ho\s+deciso|l\s?ho\s+deciso)\s+(?:che\s+)?(?:quel\s+giorno\s+|stanotte\s+)?(?:lo\s+faccio|sara\s+sabato|la\s+raggiungo"
    r"|la\s+data)\b",
    r"(?:prendo|prendero|mi\s+prendo)\s+tutt[ea]\b",
    r"prendere\s+tutte\s+(?:le\s+)?(?:mie\s+)?(?:pillole|pastiglie)\b",
    r"lettera\s+d\s?addio\b",
    r"(?:questo\s+e\s+un\s+addio|addio\s+a\s+tutti|addio\s+per\s+sempre)\b",
    r"(?:buttarmi|lanciarmi|saltare)\s+(?:da|giu\s+da)\s+(?:un|una|il|la)\s+(?:ponte|palazzo"
    r"|tetto|finestra|balcone)\b",
    r"(?:buttarmi|lanciarmi)\s+sotto\s+(?:un|il)\s+treno\b",
    r"impiccarmi\b",
    r"(?:non\s+ho|nessun)\s+(?:motivo|ragione|motivi)\s+(?:per|di)\s+vivere\b",
    r"la\s+vita\s+non\s+vale\s+(?:piu\s+)?la\s+pena\b",
    # Round 4: an intent put plainly, pills with drink, a place and a time, how many it takes.
    r"(?:penso|pensando|intenzione|progetto)\s+(?:\w+\s+){0,2}?(?:di|a)\s+(?:farla\s+finita|uccidermi"
    r"|ammazzarmi|togliermi\s+la\s+vita|suicidarmi)\b",
    r"(?:preso|mandato\s+giu|ingoiato)\s+(?:\S+\s+){0,6}?(?:pillole|pastiglie|compresse|farmaci)\s+(?:\S+\s+)"
    r"{0,6}?con\s+(?:il\s+|un\s+|l\s?|del\s+)?(?:vino|amaro|alcol|vodka|whisky|birra|grappa)\b",
    r"(?:sto\s+sul\s+binario\s+(?:\S+\s+){0,4}?aspetto\s+il\s+merci|linea\s+gialla\s+(?:\S+\s+){0,3}?aspetto)\b",
    r"(?:gia\s+)?deciso\s+(?:il\s+)?come\s+e\s+quando\b",
    r"(?:e\s+)?se\s+si\s+sopravvive\b",
    r"(?:viadotto|ponte|tetto|terrazzo|cornicione|balcone)\s+(?:\S+\s+){0,6}?(?:faro|faccio)\s+il\s+passo\b",
    r"(?:quando\s+dormono|stanotte)\s+(?:\S+\s+){0,3}?vado\s+al\s+(?:fiume|lago|ponte)\b",
    r"salgo\s+sul\s+(?:terrazzo|tetto)\s+(?:\S+\s+){0,12}?(?:l\s?ho\s+deciso|ho\s+deciso)\b",
    r"(?:guardare|guardo)\s+giu\s+(?:\S+\s+){0,8}?lo\s+faccio\b",
    r"(?:entro|entrare)\s+in\s+mare\s+e\s+vado\s+avanti|finche\s+non\s+tocco\s+piu\b",
    r"so\s+(?:esattamente\s+|bene\s+)?quant[ei]\s+(?:ne\s+)?servono\b",
    r"pagato\s+il\s+loculo\b",
    # Round 5: how many it takes to die, a lethal dose looked up, pills set aside, farewell
    # letters, a viaduct found high enough.
    r"quant[ei]\s+(?:\w+\s+){0,4}?(?:servono|ci\s+vogliono|bisogna\s+prendere|ne\s+servono)\s+per"
    r"\s+(?:morire|non\s+svegliarsi|farla\s+finita|uccidersi|ammazzarsi)\b",
    r"(?:dose|quantita)\s+(?:(?!non\b)[\w,]+\s+){0,8}?(?:letale|mortale)\b",
    r"(?:messo|mettendo|metto|messe)\s+da\s+parte\s+(?:le\s+|delle\s+|tutte\s+le\s+)?(?:\w+\s+)?"
    r"(?:pasticche|pastiglie|pillole|compresse|gocce|farmaci|medicine)\b",
    r"letter[ae]\s+(?:di\s+|d\s?)addio\b",
    r"(?:viadotto|ponte|palazzo|tetto|terrazzo|cavalcavia|dirupo|scogliera)\s+(?:[\w,]+\s+){0,12}?"
    r"(?:quello\s+il\s+posto|(?:alto|alta)\s+abbastanza\s+(?:[\w,]+\s+){0,6}?il\s+posto)\b",
    # Sets K and L: the how and the when settled; a rope already in place, and a day.
    r"(?:gia\s+)?(?:scelto|stabilito|pianificato|organizzato)\s+(?:anche\s+)?(?:il\s+)?come\s+e"
    r"\s+(?:il\s+)?quando\b",
    # The day chosen for when the others are away ("mentre sono a messa", "quando dormono").
    r"(?:la\s+corda|il\s+cappio|la\s+fune)\s+(?:e\s+|ce\s+l\s?ho\s+)?gia\s+(?:[\w,.]+\s+){0,8}?"
    r"(?:domenica|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|stanotte|stasera|domani"
    r"|dopodomani)\s+(?:\w+\s+)?(?:mentre|quando)\s+(?:sono|siete|sono\s+tutti|tutti\s+sono"
    r"|loro\s+sono|dormono|escono|non\s+c\s?e\s+nessuno|sono\s+sol[oa]|resto\s+sol[oa])\b",
)

ASK = (
    r"(?:non|nn|nun|n)\s+ce\s+la\s+faccio\s+piu\b",
    r"sono\s+(?:arrivat[oa]\s+)?al\s+limite" + END,
    r"(?:voglio|vorrei)\s+(?:sparire|scomparire)(?:\s+per\s+sempre)?" + END,
    r"(?:stanc[oa]|stufo|stufa)\s+di\s+tutto\b",
    r"non\s+vedo\s+(?:nessuna\s+)?(?:via\s+d\s?uscita|uscita|soluzione)\b",
    r"(?:sono|mi\s+sento)\s+(?:solo\s+|soltanto\s+)?(?:un\s+peso|una\s+zavorra|un\s+ingombro)\b",
    r"(?:diventato|diventata)\s+un\s+(?:ingombro|peso)\b",
    r"(?:starebbero|sarebbero|starebbe|sarebbe|siamo)\s+(?:\w+\s+)?(?:meglio|piu\s+facile)\s+senza"
    r"\s+di\s+(?:me|lei|lui)\b",
    r"(?:vorrei|ho\s+voglia\s+di)\s+(?:solo\s+)?(?:sparire|scomparire|nn\s+esistere"
    r"|non\s+esistere)\b(?!\s+(?:in|al|a|dal|dalla|da)\b)",
    r"e\s+non\s+tornare\s+piu\b",
    r"(?:se\s+sparissi|se\s+io\s+sparisco|nessuno)\s+(?:[\w,]+\s+){0,6}?(?:se\s+ne\s+accorg\w+"
    r"|ha\s+bisogno\s+di\s+me)\b",
    r"chi\s+se\s+ne\s+accorge\b",
    r"(?:non\s+(?:vedo|trovo)\s+(?:piu\s+)?(?:il\s+senso|un\s+motivo)|che\s+senso\s+ha"
    r"(?:\s+tutto|\s+continuare)?|non\s+ha\s+piu\s+senso)\b",
    r"(?:e\s+tutto|sono\s+diventate)\s+insopportabil[ei]\b",
    r"(?:vicolo\s+cieco|in\s+trappola|in\s+una\s+gabbia|nessuna\s+(?:via\s+d\s?)?uscita"
    r"|vie\s+d\s?uscita|via\s+d\s?uscita\s+da\s+niente)\b",
    r"(?:stanc[oa]\s+di\s+(?:esistere|vivere|combattere)|allo\s+stremo)\b",
    r"(?:dormire|addormentarmi)\s+(?:[\w,]+\s+){0,3}?e\s+(?:non\s+)?svegliarmi\s+(?:per|fra|tra)\b",
    r"(?:non\s+riesco\s+a\s+immaginare|non\s+c\s?e)\s+un\s+futuro\b",
    r"(?:valga|vale)\s+ancora\s+la\s+pena\b",
    r"(?:che\s+ci\s+sto\s+a\s+fare|a\s+che\s+serve\s+curarmi|quanto\s+resisto\s+ancora)\b",
    r"(?:nun|non)\s+ce\s+la\s+faccio\s+piu\b",
    r"sto\s+affogando\b",
    r"(?:non\s+reggo|non\s+sopporto)\s+piu" + END,
    r"(?:senza\s+speranza|disperat[oa])\b",
    # Round 4: a date chosen, affairs closed, "better off with", a passive wish.
    r"ho\s+(?:gia\s+)?scelto\s+(?:anche\s+)?(?:il\s+giorno|la\s+data|il\s+ponte)\b"
    r"(?!\s+(?:del|della|delle|dei|di|per)\b)",
    r"quando\s+sara\s+gia\s+fatto" + END,
    r"(?:starebbe|starebbero)\s+meglio\s+con\s+(?:mia|mio|sua|suo|la\s+nonna|i\s+nonni)\b",
    r"andarmene\s+senza\s+lasciare\b",
    r"chiudo\s+tutto\s+(?:x|per)\s+sempre\b",
    r"(?:lettera|lettere)\s+(?:per|a)\s+ciascun\w*\s+(?:\S+\s+){0,12}?(?:sono|mi\s+sento)\s+(?:\w+\s+)?tranquill\w*",
    r"sono\s+(?:nel|dentro\s+il)\s+(?:fiume|lago)\b",
    r"in\s+un\s+certo\s+senso\s+e\s+vero\s+(?:\S+\s+){0,2}?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato"
    r"|domenica)\s+e\s+il\s+giorno\b",
    r"ultimo\s+giorno\s+per\s+me\b",
    r"(?:dato|regalato|lasciato)\s+(?:\S+\s+){0,8}?(?:gli|le)\s+ho\s+detto\s+che\s+(?:\S+\s+){0,10}?non\s+e\s+vero\b",
    r"niente\s+ha\s+(?:piu\s+)?senso" + END,
    r"chiudere\s+gli\s+occhi\s+e\s+(?:sparire|non\s+riaprirli)\b",
    r"(?:vorrei|voglio)\s+(?:solo\s+)?che\s+tutto\s+(?:si|se)\s+(?:fermasse|finisse)\b",
    r"che\s+senso\s+abbia\s+(?:continuare|vivere|andare\s+avanti)\b",
    r"(?:dormire|addormentarmi)\s+(?:\S+\s+){0,8}?e\s+non\s+svegliarmi\s+(?:per|fra|tra|piu)\b",
    # Round 9, one policy in all languages: the passive wish with no method, plan, time or
    # farewell is asked about, as the blind writers label it ("vorrei addormentarmi e non
    # svegliarmi più", "non ho più voglia di vivere", "non voglio più esistere").
    r"(?:vorrei|voglio)\s+non\s+svegliarmi\s*(?:piu|mai\s+piu|domani)?" + END,
    r"non\s+(?:ho\s+)?(?:piu\s+)?voglia\s+di\s+(?:vivere|esistere)\b(?!\s+(?:a|in|con|qui|li|la)\b)",
    r"non\s+voglio\s+(?:piu\s+)?esistere\b(?!\s+(?:a|in|con|qui|li|la)\b)",
    # Sets K and L: "so già come e so già quando" (the how and when known, said calmly); God
    # asked to take one ("chiedo al Signore di prendermi").
    r"so\s+(?:gia\s+|bene\s+)?come\s+e\s+(?:so\s+)?(?:gia\s+|anche\s+)?quando" + END,
    r"(?:chiedo|chiedevo|prego|pregavo|supplico|domando)\s+(?:a\s+dio|al\s+signore|dio|il\s+signore"
    r"|a\s+gesu|gesu|alla\s+madonna|la\s+madonna|al\s+cielo)\s+(?:di\s+)?(?:prendermi|portarmi"
    r"\s+via|chiamarmi|farmi\s+morire|farmi\s+addormentare|lasciarmi\s+morire|mi\s+prenda"
    r"|mi\s+porti\s+via|mi\s+chiami)\b",
    r"(?:dio|signore|gesu)\s+(?:mi\s+)?(?:prendimi|portami\s+via|chiamami|mi\s+prenda|mi\s+porti"
    r"\s+via|mi\s+chiami)\s*(?:con\s+te|a\s+se)?" + END,
)


EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:faccia|viso|bocca)\s+{filler(3)}(?:storta|storto|cadente|paralizzat[oa]|cascante)\b",
        r"paralisi\s+facciale\b",
        # Set S: "le si è storta la bocca", "mi si sta storcendo la faccia".
        r"(?:mi|gli|le|ti)\s+si\s+(?:e|sta|va)\s+(?:stort[oa]|storcendo|cadendo|cascat[oa])\s+"
        r"(?:la\s+)?(?:bocca|faccia)\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(3)}(?:non\s+riesco\s+(?:piu\s+)?a\s+parlare|non\s+parlo\s+piu"
        r"|biascico|parlo\s+impastato|ho\s+perso\s+la\s+parola)\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        rf"(?:debolezza|intorpidimento|paralisi)\s+(?:improvvisa|{_SUDDEN})\s+(?:a|da|su|in)\s+"
        r"(?:un|un\s+solo)\s+lato\b",
        rf"{_SUDDEN}\s+{words(3)}(?:un|il)\s+lato\s+del\s+corpo\s+{words(2)}(?:debole"
        r"|intorpidito|paralizzato|addormentato)\b",
        r"meta\s+del\s+corpo\s+(?:\w+\s+)?(?:paralizzata|intorpidita|debole)\b",
    ),
    E.WORST_HEADACHE: (
        r"peggior\s+mal\s+di\s+testa\s+della\s+(?:mia\s+)?vita\b",
        r"mal\s+di\s+testa\s+(?:piu\s+)?(?:forte|terribile)\s+della\s+mia\s+vita\b",
        rf"mal\s+di\s+testa\s+{words(4)}(?:il\s+)?peggiore\s+della\s+(?:mia\s+)?vita\b",
        rf"{_SUDDEN}\s+{words(3)}mal\s+di\s+testa\s+(?:violentissimo|fortissimo|terribile|atroce"
        r"|lancinante)\b",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:dolore|peso|oppressione|male)\s+{words(3)}(?:al|nel|sul)\s+petto\s+{words(8)}(?:braccio"
        r"|mascella|mandibola|collo)\b",
        rf"(?:dolore|peso|oppressione|male)\s+{words(3)}(?:al|nel|sul)\s+petto\s+{words(10)}(?:sudo"
        r"\s+freddo|sudore\s+freddo|sudando\s+freddo)\b",
    ),
    E.CANNOT_BREATHE: (
        r"non\s+riesco\s+(?:piu\s+)?a\s+respirare\b"
        rf"{SITTING_UP}(?!\s+(?:col|con\s+il|dal)\s+naso)",
        r"non\s+respiro\b"
        rf"{SITTING_UP}(?!\s+(?:col|con\s+il|dal)\s+naso)",
        # Anaphylaxis: swelling with breath failing, or the throat closing beside an allergen.
        rf"(?:gonfia|gonfiano|gonfiando|gonfiat[oa]|gonfi[ae])\s+{words(8)}(?:fatica\s+a\s+respirare"
        r"|non\s+respiro|respiro\s+male|respira\s+(?:male|malissimo|a\s+fatica)|non\s+respira"
        r"|fa\s+fatica\s+a\s+respirare|gola\s+si\s+chiude|gola\s+chiusa|fischia)\b",
        rf"gola\s+(?:si\s+)?(?:chiude|stringe|sta\s+chiudendo|gonfia)\s+{words(8)}(?:labbra|lingua|faccia"
        r"|puntura|vespa|ape|arachidi|noccioline|allergi\w*|gamberi)\b",
        rf"(?:puntura|punto|punta|vespa|ape|calabrone|arachidi|noccioline|gamberi|allergi\w*)\s+"
        rf"{words(8)}gola\s+(?:si\s+)?(?:chiude|stringe|sta\s+chiudendo|chiusa)\b",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        r"(?:sto\s+avendo|mi\s+sta\s+venendo|ho|credo\s+di\s+avere|penso\s+di\s+avere"
        r"|forse\s+ho)\s+un\s+(?:infarto|ictus|attacco\s+di\s+cuore)\b"
        r"(?!\s+(?:anni|mesi)\b)",
        rf"{_SUDDEN}\s+{words(3)}non\s+(?:vede|vedo|ci\s+vede|ci\s+vedo)\s+piu\s+(?:niente\s+)?"
        r"(?:dall\s?|dal\s+|da\s+un\s+)(?:occhio|lato)\b",
    ),
}

HEAD_INJURY = (
    r"(?:battuto|sbattuto|picchiato)\s+(?:forte\s+)?la\s+testa\b",
    r"(?:trauma\s+cranico|commozione\s+cerebrale|colpo\s+alla\s+testa)\b",
)
CONFUSION = (
    r"(?:confus[oa]|disorientat[oa]|confusione)\b",
    r"non\s+so\s+dove\s+sono\b",
    r"(?:svenut[oa]|perso\s+(?:i\s+sensi|conoscenza))\b",
    r"(?:vomit\w*|rimett\w*)",
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}(?:debole|deboli|senza\s+forza)\b",
        rf"(?:debolezza|perdita\s+di\s+forza)\s+(?:alla|al|alle|ai|nella|nel|nelle|nei)\s+"
        rf"{words(2)}{_BODY}\b",
        r"debolezza\s+muscolare\b",
        r"non\s+riesco\s+(?:piu\s+)?ad?\s+(?:aprire|stringere|afferrare|sollevare|alzare|tenere)"
        r"\s+(?:\w+\s+){0,2}?(?:barattoli|barattolo|bottiglie?|braccio|piede|tazza|bicchiere"
        r"|oggetti|niente|cose|tappo)\b",
        r"piede\s+cadente\b",
        r"mano\s+(?:destra\s+|sinistra\s+)?non\s+(?:tiene|stringe|afferra|regge)\s+piu\b",
        r"(?:stretta|presa)\s+(?:e\s+|si\s+e\s+fatta\s+|sempre\s+piu\s+)?debole\b",
        r"(?:trascino|trascinando)\s+(?:il|un)\s+piede\b",
    ),
    R.WASTING: (
        r"(?:atrofia|perdita\s+muscolare|perdita\s+di\s+massa\s+muscolare)\b",
        rf"{_BODY}\s+{filler(3)}(?:piu\s+sottile|piu\s+magr[oa]|si\s+sta\s+riducendo"
        r"|rimpicciolit[oa]|incavat[oa])\b",
        r"muscol[oi]\s+(?:(?!non\b)[\w,]+\s+){0,9}?(?:si\s+e\s+|si\s+sono\s+|si\s+sta\s+|e\s+)?"
        r"(?:assottigliat[oi]|assottigliando|incavat[oi]|svuotat[oi])\b",
        r"(?:solchi|buchi|fossette|avvallamenti)\s+tra\s+le\s+ossa\b",
    ),
    R.SWALLOWING: (
        r"(?:difficolta|fatica|problemi)\s+(?:a|nel)\s+(?:deglutire|ingoiare)\b",
        r"non\s+riesco\s+(?:piu\s+)?a\s+(?:deglutire|ingoiare)\b",
        r"(?:mi\s+strozzo|mi\s+va\s+di\s+traverso|soffoco)\s+(?:\w+\s+){0,2}?(?:con\s+l\s?acqua"
        r"|bevendo|con\s+i\s+liquidi|mangiando|l\s?acqua)\b",
        r"(?:l\s?acqua|i\s+liquidi)\s+mi\s+(?:va|vanno)\s+di\s+traverso\b",
        r"disfagia\b",
        r"(?:mando|mandare)\s+giu\s+(?:male|a\s+fatica)\b",
        r"(?:inghiottire|deglutire|ingoiare)\s+(?:e|e\s+diventato)\s+(?:piu\s+)?(?:faticoso|difficile)\b",
    ),
    R.SPEECH: (
        r"(?:parlo|parlando)\s+(?:in\s+modo\s+)?(?:impastato|biascicando|strascicato)\b",
        r"biascic(?:o|hi|a|ando)\b",
        r"(?:voce|parola|linguaggio)\s+(?:\w+\s+)?(?:impastata|strascicata|biascicata)\b",
        r"(?:difficolta|fatica)\s+a\s+(?:parlare|articolare|pronunciare)\b",
        r"disartria\b",
        r"(?:voce|parola|parlata)\s+(?:mi\s+)?(?:si\s+)?(?:impasta|fa\s+piu\s+impacciat[oa]"
        r"|e\s+piu\s+impacciat[oa])\b",
    ),
    R.FALLS: (
        r"(?:cado|inciampo)\s+(?:\w+\s+)?(?:spesso|di\s+continuo|sempre|continuamente)\b",
        r"mi\s+cadono\s+(?:\w+\s+)?(?:le\s+cose|gli\s+oggetti)\s+(?:di\s+mano|dalle\s+mani)\b",
        r"mi\s+cad(?:e|ono)\s+(?:\w+\s+){0,2}?(?:di\s+mano|dalle\s+mani|dalla\s+mano)\b",
    ),
}

SPREADING = (r"(?:si\s+sta\s+diffondendo|si\s+diffonde|si\s+espande|in\s+tutto\s+il\s+corpo)\b",)
NUMBNESS = (r"(?:formicolio|formicolii|intorpidimento|intorpidit[oa]|addormentat[oa])\b",)
INJURY = (r"(?:incidente|caduta|caduto|caduta|sono\s+cadut[oa]|infortunio|frattura|botta)\b",)

HEALTH_ANXIETY = (
    r"(?:e|sara|ho|paura\s+di\s+avere|e\s+se\s+fosse)\s+(?:\w+\s+){0,2}?(?:sla|la\s+sla|sclerosi"
    r"|cancro|un\s+tumore|qualcosa\s+di\s+grave|parkinson)\b",
    r"sclerosi\s+laterale\s+amiotrofica\b",
    r"(?:sto\s+morendo|morira|moriro\s+di)\b",
    r"non\s+voglio\s+morire\b",
    r"e\s+(?:grave|pericoloso)\b",
)

IDIOMS = (
    # Thoughts of ending it years ago, told as over ("oggi sto bene").
    r"(?:anni\s+fa|tempo\s+fa|da\s+giovane|da\s+ragazz[oa])\b[^!?]{0,80}?pensavo\s+di\s+farla\s+fin"
    r"ita\b(?=[^!?]{0,20}[.,;]\s*(?:oggi|ora|adesso)\s+sto\s+bene\b)",
    # "Out of nowhere": the negator in it denies nothing ("do nada a pior dor de cabeça").
    r"dal\s+nulla\b",
    r"senza\s+preavviso\b",
    r"(?:muoio|morivo|morire|morendo|sto\s+morendo)\s+(?:di|dal|dalla|dalle)\s+(?:fame|sete"
    r"|sonno|caldo|freddo|risate|ridere|noia|paura|vergogna|voglia|curiosita|invidia)\b",
    r"(?:mort[oa]|morti|morte)\s+di\s+(?:fame|sonno|stanchezza|paura|freddo)\b",
    r"stanc[oa]\s+mort[oa]\b",
    r"da\s+morire\b",
    r"mi\s+fa\s+morire\b",
    r"ucciderei\s+per\s+(?:un|una)\b",
    r"mi\s+butto\s+(?:\S+\s+){0,3}?(?:scherzo|ahah|haha)\b",
    # A singer's or an actor's overdose or suicide in the news (set K: "ho letto al tg
    # dell'overdose di quel rapper").
    r"(?:overdose|suicidio)\s+(?:di|del|della|dello|dell)\s+(?:quel|quella|quest[oa]|un|una|famos[oa]"
    r"|not[oa]|giovane|ex)?\s*(?:\w+\s+)?(?:rapper|trapper|cantante|attore|attrice|calciatore"
    r"|calciatrice|influencer|artista|musicista|modella|modello|youtuber|tiktoker|star|pilota"
    r"|campione|campionessa|dj|regista|comico|conduttore|conduttrice)\b",
    r"(?:squadra\s+suicida|suicidi\s+nelle\s+carceri|rischio\s+suicidario|riducono\s+i\s+suicidi"
    r"|la\s+faccio\s+finita\s*[,.]*\s*con)\b",
    r"mi\s+sta\s+uccidendo\b",
    # Suicide as the subject of a documentary, film or book.
    r"(?:documentario|film|serie|libro|articolo|servizio|reportage|podcast|romanzo)\s+(?:[\w,]+\s+)"
    r"{0,8}?(?:parlava\w*|parlano|tratta\w*|sul|sui|sulla)\s+(?:anche\s+)?(?:di\s+|del\s+)?suicidi\w*",
)

_SOMEONE = (
    r"(?:lui|lei|mio\s+(?:marito|padre|papa|figlio|amico|fidanzato|fratello|nonno|collega"
    r"|vicino)|mia\s+(?:moglie|madre|mamma|figlia|amica|fidanzata|sorella|nonna|collega)"
    r"|qualcuno|un\s+uomo|una\s+donna|il\s+bambino|la\s+bambina|il\s+mio\s+amico|la\s+mia\s+amica"
    r"|il\s+mio\s+collega|la\s+vicina|il\s+vicino|il\s+nonno|la\s+nonna|il\s+signore"
    r"|un\s+(?:signore|cliente|collega|muratore|ragazzo|passeggero)|una\s+(?:signora|collega"
    r"|ragazza)|uno\s+dei\s+ragazzi"
    # Sets P and Q: a cousin, a nephew, an in-law, a child.
    r"|(?:il\s+)?mio\s+(?:cugino|nipote|zio|cognato|suocero|ragazzo|compagno|bambino|nipotino"
    r"|figliastro|coinquilino)|(?:la\s+)?mia\s+(?:cugina|nipote|zia|cognata|suocera|ragazza"
    r"|compagna|bambina|nipotina|coinquilina)|il\s+piccolo|la\s+piccola)"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:[\w,]+\s+){{0,8}}?(?:e\s+svenut\w*|svenut\w*|e\s+crollat\w*|non\s+respira"
    r"|crollat\w*|accasciat\w*|afflosciat\w*|non\s+si\s+muove|convulsion\w*|sta\s+avendo\s+una"
    r"\s+crisi"
    r"|ha\s+smesso\s+di\s+respirare|e\s+incosciente|incosciente|non\s+risponde|non\s+reagisce"
    r"|ha\s+(?:una\s+crisi|le\s+convulsioni|un\s+attacco\s+epilettico)|non\s+si\s+sveglia"
    r"|sta\s+diventando\s+blu)\b",
    r"(?:non\s+capisco|non\s+so|credo|non\s+vedo)\s+(?:se|che)?\s*(?:non\s+)?respira\b",
    r"(?:respira\s+appena|respira\s+con\s+un\s+rantolo|bava\s+alla\s+bocca|e\s+cianotic[oa]"
    r"|faccia\s+tutta\s+blu|convulsioni\s+(?:sul|sulla|in|da)|(?:con|ha)\s+le\s+convulsioni)\b",
    r"non\s+si\s+sveglia\s+anche\s+se\b",
)
OVERDOSE_TAKEN = (
    r"(?:ho|ha)\s+(?:mandato\s+giu|preso)\s+(?:\w+\s+){0,2}?(?:tutte\s+le\s+(?:mie\s+|sue\s+)?gocce"
    r"|un\s+blister\s+intero|una\s+scatola\s+intera|troppa\s+roba)\b",
    r"(?:preso|fatto)\s+(?:per\s+sbaglio\s+)?doppia\s+dose\b",
    r"(?:preso|presa)\s+(?:tipo\s+)?\d+\s+(?:tramadol\w*|tachipirin\w*|compresse|pastiglie"
    r"|pillole)\b",
    r"(?:ho\s+preso|ho\s+ingoiato|preso)\s+(?:\w+\s+){0,2}?(?:tutte|tutta|tutto|troppe"
    r"|una\s+scatola|la\s+scatola|\d\d+)\s+(?:\w+\s+){0,3}?(?:pillole|pastiglie|compresse"
    r"|farmaci|scatola|tachipirina|medicine)\b",
    r"(?:ho\s+fatto|ho\s+preso)\s+un\s\s?overdose\b",
    # Set J: a child or partner who took an unknown number ("ha preso non so quante pastiglie").
    r"(?:ho|ha|hanno|abbiamo)\s+(?:preso|ingoiato|inghiottito|mandato\s+giu)\s+(?:non\s+so"
    r"|chissa|non\s+sappiamo)\s+quant[ei]\s+(?:\w+\s+){0,2}?(?:pastiglie|pillole|compresse"
    r"|pasticche|gocce|farmaci|medicine|capsule)\b",
    r"(?:ho|ha|hanno)\s+(?:preso|ingoiato|inghiottito|mandato\s+giu)\s+(?:un\s+sacco\s+di"
    r"|una\s+manciata\s+di|un\s+mucchio\s+di|troppe|parecchie|tantissime)\s+(?:\w+\s+){0,2}?"
    r"(?:pastiglie|pillole|compresse|pasticche|farmaci|medicine|capsule)\b",
)
PANIC = (
    r"attacc(?:o|hi)\s+di\s+panico\b",
    r"panico\b",
    r"cuore\s+(?:\w+\s+){0,3}?(?:a\s+mille|batte\s+(?:fortissimo|forte|velocissimo|veloce"
    r"|all\s?impazzata))\b",
    r"tachicardia\b",
    r"(?:irreal\w*|fuori\s+dal\s+mio\s+corpo|diventando\s+pazza|diventare\s+matt[oa]"
    r"|mi\s+sembra\s+di\s+impazzire|batticuore|attacchi?\s+d\s?ansia|paura\s+di\s+svenire"
    r"|mi\s+sembra\s+di\s+svenire|cuore\s+in\s+gola|cuore\s+mi\s+esplode|va\s+a\s+mille)\b",
    r"tutto\s+(?:sembra|e\s+diventato|mi\s+e\s+sembrato)\s+(?:\w+\s+)?(?:finto|irreale)\b",
    r"iperventil\w*",
    r"cuore\s+(?:che\s+)?martella\b",
    r"(?:medico|dottore|cardiologo|dottoressa)\s+(?:\w+\s+){0,3}?(?:detto|dice)\s+che\s+e\s+(?:solo\s+)?"
    r"(?:l\s?)?ansia\b",
)
PANIC_DANGER = (
    r"labbra\s+(?:\w+\s+)?(?:blu|viola)\b",
    r"(?:svenut\w*|svenimento|perso\s+conoscenza|dolore\s+al\s+petto)\b",
)

RULES = LanguageRules(
    language="it",
    given_away=GIVEN_AWAY,
    affairs=AFFAIRS,
    goodbyes=GOODBYES,
    finality=FINALITY,
    crisis=(*CRISIS, *CRISIS_MORE, *HARM_NOW, *EDGE),
    ask=(*ASK, *ASK_MORE),
    emergency={**EMERGENCY, **swallowed(SOMEONE_ELSE, OVERDOSE_TAKEN)},
    panic=(*PANIC, *PANIC_MORE),
    panic_danger=PANIC_DANGER,
    red_flags={**RED_FLAGS, **FLAGS},
    health_anxiety=HEALTH_ANXIETY,
    spreading=SPREADING,
    numbness=NUMBNESS,
    injury=INJURY,
    head_injury=HEAD_INJURY,
    confusion=CONFUSION,
    idioms=(*IDIOMS, *IDIOMS_MORE),
    negators=("non", "mai", "senza", "ne", "nessun", "nessuna", "nessuno", "niente"),
    hedges=("so", "sicuro", "sicura"),
    clause_breaks=("ma", "e", "pero", "mentre"),
)
