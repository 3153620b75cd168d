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
from itertools import permutations

from bot.core.safety.verdict import EmergencySign as E

__all__ = ["OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

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


def _orders(almost: str, *parts: str) -> tuple[str, ...]:
    """Every order of `parts` (took, by mistake, which dose) within one sentence, with no
    `almost` word between them."""
    gap = rf"(?:(?!(?:{almost})\b)[^.!?]){{0,40}}?"
    return tuple(gap.join(f"(?:{part})" for part in order) for order in permutations(parts))


def _verbs(words: str, almost: str) -> str:
    """The verbs `words` (|-separated), each not right after `almost` ("casi", "nearly")."""
    guarded = []
    for word in words.split("|"):
        fixed = word.replace(r"\s+", r"\s").replace(" ", r"\s")  # single spaces
        if any(sign in fixed for sign in "*+?{"):
            guarded.append(word)  # no fixed width to look behind ("lyknal\w*")
            continue
        guarded.append(word + "".join(rf"(?<!{a}\s{fixed})" for a in almost.split("|")))
    return "(?:" + "|".join(guarded) + ")"


# Bir miktar kelimesiyle söylenen, alınmış bir doz aşımı ("bir avuç hap yuttum", "kalan bütün
# uyku haplarımı içtim", "bir sürü ilaç içtim"), ve yanlışlıkla içilen haftalık ya da çift doz,
# bütün haftalık ilaç kutusu (kendisi ya da annem). Alışkanlık ("günde", "her gün"), "doktorun
# dediği gibi", "az kalsın" ve vitaminler dışarıda.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?\b(?:gunde|her\s+gun|her\s+sabah|her\s+aksam|gunluk|doktorun\s+dedigi"
    r"|yillardir)\b)"
)
_OD_QTY = (
    r"(?:bir\s+avuc|avuc\s+avuc|bir\s+suru|bi\s+suru|bir\s+yigin|yigin\s+yigin|tonla|kalan"
    r"|geri\s+kalan|artan|cok\s+fazla|fazla\s+fazla|yarim\s+kutu|yarim\s+serit)"
)
_MISTAKE = (
    r"(?:yanlislikla|yanlislikla|kazara|karistirip|karistirmis|karistirdi\w*|dikkatsizlikle)"
)
_DOSE = (
    r"(?:haftalik\s+doz\w*|bir\s+haftalik\s+(?:ilac\w*|doz\w*|hap\w*)|cift\s+doz\w*|iki\s+kat\s+doz"
    r"\w*|(?:butun|tum|koca)\s+(?:haftalik\s+)?(?:ilac|hap)\s+kutusu\w*|haftalik\s+(?:ilac|hap)"
    r"\s+kutusu\w*)"
)
_ALMOST = r"az\s+kalsin|az\s+daha|neredeyse"
OVERDOSE_MORE = (
    rf"{_OD_QTY}\s+(?:\S+\s+){{0,2}}?{_DRUG}\s+(?:\S+\s+)?(?:yuttum|ictim|attim|yedim"
    rf"|yutmusum|icmisim)\b{_NOT_HABIT}",
    *_orders(
        _ALMOST,
        _MISTAKE,
        _DOSE,
        r"(?:icti\w*|ictim|yuttu\w*|yuttum|aldi\w*|aldim|icmis\w*|yutmus\w*)",
    ),
)


def swallowed(
    someone_else: Sequence[str], overdose_taken: Sequence[str]
) -> dict[E, tuple[str, ...]]:
    """The two signs of this language with the swallowed family added: poisons and batteries
    to someone else in danger, pills to an overdose taken."""
    return {
        E.SOMEONE_ELSE: (*someone_else, *SWALLOWED_POISON),
        E.OVERDOSE_TAKEN: (*overdose_taken, *SWALLOWED_PILLS, *OVERDOSE_MORE),
    }
