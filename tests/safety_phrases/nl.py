"""Dutch phrases and the tier each must get."""

CRISIS = [
    "Ik wil dood",
    "ik wil niet meer leven",
    "Ik wil sterven",
    "Ik denk aan zelfmoord",
    "ik wil mezelf van kant maken",
    "Ik wil er een einde aan maken",
    "Ik heb pillen gespaard",
    "ik snijd mezelf weer",
    "Dit is een afscheid. Vaarwel allemaal",
    "ik heb een afscheidsbrief geschreven",
    "geen reden meer om te leven",
    "ik wil van een brug springen",
    "ik heb suïcidale gedachten",
    "IK WIL DOOD",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "ik wil zelfmoord plegen",
    "ik snij mezelf",
    "ik wil gewoon dood",
    "ik heb zelfmoordgedachten",
    "ik wil mezelf iets aandoen",
    "wil dood",
    "ik wil er een eind aan maken",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "heb mezelf weer gesneden",
    "ik spaar al weken pillen op",
    "ben er binnenkort niet meer",
    "morgen spring ik van die brug",
    # Issue 20, crisis round: pills put by, "how many … to not wake up", a place, a means.
    "ik heb al haar oude oxycodon apart gelegd",
    "hoeveel temazepam is dodelijk, vraag voor iemand anders",
    "hoeveel paracetamol je nodig hebt om niet meer wakker te worden",
    "als het blikje vol is neem ik ze allemaal",
    "ik denk steeds dat ik gewoon dood wil",
    "ik wou dat ik dood was",
    "ik loop de zee in tot het ophoudt",
    "ik ga met de roeiboot de plas op en kom niet terug",
    "het jachtgeweer is schoongemaakt en geladen",
    "ik snijd nu in mijn arm",
    "ben weer aan het krassen",
    "rij zonder remmen tegen de pijler, plek heb ik al uitgezocht",
    # Round 7, second pass (sets P-Q): the families of the rows still missed, other words.
    "gisteravond opnieuw in mijn polsen gekrast. boeit niet",
    "gegoogeld hoeveel verdiepingen je niet overleeft, de flat is hoog genoeg, ga er straks heen",
    # Round 7, third pass (set O): the families of the rows still missed, other words.
    "ga echt niets stoms doen, heb alleen opgezocht hoeveel slaappillen dodelijk zijn",
    "al m'n spullen weggegeven, de hond naar de buurvrouw. vannacht is het voorbij",
    # Set R (eighth round), in other words than the rows.
    "ik zit nu in mijn pols te krassen met een scheermesje",
    "ik ben me weer aan het snijden",
    "ik heb alweer een mesje gepakt",
    "ik bonk mijn hoofd tegen de muur tot het bloedt",
]

EMERGENCY = [
    # od1: overdose taken: a handful, the rest, a week's dose by mistake.
    "ik heb een handvol pillen geslikt",
    "mijn moeder heeft per ongeluk de weekdosis ingenomen",
    # Issue 20: someone else in danger, an overdose already taken.
    "mijn vader is in elkaar gezakt en ademt niet",
    "ik heb alle pillen genomen",
    "Ineens kan ik niet meer praten en mijn gezicht hangt scheef",
    "plotseling krachtverlies aan een kant",
    "De ergste hoofdpijn van mijn leven",
    "Pijn op de borst die uitstraalt naar mijn linkerarm en kaak",
    "Ik kan niet ademen",
    "Hoofd gestoten en nu ben ik verward",
    "ik denk dat ik een beroerte heb",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "ik krijg geen lucht",
    "pijn op de borst die naar mijn arm trekt",
    "ergste hoofdpijn van mijn leven",
    "plotseling kan ik niet meer praten",
    "ik kan niet meer ademen",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "haar lippen en gezicht zwellen op",
    "mijn vriend ligt op de grond en ademt niet",
    "ik heb een hele strip oxazepam genomen",
    # Someone else has swallowed something dangerous just now: a battery, a dishwasher or
    # laundry capsule, bleach, rat poison, antifreeze, someone else's pills, a whole strip.
    "mijn zoon heeft een knoopcelbatterij ingeslikt",
    "mijn dochter heeft een vaatwastablet opgegeten",
    "mijn broer heeft rattengif gedronken",
    "mijn kind heeft mijn pillen opgegeten, weet niet hoeveel",
    "mijn moeder heeft een heel doosje slaappillen ingenomen",
    # Round 7 (sets M-N): the families of the rows still missed, in other words.
    "mn dochtertje heeft een hele strip van oma haar tabletten opgegeten",
    "ineens hangt m'n mond scheef",
    "druk op m'n borst die uitstraalt naar m'n kaak",
    # Round 8 (set R): a small child into a button battery, magnets, iron or an adult's
    # pills, even while they seem fine; someone else's seizure.
    "mijn zoontje van 3 heeft net een knoopcel uit de weegschaal ingeslikt, hij lijkt nog in orde",
    "onze peuter heeft een paar ijzertabletten opgegeten",
    "mijn kleindochter heeft op opa's hartpillen gekauwd",
    "een jongen ligt in de bus te schokken op de grond",
]

RED_FLAG = [
    "Mijn hand is zwak",
    "zwakte in mijn rechterbeen",
    "Ik kan potten niet meer open krijgen",
    "Ik heb moeite met slikken",
    "ik verslik me vaak in water",
    "ik praat met een dubbele tong",
    "Ik val vaak",
    "Ik heb een klapvoet",
    "Tintelingen in mijn voet sinds het ongeluk",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "zwakte in mijn been",
    "moeite met slikken",
    "ik laat steeds dingen vallen",
    "ik struikel vaak",
    "ik krijg potjes niet meer open",
    "ik praat onduidelijk",
    "mijn been is zwak",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "brood blijft hangen in mijn keel",
    "de spier bij mijn duim is dun geworden",
    # Breathless lying flat, numbness climbing, weight lost without trying, a new medicine.
    "als ik plat lig krijg ik geen lucht",
    "ik kan niet meer plat liggen zonder benauwd te worden",
    "slaap al weken rechtop want anders word ik benauwd",
    "het dove gevoel begon in mijn tenen en zit nu tot mijn knieën",
    "de tintelingen kruipen al weken omhoog in mijn benen",
    "ik ben 6 kilo afgevallen zonder reden",
    "8 kilo kwijt zonder dieet, ik eet gewoon normaal",
    "sinds ik met dat nieuwe middel begonnen ben zweet ik me rot en ben ik onrustig",
    "sinds 5 dagen sertraline, kan niet stilzitten en mn benen schokken",
    "dosis verhoogd en nu tril ik en heb ik koorts",
]

ASK = [
    "Ik kan niet meer.",
    "Ik wil verdwijnen",
    "Ik ben alles zo moe",
    "Ik zie geen uitweg",
    "ik voel me een last voor iedereen",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "ik wil niet meer",
    "ik kan het niet meer",
    "ik hou het niet meer vol",
    "ik zie het niet meer zitten",
    "ik zie het niet meer zitten met die baan",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "ik ben een last voor iedereen",
    "ik voel me een last voor de kinderen",
    "er is geen uitweg",
    # Issue 20, crisis round: better off without me, letters left, things given away, caged.
    "ze zijn beter af zonder mij",
    "ik zou willen inslapen en niet meer wakker worden",
    "wil gewoon gaan slapen en een paar weken niet wakker worden",
    "de brieven voor m'n twee zonen zijn af",
    "heb mn pc aan mn neefje gegeven, heb ik toch niet meer nodig binnenkort",
    "wou het gewoon iemand zeggen",
    "soms wil ik gewoon verdwijnen",
    "kan t niet meer aan",
    "alles is ondraaglijk nu",
    "ik zit als in een kooi",
    "waarom ben ik er nog",
    "ik ben mijn kinderen alleen maar tot last",
    # Round 7 (sets M-N): the families of the rows still missed, in other words.
    "ik wilde dat ik gewoon niet meer wakker werd",
    "ik voel me gevangen in mijn eigen leven",
    # Round 7, second pass (sets P-Q): the families of the rows still missed, other words.
    "ik zie het nut van verder leven eigenlijk niet meer",
    "soms wil ik gewoon niet meer wakker worden",
    # Round 7, third pass (set O): the families of the rows still missed, other words.
    "het is beter als ik er niet meer ben, dan hebben ze geen zorgen meer",
    "voel me echt zo'n last",
    "niemand zou me missen",
    "geen concreet plan, maar die gedachten blijven terugkomen",
    # Set R (eighth round), in other words than the rows.
    "als ik niet meer wakker word, is dat ook prima",
    "lieve heer, haal me maar weg",
    "het zou een opluchting zijn om niet meer wakker te worden",
    # Round 9: a passive wish with no method, plan, time or farewell is asked about (the blind
    # writers' label; docs/understanding.md, ninth round).
    "ik wil er niet meer zijn",
    "ik wil nooit meer wakker worden",
    "ik wil slapen en nooit meer wakker worden",
]

NEAR_MISS = [
    # od1: vitamins, a daily habit, as prescribed, almost by mistake.
    ("ik neem elke dag een handvol pillen", "none"),
    ("ik heb bijna per ongeluk een dubbele dosis genomen maar zag het nog", "none"),
    # Issue 20: panic without danger signs is asked about, never an emergency.
    ("ik heb een paniekaanval en kan niet ademen", "panic"),
    ("hartkloppingen en paniek", "panic"),
    ("Ik ben doodmoe", "none"),
    ("ik ga dood van de honger", "none"),
    ("Ik lach me dood", "none"),
    ("Ik zou moorden voor een koffie", "none"),
    ("Ik wil niet dood", "health_anxiety"),
    ("Ik wil niet meer in Amsterdam leven", "none"),
    ("Is het ALS?", "health_anxiety"),
    ("Geen zwakte in mijn hand", "none"),
    ("mijn hand is niet zwak", "none"),
    ("ik kan niet ademen door mijn neus", "none"),
    ("ik kan niet meer slapen sinds het trillen", "none"),
    ("doodnormaal", "none"),
    ("zwakke koffie", "none"),
    ("ik wil slapen", "none"),
    ("ik ben doodop", "none"),
    # Found in an adversarial review: look-alikes and denials.
    ("oma had jaren geleden een beroerte", "none"),
    ("geen zwakte", "none"),
    ("ik ben dood op", "none"),
    ("ik kan niet meer slapen", "none"),
    ("ik praat niet onduidelijk", "none"),
    ("geen beroerte", "none"),
    ("ik wil dood van het lachen", "none"),
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    ("ik heb de hele dag vrij genomen", "none"),
    ("ben er morgen niet meer bij", "none"),
    # Issue 20, crisis round: suicide as a topic, the past, a song, a pop-by.
    ("scriptie over suïcidaliteit bij jongeren ingeleverd", "none"),
    ("reportage over zelfdodingspreventie bij ouderen", "none"),
    ("jaren geleden had ik zelfmoordgedachten, nu gaat het goed", "none"),
    ("ik deed aan zelfbeschadiging als tiener", "none"),
    ("suicide is painless zit in mn hoofd", "none"),
    ("ik spring zo even bij je langs", "none"),
    ("je bent beter af zonder hem", "none"),
    ("ik heb mn oude fiets aan mn neefje gegeven, heb ik niet meer nodig", "none"),
    ("het touw gekocht voor de boot", "none"),
    ("ben weer aan het snijden van groenten", "none"),
    ("ik ben 5 kilo afgevallen door te lijnen", "none"),
    ("geen gewichtsverlies, geen tintelingen", "none"),
    ("ik lig graag plat op het strand", "none"),
    ("ik slaap met drie kussens vanwege brandend maagzuur", "none"),
    ("bij de trap word ik benauwd", "none"),
    ("ik word niet benauwd als ik plat lig", "none"),
    ("tintelingen in mijn tenen, breidt zich niet uit", "none"),
    ("de uitslag verspreidt zich over mijn arm", "none"),
    ("nieuwe bril en mijn ooglid trilt", "none"),
    ("ik zweet bij het sporten en mijn kuiten trillen daarna", "none"),
    ("nieuw antidepressivum, geen zweten, geen onrust", "none"),
    ("nieuwe baan en ik ben onrustig en zweet", "none"),
    # Look-alikes of someone else swallowing something dangerous: a pet (a vet matter), a
    # harmless stone or gum, one's own usual medicine, a purchase, a film, an idiom.
    ("mijn hond heeft chocolade gegeten", "none"),
    ("mijn zoon heeft een kersenpit ingeslikt", "none"),
    ("mijn zoon heeft zijn antibiotica genomen", "none"),
    ("mijn moeder neemt elke dag veel pillen", "none"),
    ("rattengif gekocht voor de schuur", "none"),
    ("ze nam een slaappil zoals altijd", "none"),
    # Round 7 (sets M-N): the families of the rows still missed, in other words.
    (
        "mijn vader had in 2010 een beroerte, zijn mond hing scheef, hij is helemaal hersteld",
        "none",
    ),
    ("m'n hart gaat zo snel, ik kan niet ademen, ik tril", "panic"),
    ("heb me als tiener gesneden, is al jaren voorbij", "none"),
    ("ik voel me opgesloten in de file", "none"),
    # Round 7, second pass (sets P-Q): the families of the rows still missed, other words.
    ("weer in m'n vinger gesneden bij het uien snijden", "none"),
    ("ik slik mijn citalopram al jaren zoals voorgeschreven, ik tril van de koffie", "none"),
    ("het dak van de schuur is hoog genoeg voor de nieuwe caravan", "none"),
    # Round 7, third pass (set O): the families of the rows still missed, other words.
    ("alles weggegeven want we verhuizen, morgen is het klaar", "none"),
    ("ik heb last van mijn knie", "none"),
    ("ik sta in de supermarkt, ben duizelig en tril helemaal, moet hier weg", "panic"),
    ("in de trein, ik moet eruit op amsterdam centraal", "none"),
    # Set R (eighth round), in other words than the rows.
    ("de leerlingen in mijn klas bespraken haar zelfmoord in het boek", "none"),
    ("ik heb opgezocht welke verdieping de tandarts zit", "none"),
    ("ik heb me gesneden bij het koken, het bloedt een beetje", "none"),
    ("ik ben aan het snijden met een mes, uien voor de soep", "none"),
    # Round 8 (set R): look-alikes of a child into something dangerous or of a seizure (a
    # purchase, their own vitamins, an idiom or the writer's own shaking or cramp).
    ("ik heb knoopcellen gekocht voor de rookmelder", "none"),
    ("mijn dochter heeft haar vitaminesnoepjes gegeten", "none"),
    ("mijn hele lijf schokt vanavond", "none"),
]
