"""Near misses and red flags of sets AB and AC (round thirteen), in the eleven languages, over
normalised text (words and marks set apart by single spaces, accents stripped): near misses
blanked with the idioms before the rules run (as near_twelfth.py), so the learned reading,
which reads the blanked text, stops seeing them too; red flags added to the rules' own.

Near misses (IDIOMS), each span short and ending at the crisis words, so danger said elsewhere
in the message is still read ("quiero morir jaja … pero en serio, esta noche quiero morir"
keeps the second "quiero morir"):

LAUGH — a wish to die or to kill oneself with laughter right beside it ("quiero morir jaja",
"me quiero matar jajaja", "chcę umrzeć xD", "i wanna die lmao"): at most a comma or one emoji
between the words and the laugh; and the joke said outright a few words later ("kendimi
asacağım bu excel yüzünden, şaka şaka"), with the wishes past_and_others' JOKES did not list.
Never when "seriously", "not joking" or the like follows (past_and_others' joke dangers).

SOCIAL — suicide qualified as social, career or political ("mi sono suicidata socialmente",
"social suicide", "sozialer Selbstmord"), and the English "die inside".

PHARMACY — a pharmacist (said of oneself: "farmacista qui", "Bin Apothekerin", "farmacêutico
aqui", or the first word) and then, within two sentences, questions, advice or counselling
about a medicine's overdose ("drei Beratungen zu Paracetamol-Überdosis", "três pessoas
perguntando sobre overdose de dipirona"): past_and_others' OTHERS wants a third person with the
overdose and near_twelfth's WORK a bare count before it; here a medicine may stand between.
No act of the writer's own in the gap ("took", "swallowed", "myself"), and nothing after it
that says the writer's own danger (OTHERS' dangers).

FICTION — a film, series or book where a character overdoses or kills himself ("that movie
where the main guy overdoses"): the work first, then within one sentence the character and the
act, told in the third person; no first-person word between.

THEIRS_PAST — someone else's crisis long over, told with how well they are now ("mi mejor
amiga intentó suicidarse hace dos años, hoy está feliz"): past_and_others' PAST reads the
writer's own; these are a third person's (reflexive forms, "tried to kill herself"), and
"well now" is theirs.

OD_PAST — too many pills taken long ago and well now ("há 2 anos … tomei remédios demais, hoje
tô bem, faço terapia"): past_and_others' PAST with the overdose-taken words it lacked.

DRINKS — an "overdose" of coffee ("przedawkowałem kawę lol, 6 kubków"), in the languages
caffeine_idioms.py does not cover; not when a medicine or alcohol follows.

DESPAIR_THEIRS — someone else "desperate" after a small loss ("lei disperata" of a daughter
whose goldfish died): the pronoun and the adjective only.

EXERTION — "couldn't breathe at the end" of a run: near_twelfth's EXERTION leaves "can't
breathe" to the rules on purpose; here only the past tense with a time that says it passed (at
the end, after, for a minute), and nothing alarming in the message (chest pain, blue lips,
collapse, an inhaler, "still").

SLEEP — "spać nie mogę" (Polish "can't sleep" with the verb first), which the bare "nie mogę"
at a sentence's end read as "I can't go on".

WORK_TIRED — a butcher's slaughters for the feast ("bugün 40 kesim yaptık") and "my arms are
falling off" from work: read as an emergency by the learned reading only; blanked for it.

Red flags (RED_FLAGS):

NEW_MEDICINE — a dose raised or a medicine changed, told medicine first ("dose of venlafaxine
went up 4 days ago", "me subieron la dosis", "zwiększono dawkę"), then two of sweating,
restlessness, jerking, a racing heart, shaking, fever: serotonin toxicity looks like that
(verdict.RedFlag.NEW_MEDICINE, the rules_*_flags modules' own member). No negator in the gap.

WEAKNESS — a hand, arm or leg that "has no strength anymore" (nl "rechterhand heeft gewoon geen
kracht meer"), which an `ask` rule read as despair ("geen kracht meer"): with the body part
before it, it is weakness.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.safety.past_and_others import (
    _LAUGH,
    JOKES,
    OTHERS,
    PAST,
    Joke,
    Past,
    _first,
    _guard,
    _joke,
    _past,
)
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import RedFlag

__all__ = ["IDIOMS", "RED_FLAGS", "widened"]

_LANGS = ("en", "de", "es", "fr", "it", "pt", "nl", "pl", "ru", "uk", "tr")

# ---------------------------------------------------------------------------------------------
# LAUGH: wishes to die said with laughter right beside them.

# First-person wishes to die or to kill oneself, beyond past_and_others' JOKES `said`.
_WISH = {
    "en": r"(?:i )?(?:want to|wanna|wanted to|gonna|going to) (?:die|kill myself|end it all)"
    r"|kill myself|kms|i m dead|i am dead|i will kill myself",
    "de": r"(?:ich )?will (?:\w+ )?(?:sterben|tot sein|mich umbringen)|ich bring mich um"
    r"|bring mich um|ich sterbe|bin tot|ich erschiess mich",
    "es": r"(?:me )?quiero (?:morir|morirme|matar|suicidar)|quiero matarme|me voy a (?:matar"
    r"|morir|suicidar)|me mato|me muero|me suicido|matenme",
    "fr": r"(?:je )?veux (?:mourir|crever|me tuer|me suicider)|je vais me (?:tuer|suicider|pendre)"
    r"|je me tue|je me suicide|tuez moi",
    "it": r"voglio (?:morire|ammazzarmi|uccidermi|suicidarmi)|mi (?:ammazzo|uccido|sparo|impicco)"
    r"|ammazzatemi",
    "pt": r"(?:eu )?quero (?:morrer|me matar|sumir)|vou me matar|me mato|vou morrer|me matem",
    "nl": r"(?:ik )?wil (?:\w+ )?dood|ik maak mezelf (?:van kant|dood)|ik ga dood"
    r"|ik schiet mezelf",
    "pl": r"chce (?:umrzec|sie zabic|zdechnac)|zabije sie|umre|zabijcie mnie|powiesze sie",
    "ru": r"хочу (?:умереть|сдохнуть|повеситься|убить себя)|убью себя|повешусь|убейте меня"
    r"|застрелюсь|(?:khochu|hochu) (?:umeret|sdohnut)",
    "uk": r"хочу (?:померти|здохнути|повіситися|вбити себе)|вб ю себе|повішуся|вбийте мене"
    r"|застрелюся",
    "tr": r"olmek istiyorum|olecegim|kendimi (?:asacagim|oldurecegim|asicam|oldurcem|vuracagim)"
    r"|intihar edecegim|intihar edicem",
}
# Laughter and laughing emoji (😂 🤣 😆 😅 💀); not 😭, which is as often real tears.
_LAUGHS = (
    _LAUGH
    + r"|jeje\w*|kkk\w*|hihi\w*|lool\w*|[\U0001f602\U0001f923\U0001f606\U0001f605\U0001f480]"
)
# Besides the laugh: at most a comma, "!", or one emoji, and the laugh may repeat.
_BESIDE = r"(?:(?:,|!+|\.{2,}|[\U0001f300-\U0001faff]) )?"
# "seriously", "not joking", and the like, after the laugh: the joke is taken back.
_SERIOUS = {
    "en": r"but seriously|seriously though|no but|for real though|not joking|no joke|honestly"
    r"|actually",
    "de": r"aber im ernst|ernsthaft|kein spass|kein scherz|ehrlich gesagt",
    "es": r"pero en serio|en serio|no es broma|de verdad",
    "fr": r"mais serieux|serieusement|sans rire|pour de vrai",
    "it": r"ma sul serio|seriamente|non scherzo|davvero",
    "pt": r"mas serio|falando serio|sem brincadeira|de verdade",
    "nl": r"maar serieus|serieus|geen grap|echt waar",
    "pl": r"ale serio|powaznie|bez zartow|naprawde",
    "ru": r"но серьезно|серьезно|без шуток|не шучу|правда",
    "uk": r"але серйозно|серйозно|без жартів|не жартую|правда",
    "tr": r"ama ciddi|ciddiyim|saka degil|gercekten",
}


def _laugh(lang: str) -> tuple[str, ...]:
    said = f"{_WISH[lang]}|{JOKES[lang][0].said}"
    serious = f"{_SERIOUS[lang]}|{JOKES[lang][0].danger}"
    # And the message goes on after the laugh (two more words, no laugh among them): "i want
    # to die lol" said alone is read as a crisis still (the seed phrase tables), "quiero morir
    # jaja. dormí 7h igual" is a story told with a laugh.
    word = rf"(?!(?:{_LAUGHS})(?!\w))[^\W\d_]{{2,}}"
    more = rf"(?= (?:[^ ]++ ){{0,8}}?{word} (?:[^ ]++ ){{0,8}}?{word} )"
    beside = (
        rf"(?:{said})(?!\w)(?= {_BESIDE}(?:{_LAUGHS})(?!\w)){_guard(serious)}"
        rf" {_BESIDE}(?:{_LAUGHS})(?!\w){more}"
    )
    # The joke said outright within four words, for the wishes JOKES did not list.
    told = _joke(Joke(said=_WISH[lang], marker=JOKES[lang][0].marker, danger=serious))
    return (beside, told)


# ---------------------------------------------------------------------------------------------
# SOCIAL: a social, career or political suicide; the English "die inside".

_SOCIAL: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:social|career|political|professional|commercial|reputational|academic|fashion)"
        r" suicide\b",
        r"(?:socially|professionally) (?:killed|suicided|offed) myself\b",
        r"(?:want|wanted|wanting|wanna|made me want)(?: to)? die (?:a (?:little|bit) )?inside\b",
    ),
    "de": (
        r"(?:sozial|gesellschaftlich|karriere|beruflich|politisch)\w*\s?(?:selbstmord|suizid)\w*",
        r"(?:selbstmord|suizid) (?:auf (?:sozialer|gesellschaftlicher) ebene)",
    ),
    "es": (
        r"suicidio (?:social|profesional|laboral|politico|comercial|academico)\b",
        r"(?:me )?(?:suicide|suicidarme|suicidado|suicidada) (?:social|profesional)mente\b",
    ),
    "fr": (
        r"suicide (?:social|professionnel|politique|commercial)\b",
        r"(?:me suis |m )?suicidee? (?:socialement|professionnellement)\b",
    ),
    "it": (
        r"suicidio (?:sociale|professionale|politico|commerciale)\b",
        r"(?:mi sono |mi )?suicidat[oaie] (?:socialmente|professionalmente)\b",
        r"suicidarmi (?:socialmente|professionalmente)\b",
    ),
    "pt": (
        r"suicidio (?:social|profissional|politico|comercial)\b",
        r"(?:me )?(?:suicidei|suicidar|suicidad[oa]) (?:socialmente|profissionalmente)\b",
    ),
    "nl": (
        r"(?:sociale|politieke|professionele|maatschappelijke) (?:zelfmoord|suicide)\b",
        r"carriere ?zelfmoord\b",
    ),
    "pl": (
        r"samobojstw\w* (?:towarzysk|spoleczn|zawodow|polityczn|wizerunkow)\w*",
        r"(?:towarzysk|spoleczn|zawodow|polityczn|wizerunkow)\w* samobojstw\w*",
    ),
    "ru": (
        r"(?:социальн|карьерн|политическ|профессиональн)\w* (?:самоубийств|суицид)\w*",
        r"(?:самоубийств|суицид)\w* (?:в социальном смысле|социальн\w*)",
    ),
    "uk": (
        r"(?:соціальн|кар єрн|політичн|професійн)\w* (?:самогубств|суїцид)\w*",
        r"(?:самогубств|суїцид)\w* (?:в соціальному сенсі|соціальн\w*)",
    ),
    "tr": (r"(?:sosyal|kariyer|politik|siyasi|toplumsal) intihar\w*",),
}

# ---------------------------------------------------------------------------------------------
# PHARMACY: a pharmacist's counselling about a medicine's overdose.

_PHARMACIST = {
    "en": r"(?:i am|i m|im|as a|work as a|work as|i work as a) (?:\w+ )?(?:pharmacist|chemist"
    r"|pharmacy (?:tech|technician|assistant))|pharmacist here|pharmacy tech here"
    r"|(?:i )?work (?:in|at) (?:a|the) pharmacy|" + _first("pharmacist"),
    "de": r"(?:ich bin|bin|als|arbeite als|arbeite in der|arbeite in einer) (?:\w+ )?(?:apotheker"
    r"\w*|pta|apotheke)|apotheker(?:in)? hier|" + _first("apotheker", "apothekerin"),
    "es": r"(?:soy|como|trabajo como|trabajo en una|trabajo en la) (?:\w+ )?(?:farmaceutic[oa]"
    r"|farmacia)|farmaceutic[oa] aqui|" + _first("farmaceutico", "farmaceutica"),
    "fr": r"(?:je suis|suis|en tant que|je travaille en|je bosse en|je travaille dans une)"
    r" (?:\w+ )?(?:pharmacien\w*|preparat(?:eur|rice)|pharmacie)|pharmacien(?:ne)? ici"
    r"|" + _first("pharmacien", "pharmacienne"),
    "it": r"(?:sono|faccio (?:il|la)|lavoro come|lavoro in) (?:\w+ )?(?:farmacist[ae]|farmacia)"
    r"|farmacist[ae] qui|" + _first("farmacista", "farmaciste"),
    "pt": r"(?:sou|como|trabalho como|trabalho em|trabalho numa|trabalho na) (?:\w+ )?"
    r"(?:farmaceutic[oa]|farmacia|balconista de farmacia)|farmaceutic[oa] aqui"
    r"|" + _first("farmaceutico", "farmaceutica"),
    "nl": r"(?:ik ben|ben|als|ik werk als|werk als|ik werk in een|werk in de) (?:\w+ )?"
    r"(?:apotheker\w*|apothekersassistent\w*|apotheek)|apotheker hier"
    r"|" + _first("apotheker"),
    "pl": r"(?:jestem|jako|pracuje jako|pracuje w) (?:\w+ )?(?:farmaceut\w*|aptece|technik\w*"
    r" farmaceut\w*)|farmaceut\w* tutaj|" + _first("farmaceuta", "farmaceutka"),
    "ru": r"(?:я|работаю) (?:\w+ )?(?:фармацевт\w*|провизор\w*|в аптеке)|фармацевт\w* тут"
    r"|" + _first("фармацевт", "провизор"),
    "uk": r"(?:я|працюю) (?:\w+ )?(?:фармацевт\w*|провізор\w*|в аптеці|у аптеці)"
    r"|фармацевт\w* тут|" + _first("фармацевт", "провізор"),
    "tr": r"eczaciyim|eczaci olarak|eczanede calisiyorum|eczane\w* calisiyorum",
}
# Questions, advice, counselling, customers: the overdose is a topic of the work.
_COUNSEL = {
    "en": r"ask\w*|questions?|advice|advis\w*|counsel\w*|consult\w*|explain\w*|told|warn\w*"
    r"|customers?|clients?|patients?|people|parents|mums?|moms?|calls?",
    "de": r"beratung\w*|berat\w*|frage\w*|gefragt|erklart|erklaert|gewarnt|kund\w*|patient\w*"
    r"|leute|eltern|mutter|anruf\w*",
    "es": r"pregunt\w*|consulta\w*|asesor\w*|aconsej\w*|explique|explicando|avise|client\w*"
    r"|pacientes?|personas|gente|madres|padres|llamadas?",
    "fr": r"demand\w*|questions?|conseil\w*|explique|prevenu|client\w*|patient\w*|personnes|gens"
    r"|parents|mamans?|appels?",
    "it": r"chiest\w*|chied\w*|domand\w*|consigli\w*|spiegato|spiegare|avvisato|client\w*"
    r"|pazient\w*|persone|gente|signor\w*|genitori|mamme|telefonat\w*",
    "pt": r"pergunt\w*|duvidas?|orient\w*|aconselh\w*|expliquei|explicando|avisei|atendi\w*"
    r"|client\w*|pacientes?|pessoas|gente|maes|pais|ligac\w*",
    "nl": r"vra\w*|vroeg\w*|advies\w*|advis\w*|uitgelegd|gewaarschuwd|klant\w*|patient\w*"
    r"|mensen|ouders|moeders|telefoontjes",
    "pl": r"pyta\w*|pytal\w*|porad\w*|doradz\w*|tlumaczyl\w*|wyjasnial\w*|ostrzeg\w*|klient\w*"
    r"|pacjen\w*|ludzi\w*|rodzic\w*|matk\w*|mam\w*",
    "ru": r"вопрос\w*|спрашива\w*|спросил\w*|консульт\w*|объясня\w*|объяснил\w*|клиент\w*"
    r"|покупател\w*|люд\w*|родител\w*|мам\w*",
    "uk": r"питан\w*|пита\w*|спитал\w*|консульт\w*|поясню\w*|пояснил\w*|пояснюва\w*|клієнт\w*"
    r"|покупц\w*|люд\w*|батьк\w*|мам\w*",
    "tr": r"sor\w*|danis\w*|anlatt\w*|acikla\w*|musteri\w*|hasta\w*|kisi|kisiye|insan\w*"
    r"|anne\w*|veli\w*",
}
_OVERDOSE = {
    "en": r"overdos\w*|ods|od|poisoning|lethal doses?|toxic doses?|too much",
    "de": r"uberdos\w*|ueberdos\w*|vergiftung\w*|todliche dosis|zu viel",
    "es": r"sobredosis|intoxicacion\w*|dosis (?:letal|toxica|maxima)",
    "fr": r"overdoses?|surdoses?|surdosage|intoxication\w*|doses? (?:mortelle|toxique|max)\w*",
    "it": r"overdose|sovradosaggio|intossicazion\w*|dose (?:letale|tossica|massima)",
    "pt": r"overdoses?|sobredoses?|intoxicac\w*|doses? (?:letal|toxica|maxima)\w*",
    "nl": r"overdos\w*|vergiftiging\w*|dodelijke dosis|te veel",
    "pl": r"przedawkowan\w*|zatruci\w*|dawk\w* (?:smiertel|toksyczn|maksymaln)\w*",
    "ru": r"передоз\w*|отравлени\w*|смертельн\w* доз\w*",
    "uk": r"передоз\w*|отруєнн\w*|смертельн\w* доз\w*",
    "tr": r"asiri doz\w*|doz asim\w*|overdoz\w*|zehirlenme\w*",
}
# The writer's own act or wish, which no gap here may hold.
_OWN_ACT = {
    "en": r"i took|i ve taken|i swallowed|took them|myself|me too|i want|i wanna|i m going to"
    r"|i will|my own|i d",
    "de": r"mich|selbst|ich auch|ich will|ich mochte|ich nehme|genommen|geschluckt",
    "es": r"me tome|tome|trague|yo tambien|quiero|me quiero|a mi misma|a mi mismo",
    "fr": r"j ai pris|j ai avale|moi aussi|je veux|me tuer|moi meme",
    "it": r"ho preso|ho ingoiato|anch io|voglio|io stess[oa]",
    "pt": r"tomei|engoli|eu tambem|quero|eu mesm[oa]",
    "nl": r"ik heb (?:\w+ )?genomen|geslikt|ik ook|ik wil|mezelf",
    "pl": r"wzial\w*|lyknal\w*|polknel\w*|ja tez|chce|siebie",
    "ru": r"принял\w*|выпил\w*|наглотал\w*|я тоже|хочу|себя",
    "uk": r"прийнял\w*|прийняв|випил\w*|випив|наковтал\w*|я теж|хочу|себе",
    "tr": r"ictim|aldim|yuttum|ben de|istiyorum|kendim\w*",
}


def _not(words: str) -> str:
    """One token that is none of `words` (a word or a mark, followed by its space)."""
    return rf"(?:(?!(?:{words})(?!\w))\S+ )"


# Wanting to do the same, after someone else's act: the writer's own danger.
_COPY = {
    "en": r"me too|same here|do (?:that|it|the same|this) (?:too|as well)|do the same|same thing",
    "de": r"ich auch|mir auch|das gleiche|dasselbe|auch (?:so )?machen|auch tun",
    "es": r"yo tambien|a mi tambien|lo mismo|hacerlo tambien|quiero hacerlo",
    "fr": r"moi aussi|pareil|la meme chose|le faire aussi|envie de le faire",
    "it": r"anch io|anche io|lo stesso|farlo anche|farlo anch",
    "pt": r"eu tambem|o mesmo|fazer isso tambem|quero fazer isso",
    "nl": r"ik ook|hetzelfde|ook doen|ook willen",
    "pl": r"ja tez|to samo|tez chce|tez tak",
    "ru": r"я тоже|то же самое|тоже хочу|так же",
    "uk": r"я теж|те саме|теж хочу|так само",
    "tr": r"ben de|bende de|aynisini|ayni seyi",
}


def _theirs_danger(lang: str) -> str:
    """After someone else's act: the writer's own danger (OTHERS' words), a wish of the
    writer's own, or wanting to do the same."""
    return f"{OTHERS[lang].danger}|{_WISH[lang]}|{_COPY[lang]}"


def _pharmacy(lang: str) -> str:
    own = _OWN_ACT[lang]
    gap = _not(f"{own}|[?]")
    guard = _guard(_theirs_danger(lang))
    return (
        rf"(?:{_PHARMACIST[lang]})(?!\w)(?= {gap}{{0,24}}?(?:{_COUNSEL[lang]})(?!\w)"
        rf" {gap}{{0,10}}?(?:{_OVERDOSE[lang]})(?!\w)){guard} {gap}{{0,24}}?"
        rf"(?:{_COUNSEL[lang]})(?!\w) {gap}{{0,10}}?(?:{_OVERDOSE[lang]})(?!\w)"
    )


# ---------------------------------------------------------------------------------------------
# FICTION: a character in a film, a series or a book who overdoses or kills himself.

_WORK_OF_FICTION = {
    "en": r"films?|movies?|series|show|episode|books?|novel|anime|manga|play|documentary|doc"
    r"|season finale|finale",
    "de": r"film|filme|serie|folge|staffel|buch|roman|anime|theaterstuck|doku",
    "es": r"pelicula|peli|serie|capitulo|episodio|libro|novela|anime|obra|documental",
    "fr": r"film|serie|episode|saison|livre|roman|anime|piece|docu\w*",
    "it": r"film|serie|puntata|episodio|libro|romanzo|anime|documentario",
    "pt": r"filme|serie|episodio|temporada|livro|romance|anime|novela|documentario",
    "nl": r"film|serie|aflevering|seizoen|boek|roman|anime|docu\w*",
    "pl": r"film\w*|serial\w*|odcin\w*|ksiazk\w*|powiesc\w*|anime",
    "ru": r"фильм\w*|сериал\w*|сери[ия]|книг\w*|роман\w*|аниме",
    "uk": r"фільм\w*|серіал\w*|сері[яї]|книг\w*|роман\w*|аніме",
    "tr": r"film\w*|dizi\w*|bolum\w*|kitap\w*|roman\w*|anime\w*",
}
_CHARACTER = {
    "en": r"main (?:guy|character|girl|boy|woman|man|lady|dude)|protagonist|hero|heroine|lead"
    r"|character|the (?:guy|girl|mom|dad|mother|father|brother|sister|son|daughter|wife"
    r"|husband|boyfriend|girlfriend|friend|kid|teen|singer)|he|she",
    "de": r"hauptfigur|hauptperson|hauptdarsteller\w*|protagonist\w*|held\w*|figur|der (?:typ"
    r"|vater|sohn|bruder)|die (?:mutter|tochter|schwester|frau)|er|sie",
    "es": r"protagonista|(?:el|la) (?:chico|chica|prota|heroe|heroina|madre|padre|hermano"
    r"|hermana|personaje)|personaje principal|el|ella",
    "fr": r"(?:le |la )?(?:heros|heroine|protagoniste|personnage principal|perso principal"
    r"|mere|pere|frere|soeur|mec|fille)|il|elle",
    "it": r"(?:il |la )?(?:protagonista|personaggio principale|eroe|eroina|madre|padre|fratello"
    r"|sorella|ragazzo|ragazza)|lui|lei",
    "pt": r"(?:o |a )?(?:protagonista|personagem principal|heroi|heroina|mae|pai|irmao|irma"
    r"|cara|menina|garoto|garota)|ele|ela",
    "nl": r"hoofdpersoon|hoofdpersonage|hoofdrolspeler|protagonist|held|heldin|de (?:moeder"
    r"|vader|broer|zus|jongen|man|vrouw)|hij|zij|ze",
    "pl": r"glown\w* bohater\w*|bohater\w*|protagonist\w*|postac\w*|matk\w*|ojciec|brat|siostr\w*"
    r"|on|ona",
    "ru": r"главн\w* геро\w*|геро[йи]\w*|протагонист\w*|персонаж\w*|мать|отец|брат|сестра|он|она",
    "uk": r"головн\w* геро\w*|геро[йї]\w*|протагоніст\w*|персонаж\w*|мати|батько|брат|сестра|він"
    r"|вона",
    "tr": r"ana karakter\w*|bas karakter\w*|kahraman\w*|karakter\w*",
}
_THEIR_ACT = {
    "en": r"overdoses|overdosed|ods|od s|kills (?:himself|herself|themselves)|killed (?:himself"
    r"|herself|themselves)|commits suicide|committed suicide|dies by suicide|died by suicide"
    r"|takes (?:his|her|their) (?:own )?life|took (?:his|her|their) (?:own )?life|hangs"
    r" (?:himself|herself)|hanged (?:himself|herself)|dies of an overdose|died of an overdose",
    "de": r"(?:an|nach) einer uberdosis (?:stirbt|starb|gestorben)|eine uberdosis nimmt"
    r"|uberdosiert|bringt sich um|brachte sich um|sich (?:\w+ )?umbringt|sich (?:\w+ )?"
    r"umgebracht|nimmt sich das leben|nahm sich das leben|begeht selbstmord|beging selbstmord"
    r"|erhangt sich",
    "es": r"se suicida|se suicido|se mata|se mato|muere de (?:una )?sobredosis|murio de (?:una )?"
    r"sobredosis|tiene una sobredosis|se quita la vida|se quito la vida|se ahorca|se ahorco",
    "fr": r"se suicide|s est suicidee?|se tue|s est tuee?|fait une overdose|a fait une overdose"
    r"|meurt d une overdose|se pend|s est pendue?",
    "it": r"si suicida|si e suicidat[oa]|si uccide|si e uccis[oa]|va in overdose|muore di overdose"
    r"|e morto di overdose|e morta di overdose|si impicca",
    "pt": r"se suicida|se suicidou|se mata|se matou|tem uma overdose|teve uma overdose|morre de"
    r" overdose|morreu de overdose|se enforca|se enforcou",
    "nl": r"pleegt zelfmoord|pleegde zelfmoord|een overdosis neemt|een overdosis nam|overlijdt aan"
    r" een overdosis|sterft aan een overdosis|zich van kant maakt|zichzelf ophangt"
    r"|zelfmoord (?:pleegt|pleegde)|een overdosis (?:neemt|nam)",
    "pl": r"popelnia samobojstwo|popelnil\w* samobojstwo|zabija sie|zabil\w* sie|przedawkowuje"
    r"|przedawkowal\w*|umiera z przedawkowania|wiesza sie|powiesil\w* sie",
    "ru": r"поконча\w* с собой|покончил\w* с собой|убивает себя|убил\w* себя|умирает от"
    r" передоз\w*|умер\w* от передоз\w*|вешается|повесил\w*",
    "uk": r"вчиня\w* самогубство|вчинил\w* самогубство|вчинив самогубство|покінчу\w* з собою"
    r"|покінчил\w* з собою|покінчив з собою|вбиває себе|помира\w* від передоз\w*|помер\w* від"
    r" передоз\w*|вішається|повісил\w*|повісився",
    "tr": r"intihar (?:ediyor|etti|ettigi|eden)|asiri dozdan (?:oluyor|oldu|oldugu|olen)"
    r"|kendini (?:asiyor|asti|oldurdugu|olduruyor)",
}
# First-person words: the act in the film is no one's but the character's.
_ME = {
    "en": r"i|me|my|myself|im",
    "de": r"ich|mich|mir|mein\w*",
    "es": r"yo|me|mi|mis",
    "fr": r"je|j|moi|me|mon|ma|mes",
    "it": r"io|mi|me|mio|mia",
    "pt": r"eu|me|mim|meu|minha",
    "nl": r"ik|me|mij|mijn|mezelf",
    "pl": r"ja|mnie|mi|moj\w*",
    "ru": r"я|меня|мне|мой|моя",
    "uk": r"я|мене|мені|мій|моя",
    "tr": r"ben|beni|bana|benim",
}


def _fiction(lang: str) -> tuple[str, ...]:
    word = _not(rf"{_ME[lang]}|[.!?]+")
    guard = _guard(_theirs_danger(lang))
    work, who, act = _WORK_OF_FICTION[lang], _CHARACTER[lang], _THEIR_ACT[lang]
    rules = [
        rf"(?:{work})(?!\w)(?= {word}{{0,10}}?(?:{who}) {word}{{0,4}}?(?:{act})(?!\w)){guard}"
        rf" {word}{{0,10}}?(?:{who}) {word}{{0,4}}?(?:{act})(?!\w)"
    ]
    if lang == "tr":
        # Turkish names the act before the work: "ana karakterin intihar ettiği bir film".
        rules.append(rf"(?:{who}) {word}{{0,2}}?(?:{act}) {word}{{0,3}}?(?:{work})(?!\w){guard}")
    return tuple(rules)


# ---------------------------------------------------------------------------------------------
# THEIRS_PAST: someone else's crisis long over, and how well they are now.

_THEIR_CRISIS = {
    "en": r"(?:tried|attempted) (?:to )?(?:kill (?:himself|herself|themselves)|end (?:his|her"
    r"|their) (?:own )?life|take (?:his|her|their) (?:own )?life|commit suicide|overdose)"
    r"|(?:he|she|they) (?:\w+ )?(?:attempted suicide|overdosed|made a suicide attempt"
    r"|was suicidal)",
    "de": r"(?:hat|hatte) (?:\w+ ){0,4}?versucht sich (?:\w+ )?(?:umzubringen|das leben zu nehmen"
    r"|zu toten)|(?:hat|hatte) (?:\w+ ){0,4}?(?:einen )?(?:suizid|selbstmord)versuch\w*"
    r"|versuchte? sich (?:\w+ )?(?:umzubringen|das leben zu nehmen|zu toten)",
    "es": r"(?:intento|trato de|quiso) (?:suicidarse|matarse|quitarse la vida)|(?:tuvo|hizo) un"
    r" intento de suicidio|se intento suicidar|se quiso matar",
    "fr": r"a (?:fait|tente) une tentative de suicide|a (?:tente|essaye) de (?:se suicider|se"
    r" tuer|mettre fin a ses jours)|a fait une (?:overdose|ts)",
    "it": r"ha tentato (?:il suicidio|di (?:uccidersi|suicidarsi|togliersi la vita))|ha fatto un"
    r" tentativo di suicidio|ha cercato di (?:uccidersi|suicidarsi|togliersi la vita)",
    "pt": r"tentou (?:se matar|suicidio|o suicidio|tirar a propria vida|se suicidar)|teve uma"
    r" tentativa de suicidio|tentou suicidar se",
    "nl": r"(?:deed|had|heeft) (?:\w+ ){0,4}?(?:een )?(?:zelfmoordpoging|suicidepoging)"
    r"|(?:probeerde|heeft geprobeerd) (?:\w+ ){0,3}?(?:zelfmoord te plegen|zichzelf te doden"
    r"|een einde aan (?:zijn|haar) leven te maken)|(?:een )?(?:zelfmoordpoging|suicidepoging)",
    "pl": r"probowal\w* (?:sie zabic|popelnic samobojstwo|odebrac sobie zycie)|(?:miala|mial)"
    r" probe samobojcza",
    "ru": r"пытал\w* (?:покончить с собой|убить себя|покончить с жизнью|отравиться|повеситься)"
    r"|(?:была|был) попытка (?:суицида|самоубийства)",
    "uk": r"намагал\w* (?:покінчити з собою|вбити себе|накласти на себе руки)|намагався"
    r" (?:покінчити з собою|вбити себе)|(?:була|був) спроба (?:суїциду|самогубства)",
    "tr": r"intihar girisiminde bulundu|intihar etmeye calisti|intihara kalkisti|kendini"
    r" oldurmeye calisti|canina kiymaya calisti",
}
_THEIR_WELL = {
    "en": r"(?:she|he|they) (?:is|s|are|re|has been|have been) (?:\w+ ){0,2}?(?:happy|fine|well"
    r"|great|good|thriving|engaged|married|ok|okay|better|stable|doing (?:well|great|good"
    r"|fine|amazing))|(?:she|he|they) (?:got|has|have) (?:\w+ ){0,2}?(?:better|recovered"
    r"|a new)|we celebrated",
    "de": r"(?:ist|geht es ihr|geht es ihm|gehts ihr|gehts ihm) (?:\w+ ){0,2}?(?:glucklich|gut"
    r"|besser|stabil|verheiratet|verlobt)|(?:sie|er) hat (?:\w+ ){0,2}?(?:neue\w*|geheiratet)"
    r"|wir (?:haben )?(?:\w+ )?gefeiert",
    "es": r"esta (?:\w+ ){0,2}?(?:feliz|bien|genial|estable|mejor|radiante)|le va (?:muy )?bien"
    r"|celebramos|se caso|se recupero",
    "fr": r"(?:elle|il) va (?:\w+ )?(?:bien|mieux)|(?:elle|il) est (?:\w+ ){0,2}?(?:heureu\w*"
    r"|stable|guerie?|mariee?)|on a fete|nous avons fete",
    "it": r"sta (?:\w+ )?(?:bene|benissimo|meglio)|e (?:\w+ ){0,2}?(?:felice|serena|sereno"
    r"|stabile|sposat[oa])|abbiamo festeggiato",
    "pt": r"esta (?:\w+ ){0,2}?(?:feliz|bem|otima|otimo|estavel|melhor)|ta (?:\w+ )?(?:feliz"
    r"|bem)|comemoramos|se casou",
    "nl": r"(?:(?:ze|zij|hij) is|is (?:ze|zij|hij)) (?:\w+ ){0,2}?(?:gelukkig|stabiel|getrouwd"
    r"|verloofd|beter)|(?:met"
    r" haar|met hem) gaat het (?:\w+ )?(?:goed|beter)|gaat het (?:\w+ )?goed met (?:haar|hem)"
    r"|we hebben (?:\w+ )?gevierd",
    "pl": r"jest (?:\w+ ){0,2}?(?:szczesliw\w*|ok|stabiln\w*|zdrow\w*)|ma sie (?:\w+ )?"
    r"(?:dobrze|swietnie)|swietowalismy",
    "ru": r"(?:она|он) (?:\w+ ){0,2}?(?:счастлив\w*|в порядке|замужем|женат)|у (?:нее|него)"
    r" (?:\w+ ){0,2}?(?:все хорошо|все отлично)|праздновали",
    "uk": r"(?:вона|він) (?:\w+ ){0,2}?(?:щаслив\w*|в порядку|заміжня|одружен\w*)|у (?:неї|нього)"
    r" (?:\w+ ){0,2}?(?:все добре|все чудово)|святкували",
    "tr": r"(?:cok |gayet )?(?:mutlu|iyi)(?:dur|durlar)?(?!\w)|evlendi|kutladik",
}


def _theirs_past(lang: str) -> tuple[str, ...]:
    past = PAST[lang]
    theirs = Past(
        when=past.when,
        crisis=_THEIR_CRISIS[lang],
        well=_THEIR_WELL[lang],
        danger=f"{past.danger}|{_theirs_danger(lang)}",
    )
    return _past(theirs, lang)


# ---------------------------------------------------------------------------------------------
# OD_PAST: too many pills taken long ago, and well now.

_OD_TAKEN = {
    "en": r"(?:took|swallowed) (?:way )?(?:too many|a lot of|a bunch of|all (?:my|the)|a handful"
    r" of|loads of) (?:\w+ )?(?:pills|tablets|meds)|(?:took|had) an overdose|overdosed",
    "de": r"(?:zu viele|viele|alle|eine handvoll) (?:\w+ )?(?:tabletten|pillen|medikamente)"
    r" (?:\w+ )?(?:genommen|geschluckt)|(?:tabletten|pillen) (?:\w+ )?geschluckt",
    "es": r"(?:tome|me tome|trague) (?:demasiadas|muchas|un monton de|todas las|un punado de)"
    r" (?:\w+ )?(?:pastillas|pildoras|medicinas|medicamentos)|tome (?:\w+ )?(?:pastillas"
    r"|medicamentos) de mas|(?:tuve|tome) una sobredosis",
    "fr": r"(?:pris|avale) (?:trop de|beaucoup de|tous mes|toute une boite de|une poignee de)"
    r" (?:\w+ )?(?:cachets|medicaments|comprimes|medocs)|(?:fait|pris) une (?:overdose|surdose)",
    "it": r"(?:preso|ingoiato) (?:troppe|tante|tutte le|una manciata di) (?:\w+ )?(?:pastiglie"
    r"|pillole|compresse|medicine)|(?:fatto|avuto) (?:un )?overdose",
    "pt": r"(?:tomei|engoli) (?:\w+ )?(?:remedios|comprimidos|medicamentos|pilulas) demais"
    r"|(?:tomei|engoli) (?:muitos|muitas|um monte de|todos os|uma cartela de) (?:\w+ )?"
    r"(?:remedios|comprimidos|medicamentos|pilulas)|tive uma overdose",
    "nl": r"(?:te veel|veel|al mijn|een handvol) (?:\w+ )?(?:pillen|tabletten|medicijnen)"
    r" (?:\w+ )?(?:genomen|geslikt)|(?:een )?overdosis genomen",
    "pl": r"(?:polknel\w*|wzial\w*|lyknel\w*|lyknal\w*) (?:za duzo|za wiele|duzo|wszystkie|garsc)"
    r" (?:\w+ )?(?:tabletek|tabletki|lekow|leki|pigulek)|przedawkowal\w*",
    "ru": r"наглотал\w* (?:\w+ )?(?:таблет\w*|лекарств\w*)|(?:выпил\w*|принял\w*) (?:слишком"
    r" много|много|все|горсть) (?:\w+ )?(?:таблет\w*|лекарств\w*)",
    "uk": r"наковтал\w* (?:\w+ )?(?:пігул\w*|таблет\w*|ліків)|(?:випил\w*|випив|прийнял\w*"
    r"|прийняв) (?:забагато|багато|всі|жменю) (?:\w+ )?(?:пігул\w*|таблет\w*|ліків)",
    "tr": r"(?:cok fazla|fazla|bir avuc|butun|tum) (?:\w+ )?(?:hap|ilac)\w* (?:ictim|yuttum"
    r"|aldim)|asiri doz aldim",
}


def _od_past(lang: str) -> tuple[str, ...]:
    past = PAST[lang]
    return _past(replace(past, crisis=_OD_TAKEN[lang]), lang)


# ---------------------------------------------------------------------------------------------
# DRINKS: an "overdose" of coffee, in the languages caffeine_idioms.py does not cover.

# A medicine or alcohol later in the sentence keeps the words an overdose.
_NOT_WITH = (
    r"(?![^.!?]{0,40}(?<!\w)(?:pastillas|pildoras|medicamentos?|cachets|medicaments|comprimes"
    r"|pastiglie|pillole|farmaci|remedios|comprimidos|tabletk\w*|lek\w*|таблет\w*|лекарств\w*"
    r"|пігул\w*|ліки|ліків|alcohol|alcool|alkohol\w*|vodka|wodk\w*|водк\w*|горілк\w*"
    r"|paracetamol\w*|ibuprofen\w*)(?!\w))"
)
_DRINKS: dict[str, tuple[str, ...]] = {
    "es": (
        r"(?:sobredosis|overdose) de (?:\w+ )?(?:cafe|cafes|cafeina|espresso|mate|energeticas?"
        rf"|red bull|monster)\b{_NOT_WITH}",
    ),
    "fr": (
        rf"(?:overdose|surdose) de (?:\w+ )?(?:cafe|cafes|cafeine|expresso|red bull)\b{_NOT_WITH}",
    ),
    "it": (
        r"(?:overdose|sovradosaggio) (?:di|da) (?:\w+ )?(?:caffe|caffeina|espresso|red bull)\b"
        + _NOT_WITH,
    ),
    "pt": (
        r"(?:overdose|sobredose) de (?:\w+ )?(?:cafe|cafeina|expresso|energetico\w*|red bull)\b"
        + _NOT_WITH,
    ),
    "pl": (
        r"(?:przedawkowal\w*|przedawkowanie|overdose) (?:\w+ )?(?:kaw\w*|kofein\w*|espresso"
        rf"|energetyk\w*|red bull\w*)\b{_NOT_WITH}",
    ),
    "ru": (
        r"(?:передоз\w*|передозировк\w*) (?:\w+ )?(?:кофе|кофеин\w*|эспрессо|энергетик\w*)"
        rf"(?!\w){_NOT_WITH}",
        rf"(?:кофейн|кофеинов)\w* передоз\w*{_NOT_WITH}",
    ),
    "uk": (
        r"(?:передоз\w*|передозуван\w*) (?:\w+ )?(?:кав\w*|кофеїн\w*|еспресо|енергетик\w*)"
        rf"(?!\w){_NOT_WITH}",
        rf"(?:кавов|кофеїнов)\w* передоз\w*{_NOT_WITH}",
    ),
}

# ---------------------------------------------------------------------------------------------
# DESPAIR_THEIRS: someone else "desperate" (a child over a goldfish): the pronoun and word.

_DESPAIR_THEIRS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:she|he|they) (?:is|s|was|are|were) (?:so |totally |completely )?(?:desperate"
        r"|devastated|inconsolable|heartbroken)\b",
    ),
    "de": (r"(?:sie|er) (?:ist|war) (?:\w+ )?(?:verzweifelt|untrostlich|am boden zerstort)\b",),
    "es": (
        r"(?:ella|el) (?:esta|estaba) (?:\w+ )?(?:desesperad[oa]|desconsolad[oa]"
        r"|destrozad[oa])\b",
    ),
    "fr": (
        r"(?:elle|il) (?:est|etait) (?:\w+ )?(?:desesperee?|inconsolable|effondree?"
        r"|devastee?)\b",
    ),
    "it": (r"(?:lei|lui) (?:e |era )?(?:\w+ )?(?:disperat[oa]|inconsolabile|distrutt[oa])\b",),
    "pt": (
        r"(?:ela|ele) (?:esta|ta|ficou|estava) (?:\w+ )?(?:desesperad[oa]|inconsolavel"
        r"|arrasad[oa])\b",
    ),
    "nl": (r"(?:ze|zij|hij) (?:is|was) (?:\w+ )?(?:wanhopig|ontroostbaar|kapot)\b",),
    "pl": (
        r"(?:ona|on) (?:jest|byla|byl) (?:\w+ )?(?:zrozpaczon\w*|zalamana|zalamany"
        r"|niepocieszon\w*)\b",
    ),
    "ru": (r"(?:она|он) (?:\w+ )?(?:в отчаянии|безутешн\w*|в слезах)(?!\w)",),
    "uk": (r"(?:вона|він) (?:\w+ )?(?:у відчаї|в розпачі|у розпачі|безутішн\w*)(?!\w)",),
    "tr": (r"(?:kizim|oglum|cocuk\w*) (?:\w+ )?(?:perisan|yikildi|teselli edilemiyor)\w*",),
}

# ---------------------------------------------------------------------------------------------
# EXERTION: "couldn't breathe at the end" of a run, and nothing alarming in the message.

_SPORT = {
    "en": r"ran|run|running|half marathon|marathon|race|sprints?|workout|gym|training"
    r"|hiit|spin class|crossfit|hike|climb|match|game|practice|bike ride|swim",
    "de": r"lauf|gelaufen|joggen|gejoggt|marathon|halbmarathon|rennen|training|sprints?"
    r"|workout|fitnessstudio|spiel|radtour|treppen",
    "es": r"corri|correr|carrera|maraton|media maraton|entreno|entrenamiento|gimnasio"
    r"|partido|series|subida",
    "fr": r"couru|courir|course|marathon|semi|seance|entrainement|footing|match|fractionne",
    "it": r"corso|corsa|correre|maratona|mezza|allenamento|palestra|partita|ripetute",
    "pt": r"corri|correr|corrida|maratona|meia|treino|academia|jogo|pelada",
    "nl": r"gerend|gelopen|hardlopen|marathon|training|wedstrijd|sportschool|intervallen",
    "pl": r"biegl\w*|bieg\w*|przebiegl\w*|maraton\w*|polmaraton\w*|trening\w*|mecz\w*",
    "ru": r"пробежал\w*|пробежк\w*|бег\w*|марафон\w*|тренировк\w*|матч\w*",
    "uk": r"пробіг\w*|пробіжк\w*|біг\w*|марафон\w*|тренуван\w*|матч\w*",
    "tr": r"kostum|kosu\w*|maraton\w*|antrenman\w*|mac\w*",
}
_GASPED = {
    "en": r"could not breathe|couldn t breathe|could barely breathe",
    "de": r"konnte (?:kaum|nicht mehr|nicht) atmen|bekam keine luft",
    "es": r"no podia respirar|casi no podia respirar",
    "fr": r"je ne pouvais plus respirer|je pouvais plus respirer|j arrivais plus a respirer",
    "it": r"non riuscivo (?:piu )?a respirare|non respiravo (?:piu)?",
    "pt": r"nao conseguia respirar|mal conseguia respirar",
    "nl": r"kon (?:ik )?(?:bijna )?niet (?:meer )?ademen|kreeg (?:ik )?geen lucht",
    "pl": r"nie moglam oddychac|nie moglem oddychac|ledwo oddychalam|ledwo oddychalem",
    "ru": r"не мог\w* дышать|еле дышал\w*",
    "uk": r"не міг дихати|не могла дихати|ледве дихал\w*|ледве дихав",
    "tr": r"nefes alamadim|nefes alamiyordum",
}
_PASSED = {
    "en": r"at the end|after|afterwards|for a (?:minute|bit|moment|second|few)|at the finish",
    "de": r"am ende|danach|hinterher|kurz|fur einen moment|im ziel",
    "es": r"al final|despues|un rato|un momento|en la meta",
    "fr": r"a la fin|apres|apres coup|un moment|a l arrivee",
    "it": r"alla fine|dopo|per un attimo|all arrivo",
    "pt": r"no final|no fim|depois|por um momento|na chegada",
    "nl": r"aan het eind\w*|op het eind\w*|daarna|achteraf|even|bij de finish",
    "pl": r"na koncu|na mecie|potem|po wszystkim|przez chwile",
    "ru": r"в конце|после|потом|на финише|пару минут",
    "uk": r"в кінці|наприкінці|після|потім|на фініші|кілька хвилин",
    "tr": r"sonunda|sonra|bir sure|bitiste",
}
# Alarming beside breathlessness: then the rules read the message as always.
_ALARM = (
    r"(?![^?]{0,400}?(?<!\w)(?:chest|pain|blue|collaps\w*|faint\w*|passed out|inhaler|asthma"
    r"|still|lips|brust\w*|schmerz\w*|blau\w*|ohnmacht\w*|dolor\w*|pecho|azul\w*|desmay\w*"
    r"|todavia|douleur\w*|poitrine|bleu\w*|evanoui\w*|dolore|petto|svenut\w*|ancora|dor|peito"
    r"|roxo\w*|desmai\w*|ainda|pijn|borst|flauw\w*|nog steeds|bol\w*|klatk\w*|sin\w*|zemdl\w*"
    r"|nadal|боль|болит|груд\w*|син\w*|обморок\w*|до сих пор|біль|болить|досі|непритомн\w*"
    r"|agri\w*|gogs\w*|mor\w*|bayil\w*|hala)(?!\w))"
)


def _exertion(lang: str) -> str:
    gap = _not(r"[.!?]+")
    return (
        rf"(?:{_SPORT[lang]})(?!\w) {gap}{{0,8}}?(?:{_GASPED[lang]}) (?:\w+ )?"
        rf"(?:{_PASSED[lang]})(?!\w){_ALARM}"
    )


# ---------------------------------------------------------------------------------------------
# SLEEP and WORK_TIRED.

_SLEEP = {
    "pl": (r"(?:spac|zasnac|usnac|wyspac sie) (?:\w+ )?nie (?:moge|moglam|moglem)\b",),
    "ru": (r"(?:спать|уснуть|заснуть) (?:\w+ )?не могу(?!\w)",),
    "uk": (r"(?:спати|заснути|уснути) (?:\w+ )?не можу(?!\w)",),
}
_WORK_TIRED: dict[str, tuple[str, ...]] = {
    "en": (r"my arms are falling off\b",),
    "es": (r"se me caen los brazos\b",),
    "pl": (r"rece mi odpadaja\b",),
    "ru": (r"руки отваливаются(?!\w)",),
    "uk": (r"руки відвалюються(?!\w)",),
    "tr": (
        r"kesim(?:i)? (?:yaptik|yaptim)\b",
        r"kurban kesim\w*",
        r"kollarim (?:kopuyor|koptu|kopacak)\b",
    ),
}


def _idioms(lang: str) -> tuple[str, ...]:
    return (
        *_laugh(lang),
        *_SOCIAL[lang],
        _pharmacy(lang),
        *_fiction(lang),
        *_theirs_past(lang),
        *_od_past(lang),
        *_DRINKS.get(lang, ()),
        *_DESPAIR_THEIRS[lang],
        _exertion(lang),
        *_SLEEP.get(lang, ()),
        *_WORK_TIRED.get(lang, ()),
    )


IDIOMS: dict[str, tuple[str, ...]] = {lang: _idioms(lang) for lang in _LANGS}

# ---------------------------------------------------------------------------------------------
# RED_FLAGS: a dose raised, told medicine first, then two signs of serotonin toxicity.

_DOSE = {
    "en": r"dose|dosage|meds|medication|antidepressants?|sertraline|zoloft|venlafaxine|effexor"
    r"|fluoxetine|prozac|citalopram|escitalopram|lexapro|paroxetine|duloxetine|cymbalta"
    r"|mirtazapine|trazodone|tramadol|lithium",
    "de": r"dosis|dosierung|medikament\w*|antidepressiv\w*|sertralin|venlafaxin|fluoxetin"
    r"|citalopram|escitalopram|paroxetin|duloxetin|mirtazapin|tramadol",
    "es": r"dosis|medicacion|medicamento|pastillas|antidepresivo\w*",
    "fr": r"dose|dosage|posologie|traitement|medicament\w*|medocs?|antidepresseur\w*",
    "it": r"dose|dosaggio|farmaco|terapia|pastiglie|antidepressiv\w*",
    "pt": r"dose|dosagem|remedio|medicacao|medicamento|antidepressivo\w*",
    "nl": r"dosis|dosering|medicatie|medicijn\w*|antidepressiv\w*|sertraline|venlafaxine"
    r"|fluoxetine|citalopram|escitalopram|paroxetine|duloxetine",
    "pl": r"dawk\w*|lek|leki|leku|antydepresant\w*|sertralin\w*|wenlafaksyn\w*|fluoksetyn\w*"
    r"|escitalopram\w*|paroksetyn\w*|duloksetyn\w*",
    "ru": r"доз\w*",
    "uk": r"доз\w*",
    "tr": r"doz\w*",
}
_RAISED = {
    "en": r"(?:was |got |has been |been |is )?(?:upped|increased|raised|doubled|bumped up|bumped"
    r"|went up|gone up|titrated up|uptitrated)",
    "de": r"(?:wurde |ist )?(?:erhoht|hochgesetzt|hochgedreht|verdoppelt|gesteigert|angehoben"
    r"|aufdosiert|gestiegen)",
    "es": r"(?:me )?(?:subieron|subio|aumentaron|aumento|duplicaron|doblaron|subida|aumentada)",
    "fr": r"(?:augmente\w*|double\w*|monte\w*|hausse)",
    "it": r"(?:aumentat\w*|raddoppiat\w*|alzat\w*)",
    "pt": r"(?:aumentou|aumentaram|aumentad[oa]|subiu|subiram|dobrou|dobraram|dobrad[oa])",
    "nl": r"(?:verhoogd|opgehoogd|verdubbeld|omhoog)",
    "pl": r"(?:zwiekszon\w*|zwiekszyl\w*|podniesion\w*|podniosl\w*|podwojon\w*|podwoil\w*)",
    "ru": r"(?:повысил\w*|повышен\w*|увеличил\w*|увеличен\w*|подняли|поднял\w*|удвоил\w*)",
    "uk": r"(?:підвищил\w*|підвищи\w*|підвищен\w*|збільшил\w*|збільши\w*|збільшен\w*|підняли"
    r"|підняв\w*|подвоїл\w*)",
    "tr": r"(?:artir\w*|artti\w*|yukselt\w*|yukseldi\w*|iki katina cikti\w*)",
}
_SIGNS = {
    "en": r"sweat\w*|restless\w*|agitat\w*|jerk\w*|twitch\w*|shak(?:ing|y|es)|trembl\w*|shiver\w*"
    r"|fever\w*|jittery|jumpy|(?:can not|could not) (?:sit|keep|stay) still|(?:heart|pulse)"
    r" (?:is )?(?:going fast|racing|pounding|hammering)|racing heart|spasm\w*|clonus"
    r"|pupils (?:\w+ )?(?:huge|dilated)",
    "de": r"schwitz\w*|schweiss\w*|unruh\w*|unruhig|zuck\w*|zitter\w*|fieber\w*|zappel\w*"
    r"|(?:kann|konnte) (?:\w+ )?nicht (?:mehr )?still ?sitzen|herzrasen|herz (?:rast|klopft)"
    r"|krampf\w*|nervos",
    "es": r"sud\w*|agitad\w*|inquiet[oa]|no puedo estar quiet[oa]|sacudidas?|espasmos?|tirones"
    r"|temblores|tiemblo|temblando|fiebre|corazon (?:\w+ )?acelerado|taquicardia",
    "fr": r"transpir\w*|sueurs?|agite\w*|agitation|secousses|sursaut\w*|tremble\w*|fievre"
    r"|(?:ne )?tiens (?:pas|plus) en place|coeur (?:qui )?(?:bat|s emballe)|tachycardie"
    r"|spasmes",
    "it": r"sud\w*|agitat\w*|irrequiet\w*|scatti|scattano|tremo|tremori|brividi|febbre"
    r"|non riesco a stare ferm[oa]|cuore (?:\w+ )?(?:a mille|batte forte)|tachicardia|spasmi",
    "pt": r"suo|suando|suad[oa]|suor|agitad\w*|inquiet[oa]|espasmos?|trancos?|tremo|tremendo"
    r"|tremores|febre|nao consigo ficar parad[oa]|coracao (?:\w+ )?acelerado|taquicardia",
    "nl": r"zweet\w*|zweten|transpir\w*|onrust\w*|onrustig|schok\w*|tril\w*|koorts\w*"
    r"|(?:kan|kon) (?:\w+ )?niet stil ?zitten|hartkloppingen|hart (?:gaat|bonkt|racet)"
    r"|rusteloos|gejaagd",
    "pl": r"poce sie|poc\w*|spocon\w*|pobudzon\w*|niepok\w*|szarp\w*|drz\w*|skacz\w*|skacza"
    r"|dreszcz\w*|goraczk\w*|trzes\w*|nie moge (?:\w+ )?usiedziec|serce (?:\w+ )?(?:wali"
    r"|kolacze)|kolatani\w*",
    "ru": r"поте\w*|потею|пот|беспокой\w*|возбужд\w*|не могу (?:у?сидеть|сидеть на месте)"
    r"|дерга\w*|дрож\w*|трясет|жар|температур\w*|сердцебиен\w*|сердце (?:\w+ )?колотится",
    "uk": r"пітні\w*|піт|неспок\w*|збудж\w*|не можу (?:в?сидіти|сидіти на місці)|смика\w*"
    r"|сіпа\w*|тремт\w*|трусить|жар|температур\w*|серце (?:\w+ )?(?:калатає|гупає)",
    "tr": r"terli\w*|terleme\w*|huzursuz\w*|yerimde duramiyo\w*|titri\w*|titreme\w*|ates\w*"
    r"|sicra\w*|seyir\w*|kasil\w*|kalbim (?:\S+ )?(?:carpiyor|kut kut)",
}
# No negator in the gaps ("dose went up, no sweating, no restlessness").
_NEGATOR = {
    "en": r"no|not|never|without|nor|none",
    "de": r"nicht|kein\w*|nie|ohne",
    "es": r"no|sin|ni|nunca",
    "fr": r"pas|sans|ni|jamais|aucune?",
    "it": r"non|senza|ne|mai",
    "pt": r"nao|sem|nem|nunca",
    "nl": r"niet|geen|nooit|zonder",
    "pl": r"nie|bez|ani|zadn\w*",
    "ru": r"не|нет|без|ни",
    "uk": r"не|немає|без|ні",
    "tr": r"yok|degil",
}
# Coffee or an energy drink beside the dose: a drink, not a medicine.
_DRINK = (
    r"coffee|caffeine|espresso|energy|kaffee|koffein|cafe|cafeine|caffe|caffeina|koffie|cafeine"
    r"|kaw\w*|kofein\w*|кофе\w*|кав\w*|kahve\w*|kafein\w*"
)


# A drink right before the dose word ("my caffeine dose went up", "kafein dozum arttı"), each
# a fixed-width lookbehind after it; a drink after it ("dose of caffeine") stops the gap.
_NO_DRINK_BEFORE = {
    lang: "".join(f"(?<!{drink} {dose})" for drink in drinks for dose in doses)
    for lang, drinks, doses in (
        ("en", ("coffee", "caffeine", "espresso"), ("dose", "dosage")),
        ("nl", ("koffie", "cafeine"), ("dosis",)),
        ("tr", ("kahve", "kafein"), ("doz", "dozu", "dozum")),
    )
}


def _dose_raised(lang: str) -> str:
    word = _not(rf"{_NEGATOR[lang]}|{_DRINK}|[?]")
    signs = _SIGNS[lang]
    two = rf" {word}{{0,30}}?(?:{signs})(?!\w) {word}{{0,12}}?(?:{signs})(?!\w)"
    return (
        rf"(?:{_DOSE[lang]})(?!\w){_NO_DRINK_BEFORE.get(lang, '')}"
        rf" {word}{{0,4}}?(?:{_RAISED[lang]})(?!\w){two}"
        rf"|(?:{_RAISED[lang]}) {word}{{0,4}}?(?:{_DOSE[lang]})(?!\w){two}"
    )


# The nl `ask` rule "geen kracht meer" reads despair; a hand or arm before it is weakness.
_NO_STRENGTH = {
    "nl": r"(?:hand|handen|rechterhand|linkerhand|arm|armen|been|benen|vingers|duim|grip)"
    r" (?:\w+ ){0,3}?(?:heeft|hebben|zit) (?:\w+ ){0,2}?geen kracht (?:meer|in)\b",
    "de": r"(?:hand|hande|rechte hand|linke hand|arm|arme|bein|beine|finger|daumen) (?:\w+ )"
    r"{0,3}?(?:hat|haben) (?:\w+ ){0,2}?keine kraft mehr\b",
    "en": r"(?:right|left|my) (?:hand|arm|leg|grip) (?:\w+ ){0,2}?(?:has|have) (?:\w+ )?no"
    r" strength (?:left|anymore|any more)\b",
}

RED_FLAGS: dict[str, dict[RedFlag, tuple[str, ...]]] = {
    lang: {
        RedFlag.NEW_MEDICINE: (_dose_raised(lang),),
        **({RedFlag.WEAKNESS: (_NO_STRENGTH[lang],)} if lang in _NO_STRENGTH else {}),
    }
    for lang in _LANGS
}


def widened(rules: LanguageRules) -> LanguageRules:
    """`rules` with its language's near misses of sets AB and AC among the idioms, and its red
    flags added."""
    lang = rules.language
    flags = dict(rules.red_flags)
    for flag, patterns in RED_FLAGS.get(lang, {}).items():
        flags[flag] = (*flags.get(flag, ()), *patterns)
    return replace(rules, idioms=(*rules.idioms, *IDIOMS.get(lang, ())), red_flags=flags)
