"""Turkish: someone else has swallowed something dangerous just now — çocuk pil yuttu, bulaşık
makinesi tableti yemiş, çamaşır suyu içti; kardeşim fare zehri / antifriz içti; babaannesinin
ilaçlarını yutmuş, bir şerit hap içmiş. Hemen 112.

Kim (oğlum, bebek, kardeşim; fiil üçüncü tekil geçmiş: "yuttu", "içmiş") ve ne (kiraz
çekirdeği, sakız, köpeğin çikolatası dışarıda; "pilav" pil değil; "zehir gibi" bir deyim);
haplarda bir miktar ya da başkasının ilacı ("antibiyotiğini içti", "her gün çok ilaç içiyor",
"bir kutu ilaç aldı" = satın aldı dışarıda).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.safety.verdict import EmergencySign as E

__all__ = ["SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:oglum|oglumuz|kizim|kizimiz|cocugum|cocugumuz|cocuk|bebegim|bebek|yegenim|torunum"
    r"|kardesim|abim|ablam|esim|kocam|karim|annem|babam|arkadasim|sevgilim|ufaklik|minik"
    r"|kuzenim|dedem|ninem|babaannem|anneannem)"
)
_G = r"(?:\S+\s+)"
_ATE = (
    r"(?:yuttu|yutmus|yutmuslar|yedi|yemis|icti|icmis|emdi|emmis|yaladi|yalamis|kemirdi"
    r"|kemirmis|agzina\s+(?:atti|atmis|almis|soktu|sokmus))\b"
)
_POISON = (
    r"(?:(?:dugme\s+|para\s+|saat\s+)?pil(?:i|ler|leri|ini|lerden|den)?|miknatis\w*"
    r"|bulasik\s+(?:makinesi\s+)?(?:tablet|kapsul|deterjan)\w*|camasir\s+(?:suyu\w*|deterjan\w*"
    r"|kapsul\w*|makinesi\s+kapsul\w*)|deterjan\w*|kezzap\w*|tuz\s+ruhu\w*|lavabo\s+acici\w*"
    r"|temizlik\s+(?:malzeme|urun|ilac)\w*|zehir(?!\s+gibi)|zehri\w*|fare\s+zehri\w*"
    r"|antifriz\w*|(?:tarim|bocek|hasere|ot)\s+ilac\w*|tiner\w*|benzin\w*|gazyag\w*"
    r"|amonyak\w*|metanol\w*|kostik\w*|sivi\s+nikotin\w*)\b"
)
_DRUG = r"(?:ilac|hap|parol|xanax|parasetamol|agri\s+kesici|uyku\s+ilac|uyku\s+hap)\w*"
_OWNER = (
    r"(?:annemin|babamin|babaannemin|babaannesinin|anneannemin|anneannesinin|dedemin|dedesinin"
    r"|ninemin|ninesinin|annesinin|babasinin|benim)"
)

SWALLOWED_POISON = (rf"{_WHO}\s+{_G}{{0,4}}?{_POISON}\s+{_G}?{_ATE}",)
SWALLOWED_PILLS = (
    rf"(?:bir|butun|tum|koca|yarim)\s+(?:serit|blister|paket|sise|kutu|tup)\w*\s+{_G}{{0,2}}?"
    rf"{_DRUG}\s+{_G}{{0,2}}?(?:yuttu|yutmus|yedi|yemis|icti|icmis)\b",
    rf"{_OWNER}\s+{_G}?(?:ilac|hap)\w*\s+{_G}{{0,2}}?{_ATE}",
    rf"(?:ilaclarimi|ilaclarimdan|haplarimi|haplarimdan)\s+{_G}{{0,2}}?{_ATE}",
    rf"{_DRUG}\s+[^.!?]{{0,30}}?(?:yuttu|yutmus|yedi|yemis|icti|icmis)\w*[^.!?]{{0,20}}?kac"
    r"\s+tane\s+(?:oldugunu\s+|yuttugunu\s+|ictigini\s+)?bilmiyorum",
)


def swallowed(
    someone_else: Sequence[str], overdose_taken: Sequence[str]
) -> dict[E, tuple[str, ...]]:
    """The two signs of this language with the swallowed family added: poisons and batteries
    to someone else in danger, pills to an overdose taken."""
    return {
        E.SOMEONE_ELSE: (*someone_else, *SWALLOWED_POISON),
        E.OVERDOSE_TAKEN: (*overdose_taken, *SWALLOWED_PILLS),
    }
