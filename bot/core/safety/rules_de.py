"""German safety rules, over normalised text: umlauts folded (ü→u, ß→ss), so "müde", "mude" and
"muede" are all written `mu(?:e)?de`.
"""

from __future__ import annotations

from bot.core.safety.caffeine_idioms import CAFFEINE
from bot.core.safety.common import END, filler, words
from bot.core.safety.means_ready import MEANS_READY
from bot.core.safety.panic_ahead import AHEAD
from bot.core.safety.rules_de_body import INJURY, NUMBNESS, RED_FLAGS, SPREADING, SWELLING
from bot.core.safety.rules_de_edge import DECIDED, EDGE
from bot.core.safety.rules_de_harm import HARM_NOW
from bot.core.safety.rules_de_lookups import LOOKUPS
from bot.core.safety.rules_de_past import PAST
from bot.core.safety.rules_de_preparations import AFFAIRS, FINALITY, GIVEN_AWAY, GOODBYES
from bot.core.safety.rules_de_sight import SIGHT
from bot.core.safety.rules_de_swallowed import swallowed
from bot.core.safety.rules_de_wish import MISSED, MISSED_AT, NOT_HERE, WHY_STILL
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E

_WANT = r"(?:will|mochte|moechte|mocht|wurde\s+gern|wuerde\s+gern|wunsche\s+mir|wuensche\s+mir)"
_MORE = r"(?:mehr|langer|laenger)"
_SUDDEN = r"(?:plotzlich|ploetzlich|auf\s+einmal|schlagartig|ganz\s+plotzlich)"
_MYSELF = r"(?:mich|mir)"
_PILL = (
    r"(?:tabletten|schlaftabletten|medikamente|pillen|packungen|tilidin|morphin|oxy\w*|codein"
    r"|\w+(?:pram|alin|etin|zepam|azolam|done))"
)

CRISIS = (
    # Not existing, not being here, not waking up wished: asked about (rules_de_wish.py).
    rf"{_WANT}\s+(?:nicht|nich|net)\s+{_MORE}\s+(?:leben|am\s+leben\s+sein)\b",
    rf"{_WANT}\s+(?:(?:einfach|nur|noch|lieber)\s+){{0,3}}(?:sterben|tot\s+sein)\b",
    r"(?:ware|waere|war)\s+(?:ich\s+)?(?:doch\s+)?(?:lieber|besser|am\s+liebsten)\s+tot\b",
    r"am\s+liebsten\s+(?:ware|waere|war)\s+ich\s+tot\b",
    r"(?:wunschte|wuenschte|wunsche|wuensche)\s+(?:[\w,]+\s+){0,4}?(?:tot|nie\s+geboren)\b",
    rf"{_MYSELF}\s+(?:\w+\s+){{0,2}}?(?:umbringen|umzubringen|toten|toeten|erhangen|aufhangen"
    r"|erschiessen|vergiften)\b",
    r"bringe?\s+mich\s+(?:\w+\s+){0,2}?um\b",
    r"(?:mir|meinem)\s+(?:\w+\s+){0,3}?leben\s+(?:zu\s+)?(?:nehmen|beenden|ein\s+ende)",
    r"mir\s+(?:selbst\s+)?(?:was|etwas)\s+an(?:zu)?tun\b",
    r"(?:allem|meinem\s+leben|dem\s+ganzen)\s+ein\s+ende\s+(?:zu\s+)?(?:setzen|machen)\b",
    r"(?:alles|es)\s+(?:zu\s+)?beenden\s+(?:will|mochte|werde)\b",
    r"(?:will|werde|mochte)\s+(?:es|alles)\s+beenden\b",
    r"daran\s+(?:\w+\s+)?(?:es|alles)\s+zu\s+beenden\b",
    r"(?:selbstmord|suizid|freitod)\w*",
    r"lebensmu(?:e)?de\w*",
    r"(?:ritze|ritzen|ritzte|geritzt)\b",
    r"(?:selbstverletze|verletze)\s+mich\b",
    r"selbst\s+(?:zu\s+)?verletzen\b",
    r"selbstverletz\w*",
    r"(?:tabletten|pillen|medikamente)\s+(?:\w+\s+){0,2}?(?:gesammelt|gehortet|gebunkert"
    r"|aufgehoben|zur\s+seite\s+gelegt)\b",
    r"(?:sammle|horte|bunkere)\s+(?:\w+\s+){0,2}?(?:tabletten|pillen|medikamente)\b",
    r"(?:uberdosis|ueberdosis)\b",
    r"alle\s+(?:tabletten|pillen)\s+(?:\w+\s+)?(?:nehmen|schlucken)\b",
    r"abschiedsbrief\w*",
    r"(?:das\s+ist|dies\s+ist)\s+mein\s+abschied\b",
    r"(?:lebt|lebe)\s+wohl\s+(?:fur\s+immer|alle|ihr)\b",
    r"(?:von\s+der|von\s+einer)\s+(?:brucke|bruecke|hochhaus|dach)\s+(?:\w+\s+)?springen\b",
    r"vor\s+(?:den|einen)\s+zug\s+(?:\w+\s+)?(?:werfen|springen|legen)\b",
    r"(?:keinen|kein)\s+(?:sinn|grund)\s+mehr\s+(?:zu\s+leben|im\s+leben|weiterzuleben)\b",
    r"(?:leben|alles)\s+hat\s+keinen\s+sinn\s+mehr\b",
    r"besser\s+(?:\w+\s+){0,2}?wenn\s+ich\s+(?:nicht\s+mehr\s+am\s+leben|tot)\s+"
    r"(?:ware|waere)\b",
    r"nicht\s+mehr\s+leben\s+(?:will|mochte|moechte)\b",
    # The wish beside a preparation (a will at the notary's, things given away) or a cut planned.
    r"(?:notar|testament|vermacht|verschenkt|geschenkt|alles\s+geregelt)\b[^!?]{0,150}?\bnicht\s+mehr"
    r"\s+(?:aufwachen|da\s+sein)\b|schneid\w*\s+(?:\w+\s+){0,2}?(?:am|ins|in\s+die|in\s+den|die)\s+"
    r"(?:handgelenk|handgelenke|pulsader|pulsadern)\b",
    # Issue 20, rules round: slang self-harm, stockpiles, a rope ready, a plan with a place.
    r"ritz(?:e|en)?\s+mich\b|svv\b|sh\s+ruckfall\b|ctb\b",
    r"(?:unterarm|arm|arme|oberschenkel|handgelenk)\s+(?:\w+\s+)?verbrannt\b|(?:wieder|absichtlich)"
    r"\s+(?:\w+\s+){0,4}?verbrannt\b|(?:feuerzeug|zigarette)\w*\s+verbrannt\b",
    r"(?:sammle|sammel|sammeln|gesammelt|aufgespart|gehortet|beiseitegelegt|beiseite\s+gelegt)\s+"
    rf"(?:\w+\s+){{0,5}}?{_PILL}\b",
    r"(?:tabletten|schlaftabletten|medikamente|pillen|tilidin|morphin|citalopram)\s+(?:\w+\s+){0,6}?"
    r"(?:aufgespart|gesammelt|gehortet|beiseitegelegt|sammle|sammel|abgezahlt)\b|(?:strick|seil)\s+(?:\w+\s+){0,7}?(?:hingelegt|festgemacht)\b",
    r"wie\s+viel(?:e|en)?\s+(?:\w+\s+){0,6}?(?:todlich|toedlich|reichen\s+wurde|reichen\s+wuerde)",
    # A place looked at where one will jump ("die Stelle angeguckt, wo ich runterspring").
    r"(?:angeguckt|angeschaut|angesehen|ausgesucht|ausgekundschaftet|abgecheckt)\b[^.!?]{0,30}?\bwo"
    r"\s+ich\s+(?:\w+\s+){0,2}?(?:runter\s*spring|spring|mich\s+(?:runter|fallen))\w*",
    r"(?:bald|nachste\s+woche|zum\s+monatsende|nach\s+\w+)\s+(?:bin\s+ich|ich\s+bin)\s+(?:nicht"
    r"\s+mehr\s+(?:da|hier)|weg)\b|ich\s+bin\s+(?:eh\s+|dann\s+)?bald\s+weg\b",
    r"(?:das\s+ist|heute\s+ist)\s+mein(?:e)?\s+letzte[rn]?\s+(?:nachricht|tag)(?:\s+hier)?"
    r"\s*(?:[.!?,;:)]|$)",
    r"(?:dach|brucke|kante)\b[^.!?]{0,100}?spring|von\s+(?:der|dem)\s+\w*(?:brucke|dach)\s+spring",
    r"(?:verschenkt|vermacht|verschenke|geschenkt)\b[^!?]{0,80}?(?:brauch\w*\s+(?!wir\b|ihr\b|die\s+kinder\b)(?:ich\s+)?(?:das\s+)?"
    r"(?:\w+\s+){0,3}?(?:nicht|nich|nichts)\s+mehr|nicht\s+mehr\s+brauch\w*|nicht\s+mehr\s+(?:da|hier)|bald\s+weg)",
    r"alles\s+aus\s+der\s+hausapotheke\s+genommen\b|motor\s+(?:\w+\s+){0,4}?garage\b",
    # Issue 20, crisis round: a date set, "how many … to not wake up", a place, a means at hand.
    r"(?:als\s+datum|den\s+tag)\s+(?:\w+\s+)?(?:gesetzt|festgelegt)\b|mich\s+fur\s+\w*tag\s+entsc"
    r"hieden\b|(?:es|dem|allem)\s+(?:\w+\s+)?(?:zu\s+)?ende\s+(?:sein|setzen)\b|(?:werd|werde)\s+"
    r"(?:\w+\s+){0,2}?(?:nicht|nich)\s+mehr\s+leben\b|bis\s+dahin\s+(?:ist\s+es|bin\s+ich)\s+(?:vo"
    r"rbei|weg|tot)\b|(?:uberlegt|ueberlegt|geplant)\s+wie\s+und\s+(?:womit|wo|wann)\b",
    r"wie\s+viel\w*\s+[^.!?]{0,60}(?:nicht|nich|nie)\s+(?:mehr\s+)?auf(?:zu)?wach\w*|(?:menge|dosi"
    r"s)\s+(?:\w+\s+){0,7}?(?:todlich|toedlich)\b|wie\s+viel\s+reicht\b|(?:medikament|tablette|mo"
    r"rphin|insulin)\w*\b[^.!?]{0,80}damit\s+es\s+reicht\b",
    r"(?:nehm|nehme|schluck\w*)\s+ich\s+(?:die\s+|sie\s+)?alle\b|nicht\s+mehr\s*,?\s*(?:sondern\s+"
    r"|ich\s+)?(?:sammle|sammel)\w*\b|die\s+ganzen\s+tabletten\s+(?:\w+\s+){0,4}?geschluckt\b",
    r"(?:nicht\s+mehr\s+zu\s+bremsen|ungebremst\s+gegen|gas\s+geben\s+und\s+nicht\s+lenken)\b|(?:"
    r"brucke|dach|silo|turm|hochhaus)\w*\b[^!?]{0,100}?(?:steig\w*|geh\w*)\s+(?:\w+\s+)?(?:und\s+)?"
    r"springe?\b|(?:geh\w*|steig\w*)\s+(?:\w+\s+){0,4}?und\s+springe?\b(?!\s+(?:ins|vom\s+\w+er\b|rein))|schlauch\s+(?:\w+\s+){0,2}?auspuff\b|ich\s+spring(?:e)?\s+(?:gleich|jetzt|heute|dann)\b|(?:von|vom)\s+\w*(?:turm|dach"
    r"|brucke|hochhaus)\s+(?:steig|spring|sturz)\w*",
    r"beine?\w*\s+(?:schon\s+)?(?:uber|ueber)\s+der\s+kante\b|mit\s+den\s+beinen\s+(?:drau\w*|raus"
    r")\b|auf\s+den\s+gleisen\s+(?:stehen|liegen|bleiben)\b|hinleg\w*\s+wenn\s+der\s+\w*zug\b",
    r"steine?n?\s+in\s+den\s+\w*taschen\b|(?:bis\s+ich\s+nicht\s+mehr\s+kann|dann\s+halt)\s+(?:u"
    r"nd\s+)?(?:dann\s+)?(?:halt\s+)?nicht\s+(?:mehr\s+)?zuruck\b|wo\s+kein\s+gelander\s+ist\b",
    r"(?:pistole|flinte|gewehr|waffe|revolver)\b[^!?]{0,100}(?:mach\s+ich\s+(?:das|es)|schluss)\b|st"
    r"rick\s+(?:\w+\s+){0,3}?gekauft\b|(?:e\s?605|rattengift|pflanzenschutz\w*)\b[^.!?]{0,40}trink",
    r"am\s+schnippeln\b|wie\s+(?:ein|n)\s+strichcode\b|garage\b[^!?]{0,40}motor\s+lauft\b|abschie"
    r"ds(?:mail|nachricht|video|sms|text)\w*",
    # A way already chosen ("überlegt, wie ich es mache"), a place where nobody comes, letters
    # to the family beside "morgen mache ich es".
    rf"mir\s+(?:schon\s+|jetzt\s+|genau\s+)?(?:uberlegt|ueberlegt|ausgedacht)\s*,?\s*wie\s+ich\s+es"
    rf"\s+(?:mache|mach|tue|tu|anstelle|machen\s+werde){END}[^!?]{{0,120}}?(?:brucke|bruecke"
    rf"|gleise|zug|tabletten|strick|dach|hochhaus|parkhaus|\w+tag|morgen|nachts|heute)\b",
    r"(?:brucke|bruecke|gleise|bahnlinie|hochhaus|klippe)\w*\b[^!?]{0,80}?(?:\w+tag|morgen|fruh"
    r"|nachts|abends)\s*,?\s*wenn\s+(?:keiner|niemand)\s+(?:unterwegs|da|wach|mehr\s+da|hinsieht"
    r"|hinkommt)\b",
    r"briefe\s+(?:\S+\s+){0,3}?geschrieben\s+(?:fur|fuer|an)\s+(?:meine|meinen|mein)\b[^!?]{0,120}?"
    r"(?:(?:mache\s+ich\s+es|ich\s+mache\s+es|es\s+tun)\s*[.,!;]|alles\s+entschieden)",
    # Sets J-L: a bridge picked out "and then there's peace"; a rope lying ready; a lethal
    # amount of one's own tablets looked up, with enough at home.
    r"(?:ausgeguckt|ausgesucht|angeguckt|angeschaut|rausgesucht|abgecheckt)\b[^.!?]{0,30}?(?:welche"
    r"[rnms]?|wo|die|eine)\s+(?:\w+\s+)?(?:talbrucke|talbruecke|autobahnbrucke|brucke|bruecke"
    r"|hochhaus|parkhaus|klippe|gleise|bahnstrecke|steilwand)\b[^!?]{0,80}?(?:dann\s+(?:is|ist)"
    r"\s+(?:ruhe|schluss|es\s+vorbei)\b(?!\s+(?:mit|im|in|bei|vor)\b)|spring\w*|anhalte\w*|keine\s+kraft"
    r"\s+mehr)",
    r"(?:talbrucke|talbruecke|autobahnbrucke|brucke|bruecke|gleise|hochhaus|parkhaus|klippe)\b"
    r"[^!?]{0,80}?dann\s+(?:is|ist)\s+(?:endlich\s+)?(?:ruhe|schluss)\b(?!\s+(?:mit|im|in|bei|vor)\b)",
    r"(?:strick|schlinge)\s+(?:liegt|hangt|haengt|ist)\s+(?:\w+\s+)?(?:schon|bereit|parat|fertig)\b"
    r"(?![^.!?]{0,30}\b(?:fur|fuer)\s+(?:die|den|das)\s+(?:kuh|kuhe|kalb|kalber|pferd|ziege|hund|boot))"
    r"|(?:strick|schlinge)\s+(?:\S+\s+){0,3}?(?:geknupft|geknuepft|geknotet|vorbereitet)\b",
    r"(?:nachgeguckt|nachgeschaut|nachgelesen|gegoogelt|gegooglet|recherchiert|ausgerechnet"
    r"|geschaut)\b[^.!?]{0,20}?wie\s+viel\w*\s+(?:\w+\s+){0,4}?(?:\w*tabletten|pillen|medikamente"
    r"|insulin|tropfen|paracetamol|ibu\w*|aspirin|schlaftabletten|tavor|diazepam|packungen)\b"
    r"[^!?]{0,80}?\bgenug\b(?!\s+(?:geschlafen|getrunken|gegessen))",
)

ASK = (
    rf"(?:kann|will)\s+(?:einfach\s+)?nicht\s+mehr{END}",
    r"(?:will|mochte)\s+(?:einfach\s+)?verschwinden\b",
    r"mu(?:e)?de\s+von\s+allem\b",
    r"hab(?:e)?\s+keine\s+kraft\s+mehr\b(?!\s+zu\s+leben\b)",
    r"(?:pack|packe|schaff|schaffe)\s+(?:das|es)\s+(?:alles\s+)?(?:einfach\s+)?nicht\s+mehr" + END,
    r"(?:sehe|seh|gibt)\s+keinen\s+ausweg\b",
    r"halte\s+(?:das|es)\s+(?:alles\s+)?nicht\s+mehr\s+aus\b",
    r"alles\s+ist\s+(?:so\s+)?sinnlos\b",
    r"(?:allen|jedem)\s+(?:nur\s+)?eine\s+last\b",
    r"(?:hoffnungslos|ausweglos)\b",
    # Issue 20, rules round: a burden, no sense in anything, unbearable, trapped, away for a while.
    r"(?:last\s+(?:fur|fuer)\s+(?:alle|meine|mein|die|den)|zur\s+last)\b",
    r"(?:leichter|besser\s+dran|mehr\s+ruhe)\s+(?:\w+\s+){0,2}?ohne\s+mich\b|ohne\s+mich\s+(?:hatten"
    r"|hatte|waren|ware|waere|war)\s+(?:es\s+)?(?:alle|sie|sies|ihr|er|mein\w*)\b",
    r"wenn\s+ich\s+(?:einfach\s+)?nicht\s+(?:mehr\s+)?da\s+(?:war|ware|waere)\b",
    r"(?:keinen|kein)\s+sinn\s+mehr\b|macht\s+(?:doch\s+)?(?:eh\s+)?(?:alles\s+)?keinen\s+sinn\b",
    r"(?:in\s+nichts|gibt\s+einfach\s+keinen)\s+(?:mehr\s+einen\s+)?sinn\b|was\s+bringt\s+das\s+alles",
    r"wozu\s+(?:das\s+(?:alles|ganze)|bin\s+ich\s+noch)\b",
    r"(?:halt\w*|halte)\s+(?:das\s+|es\s+)?(?:alles\s+)?(?:einfach\s+)?(?:nicht|nich)\s+mehr\s+aus\b"
    r"|nicht\s+mehr\s+auszuhalten\b|halt\s+das\s+nicht\b",
    r"kann\s+(?:so\s+|echt\s+|bald\s+|einfach\s+)?(?:nicht|nich)\s+mehr(?:\s+weitermachen)?"
    r"(?:\s*(?:[.!?,;:)]|$)|\s+(?:bro|digga|diggah|diga|alter|ey|junge|leute)\b)",
    # Set M: trapped in one's own life ("fühl mich wie eingesperrt in meinem eigenen leben").
    r"(?:bin|fuhl\w*|fuehl\w*)\s+(?:mich\s+)?(?:so\s+|total\s+|echt\s+|wie\s+|einfach\s+)*"
    r"(?:eingesperrt|gefangen)\b(?![^.!?]{0,40}\b(?:quarantane|lockdown|stau|aufzug"
    r"|homeoffice|wetter|regen|zug|flugzeug|buro|buero)\b)",
    # Set N: not wanting to wake up in the morning ("mag in der früh gar nicht mehr aufwachen").
    r"(?:mag|will|mocht\w*|moecht\w*|wurd\w*\s+gern|wuerd\w*\s+gern)\s+(?:\w+\s+){0,6}?(?:(?:nicht"
    r"|nich)\s+mehr|nimmer)\s+aufwach\w*(?!\s+(?:mit|ohne|wegen|vor|um|bevor|mussen|muessen|muss)\b)",
    r"(?:will|mochte|wurde|war\s+ich\s+gern)\s+(?:\w+\s+){0,4}?(?:verschwinden|weg\s+sein"
    r"|in\s+luft\s+auflosen|weg)\b(?!\s+(?:von|aus|nach|zu|in)\b)",
    r"(?:einschlafen|pennen|schlafen)\s+und\s+(?:\w+\s+){0,5}?(?:nicht|nich)\s+(?:mehr\s+)?aufwachen",
    r"(?:sitz\w*|stecke)\s+(?:\w+\s+){0,3}?(?:in\s+der\s+falle|in\s+einem\s+kafig)\b"
    r"|keinen?\s+ausweg\b|ich\s+sitze\s+fest\b|(?:fuhl\w*|fuehl\w*|bin)\s+(?:mich\s+)?(?:\w+\s+)?wie\s+in"
    r"\s+(?:ner|einer|der)\s+falle\b",
    r"mude\s+vom\s+leben\b|lebensmude\b|(?:niemand|keiner)\s+(?:wurde\s+)?(?:es\s+)?(?:\w+\s+)?merk",
    # Issue 20, crisis round: "Schluss", affairs in order, things given away, a burden, no sense.
    r"(?:beschlossen|entschieden)\b[^!?]{0,40}ist\s+schluss\b|mach\w*\s+(?:ich\s+)?(?:dann\s+)?sc"
    r"hluss\b(?!\W{0,6}(?:mit|fur\s+heute)\b)|schluss\s+mache\b|wann\s+schluss\s+ist\b",
    r"angelegenheiten\s+(?:\w+\s+)?(?:geordnet|geregelt)\b|testament\s+(?:\w+\s+){0,3}?notar\b|not"
    r"ar\s+alles\s+unterschrieben\b|bestatter\s+(?:\w+\s+){0,2}?geregelt\b|vorsorgevertrag\b|alle"
    r"s\s+geregelt\b[^.!?]{0,30}(?:konto|versicherung)|briefe?\s+an\s+(?:meine|die|meinen)\s+(?:ki"
    r"nder|enkel\w*|tochter|sohne|eltern|mama)\s+(?:\w+\s+)?(?:geschrieben|fertig)\b(?!\s+(?:zu|zum|fur)\s+(?:weihnachten|geburtstag|ostern))|(?:kindern|en"
    r"kel\w*)\s+briefe\s+geschrieben\b",
    r"wollt\w*\s+(?:es\s+)?nur\s*,?\s+(?:dass\s+es\s+)?(?:wenigstens\s+)?(?:einer|jemand|wem|irgen"
    r"d\w+)\s+(?:weiss|sagen)\b|wollt\w*\s+nur\s+(?:noch\s+)?(?:tschuss|tschuess)\s+sagen\b|(?:tsch"
    r"uss|tschuess)\b[^!?]{0,100}bin\s+ich\s+weg\b|damit\s+(?:die|sie)\s+wissen,?\s+dass\s+es\s+nic"
    r"ht\s+(?:ihre|eure)\s+schuld\b|(?:brauch\w*)\s+(?:ich\s+)?(?:hier\s+)?(?:eh\s+)?(?:nix|nichts)"
    r"\s+mehr\b|(?:pin|passw\w*)\b[^.!?]{0,40}gegeben\b|nicht\s+mehr\s+(?:benotigen|brauchen)\b",
    r"bald\s+bei\s+(?:meiner|meinem)\s+\w+\s+sein\b|(?:stelle|route)\s+(?:\w+\s+){0,5}?(?:ausgesuc"
    r"ht|angeschaut)\b|(?:morphin|tilidin|oxy\w*|tabletten)\w*\b[^.!?]{0,60}mit\s+(?:nach\s+)?heim",
    r"besser\s+(?:dran\s+)?ohne\s+mich\b|ohne\s+mich\s+(?:\w+\s+)?besser\s+dran\b|(?:hatten|h"
    r"atte|wars|ware|waere)\s+(?:es\s+)?(?:\w+\s+){0,2}?ohne\s+mich\s+(?:\w+\s+)?(?:leichter|besse"
    r"r|einfacher)\b|ohne\s+mich\s+(?:wars|ware|waere)\s+(?:(?:es|fur|alle|allen|euch|sie|ihm)\s+){0,2}(?:einfacher|le"
    r"ichter|besser)\b|(?:bin|ist)\s+(?:eh\s+|doch\s+)?allen\s+egal\b",
    r"nur\s+(?:noch\s+)?(?:ne\s+|eine\s+)?last\b(?!\s+minute)|nichts\s+mehr\s+(?:einen\s+)?sinn\b"
    r"|keinen\s+\w+\s+sinn\s+mehr\b|(?:bin|fuhl\w*|fuehl\w*)\s+(?:mich\s+)?(?:so\s+|wie\s+)?gefan"
    r"gen\b|(?:nirgends|nirgendwo)\s+(?:ein\s+|n\s+)?ausweg\b|(?:sehe|seh)\s+keine\s+zukunft\b(?!\s+(?:fur|mit)\b)",
    r"(?:gegeben|verkauft|gebracht)\b[^!?]{0,80}(?:brauch\w*\s+(?:ich\s+)?(?:\w+\s+){0,3}?(?:nicht|n"
    r"ich)\s+mehr|wenn\s+ich\s+weg\s+bin)\b[^!?]{0,20}(?:lange|danke|weg)\b",
    r"(?:warum|wozu|weshalb|wieso)\s+ich\s+(?:uberhaupt\s+)?(?:noch\s+)?aufstehe\b|nie\s+(?:wieder"
    r"|mehr)\s+(?:auftauchen|zuruckkommen)\b|wozu\s+(?:eigentlich\s+|uberhaupt\s+)das\s+alles\b",
    r"(?:ein(?:zu)?schlafen|schlafen)\s+und\s+(?:\w+\s+){0,5}?(?:nicht|nich)\s+(?:mehr\s+)?auf(?:z"
    r"u)?(?:wachen|stehen)\b|einschlafen\s+und\s+erst\s+in\s+(?:\w+\s+){0,2}?(?:jahr|monat|woche)",
    # A high place where nobody comes, and wishing one could simply vanish.
    r"oben\s+(?:\w+\s+){0,2}?(?:parkhaus|hochhaus|dach|brucke|bruecke)\w*\s*,?\s*(?:\S+\s+){0,3}?"
    r"(?:da|dort|wo)\s+(?:kommt|geht|ist)\s+(?:keiner|niemand|nie\s+wer)\b(?![^.!?]{0,40}\b(?:parken"
    r"|versteckt|rauchen|ruhe)\b)",
    # Sets J-L: dozing off and not waking, wishing one simply would not wake in the morning.
    r"(?:einpennen|wegpennen|einnicken)\s+und\s+(?:\w+\s+){0,3}?(?:nicht|nich)\s+(?:mehr\s+)?auf"
    r"wachen\b|(?:wunschte|wuenschte|wunsche|wuensche|hoffe|hoff)\s+(?:\S+\s+){0,6}?(?:nicht|nich"
    r")\s+mehr\s+aufwach\w*(?!\s+(?:mit|ohne|wegen|vor)\b)|niemandem\s+(?:mehr\s+)?(?:eine\s+|zur\s+)?last\b",
    r"(?:wunschte|wuenschte|wunsche|wuensche)\s+(?:ich\s+)?(?:mir\s+)?,?\s*(?:ich\s+)?(?:konnte"
    r"|koennte|wurde"
    r"|wuerde)\s+(?:\w+\s+){0,2}?verschwinden\b",
)

EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:gesicht|mundwinkel|gesichtshalfte)\s+{filler(3)}(?:hangt|haengt|hangen|schief"
        r"|herunter|gelahmt|gelaehmt)\b",
        # German puts the verb first after an adverb: "plötzlich hängt mein Gesicht".
        r"(?:hangt|haengt|hangen)\s+(?:mir\s+|ihm\s+|ihr\s+)?(?:mein|meine|das|die|der|ein|eine|sein|seine|ihr|ihre)\s+"
        r"(?:linke\s+|rechte\s+)?(?:gesicht|mundwinkel|gesichtshalfte)\b",
        r"(?:hangend|haengend)(?:e|er|en|em|es)?\s+(?:mundwinkel|gesicht\w*|mund)\b",
        r"mund\w*\s+(?:hangt|haengt)\s+(?:\S+\s+){0,2}?(?:auf\s+(?:eine|einer|der)\s+(?:\w+\s+)?seite"
        r"|schief|runter)\b",
        r"gesichtslahmung\b",
        r"(?:mund|mundwinkel)\s+(?:\S+\s+){0,4}?(?:hangt\s+(?:\S+\s+){1,3}?seite\s+herunter|runterhangt"
        r"|herunterhangt|is\s+schief|ist\s+schief|fuhlt\s+sich\s+links\s+taub)\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(7)}(?:nicht\s+(?:mehr\s+)?(?:richtig\s+)?(?:sprechen|reden)"
        r"|verwaschen|lalle|lallen|undeutlich|keine\s+worte)\b",
        rf"(?:sprache|aussprache)\s+(?:ist\s+)?{_SUDDEN}\s+(?:verwaschen|weg|undeutlich)\b",
        r"nur\s+noch\s+(?:\S+\s+)?(?:wirres\s+zeug|gelalle|buchstabensalat|komische\s+worter)",
        r"(?:er|sie)\s+lallt\b",
        r"(?:die\s+)?worter\s+sind\s+weg\b",
        r"sprache\s+ist\s+ganz\s+verwaschen\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        *SIGHT,
        rf"{_SUDDEN}\s+{words(3)}(?:schwach|schwache|lahmung|gelahmt|taub|taubheit)\w*\s+"
        r"(?:auf|an|in)\s+(?:einer|der\s+(?:linken|rechten))\s+(?:seite|korperhalfte)\b",
        r"(?:eine|linke|rechte)\s+(?:korperseite|korperhalfte|seite\s+meines\s+korpers)\s+"
        r"(?:ist|wird|fuhlt\s+sich)\s+(?:\w+\s+)?(?:taub|gelahmt|schwach|lahm)\b",
        r"halbseitig\s+(?:gelahmt|taub|schwach)\b",
        rf"{_SUDDEN}\s+{words(3)}(?:linke|rechte)\s+(?:seite|korperhalfte|gesichtshalfte)\s+"
        rf"{words(2)}(?:taub|gelahmt|gelaehmt|schwach|lahm)\b",
        r"gehorcht\s+mir\s+(?:\S+\s+){0,3}?(?:hand|arm|bein)\s+nicht\b",
        r"(?:linke|rechte)\s+korperhalfte\s+(?:\S+\s+)?eingeschlafen\b",
        r"(?:linker|rechter)\s+arm\s+und\s+(?:linkes|rechtes)\s+bein\b",
        rf"{_SUDDEN}\s+{words(3)}(?:linkes|rechtes|linken|rechten)\s+(?:bein|arm)\s+nicht\s+mehr\s+bewegen\b",
        rf"{_SUDDEN}\s+{words(4)}(?:alles\s+doppelt|nur\s+noch\s+schwarz|alles\s+schwarz)\b",
        r"(?:auf\s+einem\s+auge|links|rechts)\s+nur\s+noch\s+schwarz\b",
        r"(?:schwache|lahmung|taubheit)\s+(?:auf|an)\s+einer\s+(?:seite|korperseite)\b",
    ),
    E.WORST_HEADACHE: (
        r"(?:schlimmsten?|starksten?|heftigsten?)\s+kopfschmerzen?\s+(?:meines\s+lebens"
        r"|die\s+ich\s+je)",
        r"(?:vernichtungskopfschmerz|donnerschlagkopfschmerz)\w*",
        r"(?:schlimmste|schlimmster|starkste|heftigste)\s+(?:kopf)?schmerz\w*\s+meines\s+lebens\b",
        r"(?:donnerschlag|geplatzt|geknallt)\s+im\s+kopf\b",
        r"(?:im\s+kopf\s+geknallt|im\s+kopf\s+geplatzt)\b",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:brustschmerz\w*|schmerz\w*\s+in\s+der\s+brust|druck\s+auf\s+der\s+brust)\s+"
        rf"{words(6)}(?:arm|kiefer|hals)\b",
        r"(?:brust|brustbein|brustschmerz\w*)\s+(?:\S+\s+){0,10}?(?:arm|kiefer|unterkiefer|hals|rucken"
        r"|schulterblatter)\b",
        r"(?:brust|brustbein)\s+(?:\S+\s+){0,12}?(?:klatschnass|kaltschweissig|schweiss\s+lauft)\w*",
    ),
    E.CANNOT_BREATHE: (
        r"(?:kann|konnte)\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?atmen\b(?!\s+vor\s+lachen)",
        r"(?:bekomme|kriege|krieg|bekam|kriegt|bekommt)\s+(?:gar\s+)?(?:keine|kaum)\s+luft\b",
        r"(?:krieg|kriege|kriegt|bekommt)\s+(?:schlecht|schwer)\s+luft\b",
        r"kann\s+(?:\S+\s+)?schlecht\s+atmen\b",
        r"(?:hals|zunge|lippen)\s+(?:\S+\s+){0,2}?(?:schwillt|zugeschwollen|dick|fett)\b(?!\s+belegt)",
        # Sets J-K: nuts eaten, lips swelling and the throat tightening.
        r"(?:lippen|zunge)\s+(?:\S+\s+){0,2}?(?:schwellen|schwollen|geschwollen|angeschwollen)\b[^.!?]{0"
        r",60}?(?:hals|kehle|luft|atm\w*|schluck\w*)|(?:nuss|nusse|erdnuss\w*|nusskuchen|stich|wespe"
        r"|biene|gestochen)\b[^.!?]{0,80}?(?:hals|kehle)\s+(?:wird|ist|geht|schnurt)\s+(?:\w+\s+)?(?:eng|zu)\b",
        r"(?:augen|gesicht)\s+(?:\S+\s+)?(?:schwellen\s+zu|zugeschwollen|ist\s+dick)\b",
        r"(?:in\s+ganzen\s+satzen\s+sprechen|schlucken\s+geht\s+kaum)\b",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        r"(?:habe|hab|hat|glaube\s+ich\s+habe)\s+(?:gerade\s+)?(?:einen\s+|nen\s+)?"
        r"(?:herzinfarkt|schlaganfall)\b(?!\s+(?:gehabt|vor))",
    ),
}

HEAD_INJURY = (
    r"(?:kopf|schadel)\s+(?:\w+\s+){0,2}?(?:angeschlagen|gestossen|verletzt|aufgeschlagen)\b",
    r"(?:gehirnerschutterung|kopfverletzung|schadelverletzung)\b",
    r"(?:gefallen|gesturzt|gestuerzt|geknallt)\s+mit\s+(?:dem\s+|m\s+)?kopf\b|kopf\s+(?:\S+\s+){0,2}?"
    r"(?:geblutet|blutet|aufgeplatzt)\b|(?:von\s+(?:der\s+)?leiter|vom\s+(?:dach|pferd|gerust"
    r"|geruest|baum))\s+(?:\w+\s+)?(?:gefallen|gesturzt|gestuerzt)\b",
    r"(?:auf\s+den|mit\s+dem)\s+kopf\s+(?:gefallen|aufgeschlagen|gestossen)\b",
    r"(?:ohne\s+helm\s+)?(?:kopf|hinterkopf)\s+(?:\S+\s+){0,4}?(?:geknallt|gefallen|gestossen|geschlagen"
    r"|gekriegt|aufgeschlagen|geprallt)\b",
    r"(?:ohne\s+helm\s+)?(?:gefallen|gesegelt|geknallt|gesturzt)\s+(?:\S+\s+){0,5}?(?:aufn|auf\s+den|aufs"
    r"|mit\s+dem|mitm)\s+kopf\b",
    r"(?:mit\s+dem\s+kopf\s+(?:aufs|aufn|auf\s+den|an\s+die|gegen)|kopf\s+an\s+kopf|fahrradunfall\s+ohne\s+helm)\b",
)
CONFUSION = (
    # "verwirrt wegen der Zuckungen" is puzzled, not disoriented.
    r"(?:verwirrt|desorientiert|benommen)\b(?!\s+(?:wegen|uber|ueber)\b)",
    r"weiss\s+nicht\s+(?:mehr\s+)?wo\s+(?:ich|er|sie)\s+(?:bin|ist)\b",
    r"(?:bewusstlos|ohnmachtig)\b",
    r"(?:weiss|weis)\s+(?:\S+\s+){0,2}?(?:nicht|nich|net)\s+(?:mehr\s+)?(?:\S+\s+)?(?:welcher\s+tag"
    r"|wie\s+ich|dass\s+wir)",
    r"(?:redet\s+durcheinander|labert\s+komisch|war\s+kurz\s+weg|erkennt\s+mich\s+nicht)\b",
    r"(?:fragt\s+(?:\S+\s+){0,3}?dasselbe|vergess\w*\s+standig|benebelt|schlafrig)\b",
    r"(?:erbrochen|gekotzt|kotzt|gespuckt|spuckt|ubergeben|zweimal\s+gebrochen)\b",
)

HEALTH_ANXIETY = (
    r"(?:ist\s+(?:es|das)|habe\s+ich|hab\s+ich|konnte\s+(?:es|das)|angst\s+vor|angst\s+(?:dass"
    r"|das)\s+(?:es|ich))\s+(?:\w+\s+){0,2}?(?:als|ms|parkinson|krebs|einen\s+tumor"
    r"|etwas\s+schlimmes|was\s+schlimmes|etwas\s+ernstes)\b",
    r"(?:amyotrophe\s+lateralsklerose|motoneuronerkrankung|multiple\s+sklerose)\b",
    r"(?:bin\s+ich\s+todkrank|sterbe\s+ich)\b",
    r"(?:ist\s+(?:das|es)\s+(?:gefahrlich|ernst|todlich))\b",
    r"(?:will|mochte)\s+nicht\s+sterben\b",
    r"angst\s+(?:zu\s+sterben|vor\s+dem\s+tod)\b",
)

IDIOMS = (
    r"tod(?:mude|muede|mud|langweilig|schick|sicher|ernst|krank\s+vor\s+lachen)\w*",
    r"(?:sterbe|sterben|sterbend)\s+vor\s+(?:hunger|durst|lachen|langeweile|neugier|hitze"
    r"|kalte|scham)\b",
    r"zum\s+sterben\s+(?:langweilig|schon|mude)\b",
    r"(?:sterbenslangweilig|sterbensmude)\b",
    r"(?:lach|lache|lachen|lachte)\s+mich\s+tot\b",
    r"(?:das|es|der\s+job|die\s+arbeit)\s+bringt\s+mich\s+(?:noch\s+)?um\b",
    r"nicht\s+auf\s+den\s+kopf\s+gefallen\b",
    # Issue 20, crisis round: overdose and suicide as a topic, the past, a game, a TV series.
    r"(?:uberdosis|ueberdosis)\s+(?:an\s+)?(?:paprika|koffein|kaffee|zucker|schokolade|chips|sonne)"
    r"|(?:wegen|fragte)\s+(?:\w+\s+)?(?:uberdosis|ueberdosis)\b|(?:hausarbeit|referat|text|artikel"
    r"|vortrag|studie)\s+(?:\w+\s+){0,2}?(?:uber|ueber)\s+[^.!?]{0,50}?(?:suizid|selbstmord)\w*",
    r"(?:war\s+(?:19|20)\d\d|vor\s+\w+\s+jahren\s+war\s+ich)\s+nach\s+(?:nem|einem)\s+suizidversuch"
    r"|gesehen\s+nach\s+suizidversuchen\b|geritzt\b[^!?]{0,30}(?:ist|sind)\s+(?:uber\s+)?\w+\s+jah"
    r"re?\s+her\b|geritzt\b[^!?]{0,30}(?:ist|is|sind)\s+(?:schon\s+)?(?:ewig|lange|ewigkeiten)\s+h"
    r"er\b(?![^.!?]{0,60}\b(?:wieder|gestern|heute|ruckfall)\b)|(?:mal|x)\s+(?:\w+\s+){0,4}?gestorben\b[^.!?]{0,30}will\s+sterben\b|(?:in\s+der"
    r"\s+(?:serie|folge)|im\s+film)\b[^.!?]{0,40}(?:umgekippt|zusammengebrochen|bewusstlos)\b",
    # Set K: the farewell mail to the whole office before a new job is no goodbye to life.
    r"abschieds(?:mail|email|rundmail|nachricht)\w*\s+(?:\S+\s+){0,2}?(?:ans\s+(?:ganze\s+)?(?:haus"
    r"|team|buro|buero|kollegium|amt|institut)|an\s+(?:alle\s+|die\s+|meine\s+)?(?:kolleg\w*|kunde"
    r"n|abteilung|firma|mitarbeiter\w*))\b",
    # Sets K-L: self-harm years ago, therapy done, stable since
    # ("vor zehn Jahren … seitdem stabil").
    r"vor\s+(?:\w+\s+)?(?:jahren|jahrzehnten)\b[^!?]{0,80}?(?:selbstverletz\w*|geritzt|ritzen|suizid\w*"
    r"|selbstmord\w*)\b[^!?]{0,80}?(?:seitdem\s+(?:stabil|gut|ok)|(?:ist|is)\s+(?:\w+\s+)?(?:lange\s+)?"
    r"vorbei|mir\s+geht\w*\s+(?:es\s+)?(?:gut|besser)|therapie\s+gemacht)\b(?![^.!?]{0,60}\b(?:wied"
    r"er|gestern|heute|ruckfall)\b)",
    # "ich könnt mich erschießen": annoyance at oneself, not a wish to die.
    r"(?:konnt|konnte|koennte|konnte)\s+mich\s+(?:echt\s+|grad\s+|gerade\s+)?erschiessen\b"
    r"(?![^.!?]{0,30}\b(?:wirklich|ernsthaft|will|heute)\b)",
)

_SOMEONE = (
    r"(?:er|sie|mann|frau|freund|freundin|vater|papa|mutter|mama|sohn|tochter|bruder|schwester"
    r"|baby|kind|oma|opa|kollege|kollegin|jemand|mitbewohner\w*|nachbar\w*|onkel|tante|partner\w*)"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,3}}?(?:ist\s+)?(?:zusammengebrochen|umgekippt|kollabiert"
    r"|bewusstlos|atmet\s+nicht|atmet\s+kaum|krampft|zuckt\s+am\s+ganzen\s+korper"
    r"|hat\s+einen\s+(?:krampfanfall|anfall|epileptischen\s+anfall)|reagiert\s+nicht"
    r"|wacht\s+nicht\s+(?:mehr\s+)?auf|nicht\s+(?:mehr\s+)?ansprechbar|lauft\s+blau\s+an)\b",
    r"(?:bekomme|kriege|krieg)\s+(?:ihn|sie)\s+nicht\s+(?:mehr\s+)?wach\b",
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,5}}?(?:umgefallen|bewegt\s+sich\s+nicht\s+mehr|zuckt\s+rhythmisch"
    r"|lasst\s+sich\s+nicht\s+wecken|erkennt\s+mich\s+nicht|kann\s+nicht\s+husten)\b",
    r"(?:reagiert|reagieren)\s+(?:auf\s+)?(?:gar\s+)?(?:nicht|nix|nichts)\b"
    r"(?!\s+(?:auf\s+)?(?:meine|mich|nachrichten|anrufe|sms|whatsapp|mails?)\b)",
    r"atmet\s+(?:\S+\s+)?(?:nicht|nich|kaum|komisch|rochelnd)\b",
    r"atmet\s+(?:ganz|so|sehr)\s+(?:flach|langsam)\b",
    r"(?:rochelt|schnarcht\s+so\s+komisch|blau\s+im\s+gesicht|steif\s+geworden\s+und\s+zuckt)\b",
    r"(?:zuckt\s+(?:\S+\s+)?rhythmisch|(?:blutet|platzwunde)\s+(?:am|an\s+der)\s+(?:hinter)?kopf)\b",
    r"(?:lippen|gesicht)\s+(?:\S+\s+){0,2}?(?:blau|blaulich)\b",
)
OVERDOSE_TAKEN = (
    r"(?:habe|hab)\s+(?:\w+\s+){0,3}?(?:alle|die\s+ganze|eine\s+ganze|zu\s+viele|\d\d+(?!\s+(?:ja"
    r"hre?n?|tagen?|wochen|monaten?|stunden|minuten|mg|milligramm)\b))\s+"
    r"(?:\w+\s+){0,2}?(?:tabletten|pillen|packung|schachtel|medikamente|schlaftabletten)\s+"
    r"(?:\w+\s+){0,3}?(?:genommen|geschluckt|eingenommen)\b",
    r"(?:uberdosis|ueberdosis)\s+(?:\w+\s+){0,2}?(?:genommen|geschluckt)\b",
    r"(?:ne|eine|die)\s+ganze\s+(?:packung|schachtel)\s+(?:\S+\s+){0,7}?(?:genommen|geschluckt)\b",
    r"(?:habe|hab)\s+(?:\w+\s+){0,5}?\d\d+\s+(?:paracetamol|ibu\w*|aspirin|tabletten|pillen"
    r"|schlaftabletten|tavor|diazepam|\w+(?:pram|alin|etin|zepam|azolam))\s+(?:\w+\s+){0,3}?"
    r"(?:genommen|geschluckt|eingeworfen)\b",
    r"alle\s+(?:\S+\s+)?(?:ibu\w*|tabletten|pillen|propranolol|paracetamol|schlaftabletten)\s+"
    r"(?:\S+\s+){0,7}?(?:genommen|geschluckt)\b",
    r"(?:aus\s+versehen|versehentlich)\s+(?:\S+\s+){0,4}?(?:doppelt|dreifach|dreimal|zweimal|zu\s+viel)",
    r"(?:doppelt|dreifach)\s+(?:oder\s+\w+\s+)?genommen\b",
    r"(?:viel\s+zu\s+viel\s+(?:geschmissen|genommen|eingeworfen)|pillen\s+eingeworfen)\b",
    r"(?:tabletten\s+erwischt|im\s+blister\s+fehlen|leere\s+(?:schachtel|packung|blister))\b",
    r"tabletten\s+genommen\s+(?:\S+\s+){0,6}?wie\s+viele\b",
)
PANIC = (
    r"panik\w*",
    r"herz\s+(?:\w+\s+){0,2}?(?:rast|rast\s+wie|hammert|pocht|schlagt\s+(?:so\s+|total\s+)?"
    r"(?:schnell|wild|heftig)|klopft\s+wie\s+wild)\b",
    r"herzrasen\b",
    r"herzklopfen\b",
    r"hyperventilier\w*",
    r"(?:nicht\s+(?:real|echt)|depersonalisation|derealisation|wie\s+im\s+film|todesangst|herzjagen)",
    r"(?:attacke|durchdreh\w*|runterzukommen|umzukippen|kipp\s+um|welle\s+von\s+angst)\b",
    r"(?:uberkam\s+mich\s+(?:\S+\s+){0,2}?angst|zittere\s+immer\s+noch|enge\s+im\s+hals)\b",
    r"(?:angst|gefuhl)\s+(?:\S+\s+){0,2}?verruckt\s+zu\s+werden\b",
    # Set K: "krieg keine luft, denk ich dreh durch".
    r"(?:denk|denke|dachte|glaub|glaube|als\s+ob|angst\s+dass)\s+(?:,\s+)?(?:ich\s+)?(?:\w+\s+)?"
    r"(?:dreh|drehe|werd|werde)\s+(?:gleich\s+|jetzt\s+)?(?:durch|verruckt|wahnsinnig|irre)\b",
    r"(?:zitter\w*\s+am\s+ganzen\s+korper|herz\s+(?:klopft|schlagt)\s+sehr\s+schnell|puls\s+hoch)\b",
)
PANIC_DANGER = (
    r"lippen\s+(?:\w+\s+)?(?:blau|werden\s+blau)\b",
    r"blaue\s+lippen\b",
    r"(?:ohnmachtig\w*|ohnmacht|bewusstlos\w*|umgekippt|brustschmerz\w*)\b",
)

RULES = LanguageRules(
    language="de",
    given_away=GIVEN_AWAY,
    affairs=AFFAIRS,
    goodbyes=GOODBYES,
    finality=FINALITY,
    crisis=(*CRISIS, *LOOKUPS, *NOT_HERE, *MISSED_AT, *HARM_NOW, *EDGE, *DECIDED,
            *MEANS_READY["de"]),
    ask=(*ASK, *WHY_STILL, *MISSED),
    emergency={**EMERGENCY, **swallowed(SOMEONE_ELSE, OVERDOSE_TAKEN)},
    panic=(*PANIC, *AHEAD["de"]),
    panic_danger=(*PANIC_DANGER, *SWELLING),
    red_flags=RED_FLAGS,
    health_anxiety=HEALTH_ANXIETY,
    spreading=SPREADING,
    numbness=NUMBNESS,
    injury=INJURY,
    head_injury=HEAD_INJURY,
    confusion=CONFUSION,
    idioms=(*IDIOMS, *PAST, *CAFFEINE["de"]),
    negators=(
        "nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "nie", "niemals",
        "ohne", "weder",
    ),
    hedges=("sicher", "ahnung", "weiss"),
    clause_breaks=("aber", "und", "doch", "sondern", "jedoch", "obwohl"),
)
