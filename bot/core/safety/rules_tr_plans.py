"""More Turkish crisis and ask rules (rules_tr.py adds them to its own), from the sixth round's
sets M and N: a bridge, a roof or a height gone to "and let it end" ("cuma iş çıkışı köprüye
gidicem, bitsin artık bu iş"), how many pills would be enough looked up with them at home,
"I won't do anything stupid, I only looked up …", and wishing not to wake one morning (ask).
Over normalised text like rules_tr.py (no Turkish letters).

A child's dose looked up ("çocuğa kaç mg yeter diye baktım") and a bridge crossed to work stay
clear.
"""

from __future__ import annotations

from bot.core.safety.common import looked_up

__all__ = ["MORE_ASK", "MORE_CRISIS"]

_PLACE = (
    r"(?:kopru|koprusune|kopruye|cati|catiya|catisina|viyaduk|ucurum|baraj|gokdelen|kayalik|iskele"
    r"|yuksek\s+bina|bina\w*\s+tepesi)\w*"
)
_GO = r"(?:gid|gidi|gide|gitce|cik|cika|ciki|cikic|cikac|cikcam)\w*"
_LET_IT_END = (
    r"(?:bitsin\s+(?:artik\s+)?(?:bu\s+is|her\s+sey|hersey|bu\s+iskence|bu\s+hayat)|(?:bu\s+is|her\s+sey"
    r"|hersey|bu\s+hayat)\s+(?:artik\s+)?bitsin|bitsin\s+artik(?=\s*(?:[.!,]|$))|son\s+olsun"
    r"|her\s+sey\s+bitecek|hersey\s+bitecek|bitirecegim\s+(?:artik|her\s+seyi)|kurtulacagim\s+artik)"
)
_LOOKED = r"(?:bakt\w*|arastird\w*|arad\w*|okud\w*|ogrend\w*|googled\w*|sordu\w*)"
_DRUG = (
    r"(?:ilac|hap|parol|xanax|parasetamol|agri\s+kesici|uyku\s+ilac|uyku\s+hap|antidepresan)\w*"
)
_NOT_AFTER_A_CHILD = "".join(
    rf"(?<!{child}\skac)"
    for child in (
        "cocuga",
        "cocuguma",
        "bebege",
        "bebegime",
        "ogluma",
        "kizima",
        "torunuma",
        "kediye",
    )
)
_NOT_A_CHILD = r"(?![^?]{0,100}(?:cocug|bebeg|ates\w*|kilosuna|kilo\s+basina|kg\b))"

MORE_CRISIS: tuple[str, ...] = (
    # A bridge or a roof gone to, and let it end: "cuma iş çıkışı köprüye gidicem, bitsin artık".
    rf"{_PLACE}\s+(?:\S+\s+){{0,3}}?{_GO}\s+[^?]{{0,40}}?{_LET_IT_END}",
    # How many pills would be enough, looked up, or with them at home: "kaç tane uyku hapı yeter
    # diye internette baktım. evde var zaten".
    rf"kac{_NOT_AFTER_A_CHILD}{_NOT_A_CHILD}\s+(?:tane|kutu|mg|adet|paket|sise|kutusu)\s+(?:\S+\s+){{0,4}}?(?:yeter"
    r"|yetiyor|yetecek|yeterli|oldurur|yetermis|yeterdi)\w*\s+[^?]{0,60}?(?:evde\s+(?:\S+\s+)?(?:var"
    r"|yeterince|fazlasiyla|duruyor)|elimde\s+(?:\S+\s+)?(?:var|yeterince)|var\s+zaten)",
    # "I won't do anything stupid, I only looked up how many / how high / which pills".
    r"(?:aptalca|aptal|sacma|kotu|delice)\s+(?:bir\s+|bi\s+)?(?:sey|bisey)\s+(?:yapmayacagim|yapmicam"
    r"|yapmayacam|yapmiycam|yapmam)\b[^?]{0,30}?(?:sadece|yalnizca|sadce|bir\s+tek)\s+[^?]{0,80}?"
    rf"(?:kac\s+(?:tane|kutu|mg|kat|metre)|doz\w*|yukseklig\w*|kac\s+katli|{_DRUG}|kopru\w*|cati\w*)"
    rf"[^?]{{0,60}}?{_LOOKED}",
)

MORE_CRISIS += (
    # How much of one's medicine is lethal, looked up, with enough at home: "kalp ilacımın ne
    # kadarının öldürücü olduğuna baktım. Evde yeterince var."
    rf"(?:ne\s+kadar\w*|kac\s+(?:tane|kutu|mg|adet)\w*){_NOT_A_CHILD}\s+(?:\S+\s+){{0,2}}?(?:oldurucu"
    r"|olumcul|oldurur|oldurecek)\w*\s+[^?]{0,80}?(?:evde\s+(?:\S+\s+)?(?:var|yeterince|fazlasiyla"
    r"|duruyor)|elimde\s+(?:\S+\s+)?(?:var|yeterince)|yeterince\s+var|var\s+zaten|bende\s+(?:\S+\s+)?"
    r"(?:var|yeterince))",
    # Which floor one would not survive: "kaçıncı kattan atlarsan kurtulamazsın diye baktım".
    r"(?:kacinci|kac|hangi)\s+(?:kat|metre|yukseklik)\w*\s+[^?]{0,40}?(?:kurtulamaz\w*|yasayamaz\w*"
    r"|hayatta\s+kalamaz\w*|olursun|olunur|kesin\s+ol\w*)",
    # Past the railing of a bridge: "köprüde korkuluğun dışında duruyorum".
    r"(?:korkulu\w*|parmaklig\w*|parmaklik\w*)\s+(?:\S+\s+)?(?:disinda|disina|ote\s+tarafinda"
    r"|ustunde|uzerinde)\w*\s+(?:\S+\s+)?(?:duruyorum|oturuyorum|gectim|bekliyorum)",
    # Sitting in the car in a closed garage, the engine running.
    r"(?:arabada|aracta|arabanin\s+icinde)\s+[^?]{0,60}?garaj\w*\s+[^?]{0,40}?motor\w*\s+(?:\S+\s+)?"
    r"(?:calisiyor|acik)|garaj\w*\s+[^?]{0,40}?(?:arabada|aracta)\s+[^?]{0,60}?motor\w*\s+"
    r"(?:\S+\s+)?(?:calisiyor|acik)",
)

MORE_ASK: tuple[str, ...] = (
    # Wishing not to wake one morning: "keşke bir sabah uyanmasam", "bir sabah uyanmasam keşke".
    r"keske\s+(?:\S+\s+){0,3}?(?:hic\s+)?(?:uyanmasam|uyanmasaydim|uyanmasam\s+da)\b",
    r"(?:bir\s+sabah|bi\s+sabah|sabah|yarin)\s+(?:hic\s+)?uyanmasam\b",
    r"uyanmasam\s+(?:\S+\s+)?keske\b",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
MORE_CRISIS += looked_up(
    r"(?:bakt\w*|arastird\w*|googla\w*|arad\w*|okud\w*|hesapla\w*)",
    r"(?:kacinci\s+kat\w*|hangi\s+kat\w*|kac\s+kat\w*)",
    r"(?:kesin\w*|olumcul|olduruc\w*|yeter\w*|kurtul\w*|olunur\w*)",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
MORE_ASK += (
    # Or the other way round: "it would be better not to wake up".
    r"uyanmasam\s+(?:\w+\s+)?(?:daha\s+)?(?:iyi|rahat|kolay)\s+olur\w*\b",
    r"(?:allahim|allah|rabbim|ya\s+rabbi)\s+(?:\w+\s+)?(?:canimi\s+al|al\s+(?:\w+\s+)?canimi|beni\s+(?:de\s+)?yanina\s+al|beni\s+al)\b",
    r"(?:yarin\s+)?uyanmasam\s+(?:da|bile)\s+(?:olur|fark\s+etmez|iyi\s+olur|dert\s+degil|sorun\s+degil)\b",
)
