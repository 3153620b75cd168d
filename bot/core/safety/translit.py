"""Russian and Ukrainian typed in Latin letters ("stoju na mostu, uzhe reshil", "vse, ja
vyrishyv"), written back in Cyrillic for the rules, which are written in Cyrillic.

People type that way on a phone or keyboard without Cyrillic. Only a message that looks like
it is converted: no Cyrillic letter in it, and words of Russian or Ukrainian in Latin letters
("chto", "uzhe", "shcho", "menja") or their endings ("-tsja", "-ogo") in at least two places and
a fifth of its words. Both spellings are made, Russian and Ukrainian (the two differ in what
"y", "i" and "h" stand for), and the rules read both (`classify.read_rules`).

Measured on every corpus row in Russian or Ukrainian without a Cyrillic letter (550): 474 are
taken for Latin-letter Russian or Ukrainian; of the 20,426 rows in other languages, 16 (Polish
and Portuguese mostly), whose Cyrillic spelling then matches nothing. A soft sign left out
("opjat" for "опять", "delat" for "делать") is not put back, so a rule that needs it still
misses.
"""

from __future__ import annotations

import re

__all__ = ["cyrillic_readings"]

# Words of Russian and Ukrainian in Latin letters that no other language read here writes.
_WORDS = frozenset(
    " ".join(
        (
            "chto shto shcho scho shco uzhe vzhe mne menja menya mene meni tebja tebya eto tse",
            "ochen duzhe segodnja segodnya sjogodni sogodni vchera vchora seichas sejchas",
            "pozhalujsta pomogite dopomozhit mogu mozhu khochu hochu hochetsja khochetsja",
            "kogda koly pochemu chomu tozhe teper mozhet nado prostite vybachte nichego",
            "nichogo pomoshch dopomoga zhit zhyty zhizn zhyttja umeret pomerty pomru umru",
            "sebja sebya bolshe bilshe sovsem zovsim jak vsjo vsyo vse vsi moj moja moju tvoj",
            "svoj svoju esli jakshcho jakscho glaz oko golova serdtse sertse ruki ruky nogi",
            "dergaetsja smykajetsja upal upala ne_dyshit dyshit dykhaje znov znovu opjat opyat",
            "bolit bolyt delat robyty vsyu vsju pachku tabletok tabletki tomu hodynu nazad",
            "normalno ubivaet boyus bojus bojusja boyusya znayu znaju skolko stilky tilky",
            "zachem navishcho voobshe vzagali smysla smyslu sensu nema ustal ustala vtomyvsja",
            "vtomylasja hodyty vypil vypila vypyv vypyla byla bula bolshom levoj pravoj levuyu",
            "levuju chelyust grudi grudyah ploho pogano kofe spasibo privet pomenyaj pomenyat",
            "pomenjat napominanie napominanija napominaniya zapishi stakan stakana utra",
            "vecherom spat splju splyu usnut zasnut",
        )
    ).split()
)
# Short words of both that other languages write too: they count half.
_SMALL = frozenset(
    " ".join(
        ("ne na za ot po iz do pro pri bez dlja vid pid v u k s z i a ja ya ty on my vy",)
    ).split()
)
# Endings and letter groups of Russian and Ukrainian in Latin letters that the other languages
# read here hardly have (German "sch" is left out: only "shch" counts).
_SHAPES = re.compile(
    r"(?:tsja|tsya|sja|sya|ogo|yj|yje|jut|ajet|ujet|ajut|ujut|aet|ayu|aju|uyu|uju)$|zh|kh|shch|ts[jy]"
)
# Polish without its letters looks closest: "cz", "sz", "rz" and "nie" say it is Polish.
_POLISH = re.compile(r"cz|sz|rz|^(?:nie|sie|jest|jestem|mnie)$")
_TOKEN = re.compile(r"[a-z']+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Longest first; then single letters. Each table: Latin group -> Cyrillic.
_COMMON = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ja", "я"),
    ("ya", "я"),
    ("ju", "ю"),
    ("yu", "ю"),
)
_RU = (
    ("tsja", "тся"),
    ("tsya", "тся"),
    *_COMMON,
    ("jo", "ё"),
    ("yo", "ё"),
    ("je", "е"),
    ("ye", "е"),
    ("ts", "ц"),
)
_UK = (
    ("tsja", "ться"),
    ("tsya", "ться"),
    *_COMMON,
    ("jo", "йо"),
    ("yo", "йо"),
    ("je", "є"),
    ("ye", "є"),
    ("ji", "ї"),
    ("yi", "ї"),
    ("ts", "ц"),
)
_RU_LETTERS = dict(zip("abvgdezijklmnoprstufhcx'", "абвгдезийклмнопрстуфхцхь", strict=True))
_UK_LETTERS = dict(zip("abvgdezijklmnoprstufhcx'", "абвгдезійклмнопрстуфгцхь", strict=True))
_VOWELS = frozenset("aeiouy")


def _looks_typed_in_latin(text: str) -> bool:
    if _CYRILLIC.search(text):
        return False
    # Each distinct word is looked at once (a long message repeats its words); most are
    # tokens whole, and only the rest are cut into tokens. The whole text is cut only once a
    # strong word is found.
    kinds: set[str] = set()
    for word in set(text.split()):
        if word.isascii() and word.isalpha() and word.islower():
            kinds.add(word)
        else:
            kinds.update(_TOKEN.findall(word))
    strong_kinds = {token for token in kinds if token in _WORDS or _SHAPES.search(token)}
    if not strong_kinds or any(_POLISH.search(token) for token in kinds):
        return False
    tokens = _TOKEN.findall(text)
    # Counted by `map` at C speed: a long message has hundreds of tokens.
    strong = sum(map(strong_kinds.__contains__, tokens))
    score = strong + 0.5 * sum(map(_SMALL.__contains__, tokens))
    # One such word is enough in a few words ("hochu prosto ischeznut"); a long message needs
    # them in an eighth of its words.
    return len(tokens) <= 4 or (score >= 2 and score * 8 >= len(tokens))


def _convert(
    word: str, groups: tuple[tuple[str, str], ...], letters: dict[str, str], y: str
) -> str:
    out: list[str] = []
    index = 0
    while index < len(word):
        for latin, cyrillic in groups:
            if word.startswith(latin, index):
                out.append(cyrillic)
                index += len(latin)
                break
        else:
            char = word[index]
            if char == "y":
                # After a vowel "y" is "й" ("moy"); else Russian "ы", Ukrainian "и".
                out.append("й" if index and word[index - 1] in _VOWELS else y)
            else:
                out.append(letters.get(char, char))
            index += 1
    return "".join(out)


def cyrillic_readings(matchable_text: str) -> tuple[str, ...]:
    """The Russian and the Ukrainian Cyrillic spelling of a message typed in Latin letters, or
    nothing when it does not look like one. Takes and returns the rules' matchable form."""
    if not _looks_typed_in_latin(matchable_text):
        return ()
    russian = _TOKEN.sub(lambda m: _convert(m.group(), _RU, _RU_LETTERS, "ы"), matchable_text)
    ukrainian = _TOKEN.sub(lambda m: _convert(m.group(), _UK, _UK_LETTERS, "и"), matchable_text)
    return (russian, ukrainian)
