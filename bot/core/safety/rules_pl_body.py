"""Polish: chest pain as people say it, going into the left arm, the jaw, the neck or the back, or
with a cold sweat, sickness or faintness ("boli w klatce strasznie idzie w lewa reke i szczeke,
pot sie leje"), an emergency (ruleset.LanguageRules.emergency), over normalised text with
diacritics folded. No "nie" may stand inside a rule ("klatka nie boli, nic nie promieniuje")."""

from __future__ import annotations

__all__ = ["CHEST", "SWELLING"]

_W = r"(?:(?!nie\b|bez\b)\w+\s+)"  # one word, not a negation
_CHEST = r"(?:klatce|klatka|klatke|klatki|piersi|piersiach|piers|mostkiem|mostku|mostek|sercu)"
_PAIN = (
    r"(?:bol\w*|boli|bolalo|bolala|kluj\w*|klucie|piecz\w*|ucisk\w*|uciska\w*|sciska\w*|scisk"
    r"|gniecie|gniot\w*|rozpiera\w*|rozrywa\w*|pali|dusi|ciezar|ciezarem|ciezaru|kamien|imadlo)"
)
# Chest pain told either way round: "boli w klatce", "ucisk za mostkiem", "klatka mnie boli".
_CHEST_PAIN = (
    rf"(?:{_PAIN}\s+{_W}{{0,3}}?(?:w\s+|na\s+|za\s+|pod\s+)?(?:\w+\s+)?{_CHEST}\b|{_CHEST}\s+"
    rf"{_W}{{0,3}}?(?:boli|bolala|bolalo|piecze|kluje|sciska|uciska|gniecie|rozpiera|pali)\b)"
)
_SPREADS = (
    r"(?:promieniuj\w*|promieniowal\w*|idzie|poszlo|poszedl|przechodzi|przeszlo|schodzi|zeszlo"
    r"|rozchodzi\s+sie|rozlewa\s+sie|leci|ciagnie|odchodzi|wali|strzela|bije|czuje)"
)
_WHERE = (
    r"(?:reki|reka|reke|rece|ramienia|ramie|ramion|barku|bark|zuchwy|zuchwe|zuchwa|szczeki"
    r"|szczeke|szczeka|szyi|szyje|szyja|gardla|zebow|zeby|plecow|plecy|lopatk\w*|lokcia|dloni"
    r"|palcow)"
)
_SWEAT = (
    r"(?:pot\s+(?:\w+\s+)?(?:leje|cieknie|splywa|leci|wystapil)|zimn\w*\s+pot\w*|spocon\w*|zlan\w*"
    r"\s+(?:zimnym\s+)?potem|mokr\w*\s+od\s+potu|mdli\s+mnie|mdlosci|wymiotuj\w*|slabo\s+mi|zaraz"
    r"\s+zemdleje|mdleje|ciemno\s+przed\s+oczami|blad\w*\s+jak\s+(?:sciana|kreda|trup))"
)
# A workout, a cough, heartburn, or a fall: a sore chest, not this.
_NOT_SORE = (
    r"(?![^!?]{0,100}?\b(?:trening\w*|silowni\w*|cwicze\w*|pompk\w*|wyciskani\w*|kaszl\w*|zgag\w*"
    r"|refluks\w*|przeziebi\w*|upadk\w*|uderzyl\w*|stluczon\w*|siniak\w*)\b)"
)

CHEST = (
    # Set O: "boli w klatce strasznie idzie w lewa reke i szczeke", "sciska w mostku, promieniuje
    # do lewego ramienia", "klatka mnie boli i ciagnie az do zuchwy".
    rf"{_CHEST_PAIN}{_NOT_SORE}[^.!?]{{0,60}}?\b{_SPREADS}\s+(?:mi\s+|sie\s+|mu\s+|jej\s+)?(?:az\s+)?"
    rf"(?:do|w|na|pod|po)\s+{_W}{{0,2}}?{_WHERE}\b",
    # The arm or the jaw first: "lewa reka dretwieje i boli w klatce".
    rf"(?:lewa|lewej|lewe|lewego|lewy)\s+(?:reka|reki|reke|rece|ramie|ramienia|bark|barku)\s+{_W}{{0,4}}?"
    rf"(?:i|a|oraz|plus|,)\s+{_W}{{0,3}}?{_CHEST_PAIN}{_NOT_SORE}",
    # With a cold sweat, sickness or faintness: "boli w klatce, pot sie leje".
    rf"{_CHEST_PAIN}{_NOT_SORE}[^!?]{{0,100}}?\b{_SWEAT}",
    rf"{_SWEAT}[^!?]{{0,60}}?\b{_CHEST_PAIN}{_NOT_SORE}",
)

# Swelling of the throat, tongue, lips or face, or wheezing after a sting or a food: beside
# panic words the breathlessness stays an emergency (ruleset.LanguageRules.panic_danger).
SWELLING = (
    r"(?:gardlo|gardla|jezyk|usta|wargi|warga|twarz|oczy|powieki)\s+(?:\w+\s+){0,2}?(?:puchn\w*"
    r"|spuchl\w*|opuchl\w*|obrzek\w*|napuchl\w*)|(?:puchnie|puchna|spuchl\w*|opuchl\w*|napuchl\w*)"
    r"\s+(?:mi\s+|mu\s+|jej\s+)?(?:gardlo|jezyk|usta|wargi|twarz)|(?:osa|osy|pszczol\w*|uzadl\w*"
    r"|orzech\w*|orzeszk\w*|alergi\w*)\b[^.!?]{0,60}?(?:swiszcz\w*|puchn\w*|spuchl\w*|bable)",
)
