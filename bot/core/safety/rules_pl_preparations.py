"""Polish preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text (diacritics folded: ł→l, ż→z, ę→e, ą→a).

Each family alone is an ordinary day: clothes a child outgrew given away, the rent paid ahead
before a holiday, "dziękuję za wszystko" to the bot, "wszystko gotowe na imprezę".
"""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_KIN = r"(?:siostr|brat|mam|matc|tat|ojc|mez|zon|syn|cor|dzieci|rodzic|przyjaci|koleza|koleg"
_KIN += r"|sasiad|babci|cioci|wujk|chlopak|dziewczyn|partner|wnuk|wnucz|bratan|siostrzen)\w*"
_PET = r"(?:kota|kotke|kotka|psa|psiaka|suczke|papuge|krolika|chomika|rybki|zwierzaka|pupila)"
_GAVE = r"(?:oddal|rozdal|podarowal|przekazal|dal)(?:am|em|a)?"
_THINGS = r"(?:bizuteri|pierscion|kolczyk|gitar|pianin|ksiazk|laptop|konsol|kolekcj|zegar|rower"
_THINGS += r"|samochod|auto|rzeczy|ubrania|plyty|narzedzi)\w*"
# A pet left for a holiday or at the vet comes back.
_NOT_FOR_A_WHILE = (
    r"(?![^.!?]{0,40}(?:hotel|weterynarz|na czas|na weekend|na tydzien|na miesiac|na pare"
    r"|na urlop|na wakacje|na wyjazd|dopoki|az wroce|na przechowanie))"
)

GIVEN_AWAY = _s(
    # "oddałam kota sąsiadce", "znalazłam nowy dom dla psa", "kot zamieszka u siostry".
    rf"{_GAVE} (?:mojego |moja |swojego |swoja |naszego )?{_PET}\b" + _NOT_FOR_A_WHILE,
    rf"{_PET} (?:\w+ )?(?:oddalam|oddalem|oddal|oddala)\b" + _NOT_FOR_A_WHILE,
    rf"(?:znalazlam|znalazlem|znalezli\w*) (?:\w+ )?(?:dom|wlasciciela|opiekuna|rodzine) (?:dla )?"
    rf"(?:mojego |mojej |swojego )?{_PET}\b",
    rf"{_PET} (?:\w+ )?(?:zamieszka|bedzie mieszkal\w*|zostanie na stale|zostanie na zawsze)"
    r" (?:u|z) \w+",
    # Her own things, not the children's outgrown clothes: "swoje", "moje", a named thing.
    rf"{_GAVE} (?:wszystkie )?(?:swoje|swoja|swoj|moje|moja|moj) (?:\w+ )?{_THINGS}\b",
    rf"{_GAVE} (?:\w+ )?(?:bizuteri\w*|pierscion\w*|gitare|konsole|laptopa|kolekcj\w*|medal\w*"
    r"|order\w*|odznaczeni\w*|zegarek|obraz\w*|wedk\w*|bron|strzelb\w*)"
    rf" (?:\w+ )?{_KIN}",
)
AFFAIRS = _s(
    # Rent paid ahead, debts closed, a will, papers and passwords handed over, accounts deleted.
    r"(?:zaplacilam|zaplacilem|zaplacil\w*|oplacilam|oplacilem|oplacil\w*|przelalam|przelalem)"
    r" (?:\w+ ){0,3}(?:czynsz|mieszkanie|wynajem|najem|rachunki|oplaty) (?:\w+ ){0,4}"
    r"(?:z gory|do przodu|naprzod|zawczasu)\b"
    r"(?![^.!?]{0,50}(?:urlop|wakacj|wyjazd|wyjezdzam|jade|lece|delegacj|podroz))",
    r"(?:splacilam|splacilem|splacil\w*|posplacal\w*|oddalam|oddalem|zamknelam"
    r"|zamknalem|uregulowal\w*) (?:wszystkie )?(?:moje |swoje )?(?:dlugi|dlug|kredyt\w*|pozyczk\w*"
    r"|zobowiazania)\b",
    r"(?:napisalam|napisalem|spisalam|spisalem|sporzadzil\w*|zrobilam|zrobilem|podpisal\w*)"
    r" (?:\w+ )?testament\w*",
    r"(?:dokumenty|hasla|haslo|pin\w*|klucze|papiery|dostepy) (?:\w+ ){0,2}" + _KIN + r" (?:\w+ )?"
    r"(?:oddalam|oddalem|dalam|dalem|przekazal\w*|zostawil\w*|wyslal\w*)\b",
    r"(?:dokumenty|hasla|haslo|pin\w*|klucze|papiery|dostepy) (?:\w+ ){0,4}(?:oddalam|oddalem"
    r"|dalam|dalem|przekazal\w*|zostawil\w*|wyslal\w*) (?:\w+ )?" + _KIN,
    r"(?:oddalam|oddalem|dalam|dalem|przekazal\w*|zostawil\w*) (?:\w+ )?"
    + _KIN
    + r" (?:wszystkie )?"
    r"(?:dokumenty|hasla|pin\w*|klucze|papiery|dostepy)\b",
    r"(?:uporzadkowal\w*|pozalatwial\w*|zalatwil\w*|zamknel\w*|zamknal\w*) (?:juz )?(?:wszystkie"
    r" )(?:moje |swoje )?sprawy\b|(?:uporzadkowal\w*) (?:moje |swoje )?sprawy\b",
    r"(?:usunelam|usunalem|usunal\w*|skasowal\w*) (?:wszystkie )?(?:moje |swoje )?(?:konta|profile"
    r"|social\w*|media spolecznosciowe)\b",
)
GOODBYES = _s(
    r"(?:dziekuje|dzieki|dziekujemy|dzienki|dzieks) (?:ci |wam |wszystkim )?za wszystko\b",
    r"(?:napisalam|napisalem|zostawil\w*) (?:\w+ )?(?:pozegnaln\w+ |ostatni\w* )?(?:list\w*"
    r"|liscik\w*|wiadomosc\w*) (?:do |dla )?(?:\w+ )?(?:mamy|taty|siostry|brata|rodzicow|dzieci"
    r"|corki|syna|meza|zony|przyjaciolki|przyjaciela|wszystkich)\b",
    r"(?:pozegnaln\w+|ostatni\w*) (?:list\w*|liscik\w*|wiadomosc\w*|sms\w*)",
    r"(?:pozegnal\w*) (?:sie )?(?:ze wszystkimi|z nimi|z rodzina|z bliskimi)\b",
    r"(?:przepraszam|wybaczcie|wybacz) (?:was |cie )?za wszystko\b",
    r"(?:zegnajcie|zegnam sie)(?: wszyscy| ze wszystkimi)?(?=\s*(?:[.!;…]|$))",
)
FINALITY = _s(
    # Not "wszystko gotowe na imprezę / do wyjazdu / na święta".
    r"(?:wszystko|wszysko) (?:juz )?(?:jest )?(?:gotowe|przygotowane|zalatwione|pozalatwiane)\b"
    r"(?! (?:na|do|dla|przed|w|k|ko|dlja|dlya|v)\b)",
    r"(?:juz )?(?:wszystko|wszysko) (?:przygotowalam|przygotowalem|zalatwilam|zalatwilem"
    r"|pozalatwialam|pozalatwialem)\b(?! (?:na|do|dla|przed)\b)",
    r"(?:juz |to |one )?(?:nie bedzie mi|nie beda mi|nie przyda mi sie|nie bede (?:juz )?"
    r"(?:tego |ich )?potrzebowac)(?: (?:juz |to ))?(?: potrzebne| potrzebny| potrzebna)?"
    r"(?=\s*(?:[.,!;…]|$))",
    r"(?:zeby|aby|by) (?:potem |pozniej )?(?:nikt|nikomu) (?:\w+ )?(?:nie mial|nie musial|nie bylo"
    r"|nie sprawiac) (?:\w+ )?(?:problem\w*|klopot\w*|zachodu|roboty|sprzatac|zalatwiac)",
    r"(?:kiedys |pozniej |potem )?(?:zrozumieja|zrozumiecie"
    r"|zrozumiesz)\b(?=\s*(?:[.,!;…]|$)| (?:kiedys|pozniej|potem))",
    r"tak bedzie (?:dla wszystkich )?lepiej(?: dla wszystkich)?(?=\s*(?:[.!;…]|$))",
    r"(?:kiedy|gdy|jak) mnie (?:juz )?(?:nie bedzie|zabraknie)\b(?! (?:w domu|w pracy|przez))"
    r"|po mojej smierci\b",
)
