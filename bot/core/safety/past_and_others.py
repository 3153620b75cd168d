"""Crisis words that are not the writer's crisis now, blanked with the idioms before the rules
run (ruleset.LanguageRules.idioms), over normalised text, in all eleven languages (set Y's near
misses). Three families:

PAST — a crisis clearly over and the writer well now: "five years ago today I tried to end my
life, today I'm doing well", "vroeger had ik suïcidale gedachten, het gaat nu al jaren goed",
"anni fa ho tentato il suicidio, ora sto bene e vado in terapia". A time long past (or "used
to") beside a crisis told in the past, and later in the message a "well now" (fine now, in
therapy, a new job, years without it).

OTHERS — someone else's crisis told by whoever met it at work, or by a parent: a paramedic's
night ("ambulancier, nuit chargée : une overdose, un AVC"), a psychiatric nurse's suicidal
patient, police who talked someone down from a bridge ("köprüden atlamak isteyen birini ikna
edip indirdik"), a crisis-line worker's calls about suicidal thoughts, a pharmacist asked what
dose is an overdose, a child who asked what suicide means. The writer says what they are (a
role said of themselves: "I'm a nurse", "paramedic here", "працюю на лінії", "polisim", or the
role as the message's first word), and the crisis belongs to a third person (a patient, a
caller, someone who wanted to jump), or is counted as cases ("two overdoses"); no crisis word
stands between the two (so "I'm a nurse and I took an overdose" keeps its words).

JOKES — a crisis said as a joke, with the joke said outright: "vou me jogar da janela kkkk
brinks", "i'm gonna kill myself lol jk"; and "can't anymore" from laughing ("jajajaja no puedo
más").

Every rule blanks only when nothing after its first word says danger to the writer now: for the
past, the crisis back or again, lately, still, a wish, a plan or a method, "I'm not fine"; for
others, "me too", "I think about it myself", "I'm not OK"; for jokes, "seriously", "not
joking". (A rule's first word is where it starts to look: danger said before it is seen only
when it carries crisis words of its own, which are not blanked.) Crisis words elsewhere in the
message are read as always: "years ago I tried to kill myself, and I want to die again" keeps
"I want to die". Spans stay within one sentence, or end at the crisis words.

BACK — what says a crisis once over is back ("lately the thoughts are back", "ultimamente ci
ripenso", "znowu o tym myślę", pills ready, "but honestly I'm not fine"), `RETURNED`: it stops
the blanking here and distance.py's (as its `personal` words, so "I used to have suicidal
thoughts … I'm thinking about it again" keeps its crisis words), and after a crisis told in the
past it is a question of its own (an `ask` rule), for the languages whose rules read no past
attempt at all ("há anos tentei me matar … penso em morrer de novo")."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.core.safety.common import NOT_A_NEGATOR
from bot.core.safety.engine import merged_alternation
from bot.core.safety.ruleset import LanguageRules

__all__ = ["BACK", "JOKES", "OTHERS", "PAST", "PAST_AND_OTHERS", "RETURNED", "widened"]


@dataclass(frozen=True)
class Past:
    """A time long past, a crisis told in the past, well now, and danger now."""

    when: str
    crisis: str
    well: str
    danger: str


@dataclass(frozen=True)
class Others:
    """A role said of oneself, a third person's crisis (or a child's question), and what says
    the writer's own danger; `stems` are the crisis words no gap may hold."""

    role: str
    theirs: str
    child: str
    asked: str
    danger: str
    stems: str


@dataclass(frozen=True)
class Joke:
    """Crisis words said in jest, the joke said outright, and what takes the joke back."""

    said: str
    marker: str
    danger: str


def _guard(danger: str) -> str:
    """Nothing from here to the end of the message says danger now (tried at each word: the
    text is words and marks set apart by single spaces)."""
    return rf"(?!(?:[^ ]*+ )*?{merged_alternation(danger)}(?!\w))"


# Up to forty words (or marks) of any kind, each followed by its space: what may stand between
# a crisis told and "I'm fine now" (or "it is back"). Tried word by word, not at every letter.
_WORDS = r"(?:[^ ]++ ){0,40}?"


def _gap(most: int, stems: str = "") -> str:
    """Up to `most` words (or commas, colons, brackets) within one sentence, none beginning
    with one of `stems`, each followed by its space; without stems, as many as can be (the
    last crisis told in the sentence ends the span: "self-harmed and attempted suicide")."""
    if not stems:
        return rf"(?:[^ .!?]++ ){{0,{most}}}"
    return rf"(?:(?!{merged_alternation(stems)})[^ .!?]++ ){{0,{most}}}?"


def _past(p: Past, lang: str) -> tuple[str, ...]:
    """The time first ("years ago I tried …") or the crisis first ("I tried … years ago"),
    then, later in the message, well now; blanked from the first to the last of the two."""
    well = rf" {_WORDS}{merged_alternation(p.well)}(?!\w)"
    guard = _guard("|".join((p.danger, *RETURNED[lang])))
    # Each part is looked for before the guard, which reads the rest of the message.
    when, crisis = merged_alternation(p.when), merged_alternation(p.crisis)
    return (
        rf"{when}(?!\w)(?= {_gap(16)}{crisis}(?!\w){well}){guard} {_gap(16)}{crisis}(?!\w)",
        rf"{crisis}(?!\w)(?= {_gap(8)}{when}(?!\w){well}){guard} {_gap(8)}{when}(?!\w)",
    )


def _others(o: Others, lang: str) -> tuple[str, ...]:
    """A role said of oneself, then within one sentence a third person's crisis (and the
    cases listed with it: "two suicide attempts and an overdose"); one's child, then their
    question about it. Neither beside an emergency now (`_NOW`)."""
    gap = _gap(22, o.stems)
    joined, counted, cases = _LISTED[lang]
    listed = rf"(?: (?:,|{joined})(?: (?:{counted}))? (?:{cases})(?!\w))*"
    theirs = rf"{merged_alternation(o.theirs)}(?!\w){listed}"
    asked = rf"{merged_alternation(o.asked)}(?!\w)"
    return tuple(
        rf"{merged_alternation(first)}(?!\w)(?= {gap}{then}){_guard('|'.join(danger))} {gap}{then}"
        for first, then, danger in (
            (o.role, theirs, (o.danger, _NOW[lang])),
            # And nothing said of the child's own wish ("and then she said she wants to").
            (o.child, asked, (o.danger, _NOW[lang], _THEIR_WISH[lang])),
        )
    )


# Cases listed after the first, joined by a comma or "and", with at most a number or an
# article: "un intento de suicidio y una sobredosis" (no "and I took an overdose").
_LISTED: dict[str, tuple[str, str, str]] = {
    "en": (
        "and|plus|then|with",
        "a|an|one|another|two|three",
        r"overdoses?|ods?|suicide attempts?|attempted suicides?|suicides?|jumpers?",
    ),
    "de": (
        "und|plus|mit",
        "eine|einer|einem|ein|einen|zwei|drei|noch",
        r"uberdos\w*|suizidversuch\w*|selbstmordversuch\w*|suizid\w*",
    ),
    "es": (
        "y|e|con|mas",
        "una|un|otra|otro|dos|tres",
        r"sobredosis|intentos? de suicidio|suicidios?",
    ),
    "fr": ("et|plus|avec", "une|un|deux|trois", r"overdoses?|surdoses?|tentatives? de suicide|ts"),
    "it": ("e|ed|con|piu", "una|un|uno|due|tre", r"overdose|tentativ[oi] di suicidio|suicidi[oi]"),
    "nl": ("en|plus|met", "een|twee|drie|nog", r"overdos\w*|zelfmoordpoging\w*|suicidepoging\w*"),
    "pl": (
        "i|oraz|z",
        "jedna|jedno|jeden|dwie|dwa|trzy|jeszcze",
        r"przedawkowan\w*|prob\w* samobojcz\w*",
    ),
    "pt": (
        "e|com|mais",
        "uma|um|duas|dois|tres|outra",
        r"overdoses?|tentativas? de suicidio|suicidios?",
    ),
    "ru": ("и|плюс|с", "одна|один|одну|одно|две|два|три|еще", r"передоз\w*|попытк\w* суицида"),
    "uk": ("і|й|та|плюс|з", "одна|один|одну|одне|дві|два|три|ще", r"передоз\w*|спроб\w* суїциду"),
    "tr": ("ve|ile", "bir|iki|uc", r"intihar vaka\w*|intihar girisimi\w*|asiri doz\w*"),
}


def _joke(j: Joke) -> str:
    """The crisis words, then within a few tokens (laughter, emoji) the joke said outright."""
    return (
        rf"(?:{j.said})(?!\w)(?= (?:\S+ ){{0,4}}?(?:{j.marker})(?!\w)){_guard(j.danger)} "
        rf"(?:\S+ ){{0,4}}?(?:{j.marker})(?!\w)"
    )


def _first(*words: str) -> str:
    """Each of `words` as the message's first word (a role said bare: "ambulancier, …")."""
    return "|".join(rf"{word}(?<=^ {word})" for word in words)


# Laughter, as people type it in the eleven languages (rules start with a letter, so the runs
# are written out: "haha" and more).
_LAUGH = (
    r"haha\w*|hehe\w*|jaja\w*|ahah\w*|kkk\w*|rsrs\w*|lol\w*|lmao\w*|lmfao\w*|rofl\w*|xd\w*|mdr"
    r"|ptdr|jsjs\w*|sjsj\w*|asd\w*|хаха\w*|ахах\w*|хех\w*|ржу\w*|лол\w*"
)

# What a child who asked is said to want or think.
_THEIR_WISH: dict[str, str] = {
    "en": (
        r"(?:she|he|they) (?:\w+ ){0,2}?(?:wants?|wanted|wishes|is thinking|thinks|said|says"
        r"|told)"
    ),
    "de": r"(?:sie|er) (?:\w+ ){0,2}?(?:will|wollte|mochte|denkt|sagt|sagte|meinte)",
    "es": r"quiere|queria|dijo que|dice que|piensa en",
    "fr": r"(?:elle|il) (?:\w+ ){0,2}?(?:veut|voulait|pense|dit|disait|a dit)",
    "it": r"vuole|voleva|ha detto|dice che|pensa di",
    "nl": r"(?:ze|zij|hij) (?:\w+ ){0,2}?(?:wil|wilde|denkt|zei|zegt)",
    "pl": r"chce|chcial\w*|powiedzial\w*|mowi ze|mysli o",
    "pt": r"quer|queria|disse que|diz que|pensa em",
    "ru": r"хочет|хотел\w*|сказал\w*|говорит|думает",
    "uk": r"хоче|хотів|хотіла|сказав|сказала|каже|думає",
    "tr": r"istiyor|istedi\w*|dedi|soyledi|dusunuyor",
}

# An emergency now beside someone else's crisis: no account of work, whoever tells it.
_NOW: dict[str, str] = {
    "en": (
        r"not breathing|unconscious|unresponsive|what (?:do|should|can) (?:i|we) do|help me"
        r"|need help|right now|just now|call(?:ed)? (?:911|999|112|an ambulance)|just (?:tried"
        r"|took|jumped|overdosed|swallowed|cut)|watching (?:him|her|them)|i (?:just )?(?:saw|see"
        r"|am seeing|watched|am watching)|(?:he|she|they) (?:is|s"
        r"|are|re) (?:still )?(?:on|at|standing)"
    ),
    "de": (
        r"atmet (?:nicht|kaum)|bewusstlos|reagiert nicht|was (?:soll|sollen|kann) (?:ich|wir)"
        r"|hilfe|gerade eben|jetzt gerade|notruf|gerade (?:\w+ )?(?:versucht|genommen|gesprungen)"
    ),
    "es": r"no respira|inconsciente|no responde|que hago|ayuda|ahora mismo|acaba de",
    "fr": (
        r"respire (?:pas|plus)|inconscient\w*|ne repond pas|je fais quoi|que faire|aide"
        r"|a l instant|vient de"
    ),
    "it": (
        r"non respira|incosciente|privo di sensi|non risponde|cosa faccio|aiuto|proprio ora"
        r"|ha appena"
    ),
    "nl": r"ademt niet|bewusteloos|reageert niet|wat moet ik|help|hulp|net nu|zojuist",
    "pl": (
        r"nie oddycha|nieprzytomn\w*|nie reaguje|co mam robic|pomocy|pomoz|przed chwila"
        r"|wlasnie teraz"
    ),
    "pt": (
        r"nao respira|inconsciente|nao responde|o que (?:eu )?faco|socorro|ajuda|agora mesmo"
        r"|acabou de"
    ),
    "ru": r"не дышит|без сознания|не реагирует|что делать|помогите|помоги|прямо сейчас|только что",
    "uk": r"не дихає|без свідомості|не реагує|що робити|допоможіть|допоможи|прямо зараз|щойно",
    "tr": (
        r"nefes almiyor|bilinci kapali|bayildi|tepki vermiyor|ne yapmaliyim|ne yapayim|yardim"
        r"|az once"
    ),
}

# What was over is back: the thoughts returned, thinking about it again, lately not OK. Beside
# a crisis told in the past these keep it the writer's own now: they stop this module's
# blanking and distance.py's (as its `personal` words), and after a past crisis they are a
# question of their own (`ask` below), in languages whose rules read no past attempt at all.
RETURNED: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:thinking|think|thought) (?:\w+ ){0,2}?(?:about|of) (?:it|that|this|doing it|suicide"
        r"|dying|death|ending it|killing myself) (?:\w+ ){0,2}?again\b",
        r"(?:lately|recently|these days|this week|again) (?:\w+ ){0,3}?(?:thinking about (?:it"
        r"|that|dying|suicide|ending it)|not (?:ok|okay|safe)|want(?:ing)? to die)\b",
        r"not (?:ok|okay|safe) (?:right now|at the moment|these days|lately)\b",
        r"(?:want|wanted|wanting) to (?:die|do it|end it|try) again\b",
        r"(?:the )?(?:suicidal )?(?:thoughts|urges) (?:\w+ ){0,2}?(?:are|have|came|come|coming"
        r"|keep|started|creeping) (?:\w+ ){0,2}?(?:back|again)\b",
        r"(?:pills|tablets|meds|rope|gun) (?:\w+ )?(?:ready|saved|counted|lined up|stashed)\b",
        r"(?:saved|saving|stockpil\w*|hoard\w*) (?:up )?(?:\w+ )?(?:pills|tablets|meds)\b",
        r"(?:tonight|today|this weekend) (?:is|s) the (?:night|day)\b",
        r"(?:but|honestly|actually|truth is) (?:\w+ ){0,2}?(?:i am|im) not (?:fine|ok|okay"
        r"|doing (?:well|ok|okay|fine))\b",
        r"(?:plan|planning|going|want|wanting) to (?:try|do it|attempt it) again\b",
        r"(?:have|got|made) a plan to (?:try|do it|end|die|kill)\b",
    ),
    "de": (
        r"denke (?:\w+ ){0,3}?wieder (?:\w+ ){0,2}?(?:dran|daran|an (?:suizid|selbstmord|den tod"
        r"|sterben))",
        r"wieder (?:\w+ ){0,2}?(?:suizidgedanken|selbstmordgedanken|todesgedanken)",
        r"(?:gedanken|suizidgedanken) (?:\w+ ){0,2}?(?:sind|kommen|kamen) (?:\w+ ){0,2}?(?:wieder"
        r"|zuruck)\b",
        r"in letzter zeit (?:\w+ ){0,3}?(?:gedanken|denke ich (?:\w+ )?(?:dran|daran)|will"
        r" (?:\w+ )?(?:sterben|nicht mehr))",
        r"will (?:\w+ )?wieder (?:sterben|nicht mehr leben|tot sein)",
        r"(?:tabletten|pillen) (?:\w+ )?(?:bereit|gesammelt|gehortet|liegen bereit)",
        r"heute nacht (?:\w+ ){0,3}?(?:mache ich es|ist es so weit|tue ich es|will ich sterben)",
        r"aber (?:\w+ ){0,2}?(?:mir geht es|mir gehts|es geht mir) (?:\w+ )?(?:nicht gut"
        r"|schlecht)",
    ),
    "es": (
        r"(?:pienso|pensando|pensar) (?:\w+ ){0,2}?(?:en )?(?:eso|ello|morir|suicid\w*|matarme)"
        r" (?:\w+ ){0,2}?(?:otra vez|de nuevo)\b",
        r"(?:otra vez|de nuevo|ultimamente|estos dias) (?:\w+ ){0,2}?(?:pienso|pensando) (?:en )?"
        r"(?:eso|ello|morir|suicid\w*|matarme)\b",
        r"(?:han|ha) vuelto (?:los |esos |estos |las )?(?:pensamientos|ideas|ganas de morir)\b",
        r"(?:los |esos |estos )?(?:pensamientos|ideas) (?:suicidas )?(?:han )?(?:vuelto|volvieron"
        r"|vuelven)\b",
        r"(?:pastillas|pildoras) (?:\w+ )?(?:preparadas|listas|guardadas|juntadas)\b",
        r"(?:he juntado|junte|guarde|estoy juntando) (?:\w+ )?(?:pastillas|pildoras)\b",
        r"esta noche (?:\w+ ){0,2}?lo hago\b",
        r"pero (?:\w+ ){0,2}?no estoy bien\b",
    ),
    "fr": (
        r"(?:les |ces |mes )?(?:idees|pensees|envies) (?:\w+ ){0,2}?(?:reviennent|sont revenues"
        r"|revenues)\b",
        r"(?:j y|je) (?:re)?pense (?:\w+ ){0,3}?(?:encore|a nouveau|de nouveau)\b",
        r"(?:a nouveau|de nouveau|dernierement|ces temps ci|en ce moment) (?:\w+ ){0,3}?(?:j y"
        r" (?:re)?pense|je (?:re)?pense a (?:mourir|en finir|me suicider)|envie de (?:mourir"
        r"|en finir))\b",
        r"(?:cachets|medicaments|comprimes) (?:\w+ )?(?:prets|de cote|stockes)\b",
        r"(?:stocke|mis de cote|garde) (?:\w+ )?(?:des |mes |les )?(?:cachets|medicaments"
        r"|comprimes)\b",
        r"ce soir (?:\w+ ){0,2}?je le fais\b",
        r"mais (?:\w+ ){0,2}?(?:je (?:ne )?vais pas bien|ca va pas)\b",
    ),
    "it": (
        r"(?:ci )?(?:ri)?penso (?:\w+ ){0,2}?(?:di nuovo|ancora)\b",
        r"(?:di nuovo|ultimamente|ancora) (?:\w+ ){0,3}?(?:ci (?:ri)?penso|penso (?:al suicidio"
        r"|di morire|di farla finita)|voglio morire)\b",
        r"(?:i |quei |questi )?pensieri (?:\w+ ){0,2}?(?:sono tornati|tornano)\b",
        r"sono tornati (?:i |quei )?pensieri\b",
        r"(?:pillole|pastiglie|farmaci) (?:\w+ )?(?:pronte|pronti|messe da parte|conservate)\b",
        r"(?:messo da parte|conservato|accumulato) (?:\w+ )?(?:pillole|pastiglie|farmaci)\b",
        r"stanotte (?:\w+ ){0,2}?lo faccio\b",
        r"ma (?:\w+ ){0,2}?non sto bene\b",
    ),
    "nl": (
        r"(?:de )?(?:gedachten|zelfmoordgedachten) (?:\w+ ){0,2}?(?:zijn|komen|kwamen) (?:\w+ )"
        r"{0,2}?(?:terug|weer)\b",
        r"denk (?:\w+ ){0,3}?(?:weer|opnieuw) (?:\w+ ){0,2}?(?:aan|erover|eraan)\b",
        r"de laatste tijd (?:\w+ ){0,3}?(?:denk ik (?:\w+ )?(?:eraan|aan zelfmoord|aan dood)"
        r"|gedachten|wil ik (?:\w+ )?dood)\b",
        r"(?:pillen|tabletten|medicijnen) (?:\w+ )?(?:klaar|gespaard|verzameld|liggen klaar)\b",
        r"(?:vannacht|vanavond|nu) (?:\w+ )?wil ik (?:\w+ )?dood\b",
        r"maar (?:\w+ ){0,2}?(?:het gaat niet goed|ik ben niet oke|ik ben niet ok)\b",
    ),
    "pl": (
        r"(?:znowu|znow|ponownie|ostatnio) (?:\w+ ){0,3}?(?:o tym |o smierci |o samobojstwie )?"
        r"mysle\b",
        r"mysle (?:\w+ ){0,3}?(?:znowu|znow|ponownie)\b",
        r"(?:mysli|mysli samobojcze) (?:\w+ ){0,2}?wrocil\w*",
        r"wrocil\w* (?:\w+ ){0,2}?mysli\b",
        r"(?:znowu|znow|ostatnio) (?:\w+ ){0,2}?chce (?:umrzec|sie zabic)\b",
        r"(?:tabletki|leki) (?:\w+ )?(?:gotowe|odlozone|zebrane|przygotowane)\b",
        r"(?:zbieram|odkladam|zebralam|zebralem) (?:\w+ )?(?:tabletki|leki)\b",
        r"(?:dzis w nocy|dzisiaj w nocy|tej nocy) (?:\w+ ){0,2}?(?:chce to zrobic|to zrobie"
        r"|zrobie to|chce umrzec)\b",
        r"ale (?:\w+ ){0,2}?(?:nie jest dobrze|nie czuje sie dobrze|nie jest ok)\b",
    ),
    "pt": (
        r"(?:penso|pensando|pensar) (?:\w+ ){0,3}?(?:de novo|novamente|outra vez)\b",
        r"(?:de novo|novamente|outra vez|ultimamente) (?:\w+ ){0,3}?(?:penso|pensando) (?:em )?"
        r"(?:isso|morrer|suicidio|me matar|acabar)\b",
        r"(?:os |esses |aqueles )?pensamentos (?:\w+ ){0,2}?voltaram\b",
        r"voltaram (?:os |esses )?pensamentos\b",
        r"(?:remedios|comprimidos) (?:\w+ )?(?:prontos|guardados|separados|juntados)\b",
        r"(?:juntei|guardei|separei|(?:to|tou|estou) juntando) (?:\w+ )?(?:remedios"
        r"|comprimidos)\b",
        r"hoje a noite (?:\w+ ){0,2}?(?:eu )?(?:faco|vou fazer)\b",
        r"mas (?:\w+ ){0,2}?nao (?:estou|to|tou) bem\b",
    ),
    "ru": (
        r"(?:снова|опять|в последнее время|последнее время) (?:\w+ ){0,3}?(?:думаю|мысли|хочу"
        r" умереть|хочется умереть)(?!\w)",
        r"думаю (?:\w+ ){0,3}?(?:снова|опять)(?!\w)",
        r"(?:мысли|они) (?:\w+ ){0,2}?(?:вернулись|возвращаются)(?!\w)",
        r"вернулись (?:\w+ )?мысли(?!\w)",
        r"таблетк\w* (?:\w+ )?(?:готовы|накоплен\w*|собран\w*)(?!\w)",
        r"(?:накопил\w*|коплю|собрал\w*) (?:\w+ )?таблет\w*",
        r"сегодня ночью (?:\w+ ){0,2}?(?:сделаю|хочу это сделать)(?!\w)",
        r"но (?:\w+ ){0,2}?(?:мне плохо|я не в порядке)(?!\w)",
    ),
    "uk": (
        r"(?:знову|знов|останнім часом) (?:\w+ ){0,3}?(?:думаю|думки|хочу померти"
        r"|хочеться померти)(?!\w)",
        r"думаю (?:\w+ ){0,3}?(?:знову|знов)(?!\w)",
        r"(?:думки|вони) (?:\w+ ){0,2}?(?:повернулися|повертаються)(?!\w)",
        r"повернулися (?:\w+ )?думки(?!\w)",
        r"(?:пігулк\w*|таблетк\w*) (?:\w+ )?(?:готові|накопичен\w*|зібран\w*)(?!\w)",
        r"(?:накопичил\w*|збираю|зібрал\w*) (?:\w+ )?(?:пігулк\w*|таблетк\w*)",
        r"сьогодні вночі (?:\w+ ){0,2}?(?:зроблю|хочу це зробити)(?!\w)",
        r"але (?:\w+ ){0,2}?(?:мені погано|я не в порядку)(?!\w)",
    ),
    "tr": (
        r"(?:yine|tekrar|yeniden|son zamanlarda|son gunlerde) (?:\w+ ){0,3}?(?:dusunuyorum"
        r"|aklima geliyor|olmek istiyorum)\b",
        r"(?:dusunceler|intihar dusunceleri) (?:\w+ ){0,2}?(?:geri geldi|yine|tekrar)\w*",
        r"(?:haplari|ilaclari) (?:\w+ )?(?:biriktirdim|hazirladim|hazir)\b",
        r"hap (?:\w+ )?biriktir\w*",
        r"bu gece (?:\w+ ){0,2}?(?:yapacagim|yapicam)\b",
        r"ama (?:\w+ ){0,2}?iyi degilim\b",
    ),
}

# en ------------------------------------------------------------------------------------------
_EN_WELL_WORD = r"(?:well|fine|good|ok|okay|better|great|stable|happy|alright|all right|safe)"
_EN_PAST = Past(
    when=(
        r"years? ago|decades? ago|years back|(?:a )?long time ago|back then|back in (?:the day"
        r"|\d{4}|my \w+|high school|school|college|uni)|in (?:19|20)\d\d|as a teen\w*|as a kid"
        r"|in my (?:teens|twenties|early \w+|late \w+)|in (?:high school|college|uni)|when i"
        r" was (?:\w+ ){0,2}?(?:teen\w*|younger|kid|child|student|\d+|in \w+ school|at uni)"
        r"|used to|once|in the past"
    ),
    crisis=(
        r"(?:tried|attempted) (?:to )?(?:kill myself|end (?:my life|it all|it|things|my own life)"
        r"|take my (?:own )?life|commit suicide|suicide|hang myself|overdose|die)"
        r"|(?:attempted|committed) suicide|(?:made |had )?(?:a |one )?suicide attempt"
        r"|(?:an )?attempt on my (?:own )?life|(?:was|were|felt|got|became) (?:\w+ )?suicidal"
        r"|(?:had|have|get|got) (?:\w+ ){0,2}?suicidal (?:thoughts|ideation|feelings|urges)"
        r"|suicidal (?:thoughts|ideation|phase|episode|period|feelings)"
        r"|thought (?:\w+ )?(?:about|of) (?:suicide|killing myself|ending (?:it|my life|things)"
        r"|dying)|wanted to (?:die|kill myself|end (?:it|my life|things)|not be here)"
        r"|(?:took an |had an )?overdose[ds]?|self harmed|(?:cut|harmed|hurt) myself|self harm\w*"
    ),
    well=(
        rf"(?:i am|feel|feeling) (?:{NOT_A_NEGATOR}[\w,]+ ){{0,3}}?(?:doing )?{_EN_WELL_WORD}"
        rf"|doing (?:really |so |pretty |very )?(?:well|fine|good|great|better|ok|okay)"
        rf"|{_EN_WELL_WORD} (?:now|these days|today|since|for years)"
        rf"|(?:it has|it is|its|has|have|been) (?:been )?(?:\w+ )?{_EN_WELL_WORD} (?:for|since)"
        r"|in therapy|in recovery|recovered|got (?:help|better|through it)|therapy (?:helped"
        r"|worked)|behind me|new (?:job|flat|house|apartment|life|partner)|alive and well"
        r"|have not (?:since|in years|had (?:any|them|those))|not since|nothing since"
        r"|(?:years|months) (?:clean|free|stable|without)|still here|survived"
    ),
    danger=(
        r"again|(?:are|is|re|have been|keep|keeps|came|come|coming|creeping) (?:\w+ )?back"
        r"|returning|returned|relaps\w*|lately|recently|these past|past (?:few )?(?:days|weeks)"
        r"|this (?:week|month)|last (?:week|night|month)|tonight|yesterday|right now|days ago"
        r"|weeks ago|(?:a )?week ago|still (?:think|thinking|have|get|getting|feel|want|wish"
        r"|struggl\w*|suicidal)|(?:think"
        r"|thinking)(?<!used to think)(?<!used to thinking)(?<!was thinking)"
        r"(?<!were thinking) (?:\w+ )?"
        r"(?:about|of) (?:it|that|suicide|dying|death|ending|killing|doing)|(?:want|wanting|wanna)"
        r" (?:to )?(?:die|end|kill|disappear|be dead|not (?:exist|be here|wake up))"
        r"|wish i (?:was|were|had|could) (?:\w+ )?(?:dead|died|gone|succeeded|not)|a plan|the plan"
        r"|my plan|planning (?:to|it|how|on)|planned (?:it|how)|method\w*|how many (?:pills"
        r"|tablets)|how much (?:\w+ )?(?:would|is lethal|to take)"
        r"|(?:saved|saving|stockpil\w*|hoard\w*) (?:up )?(?:\w+ )?(?:pills|tablets|meds)"
        r"|not (?:\w+ )?(?:ok|okay|fine|well|good|safe|alright|doing (?:well|good|great|ok|fine))"
        r"|can not (?:do this|go on|cope|take|keep|anymore)|can not (?:\w+ ){0,3}?anymore|urges?"
        r"|craving\w*|tempt\w*|scared i (?:will|might|ll)|afraid i (?:will|might|ll)|unless"
    ),
)
_EN_STEMS = (
    r"myself|my life|my own|suicid|kill|overdos|die|dying|dead|end it|jump|hang|cut|self harm"
    r"|pills|od"
)
_EN_CHILD = r"(?:son|daughter|kid|kids|child|boy|girl|little one|toddler|\d+ ?(?:year old|yo|y o))"
# A stranger or one's patient, never "my husband" (whose overdose may be now).
_EN_PERSON = (
    r"(?:(?:a|an|the|one|this|that|another|some|our|my) (?:\w+ )?(?:patient|pt|caller|client"
    r"|customer|resident|service user)s?|(?:a|an|the|one|this|that|another|some) (?:\w+ ){0,2}?"
    r"(?:guy|man|woman|girl|boy|lad|kid|teen|teenager|person|student|lady|gentleman|jumper)"
    r"|someone|somebody)"
)
_EN_OTHERS = Others(
    role=(
        r"(?:i am|i work as|i work in|i work at|i work on|i work for|i volunteer (?:at|on|for|with"
        r"|as)|i worked as|working as|work as|as) (?:an? |the )?(?:\w+ )?(?:paramedic|emt|nurse"
        r"|police|cop|officer|firefighter|pharmacist|chemist|dispatcher|call handler|hotline"
        r"|helpline|crisis line|lifeline|samaritans|listener|crisis counsel\w*|counsel\w*"
        r"|therapist|psychologist|psychiatrist|social worker|doctor|gp|resident|lifeguard"
        r"|psych ward|psych unit|mental health|ambulance|a e|er|icu|ed)"
        r"|(?:paramedic|emt|nurse|cop|firefighter|pharmacist|dispatcher|therapist|psychologist"
        r"|psychiatrist|counsel\w*|doctor|gp|lifeguard) here"
        r"|(?:on|during|after) (?:my|our) (?:\w+ )?(?:shift|rota|rotation|tour)"
        r"|my (?:\w+ )?(?:shift|rota)|our (?:ward|unit|crew|station|team|line|pharmacy)"
        r"|" + _first("paramedic", "emt", "nurse", "pharmacist", "dispatcher", "cop", "police")
    ),
    theirs=(
        rf"{_EN_PERSON} (?:\w+ ){{0,2}}?(?:who |that )?(?:was |were |is |had been |had |s )?"
        r"(?:actively |acutely |very )?(?:suicidal|(?:tried|attempted|wanted|wants|was trying"
        r"|threatened|threatening|planning|trying) (?:to )?(?:kill (?:himself|herself|themselves)"
        r"|end (?:his|her|their) (?:own )?life|jump|take (?:his|her|their) (?:own )?life"
        r"|overdose|die|commit suicide|suicide)|overdosed|oded|attempted suicide|self harmed"
        r"|cut (?:himself|herself|themselves)|(?:with|after|in) (?:an? )?(?:overdose|od|suicide"
        r" attempt|suicidal (?:thoughts|ideation|crisis))|on (?:the|a) (?:bridge|ledge|roof))"
        r"|(?:two|three|four|five|six|several|multiple|\d+|couple of|few|many|lots of|a lot of"
        r"|loads of) (?:\w+ )?(?:overdoses|ods|suicide attempts|attempted suicides|suicides"
        r"|jumpers|suicidal (?:patients|callers|clients))"
        r"|(?:responded|went|got sent|sent|called|attended) (?:out )?to (?:an? |one |another )"
        r"(?:\w+ )?(?:overdose|suicide attempt|attempted suicide|jumper)"
        r"|(?:an? |one |another )(?:overdose|od|suicide attempt|attempted suicide) (?:call|job"
        r"|case|patient|came in|come in|brought in)"
        r"|(?:calls?|callers?|chats?|conversations?|questions?) (?:\w+ ){0,2}?(?:about|with|from"
        r"|regarding|on) (?:\w+ ){0,2}?(?:suicid\w*|overdos\w*|self harm\w*|wanting to die)"
        r"|(?:talked|talk|talking|coaxed|got|brought|pulled) (?:a |an |the |one |this |that )?"
        r"(?:\w+ )?(?:man|woman|guy|girl|boy|lad|kid|teen|teenager|person|someone|somebody"
        r"|jumper) (?:\w+ )?(?:down|off|back) (?:from |off )?(?:the |a )?(?:bridge|ledge|roof"
        r"|edge|railing|building|balcony)"
        rf"|{_EN_PERSON} (?:\w+ ){{0,3}}?(?:asked|asking|asks|wanted to know) (?:\w+ ){{0,8}}?"
        r"(?:overdose|od|lethal|fatal dose|toxic dose)"
    ),
    child=rf"(?:my|our) (?:\w+ ){{0,2}}?{_EN_CHILD}",
    asked=(
        r"(?:asked|asks|wanted to know|was asking) (?:me |us )?(?:what|why)"
        r" (?:[\w,]+ ){0,4}?(?:suicide|killing (?:yourself|themselves|himself|herself)|overdose)"
        r" (?:means|mean|is|meant|was|does)"
    ),
    danger=(
        r"me too|same here|i (?:also|too)|myself|my own|sometimes i|(?:i|me) (?:\w+ ){0,2}?(?:want"
        r"|wanted|wish|thinking|think|thought) (?:\w+ ){0,3}?(?:die|dead|end it|kill|jump|same"
        r")|(?:think|thought|thinking|feel|felt) (?:\w+ ){0,3}?(?:too|as well|also|myself"
        r"|sometimes"
        r"|a lot)|not (?:ok|okay|fine|coping|good|doing well|alright)|can not (?:do this|go on"
        r"|cope|take it|anymore)|can not (?:\w+ ){0,3}?anymore|jealous|envy|envied|wish (?:it"
        r"|that) (?:was|were|had"
        r"|could) (?:\w+ )?me|could (?:have been|be) me|understand (?:him|her|them|why)|tempt\w*"
        r"|triggered|brought back (?:memories|my|old)|reminded me|relate"
    ),
    stems=_EN_STEMS,
)
_EN_JOKE = Joke(
    said=(
        r"kill myself|kms|jump (?:out of|off|from) (?:the |a |my )?(?:window|bridge|roof|balcony"
        r"|building)|throw myself (?:out of|off) (?:the |a |my )?(?:window|bridge|balcony)"
        r"|end it all|unalive myself|off myself|(?:want to|wanna) die|i am dead|i am dying"
        r"|hang myself|shoot myself|can not (?:anymore|even|go on|take it anymore)"
    ),
    marker=r"jk|j k|just kidding|kidding|joking|jokes|i am joking|not really|obviously not",
    danger=(
        r"serious\w*|for real|fr|not (?:\w+ )?(?:joking|kidding)|no joke|honestly|actually"
        r"|half (?:joking|kidding)|only half|unless|mean it|(?:kidding|joking|jokes) aside"
    ),
)
_EN_LAUGHING = Joke(
    said=r"(?:i )?can not (?:anymore|even|any more)|i am (?:dead|dying|crying)",
    marker=_LAUGH,
    danger=r"serious\w*|for real|not (?:joking|kidding)|no joke|honestly",
)

# de ------------------------------------------------------------------------------------------
_DE_PAST = Past(
    when=(
        r"vor (?:\w+ ){0,2}?jahren|vor langer zeit|fruher|damals|einmal|in der vergangenheit"
        r"|als (?:teenager|jugendliche\w*|kind|schuler\w*|student\w*|ich (?:\w+ )?(?:jung|jünger"
        r"|junger|\d+) war)|mit (?:\d+|funfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig)"
        r"|in (?:meiner|der) (?:jugend|schulzeit|pubertat|studienzeit|studentenzeit)"
        r"|(?:im jahr |anno )?(?:neunzehn|zweitausend)\w*|im jahr (?:19|20)\d\d"
    ),
    crisis=(
        r"(?:versucht|probiert) (?:, )?mich (?:umzubringen|zu toten|das leben zu nehmen|zu"
        r" erhangen)|(?:einen )?(?:suizid|selbstmord)versuch\w*|(?:suizid|selbstmord)gedanken"
        r"|suizidal\w*|wollte (?:\w+ ){0,2}?(?:sterben|nicht mehr leben|mich umbringen|tot sein)"
        r"|(?:habe|hab|hatte) (?:ich )?mich (?:\w+ ){0,2}?(?:geritzt|selbst verletzt)|geritzt"
        r"|selbstverletz\w*|(?:eine )?uberdosis (?:\w+ )?genommen"
        r"|an (?:suizid|selbstmord|den tod) gedacht"
    ),
    well=(
        r"(?:geht|ging|gehts) (?:es )?(?:mir )?(?:\w+ ){0,2}?(?:gut|besser|prima|super)"
        r"|mir geht (?:es|s)? ?(?:\w+ ){0,2}?(?:gut|besser|prima)|(?:ich bin|bin) (?:\w+ ){0,2}?"
        r"(?:stabil|glucklich|gesund|uber den berg)|seit jahren (?:\w+ )?(?:stabil|gut|nichts"
        r"|keine|ruhe)|seitdem (?:\w+ )?(?:stabil|gut|nichts|keine|nie)|in therapie|therapie"
        r" (?:hat )?(?:\w+ )?geholfen|vorbei|hinter mir|uberstanden|neue\w* (?:job|wohnung|arbeit"
        r"|stelle|partner\w*)"
    ),
    danger=(
        r"wieder(?! (?:gut|besser|stabil|gesund|glucklich|arbeiten|lachen|froh))|erneut|zuruck"
        r"|in letzter zeit|neuerdings|seit (?:ein paar|einigen|kurzem|letzter|gestern) \w*|gerade"
        r"|heute nacht|heute abend|letzte (?:woche|nacht)|gestern|vor (?:ein paar|einigen|zwei"
        r"|drei) (?:tagen|wochen)|(?:immer|noch) (?:noch )?(?:gedanken|denke|will|suizid\w*)"
        r"|denke(?<!habe denke)(?<!hatte denke) (?:\w+ ){0,3}?(?:dran|daran|an (?:suizid"
        r"|selbstmord|den tod"
        r"|sterben))|will (?:\w+ ){0,2}?(?:sterben|nicht mehr|tot)|plan\w*|methode\w*|wie viele"
        r"|nicht (?:\w+ )?(?:gut|ok|okay|in ordnung|stabil)|kann nicht mehr|schaffe (?:das|es)"
        r" nicht|ruckfall\w*|drang"
    ),
)
_DE_OTHERS = Others(
    role=(
        r"(?:ich bin|bin|ich arbeite als|arbeite als|ich arbeite (?:in|bei|an|auf)|arbeite (?:in"
        r"|bei|an|auf)|als) (?:\w+ )?(?:sanitater\w*|rettungs\w*|notfallsanitater\w*|notarzt\w*"
        r"|pfleger\w*|krankenpfleg\w*|krankenschwester|pflegekraft|polizist\w*|polizei"
        r"|feuerwehr\w*"
        r"|apotheker\w*|pta|disponent\w*|leitstelle|telefonseelsorge|seelsorge\w*|krisendienst"
        r"|krisentelefon|berater\w*|therapeut\w*|psycholog\w*|psychiater\w*|sozialarbeiter\w*"
        r"|arzt|arztin|psychiatrie|notaufnahme|intensiv\w*)"
        r"|(?:im|nach dem|in der) (?:\w+ )?(?:dienst|nachtdienst|schicht|einsatz)"
        r"|(?:meine|unsere) (?:\w+ )?(?:schicht|station|wache)|"
        + _first(
            "sanitater",
            "notfallsanitater",
            "rettungssanitater",
            "pfleger",
            "pflegerin",
            "krankenschwester",
            "apotheker",
            "apothekerin",
            "polizist",
            "polizistin",
        )
    ),
    theirs=(
        r"(?:patient\w*|anrufer\w*|klient\w*|kund\w*|mann|frau|junge|madchen|jugendliche\w*|typ"
        r"|kerl|person|jemand\w*|einer|eine|schuler\w*) (?:\w+ ){0,3}?(?:der|die|mit|nach)? ?"
        r"(?:\w+ )?(?:suizidal\w*|suizidgedanken|selbstmordgedanken|(?:einem |einer )?"
        r"(?:suizid|selbstmord)versuch\w*|(?:einer )?uberdosis|springen wollte|sich (?:\w+ )?"
        r"(?:umbringen|das leben nehmen|toten) wollte|gesprungen)"
        r"|(?:zwei|drei|vier|mehrere|einige|viele|\d+) (?:\w+ )?(?:uberdos\w*|suizidversuch\w*"
        r"|selbstmordversuch\w*|suizid\w*|springer\w*)"
        r"|(?:anrufe|gesprache|fragen) (?:\w+ ){0,2}?(?:zu|uber|wegen|mit) (?:\w+ ){0,2}?"
        r"(?:suizid\w*|selbstmord\w*|uberdosis)"
        r"|(?:jemand\w*|einen mann|eine frau|einen jungen|ein madchen|einen typ) (?:\w+ ){0,3}?"
        r"(?:von der brucke|vom dach|vom gelander) (?:\w+ ){0,2}?(?:geholt|runtergeholt"
        r"|uberredet|gerettet)"
        r"|(?:kund\w*|patient\w*|jemand\w*|anrufer\w*) (?:\w+ ){0,3}?(?:gefragt|fragte|wollte"
        r" wissen) (?:\w+ ){0,3}?(?:was|warum|wie viel|ab wann|wie viele) (?:\w+ ){0,3}?"
        r"(?:uberdosis|todlich)\w*"
    ),
    child=r"(?:mein|meine|unser|unsere) (?:\w+ ){0,2}?(?:sohn|tochter|kind|kleine|kleiner|junge)",
    asked=(
        r"(?:gefragt|fragte|fragt|wollte wissen) (?:[\w,]+ ){0,3}?(?:was|warum) (?:\w+ ){0,3}?"
        r"(?:suizid|selbstmord|uberdosis)\w* (?:\w+ )?(?:ist|bedeutet|heisst|sei)"
    ),
    danger=(
        r"ich auch|mir auch|auch ich|will auch|(?:ich|mich|mir) (?:\w+ ){0,2}?auch (?:\w+ ){0,2}?"
        r"(?:nicht mehr|sterben|tot|umbringen|so)|nicht mehr leben|geht mir (?:\w+ )?auch so"
        r"|mich selbst|manchmal (?:\w+ ){0,3}?(?:denke"
        r"|will|wunsche)|(?:ich|mich) (?:\w+ ){0,3}?(?:will|wollte|wunsche|denke) (?:\w+ ){0,3}?"
        r"(?:sterben|tot|umbringen|springen|dasselbe)|nicht (?:gut|ok|okay|in ordnung)"
        r"|kann nicht mehr|beneide|neidisch|verstehe (?:ihn|sie|das)|getriggert|triggert"
        r"|erinnert mich"
    ),
    stems=r"mich|suizid|selbstmord|umbring|uberdosis|sterben|tot|spring",
)
_DE_JOKE = Joke(
    said=(
        r"bring mich um|mich umbringen|spring(?:e)? (?:\w+ )?(?:aus dem fenster|von der brucke"
        r"|vom dach)|sturz(?:e)? mich (?:\w+ )?(?:aus dem fenster|von der brucke)"
        r"|will sterben|ich sterbe|bin tot|erschiess mich|kann nicht mehr"
    ),
    marker=(
        r"(?:nur |kleiner |war ein )?(?:spass|scherz)|nicht ernst gemeint|nicht wirklich"
        r"|naturlich nicht|jk"
    ),
    danger=r"ernst\w*|im ernst|kein (?:spass|scherz)|ehrlich|wirklich jetzt",
)

# es ------------------------------------------------------------------------------------------
_ES_PAST = Past(
    when=(
        r"hace (?:mas de )?(?:\w+ )?anos|hace (?:mucho|tiempo)|tiempo atras|anos atras"
        r"|de (?:adolescente|joven|chic[oa]|nin[oa])|en (?:la )?(?:adolescencia|prepa|secundaria"
        r"|universidad|facultad|carrera)|en el (?:instituto|colegio|liceo|pasado)|cuando (?:era"
        r"|tenia|estaba)|una vez|antes|en (?:19|20)\d\d|a los \d+"
    ),
    crisis=(
        r"intente (?:suicidarme|quitarme la vida|matarme|acabar con (?:mi vida|todo))"
        r"|(?:tuve|hice) (?:un )?intento de suicidio|intento de suicidio"
        r"|(?:tuve|tenia) (?:\w+ ){0,2}?(?:pensamientos|ideas|ideacion) suicida\w*"
        r"|pensamientos suicidas|ideas suicidas|(?:pensaba|pense) (?:mucho )?en (?:el suicidio"
        r"|suicidarme|matarme|quitarme la vida|morir)|quise (?:morir|matarme|suicidarme)"
        r"|queria (?:morirme|morir|matarme|suicidarme)|me (?:autolesionaba|cortaba|lastimaba)"
        r"|me (?:hice|hacia) dano|(?:tome|tuve) una sobredosis"
    ),
    well=(
        r"(?:ahora |hoy |ya )?estoy (?:\w+ ){0,2}?(?:bien|mejor|estable|feliz|tranquil[oa])"
        r"|me va (?:muy )?bien|(?:voy|fui) a terapia|en terapia|hice terapia|lo supere"
        r"|(?:quedo|esta) atras|ya paso|todo bien|nuevo trabajo|trabajo nuevo|desde entonces"
        r" (?:nada|no|bien)|llevo (?:\w+ ){0,2}?(?:bien|estable)"
    ),
    danger=(
        r"otra vez|de nuevo|nuevamente|volvi\w*|han vuelto|vuelven|ultimamente|estos dias"
        r"|esta (?:semana|noche)|anoche|ayer|ahora mismo|hace (?:unos |pocos )?(?:dias|semanas)"
        r"|la semana pasada|sigo (?:pensando|queriendo|con)|todavia (?:pienso|quiero|tengo)"
        r"|pienso(?<!pensaba pienso)(?<!pense pienso) en (?:\w+ )?(?:eso|ello|suicid\w*|morir"
        r"|matarme)"
        r"|quiero (?:morir|morirme|matarme|suicidarme|desaparecer|acabar)|plan\w*|metodo\w*"
        r"|cuant[oa]s|no estoy bien|no puedo mas|ya no aguanto|reca\w*|ganas de"
    ),
)
_ES_OTHERS = Others(
    role=(
        r"(?:soy|trabajo como|trabajo de|trabajo en|como) (?:\w+ )?(?:paramedic[oa]|tecnic[oa]"
        r"|enfermer[oa]|policia|agente|bomber[oa]|farmaceutic[oa]|operador\w*|psicolog[oa]"
        r"|psiquiatra|terapeuta|trabajador\w* social|medic[oa]|residente|socorrista|urgencias"
        r"|la linea|una linea|el telefono|ambulancia|emergencias|psiquiatria)"
        r"|(?:paramedic[oa]|enfermer[oa]|farmaceutic[oa]|policia|bomber[oa]|psicolog[oa]"
        r"|medic[oa]) aqui"
        r"|(?:en|durante|despues de) (?:mi|la|el) (?:\w+ )?(?:guardia|turno)"
        r"|mi (?:\w+ )?(?:guardia"
        r"|turno)|"
        + _first(
            "paramedico",
            "paramedica",
            "enfermero",
            "enfermera",
            "farmaceutico",
            "farmaceutica",
            "policia",
            "bombero",
        )
    ),
    theirs=(
        r"(?:paciente\w*|cliente\w*|chic[oa]|hombre|mujer|senor\w*|persona|alguien|muchach[oa]"
        r"|chaval\w*|llamante\w*|adolescente\w*|joven) (?:\w+ ){0,3}?(?:con|por|que|tras)? ?"
        r"(?:\w+ )?(?:suicida\w*|ideas suicidas|ideacion suicida|(?:un )?intento de suicidio"
        r"|(?:una )?sobredosis|queria (?:saltar|tirarse|matarse|suicidarse)|intento (?:suicidarse"
        r"|matarse|tirarse|saltar)|se queria (?:tirar|matar))"
        r"|(?:dos|tres|cuatro|varias|varios|muchas|muchos|\d+) (?:\w+ )?(?:sobredosis|intentos de"
        r" suicidio|suicidios|llamadas (?:por|de|sobre) suicidio)"
        r"|(?:llamadas|consultas|preguntas) (?:\w+ ){0,2}?(?:sobre|por|de) (?:\w+ ){0,2}?"
        r"(?:suicid\w*|sobredosis)"
        r"|(?:convencimos|convenci|bajamos|baje|rescatamos) (?:a )?(?:un|una|alguien|un hombre"
        r"|una mujer|un chico|una chica) (?:\w+ ){0,5}?(?:puente|azotea|cornisa|tejado)"
        r"|(?:paciente|cliente|alguien|senor\w*|chic[oa]) (?:\w+ ){0,3}?(?:pregunto|preguntaba"
        r"|quiso saber) (?:\w+ ){0,3}?(?:que|cuant[oa]s?|cuanta) (?:\w+ ){0,4}?(?:sobredosis"
        r"|dosis (?:letal|mortal))"
    ),
    child=r"(?:mi|nuestr[oa]) (?:\w+ ){0,2}?(?:hij[oa]|nin[oa]|pequen[oa]|peque)",
    asked=(
        r"(?:me |nos )?(?:pregunto|preguntaba|quiso saber) (?:[\w,]+ ){0,3}?(?:que|por que)"
        r" (?:(?:\w+ ){0,2}?(?:el |la )?(?:suicidio|sobredosis|suicidarse) (?:\w+ )?(?:significa"
        r"|es"
        r"|era|quiere decir)|(?:significa|es|era|quiere decir) (?:el |la )?(?:suicidio|sobredosis"
        r"|suicidarse))"
    ),
    danger=(
        r"yo tambien|a mi tambien|me pasa (?:\w+ )?lo mismo|a veces (?:\w+ ){0,2}?(?:pienso"
        r"|quiero)|(?:yo|me) (?:\w+ ){0,2}?(?:quiero|queria|pienso) (?:\w+ ){0,3}?(?:morir"
        r"|matarme|lo mismo|saltar)|no estoy bien|no puedo mas|envidia|le entiendo|la entiendo"
        r"|lo entiendo|me recordo"
    ),
    stems=r"me mat|matarme|suicid|sobredosis|morir|muert|saltar|tirarme",
)
_ES_JOKE = Joke(
    said=(
        r"me mato|me voy a matar|matarme|me (?:tiro|lanzo|aviento|avento) (?:por|de|desde)"
        r" (?:la |el )?(?:ventana|puente|balcon|edificio|azotea)|me quiero morir|quiero morir"
        r"|me suicido|no puedo mas"
    ),
    marker=r"es broma|broma|bromeo|bromita|es (?:un )?chiste|jk|mentira",
    danger=r"en serio|de verdad|no es broma|sin broma|hablando en serio",
)
_ES_LAUGHING = Joke(
    said=r"no puedo mas|ya no puedo|me meo|no puedo (?:parar|respirar) de (?:reir|risa)",
    marker=_LAUGH + r"|risa|reir\w*|riendo",
    danger=r"en serio|de verdad|no es broma",
)
_ES_AFTER_LAUGH = Joke(
    said=r"jaja\w*|jeje\w*|risa",
    marker=r"no puedo mas|ya no puedo",
    danger=r"en serio|de verdad|no es broma|pero (?:ya )?no puedo mas con",
)

# fr ------------------------------------------------------------------------------------------
_FR_PAST = Past(
    when=(
        r"il y a (?:plus de )?(?:\w+ )?ans|y a (?:\w+ )?ans|ado|adolescente?|a l adolescence"
        r"|au (?:lycee|college)|a la fac|quand j (?:etais|avais)|autrefois|avant|a l epoque"
        r"|une fois|par le passe|en (?:19|20)\d\d|a \d+ ans"
    ),
    crisis=(
        r"(?:j ai )?(?:fait )?une tentative de suicide|tentative de suicide|(?:j ai )?(?:tente"
        r"|essaye) de (?:me suicider|mettre fin a mes jours|me tuer|en finir)"
        r"|(?:j avais|j ai eu) (?:\w+ ){0,2}?(?:idees|pensees) (?:noires|suicidaires)"
        r"|(?:idees|pensees) suicidaires|(?:je pensais|j ai pense) (?:\w+ )?(?:au suicide|a me"
        r" suicider|a mourir|a en finir)|je voulais (?:mourir|me tuer|en finir)"
        r"|je me (?:scarifiais|mutilais|coupais)|(?:j ai fait |fait )?une (?:overdose|surdose)"
        r"|(?:j etais|etais) suicidaire"
    ),
    well=(
        r"(?:je )?vais (?:\w+ ){0,2}?(?:bien|mieux)|ca va (?:\w+ )?(?:bien|mieux)|(?:je suis|suis)"
        r" (?:\w+ )?(?:stable|heureuse?|guerie?|sortie? d affaire)|en therapie|suivie? (?:par"
        r" |en )|therapie|derriere moi|c est fini|du passe|nouveau (?:travail|boulot|job"
        r"|appart\w*)|nouvelle vie|depuis (?:\w+ )?(?:rien|plus rien|stable|bien)"
    ),
    danger=(
        r"encore (?:des |ces |les )?(?:idees|pensees|envie|penser|pense|essaye|tente)"
        r"|a nouveau|de nouveau|recommence\w*|reviennent|revenues?|revenu|recemment|dernierement"
        r"|ces (?:derniers|temps)|ce soir|cette (?:semaine|nuit)|hier|la semaine derniere"
        r"|en ce moment|il y a (?:quelques )?(?:jours|semaines)|toujours (?:des idees|envie"
        r"|pense)|j y (?:re)?pense|je (?:re)?pense (?:encore |souvent |parfois )?(?:au suicide|a"
        r" me suicider|a mourir|a en finir)|envie de (?:mourir|en finir|me tuer|disparaitre)"
        r"|veux (?:mourir|en finir|me tuer)|plan\w*|methode\w*|combien|ca va pas|ne va pas"
        r"|vais pas bien|j en peux plus|n en peux plus|rechute\w*"
    ),
)
_FR_OTHERS = Others(
    role=(
        r"(?:je suis|suis|je bosse comme|je travaille comme|je travaille (?:aux|au|a la|en|dans)"
        r"|bosse (?:aux|au|a la|en)|en tant qu) (?:\w+ )?(?:ambulancier\w*|infirmier\w*"
        r"|urgentiste|pompier\w*|policier\w*|flic|gendarme|pharmacien\w*|regulateur\w*"
        r"|ecoutant\w*|benevole\w*|psy\w*|therapeute|medecin|interne|aide soignant\w*"
        r"|urgences|samu|smur|rea|psychiatrie|ligne d ecoute|sos amitie|educat\w*)"
        r"|(?:ambulancier|infirmiere?|pharmacien\w*|pompier|policier\w*|medecin|psy) ici"
        r"|(?:pendant|apres) (?:ma|la|mon) (?:\w+ )?(?:garde|nuit|service|intervention)"
        r"|(?:ma|notre) (?:\w+ )?(?:garde|service|equipe)|"
        + _first(
            "ambulancier",
            "ambulanciere",
            "infirmier",
            "infirmiere",
            "pharmacien",
            "pharmacienne",
            "pompier",
            "policier",
            "policiere",
            "urgentiste",
        )
    ),
    theirs=(
        r"(?:une|un|deux|trois|quatre|plusieurs|\d+) (?:\w+ )?(?:overdoses?|surdoses?"
        r"|tentatives? de suicide|ts|suicides?)"
        r"|(?:patient\w*|appelant\w*|client\w*|gars|mec|type|homme|femme|fille|jeune|ado"
        r"|quelqu un|personne|monsieur|dame) (?:\w+ ){0,3}?(?:suicidaires?|en (?:crise suicidaire"
        r"|overdose|surdose)|apres une (?:overdose|surdose|tentative de suicide)|qui (?:voulait"
        r"|menacait de|a voulu|essayait de) (?:sauter|se suicider|se tuer|en finir|se jeter)"
        r"|qui a (?:tente|fait une tentative|fait une overdose))"
        r"|(?:appels?|questions?) (?:\w+ ){0,2}?(?:sur|pour|autour du|de) (?:\w+ ){0,2}?"
        r"(?:suicid\w*|overdose|surdose)"
        r"|(?:client\w*|patient\w*|quelqu un|monsieur|dame) (?:\w+ ){0,3}?(?:a demande|m a demande"
        r"|demandait|voulait savoir) (?:\w+ ){0,4}?(?:combien|a partir de|quelle dose) (?:\w+ )"
        r"{0,4}?(?:overdose|surdose|mortel\w*|letal\w*)"
    ),
    child=r"(?:mon|ma|notre) (?:\w+ ){0,2}?(?:fils|fille|enfant|petit|petite|gamin\w*)",
    asked=(
        r"(?:m a |nous a )?(?:demande|demandait|voulait savoir) (?:[\w,]+ ){0,3}?(?:ce que"
        r"|c est quoi"
        r"|pourquoi) (?:\w+ ){0,2}?(?:le )?(?:suicide|overdose|se suicider)(?: (?:\w+ )?(?:veut"
        r" dire|voulait dire|signifie|est))?"
    ),
    danger=(
        r"moi aussi|moi meme|pareil|parfois (?:\w+ ){0,2}?(?:je pense|j y pense|j ai envie)"
        r"|(?:je|j) (?:\w+ ){0,2}?(?:veux|voulais|pense|envie) (?:\w+ ){0,3}?(?:mourir|en finir"
        r"|sauter|me tuer|pareil)|ca va pas|je vais pas bien|j en peux plus|envie|je le comprends"
        r"|je la comprends|je les comprends|ca m a rappele"
        # The writer's own act in the same span: "après ma garde j'ai pris une overdose".
        r"|j ai (?:pris|avale)|je me suis (?:fait|injecte)"
    ),
    stems=r"me tuer|me suicid|suicid|overdos|surdos|mourir|mort|sauter|me jeter|en finir|ts",
)
_FR_JOKE = Joke(
    said=(
        r"je me tue|me tuer|je vais me (?:tuer|suicider|jeter)|me jeter (?:par|du|de) (?:la |le )?"
        r"(?:fenetre|pont|balcon)|je me jette|je veux mourir|je me suicide|je me pends"
    ),
    marker=r"je rigole|jrigole|je plaisante|c est pour rire|pour rire|jdr|je blague|blague|jk",
    danger=r"serieux|serieusement|pour de vrai|sans (?:rire|blague)|c est pas une blague",
)
_FR_LAUGHING = Joke(
    said=r"j en peux plus|je n en peux plus|je suis mort\w*|je meurs",
    marker=_LAUGH + r"|de rire",
    danger=r"serieux|serieusement|pour de vrai|sans rire",
)

# it ------------------------------------------------------------------------------------------
_IT_PAST = Past(
    when=(
        r"anni fa|tanto tempo fa|tempo fa|da (?:adolescente|ragazz[oa]|giovane)|al liceo"
        r"|all universita|quando (?:ero|avevo|facevo)|una volta|in passato|nel (?:19|20)\d\d"
        r"|a \d+ anni"
    ),
    crisis=(
        r"(?:ho )?tentato (?:il )?suicidio|tentato di (?:uccidermi|togliermi la vita|suicidarmi"
        r"|farla finita)|tentativo di suicidio|(?:avevo|ho avuto) (?:\w+ ){0,2}?pensieri"
        r" (?:suicid\w*|di morte)|pensieri suicid\w*|(?:pensavo|ho pensato) (?:\w+ )?(?:al"
        r" suicidio|di (?:uccidermi|farla finita|togliermi la vita|morire))|volevo (?:morire"
        r"|uccidermi|farla finita)|mi (?:tagliavo|facevo del male)|(?:ho fatto |fatto )?(?:un )?"
        r"overdose|autolesion\w*|ero suicida"
    ),
    well=(
        r"(?:ora|adesso|oggi) sto (?:\w+ )?(?:bene|meglio)|sto (?:\w+ ){0,2}?(?:bene|meglio)"
        r"|vado (?:in|dalla|dallo|da una|da un) (?:terapia|psicolog\w*|psicoterapeut\w*)"
        r"|in terapia|(?:e|ormai) passato|acqua passata|alle spalle|ne sono uscit[oa]|stabile"
        r"|nuovo lavoro|da allora (?:niente|nulla|bene)"
    ),
    danger=(
        r"di nuovo|ancora (?:pensieri|penso|voglia|ci penso)|ci (?:ri)?penso|tornat[ie]|tornano"
        r"|ultimamente|di recente|recentemente|in questi giorni|stanotte|stasera"
        r"|questa settimana|ieri|la settimana scorsa|(?:qualche|pochi) (?:giorni|settimane) fa"
        r"|penso(?<!pensavo penso) (?:\w+ )?(?:al suicidio|di (?:uccidermi|farla finita|morire))"
        r"|voglio (?:morire|uccidermi|farla finita|sparire)|(?:un|il) piano|metodo\w*|quant[ie]"
        r"|non sto bene|non ce la faccio|ricadut\w*"
    ),
)
_IT_OTHERS = Others(
    role=(
        r"(?:sono|faccio (?:l|il|la)|lavoro come|lavoro (?:in|al|alla|nel|nella|su)"
        r"|come) (?:\w+ )?"
        r"(?:soccorritor\w*|infermier\w*|paramedic\w*|polizi\w*|carabinier\w*|vigil\w* del fuoco"
        r"|pompier\w*|farmacist\w*|operator\w*|volontari\w*|psicolog\w*|psichiatr\w*|terapeut\w*"
        r"|assistente sociale|medic\w*|specializzand\w*|pronto soccorso|118|112|telefono amico"
        r"|linea (?:di ascolto|anti suicidio)|ambulanza|psichiatria)"
        r"|(?:infermier[ea]|farmacist[ae]|soccorritore|medico|poliziott[oa]) qui"
        r"|(?:durante|dopo) (?:il|la|un|una) (?:\w+ )?(?:turno|notte|guardia|servizio)|"
        + _first(
            "soccorritore", "infermiere", "infermiera", "farmacista", "poliziotto", "poliziotta"
        )
    ),
    theirs=(
        r"(?:paziente|pazienti|cliente|ragazz\w*|uomo|donna|signor\w*|tizi[oa]|qualcuno|persona"
        r"|utente) (?:\w+ ){0,3}?(?:suicida|con (?:ideazione|pensieri) suicid\w*|in overdose"
        r"|per (?:un )?overdose|dopo (?:un )?(?:overdose|tentativo di suicidio)|che (?:voleva|ha"
        r" tentato di|minacciava di) (?:buttarsi|uccidersi|suicidarsi|farla finita|saltare))"
        r"|(?:un|una|due|tre|quattro|vari|diversi|\d+) (?:\w+ )?(?:overdose|tentativi? di"
        r" suicidio|suicidi)"
        r"|(?:chiamate|telefonate|domande) (?:\w+ ){0,2}?(?:sul|sui|per|di) (?:\w+ ){0,2}?"
        r"(?:suicid\w*|overdose)"
        r"|(?:cliente|paziente|qualcuno|signor\w*) (?:\w+ ){0,3}?(?:ha chiesto|chiedeva|voleva"
        r" sapere) (?:\w+ ){0,3}?(?:quant[oai]|da quant[oai]) (?:\w+ ){0,4}?(?:overdose|letale"
        r"|mortale)"
    ),
    child=r"(?:mio|mia|nostro|nostra) (?:\w+ ){0,2}?(?:figli[oa]|bambin[oa]|piccol[oa])",
    asked=(
        r"(?:mi |ci )?(?:ha chiesto|chiesto|chiedeva|voleva sapere) (?:[\w,]+ ){0,3}?(?:cosa"
        r"|perche)"
        r" (?:\w+ ){0,2}?(?:e )?(?:il )?(?:suicidio|overdose)(?: (?:\w+ )?(?:vuol dire|significa"
        r"|e))?"
    ),
    danger=(
        r"anch io|anche a me|a volte (?:\w+ ){0,2}?(?:penso|ci penso|voglio)|(?:io|mi) (?:\w+ )"
        r"{0,2}?(?:voglio|volevo|penso) (?:\w+ ){0,3}?(?:morire|uccidermi|farla finita|lo stesso)"
        r"|non sto bene|non ce la faccio|invidia|lo capisco|la capisco|mi ha ricordato"
        r"|ho (?:preso|ingerito|mandato giu)|mi sono (?:pres[oa]|fatt[oa]|iniettat[oa])"
    ),
    stems=r"uccider|suicid|overdose|morire|mort|buttar|farla finita",
)
_IT_JOKE = Joke(
    said=(
        r"mi ammazzo|ammazzarmi|mi uccido|mi butto (?:dalla|dal|giu dalla|giu dal) (?:finestra"
        r"|ponte|balcone|tetto)|mi sparo|voglio morire|mi impicco"
    ),
    marker=r"scherzo|sto scherzando|scherzavo|per scherzo|jk|ovviamente no",
    danger=r"sul serio|seriamente|davvero|non scherzo|non sto scherzando",
)
_IT_LAUGHING = Joke(
    said=r"non ce la faccio piu|muoio|sono mort[oa]|sto morendo",
    marker=_LAUGH + r"|dal ridere|dalle risate",
    danger=r"sul serio|seriamente|non scherzo",
)

# nl ------------------------------------------------------------------------------------------
_NL_PAST = Past(
    when=(
        r"jaar (?:geleden|terug)|jaren (?:geleden|terug)|lang geleden|vroeger|ooit|destijds"
        r"|in het verleden|toen ik (?:\w+ ){0,2}?(?:was|jong)|als (?:tiener|puber|kind|student)"
        r"|op de middelbare|in mijn (?:tienerjaren|studietijd|jeugd|pubertijd)|in (?:19|20)\d\d"
    ),
    crisis=(
        r"(?:heb|had) (?:ik )?(?:een )?(?:zelfmoordpoging|suicidepoging)\w*|zelfmoordpoging\w*"
        r"|suicidepoging\w*|(?:geprobeerd|probeerde) (?:\w+ ){0,2}?(?:zelfmoord te plegen"
        r"|mezelf (?:van het leven )?te beroven|een einde aan mijn leven te maken|mezelf te doden"
        r"|dood te gaan)|(?:had|heb) (?:ik )?(?:\w+ ){0,2}?(?:zelfmoordgedachten|suicidale"
        r" (?:gedachten|gevoelens)|doodswens)|zelfmoordgedachten|suicidale (?:gedachten"
        r"|gevoelens|periode|fase)|(?:was|ben) (?:ik )?(?:\w+ )?suicidaal|(?:wilde|wou) (?:ik )?"
        r"(?:dood|niet meer leven|er een einde aan maken)|sneed (?:ik )?mezelf"
        r"|zelfbeschadig\w*|(?:een )?overdosis (?:genomen)?"
    ),
    well=(
        r"(?:het )?gaat (?:\w+ ){0,3}?(?:goed|beter|prima)|(?:ik ben|ben) (?:\w+ )?(?:stabiel"
        r"|gelukkig|beter|er bovenop)|(?:in|onder) (?:therapie|behandeling)|therapie (?:\w+ )?"
        r"geholpen|voorbij|achter me|sindsdien (?:niet|niks|nooit|goed)|nieuwe (?:baan|job"
        r"|woning|partner)|al (?:\w+ )?jaren (?:stabiel|goed|niks)"
    ),
    danger=(
        r"weer(?! (?:goed|beter|prima|leuk|gelukkig|aan het werk|werken|lachen))|opnieuw"
        r"|(?:zijn|is|komen|komt|kwamen|kwam) (?:\w+ )?terug|teruggekomen|de laatste tijd"
        r"|laatst|onlangs|sinds kort|deze (?:week|dagen)|vannacht|vanavond|gisteren|vorige week"
        r"|(?:paar|een paar) (?:dagen|weken) geleden|nog (?:steeds|altijd) (?:\w+ )?(?:gedachten"
        r"|denk|wil)|denk(?<!dacht denk) (?:\w+ ){0,2}?(?:eraan|aan zelfmoord|aan doodgaan|aan"
        r" sterven)|wil (?:\w+ ){0,2}?(?:dood|niet meer leven|er een einde aan)|plan\w*"
        r"|methode\w*|hoeveel|niet (?:goed|oke|ok|lekker)|kan niet meer|terugval\w*|drang"
    ),
)
_NL_OTHERS = Others(
    role=(
        r"(?:ik ben|ben|ik werk als|werk als|ik werk (?:bij|op|in|aan)|werk (?:bij|op|in|aan)"
        r"|als) (?:\w+ )?(?:ambulance\w*|verpleeg\w*|verpleger|politie\w*|agent|agente"
        r"|brandweer\w*|apotheker\w*|apothekersassistent\w*|meldkamer\w*|centralist\w*"
        r"|hulplijn|113|de kindertelefoon|vrijwillig\w*|psycholo\w*|psychiater|therapeut\w*"
        r"|maatschappelijk werk\w*|arts|huisarts|seh|spoedeisende hulp|de spoed|ggz|psychiatrie"
        r"|leraar|lerares|docent\w*)"
        r"|(?:verpleegkundige|apotheker|agent|ambulancebroeder|arts) hier"
        r"|(?:tijdens|na) (?:mijn|de|een) (?:\w+ )?(?:dienst|nachtdienst|shift|rit)"
        r"|(?:mijn|onze) (?:\w+ )?(?:dienst|afdeling|ploeg)|"
        + _first(
            "ambulanceverpleegkundige",
            "verpleegkundige",
            "apotheker",
            "agent",
            "politieagent",
            "ambulancebroeder",
        )
    ),
    theirs=(
        r"(?:patient\w*|beller\w*|client\w*|klant\w*|jongen|meisje|man|vrouw|iemand|persoon"
        r"|jongere\w*|gast) (?:\w+ ){0,3}?(?:suicidaal|met (?:zelfmoordgedachten|suicidale"
        r" gedachten|een overdosis)|na een (?:overdosis|zelfmoordpoging|suicidepoging)"
        r"|die (?:\w+ )"
        r"{0,3}?(?:wilde springen|zelfmoord wilde plegen|een einde aan (?:zijn|haar) leven wilde"
        r" maken|een zelfmoordpoging had gedaan))"
        r"|(?:twee|drie|vier|meerdere|een paar|veel|\d+) (?:\w+ )?(?:overdoses|overdosissen"
        r"|zelfmoordpogingen|suicidepogingen)"
        r"|(?:gesprekken|telefoontjes|bellers|vragen) (?:\w+ ){0,2}?(?:over|met|rond) (?:\w+ )"
        r"{0,2}?(?:zelfmoord\w*|suicid\w*|overdosis)"
        r"|(?:klant\w*|patient\w*|iemand|meneer|mevrouw) (?:\w+ ){0,3}?(?:vroeg|wilde weten)"
        r" (?:\w+ ){0,3}?(?:hoeveel|vanaf hoeveel) (?:\w+ ){0,4}?(?:overdosis|dodelijk)"
    ),
    child=r"(?:mijn|onze) (?:\w+ ){0,2}?(?:dochter|zoon|kind|kleine|meisje|jongen)",
    asked=(
        r"(?:vroeg|vroegen|wilde weten) (?:[\w,]+ ){0,5}?(?:wat|waarom) (?:\w+ ){0,2}?(?:zelfmoord"
        r"|zelfdoding|suicide|overdosis) (?:\w+ )?(?:betekent|is|was|betekende)"
    ),
    danger=(
        r"ik ook|mij ook|herken (?:het|dat)|soms (?:\w+ ){0,2}?(?:denk|wil)|(?:ik|mij) (?:\w+ )"
        r"{0,2}?(?:wil|wilde|denk) (?:\w+ ){0,3}?(?:dood|springen|zelfmoord|hetzelfde)"
        r"|niet (?:goed|oke|ok) met me|gaat niet goed|kan niet meer|jaloers|begrijp (?:hem|haar"
        r"|het)|deed me denken"
    ),
    stems=r"mezelf|zelfmoord|suicid|overdos|dood|springen|zelfdoding",
)
_NL_JOKE = Joke(
    said=(
        r"ik maak mezelf (?:van kant|dood)|ik spring (?:\w+ )?(?:uit het raam|van de brug|van het"
        r" dak)|ik wil dood|ik schiet mezelf"
    ),
    marker=r"grapje|geintje|grap|jk|niet echt|natuurlijk niet",
    danger=r"serieus|echt waar|in het echt|geen grap",
)
_NL_LAUGHING = Joke(
    said=r"ik kan niet meer|ik ga dood|ik lig dood|ik ben dood",
    marker=_LAUGH + r"|van het lachen|van de lach",
    danger=r"serieus|echt waar|geen grap",
)

# pl ------------------------------------------------------------------------------------------
_PL_PAST = Past(
    when=(
        r"lat temu|lata temu|rok temu|dawno temu|kiedys|w przeszlosci|w (?:liceum|gimnazjum"
        r"|podstawowce|szkole|dziecinstwie|mlodosci)|na studiach|jako (?:nastolat\w*|dziecko)"
        r"|(?:gdy|kiedy) (?:bylam|bylem|mialam|mialem)|w (?:19|20)\d\d"
    ),
    crisis=(
        r"(?:probowalam|probowalem|probowal\w*) (?:\w+ )?(?:sie zabic|odebrac sobie zycie"
        r"|popelnic samobojstwo|skonczyc ze soba)|prob\w* samobojcz\w*|(?:mialam|mialem)"
        r" (?:\w+ ){0,2}?mysli samobojcze|mysli samobojcze|(?:myslalam|myslalem) o (?:samobojstwie"
        r"|smierci|tym zeby sie zabic)|(?:chcialam|chcialem) (?:umrzec|sie zabic|skonczyc ze"
        r" soba)|(?:cielam|cialem|okaleczalam|okaleczalem) sie|samookalecz\w*|przedawkowal\w*"
    ),
    well=(
        r"(?:jest|czuje sie|mam sie) (?:\w+ )?(?:dobrze|lepiej|ok|okej|swietnie)"
        r"|wszystko (?:jest )?"
        r"(?:ok|dobrze|w porzadku)|jestem (?:\w+ )?(?:ok|stabiln\w*|szczesliw\w*|zdrow\w*)"
        r"|(?:chodze na|jestem w|na) terapi\w*|terapia (?:mi )?pomogla|za mna|minelo|przeszlo"
        r"|wyszlam z tego|wyszedlem z tego|now\w* prac\w*|od (?:lat|tamtej pory) (?:jest )?"
        r"(?:dobrze|spokoj\w*|nic|nie)"
    ),
    danger=(
        r"znowu|znow|ponownie|wrocil\w*|wracaj\w*|ostatnio|od niedawna|w tym tygodniu"
        r"|tej nocy|dzis w nocy|wczoraj|w zeszlym tygodniu|(?:kilka|pare) dni temu"
        r"|nadal (?:mam|mysle|chce)|wciaz (?:mam|mysle|chce)"
        r"|mysle(?<!myslalam mysle)(?<!myslalem mysle) o"
        r" (?:\w+ )?(?:tym|samobojstwie|smierci)|chce (?:\w+ )?(?:umrzec|sie zabic|zniknac"
        r"|skonczyc)|plan\w*|metod\w*|ile|nie jest (?:ok|dobrze)|nie (?:czuje sie|mam sie) dobrze"
        r"|juz nie moge|nie daje rady|nawrot\w*"
    ),
)
_PL_OTHERS = Others(
    role=(
        r"(?:jestem|pracuje jako|pracuje (?:w|na|przy)|jako) (?:\w+ )?(?:ratownik\w*"
        r"|ratowniczk\w*|pielegniar\w*|policjant\w*|strazak\w*|farmaceut\w*|dyspozytor\w*"
        r"|wolontariusz\w*|psycholog\w*|psychiatr\w*|terapeut\w*|lekarz\w*|lekarka|sor\w*"
        r"|karetce|pogotowiu|telefonie zaufania|linii wsparcia|psychiatrii|aptece|policji)"
        r"|(?:ratownik|pielegniarka|farmaceuta|policjant) (?:tutaj|tu)"
        r"|(?:na|po|podczas) (?:\w+ )?(?:dyzurze|dyzur|zmianie|nocce|nocnej zmianie)|"
        + _first(
            "ratownik",
            "ratowniczka",
            "pielegniarka",
            "pielegniarz",
            "farmaceuta",
            "farmaceutka",
            "policjant",
            "policjantka",
            "strazak",
            "dyspozytor",
        )
    ),
    theirs=(
        r"(?:z |po )?(?:proba|probie|probe|proby) samobojcz\w*|(?:z |po )?przedawkowani\w*"
        r"|(?:pacjent\w*|dzwoniac\w*|klient\w*|chlopak\w*|dziewczyn\w*|facet\w*|gosc\w*"
        r"|kobiet\w*|mezczyzn\w*|ktos|kogos|osob\w*|nastolat\w*) (?:\w+ ){0,3}?(?:z mysl\w*"
        r" samobojcz\w*|samobojcz\w*|po (?:probie samobojczej|przedawkowaniu)|(?:ktory|ktora)"
        r" (?:\w+ )?(?:chcial\w*|probowal\w*) (?:skoczyc|sie zabic|odebrac sobie zycie))"
        r"|(?:dwa|dwie|trzy|kilka|wiele|\d+) (?:\w+ )?(?:przedawkowan\w*|prob samobojczych"
        r"|samobojstw)"
        r"|(?:telefon\w*|rozmow\w*|pytan\w*) (?:\w+ ){0,2}?(?:o|w sprawie|dotyczac\w*) (?:\w+ )"
        r"{0,2}?(?:samobojstw\w*|mysl\w* samobojcz\w*|przedawkowani\w*)"
        r"|(?:klient\w*|pacjent\w*|ktos|pan|pani) (?:\w+ ){0,3}?(?:zapytal\w*|pytal\w*)"
        r" (?:\w+ ){0,3}?(?:ile|od ilu|jaka dawka) (?:\w+ ){0,4}?(?:przedawkowani\w*|smierteln\w*)"
    ),
    child=(
        r"(?:moj|moja|moje|nasz|nasza|nasze) (?:\w+ ){0,2}?(?:syn|corka|coreczka|dziecko|mlody"
        r"|mloda|maly|mala)"
    ),
    asked=(
        r"(?:zapytal\w*|pytal\w*|chcial\w* wiedziec) (?:[\w,]+ ){0,3}?(?:co|dlaczego) (?:\w+ )"
        r"{0,2}?(?:to )?(?:samobojstwo|przedawkowanie)(?: (?:\w+ )?(?:znaczy|oznacza|jest))?"
    ),
    danger=(
        r"ja tez|mnie tez|mam tak samo|czasem (?:\w+ ){0,2}?(?:mysle|chce)|(?:ja|mnie) (?:\w+ )"
        r"{0,2}?(?:chce|chcialam|chcialem|mysle) (?:\w+ ){0,3}?(?:umrzec|sie zabic|skoczyc"
        r"|to samo)|nie jest (?:ok|dobrze)|juz nie moge|nie daje rady|zazdro\w*|rozumiem (?:go|ja"
        r"|ich)|przypomnial\w*|wzialem|wzielam|lyknalem|lyknelam|polknalem|polknelam"
        r"|zazylem|zazylam"
    ),
    stems=r"sie zabi|zabic sie|samobojst|przedawkow|umrzec|skocz",
)
_PL_JOKE = Joke(
    said=(
        r"zabije sie|zabic sie|wyskocze (?:przez|z) (?:okno|okna|mostu|balkonu|dachu)"
        r"|skocze (?:z|przez) (?:okna|okno|mostu|balkonu|dachu)|chce umrzec|powiesze sie"
        r"|strzele sobie"
    ),
    marker=r"zartuje|zart|zartowalam|zartowalem|zartem|jk|nie na serio|oczywiscie nie",
    danger=r"na serio|powaznie|serio|nie zartuje",
)
_PL_LAUGHING = Joke(
    said=r"juz nie moge|nie moge juz|umieram|nie zyje|padlam|padlem",
    marker=_LAUGH + r"|ze smiechu",
    danger=r"na serio|powaznie|nie zartuje",
)

# pt ------------------------------------------------------------------------------------------
_PT_PAST = Past(
    when=(
        r"ha (?:mais de )?(?:\w+ )?anos|anos atras|faz (?:\w+ )?anos|na (?:adolescencia"
        r"|faculdade|escola)|no (?:colegio|ensino medio|passado)|quando (?:eu )?(?:era|tinha"
        r"|estava)|antigamente|antes|uma vez|em (?:19|20)\d\d|aos \d+"
    ),
    crisis=(
        r"(?:tentei|tentou) (?:me matar|suicidio|o suicidio|tirar (?:a )?minha (?:propria )?vida"
        r"|acabar com (?:a )?minha vida|acabar com tudo)|tentativa de suicidio"
        r"|(?:tive|tinha) (?:\w+ ){0,2}?pensamentos suicidas|pensamentos suicidas"
        r"|ideacao suicida|(?:pensava|pensei) (?:muito )?em (?:suicidio|me matar|morrer"
        r"|acabar com tudo)|queria (?:morrer|me matar|sumir)|me (?:cortava|machucava)"
        r"|automutila\w*|(?:tive|tomei) (?:uma )?overdose"
    ),
    well=(
        r"(?:estou|to|tou) (?:\w+ ){0,2}?(?:bem|melhor|estavel|feliz)|(?:faco|fazendo"
        r"|fiz) (?:\w+ )?"
        r"terapia|em terapia|ja passou|ficou para tras|superei|tudo bem|desde entao (?:nada|nao"
        r"|bem)|(?:emprego|trabalho) novo|novo (?:emprego|trabalho)"
    ),
    danger=(
        r"de novo|novamente|outra vez|voltou|voltaram|voltando|ultimamente|recentemente"
        r"|(?:n)?esses dias|(?:esta|essa) (?:semana|noite)|hoje a noite|ontem|semana passada"
        r"|(?:alguns|poucos) dias atras|agora mesmo|ainda (?:penso|quero|tenho)"
        r"|penso(?<!pensava penso)(?<!pensei penso) em (?:\w+ )?(?:suicidio|me matar|morrer"
        r"|acabar)"
        r"|quero (?:morrer|me matar|sumir|acabar)|plano|metodo\w*|quant[oa]s|nao (?:estou|to|tou)"
        r" bem|nao aguento|reca\w*|vontade de"
    ),
)
_PT_OTHERS = Others(
    role=(
        r"(?:sou|trabalho como|trabalho (?:no|na|em)|como) (?:\w+ )?(?:socorrista|paramedic[oa]"
        r"|enfermeir[oa]|policial|policia|bombeir[oa]|farmaceutic[oa]|atendente|voluntari[oa]"
        r"|psicolog[oa]|psiquiatra|terapeuta|assistente social|medic[oa]|residente|samu|cvv"
        r"|pronto socorro|ambulancia|emergencia|psiquiatria|farmacia)"
        r"|(?:farmaceutic[oa]|enfermeir[oa]|socorrista|medic[oa]|policial|bombeir[oa]"
        r"|psicolog[oa]) aqui"
        r"|(?:no|durante o|depois do|apos o) (?:\w+ )?(?:plantao|turno)|meu (?:\w+ )?(?:plantao"
        r"|turno)|"
        + _first(
            "socorrista",
            "enfermeiro",
            "enfermeira",
            "farmaceutico",
            "farmaceutica",
            "policial",
            "bombeiro",
            "bombeira",
        )
    ),
    theirs=(
        r"(?:paciente\w*|cliente\w*|rapaz|moca|homem|mulher|senhor\w*|pessoa|alguem|menin[oa]"
        r"|jovem|adolescente) (?:\w+ ){0,4}?(?:suicida|com (?:ideacao|pensamentos) suicida\w*"
        r"|(?:com|por|apos|depois de) (?:uma )?(?:overdose|tentativa de suicidio)|que (?:queria"
        r"|tentou|ameacava) (?:pular|se jogar|se matar|suicidio)|(?:perguntou|pergunta|queria"
        r" saber) (?:\w+ ){0,6}?(?:overdose|dose letal))"
        r"|(?:duas|tres|varias|muitas|\d+) (?:\w+ )?(?:overdoses|tentativas de suicidio"
        r"|suicidios)"
        r"|(?:ligacoes|chamadas|atendimentos|perguntas) (?:\w+ ){0,2}?(?:sobre|de|por) (?:\w+ )"
        r"{0,2}?(?:suicid\w*|overdose)"
        r"|(?:convencemos|convenci|tiramos|resgatamos) (?:um|uma|alguem) (?:\w+ ){0,5}?(?:ponte"
        r"|predio|telhado|beiral)"
    ),
    child=r"(?:meu|minha|nosso|nossa) (?:\w+ ){0,2}?(?:filh[oa]|crianca|pequen[oa])",
    asked=(
        r"(?:me |nos )?(?:perguntou|perguntava|quis saber) (?:[\w,]+ ){0,3}?(?:o que"
        r"|por que) (?:\w+ )"
        r"{0,2}?(?:e )?(?:o )?(?:suicidio|overdose)(?: (?:\w+ )?(?:significa|quer dizer|e))?"
    ),
    danger=(
        r"eu tambem|comigo tambem|as vezes (?:\w+ ){0,2}?(?:penso|quero)|(?:eu|me) (?:\w+ ){0,2}?"
        r"(?:quero|queria|penso) (?:\w+ ){0,3}?(?:morrer|me matar|pular|o mesmo)|nao (?:estou"
        r"|to|tou) bem|nao aguento|inveja|entendo (?:ele|ela|eles)|me lembrou"
    ),
    stems=r"me mat|suicid|overdose|morrer|pular|me jogar",
)
_PT_JOKE = Joke(
    said=(
        r"me mato|vou me matar|me matar|(?:vou )?me jogar (?:da|de|do|pela|pro|pra) (?:\w+ )?"
        r"(?:janela|ponte|predio|telhado|sacada|varanda)|(?:vou )?pular (?:da|de|do"
        r"|pela) (?:\w+ )?"
        r"(?:janela|ponte|predio)|quero morrer|vou me enforcar"
    ),
    marker=r"brinks|brincadeira|(?:to|tou|estou) brincando|zoeira|zoando|so que nao|jk|mentira",
    danger=r"serio|falando serio|sem brincadeira|nao (?:e|eh|to|tou) brincadeira|de verdade",
)
_PT_LAUGHING = Joke(
    said=r"nao aguento mais|morri|to morrendo|tou morrendo|estou morrendo",
    marker=_LAUGH + r"|de rir",
    danger=r"serio|sem brincadeira|de verdade",
)

# ru ------------------------------------------------------------------------------------------
_RU_PAST = Past(
    when=(
        r"лет (?:\w+ )?назад|года? (?:\w+ )?назад|давно|когда то|раньше|однажды|в прошлом"
        r"|в (?:школе|юности|институте|универе|университете|подростковом|молодости)|подростком"
        r"|в \d+ (?:лет|года?)|в (?:19|20)\d\d"
    ),
    crisis=(
        r"(?:пыталась|пытался|пробовала|пробовал|хотела|хотел) (?:\w+ )?(?:покончить (?:с собой"
        r"|с жизнью)|убить себя|свести счеты с жизнью|уйти из жизни|умереть|отравиться"
        r"|повеситься)|попытк\w* (?:суицида|самоубийства)|суицидальн\w* (?:попытк\w*|мысл\w*)"
        r"|(?:думала|думал) (?:о|про|об) (?:суицид\w*|самоубийств\w*|смерти)|(?:были|был\w*)"
        r" (?:\w+ ){0,2}?(?:суицидальн\w* мысл\w*|мысли о (?:суициде|самоубийстве|смерти))"
        r"|(?:резала|резал|резалась|резался)(?: себе| себя)?(?: руки| ноги)?|наглоталась"
        r"|наглотался"
    ),
    well=(
        r"(?:сейчас|теперь) (?:\w+ ){0,3}?(?:хорошо|нормально|в порядке|ок|отлично)"
        r"|(?:все|всe) (?:\w+ )?(?:хорошо|нормально|в порядке|позади|прошло)|я в порядке"
        r"|хожу (?:к|на) (?:терапи\w*|психолог\w*|психотерапевт\w*)|терапи\w*|позади"
        r"|выбралась|выбрался|справилась|справился|нов\w* работ\w*|стабильн\w*"
    ),
    danger=(
        r"снова|опять|вернул\w*|возвраща\w*|в последнее время|последнее время|недавно"
        r"|на этой неделе|этой ночью|сегодня ночью|вчера|на прошлой неделе|(?:пару|несколько)"
        r" (?:дней|недель) назад|до сих пор|все еще|думаю(?<!думала думаю)(?<!думал думаю) (?:о"
        r"|про|об)"
        r" (?:\w+ )?(?:суицид\w*|самоубийств\w*|смерти|этом)|хочу (?:\w+ )?(?:умереть|покончить"
        r"|убить себя|исчезнуть|сдохнуть)|есть план|план (?:\w+ )?как|способ\w*|сколько"
        r"|не в порядке|(?:мне|сейчас|опять) плохо|не могу больше|больше не могу|срыв\w*"
    ),
)
_RU_OTHERS = Others(
    role=(
        r"(?:я|работаю|работаю на|работаю в|как) (?:\w+ )?(?:фельдшер\w*|медсестр\w*|медбрат\w*"
        r"|врач\w*|полицейск\w*|полиции|спасател\w*|пожарн\w*|фармацевт\w*|провизор\w*"
        r"|аптеке|диспетчер\w*|волонтер\w*|психолог\w*|психиатр\w*|терапевт\w*|скорой"
        r"|телефоне доверия|линии (?:доверия|поддержки|психологической)|психиатри\w*)"
        r"|(?:на|после|за) (?:\w+ )?(?:смен\w*|дежурств\w*|вызов\w*)|(?:моя|наша) (?:\w+ )?смена|"
        + _first(
            "фельдшер",
            "медсестра",
            "медбрат",
            "врач",
            "фармацевт",
            "провизор",
            "полицейский",
            "спасатель",
            "диспетчер",
        )
    ),
    theirs=(
        r"(?:два|две|три|четыре|пять|несколько|\d+|один|одна|одно) (?:\w+ )?(?:передоз\w*"
        r"|передозировк\w*|суицид\w*|попыт\w* суицида|самоубийств\w*)"
        r"|(?:пациент\w*|абонент\w*|клиент\w*|парн\w*|парень|девушк\w*|мужчин\w*|женщин\w*"
        r"|человек\w*|кто то|кого то|подрост\w*) (?:\w+ ){0,3}?(?:с (?:суицидальн\w*|передоз\w*"
        r"|попыткой)|суицидальн\w*|после (?:передоз\w*|попытки)|(?:который|которая|кто)"
        r" (?:\w+ )?(?:хотел\w*|пытал\w*) (?:прыгнуть|покончить|убить себя))"
        r"|(?:звонк\w*|обращени\w*|вопрос\w*) (?:\w+ ){0,2}?(?:о|про|по поводу) (?:\w+ ){0,2}?"
        r"(?:суицид\w*|самоубийств\w*|передоз\w*)"
        r"|(?:клиент\w*|покупател\w*|пациент\w*|кто то|мужчина|женщина) (?:\w+ ){0,3}?"
        r"(?:спросил\w*|спрашивал\w*) (?:\w+ ){0,3}?сколько (?:\w+ ){0,4}?(?:передоз\w*"
        r"|смертельн\w*)"
    ),
    child=r"(?:мой|моя|мое|наш|наша) (?:\w+ ){0,2}?(?:сын|дочь|дочка|ребенок|малыш\w*)",
    asked=(
        r"(?:спросил\w*|спрашивал\w*) (?:[\w,]+ ){0,3}?(?:что такое|что значит|зачем) (?:\w+ )"
        r"{0,2}?(?:суицид\w*|самоубийств\w*|передоз\w*)"
    ),
    danger=(
        r"я тоже|мне тоже|у меня так же|иногда (?:\w+ ){0,2}?(?:думаю|хочу)|(?:я|мне) (?:\w+ )"
        r"{0,2}?(?:хочу|хотела|хотел|думаю) (?:\w+ ){0,3}?(?:умереть|покончить|прыгнуть|то же)"
        r"|не в порядке|не могу больше|больше не могу|завиду\w*|понимаю (?:его|ее|их)"
        r"|напомнил\w*"
    ),
    stems=r"себя|суицид|самоубийств|передоз|умер|прыг|покончит",
)
_RU_JOKE = Joke(
    said=(
        r"убью себя|выпрыгну (?:из|в) окн\w*|прыгну (?:с|из) (?:окна|моста|крыши|балкона)"
        r"|выброшусь (?:из|с) \w+|хочу умереть|застрелюсь|повешусь"
    ),
    marker=r"шучу|шутка|шуткa|прикол|jk|не всерьез|конечно нет",
    danger=r"серьезно|всерьез|не шучу|без шуток|правда",
)
_RU_LAUGHING = Joke(
    said=r"не могу больше|больше не могу|умираю|я умер\w*|я сдох\w*|помираю",
    marker=_LAUGH + r"|со смеху|от смеха",
    danger=r"серьезно|не шучу|без шуток",
)

# uk ------------------------------------------------------------------------------------------
_UK_PAST = Past(
    when=(
        r"років (?:\w+ ){0,2}?тому|роки (?:\w+ ){0,2}?тому|рік тому|давно|колись|раніше"
        r"|одного разу"
        r"|в минулому|(?:в|у) (?:школі|юності|університеті|універі|підлітковому|молодості)"
        r"|підлітком|(?:в|у) \d+ (?:років|роки)|(?:в|у) (?:19|20)\d\d"
    ),
    crisis=(
        r"(?:намагалася|намагався|пробувала|пробував|хотіла|хотів) (?:\w+ )?(?:покінчити (?:з"
        r" собою|із собою|з життям)|вбити себе|накласти на себе руки|піти з життя|померти"
        r"|отруїтися|повіситися)|спроб\w* (?:суїциду|самогубства)|суїцидальн\w* (?:спроб\w*"
        r"|думк\w*)|(?:думала|думав) (?:про|о) (?:суїцид\w*|самогубств\w*|смерть)"
        r"|(?:були|був\w*) (?:\w+ ){0,2}?(?:суїцидальн\w* думк\w*|думки про (?:суїцид|самогубство"
        r"|смерть))|(?:різала|різав) (?:себе|руки|ноги)|наковталася|наковтався"
    ),
    well=(
        r"(?:зараз|тепер) (?:\w+ ){0,3}?(?:добре|нормально|в порядку|ок|чудово)"
        r"|(?:все|усе) (?:\w+ )?(?:добре|нормально|в порядку|позаду|минуло)|я в порядку"
        r"|ходжу (?:до|на) (?:терапі\w*|психолог\w*)|терапі\w*|позаду|впоралася|впорався"
        r"|нов\w* робот\w*|стабільн\w*"
    ),
    danger=(
        r"знову|знов|повернул\w*|поверта\w*|останнім часом|останній час|нещодавно"
        r"|цього тижня|цієї ночі|сьогодні вночі|вчора|минулого тижня|(?:кілька|пару) (?:днів"
        r"|тижнів) тому|досі|все ще|думаю(?<!думала думаю)(?<!думав думаю) (?:про"
        r"|о) (?:\w+ )?(?:суїцид\w*"
        r"|самогубств\w*|смерть|це)|хочу (?:\w+ )?(?:померти|покінчити|вбити себе|зникнути"
        r"|здохнути)|є план|план (?:\w+ )?як|способ\w*|скільки|не в порядку|(?:мені|зараз|знову)"
        r" погано|не можу більше|більше не можу|зрив\w*"
    ),
)
_UK_OTHERS = Others(
    role=(
        r"(?:я|працюю|працюю на|працюю в|працюю у|як) (?:\w+ )?(?:фельдшер\w*|медсестр\w*"
        r"|медбрат\w*|лікар\w*|поліцейськ\w*|поліції|рятувальник\w*|пожежн\w*|фармацевт\w*"
        r"|провізор\w*|аптеці|диспетчер\w*|волонтер\w*|психолог\w*|психіатр\w*|терапевт\w*"
        r"|швидкій|лінії|телефоні довіри|гарячій лінії|психіатрі\w*)"
        r"|(?:на|після|за) (?:\w+ )?(?:змін\w*|чергуванн\w*|виклик\w*)|(?:моя"
        r"|наша) (?:\w+ )?зміна|"
        + _first(
            "фельдшер",
            "медсестра",
            "медбрат",
            "лікар",
            "фармацевт",
            "провізор",
            "поліцейський",
            "рятувальник",
            "диспетчер",
        )
    ),
    theirs=(
        r"(?:два|дві|три|чотири|п ять|кілька|багато|\d+|один|одна|одне) (?:\w+ )?(?:передоз\w*"
        r"|передозуванн\w*|суїцид\w*|спроб\w* суїциду|самогубств\w*)"
        r"|(?:пацієнт\w*|абонент\w*|клієнт\w*|хлопц\w*|хлопець|дівчин\w*|чоловік\w*|жінк\w*"
        r"|людин\w*|хтось|когось|підлітк\w*) (?:\w+ ){0,3}?(?:з (?:суїцидальн\w*|передоз\w*"
        r"|спробою)|суїцидальн\w*|після (?:передоз\w*|спроби)|(?:який|яка|хто) (?:\w+ )?(?:хотів"
        r"|хотіла|намагав\w*) (?:стрибнути|покінчити|вбити себе))"
        r"|(?:дзвінк\w*|звернен\w*|питан\w*) (?:\w+ ){0,2}?(?:про|щодо|з приводу) (?:\w+ ){0,2}?"
        r"(?:суїцид\w*|самогубств\w*|передоз\w*)"
        r"|(?:клієнт\w*|покупц\w*|пацієнт\w*|хтось|чоловік|жінка) (?:\w+ ){0,3}?(?:спитав|спитала"
        r"|запитав|запитала|питав|питала) (?:\w+ ){0,3}?скільки (?:\w+ ){0,4}?(?:передоз\w*"
        r"|смертельн\w*)"
    ),
    child=r"(?:мій|моя|моє|наш|наша) (?:\w+ ){0,2}?(?:син|донька|дочка|дитина|малий|мала)",
    asked=(
        r"(?:спитав|спитала|запитав|запитала|питав|питала) (?:[\w,]+ ){0,3}?(?:що таке|що означає"
        r"|навіщо) (?:\w+ ){0,2}?(?:суїцид\w*|самогубств\w*|передоз\w*)"
    ),
    danger=(
        r"я теж|мені теж|у мене так само|іноді (?:\w+ ){0,2}?(?:думаю|хочу)|(?:я|мені) (?:\w+ )"
        r"{0,2}?(?:хочу|хотіла|хотів|думаю) (?:\w+ ){0,3}?(?:померти|покінчити|стрибнути|те саме)"
        r"|не в порядку|не можу більше|більше не можу|заздр\w*|розумію (?:його|її|їх)"
        r"|нагадал\w*|нагадав\w*"
    ),
    stems=r"себе|суїцид|самогубств|передоз|помер|стриб|покінчит",
)
_UK_JOKE = Joke(
    said=(
        r"вб ю себе|вистрибну (?:з|у|в) вікн\w*|стрибну (?:з|із) (?:вікна|мосту|даху|балкона)"
        r"|хочу померти|застрелюся|повішуся"
    ),
    marker=r"жартую|жарт|прикол|jk|не всерйоз|звісно ні",
    danger=r"серйозно|всерйоз|не жартую|без жартів|правда",
)
_UK_LAUGHING = Joke(
    said=r"не можу більше|більше не можу|помираю|я помер\w*",
    marker=_LAUGH + r"|від сміху|зо сміху",
    danger=r"серйозно|не жартую|без жартів",
)

# tr ------------------------------------------------------------------------------------------
_TR_PAST = Past(
    when=(
        r"yil once|yillar once|sene once|seneler once|yil evvel|eskiden|bir zamanlar|gecmiste"
        r"|lisede\w*|ortaokulda\w*|universitede\w*|genclikte\w*|ergenlikte|cocukken"
        r"|yasinda(?:yken)?"
    ),
    crisis=(
        r"intihar (?:girisimi\w*|girisiminde bulundum|etmeye calistim|etmeyi denedim|ettim"
        r"|dusuncelerim vardi|dusunceleri\w*)|intihara (?:kalkistim|tesebbus ettim)|kendimi"
        r" oldurmeye (?:calistim|kalkistim)|canima kiymaya (?:calistim|kalkistim)|kendime zarar"
        r" (?:veriyordum|verdim)|olmek istiyordum|intihari dusun\w*"
    ),
    well=(
        r"(?:artik|simdi|su an|su anda) (?:\w+ )?(?:iyiyim|iyi|daha iyiyim|mutluyum)|iyiyim"
        r"|terapi\w*|gecti|geride kaldi|atlattim|yeni (?:is|isim|evim|ev)|yillardir (?:\w+ )?"
        r"(?:iyiyim|iyi|sorun yok)"
    ),
    danger=(
        r"yine|tekrar|yeniden|geri (?:geldi|dondu)|son (?:zamanlarda|gunlerde)|bu (?:hafta|gece"
        r"|aralar)|dun|gecen hafta|(?:birkac|bir kac) (?:gun|hafta) once|hala (?:dusunuyorum"
        r"|istiyorum|aklimda)|dusunuyorum|olmek istiyorum|intihar etmek istiyorum|kendimi"
        r" oldurmek istiyorum|plan\w*|yontem\w*|kac tane|iyi degilim|dayanamiyorum"
    ),
)
_TR_OTHERS = Others(
    role=(
        r"polisim|hemsireyim|doktorum|paramedigim|paramedikim|eczaciyim|itfaiyeciyim"
        r"|psikologum|terapistim|gonulluyum|(?:acilde|hastanede|eczanede|hatta|destek"
        r" hattinda|yardim hattinda|ambulansta|karakolda|psikiyatride) calisiyorum|nobette"
        r"|nobetim\w*|vardiya\w*"
    ),
    theirs=(
        r"(?:kopruden|binadan|catidan|camdan|balkondan) atlamak isteyen (?:\w+ )?(?:birini|biri"
        r"|adam\w*|kadin\w*|genc\w*|kiz\w*|cocu\w*|hasta\w*)"
        r"|(?:intihar etmek isteyen|intihara kalkisan|intihar girisiminde bulunan|asiri doz alan)"
        r" (?:\w+ )?(?:birini|biri|adam\w*|kadin\w*|genc\w*|kiz\w*|cocu\w*|hasta\w*)"
        r"|(?:iki|uc|dort|birkac|bir|\d+) (?:\w+ )?(?:intihar vaka\w*|intihar girisimi\w*|asiri"
        r" doz\w*|overdoz\w*)"
        r"|intihar (?:dusunceleri|girisimi|hakkinda) (?:\w+ ){0,2}?(?:arama\w*|cagri\w*"
        r"|hasta\w*|vaka\w*)|(?:hasta|musteri|danisan|arayan)\w* (?:\w+ ){0,3}?(?:intihar\w*"
        r"|asiri doz\w*)"
        r"|(?:ne kadar|kac tane) (?:\w+ ){0,3}?(?:asiri doz|overdoz)\w* (?:\w+ )?(?:diye )?sordu"
    ),
    child=r"(?:oglum|kizim|cocugum|ufaklik)",
    asked=r"intihar (?:ne demek|nedir|ne anlama gel\w*)",
    danger=(
        r"ben de|bende de|bazen (?:\w+ ){0,2}?(?:dusunuyorum|istiyorum)|(?:ben|bana) (?:\w+ )"
        r"{0,2}?(?:olmek|atlamak) istiyorum|iyi degilim|dayanamiyorum|kiskan\w*|anliyorum"
        r"|hatirlatti"
    ),
    stems=r"kendimi|kendime|intihar|olmek|atla|asiri doz|overdoz",
)
_TR_JOKE = Joke(
    said=(
        r"kendimi oldurecegim|kendimi (?:camdan|pencereden|kopruden|balkondan) atacagim"
        r"|camdan atlayacagim|olmek istiyorum|intihar edecegim"
    ),
    marker=r"saka\w*|jk|sjsj\w*|jsjs\w*",
    danger=r"ciddi\w*|saka degil|gercekten",
)
_TR_LAUGHING = Joke(
    said=r"oldum|oluyorum|dayanamiyorum|bittim",
    marker=_LAUGH + r"|gulmekten",
    danger=r"ciddi\w*|saka degil",
)


def _back(lang: str) -> str:
    """A crisis told in the past, then what says it is back."""
    back = "|".join(RETURNED[lang])
    return rf"(?:{PAST[lang].crisis})(?!\w) {_WORDS}{merged_alternation(back)}"


def _language(lang: str) -> tuple[str, ...]:
    return (
        *_past(PAST[lang], lang),
        *_others(OTHERS[lang], lang),
        *(_joke(joke) for joke in JOKES[lang]),
    )


PAST: dict[str, Past] = {
    "en": _EN_PAST,
    "de": _DE_PAST,
    "es": _ES_PAST,
    "fr": _FR_PAST,
    "it": _IT_PAST,
    "nl": _NL_PAST,
    "pl": _PL_PAST,
    "pt": _PT_PAST,
    "ru": _RU_PAST,
    "uk": _UK_PAST,
    "tr": _TR_PAST,
}
OTHERS: dict[str, Others] = {
    "en": _EN_OTHERS,
    "de": _DE_OTHERS,
    "es": _ES_OTHERS,
    "fr": _FR_OTHERS,
    "it": _IT_OTHERS,
    "nl": _NL_OTHERS,
    "pl": _PL_OTHERS,
    "pt": _PT_OTHERS,
    "ru": _RU_OTHERS,
    "uk": _UK_OTHERS,
    "tr": _TR_OTHERS,
}
JOKES: dict[str, tuple[Joke, ...]] = {
    "en": (_EN_JOKE, _EN_LAUGHING),
    "de": (_DE_JOKE,),
    "es": (_ES_JOKE, _ES_LAUGHING, _ES_AFTER_LAUGH),
    "fr": (_FR_JOKE, _FR_LAUGHING),
    "it": (_IT_JOKE, _IT_LAUGHING),
    "nl": (_NL_JOKE, _NL_LAUGHING),
    "pl": (_PL_JOKE, _PL_LAUGHING),
    "pt": (_PT_JOKE, _PT_LAUGHING),
    "ru": (_RU_JOKE, _RU_LAUGHING),
    "uk": (_UK_JOKE, _UK_LAUGHING),
    "tr": (_TR_JOKE, _TR_LAUGHING),
}

PAST_AND_OTHERS: dict[str, tuple[str, ...]] = {lang: _language(lang) for lang in PAST}


BACK: dict[str, tuple[str, ...]] = {lang: (_back(lang),) for lang in PAST}


def widened(rules: LanguageRules) -> LanguageRules:
    """`rules` with its language's past crises, others' crises and jokes among the idioms, and
    a past crisis that is back among the questions."""
    lang = rules.language
    return replace(
        rules,
        idioms=(*rules.idioms, *PAST_AND_OTHERS.get(lang, ())),
        ask=(*rules.ask, *BACK.get(lang, ())),
    )
