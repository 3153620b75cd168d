"""Acts under way and passive wishes missed in sets AB and AC (round thirteen): self-harm now,
an overdose already taken, wishes to be gone without a plan, someone else in danger, in the
eleven languages, over normalised text; a space in the rules below stands for \\s+ (Latin-letter
Russian and Ukrainian come through translit.py, which writes "vsyo" as "всё" — rules hold no
"ё", so "вс\\w" stands for all of все, всё, всю — and may read "й" as "і").

Crisis:
- self-harm under way: cut again, deeper than usual, a razor or blade in hand and already cut,
  beside a sign of now — bleeding, the towel soaked through, "I don't care if it stops". A
  finger cut cooking, a shaving nick, a haircut and hours "cut again" at work are none of
  these rules' matches: the act needs the self cut again or deeper (or a blade in hand), and
  a kitchen, a finger or a shave named within it or after it in the sentence blanks it
  (`_ACCIDENT`).

Emergency, overdose_taken (the writer's own: blind.py reads it as the crisis answer):
- a count and a drug by name or "pills" ("30 amitriptyline", "40 tabletek"), never a dose in
  milligrams nor a span of days; a handful swallowed where the rules missed it (German, Dutch,
  Polish "nałykałam się");
- all of a named drug taken or "used up" ("al mijn oxazepam op", "tout mon xanax"), or all of
  someone else's pills taken by the writer ("всі мамині снодійні");
- everything in the medicine cabinet swallowed or drunk ("выпила всё что было в аптечке"),
  read as a crisis as the older rules read it. Taking one's usual dose ("my 20 mg of
  citalopram"), a coffee overdone and a pharmacist's "a patient took 30" stay clear: a
  first-person verb, a number with no unit after it.

Ask (one question):
- death in one's sleep would be a release: a heart attack, a stroke, not waking up, beside
  "would be a relief / Erlösung / liberazione" in the conditional (relief after good test
  results is no wish);
- tired of life where the rules missed it ("ik ben het leven moe", "устала от жизни",
  "hayattan bıktım");
- the family lives better without me, I am only a cost and a worry, I have become a burden to
  my family (these rules name the family or the self; a burden of politeness, "size yük oldum",
  is no work of theirs, though an older rule reads it as ask).

Emergency, someone_else:
- someone lying in a garden, on the floor or in the street and not breathing or not moving;
- someone unconscious and vomiting (after drink and pills, say), not the writer who "passed
  out" after a party.
"""

from __future__ import annotations

import re

from bot.core.safety.common import near
from bot.core.safety.common import spaced as _s
from bot.core.safety.verdict import EmergencySign as E

__all__ = ["ASK", "CRISIS", "EMERGENCY"]


def _n(gap: int, *parts: str, stop: str = ".!?") -> tuple[str, ...]:
    """Every order of `parts`, each whole words, at most `gap` characters apart with none of
    `stop` between."""
    return _s(*near(gap, *(rf"(?:{part})(?!\w)" for part in parts), stop=stop))


# After a cut: an accident, a shave or a haircut in the same sentence blanks the act.
_ACCIDENT: dict[str, str] = {
    "en": r"finger|thumb|shav\w*|onion|cook\w*|chopp\w*|kitchen|slipped|hair|paper|glass|tin"
    r"|can opener|nail",
    "de": r"finger|daumen|rasieren|rasiert|kuche|kochen|zwiebel|abgerutscht|haare|papier|glas",
    "es": r"dedo|afeitando|afeitarme|cocin\w*|cebolla|pelo|unas|papel|vidrio|cristal",
    "fr": r"doigt|pouce|rasant|rasage|cuisin\w*|oignon|cheveux|ongles|papier|verre",
    "it": r"dito|pollice|rasando|rasarmi|barba|cucin\w*|cipoll\w*|capelli|unghie|carta|vetro",
    "pt": r"dedo|barbear|barba|cozinh\w*|cebola|cabelo|unha|papel|vidro",
    "nl": r"vinger|duim|scheren|geschoren|koken|keuken|ui|uien|haar|papier|glas",
    "pl": r"palec|palca|palcu|golen\w*|golil\w*|gotow\w*|kuchni|cebul\w*|wlosy|papier\w*|szkl\w*",
    "ru": r"палец|пальц\w*|брил\w*|бритья|готовил\w*|кухн\w*|лук|волос\w*|бумаг\w*|стекл\w*",
    "uk": r"палець|пальц\w*|голи\w*|гоління|готува\w*|кухн\w*|цибул\w*|волосс\w*|папер\w*"
    r"|скл\w*",
    "tr": r"parmag\w*|tras\w*|yemek|mutfak|sogan|sac\w*|kagit|cam",
}

# Self-harm under way: (the act, a sign of now), in either order.
_CUT: dict[str, tuple[str, str]] = {
    "en": (
        r"cut(?<!got\x20cut)(?<!get\x20cut)(?<!been\x20cut)(?<!was\x20cut)(?<!hair\x20cut)"
        r" (?:myself |my (?:arms?|wrists?|thighs?|legs?|skin) )?(?:again|deeper)|(?:cutting|cut)"
        r" deeper|deeper than (?:normal|usual|ever|before|last time)|(?:razor|blade|razorblade)s?"
        r"(?: s| is| are)? (?:out|in my hand)|already cut (?:myself|my)",
        r"bleed\w*|soak\w*|(?:through|thru) the (?:towel|bandage|plaster|gauze)|blood\w*|will not"
        r" stop|(?:do not|dont|dnt) (?:really |even )?care if it stops",
    ),
    "de": (
        r"(?:wieder|schon wieder|nochmal|erneut|tiefer|gerade|grad|eben|heute) (?:\w+ ){0,3}?"
        r"(?:geritzt|geschnitten|aufgeschnitten)|(?:rasierklinge|klinge) (?:\w+ ){0,3}?(?:in der"
        r" hand|neben mir|raus|rausgeholt)|(?:hab|habe) mich (?:\w+ ){0,2}?geritzt",
        r"blut\w*|durchgeblutet|handtuch|(?:egal|wurscht) ob (?:es|das) aufhort|hort nicht auf",
    ),
    "es": (
        r"(?:he vuelto|volvi) a cortarme|me (?:he )?(?:vuelto|volvi) a cortar|me (?:corte|he"
        r" cortado) (?:otra vez|de nuevo|mas (?:hondo|profundo))|ya me (?:corte|he cortado)"
        r"|(?:cuchilla|hoja de afeitar|navaja|cuter) en la mano",
        r"sangr\w*|empapa\w*|toalla|no para|me da igual|no me importa",
    ),
    "fr": (
        r"(?:je me suis|me suis) (?:encore |deja |re)?(?:coupee?|scarifiee?|tailladee?)|je me suis"
        r" recoupee?|(?:lame|rasoir|cutter) (?:dans la|a la) main",
        r"saign\w*|sang|serviette|tremp\w*|imbib\w*|m en fiche|m en fous|s arrete pas",
    ),
    "it": (
        r"mi sono (?:\w+ )?(?:tagliat[oa]|ritagliat[oa]) (?:di nuovo|ancora|piu a fondo|piu"
        r" profondo)|mi sono (?:gia|di nuovo|ancora) tagliat[oa]|(?:lametta|lama|taglierino) in"
        r" mano",
        r"sanguin\w*|sangue|asciugamano|zupp\w*|inzupp\w*|non mi importa|non smette",
    ),
    "pt": (
        r"(?:me )?cortei (?:de novo|outra vez|mais fundo)|ja (?:me )?cortei|(?:gilete|lamina"
        r"|estilete) (?:na mao|no banheiro)|com a (?:gilete|lamina|estilete)",
        r"sangr\w*|sangue|toalha|encharc\w*|nem ligo|tanto faz|nao para",
    ),
    "nl": (
        r"(?:weer|opnieuw|dieper|net|al) (?:\w+ ){0,2}?(?:gesneden|gekrast)|(?:mesje"
        r"|scheermesje) in (?:mijn|m n) hand",
        r"bloed\w*|handdoek|doorweekt|stopt niet|maakt me niet uit|kan me niet schelen",
    ),
    "pl": (
        r"(?:znowu|znow|juz|glebiej|znowu sie|juz sie) (?:\w+ ){0,2}?(?:pociel\w*|pocial\w*"
        r"|ciel[ae]m|cialem)|(?:pociel|pocial)\w* sie (?:znowu|znow|glebiej)|zyletk\w* w (?:rece"
        r"|dloni)",
        r"krwaw\w*|krew|krwi|krwia|recznik\w*|przesiak\w*|nie przestaje|mam to gdzies|wszystko mi"
        r" jedno|nie obchodzi mnie",
    ),
    "ru": (
        r"(?:опять|снова|уже|глубже|ещ\w раз) (?:\w+ ){0,2}?(?:порезал\w*|резал\w*)|порезал\w*"
        r" (?:себя|опять|снова|глубже)|(?:лезви\w*|бритв\w*) в руке",
        r"кров\w*|полотенц\w*|пропитал\w*|не останавливается|вс\w равно|пофиг",
    ),
    "uk": (
        r"(?:знову|вже|глибше|ще раз) (?:\w+ ){0,2}?(?:порізал\w*|порізав\w*|різал\w*)|порізал\w*"
        r" (?:себе|знову|глибше)|(?:лезо|бритв\w*) в руці",
        r"кров\w*|рушник\w*|просяк\w*|не зупиняється|байдуже|вс\w одно",
    ),
    "tr": (
        r"kendimi (?:yine|tekrar|gene) kestim|(?:yine|tekrar|gene) kestim|daha derin kestim"
        r"|jilet(?:im)? elimde",
        r"kan\w*|havlu\w*|durmuyor|umrumda degil|dursa da",
    ),
}

# Drugs taken in overdoses, by name (folded Latin spellings of the eleven languages).
_DRUG = (
    r"(?:amitript\w*|amitrypt\w*|oxazepam\w*|diazepam\w*|lorazepam\w*|temazepam\w*"
    r"|clonazepam\w*|klonazepam\w*|bromazepam\w*|alprazolam\w*|xanax\w*|valium\w*|tavor\w*"
    r"|rivotril\w*|lexotan\w*|relanium\w*|zolpidem\w*|zopiclon\w*|zopiklon\w*|stilnox\w*"
    r"|quetiapin\w*|kwetiapin\w*|ketiapin\w*|seroquel\w*|mirtazapin\w*|trazodon\w*|tramadol\w*"
    r"|codein\w*|kodein\w*|oxycodon\w*|sertralin\w*|fluoxetin\w*|citalopram\w*|venlafaxin\w*"
    r"|paroxetin\w*|pregabalin\w*|lyrica|gabapentin\w*|benzos?|benzodiazepin\w*|paracetamol\w*"
    r"|ibuprofen\w*|doxylamin\w*|promethazin\w*|hydroxyzin\w*|atarax|imovane|lithium|litio)"
)
_DRUG_CYR = (
    r"(?:амитрипт\w*|амітрипт\w*|феназепам\w*|феназепам|реланиум\w*|реланіум\w*|диазепам\w*"
    r"|діазепам\w*|донормил\w*|донорміл\w*|снотворн\w*|снод\w*|трамадол\w*|кветиапин\w*"
    r"|кветіапін\w*|ксанакс\w*|атаракс\w*|парацетамол\w*|антидепрессант\w*|антидепресант\w*"
    r"|таблет\w*|пигул\w*|пігул\w*|колес\w*|зопиклон\w*|имован\w*)"
)
# A count of ten or more, with no unit or span of time after it ("30 mg" is a dose, "10 days"
# a course), nor between it and the drug.
_UNITS = (
    r"(?:mg|mcg|ml|mgs|milli\w*|µg|ug|мг|мл|days?|weeks?|years?|hours?|min\w*|tage\w*|wochen"
    r"|jahre\w*|stunden|dias|semanas|anos|horas|jours|semaines|ans|heures|giorni|settimane|anni"
    r"|ore|dagen|weken|jaar|uur|dni|tygodni|lat|godzin|дн\w*|недел\w*|лет|год\w*|час\w*"
    r"|мин\w*|тиж\w*|рок\w*|годин\w*|хвилин\w*|gun|hafta|yil|saat|dakika)(?!\w)"
)
_COUNT = rf"(?:[1-9]\d|\d{{3}})(?!\w)(?! ?{_UNITS})"
_UNIT = rf"(?!{_UNITS})"

# An overdose taken by the writer, said alone.
_OD: dict[str, tuple[str, ...]] = {
    "en": (
        rf"(?:took|swallowed|downed|necked|popped|taken|had)(?<!he\x20took)(?<!she\x20took)(?<!who\x20took)"
        rf"(?<!patient\x20took)(?<!they\x20took) (?:\w+ ){{0,2}}?{_COUNT} (?:{_UNIT}\w+ ){{0,2}}?"
        rf"(?:{_DRUG}|pills|tablets|capsules|sleeping pills)",
        rf"(?:took|swallowed|downed|taken|had|necked)(?<!he\x20took)(?<!she\x20took)(?<!who\x20took)"
        rf"(?<!patient\x20took) (?:\w+ ){{0,2}}?all (?:of )?(?:my|the|mums?|moms?|dads?|mothers?"
        rf"|fathers?|nans?|grans?|\w+ s) (?:\w+ ){{0,2}}?{_DRUG}",
        r"(?:took|swallowed|drank|downed|ate|emptied) (?:\w+ ){0,3}?(?:everything|all|whatever)"
        r" (?:\w+ ){0,4}?(?:medicine (?:cabinet|cupboard|box|drawer|kit)|first aid (?:kit|box))",
        r"emptied (?:the |our |my )?(?:whole )?medicine (?:cabinet|cupboard|box)",
    ),
    "de": (
        rf"(?:habe|hab|gerade|grad|eben|vorhin) (?:\w+ ){{0,3}}?{_COUNT} (?:{_UNIT}\w+ ){{0,2}}?"
        rf"(?:{_DRUG}|tabletten|pillen|kapseln|schlaftabletten) (?:\w+ ){{0,2}}?(?:genommen"
        rf"|geschluckt|eingenommen|eingeworfen)",
        rf"(?:handvoll|hand voll|haufen|ganze menge) (?:\w+ ){{0,2}}?(?:tabletten|pillen|kapseln"
        rf"|schlaftabletten|{_DRUG}) (?:\w+ ){{0,2}}?(?:genommen|geschluckt|eingeworfen"
        r"|eingenommen)",
        rf"alle (?:meine|meiner|von meine\w*|\w+s) (?:\w+ ){{0,2}}?{_DRUG} (?:\w+ ){{0,2}}?"
        r"(?:genommen|geschluckt|eingenommen|eingeworfen)",
        r"alle schlaftabletten (?:von )?(?:meiner|meines|meinem) (?:\w+ ){0,2}?(?:genommen"
        r"|geschluckt|eingenommen)",
        r"(?:ganze|komplette) hausapotheke (?:\w+ ){0,2}?(?:geschluckt|genommen|leer"
        r" gemacht|leergemacht|getrunken)",
        r"alles (?:\w+ ){0,2}?(?:aus der|in der|im) (?:hausapotheke|medikamentenschrank"
        r"|arzneischrank) (?:\w+ ){0,3}?(?:geschluckt|genommen|getrunken|eingeworfen)",
    ),
    "es": (
        rf"(?:tome|tomado|tomarme|trague|tragado|tragarme|meti|metido)(?<!se\x20tomo)"
        rf" (?:\w+ ){{0,2}}?{_COUNT} (?:{_UNIT}\w+ ){{0,2}}?(?:{_DRUG}|pastillas|pildoras"
        rf"|comprimidos|capsulas)",
        rf"(?:tome|tomado|trague|tragado) (?:\w+ ){{0,6}}?tod[oa]s? (?:el |la |los |las )?"
        rf"(?:mi |mis |su |sus )?{_DRUG}",
        r"(?:tome|tomado|trague|tragado) (?:\w+ ){0,2}?todas las pastillas (?:\w+ ){0,3}?de mi"
        r" (?:madre|padre|mama|papa|abuel[oa]|herman[oa]|mujer|marido)",
        r"(?:tome|tomado|trague|tragado|bebi) (?:\w+ ){0,2}?todo lo que (?:habia|hay|tenia) en el"
        r" botiquin",
    ),
    "fr": (
        rf"(?:pris|avale|bouffe|prendre)(?<!a\x20pris) (?:\w+ ){{0,2}}?{_COUNT}"
        rf" (?:{_UNIT}\w+ ){{0,2}}?(?:{_DRUG}|cachets|comprimes|pilules|gelules"
        rf"|somniferes)",
        rf"(?:pris|avale) (?:\w+ ){{0,6}}?(?:tout mon|toute ma|tous mes|toutes mes|tout le|toute"
        rf" la) {_DRUG}",
        r"(?:pris|avale) (?:\w+ ){0,2}?(?:tous les|toutes les) (?:somniferes|cachets|comprimes"
        r"|pilules|medicaments) (?:\w+ ){0,2}?de (?:ma|mon) (?:mere|pere|mamie|papi|soeur"
        r"|frere|femme|mari|copine|copain)",
        r"(?:pris|avale|bu) (?:\w+ ){0,2}?tout ce qu il y avait dans (?:l armoire a pharmacie"
        r"|la pharmacie|la boite a pharmacie)",
    ),
    "it": (
        rf"(?:preso|ingoiato|ingoiata|buttato giu|mandato giu) (?:\w+ ){{0,2}}?{_COUNT}"
        rf" (?:{_UNIT}\w+ ){{0,2}}?(?:{_DRUG}|compresse|pastiglie|pillole|capsule|pasticche)",
        rf"(?:preso|ingoiato|ingoiata) (?:\w+ ){{0,6}}?(?:tutto (?:lo |il |l )?|tutta (?:la |l )?"
        rf"|tutti (?:i |gli )?|tutte (?:le )?)(?:mio |mia |miei |mie )?{_DRUG}",
        r"(?:preso|ingoiato|ingoiata) (?:\w+ ){0,2}?(?:tutti i sonniferi|tutte le (?:pastiglie"
        r"|pillole|compresse)) (?:\w+ ){0,2}?di (?:mia|mio) (?:madre|padre|nonn[oa]|sorella"
        r"|fratello|moglie|marito|mamma)",
        r"(?:preso|ingoiato|ingoiata|bevuto) (?:\w+ ){0,2}?tutto quello che c era"
        r" nell armadietto",
    ),
    "pt": (
        rf"(?:tomei|tomar|engoli|tomado|engolido)(?<!vou\x20tomar)(?<!pra\x20tomar)(?<!para\x20tomar)"
        rf" (?:\w+ ){{0,2}}?{_COUNT} (?:{_UNIT}\w+ ){{0,2}}?(?:{_DRUG}|comprimido\w*|pilula\w*"
        rf"|capsula\w*|remedio\w*)",
        rf"(?:tomei|engoli) (?:\w+ ){{0,6}}?tod[oa]s? (?:o |a |os |as )?(?:meu |minha |meus"
        rf" |minhas )?(?:{_DRUG}|rivotril|frontal|clonazepam)",
        r"(?:tomei|engoli) (?:\w+ ){0,2}?todos os (?:remedios|comprimidos) (?:\w+ ){0,3}?da minha"
        r" (?:mae|avo|irma|esposa|mulher)",
        r"(?:tomei|engoli|bebi) (?:\w+ ){0,2}?tudo (?:o )?que (?:tinha|havia) (?:na|no)"
        r" (?:caixa de remedios|farmacinha|armario de remedios|kit de primeiros socorros)",
    ),
    "nl": (
        r"(?:handvol|hele hoop|heleboel|hele zak) (?:\w+ ){0,2}?(?:pillen|tabletten|slaappillen"
        rf"|{_DRUG}) (?:\w+ ){{0,2}}?(?:genomen|ingenomen|geslikt|opgeslikt)",
        rf"(?:heb|net) (?:\w+ ){{0,2}}?{_COUNT} (?:{_UNIT}\w+ ){{0,2}}?(?:{_DRUG}|pillen"
        r"|tabletten|slaappillen) (?:\w+ ){0,2}?(?:genomen|ingenomen|geslikt|opgeslikt)",
        rf"al (?:mijn|m n|de) (?:\w+ )?{_DRUG} (?:\w+ ){{0,2}}?(?:ingenomen|genomen|geslikt"
        rf"|opgeslikt)",
        r"alle (?:slaappillen|pillen|tabletten) van (?:mijn|m n) (?:moeder|vader|oma|opa|zus"
        r"|broer|vrouw|man) (?:\w+ ){0,2}?(?:ingenomen|genomen|geslikt|opgeslikt)",
        r"(?:hele|volledige) medicijnkast\w* (?:\w+ ){0,2}?(?:leeggegeten|leeggemaakt|opgeslikt"
        r"|ingenomen|leeg)",
        r"alles (?:\w+ ){0,2}?uit (?:het|de) medicijnkast\w* (?:\w+ ){0,2}?(?:ingenomen|genomen"
        r"|geslikt|opgeslikt)",
    ),
    "pl": (
        # "nałykałam się tabletek": swallowed pills by the handful.
        rf"(?:nalykal[ae]m|nalykalem) sie (?:\w+ ){{0,2}}?(?:tabletek|tabletkami|pigulek|lekow"
        rf"|prochow|{_DRUG})",
        rf"(?:wzial[ae]m|wziel[ae]m|polknal[ae]m|polknel[ae]m|lyknal[ae]m|lyknel[ae]m|lyknelam"
        rf"|zazyl[ae]m) (?:\w+ ){{0,2}}?{_COUNT} (?:{_UNIT}\w+ ){{0,2}}?(?:{_DRUG}|tabletek"
        rf"|tabletki|pigulek|kapsulek|proszkow)",
        rf"(?:wzial[ae]m|wziel[ae]m|polknal[ae]m|polknel[ae]m|zazyl[ae]m) (?:\w+ ){{0,6}}?"
        rf"(?:caly|cala|cale|wszystkie) (?:moj |moja |moje )?{_DRUG}",
        r"(?:wzial[ae]m|wziel[ae]m|polknal[ae]m|polknel[ae]m|wypil[ae]m|zjadl[ae]m) (?:\w+ )"
        r"{0,2}?wszystko (?:co|z) (?:\w+ ){0,2}?(?:w apteczce|apteczki)",
    ),
    "ru": (
        rf"(?:выпил\w*|проглотил\w*|принял\w*|наглотал\w*|съел\w*|закинул\w*) (?:\w+ )"
        rf"{{0,2}}?{_COUNT}"
        rf" (?:{_UNIT}\w+ ){{0,2}}?{_DRUG_CYR}",
        rf"(?:выпил\w*|проглотил\w*|принял\w*|наглотал\w*|съел\w*) (?:\w+ ){{0,6}}?(?:все|вс\w"
        rf"|всю|весь) (?:\w+ ){{0,2}}?(?:свои |мои )?{_DRUG_CYR}",
        r"(?:выпил\w*|проглотил\w*|наглотал\w*|съел\w*|принял\w*) (?:\w+ ){0,2}?(?:вс\w|все)"
        r" (?:\w+ ){0,3}?(?:в аптечке|из аптечки)",
        r"(?:выпил\w*|проглотил\w*|съел\w*) (?:\w+ ){0,2}?(?:всю|целую) аптечку",
    ),
    "uk": (
        rf"(?:випил\w*|випив|ковтнул\w*|ковтнув|наковтал\w*|наковтався|прийнял\w*|прийняв"
        rf"|з[иї]л\w*) (?:\w+ ){{0,2}}?{_COUNT} (?:{_UNIT}\w+ ){{0,2}}?{_DRUG_CYR}",
        rf"(?:випил\w*|випив|ковтнул\w*|ковтнув|наковтал\w*|наковтався|прийнял\w*|прийняв"
        rf"|з[иї]л\w*) (?:\w+ ){{0,6}}?(?:всі|усі|весь|всю|увесь) (?:\w+ ){{0,2}}?{_DRUG_CYR}",
        r"(?:випил\w*|випив|ковтнул\w*|ковтнув|наковтал\w*|з[иї]л\w*) (?:\w+ ){0,2}?(?:все|усе"
        r") (?:\w+ ){0,3}?(?:в аптечці|з аптечки)",
        r"(?:випил\w*|випив|з[иї]л\w*) (?:\w+ ){0,2}?(?:всю|цілу) аптечку",
    ),
    "tr": (
        # Turkish names the count first: the rule begins at "tane" with the count behind it.
        rf"(?:tane(?<=\d\d\x20tane)|adet(?<=\d\d\x20adet)) (?:\w+ )?(?:{_DRUG}|amitriptilin\w*"
        r"|hap\w*|ilac\w*|tablet\w*) (?:\w+ ){0,2}?(?:ictim|yuttum|aldim|attim)",
        r"(?:annemin|babamin|esimin|ablamin|abimin|anneannemin|babaannemin) (?:\w+ ){0,2}?(?:butun"
        r"|tum|hepsini) (?:\w+ ){0,2}?(?:hap\w*|ilac\w*) (?:\w+ ){0,2}?(?:ictim|yuttum|aldim)",
        r"(?:butun|tum) (?:\w+ )?(?:xanax\w*|rivotril\w*|lustral\w*|cipralex\w*|prozac\w*"
        r"|antidepresan\w*) (?:\w+ ){0,2}?(?:ictim|yuttum|aldim|bitirdim)",
        r"ecza dolab\w* (?:\w+ ){0,2}?(?:her seyi|ne varsa|hepsini) (?:\w+ ){0,2}?(?:ictim"
        r"|yuttum|aldim)",
    ),
}

# Death in one's sleep, and "would be a relief" (in the conditional).
_RELIEF: dict[str, tuple[str, str]] = {
    "en": (
        r"heart attack|stroke|aneurysm|to die|dying|never wake up|not wake up again|not to wake"
        r" up|never waking up",
        r"would (?:\w+ ){0,2}?be (?:a |such a |kind of a |an absolute )?(?:relief|release"
        r"|blessing|mercy)",
    ),
    "de": (
        r"herzinfarkt|schlaganfall|sterben|nicht mehr aufwachen|nie mehr aufwachen|nie wieder"
        r" aufwachen|tot umfallen",
        r"(?:ware|waere) (?:\w+ ){0,3}?(?:erlosung|erleichterung|segen|gnade)|(?:erlosung"
        r"|erleichterung) (?:ware|waere)",
    ),
    "es": (
        r"infarto|ataque al corazon|derrame|ictus|morirme|morir|no despertar(?:me)?(?: mas"
        r"| nunca)|no volver a despertar(?:me)?",
        r"seria (?:\w+ ){0,2}?(?:un alivio|una liberacion|una bendicion|un descanso)",
    ),
    "fr": (
        r"crise cardiaque|infarctus|avc|mourir|ne plus me reveiller|ne pas me reveiller",
        r"serait (?:\w+ ){0,2}?(?:une delivrance|un soulagement|une liberation|une benediction)",
    ),
    "it": (
        r"infarto|ictus|morire|non svegliarmi piu|non risvegliarmi",
        r"sarebbe (?:\w+ ){0,2}?(?:una liberazione|un sollievo|una benedizione)",
    ),
    "pt": (
        r"infarto|enfarte|ataque cardiaco|avc|morrer|nao acordar mais|nunca mais acordar",
        r"seria (?:\w+ ){0,2}?(?:um alivio|uma libertacao|uma bencao|um descanso)",
    ),
    "nl": (
        r"hartaanval|hartinfarct|beroerte|doodgaan|sterven|niet meer wakker worden|nooit meer"
        r" wakker",
        r"zou (?:\w+ ){0,3}?(?:verlossing|opluchting|zegen)|(?:verlossing|opluchting) (?:zou"
        r"|zijn|wezen)",
    ),
    "pl": (
        r"zawal\w*|udar\w*|umrzec|nie obudzic sie|juz sie nie obudzic",
        r"(?:bylby|byloby|bylaby|bylo by) (?:\w+ ){0,2}?(?:wybawieniem|ulga|wyzwoleniem"
        r"|blogoslawienstwem)",
    ),
    "ru": (
        r"инфаркт|инсульт|умереть|не проснуться",
        r"(?:был\w* бы|было б) (?:\w+ ){0,2}?(?:избавлени\w*|облегчени\w*|освобождени\w*"
        r"|благословени\w*)|(?:избавлени\w*|облегчени\w*|освобождени\w*) (?:бы|был\w* бы)",
    ),
    "uk": (
        r"інфаркт|інсульт|померти|не прокинутис[яь]",
        r"(?:був|було|була) (?:б|би) (?:\w+ ){0,2}?(?:полегшенн\w*|звільненн\w*|порятунк\w*"
        r"|благословенн\w*)|(?:полегшенн\w*|звільненн\w*|порятунк\w*) (?:б|би|був б|був би)",
    ),
    "tr": (
        r"kalp krizi|felc|olsem|olup gitsem|uyanmasam|hic uyanmasam",
        r"kurtulus olur\w*|rahatlama olur\w*|rahat ederdim|huzur olur\w*|kurtulurdum",
    ),
}

# Tired of life, the family better off without me, a cost and a worry, a burden.
_WISH: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:i am|im|i m) (?:\w+ ){0,2}?(?:just|only|nothing but) (?:a )?(?:cost|expense|drain"
        r"|worry)(?: and (?:a )?(?:worry|cost|burden|expense|stress))? (?:to|for|on)"
        r" (?:my |them|everyone|everybody|the family|the kids)",
        r"(?:family|kids|wife|husband|parents|children) (?:\w+ ){0,2}?(?:would live|lives|live)"
        r" (?:\w+ ){0,2}?better without me",
    ),
    "de": (
        r"(?:das|des) leben(?:s)? (?:\w+ ){0,2}?(?:mude|satt|leid)",
        r"(?:ich bin|bin) (?:so |einfach |total )?lebensmude",
        r"(?:familie|kinder|frau|mann|eltern|angehorigen) (?:\w+ ){0,3}?(?:lebt|leben|lebte"
        r"|lebten|ware|waren|ginge|ging|geht) (?:\w+ ){0,2}?besser (?:\w+ )?ohne mich",
        r"(?:ich )?(?:koste|bereite|bringe|verursache) (?:\w+ ){0,2}?nur (?:noch )?(?:geld"
        r"|kosten|sorgen|kummer|arger)(?: und (?:sorgen|kosten|arbeit|arger|kummer|geld|muhe))?",
    ),
    "es": (
        r"(?:familia|hijos|mujer|marido|padres) (?:\w+ ){0,2}?(?:vive|viven|viviria|vivirian)"
        r" (?:\w+ ){0,2}?mejor sin mi",
        r"solo (?:les )?(?:doy|causo|traigo) (?:\w+ )?(?:gastos?|problemas|preocupaciones"
        r"|disgustos|trabajo)",
        r"(?:convertido|converti|vuelto|volvi) (?:\w+ )?en (?:una carga|un estorbo|un lastre)",
    ),
    "fr": (
        r"(?:famille|enfants|femme|mari|parents) (?:\w+ ){0,2}?(?:vivrait|vivraient|vit|vivent"
        r"|serait|seraient) (?:\w+ ){0,2}?mieux sans moi",
        r"je (?:ne )?(?:leur )?(?:coute|apporte|donne|cause) (?:que|rien que) (?:\w+ ){0,2}?"
        r"(?:argent|soucis|problemes|frais|depenses|inquietudes)",
        r"(?:devenue?|suis) (?:\w+ )?(?:un fardeau|un poids) pour",
    ),
    "it": (
        r"(?:famiglia|figli|moglie|marito|genitori) (?:\w+ ){0,2}?(?:vive|vivono|vivrebbe"
        r"|vivrebbero|starebbe|starebbero|sta|stanno) (?:\w+ ){0,2}?meglio senza di me",
        r"(?:sono|diventat[oa]) (?:solo |soltanto )?(?:un peso|un fardello|una spesa|un costo)"
        r"(?: e (?:\w+ )?(?:una preoccupazione|un peso|una spesa))?(?: per)?",
        r"(?:do|porto|causo) solo (?:spese|preoccupazioni|problemi|pensieri)",
    ),
    "pt": (
        r"(?:familia|filhos|esposa|marido|mulher|pais) (?:\w+ ){0,2}?(?:vive|vivem|viveria"
        r"|viveriam|fica|ficam|ficaria|ficariam|estaria|estariam|esta|estao) (?:\w+ ){0,2}?melhor"
        r" sem mim",
        r"(?:so|apenas) (?:\w+ )?(?:dou|trago|causo) (?:\w+ )?(?:despesa|gasto|trabalho"
        r"|preocupacao|problema|prejuizo)\w*",
        r"(?:virei|me tornei|sou) (?:so |apenas )?(?:um peso|um fardo|uma carga|um estorvo)",
    ),
    "nl": (
        r"(?:ben|zijn|is) het leven (?:\w+ )?(?:moe|zat|beu)",
        r"(?:ik ben|ben) (?:zo |echt )?levensmoe",
        r"(?:gezin|familie|kinderen|vrouw|man|ouders) (?:\w+ ){0,3}?(?:leeft|leven|zou|zouden)"
        r" (?:\w+ ){0,2}?beter (?:af )?zonder mij",
        r"(?:kost|bezorg|breng) (?:\w+ ){0,2}?(?:alleen|enkel|maar) (?:\w+ ){0,2}?(?:geld|zorgen"
        r"|kosten)",
        r"(?:een last|tot last) geworden",
    ),
    "pl": (
        r"(?:zmeczon[ya]|zmeczona) zyciem|mam dosc zycia",
        r"(?:rodzina|rodzinie|dzieci|dzieciom|zona|zonie|maz|mezowi|rodzice|rodzicom) (?:\w+ )"
        r"{0,2}?(?:zyje|zyja|zyloby|zylo by|byloby|bylo by|bedzie|jest) (?:\w+ ){0,2}?lepiej"
        r" beze mnie",
        r"jestem (?:\w+ ){0,2}?(?:tylko|jedynie) (?:\w+ )?(?:kosztem|ciezarem|klopotem"
        r"|zmartwieniem|problemem|obciazeniem)",
        r"stal[ae]m sie (?:\w+ )?(?:ciezarem|obciazeniem)",
    ),
    "ru": (
        r"устал\w* от жизни",
        r"(?:семье|семья|детям|дети|жене|мужу|родителям|родным) (?:\w+ ){0,3}?без меня (?:\w+ )"
        r"{0,2}?(?:лучше|легче|проще)",
        r"(?:семье|семья|детям|дети|жене|мужу|родителям|родным) (?:\w+ ){0,3}?(?:лучше|легче"
        r"|проще) (?:\w+ )?без меня",
        r"я (?:\w+ ){0,2}?(?:только|лишь) (?:\w+ )?(?:расход\w*|трат\w*|обуза|обузой|хлопот\w*"
        r"|беспокойств\w*|волнени\w*)",
        r"стал\w* (?:\w+ )?обузой",
    ),
    "uk": (
        r"втоми\w* від життя",
        r"(?:родині|родина|сім ї|сім я|дітям|діти|дружині|чоловікові|батькам|рідним) (?:\w+ )"
        r"{0,3}?без мене (?:\w+ ){0,2}?(?:краще|легше|простіше)",
        r"(?:родині|родина|сім ї|сім я|дітям|діти|дружині|чоловікові|батькам|рідним) (?:\w+ )"
        r"{0,3}?(?:краще|легше|простіше) (?:\w+ )?без мене",
        r"я (?:\w+ ){0,2}?(?:лише|тільки) (?:\w+ )?(?:витрат\w*|тягар\w*|клопіт|клопот\w*"
        r"|проблем\w*)",
        r"став\w* (?:\w+ )?тягарем",
    ),
    "tr": (
        r"(?:yasamaktan|hayattan|yasamaya) (?:\w+ )?(?:biktim|usandim|yoruldum)",
        r"(?:ailem|cocuklarim|esim|annem|babam|evdekiler) (?:\w+ ){0,2}?bensiz (?:\w+ )?(?:daha )?"
        r"(?:iyi|rahat|mutlu)",
        r"(?:ailem\w*|aileme|cocuklarim\w*|esim\w*|annem\w*|babam\w*|herkes\w*|evdekiler\w*)"
        r" (?:\w+ ){0,2}?yuk (?:oldum|oluyorum|olmaktan|gibiyim)",
        r"(?:sadece|bir tek) (?:\w+ )?(?:masraf|dert|kulfet|sorun)\w* (?:\w+ ){0,2}?(?:oluyorum"
        r"|cikariyorum|aciyorum|oldum)",
    ),
}

# Someone else: (lying somewhere, not breathing or moving) and (unconscious, vomiting).
_LYING: dict[str, tuple[str, str]] = {
    "en": (
        r"(?:lying|lies|laying|lay|collapsed|slumped) (?:\w+ ){0,4}?(?:garden|yard|floor|ground"
        r"|street|pavement|grass|bathroom|kitchen|hallway|stairs|driveway)",
        r"not breathing|no breath\w*|no pulse|not moving|unresponsive",
    ),
    "de": (
        r"(?:liegt|lag) (?:\w+ ){0,4}?(?:garten|boden|strasse|gehweg|rasen|bad|kuche|flur"
        r"|treppe|hof)",
        r"atmet nicht|atmet nicht mehr|keine atmung|bewegt sich nicht|reagiert nicht",
    ),
    "es": (
        r"(?:tirad[oa]|tendid[oa]|caid[oa]) (?:\w+ ){0,4}?(?:jardin|patio|suelo|calle|acera"
        r"|cesped|bano|cocina|pasillo)",
        r"no respira|no se mueve|no reacciona",
    ),
    "fr": (
        r"(?:allonge|allongee|etendue?|par terre|tombee?) (?:\w+ ){0,4}?(?:jardin|cour|sol|rue"
        r"|trottoir|pelouse|salle de bain|cuisine|couloir)",
        r"respire (?:pas|plus)|bouge (?:pas|plus)|reagit (?:pas|plus)",
    ),
    "it": (
        r"(?:stes[oa]|sdraiat[oa]|a terra|cadut[oa]) (?:\w+ ){0,4}?(?:giardino|cortile|pavimento"
        r"|strada|marciapiede|prato|bagno|cucina|corridoio)",
        r"non respira|non si muove|non reagisce",
    ),
    "pt": (
        r"(?:caid[oa]|deitad[oa]|estirad[oa]) (?:\w+ ){0,4}?(?:quintal|jardim|chao|rua|calcada"
        r"|grama|banheiro|cozinha|corredor)",
        r"nao (?:ta |esta )?respirando|nao respira|nao se mexe|nao reage",
    ),
    "nl": (
        r"(?:ligt|lag|liggen) (?:\w+ ){0,4}?(?:tuin|grond|vloer|straat|stoep|gras|badkamer"
        r"|keuken|gang|trap)",
        r"ademt niet|haalt geen adem|geen ademhaling|reageert niet|geen beweging|beweegt niet",
    ),
    "pl": (
        r"(?:lezy|lezal|lezala|upadl\w*) (?:\w+ ){0,4}?(?:ogrod\w*|ogrodku|podworku|podlodze"
        r"|ziemi|ulicy|chodniku|trawie|lazience|kuchni|korytarzu)",
        r"nie oddycha|nie rusza sie|nie reaguje",
    ),
    "ru": (
        r"(?:лежит|лежал\w*|упал\w*) (?:\w+ ){0,4}?(?:двор\w*|саду|огороде|полу|земле|улице"
        r"|траве|ванн\w*|кухне|коридоре)",
        r"не дышит|не двигается|не шевелится|не реагирует",
    ),
    "uk": (
        r"(?:лежить|лежав|лежала|впав|впала) (?:\w+ ){0,4}?(?:двор\w*|саду|городі|підлоз\w*"
        r"|землі|вулиці|траві|ванн\w*|кухні|коридорі)",
        r"не дихає|не рухається|не ворушиться|не реагує",
    ),
    "tr": (
        r"(?:bahcede|yerde|sokakta|cimlerde|banyoda|mutfakta|koridorda) (?:\w+ ){0,2}?yatiyor",
        r"nefes almiyor|kipirdamiyor|hareket etmiyor|tepki vermiyor",
    ),
}

_OUT: dict[str, tuple[str, str]] = {
    "en": (
        # Not the writer's own night: "i passed out on the couch and threw up".
        r"unconscious(?<!i\x20was\x20unconscious)(?<!someone\x20is\x20unconscious)|passed"
        r" out(?<!i\x20passed\x20out)|out cold|will not wake|can not wake (?:him|her|them)",
        r"vomit\w*|throwing up|threw up|being sick",
    ),
    "de": (
        r"bewusstlos|ohnmachtig|nicht ansprechbar|wacht nicht auf",
        r"erbricht|erbrochen|kotzt|gekotzt|ubergibt sich",
    ),
    "es": (
        r"inconsciente|desmayad[oa]|no despierta|no reacciona",
        r"vomit\w*|devolviendo",
    ),
    "fr": (
        r"inconscient\w*|evanouie?|se reveille pas|reagit (?:pas|plus)",
        r"vomi\w*|gerbe\w*",
    ),
    "it": (
        r"privo di sensi|priva di sensi|svenut[oa]|incosciente|non si sveglia|non reagisce",
        r"vomit\w*|rigett\w*",
    ),
    "pt": (
        r"desacordad[oa]|desmaiad[oa]|inconsciente|apagad[oa]|nao acorda|nao reage",
        r"vomit\w*|golfando",
    ),
    "nl": (
        r"bewusteloos|buiten bewustzijn|wordt niet wakker|reageert niet",
        r"braakt|overgeeft|geeft over|overgegeven|kotst|gekotst",
    ),
    "pl": (
        r"nieprzytomn\w*|zemdlal\w*|nie budzi sie|nie reaguje",
        r"wymiotuje|wymiotowal\w*|rzyga\w*|zwymiotowal\w*",
    ),
    "ru": (
        r"без сознания|потерял\w* сознание|не приходит в себя|не просыпается",
        r"рв\wт|рвота|рвоту|стошнил\w*|блю\wт|блевал\w*",
    ),
    "uk": (
        r"без свідомості|знепритомні\w*|не прокидається|не приходить до тями",
        r"блює|блював\w*|блювот\w*|рве|вирвало",
    ),
    "tr": (
        r"baygin|bayildi|bilinci (?:yok|kapali)|kendinde degil|uyanmiyor",
        r"kusuyor|kustu|kusmuk\w*",
    ),
}


# Dutch says "al mijn oxazepam op" (all my oxazepam down) with no verb: beside a drink or a
# sign of now, never "is op" (run out).
_UP_NL = _n(
    100,
    rf"al (?:mijn|m n) (?:\w+ )?{_DRUG} (?:op|erbij|ook)",
    r"fles|wodka|wijn|whisky|drank|bier|zwaar|duizelig|raar|draait|boeit me niet|beter zo|sorry",
    stop="!?",
)


# The medicine cabinet, in the rules of `_OD` that name it.
_CABINET = re.compile(
    r"medicine|hausapotheke|medikamentenschrank|botiquin|pharmacie|armadietto|caixa de remedios"
    r"|medicijnkast|apteczk|аптечк|ecza"
)


def _cut(lang: str) -> tuple[str, ...]:
    act, now = _CUT[lang]
    accident = _ACCIDENT[lang]
    # The act, unless an accident, a shave or a haircut is named within it ("wieder in den
    # finger geschnitten") or after it in the sentence.
    act = act.replace(r"(?:\w+ )", rf"(?:(?!(?:{accident})(?!\w))\w+ )")
    guarded = rf"(?:{act})(?![^.!?]{{0,60}}?(?<!\w)(?:{accident})(?!\w))"
    return _n(120, guarded, now, stop="!?")


def _build() -> tuple[
    dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, dict[E, tuple[str, ...]]]
]:
    crisis: dict[str, tuple[str, ...]] = {}
    ask: dict[str, tuple[str, ...]] = {}
    emergency: dict[str, dict[E, tuple[str, ...]]] = {}
    for lang in _CUT:
        # The medicine cabinet emptied is read as a crisis, as the rules already read it in
        # English and Spanish ("me tomé todo lo que había en el botiquín").
        cabinet = tuple(p for p in _OD[lang] if _CABINET.search(p))
        crisis[lang] = (*_cut(lang), *_s(*cabinet))
        ask[lang] = (*_n(100, *_RELIEF[lang]), *_s(*_WISH[lang]))
        emergency[lang] = {
            E.OVERDOSE_TAKEN: (
                *_s(*(p for p in _OD[lang] if not _CABINET.search(p))),
                *(_UP_NL if lang == "nl" else ()),
            ),
            E.SOMEONE_ELSE: (*_n(100, *_LYING[lang]), *_n(100, *_OUT[lang])),
        }
    return crisis, ask, emergency


CRISIS, ASK, EMERGENCY = _build()
