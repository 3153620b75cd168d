"""Dutch safety rules, over normalised text.

"Doodmoe", "ik lach me dood", "ik ga dood van de honger" are idioms; no rule reads a bare
"dood", only "wil dood" and the like.
"""

from __future__ import annotations

from bot.core.safety.caffeine_idioms import CAFFEINE
from bot.core.safety.common import END, filler, words
from bot.core.safety.means_ready import MEANS_READY
from bot.core.safety.panic_ahead import AHEAD
from bot.core.safety.rules_nl_edge import DECIDED, EDGE
from bot.core.safety.rules_nl_flags import RED_FLAGS as FLAGS
from bot.core.safety.rules_nl_harm import HARM_NOW
from bot.core.safety.rules_nl_panic import ATTACK, SWELLING
from bot.core.safety.rules_nl_past import PAST
from bot.core.safety.rules_nl_plans import PLANS
from bot.core.safety.rules_nl_preparations import AFFAIRS, FINALITY, GIVEN_AWAY, GOODBYES
from bot.core.safety.rules_nl_sight import SIGHT
from bot.core.safety.rules_nl_swallowed import swallowed
from bot.core.safety.rules_nl_wish import WISH
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:linker|rechter)?(?:hand|handen|arm|armen|been|benen|voet|voeten|vinger|vingers|duim|spier|spieren|kuit"
    r"|dij|knie|schouder|greep)"
)
_SUDDEN = r"(?:plotseling|opeens|ineens|plots|van\s+het\s+ene\s+op\s+het\s+andere\s+moment)"
_WANT = r"(?:wil|zou\s+willen|wil\s+gewoon|wou)"

CRISIS = (
    # A high place gone to "to see whether it can be done there".
    r"(?:brug|dak|spoor|flat|toren|parkeergarage|viaduct|klif)\w*\b[^!?]{0,80}?(?:kijken|gekeken"
    r"|checken|gecheckt)\s+(?:of|waar)\s+(?:het|ik)\s+(?:daar\s+|er\s+)?(?:kan|zou\s+kunnen|kon|ga)\b",
    rf"{_WANT}\s+(?:gewoon\s+|echt\s+|het\s+liefst\s+)?(?:dood|sterven|doodgaan|dood\s+zijn)\b"
    r"(?!\s+van\b)",
    # Not waking up, not existing, not being there anymore wished: the passive wish, asked
    # about (rules_nl_wish.py); "ik wil niet meer leven" stays a crisis.
    r"(?:wil|wou)\s+niet\s+meer\s+(?:leven|verder\s+leven)\b"
    r"(?!\s+(?:in|met|bij|hier|daar)\b)",
    r"(?:zelfmoord|suicid|zelfdoding)\w*",
    r"(?:mezelf|mijzelf|me)\s+(?:van\s+kant\s+maken|doden|ombrengen|ophangen|iets\s+aandoen)\b",
    r"(?:een\s+)?eind(?:e)?\s+aan\s+(?:mijn|m\s?n|het)\s+leven\s+(?:maken|te\s+maken)\b",
    r"er\s+een\s+eind(?:e)?\s+aan\s+(?:maken|te\s+maken)\b",
    r"(?:snijd|snij|kras|beschadig)\s+(?:\w+\s+)?(?:mezelf|mijzelf|me)\b",
    r"(?:mezelf|mijzelf)\s+(?:pijn\s+doen|snijden|beschadigen)\b",
    r"zelfbeschadig\w*",
    r"(?:pillen|medicijnen|tabletten|slaappillen|tramadol|oxycodon|oxazepam|temazepam)\s+(?:\w+\s+)"
    r"{0,2}?(?:gespaard|verzameld|opgespaard|bewaard|verstopt|apart\s+gelegd|opzij\s+gelegd)\b",
    r"(?:spaar|verzamel)\s+(?:\w+\s+)?(?:pillen|medicijnen|tabletten)\b",
    r"overdosis\b",
    r"al\s+mijn\s+(?:pillen|medicijnen)\s+(?:in\s+)?(?:nemen|innemen|slikken)\b",
    r"afscheidsbrief\w*",
    r"(?:dit\s+is\s+een\s+afscheid|dit\s+is\s+mijn\s+afscheid|vaarwel\s+(?:allemaal|iedereen))\b",
    r"(?:van\s+een|van\s+de)\s+(?:brug|flat|dak)\s+(?:\w+\s+)?springen\b",
    r"voor\s+de\s+trein\s+(?:\w+\s+)?(?:springen|gaan\s+liggen)\b",
    r"geen\s+reden\s+(?:meer\s+)?om\s+te\s+leven\b",
    r"het\s+leven\s+heeft\s+geen\s+zin\s+meer\b",
    # Self-harm in everyday forms (snijden, krassen, branden), preparatory acts, a place.
    r"(?:heb\s+(?:mezelf|me)\s+weer\s+(?:gesneden|gebrand|gekrast)|ik\s+snij\s+weer"
    r"|heb\s+weer\s+gekrast|krab\s+mijn\s+armen\s+open|krassen\s+weer\s+opengehaald)\b",
    r"(?:ben|zijn)\s+(?:ik\s+)?er\s+(?:binnenkort\s+|straks\s+)?niet\s+meer\b(?!\s+(?:bij|op|in|om))",
    r"(?:spullen|juwelen|horloge)\s+(?:\w+\s+){0,3}?(?:weggegeven|gegeven)|(?:spaar|sparen)\s+(?:\w+\s+)"
    r"{0,3}?(?:pillen|slaappillen|tabletten)\s+op\b",
    r"(?:laatste\s+bericht|afscheidsbericht\w*|afscheidsbrie\w*|laatste\s+stream)\b",
    r"(?:een\s+)?datum\s+(?:heb\s+)?gekozen\b|heb\s+besloten\s*,?\s*(?:vanavond|vannacht|morgen)\b",
    r"(?:spring|springen|rij|rijden)\s+(?:\w+\s+){0,8}?(?:van\s+(?:de|die)\s+brug|tegen\s+een\s+boom"
    r"|de\s+vaart\s+in|voor\s+de\s+trein)",
    r"(?:sta|zit)\s+(?:nu\s+)?(?:op|bij)\s+(?:de\s+|het\s+)?(?:brug|spoor|perron)\b\s+(?:\w+\s+){0,8}?"
    r"(?:ga\s+het\s+doen|besloten|intercity|trein)",
    r"ga\s+het\s+doen\b|ctb\b|een\s+touw\s+in\s+de\b|begrafenis\s+(?:al\s+)?betaald",
    r"hoeveel\s+(?:\w+\s+){0,4}?genoeg\s+zou\s+zijn|welke\s+verdieping\s+overleef\s+je",
    # Issue 20, crisis round: "how many … to not wake up", pills put by, a place, a means at hand.
    r"hoeveel\s+[^.!?]{0,50}(?:dodelijk|nodig\s+(?:zou\s+)?(?:ik\s+)?hebben)\b|(?:hoeveel|genoeg)\s+"
    r"[^.!?]{0,60}om\s+niet\s+meer\s+wakker\s+te\s+worden|hoeveel\s+van\s+(?:mijn|m\s?n|onze)\s+(?:e"
    r"igen\s+)?\w*medicatie\s+[^.!?]{0,20}te\s+veel|precies\s+uitgerekend\b|(?:verschillende|meerd"
    r"ere)\s+apotheken\b|neem\s+ik\s+(?:ze\s+)?(?:alles|allemaal)\b|alles\s+(?:\w+\s+){0,4}?medicij"
    r"nkast\w*|al\s+(?:mijn|mn|m\s?n)\s+\w*(?:pillen|medicijnen|tabletten)\s+(?:\w+\s+){0,5}?(?:in)?"
    r"genomen\b|(?:ik|dat\s+ik)\s+(?:gewoon\s+|echt\s+)?dood\s+(?:wil|wou)\b|(?:wou|wilde|wens\w*)"
    r"\s+dat\s+ik\s+(?:dood\s+was|er\s+niet\s+meer\s+was)\b",
    r"(?:plek|plaats|datum|dag)\s+(?:heb\s+ik\s+)?(?:al\s+|trouwens\s+)?(?:gekozen|uitgezocht)\b|da"
    r"tum\s+staat\s+vast\b|tegen\s+(?:een|de)\s+(?:boom|pijler|muur)\s+(?:\w+\s+)?(?:rijden|rij)\b|"
    r"zonder\s+remmen\b|stuur\s+omgooien\b|vangrail\s+(?:\w+\s+)?(?:het\s+)?laagst|rij\s+(?:\w+\s+)"
    r"{0,4}?in\s+met\s+de\s+(?:wagen|auto)\b|van\s+de\s+(?:\w+\s+)?\w*(?:brug|flat|dak|toren)\s+(?:"
    r"\w+\s+)?spring\w*|op\s+het\s+dak\b[^!?]{0,80}spring|ik\s+spring\s+(?:zo|nu|straks|vanavond|v"
    r"annacht)\b(?!\s+(?:even|ff|effe|bij|langs|binnen))|niet\s+meer\s+naar\s+beneden\s+klim\w*",
    r"tot\s+het\s+ophoudt\b|(?:water|zee)\b[^!?]{0,40}dat\s+gaat\s+snel\b|(?:ga|loop)\s+in\s+het\s"
    r"+water\b[^!?]{0,30}kan\s+niet\s+zwemmen|(?:zee|plas|water)\s+(?:\w+\s+){0,2}?(?:op|in)\s+en\s"
    r"+kom\s+niet\s+terug\b|(?:als|wanneer)\s+ik\s+(?:\w+\s+)?niet\s+(?:meer\s+)?(?:reageer|antwoo"
    r"rd)\b[^.!?]{0,30}(?:gedaan|weg|dood)\b|(?:gekrast|gesneden|gebrand)\s+met\s+(?:een\s+)?(?:sc"
    r"heer)?mesje|(?:snijd|snij|kras)\s+(?:nu\s+)?in\s+(?:mijn|m\s?n|mn)\s+(?:arm|armen|pols|been"
    r"|benen)\b|weer\s+aan\s+het\s+(?:krassen|snijden)\b(?!\s+van\b)|streepjescode\b",
    r"touw\s+(?:\w+\s+){0,3}?(?:klaargelegd|opgehangen)\b|(?:jachtgeweer|geweer|pistool|revolver)\b"
    r"[^!?]{0,100}(?:geladen|ermee|klaar)\b|(?:onkruidverdelger|rattengif|antivries)\b[^.!?]{0,40}"
    r"drink|garage\b[^!?]{0,40}motor\s+draait\b|stop\s+ik\s+ermee\s*,?\s*met\s+alles\b",
    # "uit het leven stappen" planned, a date set and "dan stap ik eruit", how many pills are
    # enough worked out, the cat handed over "ze weet niet waarom".
    r"(?:van\s+plan|plan|wil|ga|denk\s+erover|overweeg)\w*\s+(?:\w+\s+){0,3}?uit\s+het\s+leven\s+"
    r"(?:te\s+)?stappen\b",
    r"datum\s+(?:al\s+)?(?:geprikt|gekozen|vastgelegd|bepaald)\b(?![^!?]{0,60}?(?:bruiloft|trouw"
    r"|feest|verhuiz|vakantie|club|werk|baan))[^!?]{0,60}?stap\s+ik\s+(?:er\s*)?uit\b(?!\s+(?:bij"
    r"|met|van|op)\b)",
    r"(?:uitgezocht|opgezocht|uitgerekend|weet)\s+(?:\w+\s+){0,2}?hoeveel\s+(?:\w+\s+){0,3}?(?:pill"
    r"en|tabletten|medicijnen|slaappillen)\s+(?:\w+\s+)?(?:genoeg|dodelijk)\b|hoeveel\s+(?:\w+\s+)"
    r"{0,3}?(?:pillen|tabletten|slaappillen)\s+(?:\w+\s+)?(?:genoeg|dodelijk)\s+(?:is|zijn|zou)\b",
    r"(?:(?:zorgen|zorgt)\s+voor\s+(?:de|mijn|m\s?n)\s+(?:kat|hond|katten|honden|planten|kinderen)"
    r"|voor\s+(?:de|mijn|m\s?n)\s+(?:kat|hond|katten|honden|planten)\s+(?:\w+\s+){0,2}?zorgen)\b"
    r"[^!?]{0,60}?(?:weet|snapt|begrijpt)\s+niet\s+waarom" + END,
    # Sets J-L: a rope hanging ready in the barn; cut again, deeper than usual; how much
    # paracetamol "is really enough", or how many pills "to not wake up" (with or without "te").
    r"(?:touw|strop|strik)\s+(?:hangt|ligt)\s+(?:er\s+)?(?:al|klaar|al\s+klaar)\b(?!\s+(?:voor|bij|om"
    r"|aan\s+de\s+(?:boot|schommel))\b)",
    r"(?:me|mij|mezelf|mijzelf)\s+(?:\w+\s+){0,2}?(?:weer|expres|opzettelijk|express|alweer)\s+(?:ge"
    r"sneden|gekrast|gebrand|opengehaald)\b(?!\s+aan\s+(?:een|het|de|dat|die|papier)\b)|(?:gesneden|gekrast)\b[^.!?]{0,50}?dieper\s+dan\s+(?:and"
    r"ers|normaal|vorige\s+keer|ooit)\b",
    r"hoeveel\s+(?:\w+\s+){0,3}?(?:pillen|tabletten|slaappillen|paracetamol\w*|oxazepam|medicijnen"
    r"|insuline)\s+(?:is|zijn|zou|heb\s+je|moet\s+je)\s+(?:\w+\s+){0,2}?(?:genoeg|dodelijk)\b(?!\s+"
    r"(?:voor|tegen|per|bij)\b)",
    r"(?:hoeveel|genoeg)\s+[^.!?]{0,60}om\s+niet\s+meer\s+wakker\s+(?:te\s+)?(?:worden|word)\b",
    # Sets K-L: a message to everyone "dat het niet hun schuld is"; a place at the tracks
    # looked at "waar je er makkelijk bij kan".
    r"(?:berichtje|bericht|brief|briefje|appje)\w*\s+[^!?]{0,80}?(?:niet|nooit)\s+(?:hun|jullie|jouw"
    r"|je)\s+schuld\s+(?:is|was)\b",
    r"(?:spoor|brug|viaduct|dak|flat|toren|parkeergarage)\w*\b[^!?]{0,40}?(?:gekeken|gecheckt|uitgezoc"
    r"ht|bekeken)\s+waar\s+(?:je|ik|men)\s+(?:er\s+)?(?:\w+\s+)?(?:bij|op|af|over)\s+kan\b",
    r"het\s+(?:weer|alweer|opnieuw)\s+gedaan\s+op\s+(?:mijn|m\s?n|mn|me)\s+(?:arm|armen|pols|been|benen"
    r"|bovenbeen)\b",
)

ASK = (
    rf"(?:ik\s+)?(?:kan|wil)\s+(?:het\s+)?niet\s+meer{END}",
    r"(?:wil|zou\s+willen)\s+(?:gewoon\s+)?verdwijnen\b",
    r"(?:alles\s+zo\s+moe|moe\s+van\s+alles|alles\s+beu)\b",
    r"(?:zie|zien)\s+geen\s+(?:uitweg|uitkomst)\b",
    r"zie\s+het\s+(?:echt\s+|allemaal\s+){0,2}niet\s+meer\s+zitten\b",
    r"(?:ik\s+ben|voel\s+me)\s+(?:een\s+)?(?:last|blok\s+aan\s+het\s+been)\s+voor\b",
    r"hou\s+(?:het\s+)?niet\s+meer\s+vol\b",
    r"(?:hopeloos|uitzichtloos)\b",
    r"(?:een\s+)?(?:last|tot\s+last)\s+(?:voor\s+iedereen|voor\s+de\s+kinderen|ben)|ben\s+(?:\w+\s+){0,3}?"
    r"(?:alleen\s+(?:maar\s+)?)?(?:een\s+)?last\b|blok\s+aan\s+het\s+been\b",
    r"beter\s+af\s+zonder\s+mij\b|zonder\s+mij\s+hadden\s+ze\b",
    r"(?:wil|zou\s+willen)\s+(?:gewoon\s+)?(?:ff\s+)?(?:van\s+de\s+aardbodem\s+)?verdwijnen\b",
    r"(?:geen\s+uitweg|zit\s+(?:vast|klem)|ik\s+trek\s+het\s+niet\s+meer)\b",
    r"wat\s+heeft\s+(?:het|\w+)\s+(?:allemaal\s+)?nog\s+voor\s+zin|alles\s+is\s+zinloos|waarvoor\s+nog\b",
    # "geen kracht meer in duim en vinger" is a hand's weakness, not despair.
    r"(?:geen\s+toekomst\s+meer|geen\s+licht\s+meer|geen\s+kracht\s+meer(?!\s+in\b))\b",
    r"(?:inslapen|slapen)\s+(?:\w+\s+){0,3}?(?:niet\s+meer\s+wakker\s+worden|tot\s+alles\s+voorbij)",
    r"niemand\s+heeft\s+me\s+nodig|moe\s+van\s+het\s+bestaan|waarom\s+zou\s+ik\s+nog\b",
    r"oplossen\s+in\s+het\s+niets|niet\s+meer\s+te\s+harden\b",
    # Issue 20, crisis round: letters left, things given away, "wanted someone to know", a burden,
    # no point, caged, asleep for a long time, better off without me.
    r"brie(?:f|ven)\s+(?:voor|aan)\s+(?:(?:mijn|m\s?n|mn|de|haar)\s+)?(?:\w+\s+)?(?:zus|broer|doch"
    r"ter|zoon|zonen|kinderen|vrouw|man|moeder|ouders|kleinkinderen)\b[^.!?]{0,40}(?:gelegd|liggen|"
    r"zijn\s+af|geschreven)|voor\s+ieder\s+van\s+mijn\s+\w+\s+een\s+brief\b",
    r"(?:gegeven|gebracht|geschonken|verkocht|afgezegd|opgezegd|gaf)\b[^!?]{0,80}(?:niet|niks|niet"
    r"s)\s+meer\s+nodig\s+(?:heb\s+)?(?:na|binnenkort)\b|(?:zei|gezegd)\s+dat\s+ik\s+ze\s+niet\s+meer\s+nodig|na\s+\w+\s+heb\s+ik\s+(?:hier\s+)?(?:toch\s+)?(?:niks|niets|niet)\s+meer\s"
    r"+nodig|(?:laptop|telefoon|computer)\s+gewist\b|spaargeld\s+naar\b|kamer\s+opgezegd\b|zogenaa"
    r"md\s+voor\s+(?:de\s+|een\s+)?(?:vakantie|weekendje)|bij\s+de\s+rest\s+gelegd\b|(?:notaris|ve"
    r"rzekering)\b[^.!?]{0,30}(?:geregeld|geweest)\b|ongeluk\s+was\b|touw\s+(?:\w+\s+){0,3}?gekocht\b(?!\s+voor\s+(?:de|het|een)\s+(?:boot|was|tent|tuin))",
    r"(?:wou|wilde)\s+(?:het\s+)?(?:gewoon\s+|gwn\s+|alleen\s+)?(?:dat\s+)?iemand\s+(?:het\s+)?(?:ze"
    r"ggen|wist|weet)\b|tot\s+ik\s+durf\b|(?:sta|stond)\s+(?:\w+\s+)?(?:bij|op)\s+de\s+rand\b|(?:bru"
    r"g|spoor|land|bos|sloot)\b[^.!?]{0,40}dan\s+is\s+(?:het\s+)?klaar\b|(?:ga|gaan)\s+(?:mijn|m\s?"
    r"n)\s+\w+\s+achterna\b|sterfdag\b[^.!?]{0,60}naar\s+(?:haar|hem)\s+toe\b|is\s+het\s+afgelopen"
    r"\b[^.!?]{0,20}ben\s+ik\s+weg\b|(?:op\s+pauze|uit)\s+zetten\W+voor\s+altijd\b"
    r"|ik\s+ga\s+(?:hier\s+)?niet\s+meer\s+schrijven" + END,
    r"wil\s+(?:ik\s+)?(?:gewoon\s+|gwn\s+)?(?:ff\s+|even\s+)?verdwijnen\b|kan\s+(?:het|t)\s+niet\s+m"
    r"eer\s+aan\b|ik\s+kan\s+het\s+niet\s+meer\b|trek\s+het\s+(?:gewoon\s+)?niet\s+meer\b|(?:slape"
    r"n|inslapen)\s+(?:\w+\s+){0,5}?niet\s+(?:meer\s+)?wakker\s+(?:worden|te\s+worden)|pas\s+wakker"
    r"\s+worden\s+als\b|ik\s+verdrink" + END + r"|niemand\s+ziet\s+het\b|merkt\s+(?:echt\s+)?niema"
    r"nd\s+het\b|nut\s+niet\s+meer\s+(?:van\s+)?in\b|waarom\s+(?:nog\s+)?doorgaan\b",
    r"(?:alles|leven|weken|dagen|maanden)\s+(?:\w+\s+)?ondraaglijk\b|zie\s+niet\s+(?:meer\s+)?hoe\s+h"
    r"et\s+(?:ooit\s+)?beter|in\s+een\s+kooi\b|geen\s+uitgang\b|waarom\s+ik\s+(?:nog|eigenlijk)\s+(?"
    r":\w+\s+)?opsta\b|waarom\s+ben\s+ik\s+er\s+nog\b|nergens\s+(?:een\s+)?uitweg\b|vast\s+(?:te\s+)"
    r"?zitten\b|(?:alleen\s+maar\s+)?tot\s+last\b|iedereen\s+beter\s+af\s+(?:is\s+)?zonder\s+(?:mij"
    r"|haar|hem)\b",
    # Getting up for what, off the face of the earth, no use in it, things given away as
    # nothing is needed after Friday.
    r"(?:waarvoor|waarom)\s+sta\s+ik\s+(?:nog|eigenlijk|uberhaupt)\s+op\b|van\s+de\s+aardbodem\s+"
    r"(?:\w+\s+)?verdwijnen\b|zou\s+(?:het\s+)?(?:liefst|graag)\s+(?:\w+\s+){0,5}?verdwijnen\b"
    r"|nut\s+(?:er\s+)?(?:\w+\s+)?niet\s+meer\s+(?:van\s+)?in\b",
    # Sets P-Q: "zie ik het nut van doorleven steeds minder"; "soms ik wil niet meer wakker
    # worden" (the crisis rule leaves it to this one).
    r"nut\s+(?:\w+\s+)?(?:van|in)\s+(?:het\s+)?(?:doorleven|verder\s+leven|doorgaan\s+met\s+leven"
    r"|nog\s+leven)\b",
    r"nut\s+(?:\w+\s+)?(?:van|in)\s+(?:het\s+)?(?:leven|bestaan|opstaan|alles)\b[^.!?]{0,25}?\b(?:niet"
    r"|minder|nauwelijks|geen)\b",
    r"(?:wil|wou)\s+(?:\w+\s+){0,2}?niet\s+meer\s+wakker\s+(?:worden|te\s+worden|word)\b",
    r"(?:geef|geven|weggeef\w*|weg\s+geef)\b[^!?]{0,80}ik\s+(?:heb\s+)?(?:niet|niks|niets)\s+meer"
    r"\s+nodig\s+(?:heb\s+)?(?:na|binnenkort|vanaf)\b",
    # Sets J-L: hoping not to wake in the morning (oneself or a friend), sleeping and not
    # waking, "het heeft allemaal geen zin meer", "wat heeft het allemaal voor zin".
    r"(?:hoop|hoopt|hoopte|wens|wenst)\s+(?:\S+\s+){0,4}?niet\s+meer\s+wakker\s+te\s+worden\b|(?:hoop"
    r"|hoopt|hoopte|wens|wenst)\s+(?:dat\s+)?(?:ik|ze|zij|hij)\s+(?:\S+\s+){0,3}?niet\s+meer\s+wakker\s+"
    r"(?:word|wordt)\b(?!\s+(?:vannacht|voor|tot|om)\b)",
    # Set N: "ik wou dat ik gewoon niet meer wakker werd"; trapped in one's own head or life.
    r"(?:wou|wilde|zou\s+willen|wens|wenste|hoop|hoopte)\s+dat\s+ik\s+(?:\S+\s+){0,3}?niet\s+meer"
    r"\s+wakker\s+(?:werd|word|zou\s+worden)\b(?!\s+(?:vannacht|voor|tot|om|van|door)\b)",
    r"(?:voel|voelt|voelde)\s+(?:me|mij|mezelf)\s+(?:zo\s+|echt\s+|helemaal\s+|gewoon\s+|zwaar\s+)*"
    r"(?:opgesloten|gevangen)\b(?![^.!?]{0,40}\b(?:lift|file|trein|vliegtuig|lockdown|quarantaine"
    r"|kantoor|regen)\b)",
    r"(?:slapen|inslapen)\s+en\s+(?:dan\s+)?(?:gewoon\s+)?niet\s+meer\s+wakker\b",
    r"(?:het\s+heeft|heeft\s+het|alles\s+heeft|het\s+leven\s+heeft)\s+(?:\w+\s+)?geen\s+zin\s+meer\b"
    r"(?!\s+(?:om|in|op|voor)\b)|wat\s+heeft\s+(?:het|dit|dat)\s+(?:allemaal\s+)?(?:nog\s+)?voor\s+zin\b",
)

EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:gezicht|mond|mondhoek)\s+{filler(3)}(?:hangt|scheef|verlamd|zakt|hangend)\b",
        r"(?:scheve|hangende)\s+(?:mond|mondhoek)\b",
        # "m'n" and "z'n" become "m n", "z n", whose "n" other languages' negations read as a
        # negator: these begin at the possessive, so nothing before them can deny it.
        rf"(?:m|z)\s+n\s+(?:gezicht|mond|mondhoek)\s+{filler(3)}(?:hangt|scheef|verlamd|zakt|hangend)\b",
        r"(?:hangt|zakt)\s+(?:ineens\s+|opeens\s+)?(?:m|z)\s+n\s+(?:gezicht|mond|mondhoek)\b",
        r"aangezichtsverlamming\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(3)}(?:niet\s+(?:meer\s+)?(?:praten|spreken)|onduidelijk\s+praten"
        r"|dubbele\s+tong|lallen|geen\s+woorden)\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        *SIGHT,
        rf"{_SUDDEN}\s+{words(3)}(?:krachtverlies|zwakte|verlamming|gevoelloos|doof)\s+"
        r"(?:aan|in)\s+(?:een|mijn\s+(?:linker|rechter))\s+(?:kant|zijde|lichaamshelft)\b",
        r"(?:een|mijn\s+linker|mijn\s+rechter|linker|rechter)\s+(?:kant|lichaamshelft)\s+(?:\w+\s+)?"
        r"(?:is\s+)?(?:verlamd|gevoelloos|slap|krachteloos)\b",
        r"(?:plotseling|plotse)\s+(?:krachtverlies|zwakte)\s+(?:aan|in)\s+een\s+kant\b",
    ),
    E.WORST_HEADACHE: (
        r"(?:ergste|hevigste|zwaarste)\s+hoofdpijn\s+(?:van\s+mijn\s+leven|ooit)\b",
        r"(?:knal|knalde)\s+(?:\w+\s+){0,3}?(?:in\s+mijn\s+hoofd)|ergste\s+pijn\s+ooit|zo\s?n\s+pijn\s+nooit",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:pijn\s+op\s+de\s+borst|pijn\s+in\s+mijn\s+borst|druk\s+op\s+de\s+borst|borstpijn)\s+"
        rf"{words(6)}(?:arm|kaak|nek)\b",
        rf"pijn\s+(?:op|in)\s+(?:de\s+|mijn\s+|m\s?n\s+)?borst\s+{words(6)}(?:arm|kaak|nek)\b",
        rf"borst\s+{words(5)}(?:straalt\s+uit|trekt)\s+naar\s+(?:mijn\s+|zijn\s+)?(?:\w+\s+)?"
        r"(?:linkerarm|arm|kaak|nek|linkerschouder|schouder|rug)",
        r"pijn\s+(?:op|in)\s+(?:mijn\s+|zijn\s+)?borst\s+(?:\w+\s+){0,6}?(?:zwart\s+voor\s+mijn\s+ogen|klam)",
        # Set M: "druk op m'n borst die uitstraalt naar m'n linkerarm en kaak".
        rf"(?:druk|pijn|knellend\w*|beklemming)\s+(?:op|in)\s+(?:de|mijn|m\s?n|zijn|z\s?n|haar)\s+borst"
        rf"\s+{words(6)}(?:uitstraalt|straalt\s+uit|trekt|doortrekt)\s+(?:naar|in)\s+(?:de\s+|mijn\s+|m\s?n\s+"
        rf"|zijn\s+|z\s?n\s+|haar\s+)?(?:\w+\s+)?(?:linkerarm|arm|kaak|nek|linkerschouder|schouder)",
    ),
    E.CANNOT_BREATHE: (
        r"(?:kan|kon)\s+niet\s+(?:meer\s+)?ademen\b(?!\s+door\s+mijn\s+neus)",
        r"(?:krijg|kreeg)\s+geen\s+(?:lucht|adem)\b",
        r"(?:lippen|gezicht|tong|keel|ogen)\s+(?:\w+\s+){0,2}?(?:zwell\w*\s+op|zwelt\s+op|zwellen\s+dicht"
        r"|zit\s+dicht|wordt\s+dik)",
        r"(?:lippen|mond)\s+(?:\w+\s+){0,2}?(?:blauw|worden\s+blauw)|wordt\s+blauw\b|kan\s+echt\s+niet\s+ademen",
        # Set K: stung by a wasp, "nu is mijn keel dik en ik krijg slecht adem".
        r"(?:keel|tong|lippen)\s+(?:is|zijn|wordt|worden)\s+(?:\w+\s+)?(?:dik|opgezwollen|gezwollen)\b"
        r"[^.!?]{0,40}?(?:adem|lucht|slikken)|(?:krijg|kreeg)\s+(?:slecht|moeilijk|nauwelijks|amper)\s+"
        r"(?:adem|lucht)\b",
        r"(?:zwelt|zwellen)\s+(?:mijn|m\s?n|zijn|haar|de)\s+(?:keel|tong|lippen|gezicht)\s+(?:\w+\s+)?"
        r"op\b|(?:kan|kon)\s+(?:\w+\s+)?moeilijk\s+(?:slikken\s+en\s+)?ademen\b(?!\s+door\s+(?:mijn"
        r"|m\s?n|de)\s+neus)",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        r"(?:ik\s+heb|ik\s+krijg|ik\s+denk\s+dat\s+ik)\s+(?:nu\s+)?een\s+(?:hartaanval|beroerte"
        r"|herseninfarct)\b(?!\s+(?:gehad|heb\s+gehad))",
    ),
}

HEAD_INJURY = (
    r"(?:hoofd|kop)\s+(?:\w+\s+)?(?:gestoten|geraakt|bezeerd|tegen)\b",
    r"(?:hersenschudding|hoofdletsel)\b",
    r"(?:gevallen|geklapt|gedonderd)\s+(?:\w+\s+){0,4}?(?:hoofd|achterhoofd)|(?:hoofd\s+geraakt"
    r"|tegen\s+mijn\s+hoofd)",
)
CONFUSION = (
    r"(?:verward|gedesorienteerd|in\s+de\s+war)\b",
    r"weet\s+niet\s+(?:meer\s+)?waar\s+ik\s+ben\b",
    r"(?:bewusteloos|buiten\s+bewustzijn|flauwgevallen)\b",
    r"(?:kotst|kotsen|gekotst|gespuugd|overgegeven|in\s+de\s+war|weet\s+niet\s+waar\s+hij\s+is|suf)\b",
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}(?:zwak|zwakker|krachteloos|slap)\b",
        rf"(?:zwakte|krachtverlies)\s+(?:in|aan)\s+{words(2)}{_BODY}\b",
        r"spierzwakte\b",
        r"(?:kan|krijg)\s+(?:\w+\s+){0,3}?(?:niet\s+meer|geen)\s+(?:\w+\s+){0,2}?(?:open|vastpakken"
        r"|optillen|vasthouden|knijpen)\b",
        r"(?:klapvoet|klapvoeten|dropvoet)\b",
        r"(?:sleep|sleepte)\s+(?:met\s+)?(?:mijn\s+)?(?:voet|been)\b",
        r"(?:benen|knieen)\s+(?:\w+\s+)?(?:knikken|zakken)\s+(?:\w+\s+)?(?:weg|door)\b",
        r"geen\s+kracht\s+in\s+het\s+mes|(?:been|armen)\s+(?:\w+\s+){0,3}?geeft\s+het\s+(?:\w+\s+)?op"
        r"|geven\s+het\s+op\b",
        r"(?:knijpen|vastpakken|grijpen|vasthouden)\s+lukt\s+(?:\w+\s+)?niet\s+(?:meer|goed)\b|(?:rech"
        r"ter|linker)?(?:hand|handen|vingers)\s+(?:\S+\s+){0,4}?niet\s+meer\s+(?:goed\s+)?vast(?:houdt"
        r"|houden|pakt|pakken)\b|(?:rechter|linker)?voet\s+(?:\w+\s+)?klapt\b|klapt\s+(?:mijn\s+|m\s?n\s+)?(?:rechter|li"
        r"nker)?voet\s+(?:\w+\s+)?neer\b|(?:rechter|linker)?(?:hand|arm|been|handen"
        r"|armen|benen)\s+(?:heeft|hebben)\s+(?:veel\s+|steeds\s+|een\s+stuk\s+)?(?:minder|geen)\s+"
        r"kracht\b",
    ),
    R.WASTING: (
        r"(?:spieratrofie|spierverlies|spierafbraak|atrofie)\b",
        rf"{_BODY}\s+{filler(3)}(?:dunner|kleiner|ingevallen|geslonken)\b",
        r"(?:kuil|holtes?)\s+(?:\w+\s+){0,3}?(?:waar\s+vroeger\s+spier|tussen\s+de\s+botjes)|spier\s+"
        r"(?:\w+\s+){0,4}?dun\s+geworden|vlees\s+gewoon\s+weg",
    ),
    R.SWALLOWING: (
        r"(?:moeite|problemen|pijn)\s+(?:met|bij\s+het)\s+slikken\b",
        r"(?:kan|kon)\s+niet\s+(?:meer\s+)?(?:goed\s+)?slikken\b",
        r"(?:verslik|verslikte)\s+(?:me|mij)\s+(?:\w+\s+){0,2}?(?:vaak|steeds|in\s+water"
        r"|in\s+drinken|bij\s+het\s+drinken|in\s+vloeistof)",
        r"slikklachten\b",
        r"(?:brood|stukjes\s+\w+)\s+(?:\w+\s+){0,2}?blij\w*\s+hangen|verslik\s+ik\s+me\s+(?:\w+\s+)?(?:elke"
        r"|bijna)|slikken\s+gaat\s+(?:\w+\s+){0,4}?(?:moeilijker|moeizamer|lastiger|slechter|zwaarder)",
    ),
    R.SPEECH: (
        r"(?:dubbele\s+tong|onduidelijke\s+spraak|lallende\s+spraak)\b",
        r"(?:spraak|praten)\s+(?:\w+\s+)?(?:onduidelijk|lallend|slissend)\b",
        rf"(?:praat|spreek)\s+{filler(2)}(?:onduidelijk|met\s+een\s+dubbele\s+tong)\b",
        r"(?:moeite|problemen)\s+met\s+(?:praten|spreken|articuleren)\b",
        r"(?:tong\s+is\s+(?:gewoon\s+)?traag|stem\s+(?:\w+\s+)?nasaal|spraak\s+wordt\s+(?:\w+\s+){0,2}?"
        r"(?:onduidelijk\w*|brabbel\w*|lallend|slordig\w*|nasaal|trager|slechter))",
    ),
    R.FALLS: (
        r"(?:val|struikel)\s+(?:\w+\s+)?(?:vaak|steeds|constant|de\s+hele\s+tijd|regelmatig|veel)\b"
        r"(?!\s+over\s+(?:\w+\s+)?(?:woorden|namen|zinnen|tekst|mijn\s+woorden))",
        r"(?:laat|liet|laten)\s+(?:ik\s+)?(?:\w+\s+)?(?:vaak|steeds|constant|telkens|de\s+hele\s+tijd"
        r"|regelmatig)\s+(?:\w+\s+){0,3}?vallen\b|(?:laat|liet)\s+ik\s+(?:\w+\s+)?(?:dingen|spullen"
        r"|alles)\s+vallen\b",
        r"(?:laat|liet)\s+(?:\w+\s+)?(?:vaak|steeds|constant)\s+(?:\w+\s+)?(?:dingen|spullen"
        r"|alles)\s+vallen\b",
    ),
}

SPREADING = (r"(?:verspreidt|breidt\s+zich\s+uit|door\s+mijn\s+hele\s+lichaam|overal)\b",)
NUMBNESS = (r"(?:tintelingen|tintelt|tinteling|gevoelloos|doof\s+gevoel|slaapt)\b",)
INJURY = (r"(?:ongeluk|ongeval|gevallen|val|blessure|letsel|gebroken|verstuikt)\b",)

HEALTH_ANXIETY = (
    r"(?:is\s+het|is\s+dit|heb\s+ik|bang\s+dat\s+ik|bang\s+dat\s+het)\s+(?:\w+\s+){0,2}?(?:als"
    r"|ms|kanker|een\s+tumor|iets\s+ernstigs|parkinson)\b",
    r"amyotrofische\s+laterale\s+sclerose\b",
    r"(?:ga\s+ik\s+dood|ik\s+ga\s+dood\s+aan)\b",
    r"(?:wil|wou)\s+niet\s+(?:dood|sterven|doodgaan)\b",
    r"is\s+(?:het|dit)\s+(?:ernstig|gevaarlijk)\b",
)

IDIOMS = (
    # "Out of nowhere": the negator in it denies nothing ("do nada a pior dor de cabeça").
    r"zonder\s+waarschuwing\b",
    r"zonder(?<!afgevallen\x20zonder)(?<!kwijt\x20zonder)(?<!verloren\x20zonder)(?<!lichter\x20zon"
    r"der)(?<!afvallen\x20zonder)\s+reden\b",  # weight lost "zonder reden" is a red flag
    r"dood(?:moe|ziek|normaal|stil|eng|leuk|gewoon|bang|op)\b",
    r"(?:ga|ging)\s+dood\s+van\s+(?:de\s+)?(?:honger|dorst|verveling|het\s+lachen|de\s+hitte"
    r"|de\s+kou|nieuwsgierigheid)\b",
    r"(?:lach|lachte|lachen)\s+(?:me|mij|ons)\s+dood\b",
    r"dood\s+van\s+het\s+lachen\b",
    r"(?:zou|kan)\s+moorden\s+voor\b",
    r"(?:dit|die|deze)\s+\w*\s*(?:maakt\s+me\s+gek|maakt\s+me\s+kapot)\b",
    # Issue 20, crisis round: suicide as a topic (a thesis, a course, a report), the past, a song.
    r"(?:scriptie|artikel|reportage|training|cursus|les|boek|documentaire)\b[^.!?]{0,50}?over\s+[^."
    r"!?]{0,50}?(?:zelfmoord|suicid|zelfdoding)\w*|jaren?\s+geleden\s+had\s+ik\s+(?:zelfmoordgedach"
    r"ten|suicidale\s+gedachten)(?![^?]{0,150}\b(?:weer\s+terug|weer\s+begonnen|terugval"
    r"|sinds\s+(?:vorige|afgelopen|deze|gisteren)\b[^.!?]{0,30}\bweer)\b)|deed\s+aan\s+zelfbeschadiging\s+als\s+(?:tiener|kind|puber)\b|suic"
    r"ide\s+is\s+painless\b",
    # Breathless from laughing: "lag dubbel van het lachen, ik kreeg geen lucht meer".
    r"(?:dubbel|krom|plat|in\s+een\s+deuk)\s+(?:\w+\s+)?(?:van\s+het\s+lachen\s*)?[,!.]?\s*(?:ik\s+|we\s+)?(?:kreeg|krijg"
    r"|kregen|had|hadden)\s+geen\s+(?:lucht|adem)\b|geen\s+(?:lucht|adem)\s+(?:meer\s+)?van\s+het\s+lachen\b",
)

_SOMEONE = (
    r"(?:hij|zij|ze|mijn\s+(?:man|vrouw|vader|papa|moeder|mama|zoon|dochter|vriend|vriendin"
    r"|broer|zus|baby|kind|opa|oma|collega|buurman|buurvrouw|partner)|iemand)"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,3}}?(?:is\s+)?(?:in\s+elkaar\s+gezakt|flauwgevallen|ademt\s+niet"
    r"|ademt\s+niet\s+meer|is\s+bewusteloos|bewusteloos|reageert\s+niet|heeft\s+een\s+(?:aanval"
    r"|epileptische\s+aanval|toeval)|krijgt\s+geen\s+lucht|wordt\s+niet\s+wakker|wordt\s+blauw)\b",
    r"(?:ligt|in\s+elkaar\s+gezakt)\s+(?:\w+\s+){0,5}?(?:reageert\s+niet|ademt\s+niet|te\s+schokken)",
    # Set J: a friend having a fit, "schuim uit mond".
    r"schuim\s+(?:\w+\s+)?(?:uit|op|om|rond)\s+(?:de\s+|zijn\s+|haar\s+|z\s?n\s+)?mond\b|(?:vriend|vrie"
    r"ndin|man|vrouw|vader|moeder|zoon|dochter|broer|zus|collega|buurman|buurvrouw)\s+(?:\w+\s+)?(?:heef"
    r"t|krijgt)\s+(?:een\s+)?(?:aanval|epileptische\s+aanval|toeval)\b",
    r"(?:reageert\s+(?:niet|nergens\s+op)|ogen\s+weggedraaid|wordt\s+niet\s+meer\s+wakker"
    r"|krijg\s+(?:hem|haar)\s+niet\s+wakker)",
)
OVERDOSE_TAKEN = (
    r"(?:heb|ik\s+heb)\s+(?:\w+\s+){0,2}?(?:alle|de\s+hele|een\s+hele|te\s+veel|\d\d+)\s+"
    r"(?:\w+\s+){0,3}?(?:pillen|tabletten|medicijnen|strip|doosje|pakje)\s+(?:\w+\s+){0,2}?"
    r"(?:genomen|ingenomen|geslikt)\b",
    r"(?:(?:de|een|mijn)\s+hele\s+(?:strip|doos|pot|weekdoos|weekvoorraad)|(?:al\s+mijn|alle)"
    r"\s+(?:pillen|slaappillen|oxazepam|tabletten))\s+(?:\w+\s+){0,4}?(?:genomen|ingenomen|geslikt)",
    # Sets J-L: "al mijn bloeddrukpillen ingenomen, de hele strip"; pills taken twice over.
    r"(?:ingenomen|genomen|geslikt|doorgeslikt)\s*,?\s+(?:de\s+|een\s+|mijn\s+)?(?:hele|volle)\s+(?:s"
    r"trip|doos|pot|verpakking|pakje|doordrukstrip)\b(?!\s+(?:\w+\s+){0,3}?(?:klaargezet|klaargelegd|gevul"
    r"d|gekocht|opgehaald|meegenomen))",
    r"(?:pillen|tabletten|medicijnen|medicatie)\s+(?:\w+\s+)?(?:dubbel|twee\s+keer|2x)\s+(?:\w+\s+)?(?:in)?"
    r"genomen\b[^.!?]{0,60}?(?:ook\s+die\s+van|en\s+daarna)|(?:per\s+ongeluk|perongeluk)\s+(?:\w+\s+)"
    r"{0,3}?(?:dubbel|twee\s+keer|te\s+veel)\b",
    r"(?:zo\s?n|heb|ik)\s+\d\d+\s+(?:van\s+mijn\s+)?(?:\w+\s+)?(?:pillen|paracetamols?|tabletten)\s+"
    r"(?:\w+\s+)?(?:geslikt|doorgeslikt|genomen)",
)
PANIC = (
    r"paniekaanval\w*",
    r"paniek\w*",
    r"hart\s+(?:\w+\s+){0,3}?(?:gaat\s+tekeer|bonkt|racet|klopt\s+(?:heel\s+|zo\s+)?(?:snel|hard))\b",
    r"hartkloppingen\b",
    r"(?:alles\s+voelt\s+(?:onecht|nep|onwerkelijk|zo\s+onwerkelijk)|alles\s+leek\s+onwerkelijk|alsof\s+ik\s+naast\s+mezelf\s+sta"
    r"|buiten\s+mijn\s+lijf|alsof\s+ik\s+gek\s+word|golf\s+van\s+doodsangst)",
    r"hart\s+(?:bonkte|gaat\s+als\s+een\s+gek|ging\s+ineens\s+tekeer)",
    # Set N: "hart gaat heel snel", "mijn hart slaat zo hard".
    r"(?:(?:m|z)\s+n\s+)?hart\s+(?:\w+\s+){0,2}?(?:gaat|ging|slaat|sloeg|bonst|klopt)\s+(?:heel\s+|zo\s+|erg\s+|super\s+"
    r"|echt\s+|veel\s+te\s+|ineens\s+)?(?:snel|hard|wild)\b",
    # Set L: woken in fright, "hart ging tekeer … dacht echt dat ik doodging".
    r"hart\s+(?:\w+\s+){0,2}?(?:ging|gingen|gaat)\s+(?:\w+\s+)?tekeer\b|dacht\s+(?:echt\s+|even\s+)?"
    r"dat\s+ik\s+(?:dood\s+ging|doodging|gek\s+werd|flauw\s+zou\s+vallen)\b",
)
PANIC_DANGER = (
    r"(?:blauwe\s+lippen|lippen\s+(?:\w+\s+)?blauw|flauwgevallen|flauwvallen|bewusteloos"
    r"|pijn\s+op\s+de\s+borst)\b",
)

RULES = LanguageRules(
    language="nl",
    given_away=GIVEN_AWAY,
    affairs=AFFAIRS,
    goodbyes=GOODBYES,
    finality=FINALITY,
    crisis=(*CRISIS, *PLANS, *HARM_NOW, *EDGE, *DECIDED, *MEANS_READY["nl"]),
    ask=(*ASK, *WISH),
    emergency={**EMERGENCY, **swallowed(SOMEONE_ELSE, OVERDOSE_TAKEN)},
    panic=(*PANIC, *ATTACK, *AHEAD["nl"]),
    panic_danger=(*PANIC_DANGER, *SWELLING),
    red_flags={**RED_FLAGS, **FLAGS},
    health_anxiety=HEALTH_ANXIETY,
    spreading=SPREADING,
    numbness=NUMBNESS,
    injury=INJURY,
    head_injury=HEAD_INJURY,
    confusion=CONFUSION,
    idioms=(*IDIOMS, *PAST, *CAFFEINE["nl"]),
    negators=("niet", "geen", "nooit", "zonder"),
    hedges=("zeker", "weet"),
    clause_breaks=("maar", "en", "hoewel", "terwijl"),
)
