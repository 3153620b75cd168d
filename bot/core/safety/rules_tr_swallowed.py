"""Turkish: someone else has swallowed something dangerous just now — çocuk pil yuttu, bulaşık
makinesi tableti yemiş, çamaşır suyu içti; kardeşim fare zehri / antifriz içti; babaannesinin
ilaçlarını yutmuş, bir şerit hap içmiş. Hemen 112.

Kim (oğlum, bebek, kardeşim; fiil üçüncü tekil geçmiş: "yuttu", "içmiş") ve ne (kiraz
çekirdeği, sakız, köpeğin çikolatası dışarıda; "pilav" pil değil; "zehir gibi" bir deyim);
haplarda bir miktar ya da başkasının ilacı ("antibiyotiğini içti", "her gün çok ilaç içiyor",
"bir kutu ilaç aldı" = satın aldı dışarıda).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, swallowed_family
from bot.core.safety.rules_tr_seizing import SEIZING

__all__ = ["CHILD_SWALLOWED", "OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

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
    r"|amonyak\w*|metanol\w*|kostik\w*|sivi\s+nikotin\w*"
    # Sets S-T: kolonya, parfüm ve benzerleri (küçük bir çocuk için alkol).
    r"|kolonya\w*|parfum\w*|tras\s+losyon\w*|gargara\w*|dezenfektan\w*|aseton\w*|lamba\s+gaz\w*"
    r"|(?:e\s+sigara|elektronik\s+sigara|vape)\s+(?:likit|likid|sivi)\w*|likit\w*|likid\w*)\b"
)
_DRUG = r"(?:ilac|hap|parol|xanax|parasetamol|agri\s+kesici|uyku\s+ilac|uyku\s+hap)\w*"
_OWNER = (
    r"(?:annemin|babamin|babaannemin|babaannesinin|anneannemin|anneannesinin|dedemin|dedesinin"
    r"|ninemin|ninesinin|annesinin|babasinin|benim)"
)

SWALLOWED_POISON = (rf"{_WHO}\s+{_G}{{0,4}}?{_POISON}\s+{_G}?{_ATE}",)
SWALLOWED_PILLS = (
    # Sets O-P: someone named, a box or a score of pills ("annem 20 tane uyku hapı içmiş").
    rf"{_WHO}\s+{_G}{{0,4}}?(?:\d\d+\s+tane|(?:bir|bi|butun|tum|koca)\s+(?:kutu|paket|serit"
    rf"|sise))\s+{_G}{{0,2}}?{_DRUG}\s+{_G}{{0,2}}?(?:yuttu|yutmus|yedi|yemis|icti|icmis)\b",
    rf"(?:bir|butun|tum|koca|yarim)\s+(?:serit|blister|paket|sise|kutu|tup)\w*\s+{_G}{{0,2}}?"
    rf"{_DRUG}\s+{_G}{{0,2}}?(?:yuttu|yutmus|yedi|yemis|icti|icmis)\b",
    rf"{_OWNER}\s+{_G}?(?:ilac|hap)\w*\s+{_G}{{0,2}}?{_ATE}",
    rf"(?:ilaclarimi|ilaclarimdan|haplarimi|haplarimdan)\s+{_G}{{0,2}}?{_ATE}",
    rf"{_DRUG}\s+[^.!?]{{0,30}}?(?:yuttu|yutmus|yedi|yemis|icti|icmis)\w*[^.!?]{{0,20}}?kac"
    r"\s+tane\s+(?:oldugunu\s+|yuttugunu\s+|ictigini\s+)?bilmiyorum",
)


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
    *any_order(
        _ALMOST,
        _MISTAKE,
        _DOSE,
        r"(?:icti\w*|ictim|yuttu\w*|yuttum|aldi\w*|aldim|icmis\w*|yutmus\w*)",
    ),
)


# Set R: küçük bir çocuk, çoğu zaman yaşıyla ("2 yaşındaki oğlum"), ve şimdilik iyi görünse de
# zarar veren bir şey: düğme pil, mıknatıs, demir (hap, demirli vitamin şekeri), ısırılmış
# çamaşır kapsülü, babaannenin tansiyon ya da kalp hapı, uyku ilacı. Çocuk da şey de anılır:
# kiraz çekirdeği, sakız, "vitaminlerini içti" ve pillerle ilgili bir haber dışarıda kalır;
# "içti" ilaç almaktır ("demir ilacını içti, doktor verdi"), burada sayılmaz.
_KID = (
    r"(?:oglum|oglumuz|kizim|kizimiz|cocugum|cocugumuz|bebegim|bebegimiz|torunum|yegenim"
    r"|ufaklik|ufakligim|minigim|yasindaki\s+(?:oglum|kizim|cocugum|torunum|yegenim|bebek|cocuk)"
    r"|aylik\s+(?:oglum|kizim|bebegim|bebek))\b"
)
_INTO = (
    r"(?:yuttu|yutmus|yemis|yedi|isirdi|isirmis|cigne\w*|kemirdi|kemirmis|emdi|emmis|yaladi"
    r"|yalamis|agzina\s+(?:atti|atmis|almis|sokmus|soktu))\b"
)
_HARM = (
    r"(?:(?:dugme\s+|para\s+|saat\s+)?pil(?:i|ler|leri|ini|lerden|den|lerini)?\b|miknatis\w*"
    r"|demir(?:li|\s+(?:hap|ilac|takviye|surup|sirup))\w*|camasir\s+(?:\w+\s+)?(?:kapsul|deterjan"
    r"|tablet)\w*|bulasik\s+(?:makinesi\s+)?(?:tablet|kapsul|deterjan)\w*|deterjan\w*|camasir"
    r"\s+suyu\w*|(?:tansiyon|kalp|uyku|seker|tiroit|sara)\s+(?:hap|ilac)\w*|antidepresan\w*"
    r"|(?:annemin|babamin|babaannesinin|anneannesinin|dedesinin|babaannemin|anneannemin|dedemin"
    r"|ninesinin|ninemin|benim)\s+(?:\w+\s+)?(?:hap|ilac)\w*)"
)
# Şey ile fiil arasında "sonra", "ama" ya da virgül yok: iki ayrı şey.
_NEAR = r"\s+(?:(?!(?:sonra|ama|ve)\s)[^\s.!?,]+\s+){0,6}?"
CHILD_SWALLOWED = (rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?{_HARM}{_NEAR}{_INTO}",)

# Someone else's seizure (rules_tr_seizing.py) joins the someone-else sign here, beside the
# poisons, so rules_tr.py need not change.
swallowed = swallowed_family(
    (*SWALLOWED_POISON, *CHILD_SWALLOWED, *SEIZING), (*SWALLOWED_PILLS, *OVERDOSE_MORE)
)
