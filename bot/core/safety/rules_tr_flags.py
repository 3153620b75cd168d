"""Turkish rules for four red-flag families (breathless lying flat, numbness spreading, weight
lost without trying, a new medicine), over normalised, unaccented text like rules_tr.py, which
merges them."""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

# Breathless lying flat, sleeping sitting up (orthopnoea) for days or weeks: a flag for a
# clinician within days, not the emergency number.
_LYING = (
    r"(?:sirt\s?ustu|duz\s+yat\w*|yatinca|yatarken|uzaninca|yattigimda|oturarak\s+uyu\w*"
    r"|oturup\s+uyu\w*)"
)
_AIRLESS = (
    r"(?:nefes\s+(?:alamiyorum|alamiyom|alamadim|darligi\w*|daral(?!mi|ma)\w*|yetmiyor)|nefesim\s+"
    r"(?:daral(?!mi|ma)\w*|kesil(?!mi|me)\w*|yetmiyor)|nefessiz\w*|bogul(?!mu|ma)\w*|havasiz\w*)"
)
_PROPPED = (
    r"(?:duz\s+yatamiyo\w*|sirt\s?ustu\s+yatamiyo\w*|(?:yari\s+oturur|oturur)\s+(?:halde\s+"
    r"|vaziyette\s+)?uyu\w*|oturarak\s+uyu\w*|yastik\w*\s+(?:\S+\s+){0,2}?uyu\w*)"
)

# Numbness or tingling climbing over days or weeks: "uyuşma şimdi dize kadar çıktı".
_NUMB = r"(?:uyusma\w*|uyusuk\w*|uyusuyor\w*|uyustu\w*|karincalan\w*|hissizl\w*|hissizles\w*)"
_CLIMBS = (
    r"(?:yukari\w*\s+(?:\S+\s+)?(?:cikiyor|cikiyo|cikti|tirmaniyor|tirmaniyo|tirmandi|yukseliyor"
    r"|yukseldi)\b|(?:diz|dirse|uyluk|kalca|bel|bileg|kaval|omuz|omz|kol|baldir|gogs|gobeg)\w*\s+"
    r"(?:\S+\s+)?kadar\s+(?:cikti|cikiyor|cikiyo"
    r"|geldi|yayildi|ulasti|vurdu)|(?:simdi|artik)\s+(?:\S+\s+){0,2}?(?:uyluk|diz|baldir|dirseg"
    r"|kaval|bel|kalca|omuz)\w*\s+(?:\S+\s+)?(?:cikti|geldi|ulasti)\b|her\s+(?:gun|hafta)\s+"
    r"(?:biraz\s+)?daha\s+(?:yukari|yukseg\w*|ilerli\w*))"
)

# Weight lost without trying: "iki ayda istemeden yedi kilo verdim", "diyet yok ama 6 kilo".
_UNTRIED = (
    r"(?:istemeden|diyet\s+yapmadan|rejim\s+yapmadan|perhiz\s+yapmadan|diyetsiz|sebepsiz\w*"
    r"|durduk\s+yere|kendiliginden|nedensiz\w*|hicbir\s+sey\s+yapmadan)"
)
_EATING = (
    r"(?:diyet\s+(?:yok|yapmiyorum|yapmadim)|rejim\s+(?:yok|yapmiyorum|yapmadim)|(?:normal|ayni"
    r"|eskisi\s+gibi)\s+yiyorum|istahim\s+(?:yerinde|normal)|nedenini\s+bilmiyorum|neden\s+bilmiyorum)"
)
_LOSS = r"kilo\s+(?:verdim|kaybettim|gitti)"
_KILOS = r"kilo\s+(?:verdim|kaybettim|gitti)"

# Restless, sweating, jerking or feverish since a new medicine (serotonin toxicity looks like
# that): the medicine started, added or raised, then two signs, one of them not a twitch.
_DRUGS = (
    r"(?:antidepresan\w*|tramadol\w*|sertralin\w*|lustral\w*|essitalopram\w*|cipralex\w*"
    r"|venlafaksin\w*|efexor\w*|fluoksetin\w*|prozac\w*|paroksetin\w*|duloksetin\w*|cymbalta\w*"
    r"|triptan\w*|sumatriptan\w*|lityum\w*|linezolid\w*|metoklopramid\w*)"
)
_STARTED = (
    rf"(?:yeni\s+(?:bir\s+)?(?:{_DRUGS}|ilac\w*|hap\w*|tedavi\w*)(?!\s+(?:\S+\s+){{0,2}}?\w+(?:madim"
    rf"|medim|miyorum|mayacagim|meyecegim)\b)|{_DRUGS}\s+(?:\S+\s+){{0,3}}?(?:basla(?!ma)\w*"
    rf"|ekle(?!me)\w*|verdi\w*|veriyorlar|yazdi\w*|aldim|gectim)|(?:gundur|haftadir)\s+(?:de\s+)?"
    rf"{_DRUGS}\s+(?:kullaniyorum|iciyorum)|doz\w*\s+(?:\S+\s+)?(?:artir\w*|yukselt\w*))"
)
_STIRRED = (
    r"(?:terli\w*|terleme\w*|ter\w*\s+(?:icinde|basiyor)|terden\b|sirilsiklam\w*|huzursuz\w*"
    r"|yerimde\s+duramiyo\w*|titri\w*|titreme\w*|ates\w*|usume\w*|usuyorum|gergin\w*|kalp\w*\s+(?:\S+\s+)?"
    r"(?:kut\s+kut|yerinden\s+cikacak|carpiyor)|gozbebek\w*\s+(?:\S+\s+)?(?:kocaman|buyu\w*))"
)
_JERKS = r"(?:sicra\w*|sicriyo\w*|seyir\w*|segir\w*|kasil\w*|atiyor|ziplay\w*|zipliyor\w*)"

FLAGS = {
    R.BREATHLESS_LYING_FLAT: (
        rf"{_LYING}\s+(?:\S+\s+){{0,4}}?{_AIRLESS}",
        rf"{_AIRLESS}\s+(?:\S+\s+){{0,6}}?(?:oturarak\s+uyu\w*|oturup\s+uyu\w*|sirtustu\s+yatamiyorum"
        r"|duz\s+yatamiyorum)",
        rf"nefes\w*\s+[^?]{{0,80}}?{_PROPPED}",
        rf"{_PROPPED}\s+[^?]{{0,60}}?nefes\w*",
        r"(?:gece|geceleri|uykudan)\s+(?:\S+\s+){0,3}?(?:nefessiz|bogularak|nefes\s+nefese)\s+"
        r"(?:uyaniyorum|uyaniyom|uyanirim)\b",
    ),
    R.NUMBNESS_SPREADING: (
        rf"{_NUMB}\s+[^.?!]{{0,120}}?{_CLIMBS}",
        rf"{_CLIMBS}\s+[^.?!]{{0,30}}?{_NUMB}",
        rf"(?:simdi|artik)\s+(?:\S+\s+){{0,2}}?(?:uyluk|diz|baldir|dirse|kaval|kalca|bel)\w*\s+(?:da|de)"
        rf"\s+{_NUMB}",
    ),
    R.WEIGHT_LOSS: (
        rf"{_UNTRIED}\s+(?:\S+\s+){{0,3}}?{_LOSS}\b(?!\s+mi\b)",
        rf"{_LOSS}\s+(?:\S+\s+){{0,3}}?(?:istemeden|diyet\s+yapmadan|rejim\s+yapmadan|diyetsiz"
        r"|sebepsiz\w*|durduk\s+yere)\b",
        rf"{_KILOS}\s+[^.?!]{{0,40}}?{_EATING}",
        rf"{_EATING}\s+(?:ama\s+|ve\s+)?(?:\S+\s+){{0,3}}?{_KILOS}",
        r"(?:zayifla\w*|elbise\w*\s+bol\s+gel\w*|pantolon\w*\s+bol\w*|kemer\w*\s+(?:\S+\s+){0,3}?sik\w*)"
        r"\s+[^.?!]{0,60}?(?:hic\s+)?(?:rejim|diyet)\s+(?:yapmadim|yapmiyorum|yapmadan)",
    ),
    R.NEW_MEDICINE: (
        rf"{_STARTED}\s+[^?]{{0,120}}?{_STIRRED}\s+[^?]{{0,100}}?(?:{_STIRRED}|{_JERKS})",
        rf"{_STARTED}\s+[^?]{{0,120}}?{_JERKS}\s+[^?]{{0,100}}?{_STIRRED}",
    ),
}
