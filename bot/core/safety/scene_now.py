"""Crisis told as a scene or an act, in every language, over normalised text; a space in the
rules below stands for \\s+.

A writer at a place of death now says no word of it, only the scene: "sat on the wall of the
top level, not planning on taking the stairs back down", "walking into the sea, not coming
back", "when the 22:15 passes I'll stand up" beside the rails, "one leg already over the
railing", out on ice that cracks "and going on to the middle", walking along the sleepers
towards a train's lights, the far end of a platform where the express "doesn't stop, comes
through in 6 minutes", on the way to a river in flood "better this way". Or the act is told
as done: the whole blister swallowed with rum, insulin doubled on purpose (an overdose taken:
the emergency number, then the crisis lines); insulin or heart medicine stopped for days on
purpose "because I want it to stop", the whole bottle of pills with whisky tonight (a crisis).

Each rule needs two or three parts (a place and a sign of intent or of no return; a medicine
and what was done with it, on purpose), so commuters, a track crew, swimmers, bridge jumpers
on a hot day, ice fishing, washing hung over a balcony's railing, "not coming back to this
job", insulin forgotten by accident and two paracetamol stay clear; the verbs are the
writer's own (first person), so a film's "she walks into the sea and never comes back" is
none of it; and a benign context after either part (a camera, a film, a game, swimming,
fishing, hunting, a crew, lunch, "my train") keeps the rule quiet, as in place_now.py.

The same place with a vaguer sign is asked about (the ask tier): the top of a car park "and I
don't know why I'm writing this", a river already to the waist, a gun loaded with nobody home,
vital medicine stopped on purpose, the end of a platform where a train does not stop."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.safety.common import near, not_after, spaced
from bot.core.safety.engine import first_characters, top_level_split, trie_regex

__all__ = ["ASK", "CRISIS", "OVERDOSE"]

_GAP = 160

# Benign context, looked for after each part of a rule: photos and films, games and books,
# swimming and fishing, hunting and a shooting range, a work crew, lunch, laundry, a hot day,
# children or a dog along, one's own train that is late, a surgery (a medicine stopped for
# it), a low sugar (an insulin dose left out for it). Each language's rules look for its own
# words, its close kin's (German and Dutch, Spanish and Portuguese, Russian and Ukrainian:
# a message in one is read by the other's rules too), the English ones (selfie, insta, game
# and pool are written in any language) and the words that are the same in many.
_BENIGN_ANY = (
    r"foto\w*|fotograf\w*|kamera\w*|film\w*|serie|dron\w*|karakter\w*|neopren\w*|bar|pub"
    r"|party|cocktail\w*|training|hipo\w*|poligono"
)
_BENIGN: dict[str, str] = {
    "en": r"photo\w*|camera|selfie\w*|picture\w*|pics?|insta\w*|drone|movie\w*|series"
    r"|episode\w*|book|novel|game|level(?! crossing)|mission|scene|character|dream\w*|swim\w*"
    r"|surf\w*|dip|dipping|plunge|wetsuit|fish\w*|pike|perch|trout|hunt\w*|deer|crew|shift"
    r"|lunch\w*|eating|sandwich|washing|laundry|hot|heat|summer|kids|children|dog|drinks"
    r"|drill|pool|my train|delay\w*|late again|running late|surgery|operation\w*|hypo\w*"
    r"|range",
    "de": r"drohne|buch|spiel|szene|charakter|traum\w*|schwimm\w*|baden|angel\w*|eisangeln"
    r"|hecht|barsch|jagd|jagen|hochsitz|ansitz|hirsch|reh|schicht|gleisbau|essen|ess|brot"
    r"|wasche|hitze|heiss|sommer|kinder\w*|hund|ubung|freibad|schwimmbad|sprungturm|mein zug"
    r"|meinen zug|verspat\w*|operation\w*|vor der op|nach der op|unterzucker\w*"
    r"|schiessstand|episode\w*|mission",
    "es": r"camara|pelicula|episodio|libro|juego|escena|sueno|nadar|nadando|nado|banar\w*"
    r"|bano|pesca\w*|caza|cazar|ciervo|cuadrilla|comiendo|almuerzo|ropa|calor|verano|ninos"
    r"|perro|cachorro|fiesta|piscina|mi tren|retras\w*|atrasad\w*|operacion|cirugia",
    "fr": r"livre|jeu|personnage|reve|nager|nage|baignade|baigner|peche|pecher|chasse|cerf"
    r"|equipe|manger|linge|chaleur|enfants|chien|piscine|mon train|retard\w*|operation\w*"
    r"|stand de tir|photo\w*|drone|episode\w*|mission|scene",
    "it": r"camera|episodio|libro|gioco|scena|personaggio|sogno|nuot\w*|bagno|pesca\w*"
    r"|pescare|pesco|caccia|cervo|squadra|pranzo|panni|bucato|caldo|bambini|cane|festa"
    r"|piscina|mio treno|ritard\w*|intervento|drone",
    "nl": r"camera|drone|aflevering|boek|spel|personage|droom|baden|zwem\w*|vissen|visser\w*"
    r"|hengel\w*|jacht|hert|ploeg|lunch\w*|eten|zomer|kinder\w*|kinderen|hond|feest"
    r"|zwembad|mijn trein|vertrag\w*|operatie|ingreep|schietbaan|episode\w*|hypo\w*",
    "pl": r"zdjec\w*|zdjeci\w*|odcin\w*|ksiazk\w*|gra|gry|grze|scena|charakter|postac\w*"
    r"|plywa\w*|kapiel\w*|kapac\w*|morsowa\w*|ryb\w*|wedk\w*|jacht|polowa\w*|jelen\w*"
    r"|ekip\w*|jem|obiad\w*|pranie|upal\w*|dzieci|psem|impreza|basen\w*|moj pociag"
    r"|spozni\w*|operacj\w*|zabieg\w*|strzelnic\w*",
    "pt": r"camara|camera|drone|pelicula|episodio|livro|jogo|personagem|sonho|nadar|nadando"
    r"|nado|mergulh\w*|pesca\w*|caca|cacar|cervo|veado|equipe|equipa|almocando|almoco"
    r"|lanche|roupa|calor|verao|caldo|criancas|cachorro|festa|piscina|meu trem|atrasad\w*"
    r"|cirurgia",
    "tr": r"bolum\w*|kitap\w*|oyun\w*|sahne\w*|ruya\w*"
    r"|yuz(?:mek|meye|meyi|ecegiz|ecegim|uyorum|dum)|balik\w*|avci\w*|avlan\w*|geyik\w*"
    r"|ekip\w*|vardiya\w*|yemek|camasir\w*|sicak|cocuklar\w*|kopek\w*|havuz\w*|trenim"
    r"|gecik\w*|ameliyat\w*",
    "ru": r"фото\w*|камер\w*|фильм\w*|сериал\w*|книг\w*|игр\w*|сцен\w*|персонаж\w*|сон"
    r"|снилось|наснилось|плава\w*|купа\w*|морж\w*|рыб\w*|охот\w*|олен\w*|бригад\w*"
    r"|обеда\w*|бель\w*|жара|жарко|детьми|собак\w*|бассейн\w*|мой поезд|моя электричка"
    r"|опазд\w*|операци\w*|гипо\w*|тир",
    "uk": r"фото\w*|камер\w*|фільм\w*|серіал\w*|книг\w*|гра|гри|грі|сцен\w*|персонаж\w*|сон"
    r"|снилось|наснилось|плава\w*|купа\w*|морж\w*|рибал\w*|полюва\w*|олен\w*|бригад\w*"
    r"|обіда\w*|білизн\w*|спека|спекотно|дітьми|собак\w*|басейн\w*|мій потяг"
    r"|моя електричка|запізн\w*|операці\w*|гіпо\w*|тир",
}
# A message in one of these is read by the other's rules too: each looks for both's words.
_KIN = {"de": "nl", "nl": "de", "es": "pt", "pt": "es", "ru": "uk", "uk": "ru"}


def _clear(lang: str) -> str:
    """No benign context of `lang` within 200 characters ahead, before a question; its words
    merged on their beginnings (engine.trie_regex), a plain space for `\\s+`."""
    sources = [_BENIGN["en"], _BENIGN_ANY, _BENIGN[lang]]
    if lang in _KIN:
        sources.append(_BENIGN[_KIN[lang]])
    words = dict.fromkeys(word for source in sources for word in top_level_split(source) or ())
    benign = trie_regex(words).replace("\\ ", " ")
    return rf"(?![^?]{{0,200}}?(?<!\w){benign}(?!\w))"


# The end of a clause, for a verb that must stand last ("… spring ik.", "salto").
_LAST = r"(?=\s*(?:[.!,;]|$))"


# A clock time as matchable text has it: "23 : 40", "22 . 15", "23h10".
_CLOCK = r"\d\d?(?: [:.] \d\d|h\d\d)?"

# Pills, by the language's words or by a medicine's name: benzodiazepines, sleeping pills,
# antidepressants, antipsychotics, opioids and painkillers, by generic ending or brand (not
# "a whole box of chips").
_DRUG = (
    r"\w*(?:azepam|azolam|pidem|piclon\w*|triptylin\w*|italopram|oxetin\w*|tralin\w*"
    r"|etiapin\w*|anzapin\w*|codon\w*|morphin\w*|tramadol\w*|pregabalin\w*|gabapentin\w*"
    r"|paracetamol\w*|ibuprofen\w*|азепам|азолам|трамадол|парацетамол|ибупрофен|ібупрофен"
    r"|амитриптилин|амітриптилін)\w*|(?:xanax|tavor|valium|rivotril|lexotan|lexatin|orfidal"
    r"|trankimazin|stilnox|imovane|seroquel|zoloft|prozac|tylenol|panadol|nurofen|advil"
    r"|doliprane|dafalgan|efferalgan|tachipirina|parol|novalgin|temesta|lyrica|atarax)\w*"
)
_PILLS_EN = r"pills|tablets|meds|capsules|painkillers|sleeping pills|sleeping tablets"
_PILLS_DE = r"tabletten|pillen|medikamente|schlaftabletten|kapseln"
_PILLS_ES = r"pastillas|pastis|comprimidos|capsulas|somniferos|medicamentos"
_PILLS_FR = r"cachets|comprimes|pilules|medocs|gelules|somniferes|medicaments"
_PILLS_IT = r"pastiglie|pillole|compresse|capsule|sonniferi|farmaci"
_PILLS_NL = r"pillen|tabletten|medicijnen|slaappillen|capsules"
_PILLS_PL = r"tabletek|tabletki|pigulek|pigulki|lekow|leki|prochow|prochy|kapsulek"
_PILLS_PT = r"comprimidos|remedios|pilulas|capsulas|calmantes"
_PILLS_TR = r"hap\w*|ilac\w*"
_PILLS_RU = r"таблет\w*|колес\w*|лекарств\w*|капсул\w*|снотворн\w*"
_PILLS_UK = r"пігул\w*|таблет\w*|ліків|ліки|капсул\w*|снодійн\w*"
# The whole box, all the pills: Spanish, French, Italian, Polish, Portuguese and Turkish,
# for a plan (with tonight and alcohol) and, after a verb of swallowing, an act.
_ES_ALL = (
    r"tod[oa]s? (?:el |la |las |mis |los )?(?:bote|caja|blister|frasco|tableta|tira) (?:de )?"
    rf"(?:\w+ )?(?:{_PILLS_ES}|{_DRUG})|tod[oa]s (?:las |mis |los )(?:{_PILLS_ES}|{_DRUG})"
    r"|(?:el|la|un|una) (?:bote|caja|blister|frasco|tira) (?:entero|entera|complet[oa]) (?:de )?"
    rf"(?:{_PILLS_ES}|{_DRUG})"
)
_FR_ALL = (
    r"tout(?:e|es)? (?:la |le |les |mes )?(?:boite|plaquette|flacon|tube) (?:de |d )?(?:\w+ )?"
    rf"(?:{_PILLS_FR}|{_DRUG})|tou(?:s|tes) (?:les |mes )(?:{_PILLS_FR}|{_DRUG})|(?:la|le|une"
    rf"|un) (?:boite|plaquette|flacon|tube) (?:entier|entiere|complet|complete) (?:de |d )?"
    rf"(?:{_PILLS_FR}|{_DRUG})"
)
_IT_ALL = (
    r"tutt[oaie] (?:il |la |le |i |gli |mie |miei )?(?:flacone|confezione|scatola|blister"
    rf"|boccetta) (?:di |del |della )?(?:\w+ )?(?:{_PILLS_IT}|{_DRUG})|tutt[ei] (?:le |i |mie"
    rf" |miei )(?:{_PILLS_IT}|{_DRUG})|(?:il|la|un|una) (?:flacone|confezione|scatola|blister)"
    rf" (?:inter[oa]|complet[oa]) (?:di )?(?:{_PILLS_IT}|{_DRUG})"
)
_PL_ALL = (
    r"cal\w* (?:opakowanie|pudelko|fiolk\w*|butelk\w*|listek|blister|sloik) (?:\w+ )?"
    rf"(?:{_PILLS_PL}|{_DRUG})|wszystkie (?:moje )?(?:{_PILLS_PL})"
)
_PT_ALL = (
    r"(?:frasco|caixa|cartela|vidro|blister) (?:inteir[oa]|tod[oa]) (?:de )?(?:\w+ )?"
    rf"(?:{_PILLS_PT}|{_DRUG})|tod[oa]s? (?:a |o |os |as |meus |minhas )?(?:frasco|caixa|cartela)"
    rf" (?:de )?(?:\w+ )?(?:{_PILLS_PT}|{_DRUG})|tod[oa]s (?:os |as |meus |minhas )(?:{_PILLS_PT}"
    rf"|{_DRUG})"
)
_TR_ALL = (
    r"(?:butun|tum|koca) (?:bir )?(?:kutu|sise|serit|paket) (?:\w+ )?"
    rf"(?:{_PILLS_TR}|{_DRUG})|butun (?:haplari|ilaclari)\w*"
)


@dataclass(frozen=True)
class _Scene:
    """One language's words for the scenes and acts; an empty field has no rule."""

    clear: str  # no benign context of the language ahead (`_clear`)

    high: str = ""  # a height now: a car park's top, a roof, a bridge, a balcony, a cliff
    way_down: str = ""  # not taking the stairs or the lift back down
    water_in: str = ""  # walking or wading into the sea, a river, a lake (first person)
    no_return: str = ""  # not coming back (at the end of its clause, or "no way back")
    jump: str = ""  # "I'll jump", first person, with no water after it
    tracks_by: str = ""  # by, on or at the tracks, a level crossing, the platform's end
    on_tracks: str = ""  # lying, sitting or standing on the rails
    train_due: str = ""  # the freight, the 22:15, a train coming or passing
    passing: str = ""  # when the train, the 22:15 passes
    act: str = ""  # I'll stand up, step out, jump
    towards_train: str = ""  # walking along the tracks, the sleepers
    train_near: str = ""  # towards the train, its lights seen, it honks
    platform_end: str = ""
    non_stop: str = ""  # a train that does not stop there
    soon: str = ""  # in a few minutes, at a time
    ice: str = ""
    cracking: str = ""
    further: str = ""  # going on, to the middle
    leg_already: str = ""  # a leg already over the railing
    to_water: str = ""  # on the way to a river, the sea, the tracks, a bridge
    better: str = ""  # "better this way"
    stopped: str = ""  # vital medicine stopped or not taken: insulin, heart pills, thinners
    purpose: str = ""  # on purpose
    intent: str = ""  # want it to stop, to be over, to die
    tonight: str = ""
    all_pills: str = ""  # the whole box, all my pills
    alcohol: str = ""
    took_all: str = ""  # swallowed the whole box, blister, bottle
    doubled: str = ""  # insulin doubled, the whole pen
    unsaid: str = ""  # don't tell anyone, my mum
    why_writing: str = ""  # "I don't know why I'm writing this"
    depth: str = ""  # up to the waist, the chest
    gun: str = ""
    loaded: str = ""
    alone: str = ""  # nobody home


def _near(clear: str, *parts: str) -> tuple[str, ...]:
    """`parts` in any order within `_GAP` characters of each other, each a whole word or
    words, no question between, and no benign context (`clear`) after any of them; nothing
    when a part is missing. One rule for each order, so that each order's match ends where
    it does (an overdose's match is checked for a negation up to its end)."""
    if not all(parts):
        return ()
    return spaced(*near(_GAP, *(f"(?:{part})(?!\\w){clear}" for part in parts), stop="?"))


# What `near` puts between two parts: up to a word start, then the negators' lookbehinds.
_BETWEEN = near(_GAP, "", "", stop="?")[0]
_AHEAD = rf"[^?]{{0,{_GAP}}}?(?<!\w)"
assert _BETWEEN.startswith(_AHEAD)


def _between(parts: tuple[str, ...]) -> str:
    """`_BETWEEN` before one of `parts`: each word start is checked for a first letter of
    theirs before the negators' lookbehinds, where most fail at a tenth of the cost."""
    firsts = [first_characters(part) for part in parts]
    if not all(firsts):
        return _BETWEEN
    letters = "".join(first[1:-1] for first in firsts if first)
    return f"{_AHEAD}(?=[{letters}]){_BETWEEN[len(_AHEAD) :]}"


def _orders(clear: str, parts: tuple[str, ...]) -> str:
    """Every order of `parts` as `near` writes them, one alternation merged on each order's
    first parts, without the benign check after the last part (`_near_once` adds it once).
    After each part, the rest is looked for without the benign checks first: a part alone is
    often a common word (Polish "most", a bridge, in English "most of the day"), and the
    benign check reads 200 characters ahead, so it waits until the rest is there."""
    if len(parts) == 1:
        return f"(?:{parts[0]})(?!\\w)"
    return (
        "(?:"
        + "|".join(
            f"(?:{part})(?!\\w)"
            + (f"(?={_between(rest)}{_orders('', rest)}){clear}" if clear else "")
            + f"{_between(rest)}{_orders(clear, rest)}"
            for i, part in enumerate(parts)
            for rest in [(*parts[:i], *parts[i + 1 :])]
        )
        + ")"
    )


def _near_once(clear: str, *parts: str) -> tuple[str, ...]:
    """`_near` as one rule: it matches at a word exactly where one of `_near`'s rules does,
    but its every order shares its beginning and the check after its last part, so it holds
    `clear` 3 times for two parts and 10 times for three, not 4 and 18. For crisis and ask,
    whose matches are never checked for a negation, so only where a match begins counts."""
    if not all(parts):
        return ()
    return spaced(_orders(clear, parts) + clear)


def _either(*parts: str) -> str:
    return "|".join(part for part in parts if part)


def _crisis(w: _Scene) -> tuple[str, ...]:
    return (
        *_near_once(w.clear, w.high, w.way_down),
        *_near_once(w.clear, _either(w.water_in, w.high, w.tracks_by), w.no_return),
        *_near_once(w.clear, w.high, w.jump),
        *_near_once(w.clear, w.on_tracks, w.train_due),
        *_near_once(w.clear, w.tracks_by, w.passing, w.act),
        *_near_once(w.clear, w.towards_train, w.train_near),
        *_near_once(w.clear, w.platform_end, w.non_stop, w.soon),
        *_near_once(w.clear, w.ice, w.cracking, w.further),
        *(spaced(f"(?:{w.leg_already})(?!\\w){w.clear}") if w.leg_already else ()),
        *_near_once(w.clear, w.to_water, w.better),
        *_near_once(w.clear, w.stopped, w.intent),
        *_near_once(w.clear, w.tonight, w.all_pills, w.alcohol),
    )


def _ask(w: _Scene) -> tuple[str, ...]:
    return (
        *_near_once(w.clear, w.high, w.why_writing),
        *_near_once(w.clear, w.water_in, w.depth),
        *_near_once(w.clear, w.gun, w.loaded, w.alone),
        *_near_once(w.clear, w.stopped, w.purpose),
        *_near_once(w.clear, w.platform_end, w.non_stop),
    )


def _overdose(w: _Scene) -> tuple[str, ...]:
    return (
        *_near(w.clear, w.took_all, _either(w.alcohol, w.unsaid)),
        *_near(w.clear, w.doubled, w.purpose),
    )


_EN = _Scene(
    clear=_clear("en"),
    high=r"carpark|car park|parking (?:garage|deck|structure)|multistor(?:e)?y|multi stor(?:e)?y"
    r"|top (?:floor|level|deck)|roof(?:top)?|ledge|parapet|bridge|viaduct|overpass|balcony"
    r"|tower block|cliffs?|cliff edge|up here",
    way_down=r"(?:not|never|no) (?:planning|plan|going|intending|bothering|gonna) (?:on |to )?"
    r"(?:take|taking|use|using|need|needing) (?:the )?(?:stairs|lift|elevator|steps)(?: back)?"
    r"(?: down)?(?![^.!?]{0,40}?(?:lift|elevator|stairs|escalator|ramp|quicker|faster|broken))"
    r"|(?:will not|do not|not) (?:be )?(?:need|needing|take|taking|use|using) (?:the )?(?:stairs"
    r"|lift|elevator) (?:back )?down(?![^.!?]{0,40}?(?:lift|elevator|stairs|quicker|broken))"
    r"|(?:not|never) (?:going|coming|walking|climbing) back down",
    water_in=r"(?:walking|wading|going|heading|walk|wade) (?:\w+ ){0,2}?(?:into|out into|in)"
    r" (?:the )?(?:sea|ocean|river|lake|water|waves|surf|reservoir|canal|loch)|i (?:walked"
    r"|waded) (?:\w+ ){0,2}?(?:into|out into) (?:the )?(?:sea|ocean|river|lake|water|waves)",
    no_return=r"(?:not|never) (?:coming|going|walking|swimming|turning) back(?! (?:to|till|until"
    r"|before|after|for|from|here|tomorrow|today|tonight|on|at|in|with|soon)\b)|(?:will not"
    r"|am not going to|not going to|never going to) (?:come|go|turn|swim|walk) back(?! (?:to"
    r"|till|until|before|after|for|from|here|tomorrow|on|at|in|with|soon)\b)|no way back"
    r"|one way (?:trip|ticket|walk)",
    jump=rf"(?:i am|i ll|i will|going to|then i|i) (?:just )?jump(?:ing)?(?! (?:in|into|on"
    rf"|onto|rope|ship|start|the queue|scare)\b)(?:{_LAST}| off\b| now\b| then\b| tonight\b)",
    tracks_by=r"(?:by|at|near|next to|beside|on|along|across|between) the (?:\w+ )?(?:tracks"
    r"|rails|railway|railway line|level crossing|crossing|sleepers)|(?:end|edge|far end) of the"
    r" platform|platform edge",
    on_tracks=r"(?:lying|lay|laying|sitting|sat|standing|stood|kneeling|lie|sit|stand)"
    r" (?:down )?(?:on|across|between) (?:the )?(?:\w+ )?(?:tracks|rails|railway line"
    r"|rail line|sleepers)",
    train_due=rf"(?:freight|goods train|express|next train|last train|train|the {_CLOCK})"
    r"(?: train)? (?:\w+ ){0,2}?(?:comes|coming|passes|passing|goes past|comes through|is due"
    r"|due|arrives)",
    passing=r"(?:when|as|once|the moment|as soon as) (?:the )?(?:\w+ ){0,3}?(?:train|freight"
    rf"|express|{_CLOCK})(?: train)? (?:\w+ ){{0,2}}?(?:comes|passes|goes past|goes by|comes"
    r" through|arrives|gets here|has gone past|has passed|is here|is close|gets close)",
    act=r"(?:i ll|i will|i am going to|going to|i am|i) (?:\w+ )?(?:stand up|get up|step"
    r" (?:out|forward|in front|onto)|jump|walk out|lie down)",
    towards_train=r"(?:walking|walk|going|heading|wandering) (?:\w+ ){0,2}?(?:along|on|down"
    r"|between) (?:the )?(?:\w+ )?(?:tracks|rails|sleepers|railway line)",
    train_near=r"towards (?:the |an )?(?:oncoming |coming )?(?:train|freight|express|lights"
    r"|headlights)|to meet the train|(?:see|seeing) (?:its|the|it s) (?:\w+ )?(?:lights"
    r"|headlights)|(?:it s|it is|train is|train s) (?:honking|hooting|blaring|coming)",
    platform_end=r"(?:end|edge|far end|very end) of the platform|platform edge",
    non_stop=r"(?:does not|will not|never) stop|not stopping|without stopping|nonstop|non stop"
    r"|(?:comes|goes|rushes|flies|speeds|passes) (?:straight )?through",
    soon=rf"in \d+ (?:minutes|mins|min)\b|at {_CLOCK}",
    ice=r"(?:on|onto|out on|out onto) (?:the )?(?:\w+ )?ice\b|ice (?:on|of) the (?:lake|pond"
    r"|reservoir|river|canal)",
    cracking=r"crack(?:ing|s|ed)?|creak(?:ing|s)?|groan(?:ing|s)|breaking|giving way",
    further=r"(?:going|walking|heading|keep going|keep walking|carrying on) (?:further|farther)"
    r"(?: out| on)?|further out|(?:to|towards) the middle",
    leg_already=r"(?:leg|legs|foot|feet) (?:is |are )?already (?:over|on the other side of"
    r"|outside|past) (?:the )?(?:railing|rail|parapet|barrier|ledge|fence|balustrade)"
    r"|already (?:got |have |put |swung )?(?:one |a |my |both )?(?:leg|legs|foot|feet) (?:over"
    r"|outside|past|on the other side of) (?:the )?(?:railing|rail|parapet|barrier|ledge|fence"
    r"|balustrade)",
    to_water=r"(?:heading|going|walking|on my way|driving) (?:\w+ ){0,2}?(?:to|towards|toward)"
    r" (?:the )?(?:\w+ )?(?:river|sea|lake|tracks|bridge|railway|cliffs?|canal|weir|dam|quarry)",
    better=r"better (?:this way|like this|that way)(?! than| for)",
    stopped=r"(?:stopped|quit|not taking|not taken|have not taken|have not had|not had"
    r"|no more) (?:taking |injecting |doing |using )?(?:my |the |any )?(?:insulin|heart"
    r" (?:pills|tablets|meds|medication)|blood thinners?|warfarin|anticoagulants?|seizure"
    r" (?:meds|medication|pills)|epilepsy (?:meds|medication)|(?:anti rejection|antirejection)"
    r" (?:meds|pills|drugs)|transplant (?:meds|medication)|hydrocortisone|steroids)",
    purpose=r"on purpose|deliberately|intentionally|purposely|by choice",
    intent=r"want (?:it|this|everything|it all) (?:all )?(?:to (?:stop|end|be over)|over)|want"
    r" to die|so (?:it|this) (?:ends|stops|is over)|let (?:it|nature) (?:happen|take its course)"
    r"|do not care what happens|hope i do not wake up",
    tonight=r"tonight|this evening",
    all_pills=rf"(?:whole|entire|full) (?:box|bottle|pack|packet|strip|blister|tub|jar) of"
    rf" (?:my |the )?(?:\w+ )?(?:{_PILLS_EN}|{_DRUG})|all (?:of )?my (?:\w+ )?(?:{_PILLS_EN})",
    alcohol=r"whisk(?:e)?y|vodka|wine|gin|rum|beer|booze|alcohol|tequila|bourbon|brandy|cider"
    r"|scotch",
    took_all=rf"(?:swallowed|took|taken|downed|necked|had) (?:\w+ )?(?:the |a |my )?(?:whole"
    rf"|entire|full) (?:box|bottle|pack|packet|strip|blister|sheet|tub|jar) of (?:my |the )?"
    rf"(?:\w+ )?(?:{_PILLS_EN}|{_DRUG})",
    doubled=r"(?:injected|took|gave myself|shot|did|done|put in) (?:\w+ ){0,2}?(?:double|twice"
    r"|triple|a whole pen of|the whole pen of|way too much|a double dose of) (?:my |the )?"
    r"(?:\w+ )?insulin",
    unsaid=r"(?:do not|dont) tell (?:\w+ ){0,2}?(?:anyone|anybody|my mum|my mom|my mother|my"
    r" parents|my family)|not telling (?:anyone|anybody)",
    why_writing=r"(?:idk|i do not know|dunno|no idea|not sure) why (?:i am |im |i )?(?:even )?"
    r"(?:typing|writing|telling|texting|messaging|sending)",
    depth=r"(?:up to|to) my (?:waist|chest|knees|neck|hips|belly|stomach)|(?:waist|chest|knee"
    r"|neck) deep",
    gun=r"(?:hunting )?(?:shotgun|rifle)|rifle|gun|pistol|revolver|carbine",
    loaded=r"(?:i )?loaded (?:it|him|her|the)|(?:it is|it s|is) loaded",
    alone=r"nobody (?:is |s )?(?:home|here|in)|no one (?:is |s )?(?:home|here)|home alone"
    r"|alone (?:at home|in the house)|all alone",
)

_DE = _Scene(
    clear=_clear("de"),
    high=r"parkhaus\w*|parkdeck\w*|oberste\w* (?:deck|etage|stock|ebene)|dach(?:e|es|kante"
    r"|rand)?\b|brucke|brucken\w*|viadukt\w*|balkon\w*|hochhaus\w*|turm\w*|klippe\w*|felskante|gelander"
    r"|brustung|da oben|hier oben",
    way_down=r"(?:nicht|nich|nimmer) (?:\w+ ){0,2}?vor (?:die |den )?(?:treppe\w*|aufzug"
    r"|fahrstuhl|lift|stufen) (?:\w+ )?(?:runter|hinunter|nach unten)\w*|(?:treppe\w*|aufzug"
    r"|fahrstuhl|lift) (?:\w+ ){0,2}?(?:brauch\w*|nehm\w*|geh\w*) ich (?:\w+ )?(?:nicht|nich)"
    r" mehr|(?:geh\w*|fahr\w*|nehm\w*|werd\w*) (?:\w+ ){0,2}?(?:nicht|nich) (?:mehr )?"
    r"(?:\w+ ){0,2}?(?:treppe\w*|aufzug|fahrstuhl|lift) (?:\w+ )?(?:runter|hinunter|nach"
    r" unten)\w*",
    water_in=r"(?:geh|gehe|lauf|laufe|wate|wat) (?:\w+ ){0,3}?(?:ins (?:meer|wasser)|in den"
    r" (?:see|fluss|teich|kanal|baggersee|rhein|main|neckar|inn)|in die (?:see|elbe|donau|isar"
    r"|spree|weser|mosel|ruhr|nordsee|ostsee|wellen))",
    no_return=r"(?:komm|komme|kehr|kehre) (?:\w+ )?(?:nicht|nie|nimmer) (?:mehr )?(?:zuruck"
    r"|wieder)(?! (?:zu|in|nach|vor|bevor|bis|ins|zur|zum|an)\b)|kein (?:zuruck|ruckweg)"
    r"|(?:nicht|nie) mehr (?:zuruck|raus)(?! (?:zu|in|nach|ins|zur|zum)\b)",
    jump=rf"(?:ich (?:spring|springe|werde springen|werd springen)|(?:spring|springe) ich)"
    rf"(?! (?:\w+ )?(?:in|ins|rein|hinein|rum)\b)(?:{_LAST}| runter\b| jetzt\b| gleich\b)",
    tracks_by=r"(?:neben|an|bei|auf|zwischen) (?:den |dem |der )?(?:gleisen|schienen"
    r"|bahnubergang|bahndamm|bahnstrecke)|(?:ende|rand|kante) (?:vom|des) bahnsteig\w*"
    r"|bahnsteigkante|bahnsteigende",
    on_tracks=r"(?:lieg\w*|sitz\w*|steh\w*|hock\w*|leg mich|lege mich) (?:\w+ ){0,2}?(?:auf"
    r"|zwischen) (?:den |die )?(?:gleis\w*|schienen)",
    train_due=rf"(?:guterzug\w*|zug|ice|s bahn|regionalexpress|nachtzug|der (?:um|von)"
    rf" {_CLOCK}) (?:\w+ ){{0,3}}?(?:kommt|fahrt|rauscht|donnert|ist (?:gleich )?da)",
    passing=r"(?:wenn|sobald|sowie|als) (?:der |die )?(?:\w+ ){0,3}?(?:zug|ice|guterzug|s bahn"
    rf"|{_CLOCK}) (?:\w+ ){{0,3}}?(?:kommt|vorbei\w*|durch\w*|da ist|naher kommt|einfahrt)",
    act=r"(?:steh|stehe) ich (?:\w+ )?auf|ich (?:steh|stehe) (?:\w+ )?auf|(?:geh|gehe|tret|trete"
    r"|lauf|laufe) ich (?:\w+ )?(?:los|raus|vor|hin|auf die gleise)|(?:spring|springe) ich",
    towards_train=r"(?:lauf\w*|geh\w*) (?:\w+ ){0,3}?(?:auf|entlang|zwischen) (?:den )?"
    r"(?:schienen|gleis\w*|bahngleis\w*)",
    train_near=r"(?:zug|ice|guterzug) entgegen|entgegen|(?:seh|sehe) (?:\w+ ){0,2}?(?:lichter"
    r"|scheinwerfer|lampen)|hupt|pfeift",
    platform_end=r"(?:ende|rand|kante) (?:vom|des) bahnsteig\w*|bahnsteigende|bahnsteigkante",
    non_stop=r"(?:halt|halten|stoppt) (?:\w+ ){0,2}?(?:hier |da )?nicht|(?:fahrt|rauscht"
    r"|donnert) (?:\w+ ){0,3}?durch|ohne (?:zu )?halt\w*|durchfahr\w*",
    soon=rf"(?:in|um) \d+ (?:minuten|min)\b|um {_CLOCK}",
    ice=r"(?:aufs|auf das|auf dem|auf den) (?:\w+ )?eis\b|eis (?:vom|des|auf dem) (?:\w+ ){0,2}?"
    r"(?:see|baggersee|teich|weiher|fluss|kanal)",
    cracking=r"knackt|knackst|knirscht|kracht|bricht|reisst|knarzt",
    further=r"(?:geh|gehe|lauf|laufe) (?:\w+ ){0,2}?(?:weiter|bis zur mitte|in die mitte|zur"
    r" mitte)|weiter (?:raus|rein|zur mitte)",
    leg_already=r"(?:bein|beine|fuss|fusse) (?:\w+ ){0,2}?schon (?:\w+ ){0,2}?(?:uber|hinter"
    r"|ausserhalb|auf der anderen seite) (?:dem |das |der |des )?(?:gelander\w*|brustung"
    r"|absperrung|kante|zaun)|schon (?:\w+ ){0,3}?(?:bein|beine|fuss) (?:\w+ )?(?:uber|hinter"
    r"|ausserhalb) (?:dem |das |der |des )?(?:gelander\w*|brustung|absperrung|kante|zaun)",
    to_water=r"(?:geh|gehe|lauf|laufe|fahr|fahre|bin) (?:\w+ ){0,3}?(?:zum|zur|an den|ans|an"
    r" die) (?:\w+ )?(?:fluss|meer|see|ufer|gleisen|brucke|rhein|main|elbe|donau|klippe\w*"
    r"|wehr|kanal)",
    better=r"besser so\b(?! (?:als|wie))|so ist es besser|so ist es am besten",
    stopped=r"(?:kein|keine|nicht mehr|nimmer) (?:\w+ ){0,2}?(?:insulin|herztablette\w*"
    r"|herzmedikament\w*|blutverdunner\w*|marcumar|antiepileptik\w*|cortison|kortison"
    r"|hydrocortison)|(?:insulin|herztablette\w*|herzmedikament\w*|blutverdunner\w*|marcumar"
    r"|cortison|kortison) (?:\w+ ){0,3}?(?:abgesetzt|weggelassen|nicht mehr genommen|nicht"
    r" mehr gespritzt)",
    purpose=r"absichtlich|mit absicht|bewusst|vorsatzlich",
    intent=r"(?:will|mochte) (?:\w+ ){0,2}?(?:dass|das) es (?:\w+ )?(?:aufhort|vorbei ist|endet"
    r"|zu ende ist)|(?:will|mochte) (?:nicht mehr leben|sterben|nicht mehr aufwachen)|soll"
    r" (?:\w+ )?(?:vorbei|zu ende) sein|ist mir egal was passiert",
    tonight=r"heute nacht|heut nacht|heute abend|heut abend",
    all_pills=rf"(?:ganze\w*|volle\w*) (?:dose|packung|schachtel|flasche|blister\w*|streifen)"
    rf" (?:\w+ ){{0,2}}?(?:{_PILLS_DE}|{_DRUG})|alle (?:meine )?(?:\w+ )?(?:{_PILLS_DE})",
    alcohol=r"wodka|vodka|whisky|whiskey|schnaps|rum|wein|bier|korn|gin|alkohol|likor|tequila",
    took_all=rf"(?:ganze\w*|volle\w*) (?:dose|packung|schachtel|flasche|blister\w*|streifen)"
    rf" (?:\w+ ){{0,2}}?(?:{_PILLS_DE}|{_DRUG}) (?:\w+ ){{0,3}}?(?:genommen|geschluckt"
    r"|eingeworfen|reingehauen)",
    doubled=r"(?:doppelt\w*|dreifach\w*|ganze\w*) (?:\w+ ){0,2}?insulin\w* (?:\w+ )?"
    r"(?:gespritzt|gesetzt|genommen)|insulin (?:\w+ ){0,2}?(?:doppelt|dreifach) (?:\w+ )?"
    r"(?:gespritzt|gesetzt|genommen)",
    unsaid=r"(?:sagt|sag|erzahlt|erzahl) (?:\w+ ){0,2}?(?:nichts|niemandem|keinem)",
    why_writing=r"(?:keine ahnung|weiss nicht|weiss ich nicht|keinen plan) (?:\w+ ){0,2}?"
    r"(?:warum|wieso|weshalb|wozu) ich (?:\w+ ){0,3}?(?:schreib\w*|tipp\w*|erzahl\w*)",
    depth=r"(?:bis zum|bis zur|bis an die|bis zu den) (?:\w+ )?(?:bauch|hufte\w*|brust|knie\w*"
    r"|hals|taille)|(?:knie|huft|brust|bauch)tief",
    gun=r"gewehr\w*|jagdgewehr\w*|flinte|pistole|revolver|knarre|waffe|karabiner|schrotflinte"
    r"|buchse",
    loaded=r"geladen|durchgeladen",
    alone=r"(?:keiner|niemand) (?:ist )?(?:\w+ )?(?:zuhause|zu hause|daheim)|allein\w* (?:zuhause"
    r"|zu hause|daheim)|ganz allein\w*|sturmfrei",
)

_ES = _Scene(
    clear=_clear("es"),
    high=r"parking|aparcamiento|ultima planta|ultimo piso|azotea|tejado|terrado|puente"
    r"|viaducto|balcon|cornisa|barandilla|acantilado|arriba del todo|aqui arriba",
    way_down=r"no (?:\w+ ){0,2}?(?:pienso|voy a|tengo intencion de|planeo|quiero) (?:\w+ )?"
    r"bajar (?:\w+ ){0,2}?(?:por|en) (?:las |el )?(?:escaleras|ascensor)(?![^.!?]{0,40}?"
    r"(?:ascensor|escalera|rampa|mas rapido|roto|averiado))|no (?:voy a )?(?:necesitar|usar"
    r"|coger|tomar) (?:las |el )?(?:escaleras|ascensor) (?:para )?bajar",
    water_in=r"(?:me (?:estoy )?met\w*|entrando|entro|camino|caminando|me adentro"
    r"|adentrandome) (?:\w+ ){0,2}?(?:en|al|hacia) (?:el |la )?(?:mar|rio|lago|agua|pantano"
    r"|embalse|olas)",
    no_return=r"no (?:voy a |pienso )?(?:volver|regresar|salir)(?! (?:a|al|hasta|antes|despues"
    r"|en|por|de|mas tarde|manana)\b)|no (?:vuelvo|regreso|salgo)(?! (?:a|al|hasta|antes"
    r"|despues|en|por|de|mas|manana)\b)|sin vuelta atras|no hay vuelta atras",
    jump=not_after("salto|me tiro|voy a saltar|me voy a tirar|me lanzo", "no")
    + rf"(?! (?:\w+ )?(?:al|a la|en|a banar\w*)\b){_LAST}",
    tracks_by=r"(?:junto a|al lado de|en|sobre|cerca de|entre) (?:las |los |el |la )?(?:vias"
    r"|via del tren|rieles|paso a nivel)|(?:final|borde|extremo) del anden",
    on_tracks=r"(?:tumbad[oa]|acostad[oa]|tirad[oa]|sentad[oa]|de pie|parad[oa]|me tumbo|me"
    r" acuesto) (?:\w+ ){0,2}?(?:en|sobre|entre) (?:las )?(?:vias|rieles)",
    train_due=rf"(?:tren|mercancias|ave|cercanias|expreso|el de las {_CLOCK}|el (?:proximo"
    r"|siguiente|ultimo)) (?:\w+ ){0,3}?(?:pasa|viene|llega|esta llegando)",
    passing=r"(?:cuando|en cuanto|apenas) (?:pase|venga|llegue|se acerque|este cerca) (?:el |la )?"
    rf"(?:\w+ ){{0,3}}?(?:tren|mercancias|ave|{_CLOCK})|(?:cuando|en cuanto) (?:el |la )?"
    r"(?:tren|mercancias|ave) (?:\w+ )?(?:pase|venga|llegue)",
    act=not_after(
        "me levanto|me pongo de pie|me tiro|salto|me pongo delante|me cruzo|doy el paso"
        "|me acuesto",
        "no",
    ),
    towards_train=r"(?:camino|caminando|ando|voy|andando) (?:\w+ ){0,2}?(?:por|entre|sobre)"
    r" (?:las )?(?:vias|rieles|traviesas)",
    train_near=r"hacia el tren|al encuentro del tren|de frente al tren|veo (?:ya )?(?:las |sus )?"
    r"(?:luces|faros)|ya (?:veo|se ven) (?:las |sus )?(?:luces|faros)|pita|toca la bocina",
    platform_end=r"(?:final|borde|extremo|punta) del anden",
    non_stop=r"no (?:para(?! de)|se para(?! de)|se detiene|efectua parada|tiene parada)|pasa sin"
    r" parar|sin parar|pasa de largo",
    soon=rf"(?:en|dentro de) \d+ (?:minutos|min)\b|a las {_CLOCK}",
    ice=r"(?:al|en el|sobre el) hielo",
    cracking=r"cruj\w*|se (?:esta )?(?:rompiendo|agrietando|quebrando)|se agrieta|se rompe"
    r"|hace crac|cede",
    further=r"sigo (?:\w+ ){0,2}?(?:hacia|al|hasta) (?:el )?(?:centro|medio)|sigo adelante|voy"
    r" (?:hacia|al) (?:el )?(?:centro|medio)|mas adentro|sigo avanzando",
    leg_already=r"ya (?:tengo |he pasado |pase |he sacado |saque )?(?:una |la |las |mis )?"
    r"(?:pierna|piernas|pie|pies) (?:\w+ ){0,2}?(?:por fuera|al otro lado|por encima|sobre)"
    r" (?:de )?(?:la |el )?(?:barandilla|baranda|barrera|cornisa|borde|valla|muro)",
    to_water=r"(?:voy|bajo|camino|me voy|ando|estoy yendo) (?:\w+ ){0,2}?(?:hacia el|hacia la"
    r"|al|a la|hasta el|para el) (?:\w+ )?(?:rio|mar|lago|puente|vias|acantilado|presa|pantano"
    r"|embalse)",
    better=r"mejor asi(?! (?:que|para))|asi es mejor|mas vale asi",
    stopped=r"(?:deje|dejado|sin|no me (?:pongo|pincho|inyecto|tomo)|no (?:me )?he (?:puesto"
    r"|pinchado|tomado)|abandone) (?:\w+ ){0,3}?(?:la )?(?:insulina|pastillas del corazon"
    r"|medicacion del corazon|anticoagulante\w*|sintrom|antiepileptic\w*|cortisona"
    r"|hidrocortisona)",
    purpose=r"a proposito|adrede|aposta|queriendo|deliberadamente|intencionadamente"
    r"|conscientemente",
    intent=r"quiero que (?:\w+ ){0,2}?(?:se )?(?:acabe|termine|pare)|quiero morir\w*|que pase lo"
    r" que (?:tenga que pasar|pase)|me da igual lo que pase|no (?:quiero )?despertar",
    tonight=r"esta noche",
    all_pills=_ES_ALL,
    alcohol=r"whisky|wisky|vodka|vino|ron|cerveza|ginebra|tequila|alcohol|cubata\w*|birra\w*"
    r"|licor|orujo|aguardiente|pisco|mezcal|fernet",
    took_all=r"(?:tomar|tomado|tome|tragar|tragado|trague|meter|metido|meti|zampar|zampe)"
    rf"(?: me)? (?:\w+ )?(?:{_ES_ALL})",
    doubled=r"(?:el doble|doble dosis|el triple|toda la pluma|todo el boli) (?:\w+ ){0,2}?(?:de )?"
    r"insulina|insulina (?:\w+ ){0,2}?(?:doble|por dos)",
    unsaid=r"no (?:se lo |le |les )?(?:digan|digais|digas|cuenten|conteis) (?:\w+ ){0,3}?"
    r"(?:a nadie|a mi madre|a mi mama|a mis padres|a mi familia|nada)",
    why_writing=r"no se (?:ni )?(?:por que|porque|pa que|para que) (?:te )?(?:\w+ ){0,2}?"
    r"(?:escribo|cuento|mando|digo)",
    depth=r"(?:me llega|llega|me cubre|hasta) (?:ya )?(?:\w+ )?(?:a la |por la |hasta la |hasta"
    r" el |al |a las )?(?:cintura|pecho|rodillas|cuello|cadera)",
    gun=r"escopeta(?: de caza)?|rifle|pistola|revolver|arma|fusil|carabina",
    loaded=r"(?:la |lo )?(?:he cargado|cargue|cargada|cargado)",
    alone=r"no hay nadie|nadie en casa|sol[oa] en casa|estoy sol[oa]",
)

_FR = _Scene(
    clear=_clear("fr"),
    high=r"parking|dernier (?:etage|niveau)|toit|toiture|terrasse|pont|viaduc|balcon|rambarde"
    r"|garde corps|corniche|falaise|tout en haut|la haut",
    way_down=r"(?:pas|plus|jamais) (?:\w+ ){0,2}?(?:prevu|l intention|envie|besoin) (?:\w+ ){0,2}?"
    r"(?:reprendre|redescendre|prendre) (?:par )?(?:l |les )?(?:escalier\w*|ascenseur|marches)"
    r"|(?:redescendrai|reprendrai|prendrai) pas (?:\w+ )?(?:l |les |par l )?(?:escalier\w*"
    r"|ascenseur)",
    water_in=r"(?:je|j) (?:\w+ )?(?:rentre|entre|marche|avance|m avance|m enfonce|vais) (?:\w+ )"
    r"{0,2}?(?:dans|vers) (?:la |le |l )?(?:mer|riviere|fleuve|lac|eau|vagues|loire|seine|rhone"
    r"|garonne|ocean|canal)",
    no_return=r"(?:reviendrai|reviens|remonterai|ressortirai|rentrerai) (?:pas|plus|jamais)(?!"
    r" (?:a|au|avant|dans|ici|de|chez|demain|ce|en)\b)|pas de retour|sans retour|aller simple",
    jump=rf"(?:je saute|je vais sauter|je me jette|je vais me jeter|je me lance)(?! (?:\w+ )?"
    rf"(?:dans|a l eau|a la flotte|pour)\b){_LAST}",
    tracks_by=r"(?:sur|a cote des|pres des|entre|au bord des|le long des) (?:les )?(?:voies|rails"
    r"|voie ferree|passage a niveau)|(?:bout|bord) du quai",
    on_tracks=r"(?:allonge\w*|couche\w*|assis\w*|debout|je m allonge) (?:\w+ ){0,2}?(?:sur"
    r"|entre) (?:les )?(?:voies|rails)",
    train_due=rf"(?:train|fret|tgv|ter|rer|le (?:prochain|dernier)|le {_CLOCK}) (?:\w+ ){{0,3}}?"
    r"(?:passe|arrive|vient)",
    passing=r"(?:quand|des que|lorsque|au moment ou) (?:le |la )?(?:\w+ ){0,2}?(?:train|fret|tgv"
    rf"|{_CLOCK}) (?:\w+ ){{0,2}}?(?:passera|passe|arrivera|arrive|sera passe|approche\w*)",
    act=r"je me leve|je me leverai|je me mets debout|je saute|je me jette|je m allonge"
    r"|j avance|je fais le pas",
    towards_train=r"(?:je )?(?:marche|avance|vais|cours) (?:\w+ ){0,2}?(?:sur|entre|le long des)"
    r" (?:les )?(?:voies|rails|traverses)",
    train_near=r"vers le train|face au train|au devant du train|vois (?:deja )?(?:ses |les )?"
    r"(?:phares|feux|lumieres)|klaxonne|siffle",
    platform_end=r"(?:bout|bord|extremite|fin) du quai",
    non_stop=r"s arrete (?:pas|jamais)(?! de)|ne s arrete|sans s arreter|sans arret|ne marque"
    r" pas l arret",
    soon=rf"dans \d+ (?:minutes|min|mn)\b|a {_CLOCK}",
    ice=r"sur la glace|la glace du (?:lac|canal|fleuve|etang)|glace de l etang",
    cracking=r"craque|craquel\w*|se fissure|se fend|se casse|se brise|cede",
    further=r"(?:continue|avance|vais|marche) (?:\w+ ){0,2}?(?:vers|jusqu au|au) (?:le )?"
    r"(?:milieu|centre)|plus loin",
    leg_already=r"deja (?:\w+ )?(?:une |la |les |mes )?(?:jambe|jambes|pied|pieds) (?:\w+ ){0,2}?"
    r"(?:de l autre cote|par dessus|au dessus|dans le vide|derriere)|(?:jambe|pied) (?:est"
    r" |sont )?deja (?:\w+ )?(?:de l autre cote|par dessus|dans le vide)",
    to_water=r"(?:descends|vais|marche|file|pars) (?:\w+ ){0,2}?(?:vers|a|au|jusqu a) (?:la |le"
    r" |l )?(?:riviere|mer|lac|fleuve|pont|voies|falaise|barrage|canal|seine|loire)",
    better=r"c est mieux (?:comme ca|ainsi)(?! que)|mieux comme ca(?! que)",
    stopped=r"(?:arrete|stoppe|laisse tomber|plus pris|prends plus|prends pas|fais plus"
    r"|pique plus|injecte plus) (?:\w+ ){0,4}?(?:insuline|traitement pour le coeur|traitement"
    r" du coeur|medicaments? (?:pour|du) (?:le )?coeur|anticoagulant\w*|antiepileptique\w*"
    r"|cortisone|hydrocortisone|previscan|kardegic)",
    purpose=r"expres|volontairement|deliberement|consciemment|de mon plein gre"
    r"|intentionnellement",
    intent=r"veux que (?:ca|tout|c) (?:\w+ )?(?:s arrete|finisse|se termine|soit fini)|veux"
    r" (?:mourir|partir|en finir)|veux plus (?:vivre|me reveiller)|advienne que pourra",
    tonight=r"ce soir|cette nuit",
    all_pills=_FR_ALL,
    alcohol=r"vodka|whisky|rhum|vin|biere|gin|alcool|pastis|tequila|cognac|calva|pinard",
    took_all=r"(?:avale|avaler|pris|prendre|gobe|gober|bouffe|englouti)"
    rf" (?:\w+ )?(?:{_FR_ALL})",
    doubled=r"(?:le double|double dose|le triple|tout le stylo) (?:\w+ ){0,2}?(?:d )?insuline"
    r"|insuline (?:\w+ )?(?:en double|double)",
    unsaid=r"(?:dites|dis) (?:rien|le a personne)|(?:le )?dites pas|je le dirai a personne",
    why_writing=r"(?:sais|sait) (?:pas|meme pas) (?:\w+ )?pourquoi (?:je )?(?:t |vous )?"
    r"(?:ecris|raconte|dis|envoie)",
    depth=r"jusqu (?:a|au|aux) (?:la |l )?(?:taille|genoux|poitrine|cou|hanches|ventre)",
    gun=r"fusil(?: de chasse)?|carabine|pistolet|revolver|flingue|arme",
    loaded=r"(?:je l ai |l ai )?charge\b|chargee?",
    alone=r"personne (?:a la |a )?maison|(?:tout|toute) seule?|seule? a la maison"
    r"|il y a personne|y a personne",
)

_IT = _Scene(
    clear=_clear("it"),
    high=r"parcheggio|multipiano|ultimo piano|tetto|terrazzo|terrazza|ponte|viadotto|balcone"
    r"|ringhiera|parapetto|cornicione|scogliera|in cima|quassu",
    way_down=r"(?:non|mica) (?:\w+ ){0,3}?(?:intenzione|voglia|penso|ho in mente) (?:\w+ ){0,2}?"
    r"(?:riprendere|scendere|prendere|fare) (?:\w+ )?(?:le |l )?(?:scale|ascensore|gradini)"
    r"|non (?:scendero|riprendero) (?:\w+ )?(?:le scale|l ascensore|per le scale)",
    water_in=r"(?:entro|sto entrando|cammino|sto camminando|avanzo|mi inoltro) (?:\w+ ){0,2}?"
    r"(?:in|nel|nella|nell|dentro il|dentro al|verso il|verso la|in mezzo al) (?:mare|fiume"
    r"|lago|acqua|onde|po|tevere|arno)",
    no_return=rf"non (?:torno|tornero|ritorno|risalgo|esco) (?:\w+ )?(?:indietro|piu)?(?! (?:a"
    rf"|al|alla|in|prima|dopo|tra|fra|da|per|stasera|domani)\b){_LAST}|senza ritorno|non si"
    r" torna indietro|solo andata",
    jump=not_after("salto|mi butto|mi lancio|sto per saltare|mi getto", "non")
    + rf"(?! (?:\w+ )?(?:in acqua|nel|nella|a fare)\b){_LAST}",
    tracks_by=r"(?:sui|sulle|accanto ai|vicino ai|lungo i|tra i|ai) (?:binari|rotaie)"
    r"|passaggio a livello|(?:in fondo|alla fine|sul bordo) (?:al|del) binario|fondo della"
    r" banchina",
    on_tracks=r"(?:sdraiat[oa]|stes[oa]|sedut[oa]|in piedi|mi sdraio) (?:\w+ ){0,2}?(?:sui"
    r"|sulle|tra i) (?:binari|rotaie)",
    train_due=rf"(?:treno|merci|frecciarossa|italo|regionale|quello delle {_CLOCK}|il"
    r" (?:prossimo|ultimo)) (?:\w+ ){0,3}?(?:passa|arriva|viene)",
    passing=r"(?:quando|appena|non appena) (?:passa|arriva|passera|arrivera|si avvicina)"
    rf" (?:il |quello )?(?:\w+ ){{0,3}}?(?:treno|merci|frecciarossa|{_CLOCK})|(?:quando"
    r"|appena) (?:il )?(?:treno|merci) (?:\w+ )?(?:passa|arriva)",
    act=not_after(
        "mi alzo|mi metto in piedi|salto|mi butto|mi sdraio|faccio il passo|mi lancio", "non"
    ),
    towards_train=r"(?:cammino|sto camminando|vado|avanzo) (?:\w+ ){0,2}?(?:sui|lungo i|tra i)"
    r" (?:binari|rotaie|traversine)",
    train_near=r"verso il treno|incontro al treno|vedo (?:gia )?(?:i |le )?(?:fari|luci)"
    r"|fischia",
    platform_end=r"(?:in fondo|alla fine|sul bordo|all estremita) (?:al|del|della) (?:binario"
    r"|banchina|marciapiede)",
    non_stop=r"non si ferma|senza fermarsi|non ferma|passa dritto|transita senza",
    soon=rf"(?:tra|fra) \d+ (?:minuti|min)\b|alle {_CLOCK}",
    ice=r"(?:sul|nel) ghiaccio|ghiaccio (?:del|sul) (?:lago|fiume|laghetto)",
    cracking=r"scricchiol\w*|si crepa|si spacca|si rompe|cede|crepita",
    further=r"(?:vado|continuo|cammino|proseguo) (?:\w+ ){0,2}?(?:verso il|al|fino al|in)"
    r" (?:centro|mezzo)|vado avanti|piu in la",
    leg_already=r"gia (?:\w+ )?(?:una |la |le )?(?:gamba|gambe|piede|piedi) (?:\w+ ){0,2}?"
    r"(?:oltre|fuori|dall altra parte|sopra) (?:la |il |del |della )?(?:ringhiera|parapetto"
    r"|balaustra|bordo|davanzale)",
    to_water=r"(?:vado|scendo|cammino|sto andando|sto camminando) (?:\w+ ){0,2}?(?:al|verso il"
    r"|verso la|alla|fino al) (?:\w+ )?(?:fiume|mare|lago|torrente|ponte|binari|scogliera"
    r"|diga)",
    better=r"meglio cosi(?! che)|e meglio cosi",
    stopped=r"(?:non (?:faccio|prendo|mi faccio|mi inietto)|smesso (?:di )?(?:fare |prendere )?"
    r"|sospeso|interrotto) (?:\w+ ){0,2}?(?:l |la |le |il )?(?:insulina|pastiglie per il cuore"
    r"|medicine per il cuore|anticoagulant\w*|coumadin|antiepilettic\w*|cortisone)",
    purpose=r"apposta|di proposito|volontariamente|deliberatamente|consapevolmente"
    r"|intenzionalmente",
    intent=r"voglio che (?:\w+ ){0,2}?(?:finisca|smetta|termini|sia finita)|voglio morire"
    r"|voglio farla finita|non (?:mi )?voglio (?:piu )?svegliare|succeda quel che succeda",
    tonight=r"stasera|stanotte|questa sera|questa notte",
    all_pills=_IT_ALL,
    alcohol=r"vodka|whisky|rum|vino|birra|gin|grappa|alcol|alcool|amaro|limoncello",
    took_all=r"(?:ingoiato|preso|prendere|mandato giu|buttato giu|inghiottito|ingerito)"
    rf" (?:\w+ )?(?:{_IT_ALL})",
    doubled=r"(?:il doppio|doppia dose|il triplo|tutta la penna) (?:\w+ ){0,2}?(?:d |dell |di"
    r" |della )?insulina|insulina (?:\w+ )?(?:doppia|raddoppiata)",
    unsaid=r"non (?:lo )?(?:dite|dire|ditelo|dirlo|raccontate) (?:\w+ ){0,2}?(?:a nessuno|a mia"
    r" madre|a mia mamma|ai miei)",
    why_writing=r"non so (?:nemmeno |neanche |neppure )?(?:perche|xke|xche|per quale motivo)"
    r" (?:ti |vi )?(?:scrivo|sto scrivendo|racconto|dico)",
    depth=r"(?:mi arriva|arriva|fino|gia) (?:\w+ ){0,2}?(?:alla vita|al petto|alle ginocchia"
    r"|al collo|ai fianchi|alla pancia)",
    gun=r"fucile(?: da caccia)?|pistola|carabina|doppietta|revolver|arma|schioppo",
    loaded=r"(?:l ho |ho )?caricat[oa]|carico\b",
    alone=r"non c e nessuno|nessuno in casa|da sol[oa] in casa|sono sol[oa]|solo io in casa",
)

_NL = _Scene(
    clear=_clear("nl"),
    high=r"parkeergarage|bovenste (?:verdieping|laag|dek)|dak|brug|viaduct|balkon|reling|klif"
    r"|hierboven",
    way_down=r"(?:niet|geen) (?:\w+ ){0,3}?(?:van plan|plannen|zin|nodig) (?:\w+ ){0,3}?(?:de )?"
    r"(?:trap|lift|trappen) (?:\w+ ){0,2}?(?:weer |terug )?(?:af|naar beneden|omlaag)"
    r"|(?:neem|ga) (?:\w+ )?(?:de )?(?:trap|lift) niet (?:meer )?(?:terug|naar beneden|omlaag)",
    water_in=r"(?:loop|liep|wandel|ga|waad) (?:\w+ ){0,2}?(?:de zee|het water|de rivier|het meer"
    r"|de maas|de rijn|de waal|de ijssel|de plas|de golven|de gracht|het kanaal) in",
    no_return=r"kom (?:\w+ )?(?:niet|nooit) (?:meer )?terug(?! (?:naar|bij|voor|na|om|op|over"
    r"|in)\b)|geen weg terug|enkele reis",
    jump=rf"(?:spring ik|ik spring|ga ik springen|ik ga springen)(?! (?:\w+ )?(?:in|het water"
    rf"|erin)\b){_LAST}",
    tracks_by=r"(?:op|naast|langs|bij|tussen) (?:het |de )?(?:spoor|sporen|rails|overweg"
    r"|spoorlijn|spoorbaan)|(?:eind|einde|rand|uiteinde) van het perron",
    on_tracks=r"(?:lig|zit|sta|ga liggen|ben gaan liggen) (?:\w+ ){0,2}?(?:op|tussen) (?:het"
    r" |de )?(?:spoor|rails|sporen|bielzen)",
    train_due=rf"(?:trein|goederentrein|intercity|sprinter|die van {_CLOCK}|de (?:volgende"
    r"|laatste)) (?:\w+ ){0,3}?(?:komt|rijdt|passeert|raast)",
    passing=r"(?:als|zodra|wanneer) (?:de |die )?(?:\w+ ){0,3}?(?:trein|goederentrein|intercity"
    rf"|sprinter|van {_CLOCK}) (?:\w+ ){{0,3}}?(?:langskomt|voorbij is|voorbijkomt|komt"
    r"|eraan komt|nadert|passeert|door is)",
    act=r"sta ik op|ga ik staan|stap ik|spring ik|ga ik liggen|ik sta op",
    towards_train=r"(?:loop|liep|ga|wandel) (?:\w+ ){0,2}?(?:over|op|langs|tussen) (?:de |het )?"
    r"(?:bielzen|rails|spoor|sporen)",
    train_near=r"tegemoet|(?:zie|ik zie) (?:\w+ )?(?:de |zijn )?(?:lampen|lichten|koplampen)"
    r"|toetert|fluit",
    platform_end=r"(?:eind|einde|rand|uiteinde|punt|kop) van het perron|perronrand|perronkop",
    non_stop=r"stopt (?:\w+ )?(?:hier )?niet|zonder te stoppen|raast (?:\w+ )?(?:voorbij|door)"
    r"|rijdt (?:\w+ )?door|komt (?:\w+ ){0,3}?langs",
    soon=rf"(?:over|binnen) \d+ (?:minuten|min)\b|om {_CLOCK}",
    ice=r"(?:op het|het) ijs\b(?! eten| halen| kopen)|ijs (?:van|op) (?:de |het )?(?:plas|meer"
    r"|vijver|sloot|kanaal|gracht)",
    cracking=r"kraakt|kraken|scheurt|breekt|barst|knapt",
    further=r"(?:loop|ga) (?:\w+ )?(?:door|verder)|naar het midden",
    leg_already=r"(?:been|benen|voet|voeten) (?:\w+ ){0,2}?al (?:\w+ )?(?:over|buiten) (?:de"
    r" |het )?(?:reling|leuning|balustrade|rand|hek)|al (?:\w+ )?(?:een |mijn )?(?:been|voet)"
    r" (?:over|buiten) (?:de |het )?(?:reling|leuning|balustrade|rand|hek)",
    to_water=r"(?:ga|loop|fiets|rij) (?:\w+ ){0,2}?(?:naar|richting) (?:de |het )?(?:rivier|zee"
    r"|meer|brug|spoor|dijk|sluis|kanaal|maas|rijn|waal|ijssel)",
    better=r"beter zo(?! dan)|het is beter zo|zo is het beter",
    stopped=r"(?:geen|niet meer|gestopt met|stop met) (?:\w+ ){0,2}?(?:insuline|hartmedicatie"
    r"|hartpillen|bloedverdunner\w*|anti epileptica|prednison|hydrocortison)|(?:insuline"
    r"|hartmedicatie|hartpillen|bloedverdunners?) (?:\w+ ){0,2}?(?:niet meer|weggelaten"
    r"|gestopt)",
    purpose=r"expres|met opzet|bewust|opzettelijk",
    intent=r"wil (?:\w+ )?dat het (?:\w+ )?(?:stopt|ophoudt|voorbij is|klaar is)|wil (?:dood"
    r"|niet meer wakker worden|niet meer leven)|maakt me niet uit wat er gebeurt",
    tonight=r"vannacht|vanavond",
    all_pills=rf"(?:hele|volle) (?:pot|doos|strip|potje|doosje|fles|verpakking|strips) (?:\w+ )?"
    rf"(?:{_PILLS_NL}|{_DRUG})|al (?:mijn|m n) (?:\w+ )?(?:{_PILLS_NL})",
    alcohol=r"wodka|vodka|whisky|rum|wijn|bier|jenever|gin|drank|alcohol|likeur",
    took_all=rf"(?:hele|volle) (?:pot|doos|strip|potje|doosje|fles|verpakking) (?:\w+ )?"
    rf"(?:{_PILLS_NL}|{_DRUG}) (?:\w+ ){{0,4}}?(?:genomen|geslikt|ingenomen|doorgeslikt"
    r"|weggeslikt)",
    doubled=r"(?:dubbel|dubbele dosis|twee keer zoveel|de hele pen) (?:\w+ ){0,2}?insuline"
    r"|insuline (?:\w+ )?dubbel",
    unsaid=r"zeg (?:het )?(?:niet|niks|niets) (?:\w+ ){0,2}?(?:tegen|aan) (?:mijn |m n )?"
    r"(?:moeder|mama|ma|vader|ouders)|vertel het (?:aan )?niemand",
    why_writing=r"weet (?:\w+ ){0,2}?niet (?:eens )?waarom (?:ik )?(?:dit |je )?(?:typ|type"
    r"|schrijf|stuur|vertel)",
    depth=r"tot (?:aan )?(?:mijn |m n )?(?:middel|borst|knieen|nek|heupen|buik)",
    gun=r"geweer|jachtgeweer|jachtgeweer|pistool|revolver|wapen|karabijn|buks",
    loaded=r"geladen",
    alone=r"niemand (?:is )?thuis|alleen thuis|helemaal alleen",
)

_PL = _Scene(
    clear=_clear("pl"),
    high=r"parking\w*|ostatni\w* (?:poziom\w*|pietr\w*)|dach\w*|mosci\w*|most|mostu"
    r"|wiadukt\w*|balkon\w*|barierk\w*|krawedz\w*|klif\w*|na gorze|tu na gorze",
    way_down=r"nie (?:\w+ ){0,2}?(?:zamierzam|mam zamiaru|planuje|bede|chce) (?:\w+ ){0,2}?"
    r"(?:wracac|schodzic|zjezdzac|wrocic|zejsc|zjechac) (?:\w+ ){0,2}?(?:schodami|winda|po"
    r" schodach)|(?:schodami|winda) (?:\w+ )?nie (?:\w+ )?(?:wroce|zejde|zjade)",
    water_in=r"(?:wchodze|ide|wszedlem|weszlam|brne|wlaze) (?:\w+ ){0,2}?(?:do|w) (?:morza"
    r"|rzeki|jeziora|wody|wode|fale|wisly|odry|warty|stawu|zalewu)",
    no_return=r"(?:juz )?nie wroce(?! (?:juz )?(?:do|na|przed|po|za|jutro|dzis|tu)\b)|nie ma"
    r" (?:juz )?powrotu|bez powrotu|w jedna strone",
    jump=not_after("skocze|rzucam sie|rzuce sie", "nie")
    + rf"(?! (?:\w+ )?(?:do|na glowke)\b){_LAST}",
    tracks_by=r"(?:przy|na|obok|miedzy|wzdluz|kolo) (?:torach|torze|szynach|przejezdzie"
    r"|torowisku)|(?:koniec|koncu|krawedzi|skraju) peronu",
    on_tracks=r"(?:leze|siedze|stoje|polozylem sie|polozylam sie|klade sie) (?:\w+ ){0,2}?"
    r"(?:na|miedzy) (?:torach|szynach|torowisku|podkladach)",
    train_due=rf"(?:pociag\w*|towarow\w*|ekspres\w*|pendolino|ten o {_CLOCK}|nastepny|ostatni)"
    r" (?:\w+ ){0,3}?(?:jedzie|przejezdza|bedzie|nadjezdza|przyjedzie)",
    passing=r"(?:jak|kiedy|gdy|gdy tylko|jak tylko) (?:\w+ ){0,2}?(?:przejedzie|bedzie jechal"
    r"|nadjedzie|pojedzie|bedzie przejezdzal|bedzie blisko)",
    act=not_after("wstane|wstaje|skocze|wejde|klade sie|zrobie krok|rzuce sie", "nie"),
    towards_train=r"(?:ide|szlam|szedlem|laze) (?:\w+ ){0,2}?(?:torami|po torach|po podkladach"
    r"|wzdluz torow|miedzy szynami)",
    train_near=r"naprzeciw (?:\w+ )?pociag\w*|na spotkanie pociagu|w strone pociagu|widze"
    r" (?:juz )?(?:\w+ )?swiatla|trabi|gwizdze",
    platform_end=r"(?:koniec|koncu|krawedzi|skraju) peronu",
    non_stop=r"nie (?:\w+ )?zatrzymuje|nie staje|bez zatrzymania|przejezdza (?:\w+ )?bez"
    r"|przelatuje",
    soon=rf"za \d+ (?:minut\w*|min)\b|o {_CLOCK}",
    ice=r"lod\b|na lodzie|po lodzie|zamarznie\w+ (?:rzece|rzeke|jezioro|jeziorze|stawie|staw)",
    cracking=r"trzeszczy|peka|trzaska|zalamuje sie|skrzypi",
    further=r"ide (?:\w+ )?(?:dalej|na srodek|w strone srodka)|na srodek",
    leg_already=r"juz (?:\w+ ){0,2}?(?:noge|nogi|stope|stopy) (?:\w+ ){0,2}?(?:za|przez|poza)"
    r" (?:barierk\w*|balustrad\w*|porecz\w*|krawedz\w*|parapet\w*)|(?:noge|nogi|stope|noga)"
    r" (?:\w+ ){0,2}?juz (?:\w+ ){0,2}?(?:za|przez|poza) (?:barierk\w*|balustrad\w*|porecz\w*"
    r"|krawedz\w*|parapet\w*)",
    to_water=r"(?:ide|jade|schodze|zmierzam) (?:\w+ ){0,2}?(?:nad|do|na|w strone) (?:\w+ )?"
    r"(?:rzek\w*|morze|morza|jezior\w*|most\w*|tor\w*|klif\w*|zapor\w*)",
    better=rf"(?:tak bedzie lepiej|tak jest lepiej|lepiej tak){_LAST}",
    stopped=r"(?:nie biore|nie przyjmuje|nie wstrzykuje|odstawil\w*|przestal\w* (?:brac"
    r"|przyjmowac)|rzucil\w*) (?:\w+ ){0,2}?(?:insulin\w*|lekow na serce|lekow nasercowych"
    r"|tabletek na serce|lekow przeciwzakrzepowych|acenokumarol\w*|sterydow|lekow"
    r" przeciwpadaczkowych)",
    purpose=r"celowo|specjalnie|umyslnie|swiadomie|z premedytacja|naumyslnie",
    intent=r"chce (?:zeby|aby) (?:\w+ ){0,2}?(?:sie )?(?:skonczylo|skonczyl\w*)|chce umrzec"
    r"|chce (?:juz )?nie zyc|nie chce sie (?:juz )?obudzic|niech sie dzieje co chce",
    tonight=r"dzis w nocy|dzisiaj w nocy|dzis wieczorem|dzisiaj wieczorem|tej nocy",
    all_pills=_PL_ALL,
    alcohol=r"wodk\w*|whisk(?:e)?y|wino|winem|piwo|piwem|rum\w*|gin\w*|alkohol\w*|bimbr\w*"
    r"|nalewk\w*",
    took_all=r"(?:polknal\w*|polknel\w*|wzial\w*|wziel\w*|lyknal\w*|lyknel\w*|zazyl\w*"
    rf"|zarl\w*) (?:\w+ )?(?:{_PL_ALL})",
    doubled=r"(?:podwojn\w* dawk\w*|dwa razy wiecej|cal\w* pen\w*|potrojn\w* dawk\w*) (?:\w+ )"
    r"{0,2}?insulin\w*|insulin\w* (?:\w+ )?podwojn\w*",
    unsaid=r"nie (?:mowcie|mow|mowic) (?:\w+ ){0,2}?(?:mamie|mamusi|rodzicom|nikomu)|nikomu nie"
    r" mow\w*",
    why_writing=r"nie wiem (?:nawet )?(?:po co|czemu|dlaczego) (?:to |ci )?(?:pisze|mowie)",
    depth=r"(?:po|do) (?:pas|pasa|kolana|piersi|szyi|bioder|klatki)",
    gun=r"strzelb\w*(?: mysliwsk\w*)?|karabin\w*|pistolet\w*|bron|broni|rewolwer\w*"
    r"|dubeltowk\w*|sztucer\w*",
    loaded=r"naladowal\w*|zaladowal\w*|nabil\w*|naladowan\w*|nabit\w*",
    alone=r"nikogo nie ma|nikogo w domu|sam w domu|sama w domu|jestem sam|jestem sama",
)

_PT = _Scene(
    clear=_clear("pt"),
    high=r"estacionamento|ultimo andar|telhado|laje|terraco|cobertura|ponte|viaduto|varanda"
    r"|sacada|parapeito|beiral|penhasco|falesia|la em cima|aqui em cima",
    way_down=r"(?:nao|n) (?:\w+ ){0,2}?(?:pretendo|vou|penso em|quero|tenho intencao de)"
    r" (?:\w+ ){0,2}?(?:descer|voltar) (?:\w+ ){0,2}?(?:de |pela |pelas |pelo )?(?:escada"
    r"|escadas|elevador)",
    water_in=r"(?:to|tou|estou|vou) (?:\w+ )?(?:entrando|andando|caminhando) (?:\w+ ){0,2}?"
    r"(?:no|na|pro|pra|para o|para a|dentro do|dentro da) (?:mar|rio|lago|agua|represa|ondas)"
    r"|(?:entro|entrei) (?:\w+ )?(?:no|na) (?:mar|rio|lago|agua)",
    no_return=r"(?:nao|n) (?:vou |pretendo )?(?:voltar|volto|retornar)(?! (?:pra|para|a|ao|em"
    r"|antes|depois|mais tarde|amanha|hoje|de|do|da|logo)\b)|sem volta|nao tem volta|so ida",
    jump=not_after("eu pulo|pulo|vou pular|me jogo|vou me jogar", "nao|n")
    + rf"(?! (?:\w+ )?(?:no|na|pra|para|n agua)\b){_LAST}",
    tracks_by=r"(?:nos|sobre os|do lado dos|ao lado dos|perto dos|entre os|na) (?:trilhos|linha"
    r" do trem|linha ferrea|passagem de nivel)|(?:fim|ponta|beira|borda) da plataforma",
    on_tracks=r"(?:deitad[oa]|sentad[oa]|em pe|me deitei) (?:\w+ ){0,2}?(?:nos|sobre os|entre"
    r" os) (?:trilhos|dormentes)",
    train_due=rf"(?:trem|comboio|cargueiro|expresso|o das {_CLOCK}|o (?:proximo|ultimo))"
    r" (?:\w+ ){0,3}?(?:passa|chega|vem|vai passar)",
    passing=r"(?:quando|assim que|logo que) (?:o )?(?:\w+ ){0,3}?(?:trem|comboio|cargueiro"
    rf"|das {_CLOCK}) (?:\w+ )?(?:passar|chegar|vier|estiver perto|se aproximar)",
    act=not_after(
        "eu levanto|levanto|me levanto|pulo|me jogo|entro na frente|dou o passo|deito", "nao|n"
    ),
    towards_train=r"(?:andando|caminhando|vou|ando) (?:\w+ ){0,2}?(?:nos|pelos|sobre os|entre"
    r" os) (?:trilhos|dormentes)",
    train_near=r"(?:em direcao|na direcao) (?:ao|do) trem|vejo (?:os |as |seus )?(?:farois"
    r"|luzes)|buzina|apita",
    platform_end=r"(?:fim|ponta|beira|borda|final) da plataforma",
    non_stop=r"(?:nao|n) para(?! de)|sem parar|passa direto|nao faz parada",
    soon=rf"em \d+ (?:minutos|min)\b|as {_CLOCK}|daqui a \d+",
    ice=r"(?:no|pro|para o|sobre o) gelo",
    cracking=r"rachando|racha|estala|estalando|trincando|trinca|quebrando|cedendo",
    further=r"(?:vou|sigo|continuo|ando|seguindo) (?:\w+ ){0,2}?(?:pro|para o|ate o|em direcao"
    r" ao) (?:meio|centro)|mais pro meio",
    leg_already=r"ja (?:\w+ ){0,2}?(?:uma |a |as |minhas )?(?:perna|pernas|pe|pes) (?:\w+ )"
    r"{0,2}?(?:pro outro lado|para o outro lado|pra fora|para fora|por cima)",
    to_water=r"(?:to|tou|estou|vou) (?:\w+ )?(?:indo|andando|descendo|caminhando) (?:\w+ )?"
    r"(?:pro|pra|para o|para a|ate o|ate a|ao) (?:\w+ )?(?:rio|mar|lago|ponte|trilhos|represa"
    r"|penhasco)",
    better=r"melhor assim(?! (?:do que|que))|e melhor assim|assim e melhor",
    stopped=r"(?:parei|larguei|deixei|sem|nao (?:tomo|aplico|uso|to tomando|to aplicando))"
    r" (?:\w+ ){0,2}?(?:de tomar |de aplicar |de usar )?(?:a |o |os |meu |minha |meus )?"
    r"(?:insulina|remedio do coracao|remedios do coracao|anticoagulante\w*|marevan"
    r"|anticonvulsivante\w*|corticoide\w*)",
    purpose=r"de proposito|por querer|propositalmente|deliberadamente|conscientemente"
    r"|intencionalmente",
    intent=r"quero que (?:\w+ ){0,2}?(?:acabe|termine|pare)|quero morrer|quero sumir|(?:nao|n)"
    r" quero (?:mais )?acordar|seja o que deus quiser",
    tonight=r"hoje a noite|hj a noite|essa noite|esta noite",
    all_pills=_PT_ALL,
    alcohol=r"vodka|whisky|uisque|cachaca|pinga|vinho|cerveja|rum|gin|alcool|conhaque",
    took_all=r"(?:tomei|tomar|engoli|engolir|mandei|tomado)"
    rf" (?:\w+ )?(?:{_PT_ALL})",
    doubled=r"(?:o dobro|dose dupla|o triplo|a caneta toda|a caneta inteira) (?:\w+ ){0,2}?"
    r"(?:de )?insulina|insulina (?:\w+ )?(?:em dobro|dobrada)",
    unsaid=r"(?:nao|n) (?:contem|conta|fala|falem|diga|digam) (?:\w+ ){0,2}?(?:pra|para|a|pro)"
    r" (?:minha |meu )?(?:mae|pai|ninguem|familia)",
    why_writing=r"(?:nem )?sei (?:nem )?(?:por que|porque|pq|pra que) (?:to |tou |estou )?"
    r"(?:te |lhe )?(?:escrevendo|escrevo|contando|falando|mandando)",
    depth=r"(?:na|ate a|ate o|pela|pelo|nos|ate os) (?:cintura|peito|joelhos|pescoco|quadril"
    r"|barriga)",
    gun=r"espingarda(?: de caca)?|arma|pistola|revolver|rifle|carabina",
    loaded=r"carregad[oa]|carreguei",
    alone=r"(?:nao|n) tem ninguem|ninguem em casa|sozinh[oa] em casa|to sozinh[oa]|estou"
    r" sozinh[oa]",
)

_TR = _Scene(
    clear=_clear("tr"),
    high=r"otopark\w*|en ust kat\w*|cati(?:da|dayim|nin|ya|si|sinda)?\b|dam(?:da|in|a|dayim)\b"
    r"|kopru\w*|viyaduk\w*|balkon\w*|korkuluk\w*|ucurum\w*|tepe\w*",
    way_down=r"(?:merdivenle|merdivenlerden|asansorle) (?:\w+ ){0,2}?(?:inmeye|inmek|donmeye"
    r"|inecek) (?:\w+ ){0,2}?(?:niyetim yok|gerek yok|dusunmuyorum)|(?:merdivenle|asansorle)"
    r" (?:geri )?(?:inmeyecegim|donmeyecegim)",
    water_in=r"(?:denize|nehre|gole|suya|dalgalara|irmaga|baraja) (?:dogru )?(?:yuruyorum"
    r"|giriyorum|iniyorum|ilerliyorum)|(?:denizin|golun|nehrin|suyun) (?:\w+ )?(?:icine"
    r"|icine dogru) (?:\w+ )?(?:yuruyorum|giriyorum|ilerliyorum)",
    no_return=r"(?:geri )?donmeyecegim|(?:bir daha )?cikmayacagim|geri donus yok|donusu yok",
    jump=r"(?:atlayacagim|atliyorum|kendimi atacagim|kendimi atiyorum)(?! (?:\w+ )?(?:suya"
    r"|denize|nehre|havuza)\b)",
    tracks_by=r"raylar\w* (?:\w+ )?(?:yanin|kenarin|ustun|ortasin)\w*|raylarda\w*|tren"
    r" yolunda\w*|peronun (?:\w+ )?(?:ucun|kenarin|sonun)\w*",
    on_tracks=r"raylar\w* (?:\w+ )?(?:ustunde|uzerinde|arasinda)\w* (?:\w+ )?(?:yatiyorum"
    r"|oturuyorum|duruyorum|bekliyorum)|raylarda (?:\w+ )?(?:yatiyorum|oturuyorum|bekliyorum)",
    train_due=r"(?:yuk treni|tren|ekspres|hizli tren|son tren|sonraki tren) [^.!?]{0,30}?"
    r"(?:geciyor|gececek|geliyor|gelecek)",
    passing=r"(?:tren|yuk treni|treni|ekspres) (?:\w+ )?(?:gecerken|gecince|gelince|yaklasinca"
    r"|gectiginde|geldiginde)",
    act=r"ayaga kalkacagim|kalkacagim|atlayacagim|onune (?:cikacagim|atlayacagim|yatacagim)"
    r"|yatacagim|adim atacagim",
    towards_train=r"raylar\w* (?:\w+ )?(?:ustunde|uzerinde|boyunca|arasinda)\w* (?:\w+ ){0,2}?"
    r"(?:yuruyorum|ilerliyorum)|raylarda yuruyorum",
    train_near=r"trene dogru|trenin uzerine|isiklarini goruyorum|farlarini goruyorum|korna"
    r" caliyor|duduk caliyor",
    platform_end=r"peronun (?:\w+ )?(?:ucun|sonun|kenarin)\w*",
    non_stop=r"durmuyor|durmadan|durmayan|durmayacak",
    soon=r"dakika (?:sonra|icinde)|dakikaya|saat \d",
    ice=r"buz\w*",
    cracking=r"catirdiyor|catirdi\w*|catliyor|kiriliyor|catlak\w*",
    further=r"ortaya (?:dogru )?(?:yuruyorum|yurumeye|ilerliyorum|gidiyorum)|ortasina (?:dogru )?"
    r"(?:yuruyorum|gidiyorum)|ileri (?:gidiyorum|yuruyorum)",
    leg_already=r"(?:bacagimi|ayagimi|bacaklarimi) (?:\w+ ){0,2}?(?:korkulugun|parmakligin"
    r"|kenarin|bariyerin) (?:\w+ )?(?:ustunden|disina|otesine) (?:\w+ )?(?:gecirdim|attim"
    r"|sarkittim)",
    to_water=r"(?:nehre|denize|gole|kopruye|raylara|ucuruma|baraja|irmaga) (?:dogru )?"
    r"(?:iniyorum|gidiyorum|yuruyorum)",
    better=rf"(?:boylesi (?:daha )?(?:iyi|hayirli)|en iyisi bu){_LAST}",
    stopped=r"(?:insulin\w*|kalp ilac\w*|kan sulandirici\w*|coumadin|epilepsi ilac\w*"
    r"|kortizon\w*) (?:\w+ ){0,2}?(?:yapmiyorum|almiyorum|kullanmiyorum|biraktim|kestim"
    r"|icmiyorum)",
    purpose=r"bilerek|bile bile|kasten|isteyerek|kasitli",
    intent=r"bitsin istiyorum|(?:her sey|hersey) bitsin|olmek istiyorum|uyanmak istemiyorum",
    tonight=r"bu gece|bu aksam",
    all_pills=_TR_ALL,
    alcohol=r"viski(?:yle|yi|ile)?\b|votka(?:yla|yi|ile)?\b|raki(?:yla|yi|ile)?\b|sarap(?:la|i"
    r"|ile)?\b|bira(?:yla|yi|ile)?\b|alkol\w*|konyak\w*",
    took_all=rf"(?:{_TR_ALL}) (?:\w+ ){{0,2}}?(?:ictim|yuttum|aldim)",
    doubled=r"(?:iki kat|iki katini|cift doz|kalemin tamamini|butun kalemi) (?:\w+ )?insulin\w*"
    r"|insulin\w* (?:\w+ )?(?:iki kat\w*|cift doz\w*)",
    unsaid=r"(?:anneme|babama|aileme|kimseye) (?:\w+ )?(?:soylemeyin|soyleme|demeyin"
    r"|anlatmayin)",
    why_writing=r"(?:bunu )?(?:neden|niye|ne diye) (?:bunu )?(?:yaziyorum|anlatiyorum|yazdim)"
    r" (?:\w+ )?bilmiyorum",
    depth=r"(?:belime|gogsume|dizime|dizlerime|boynuma|kalcama) kadar",
    gun=r"tufe\w*|tabanca\w*|silah\w*|revolver\w*|karabina\w*|cifte\w*",
    loaded=r"doldurdum|mermi (?:\w+ )?(?:koydum|taktim|surdum)|sarjor\w* taktim",
    alone=r"evde kimse yok|kimse yok|evde yalnizim|yapayalnizim|tek basimayim|yalnizim",
)

_RU = _Scene(
    clear=_clear("ru"),
    high=r"парковк\w*|паркинг\w*|последн\w* (?:уровн\w*|этаж\w*)|крыш\w*|мост\w*|виадук\w*"
    r"|балкон\w*|парапет\w*|карниз\w*|обрыв\w*|наверху",
    way_down=r"(?:спуска\w*|спущусь|пойду|идти|вернусь) (?:\w+ ){0,2}?(?:по лестнице|на лифте"
    r"|лестницей) (?:\w+ ){0,2}?не (?:собираю\w*|буду|планирую|стану)|не (?:собираю\w*|буду"
    r"|планирую|стану) (?:\w+ ){0,2}?(?:спуска\w*|возвраща\w*) (?:\w+ ){0,2}?(?:по лестнице"
    r"|на лифте)|(?:по лестнице|на лифте) (?:\w+ )?не (?:спущусь|вернусь|пойду)",
    water_in=r"(?:захожу|иду|вхожу|зашел|зашла|бреду) (?:\w+ ){0,2}?(?:в|во) (?:море|реку"
    r"|озеро|воду|волны|пруд|днепр|волгу|неву|залив)",
    no_return=r"(?:назад )?не вернусь(?! (?:\w+ )?(?:на|в|к|до|домой|раньше|через)\b)|обратно"
    r" не (?:вернусь|выйду|пойду)|выходить не (?:буду|собираюсь)|пути назад нет|назад дороги"
    r" нет",
    jump=not_after("прыгну|прыгаю|сигану|брошусь", "не")
    + r"(?! (?:\w+ )?(?:в воду|в реку|в море|в озеро|купаться)\b)",
    tracks_by=r"(?:на|у|возле|около|рядом с|между|вдоль) (?:\w+ )?(?:рельс\w*|путях|путей"
    r"|переезд\w*|шпал\w*|железной дорог\w*)|(?:конце|краю) платформы",
    on_tracks=r"(?:лежу|сижу|стою|лег|легла|ложусь) (?:\w+ ){0,2}?(?:на|между) (?:рельсах"
    r"|рельсами|путях|шпалах)",
    train_due=r"(?:поезд\w*|товарняк\w*|товарн\w*|электричк\w*|сапсан\w*|скор\w*|тот что в"
    r" \d\d?) [^.!?]{0,30}?(?:идет|пойдет|пройдет|проходит|едет|приедет)",
    passing=r"(?:когда|как только|как) (?:\w+ ){0,2}?(?:пройдет|пойдет|поедет|подъедет|будет"
    r" проезжать|приблизится|проедет)",
    act=not_after("встану|встаю|прыгну|шагну|лягу|выйду|сделаю шаг|брошусь", "не"),
    towards_train=r"(?:иду|шагаю|бреду|пошел|пошла) (?:\w+ ){0,2}?(?:по|вдоль|между)"
    r" (?:шпалам|рельсам|путям|рельсов)",
    train_near=r"навстречу|к поезду|вижу (?:уже )?(?:\w+ )?(?:фары|огни|свет)|гудит|сигналит",
    platform_end=r"(?:конце|краю|самом конце|самом краю) платформы|конец платформы",
    non_stop=r"не останавливается|без остановки|проходит (?:\w+ )?(?:мимо|насквозь)",
    soon=r"через \d+ (?:минут\w*|мин)\b|в \d\d? [:.] \d\d",
    ice=r"лед\w*|льду|по льду",
    cracking=r"трещит|трескается|хрустит|ломается|проламывается",
    further=r"иду (?:\w+ )?(?:дальше|к середине|на середину)|к середине|дальше от берега",
    leg_already=r"(?:нога|ноги|ногу|ступня) (?:\w+ ){0,2}?уже (?:\w+ )?(?:за|через|над)"
    r" (?:перил\w*|край|краем|карниз\w*|огражд\w*|парапет\w*)|уже (?:\w+ ){0,2}?(?:ногу|ноги)"
    r" (?:\w+ )?(?:за|через) (?:перил\w*|карниз\w*|огражд\w*|парапет\w*)",
    to_water=r"(?:иду|еду|спускаюсь|бегу|пошел|пошла) (?:\w+ ){0,2}?(?:к|на) (?:\w+ )?(?:реке"
    r"|реку|морю|озеру|мосту|мост|рельсам|обрыву|плотине)",
    better=r"так (?:даже |будет )?лучше(?! чем)|оно и к лучшему",
    stopped=r"не (?:колю|принимаю|пью|ставлю|делаю) (?:\w+ )?(?:инсулин\w*|таблетки от сердца"
    r"|сердечн\w*|антикоагулянт\w*|варфарин\w*)|(?:бросил|бросила|перестал\w*|забросил\w*"
    r"|отменил\w*) (?:\w+ )?(?:колоть |принимать |пить )?(?:инсулин\w*|таблетки от сердца"
    r"|сердечн\w*|антикоагулянт\w*)",
    purpose=r"специально|нарочно|намеренно|сознательно|осознанно|умышленно",
    intent=r"хочу чтобы (?:\w+ ){0,2}?(?:закончилось|кончилось|прекратилось)|хочу умереть"
    r"|хочу не проснуться|не хочу просыпаться|будь что будет",
    tonight=r"сегодня ночью|сегодня вечером|этой ночью",
    all_pills=rf"(?:всю|вся|целую|целая) (?:банку|банка|пачку|пачка|упаковку|упаковка|блистер"
    rf"|коробку|коробка|пластинку) (?:\w+ )?(?:{_PILLS_RU}|{_DRUG})|все (?:мои )?(?:{_PILLS_RU})",
    alcohol=r"водк\w*|коньяк\w*|виски|вино|вином|пиво|пивом|ром|ромом|джин\w*|алкогол\w*"
    r"|самогон\w*|бухл\w*",
    doubled=r"(?:двойную|двойная|тройную|двойной) (?:\w+ )?(?:дозу )?инсулин\w*|(?:весь|всю)"
    r" (?:шприц|ручку) (?:\w+ )?инсулин\w*|инсулин\w* (?:\w+ )?вдвойне",
    unsaid=r"(?:маме|родителям|никому) не (?:говорите|говори|рассказывайте)",
    why_writing=r"не знаю (?:зачем|почему|для чего) (?:я )?(?:это |тебе )?(?:пишу|рассказываю)",
    depth=r"по (?:пояс|грудь|колено|колени|шею|горло)",
    gun=r"(?:охотничь\w* )?ружь\w*|ружье|пистолет\w*|карабин\w*|винтовк\w*|двустволк\w*|обрез\w*",
    loaded=r"зарядил\w*|заряжен\w*",
    alone=r"дома никого|никого (?:нет )?дома|один дома|одна дома|я один|я одна",
)

_UK = _Scene(
    clear=_clear("uk"),
    high=r"паркінг\w*|парковк\w*|останн\w* (?:рів\w*|поверс\w*)|дах|даху|дахи|міст|мосту|мості"
    r"|віадук\w*|балкон\w*|парапет\w*|карниз\w*|урвищ\w*|нагорі",
    way_down=r"(?:спускатися|спущуся|піду|повернуся) (?:\w+ ){0,2}?(?:сходами|ліфтом|по"
    r" сходах) (?:\w+ ){0,2}?не (?:збираюся|буду|планую|стану)|не (?:збираюся|буду|планую"
    r"|стану) (?:\w+ ){0,2}?(?:спускатися|повертатися) (?:\w+ ){0,2}?(?:сходами|ліфтом|по"
    r" сходах)|(?:сходами|ліфтом) (?:\w+ )?не (?:спущуся|повернуся|піду)",
    water_in=r"(?:заходжу|йду|іду|входжу|зайшов|зайшла|бреду) (?:\w+ ){0,2}?(?:в|у) (?:море"
    r"|річку|озеро|воду|хвилі|ставок|дніпро|десну|затоку)",
    no_return=r"(?:назад )?не повернуся(?! (?:\w+ )?(?:на|в|у|до|додому|раніше|через)\b)"
    r"|назад не (?:повернуся|вийду)|виходити не (?:буду|збираюся)|шляху назад нема\w*|дороги"
    r" назад нема\w*",
    jump=not_after("стрибну|стрибаю|кинуся", "не")
    + r"(?! (?:\w+ )?(?:у воду|в воду|в річку|у річку|в море|купатися)\b)",
    tracks_by=r"(?:на|біля|коло|поруч з|між|вздовж) (?:\w+ )?(?:рейк\w*|коліях|колій|переїзд\w*"
    r"|шпал\w*|залізниц\w*)|(?:кінці|краю) платформи",
    on_tracks=r"(?:лежу|сиджу|стою|ліг|лягла|лягаю) (?:\w+ ){0,2}?(?:на|між) (?:рейках|рейками"
    r"|коліях|шпалах)",
    train_due=r"(?:потяг\w*|поїзд\w*|товарняк\w*|товарн\w*|електричк\w*|швидкісн\w*|той о"
    r" \d\d?) [^.!?]{0,30}?(?:іде|йде|піде|пройде|проходить|їде|приїде)",
    passing=r"(?:коли|щойно|як тільки|як) (?:\w+ ){0,2}?(?:пройде|йтиме|піде|поїде|під їде"
    r"|проїде|наблизиться|проїжджатиме)",
    act=not_after("встану|встаю|стрибну|ступлю|ляжу|вийду|зроблю крок|кинуся", "не"),
    towards_train=r"(?:йду|іду|крокую|бреду|пішов|пішла) (?:\w+ ){0,2}?(?:по|вздовж|між)"
    r" (?:шпалах|рейках|коліях|коліям|рейкам)",
    train_near=r"назустріч|до потяга|бачу (?:вже )?(?:\w+ )?(?:фари|вогні|світло)|гуде"
    r"|сигналить",
    platform_end=r"(?:кінці|краю|самому кінці|самому краю) платформи|кінець платформи",
    non_stop=r"не зупиняється|без зупинки|проходить (?:\w+ )?повз",
    soon=r"за \d+ (?:хвилин\w*|хв)\b|о \d\d? [:.] \d\d",
    ice=r"лід|льоду|кризі|по льоду",
    cracking=r"тріщить|тріскається|хрумтить|ламається",
    further=r"(?:йду|іду) (?:\w+ )?(?:далі|до середини|на середину)|до середини|далі від берега",
    leg_already=r"(?:нога|ноги|ногу) (?:\w+ ){0,2}?вже (?:\w+ )?(?:за|через|над) (?:перил\w*"
    r"|край|краєм|карниз\w*|огорож\w*|парапет\w*)|вже (?:\w+ ){0,2}?(?:ногу|ноги) (?:\w+ )?"
    r"(?:за|через) (?:перил\w*|карниз\w*|огорож\w*|парапет\w*)",
    to_water=r"(?:йду|іду|їду|спускаюся|біжу|пішов|пішла) (?:\w+ ){0,2}?(?:до|на) (?:\w+ )?"
    r"(?:річки|річку|моря|море|озера|мосту|міст|рейок|урвища|греблі)",
    better=r"так (?:навіть |буде )?краще(?! ніж)|воно й на краще",
    stopped=r"не (?:колю|приймаю|п ю|ставлю|роблю) (?:\w+ )?(?:інсулін\w*|таблетки від серця"
    r"|серцев\w*|антикоагулянт\w*|варфарин\w*)|(?:кинув|кинула|перестав\w*|припинив\w*)"
    r" (?:\w+ )?(?:колоти |приймати |пити )?(?:інсулін\w*|таблетки від серця|серцев\w*"
    r"|антикоагулянт\w*)",
    purpose=r"навмисно|спеціально|свідомо|зумисне|умисно|навмисне",
    intent=r"хочу щоб (?:\w+ ){0,2}?(?:скінчилося|закінчилося|припинилося)|хочу померти"
    r"|хочу не прокинутися|не хочу прокидатися|будь що буде",
    tonight=r"сьогодні вночі|сьогодні ввечері|цієї ночі",
    all_pills=rf"(?:всю|вся|цілу|ціла) (?:банку|банка|пачку|пачка|упаковку|упаковка|блістер"
    rf"|коробку|коробка|пластинку) (?:\w+ )?(?:{_PILLS_UK}|{_DRUG})|всі (?:мої )?(?:{_PILLS_UK})",
    alcohol=r"горілк\w*|коньяк\w*|віскі|вино|вином|пиво|пивом|ром|ромом|джин\w*|алкогол\w*"
    r"|самогон\w*|бухл\w*",
    doubled=r"(?:подвійну|подвійна|потрійну|подвійний) (?:\w+ )?(?:дозу )?інсулін\w*|(?:весь"
    r"|всю|цілу) (?:шприц|ручку) (?:\w+ )?інсулін\w*",
    unsaid=r"(?:мамі|батькам|нікому) не (?:кажіть|кажи|розповідайте)",
    why_writing=r"не знаю (?:навіщо|чому|для чого|нащо) (?:я )?(?:це |тобі )?(?:пишу|розповідаю)",
    depth=r"по (?:пояс|груди|коліна|шию|горло)",
    gun=r"(?:мисливськ\w* )?(?:рушниц\w*|карабін\w*)|пістолет\w*|гвинтівк\w*|двостволк\w*"
    r"|обріз\w*",
    loaded=r"зарядив\w*|зарядила|заряджен\w*",
    alone=r"вдома нікого|нікого (?:немає )?вдома|сам удома|сама вдома|сам вдома|я сам|я сама",
)

_SCENES = {
    "en": _EN,
    "de": _DE,
    "es": _ES,
    "fr": _FR,
    "it": _IT,
    "nl": _NL,
    "pl": _PL,
    "pt": _PT,
    "tr": _TR,
    "ru": _RU,
    "uk": _UK,
}

CRISIS: dict[str, tuple[str, ...]] = {lang: _crisis(w) for lang, w in _SCENES.items()}
ASK: dict[str, tuple[str, ...]] = {lang: _ask(w) for lang, w in _SCENES.items()}
# An overdose taken (EmergencySign.OVERDOSE_TAKEN): its answer gives the number, then the
# crisis lines.
OVERDOSE: dict[str, tuple[str, ...]] = {lang: _overdose(w) for lang, w in _SCENES.items()}
