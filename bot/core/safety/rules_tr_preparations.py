"""Turkish preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text (ı and i alike, ş→s, ç→c, ğ→g, ö→o, ü→u: "borçlarımı" is "borclarimi")."""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


# Kin in the dative ("kardeşime", "anneme", "kuzenime"), to whom something is given.
_TO_KIN = (
    r"(?:kardesime|kardesim\w*e|anneme|anneanneme|babaanneme|babama|kuzenime|arkadasima"
    r"|arkadaslarima|ablama|abime|abla\w*a|kizima|ogluma|esime|karima|kocama|sevgilime|komsuma"
    r"|teyzeme|halama|amcama|dayima|yegenime|torunuma|aileme|bacima|kardeslerime|hanima"
    r"|hanimima|torunlarima|cocuklarima)"
)
_PET = r"(?:kedi|kopek|kus|muhabbet\s+kusu|hamster|tavsan|balik|hayvan|pati)\w*"
_MINE = (
    r"(?:kedimi|kedilerimi|kopegimi|kopeklerimi|kusumu|kuslarimi|hayvanlarimi|hamsterimi"
    r"|tavsanimi|baliklarimi|esyalarimi|esyami|kitaplarimi|gitarimi|piyanomu|bisikletimi"
    r"|arabami|motorumu|takilarimi|yuzugumu|saatimi|plaklarimi|bitkilerimi|oyunlarimi"
    r"|konsolumu|koleksiyonumu|bilgisayarimi|laptopumu|kiyafetlerimi|neyim varsa|her seyimi"
    r"|dukkani|dukkanimi|isyerimi|isyerini"
    r"|herseyimi)"
)

GIVEN_AWAY = _s(
    rf"{_MINE} (?:\w+ ){{0,3}}?(?:verdim|verdik|hediye ettim|bagisladim|dagittim|biraktim"
    r"|sahiplendirdim|devrettim|emanet ettim)\b",
    rf"{_TO_KIN} (?:\w+ ){{0,2}}?{_MINE} (?:\w+ )?(?:verdim|biraktim|devrettim)\b",
    rf"{_PET} (?:\w+ ){{0,2}}?(?:sahiplendirdim|yuva buldum|yeni (?:bir )?(?:yuva|ev|aile)"
    r" buldum)\b",
    r"(?:kedim|kopegim|kedilerim|kopeklerim|kusum|hayvanlarim) (?:\w+ ){0,3}?(?:artik |bundan"
    r" sonra )?(?:kardesim\w*|annem\w*|babam\w*|kuzenim\w*|arkadasim\w*|ablam\w*|abim\w*|komsum\w*"
    r"|teyzem\w*|halam\w*)(?:de|da|la|le|yla|yle) (?:kalacak|yasayacak|olacak|kaliyor)\b",
    rf"(?:(?:ev|araba|arabanin|evin|kapi|yedek) )?anahtar\w* (?:\w+ ){{0,2}}?{_TO_KIN} (?:\w+ )?"
    r"(?:verdim|biraktim|teslim ettim)\b",
)
AFFAIRS = _s(
    r"kira\w* (?:\w+ ){0,3}?(?:pesin|onceden|simdiden|ileriye|ilerisini) (?:\w+ )?(?:odedim"
    r"|yatirdim|verdim|hallettim)\b",
    r"ayl\w*k kira\w* (?:pesin |onceden |simdiden )?(?:odedim|yatirdim)\b",
    r"(?:borclarimi|borclari|borcumu|kredimi|kredilerimi|kredi kartimi|kredi kartlarimi"
    r"|hesaplarimi|banka hesabimi|taksitlerimi|faturalarimi) (?:\w+ ){0,2}?(?:kapattim|kapadim"
    r"|odedim|bitirdim|kapatiyorum|hallettim|sifirladim)\b",
    r"vasiyet\w* (?:\w+ ){0,2}?(?:yazdim|hazirladim|yaptim|imzaladim|noter\w*|birakt\w*)\b",
    rf"(?:sifre\w*|pin\w*|parola\w*|belge\w*|evrak\w*|banka bilgi\w*|hesap bilgi\w*|dosya\w*)"
    rf" (?:\w+ ){{0,4}}?{_TO_KIN} (?:\w+ )?(?:verdim|biraktim|yazdim|gonderdim|attim|ilettim)\b",
    rf"{_TO_KIN} (?:\w+ ){{0,2}}?(?:sifre\w*|pin\w*|parola\w*|belge\w*|evrak\w*|banka bilgi\w*)"
    r" (?:\w+ )?(?:verdim|biraktim|yazdim|gonderdim|ilettim)\b",
    r"(?:aboneliklerimi|uyeliklerimi|sigortalarimi|hatti\w*|sosyal medya\w*|instagrami\w*"
    r"|hesaplarimi) (?:\w+ ){0,2}?(?:iptal ettim|kapattim|sildim|dondurdum)\b",
    r"(?:islerimi|isleri|hesaplarimi|her seyi yoluna|evraklarimi) (?:\w+ ){0,2}?(?:yoluna"
    r" koydum|toparladim|hallettim|yoluna soktum|duzene koydum)\b",
)
GOODBYES = _s(
    r"veda (?:mesaj|mektub|mektup|not|yazi|video)\w*",
    r"son (?:mesajim|mesajlarimi|mesajlarim|mektubum|sozlerim|notum)\b",
    rf"{_TO_KIN} (?:\w+ )?(?:mektup|mesaj|not) (?:yazdim|biraktim|hazirladim)\b",
    r"(?:her\s?sey|her seyi?) icin (?:\w+ )?(?:tesekkur\w*|sagol\w*|minnettarim)\b",
    r"hakkini\w* helal (?:et|edin|eyle)\w*",
    r"(?:herkesle|herkese|ailemle|arkadaslarimla) (?:\w+ )?(?:vedalastim|veda ettim"
    r"|helallestim)\b",
)
FINALITY = _s(
    r"her\s?sey (?:artik |simdi |zaten )?(?:hazir|ayarlandi|halloldu|yerli yerinde|tamam)\b",
    r"her\s?seyi (?:\w+ )?(?:hazirladim|ayarladim|hallettim|ayarladim|planladim)\b",
    r"(?:artik |bundan sonra )?(?:ihtiyacim|gerekim|isime yaramayacak) (?:\w+ )?(?:olmayacak"
    r"|kalmayacak)\b",
    r"(?:benim )?artik (?:bunlara|onlara|buna|hicbir seye) ihtiyacim (?:yok|kalmadi)\b",
    r"kimse\w* (?:\w+ ){0,2}?(?:zahmet|yuk|sorun|dert|sikinti|ugras\w*) (?:\w+ )?(?:olmasin"
    r"|kalmasin|cikmasin|cekmesin|vermeyeyim|olmayacak)\b",
    r"(?:sonra|bir gun|ilerde|ileride|zamanla|elbet) (?:\w+ )?anlayacak\w*",
    r"(?:boylesi|en iyisi bu|boyle) (?:daha )?(?:iyi|dogru)\b",
    r"ben (?:gidince|gittikten sonra|olmayinca|oldukten sonra|oldugumde|gittigimde)\b",
    # A day and an ending: "cuma akşamı bitireceğim." (the clause ends there).
    r"(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|yarin|bu gece|bu aksam) (?:\w+ )?"
    r"(?:bitirecegim|bitiricem|bitircem)(?=\s*(?:[.!;…]|$))",
)

# Sets S, T: a thing not needed after a day ("gitarımı arkadaşıma verdim, pazardan sonra bana
# lazım olmayacak"), a message set to go out to everyone.
FINALITY += _s(
    r"(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|yarin|hafta sonu)(?:dan|den|tan"
    r"|ten|ndan|nden)? sonra (?:\w+ )?(?:bana )?(?:lazim|gerek|ihtiyacim) (?:\w+ )?(?:olmayacak"
    r"|kalmayacak|yok)\b",
    r"(?:herkese|hepinize|aileme|arkadaslarima) (?:\w+ ){0,3}?(?:zamanli|zamanlanmis|planli"
    r"|ileri tarihli) (?:\w+ )?(?:mail|e posta|mesaj)\w*",
)
