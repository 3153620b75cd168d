"""Known misreadings, written by people or found by probing (round twelve), fixed by concept
in every language where the same words misfire; over normalised text, a space below standing
for \\s+.

Blanked with the idioms (IDIOMS), so neither the rules nor the learned reading (which reads the
blanked text, reading.read.model_input) see them as danger:

- HAIR: cutting, trimming or shaving one's hair, fringe, nails or beard ("estou me cortando o
  cabelo agora", "şu an saçımı kesiyorum"): only the verb and its object go, so "me cortei de
  novo" beside it is still read;
- FIGHT: tired of fighting or arguing with someone or something named outside oneself (a
  landlord, the neighbours, the bank, the heating); fighting one's depression or one's own
  head is not named and stays read;
- ROUTINE: all one's pills taken "as usual", "like every morning", or all one's morning pills:
  the daily medicines, no overdose. Only within one clause: "as usual" after a comma, an
  amount, "at once" or "again" are not in the span;
- PLACE: standing on a bridge or a roof and taking photos, watching the sunset, waiting for
  friends — unless a last time, a farewell or a jump follows;
- FOOD: a whole box of cookies, a pack of biscuits eaten: food, not medicine.

Kept personal (PERSONAL, distance.py) and read as a crisis (CRISIS): a book or a film about
suicide, and "I think about it myself / too" — the frame no longer blanks the word.

Distant (TOPICS, blanked beside a frame): a character in a film or a book who walks into the
sea.

Red flag (WEAKNESS): a hand, arm or leg getting weaker and weaker for weeks (de, es, nl; the
other languages read it already).
"""

from __future__ import annotations

from bot.core.safety.common import spaced as _s

__all__ = ["CRISIS", "IDIOMS", "PERSONAL", "TOPICS", "WEAKNESS"]


# An amount after the daily pills, in any of the languages: then they were not all.
_AMOUNT = (
    r"(?![^.!?]{0,80}?(?<!\w)(?:whole|entire|box|pack|packet|bottle|strip|blister|too\s+many"
    r"|extra|double|at\s+once|in\s+one\s+go|handful|ganze\w*|packung|schachtel|auf\s+einmal"
    r"|caja|entera|toda\s+la|boite|toute\s+la|scatola|tutta\s+la|caixa|inteira|doos|hele"
    r"|opakowani\w*|cal[aey]|пачк\w*|упаковк\w*|цел\w+|цілу|kutu\w*|\d))"
)


def _routine(all_: str, mine: str, pills: str, usual: str) -> tuple[str, ...]:
    """All one's pills and "as usual" within one clause, in either order, no amount after."""
    return (
        rf"(?:{all_})\s+(?:(?:{mine})\s+)?(?:\w+\s+)?(?:{pills})\b(?:\s+\w+){{0,5}}?\s+(?:{usual})\b"
        + _AMOUNT,
        rf"(?:{usual})\s+(?:\w+\s+){{0,4}}?(?:{all_})\s+(?:(?:{mine})\s+)?(?:\w+\s+)?(?:{pills})\b"
        + _AMOUNT,
    )


# A place now, with a harmless reason beside it and no farewell, last time or jump after it.
def _place(place: str, why: str, bad: str) -> tuple[str, ...]:
    return (
        rf"(?:{place})(?=[^.!?]{{0,60}}?(?:{why}))(?![^.!?]{{0,90}}?(?:{bad}))",
        rf"(?:{why})\w*\s+(?:\S+\s+){{0,5}}?(?:{place})(?![^.!?]{{0,90}}?(?:{bad}))",
    )


# A wrist, an arm, a leg, the skin soon after the hair: then it is not only the hair.
_BODY = (
    r"(?![^.!?]{0,40}?\s(?:wrists?|arms?|legs?|thighs?|skin|pulsos?|brazos?|piernas?|bracos?"
    r"|pernas?|pele|piel|polsi|polso|braccia|braccio|gambe|pelle|poignets?|bras|cuisses?|peau"
    r"|handgelenk\w*|arme?|beine?|haut|pols|polsen|armen|benen|huid|nadgarst\w*|rece|reke"
    r"|nogi|skore|запяст\w*|зап\s?яст\w*|руки|руку|ноги|кожу|вены|вени|bilek\w*|kolum\w*"
    r"|bacag\w*|damar\w*)\b)"
)

_HAIR = {
    "en": (
        r"(?:cutting|cut|trimming|trim|trimmed|clipping|clipped|shaving|shave|shaved|buzzing)"
        r"\s+(?:off\s+)?(?:my|the|his|her|our)\s+(?:own\s+)?(?:hair|fringe|bangs|nails"
        r"|fingernails|toenails|beard|moustache|mustache|split\s+ends|ends)\b",
    ),
    "de": (
        r"(?:schneide|schneiden|geschnitten|kurze|stutze|stutzen|rasiere|rasieren)\s+(?:mir\s+)?"
        r"(?:\w+\s+)?(?:die|den|meine|meinen)\s+(?:haare|haar|pony|nagel|fingernagel|bart|spitzen)\b",
        r"(?:haare|pony|fingernagel|bart|spitzen)\s+(?:\w+\s+)?(?:schneiden|geschnitten|schneide"
        r"|kurzen|gekurzt|stutzen|gestutzt)\b",
    ),
    "es": (
        r"(?:cortando|cortar|corte|corto|cortado|recortando|recortar|recorte|rapando|rapar|afeitando)"
        r"\s+(?:el|la|los|las|mi|mis)\s+(?:\w+\s+)?(?:pelo|cabello|flequillo|fleco|unas|barba"
        r"|bigote|puntas|melena)\b",
    ),
    "fr": (
        r"(?:coupe|couper|coupant|coupais|coupee?s?|raccourcis|rase|raser|rasant)\s+(?:les|la|ma"
        r"|mes|le|mon)\s+(?:\w+\s+)?(?:cheveux|frange|ongles|barbe|moustache|pointes)\b",
    ),
    "it": (
        r"(?:tagliando|tagliare|tagliato|tagliata|taglio|accorciando|spuntando|rasando|radendo)"
        r"\s+(?:i|il|la|le|lo|miei|mie|mia|mio)\s+(?:\w+\s+)?(?:capelli|frangia|frangetta|unghie"
        r"|barba|baffi|punte)\b",
    ),
    "pt": (
        r"(?:cortando|cortar|cortei|corto|corta|cortou|aparando|aparar|aparei|raspando|raspar)"
        r"\s+(?:o|a|os|as|meu|minha|meus|minhas)\s+(?:\w+\s+)?(?:cabelo|cabelos|franja|unhas?"
        r"|barba|bigode|pontas)\b",
    ),
    "nl": (
        r"(?:knip|knippen|geknipt|trim|trimmen|scheer|scheren)\s+(?:\w+\s+)?(?:mijn|mn|m\s+n|het"
        r"|de)\s+(?:haar|haren|pony|nagels|baard|puntjes)\b",
        r"(?:haar|haren|pony|nagels|baard|puntjes)\s+(?:\w+\s+)?(?:knippen|geknipt|trimmen)\b",
    ),
    "pl": (
        r"(?:obcinam|obcinac|obcialem|obcielam|scinam|scinac|podcinam|przycinam|przycinac"
        r"|strzyge|gole|golic)\s+(?:sobie\s+)?(?:\w+\s+)?(?:wlosy|grzywke|paznokcie|brode"
        r"|koncowki|wasy)\b",
    ),
    "ru": (
        r"(?:стригу|подстригаю|подстригла|подстриг|стригла|обрезаю|обрезала|отрезала|отрезаю|режу"
        r"|брею|подравниваю)\s+(?:себе\s+)?(?:\w+\s+)?(?:волосы|челку|ногти|бороду|кончики|усы)\b",
    ),
    "uk": (
        r"(?:стрижу|підстригаю|підстригла|підстриг|обрізаю|обрізала|відрізала|ріжу|голю|підрівнюю)"
        r"\s+(?:собі\s+)?(?:\w+\s+)?(?:волосся|чубчик|гривку|нігті|бороду|кінчики|вуса)\b",
    ),
    "tr": (
        r"(?:sacimi|sacini|saclarimi|kakulumu|tirnaklarimi|sakalimi|biyigimi|uclarimi)\s+"
        r"(?:\w+\s+)?(?:kesiyorum|kestim|kesecegim|kesiyor|kestir\w*|kisalt\w*|tras\w*|dusel\w*)",
    ),
}

_FIGHT = {
    "en": (
        r"(?:tired|sick|exhausted|weary)\s+of\s+(?:fighting|arguing|battling)\s+(?:with|against"
        r"|over|about)\s+(?:my\s+|the\s+|our\s+|a\s+|his\s+|her\s+|their\s+)?(?:landlords?|landlady"
        r"|neighbou?rs?|boss|manager|coworkers?|colleagues?|insurance|bank|council|school"
        r"|teachers?|ex|roommates?|flatmates?|housemates?|husband|wife|partner|boyfriend|girlfriend"
        r"|kids|children|son|daughter|parents|mum|mom|dad|sister|brother|siblings|in\s+laws"
        r"|company|airline|heating|parking|traffic|bureaucracy|customer\s+service|internet"
        r"|printer|computer|laundry|dishes)\b",
        r"(?:tired|sick|exhausted|weary)\s+of\s+(?:fighting|battling)\s+for\s+(?:a|the|my|our)\s+"
        r"(?:seat|parking\s+(?:spot|space)|refund|deposit|table|appointment|remote|bathroom"
        r"|turn|money\s+back)\b",
    ),
    "fr": (
        r"(?:fatigue\w*|marre|tanne\w*|epuise\w*)\s+de\s+me\s+battre\s+(?:avec|contre|pour)\s+"
        r"(?:mon|ma|mes|le|la|les|l)\s+(?:propri\w*|voisin\w*|patron\w*|chef|banque|assurance"
        r"|mutuelle|administration|caf|prefecture|collegues?|mari|femme|copain|copine|ex|enfants"
        r"|gamins|ado|fils|fille|parents|mere|pere|soeur|frere|operateur|chauffage|ecole"
        r"|bailleur|syndic)\b",
    ),
    "it": (
        r"(?:stanc[oa]|stufo|stufa)\s+di\s+(?:combattere|litigare|lottare)\s+(?:con|contro)\s+"
        r"(?:il|la|i|le|lo|l|mio|mia|miei|mie)\s+(?:\w+\s+)?(?:padron\w*|propriet\w*|vicin\w*"
        r"|capo|banca|assicurazion\w*|burocrazia|comune|colleghi|collega|marito|moglie|figli\w*"
        r"|genitori|madre|padre|ex|ragazz[oa]|fidanzat[oa]|suocer\w*|scuola|operatore"
        r"|riscaldamento|traffico|condominio|amministratore)\b",
    ),
}

# All one's pills, one's daily medicines, "as usual".
_ROUTINE = {
    "en": (
        *_routine(
            "all",
            "my",
            r"pills|meds|tablets|medication|medications|medicines|vitamins|capsules",
            r"as usual|as always|like always|as normal|like normal|as prescribed|like i do every"
            r" (?:day|morning|evening|night)|as i do every (?:day|morning|evening|night)|like"
            r" (?:every|each) (?:day|morning|evening|night)|every (?:morning|evening|night|day)",
        ),
        r"all\s+my\s+(?:morning|evening|night|nightly|bedtime|daily|usual|regular|breakfast)\s+"
        r"(?:pills|meds|tablets|medication|medications|medicines|vitamins)\b" + _AMOUNT,
    ),
    "de": _routine(
        "alle",
        "meine|die",
        r"tabletten|pillen|medikamente|kapseln|morgentabletten|abendtabletten",
        r"wie immer|wie jeden (?:tag|morgen|abend)|wie gewohnt|wie ublich|wie verschrieben"
        r"|wie verordnet|jeden (?:morgen|abend|tag)",
    ),
    "es": _routine(
        "todas|todos",
        "mis|las|los",
        r"pastillas|medicinas|medicamentos|pildoras|capsulas|remedios",
        r"como siempre|como cada (?:dia|manana|noche)|como todos los dias|como todas las"
        r" (?:mananas|noches)|como de costumbre|cada (?:manana|noche)",
    ),
    "fr": _routine(
        "tous|toutes",
        "mes|les",
        r"medicaments|medocs|comprimes|cachets|pilules|gelules",
        r"comme d habitude|comme toujours|comme chaque (?:jour|matin|soir)|comme tous les"
        r" (?:jours|matins|soirs)|comme prescrit|chaque (?:matin|soir)",
    ),
    "it": _routine(
        "tutte|tutti",
        r"le mie|i miei|le|i",
        r"pillole|pastiglie|compresse|medicine|farmaci|medicinali",
        r"come sempre|come al solito|come ogni (?:giorno|mattina|sera)|come tutti i giorni"
        r"|come tutte le (?:mattine|sere)|come prescritto|ogni (?:mattina|sera)",
    ),
    "pt": _routine(
        "todos|todas",
        r"os meus|as minhas|meus|minhas|os|as",
        r"remedios|comprimidos|medicamentos|pilulas|capsulas",
        r"como sempre|como de costume|como todo dia|como todos os dias|como toda (?:manha|noite)"
        r"|como todas as (?:manhas|noites)|toda (?:manha|noite)",
    ),
    "nl": _routine(
        "al|alle",
        r"mijn|mn|m n|de",
        r"pillen|medicijnen|tabletten|medicatie",
        r"zoals altijd|zoals gewoonlijk|zoals elke (?:dag|ochtend|avond)|zoals iedere"
        r" (?:dag|ochtend|avond)|zoals voorgeschreven|elke (?:ochtend|avond)",
    ),
    "pl": _routine(
        "wszystkie",
        "moje|swoje",
        r"tabletki|leki|pigulki|kapsulki",
        r"jak zwykle|jak zawsze|jak codziennie|jak co (?:dzien|rano|wieczor)|jak kazdego"
        r" (?:dnia|ranka|wieczoru)|codziennie rano",
    ),
    "ru": _routine(
        "все",
        "свои|мои",
        r"таблетки|лекарства|пилюли|капсулы",
        r"как обычно|как всегда|как каждый (?:день|вечер)|как каждое утро|как по назначению",
    ),
    "uk": _routine(
        "всі|усі|все",
        "свої|мої",
        r"таблетки|ліки|пігулки|капсули",
        r"як завжди|як зазвичай|як щодня|як кожного (?:дня|ранку|вечора)",
    ),
    "tr": _routine(
        "tum|butun",
        "benim",
        r"ilaclarimi|haplarimi",
        r"her zamanki gibi|her gun oldugu gibi|her sabah oldugu gibi|her zaman oldugu gibi",
    ),
}

_PLACE = {
    "ru": _place(
        r"(?:стою|я|сижу)\s+на\s+(?:\w+\s+)?(?:мосту|крыше)\b",
        r"фотограф|фотк|фото|снима|закат|рассвет|селфи|вид\s|любуюсь|жду\s|с\s+друз|с\s+подруг"
        r"|экскурс",
        r"последн|прощ|прыгн|прыга|спрыг|не\s+могу|конец|сил\s+нет",
    ),
    "uk": _place(
        r"(?:стою|я|сиджу)\s+на\s+(?:\w+\s+)?(?:мосту|даху)\b",
        r"фотограф|фотк|фото|зніма|захід|світан|селфі|краєвид|милуюсь|чекаю|з\s+друз|з\s+подруг"
        r"|екскурс",
        r"останн|прощ|стрибн|стриба|зістриб|не\s+можу|кінець|сил\s+нема",
    ),
    "pl": _place(
        r"(?:stoje|jestem|siedze)\s+na\s+(?:moscie|wiadukcie|dachu)\b",
        r"zdjec|zdjecia|fotk|fotograf|zachod|wschod|selfie|widok|podziwiam|czekam|ze\s+znajom"
        r"|z\s+przyjac|wycieczk",
        r"ostatni|zegnaj|skocz|nie\s+moge|koniec|nie\s+mam\s+sil",
    ),
    "it": _place(
        r"(?:sono|sto)\s+sul\s+(?:\w+\s+)?(?:ponte|tetto|cavalcavia)\b",
        r"foto|tramonto|alba|selfie|panorama|vista|aspetto|amici|amiche|gita",
        r"ultim|addio|salt|butt|non\s+ce\s+la|fine",
    ),
}

_FOOD = {
    "en": (
        r"(?:ate|eaten|eat|eating|scoffed|devoured|demolished|inhaled)\s+(?:all|the\s+whole"
        r"|a\s+whole|the\s+entire|an\s+entire|a\s+bunch\s+of|a\s+lot\s+of|way\s+too\s+many"
        r"|too\s+many)\s+(?:\w+\s+)?(?:(?:box|pack|packet|bag|tub|jar|bar|tin|sleeve|tray|plate"
        r"|bowl)\s+of\s+)?(?:\w+\s+)?(?:cookies|biscuits|chocolates?|candy|sweets|crisps|chips"
        r"|donuts|doughnuts|cereal|ice\s+cream|pizza|popcorn|oreos|cake|cupcakes|pringles|snacks"
        r"|crackers|cheese|bread|pasta|fries|nuggets|brownies|muffins|pastries|croissants|nutella"
        r"|peanut\s+butter|grapes|cherries)\b",
    ),
    "pt": (
        r"(?:comi|comeu|devorei|devorou)\s+(?:\w+\s+){0,4}?(?:bolachas|biscoitos|chocolates?"
        r"|doces|bombons|salgadinhos|pizza|bolo|sorvete|pipoca|batatas|cereal|pao)\b",
    ),
    "es": (
        r"(?:comi|comio|devore|me\s+comi|me\s+he\s+comido)\s+(?:\w+\s+){0,4}?(?:galletas|chocolates?"
        r"|dulces|bombones|patatas|papas|pizza|pastel|tarta|helado|palomitas|cereales|chuches)\b",
    ),
    "it": (
        r"(?:mangiato|mangiata|divorato)\s+(?:\w+\s+){0,4}?(?:biscotti|cioccolat\w*|caramelle"
        r"|dolci|patatine|pizza|torta|gelato|popcorn|cereali|nutella|merendine)\b",
    ),
    "fr": (
        r"(?:mange|devore|englouti)\s+(?:\w+\s+){0,4}?(?:biscuits|gateaux|chocolats?|bonbons"
        r"|chips|pizza|glace|popcorn|cereales|nutella|cookies)\b",
    ),
    "de": (
        r"(?:ganze|ganzen|komplette)\s+(?:\w+\s+)?(?:packung|tute|schachtel|tafel|dose)\s+"
        r"(?:\w+\s+)?(?:kekse|schokolade|chips|gummibarchen|pralinen|eis|kuchen|cookies)\b",
    ),
}

IDIOMS: dict[str, tuple[str, ...]] = {}
for _family in (_HAIR, _FIGHT, _ROUTINE, _PLACE, _FOOD):
    for _lang, _patterns in _family.items():
        if _family is _HAIR:
            _patterns = tuple(p + _BODY for p in _patterns)
        IDIOMS[_lang] = (*IDIOMS.get(_lang, ()), *_s(*_patterns))


# A book or a film on suicide, and "I think about it myself / too": the writer's own.
def _own(noun: str, *mine: str) -> tuple[str, ...]:
    return tuple(rf"(?:{noun})\s+(?:\S+\s+){{0,10}}?(?:{m})" for m in _s(*mine))


PERSONAL: dict[str, tuple[str, ...]] = {
    "en": _own(
        r"suicid\w*|killing\s+(?:yourself|oneself|themselves|himself|herself)|self\s+harm\w*",
        r"(?:think|thought|thinking) about (?:it|that|doing it) (?:\w+ )?(?:myself|too|also"
        r"|as well)\b",
        r"i (?:also|too|myself) (?:think|thought|have thought|ve thought) about (?:it|that)\b",
        r"i (?:have|ve) thought about it (?:\w+ )?(?:myself|too)\b",
    ),
    "de": _own(
        r"suizid\w*|selbstmord\w*|freitod",
        # Not "daran, es zu kaufen": thinking of doing something with the book.
        r"(?:denke|dachte) (?:\w+ ){0,2}?(?:selbst|auch) (?:\w+ )?(?:daran|daruber|dran)\b"
        r"(?!(?: ,)? (?:\w+ ){0,4}zu )",
        r"(?:daran|daruber|dran) (?:denke|dachte) ich (?:\w+ )?(?:selbst|auch)\b",
    ),
    "es": _own(
        r"suicid\w*|quitarse\s+la\s+vida",
        r"(?:yo )?(?:tambien|mismo|misma) (?:lo |en eso |en ello )?(?:pienso|he pensado|pense)\b",
        r"(?:pienso|pense|he pensado) (?:en (?:eso|ello) )?(?:yo )?(?:tambien|mismo|misma)\b",
    ),
    "fr": _own(
        r"suicid\w*",
        r"j y (?:pense|ai pense|ai deja pense|pensais) (?:\w+ )?(?:moi )?(?:aussi|meme)\b",
        r"moi aussi (?:j )?(?:y )?(?:pense|y pense|y ai pense)\b",
    ),
    "it": _own(
        r"suicid\w*|togliersi\s+la\s+vita",
        r"ci (?:penso|ho pensato|pensavo) (?:\w+ )?(?:anch io|anche io|io stess[oa]|pure io)\b",
        r"(?:anch io|anche io|pure io|io stess[oa]) ci (?:penso|ho pensato|pensavo)\b",
    ),
    "pt": _own(
        r"suicid\w*|tirar\s+a\s+(?:propria\s+)?vida",
        r"(?:eu )?tambem (?:\w+ )?(?:penso|pensei|ja pensei) (?:nisso|nele|sobre isso)\b",
        r"(?:penso|pensei) (?:\w+ )?(?:nisso|nele) (?:\w+ )?(?:tambem|eu mesm[oa])\b",
    ),
    "nl": _own(
        r"zelfmoord\w*|suicid\w*|zelfdoding",
        r"ik denk er (?:\w+ ){0,2}?(?:zelf|ook) (?:\w+ )?aan\b(?!(?: ,)? om )",
        r"ik (?:heb )?er (?:\w+ ){0,2}?(?:zelf|ook) (?:\w+ )?(?:aan )?(?:gedacht|denk)\b",
    ),
    "pl": _own(
        r"samobojstw\w*|samobojcz\w*",
        r"(?:sam|sama|tez|rowniez) (?:\w+ )?o tym (?:mysle|myslalem|myslalam)\b",
        r"o tym (?:\w+ )?(?:mysle|myslalem|myslalam) (?:\w+ )?(?:sam|sama|tez)\b",
    ),
    "ru": _own(
        r"суицид\w*|самоубийств\w*",
        r"(?:сам|сама|тоже) (?:\w+ )?(?:об этом|о нем|про это|о таком) (?:\w+ )?(?:думаю|думал"
        r"|думала|задумываюсь|задумывался|задумывалась)\b",
        r"(?:думаю|думал|думала) (?:об этом|про это) (?:\w+ )?(?:сам|сама|тоже)\b",
    ),
    "uk": _own(
        r"суїцид\w*|самогубств\w*",
        r"(?:сам|сама|теж|також) (?:\w+ )?(?:про це|про таке|над цим) (?:\w+ )?(?:думаю|думав"
        r"|думала|замислююсь)\b",
        r"(?:думаю|думав|думала) (?:про це|над цим) (?:\w+ )?(?:сам|сама|теж|також)\b",
    ),
    "tr": _own(
        r"intihar\w*",
        r"ben de (?:\w+ )?(?:bunu|bunun|onu|ondan|bunlari) (?:\w+ )?(?:dusunuyorum|dusundum"
        r"|dusunurum|dusunuyordum)\b",
        r"(?:bunu|onu) (?:\w+ )?ben de (?:\w+ )?dusun\w*",
        r"ben de (?:\w+ )?dusunuyorum\b",
    ),
}
# The same words are the writer's crisis, read over the message before any idiom is blanked
# (classify.read_rules): the idioms of many languages blank "a book about suicide" whole.
CRISIS = PERSONAL

# A character in a film or a book who walks into the sea: blanked beside a frame.
TOPICS: dict[str, tuple[str, ...]] = {
    "en": _s(
        r"(?:she|he|they|character|heroine|hero|protagonist|mother|father|woman|man|girl|boy)"
        r" (?:\w+ )?(?:walks|walked|wades|waded|swims|swam|goes|went) (?:out )?into the"
        r" (?:sea|river|lake|water|ocean|waves)\b",
    ),
}

# A hand, an arm, a leg getting weaker and weaker for weeks.
WEAKNESS: dict[str, tuple[str, ...]] = {
    "de": _s(
        r"(?:hand|arm|arme|bein|beine|fuss|finger|griff|schulter|hande) (?:\w+ ){0,4}?"
        r"(?:immer|zunehmend|stetig|langsam) (?:mehr )?schwacher\b",
    ),
    "es": _s(
        r"(?:mano|brazo|brazos|pierna|piernas|pie|dedos|agarre) (?:\w+ ){0,3}?cada vez mas"
        r" (?:debil\w*|floj\w*)",
    ),
    "nl": _s(
        r"(?:hand|arm|armen|been|benen|voet|vingers|greep) (?:\w+ ){0,4}?(?:steeds|almaar"
        r"|langzaam|alsmaar) (?:meer )?zwakker\b",
    ),
}
