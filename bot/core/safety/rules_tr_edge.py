"""Turkish: someone at the edge now, and the last preparations made with a decision, a crisis
(ruleset.LanguageRules.crisis), over normalised text like rules_tr.py (no Turkish letters).
From sets S and T.

At the edge: "şu an balkonun korkuluğunun üstündeyim, 7. kat", the feet dangling from a bridge
or a roof, "hemzemin geçitteyim, son tren 0:40'ta geçiyor", a bridge looked at with "yarın o
gün", "aptalca bir şey yapmayacağım ama her akşam köprüye gidip duruyorum", and a crash into a
bridge pillar without a seatbelt that will look like an accident.

Done and decided: a goodbye the other did not notice, "yarın trenin önüne atlayacağım", a stone
in the bag with the river or tonight, and how many pills would stop one's heart, or "karar
verdim" after a dose question. (Pills saved and counted are rules_tr.py's own.)

Each needs two parts: a balcony with tea on the 7th floor, waiting at a level crossing (past)
and a goodbye before a train trip stay clear.
"""

from __future__ import annotations

__all__ = ["DECIDED", "EDGE"]

_HIGH = (
    r"(?:kopru\w*|cati\w*|otopark\w*|balkon\w*|korkulu\w*|ucurum\w*|kayalik\w*|viyaduk\w*"
    r"|ust\s+gecit\w*|kule\w*|gokdelen\w*)"
)
_DRUG = r"(?:ilac|hap|parol|xanax|parasetamol|agri\s+kesici|uyku\s+ilac|uyku\s+hap|insulin)\w*"
_PILLS_TAKEN = r"(?:icersem|alirsam|yutarsam|icsem|alsam|yutsam)"
_RIVER = (
    r"(?:nehir\w*|nehre|irmak\w*|dere\w*|gol\w*|deniz\w*|bogaz\w*|kopru\w*|bu\s+gece|bu\s+aksam"
    r"|bu\s+gec)"
)
_STONE_IN = (
    r"(?:tas|taslar|tasi|taslari|tasla)\w*\s+(?:\S+\s+){0,2}?(?:cantama|cantamda|cantamin"
    r"|sirt\s+cantama|sirt\s+cantamda|cebime|ceplerime|ceplerimde|cebimde)"
    r"|(?:cantama|cantamda|sirt\s+cantama|sirt\s+cantamda|cebime|ceplerime|ceplerimde|cebimde)"
    r"\s+(?:\S+\s+)?tas\w*"
)
_CRASH_INTO = (
    r"(?:kopru\s+ayag\w*|ayag\w*|direg\w*|agac\w*|duvar\w*|tir\w*|kamyon\w*|bariyer\w*)\s+(?:\S+\s+)?"
    r"(?:surecegim|surcem|carpacagim|carpcam|dalacagim|dalcam|gomecegim|gomcem|vuracagim)"
)

EDGE = (
    # "şu an balkonun korkuluğunun üstündeyim", on top of the railing or the roof's edge.
    r"(?:korkulu\w*|parmaklig\w*|parmaklik\w*|cati\s+kenar\w*|kenar\w*)\s+(?:\S+\s+)?(?:ustundeyim"
    r"|uzerindeyim|ustunde\s+(?:oturuyorum|duruyorum)|uzerinde\s+(?:oturuyorum|duruyorum)"
    r"|kenarinda\s+(?:oturuyorum|duruyorum))\b",
    # The feet dangling from a bridge or a roof: "köprüden aşağı bakıyorum, ayaklarım boşta".
    rf"{_HIGH}\s+[^?]{{0,100}}?(?:ayaklarim|bacaklarim)\s+(?:\S+\s+)?(?:bosta|boslukta|sarkiyor"
    r"|havada)\b",
    rf"(?:ayaklarim|bacaklarim)\s+(?:\S+\s+)?(?:bosta|boslukta|sarkiyor|havada)\b[^?]{{0,100}}?"
    rf"{_HIGH}",
    # "hemzemin geçitteyim, son tren 0:40'ta geçiyor"
    r"(?:hemzemin\s+gecitteyim|gecitteyim|raylardayim|raylarin\s+(?:ustundeyim|yanindayim"
    r"|basindayim|ortasindayim)|tren\s+yolundayim|demiryolundayim|tren\s+yolunun\s+(?:ustundeyim"
    r"|yanindayim))\b[^?]{0,100}?son\s+(?:\S+\s+)?tren\w*",
    # A bridge looked at, and "yarın o gün" / "yeterince yüksek".
    rf"{_HIGH}\s+[^?]{{0,60}}?(?:bakiyorum|izliyorum|bakip\s+duruyorum|bakiyorum\s+durmadan)\b"
    r"[^?]{0,80}?(?:(?:yarin|bu\s+gece|bu\s+aksam|bugun)\s+(?:o\s+gun|gun\s+o\s+gun|yapacagim"
    r"|yapicam|bitiyor|bitecek|bitiriyorum)|yeterince\s+yuksek)\b",
    # "aptalca bir şey yapmayacağım ama her akşam köprüye gidip duruyorum"
    r"(?:aptalca|aptal|sacma|kotu|delice)\s+(?:bir\s+|bi\s+)?(?:sey|bisey)\s+(?:yapmayacagim|yapmicam"
    rf"|yapmayacam|yapmiycam|yapmam)\b[^?]{{0,30}}?(?:ama|fakat|sadece)\s+[^?]{{0,60}}?{_HIGH}"
    r"\s+(?:\S+\s+){0,2}?(?:gidiyorum|gidip|duruyorum|bakiyorum|oturuyorum|cikiyorum)\b",
    # A crash planned to look like an accident: "kemer takmadan köprü ayağına süreceğim".
    rf"(?:kemer\w*\s+(?:takmadan|takmayacagim|takmicam|olmadan))\s+[^?]{{0,40}}?{_CRASH_INTO}",
    rf"{_CRASH_INTO}\b[^?]{{0,80}}?kaza\s+(?:gibi|sanki)\s+(?:\S+\s+)?(?:gorunecek|gorunsun|gorunur"
    r"|olacak|dusunecekler)",
    r"kaza\s+(?:gibi|sanki)\s+(?:\S+\s+)?(?:gorunecek|gorunsun|gorunur|olacak)\b[^?]{0,80}?"
    rf"{_CRASH_INTO}",
)

DECIDED = (
    # A goodbye the other did not notice.
    r"(?:vedalastim|veda\s+ettim)\b[^?]{0,40}?(?:farkinda\s+(?:degil|olmadi|olmadan|bile\s+degil)"
    r"|anlamadi|fark\s+etmedi|farketmedi|bilmiyor|haberi\s+yok)",
    r"(?:fark\s*ettirmeden|belli\s+etmeden|hissettirmeden|sezdirmeden|anlatmadan)\s+(?:\S+\s+){0,3}?"
    r"(?:vedalastim|veda\s+ettim)",
    # "yarın trenin önüne atlayacağım"
    r"(?:trenin|metronun|tirin|kamyonun|treni|metroya)\s+(?:onune\s+)?(?:kendimi\s+)?(?:atlayacagim"
    r"|atlicam|atlayacam|atlayicam|yatacagim|yatcam|atacagim|atcam)\b",
    # A stone in the bag, with the river or tonight.
    rf"(?:{_STONE_IN})\b[^?]{{0,100}}?{_RIVER}",
    rf"{_RIVER}\s+[^?]{{0,100}}?(?:{_STONE_IN})\b",
    # How many pills would stop one's heart, or "karar verdim" after a dose question.
    rf"kac\s+(?:tane|kutu|adet|mg)\s+(?:\S+\s+){{0,2}}?{_PILLS_TAKEN}\s+(?:kalbim\s+(?:durur"
    r"|dururmu|durur\s+mu|duracak)|olurum|olur\s+muyum|olmem\s+icin)",
    rf"kac\s+(?:tane|kutu|adet|mg)\s+(?:\S+\s+){{0,2}}?(?:{_DRUG}\s+)?{_PILLS_TAKEN}\b[^?]{{0,40}}?"
    r"\?[^?]{0,100}?karar\s+(?:verdim|verildi)\b",
)
