"""Turkish safety rules, over normalised text: ı, İ and i are all i, and ş, ğ, ç, ö, ü fold to
s, g, c, o, u (as on keyboards without Turkish letters).

Negation in Turkish sits inside the verb ("istemiyorum") or after the word ("güçsüzlük yok",
"zayıf değil"), so rules spell out negated verbs and "yok"/"değil" deny what precedes them.
"Açlıktan ölüyorum", "gülmekten öldüm", "bu tik beni öldürüyor" are idioms.
"""

from __future__ import annotations

from bot.core.safety.caffeine_idioms import CAFFEINE
from bot.core.safety.common import words
from bot.core.safety.means_ready import MEANS_READY
from bot.core.safety.panic_ahead import AHEAD
from bot.core.safety.rules_tr_edge import DECIDED, EDGE
from bot.core.safety.rules_tr_flags import FLAGS
from bot.core.safety.rules_tr_harm import HARM_NOW
from bot.core.safety.rules_tr_idioms import MORE_IDIOMS
from bot.core.safety.rules_tr_plans import MORE_ASK, MORE_CRISIS
from bot.core.safety.rules_tr_preparations import AFFAIRS, FINALITY, GIVEN_AWAY, GOODBYES
from bot.core.safety.rules_tr_swallowed import swallowed
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_LIMB = r"(?:elim|elimde|ellerim|ellerimde|kolum|kolumda|bacagim|bacagimda|ayagim|ayagimda"
_LIMB += r"|parmaklarim|parmaklarimda|kasim|kaslarim|kaslarimda)"
_SUDDEN = r"(?:aniden|birden|bir\s+anda|birdenbire)"
_G = r"(?:\S+\s+)"  # any one word or punctuation mark
_DRUG = r"(?:ilac|hap|parol|xanax|parasetamol|agri\s+kesici|uyku\s+ilac|uyku\s+hap|ampul"
_DRUG += r"|insulin)\w*"
_JUMP = r"(?:atl(?:ayacagim|ayacam|aycam|icam|ayicam|arim|ayip)|at(?:acagim|icam|acam))\b"

CRISIS = (
    # Never waking, not existing, "bensiz daha iyi olurlar": the passive wish, asked about
    # (ASK below); "yaşamak istemiyorum" stays a crisis.
    r"(?:olmek|olmeyi|olmeyi\s+cok)\s+(?:istiyorum|isterdim|istedim|istiyom|istiyorm)\b",
    r"(?:olsem|olseydim|olup\s+gitsem)\s+(?:daha\s+iyi|keske|de\s+kurtulsam)\b",
    r"keske\s+(?:olsem|olseydim)\b",
    r"(?:artik\s+)?yasamak\s+(?:istemiyorum|istemiyom|istemiyorm)\b",
    r"(?:yasamak\s+)?istemiyorum\s+artik\s+yasamak\b",
    r"kendimi\s+(?:oldur\w*|asmak|asacagim|kesiyorum|kesmek|kestim|yaralamak)\b",
    r"(?:intihar)\w*",
    r"(?:oldurecegim|oldurcem|oldurucem|olduruyorum)\s+kendimi\b",
    r"(?:canima|hayatima)\s+(?:kiy\w*|son\s+ver\w*)",
    r"her\s+seye\s+son\s+ver\w*",
    r"kendime\s+zarar\s+ver(?!irdim\b)\w*",
    r"jilet\s+(?:atiyorum|attim|atmak)\b",
    r"(?:haplari|hap|ilaclari|ilac)\s+(?:\w+\s+)?(?:biriktirdim|biriktiriyorum|sakladim"
    r"|topladim)\b",
    r"asiri\s+doz\w*",
    r"(?:butun|tum)\s+(?:haplari|ilaclari)\s+(?:icecegim|icmek|yutacagim)\b",
    r"veda\s+mektub\w*",
    r"(?:bu\s+bir\s+veda|herkese\s+elveda|elveda\s+herkese|hosca\s+kalin\s+herkes)\b",
    r"(?:kopruden|binadan|catidan|camdan)\s+(?:\w+\s+)?atla\w*",
    r"yasamak\s+icin\s+(?:hicbir\s+|bir\s+)?(?:sebebim|nedenim)\s+(?:yok|kalmadi)\b",
    r"yasamanin\s+(?:hicbir\s+)?anlami\s+(?:yok|kalmadi)\b",
    # Issue 20: stockpiling, "how many to not wake up", a plan with a place, self-harm acts.
    rf"{_DRUG}\s+{_G}{{0,5}}?(?:biriktir\w*|sakladim|topladim)",
    r"(?:tarla|tarim)\s+ilac\w*\s+(?:\S+\s+){0,12}?ic(?:ecegim|icem|meyi|tim)\w*",
    r"kac\s+(?:tane|kutu|mg)\s+(?:\S+\s+){0,6}?(?:uyanmaz\w*|yetmesi|kesin\s+olur|olur\s+mu\s+insan)",
    r"(?:olumcul|oldurucu)\s+doz\w*",
    rf"(?:kopru|kat|cati|balkon|viyaduk|pencere|iskele|ucurum|korkuluk)\w*\s+{_G}{{0,14}}?{_JUMP}",
    rf"(?:kendimi|kendimizi)\s+{_G}?{_JUMP}",
    r"(?:artik|yakinda|o\s+zaman|ben\s+artik)\s+(?:olmayacagim|yokum|olmicam)\b",
    r"(?:son\s+mesajim|hakkinizi\s+helal\s+edin|son\s+kez\s+giriyorum|yaptim\s+demektir)\b",
    r"veda\w*\s+(?:\S+\s+){0,2}?(?:video|mektup|not)\w*",
    # A farewell message drafted or set to go ("taslakta duruyor, pazar göndericem").
    r"veda\s+(?:mesaj|yazi|maili|e-?posta)\w*\b[^!?]{0,60}?(?:taslak\w*|zamanla\w*|gonderic\w*"
    r"|gondereceg\w*|gondercem|yollayacag\w*|yollicam|yolluca\w*|hazir\s+bekliyor)",
    # Not a farewell before a holiday, a move or a new job ("herkese veda ettim, yarın izne
    # çıkıyorum").
    r"herkese\s+(?:\S+\s+){0,2}?veda\w*(?![^?]{0,80}(?:izin|izne|izinde|tatil\w*|bodrum|memleket\w*"
    r"|tasin\w*|emekli\w*|yeni\s+is\w*|istifa\w*|askere|yurt\s*disi\w*|erasmus|gurbet\w*))",
    r"(?:kestim|kesiyorum|kesicem|kesecegim)\s+kendimi\b",
    r"(?:bilegimi|bileklerimi|kollarimi)\s+(?:\S+\s+)?kes\w*",
    r"(?:kolumu|bacagimi)\s+(?:kesiyorum|kestim\s+yine|yakiyorum|yaktim\s+yine)\b",
    r"jilet\w*\s+(?:\S+\s+)?kest\w*",
    r"kafami\s+duvar\w*\s+(?:vur|carp)\w*",
    r"ip\w*\s+(?:\S+\s+){0,5}?(?:kiris|tavan|kiler|agac)\w*\s+bagl\w*",
    r"tabanca\w*\s+(?:\S+\s+){0,8}?(?:bitiriyorum|bitirecegim|yapicam|yapacagim)\b",
    r"(?:duvara|bariyere|ucuruma|tira|tirla)\s+(?:\S+\s+){0,2}?(?:girecem|girecegim|dalacagim|dalicam"
    r"|gitsem|surup)\b",
    r"direksiyonu\s+(?:birakip|kirayim|kirip)\b",
    r"motor\s+calisiyor\s+(?:\S+\s+)?kapi\s+kapali\b",
    r"korkulug\w*\s+dis\w*",
    rf"(?:kararimi\s+verdim|karar\s+verdim)\s+{_G}{{0,8}}?(?:{_JUMP}|son\s+gun\s+benim|kopruye\s+gid\w*"
    r"|bu\s+is\s+bitecek|her\s+sey\s+bitecek|orada\s+duracagim)",
    r"(?:yine|gene|tekrar)\s+(?:\S+\s+)?(?:kolumu|bacagimi|bilegimi|kendimi)\s+(?:kestim|kesiyorum|yaktim)\b"
    r"(?![^.?!]{0,40}(?:kazara|yanlislik\w*|mutfak\w*|yemek|sogan|ekmek|firin\w*|ocak\w*))",
    r"(?:bir\s+kutu\s+doldu|ne\s+kadar\w*\s+yetecegini|penceredeyim|catisindayim|bacaklarim\s+disarda"
    r"|son\s+gonderi\w*)\b",
    r"(?:gol\w*|deniz\w*)\s+(?:\S+\s+){0,3}?(?:acilacagim|yuruyecegim|girecegim)\s+(?:\S+\s+){0,2}?"
    r"(?:donmeyecegim|geri\s+donmek\s+yok)\b",
    r"(?:birisi\s+bilsin|birinin\s+bilmesini|birine\s+soylemek)\s+istedim\b",
    # Round 4: the how settled, a bridge and a date, into the water unable to swim, a platform.
    r"nasil\s+yapacagim\s+belli\b",
    r"tarihi\s+sectim\s+(?:\S+\s+){0,12}?kopru\w*",
    r"(?:denize|suya|gole)\s+(?:\S+\s+){0,6}?yuzme\s+bilmiyorum\b",
    r"tren\s+gelirken\s+saniye\s+say\w*",
    r"oraya\s+(?:donup\s+)?atlayacagim\b",
    # "kaç tane uyku hapı içersem uyanmam": how many pills it would take not to wake.
    r"(?:icersem|alirsam|yutarsam)\s+(?:bir\s+daha\s+)?(?:uyanmam|olurum|oldurur|oldurmeye\s+yeter)"
    r"\b",
    *MORE_CRISIS,
)

ASK = (
    # Round 9, one policy in all languages: a passive wish with no method, plan, time or
    # farewell is asked about, as the blind writers label it (never waking, not existing).
    r"(?:bir\s+daha\s+|bi\s+daha\s+)?uyanmak\s+(?:istemiyorum|istemiyom)\b",
    r"bensiz\s+daha\s+(?:iyi|mutlu|rahat)\s+(?:olurlar|olacaklar|olur)\b",
    r"(?:artik\s+)?var\s+olmak\s+(?:istemiyorum|istemiyom)\b",
    r"yasama\s+(?:istegim|sevkim|hevesim)\s+(?:yok|kalmadi)\b",
    r"(?:artik|daha\s+fazla)\s+dayanamiyorum\b",
    r"(?:kaybolmak|yok\s+olmak|ortadan\s+kaybolmak)\s+(?:istiyorum|istiyom)\b",
    r"her\s+seyden\s+(?:cok\s+)?yoruldum\b",
    r"(?:hicbir\s+)?cikis\s+yolu\s+(?:goremiyorum|yok)\b",
    r"(?:herkese|aileme)\s+yuk\s+(?:oluyorum|oldum)\b",
    r"umudum\s+kalmadi\b",
    # Issue 20: a burden, trapped, what's the point, nobody would notice, tired of living.
    r"(?:herkese|aileme|cocuklarima|ogluma|kizima|onlara|esime|size)\s+(?:\S+\s+){0,2}?yuk\s+ol\w*",
    r"(?:yukten\s+baska|fazlaligim|kimsenin\s+bana\s+ihtiyaci\s+yok)\b",
    # "kolumu artık kaldıramıyorum" is weakness: an object before it keeps it out.
    r"(?:artik(?<![iuy]\sartik)\s+(?:katlanamiyorum|kaldiramiyorum)|katlanamiyorum\s+artik"
    r"|kaldiramiyorum(?<![iuy]\skaldiramiyorum)\s+artik)\b",
    r"(?:dayanacak|savasacak|yasayacak)\s+(?:gucum|halim|takatim)\s+(?:kalmadi|yok)\b",
    r"(?:cikis(?<!acil\scikis)|kacacak\s+(?:hicbir\s+)?yer)\s+yok\b",
    r"(?:kapana\s+kisil\w*|kafes\w*\s+gibi|cikmaz\s+sokaktayim|koseye\s+sikistim|tuzakta\s+gibi)",
    r"(?:hicbir\s+seyin|her\s+seyin)\s+anlam\w*\s+(?:yok|kalmadi|goremiyorum)\b",
    r"(?:ne\s+anlami\s+var|her\s+sey\s+anlamsiz|neye\s+yarar|neden\s+yasiyorum)\b",
    r"neden\s+kalkiyorum\b",
    r"gelecek\w*\s+(?:\S+\s+){0,2}?goremiyorum\b",
    r"(?:kaybolsam|olmasam|donmesem|gitmesem|olsam)\s+(?:\S+\s+){0,4}?(?:kimse\s+fark\s+etmez"
    r"|kimsenin\s+haberi\s+olmaz|daha\s+rahat\s+ederler)\b",
    r"(?:yasamaktan|var\s+olmaktan|hayattan)\s+yoruldum\b",
    r"bensiz\s+daha\s+(?:iyi|rahat|mutlu)\s+olurdu\b",
    r"uyuyup\s+(?:\S+\s+){1,3}?(?:hic\s+)?uyanmamak\b",
    r"(?:uyusam|uyusam\s+da)\s+(?:\S+\s+){0,3}?uyanmasam\b",
    r"(?:allah|tanri)\s+canimi\s+alsa\b",
    r"(?:kalkmak|yasamak)\s+icin\s+(?:bir\s+)?(?:sebep|neden)\s+bulamiyorum\b",
    r"her\s+sey\s+(?:\S+\s+)?cekilmez\b",
    r"(?:nasil\s+duzelecegini\s+goremiyorum|hic\s+uyanmamak)\b",
    # Round 4: wishing never to have been born, affairs wound up, "I won't come back", no after.
    r"keske\s+(?:hic\s+dogmasaydim|dogmamis\s+olsaydim)\b",
    r"(?:uyuyup|uyuyup\s+de)\s+bir\s+daha\s+uyanmamak\b",
    r"ve\s+(?:geri\s+)?donmeyecegim\b",
    r"(?:gunu|aksam|gece|hafta\s+sonu|yarin)\s+her\s+sey\s+bitecek\b",
    r"bir\s+daha\s+yazmayacagim\b",
    r"hayat\s+sigortasi\s+(?:oder|oduyor|karsilar|oduyecek)\b",
    r"derin\s+diye\s+(?:\S+\s+){0,4}?karar\s+verdim\b",
    r"(?:pazara|cumaya|haftaya|yarina|aksama)\s+kadar\s+isim\s+bitecek\b",
    r"artik\s+gerek\s+kalmayacak\b",
    r"hic\s*bir\s+sey\w*\s+anlam\w*\s+(?:yok|kalmadi)\b",
    r"birer\s+mektup\s+(?:\S+\s+){0,8}?icim\s+rahat\b",
    r"(?:ben\s+gidince\s+(?:\S+\s+){0,3}?(?:ac\s+kalmasin|baksin)|cok\s+yakinda\s+gidecegim)\b",
    r"sonrasi\s+yok\s+zaten\b",
    r"(?:kedimi|kopegimi|kusumu|kanaryayi)\s+(?:\S+\s+){0,10}?geri\s+almayacagim\b",
    r"bogul\w+\s+(?:\S+\s+){0,2}?kimse\s+fark\s+etmiyor\b",
    # "dayanamıyorum artık", and everything given away as there is no need any more.
    r"dayanamiyorum\s+artik\b",
    # Said of a friend: "kaybolmak istiyormuş, artık dayanamıyormuş".
    r"(?:kaybolmak|olmek|yok\s+olmak)\s+(?:istiyormus|istedigini)\b|(?:artik\s+)?(?:dayanamiyormus"
    r"|dayanamadigini)\b",
    r"uyumak\s+ve\s+(?:bir\s+daha\s+|hic\s+)?uyanmamak\b",
    r"(?:ailem|herkes|cocuklarim|esim|annem|babam)\s+icin\s+(?:\S+\s+)?yuk\s+(?:oluyorum|oldum|olmak)\b",
    r"(?:her\s+seyimi|esyalarimi|neyim\s+varsa)\s+(?:\S+\s+){0,2}?(?:dagittim|dagitiyorum|verdim"
    r"|bagisladim)\b(?![^!?]{0,40}?(?:tasin|goc|yurt\s*disi))[^!?]{0,80}?artik\s+(?:bana\s+|onlara\s+)?gerek\s+(?:yok|kalmadi)\b",
    *MORE_ASK,
)

EMERGENCY = {
    E.FACE_DROOP: (
        r"(?:yuzum|agzim|dudagim)\s+(?:\w+\s+)?(?:kaydi|kaymis|yamuldu|sarkti|dustu|carpildi)\b",
        r"(?:yuzu|agzi|agzim|yuzum)\s+(?:\S+\s+){0,3}?(?:kaydi|kaymis|sarkti|sarkiyor|sarkmis)\b",
        r"(?:yuzunun|agzinin|yuzumun|agzimin)\s+(?:\S+\s+)?tarafi\s+(?:\S+\s+)?(?:dustu|sarkti"
        r"|sarkiyor|kaydi|kaymis)\b",
        r"yuzumun\s+(?:bir\s+tarafi|sol\s+tarafi|sag\s+tarafi)\s+(?:\w+\s+)?(?:dustu|sarkti"
        r"|kaydi|uyustu|tutmuyor)\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(2)}(?:konusamiyorum|konusamaz\s+oldum|konusamadim|dilim\s+dolas\w*"
        r"|kelimeleri\s+soyleyemiyorum)\b",
        r"konusmasi\s+(?:\S+\s+)?(?:bozuldu|anlasilmiyor)\b",
        rf"{_SUDDEN}\s+kelimeler\s+karisti\b",
        rf"{_SUDDEN}\s+(?:peltek\s+peltek|sacma)\s+konusmaya\s+basladi\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        rf"{_SUDDEN}\s+{words(2)}(?:vucudumun|bedenimin)\s+(?:bir|sol|sag)\s+tarafi\s+(?:\w+\s+)?"
        r"(?:gucsuz\w*|uyustu|tutmuyor|felc|hissizlesti)\b",
        r"(?:vucudumun|bedenimin)\s+(?:bir|sol|sag)\s+tarafinda\s+ani\s+(?:guc\s+kaybi|uyusma"
        r"|gucsuzluk)\b",
        r"(?:sol|sag)\s+(?:kolunu|kolu|kolum|elim)\s+(?:\S+\s+)?(?:kaldiramiyor|tutmuyor|tutmaz\s+oldu"
        r"|dustu|sarkiyor)\b",
        rf"{_SUDDEN}\s+(?:sol|sag)\s+tarafim\s+(?:tutmaz\s+oldu|tutmuyor|uyustu)\b",
        rf"(?:{_SUDDEN}\s+(?:sol|sag)\s+gozum\s+(?:gormuyor|karardi)|perde\s+in\w*\s+gibi)\b",
        r"(?:bir|sol|sag)\s+tarafimda\s+ani\s+(?:guc\s+kaybi|uyusma|gucsuzluk)\b",
        rf"(?:bir|sol|sag)\s+goz(?:u|um|unu|leri)\s+(?:\S+\s+)?{_SUDDEN}\s+(?:\S+\s+)?(?:gormuyor"
        rf"|gormez\s+oldu|karardi|kapandi)\b",
    ),
    E.WORST_HEADACHE: (
        r"hayatimin\s+en\s+(?:kotu|siddetli|agir)\s+bas\s+agri\w*",
        r"(?:kafamin|basimin)\s+icinde\s+(?:\S+\s+){0,2}?patladi\b",
        r"(?:patlar\s+gibi\s+agri\w*|muthis\s+bir\s+bas\s+agrisi)",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:gogsumde|gogus)\s+(?:agri\w*|baski\w*|sikisma\w*)\s+{words(3)}(?:sol\s+)?(?:kolum\w*"
        r"|kola|ceneme|ceneye|boynuma)\s+(?:\w+\s+)?(?:yayiliyor|vuruyor|gidiyor)\b",
        r"(?:gogsum|gogsun|gogsume|gogus)\w*\s+(?:\S+\s+){0,10}?(?:kol|cene|boyn|sirt)\w*\s+(?:\S+\s+)?"
        r"(?:dogru\s+)?(?:vuruyor|yayiliyor|cikiyor)\b",
        r"(?:gogsum|gogsun|gogsume|gogus)\w*\s+(?:\S+\s+){0,14}?(?:soguk\s+(?:soguk\s+)?ter|sirilsiklam"
        r"\s+terle)\w*",
    ),
    E.CANNOT_BREATHE: (
        r"(?:bogazim\s+(?:\S+\s+)?(?:kapaniyo\w*|daraliyor|sisiyor)|dilim\s+sis\w*|cumle\s+kuramiyor)",
        r"dudaklarim\s+(?:\S+\s+){0,2}?sis\w*",
        r"(?:fistik|findik|ari\s+sok|antibiyotig|alerj)\w*\s+(?:\S+\s+){0,12}?(?:bogaz|dil|dudak|yuz"
        r"|goz)\w*\s+(?:\S+\s+)?(?:sisti|sisiyor|kabardi)\b",
        # Breathless lying flat is a red flag (RED_FLAGS below): not right after lying down.
        r"nefes(?<!burnumdan\snefes)(?<!burnumla\snefes)(?<!yatinca\snefes)(?<!yatarken\snefes)"
        r"(?<!uzaninca\snefes)(?<!yattigimda\snefes)(?<!sirtustu\snefes)(?<!yatinca\sda\snefes)"
        r"\s+(?:alamiyorum|alamiyom|alamadim)\b(?!\s+(?:burnumdan|gulmekten))"
        r"(?![^.?!]{0,40}(?:oturarak\s+uyu|oturup\s+uyu|yatinca|yatarken|sirtustu))",
    ),
    E.HEART_ATTACK_OR_STROKE: (r"(?:kalp\s+krizi|felc|inme)\s+geciriyorum\b",),
}

HEAD_INJURY = (
    r"(?:basimi|kafami)\s+(?:\w+\s+)?(?:carptim|vurdum|captim)\b",
    r"(?:beyin\s+sarsintisi|kafa\s+travmasi)\b",
    r"(?:kafa|bas)\w*\s+(?:\S+\s+){0,3}?(?:carpti|vurdu|dustu|kafa\s+attim|yumruk\s+yedim|tekmeledi)\w*",
    r"kafa\s+attim\b",
)
CONFUSION = (
    r"kafam\s+karisik\b",
    r"(?:kafa(?:m|si)\s+(?:karis|karmakaris)\w*|kus(?:tum|tu|uyor|uyo|uyorum)|ayni\s+(?:\S+\s+)?sor\w*)\b",
    r"(?:hatirlamiyorum|sersem\w*|uyuklayip|uykulu|nerde\s+oldugunu|nerede\s+oldugunu|sacma\s+sapan)\b",
    r"(?:nerede\s+oldugumu\s+bilmiyorum|bilincimi\s+kaybettim|bayildim|sersemledim)\b",
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_LIMB}\s+(?:\w+\s+){{0,2}}?(?:zayif\w*|gucsuz|gucsuzluk|guc\s+kaybi|gucum\s+yok)\b",
        r"anahtar\w*\s+(?:\S+\s+)?(?:ceviremiyorum|donduremiyorum|ceviremiyom)\b(?![^.?!]{0,40}(?:kilit"
        r"|bozuk|sikis\w*|kirik))",
        r"ucunu\s+(?:\S+\s+)?(?:kaldiramiyorum|kaldiramiyom)\b|ayag\w*\s+(?:\S+\s+){0,2}?yere\s+(?:carpiyor"
        r"|vuruyor|carpiyo)\b",
        r"kas\s+(?:gucsuzlugu|zayifligi)\b",
        r"(?:kavanoz|kavanozu|bardak|bardagi|sise|siseyi|poset)\s+(?:\w+\s+)?(?:acamiyorum"
        r"|tutamiyorum|kaldiramiyorum)\b",
        r"(?:elimi|kolumu|ayagimi)\s+(?:artik\s+)?(?:kaldiramiyorum|sikamiyorum)\b",
        r"(?:dusuk\s+ayak|ayak\s+dusuklugu)\b",
        r"ayagimi\s+(?:surukluyorum|suruyorum)\b",
        r"(?:tutunmadan|asilmadan)\s+(?:\S+\s+)?kalkamiyorum\b",
        r"(?:bacagim|ayagim)\s+beni\s+tasimiyor\b",
        r"(?:elimden|parmaklarimdan)\s+(?:\S+\s+)?kay(?:iyor|ip|iyo)\w*",
        r"ayak\s+ucu\w*\s+(?:\S+\s+)?(?:kalkmiyo\w*|kaldiramiyor\w*|takiliyo\w*)",
        r"(?:eskisi\s+gibi\s+sikamiyorum|parmak\s+ucunda\s+duramiyorum|yere\s+(?:sap\s+sap|pat\s+pat))\b",
        r"(?:caydanlig|bardag|kalem|bijon)\w*\s+(?:\S+\s+)?(?:kaldiramiyorum|tutamiyorum)\b",
    ),
    R.WASTING: (
        r"(?:kas\s+erimesi|kas\s+kaybi|atrofi)\w*",
        r"(?:parmak\w*|avuc\w*)\s+(?:\S+\s+){0,3}?(?:arasi|arasinda)\s+(?:\S+\s+)?(?:cukur\w*|cokmus|coktu"
        r"|incel\w*)",
        rf"{_LIMB}\s+(?:\w+\s+)?(?:inceldi|kuculdu|eridi|coktu)\b",
        r"kas\w*\s+(?:\S+\s+){0,2}?(?:erimis|cokmus|gitti|cukurlasti|bos\s+gorunuyor)\b",
        r"(?:cukur\s+olustu|duzlesmis|incelmis|ince\s+kaldi|bol\s+gelmeye|bol\s+duruyor)\b(?!\s+mi\b)",
        r"(?:soldan|sagdan)\s+(?:\S+\s+){0,3}?(?:ince|incelmis)\b",
    ),
    R.SWALLOWING: (
        r"(?:yutkunmakta|yutmakta|yutarken)\s+(?:\w+\s+)?(?:zorlaniyorum|zorluk\s+cekiyorum)\b",
        r"(?:yutamiyorum|yutma\s+guclugu)\b",
        r"(?:yutkunmak|yutmak)\s+(?:\S+\s+)?zor\w*",
        r"(?:lokma|yemek|ekmek|kebap)\w*\s+(?:\S+\s+){0,2}?(?:takiliyor|kaliyor)\b",
        r"(?:yanlis\s+yere\s+kaciyor|su\s+icerken\s+oksuruyorum)\b",
        r"(?:su|sivi|icecek)\w*\s+(?:\w+\s+)?(?:bogul\w*|kaciyor|tikaniyorum)\b",
    ),
    R.SPEECH: (
        r"konusmam\s+(?:\w+\s+)?(?:peltek\w*|bozuldu|anlasilmiyor|bulaniklasti|yavasladi)\b",
        r"(?:peltek|anlasilmaz)\s+konusuyorum\b",
        r"(?:sesim|sesimin)\s+genizden\b",
        r"(?:kelimeleri\s+net\s+cikaramiyorum|dilim\s+agir\s+geliyor|peltek\s+konustugumu|yayvanlas\w*)",
        r"agzinda\s+bir\s+sey\s+varmis\s+gibi\s+konus\w*",
    ),
    R.FALLS: (
        r"(?:sik\s+sik|surekli|sik)\s+(?:\w+\s+)?(?:dusuyorum|tokezliyorum|sendeliyorum)\b",
        r"elimden\s+(?:\w+\s+)?(?:her\s+sey|esyalar|bir\s+seyler|bir\s+sey|bisey|bi\s+seyler)\s+"
        r"(?:\w+\s+)?dusuyor\b",
        r"(?:dizlerim|bacaklarim)\s+(?:birden\s+)?(?:bosal\w*|birakiyor)",
        r"(?:her\s+seyi|esyalari|bardaklari|bir\s+seyleri)\s+(?:elimden\s+)?(?:dusuruyorum|dusurup"
        r"\s+duruyorum)\b",
        r"(?:durduk\s+yere\s+dustum|(?:iki|uc|dort|bes|birkac)\s+(?:kez|kere)\s+(?:\S+\s+)?dustum)\b",
    ),
}

SPREADING = (r"(?:yayiliyor|yayildi|tum\s+vucuduma|her\s+yerime)\b",)
NUMBNESS = (r"(?:uyusma|uyusuyor|uyustu|karincalanma|karincalaniyor|hissizlik)\w*",)
INJURY = (r"(?:kaza|kazadan|dustum|dustukten|dusme|dusmeden|sakatlik|kirik|burkuldu)\w*",)

HEALTH_ANXIETY = (
    r"(?:als|ms|kanser|tumor|ciddi\s+bir\s+sey)\s*(?:mi|olabilir|olmasindan|oldugumdan)\w*",
    r"(?:amiyotrofik\s+lateral\s+skleroz)\b",
    r"(?:oluyor\s+muyum|olecek\s+miyim)\b",
    r"olmek\s+istemiyorum\b",
    r"(?:tehlikeli|ciddi)\s+mi\b",
)

IDIOMS = (
    # "Everything is ready for the party": finality only when nothing ordinary is ready.
    r"(?:parti|dogum\s+gunu|dugun|tatil|yolculuk|seyahat|sinav|toplanti|misafir|yemek|bayram|piknik"
    r"|kutlama|gezi|nisan|konser|kamp|sunum|tasinma|okul|hafta\s+sonu)\w*\s+icin\s+her\s?sey\s+"
    r"(?:hazir|tamam)\b",
    r"(?:acliktan|gulmekten|uykudan|sicaktan|soguktan|meraktan|sikintidan|can\s+sikintisindan"
    r"|utanctan|susuzluktan)\s+(?:ol\w*)",
    r"(?:olesiye|olu\s+gibi)\s+(?:yorgun\w*|sikil\w*)",
    r"beni\s+(?:olduruyor|oldurecek)\b",
    r"(?:icin|uruna)\s+(?:adam\s+)?oldururum\b",
    # Round 4: suicide as a subject, a joke taken back, a past lived through, a faint on TV.
    r"intihar\s+(?:riski\s+)?(?:isaret|belirti|calisma|oran|istatistik)\w*",
    r"intiharlar\w*\s+art\w*",
    r"kendimi\s+\w+\s*\.*\s*yani\s+(?:\S+\s+){0,4}?atacagim\b",
    r"(?:yil|ay)\s+once\s+(?:\S+\s+){0,6}?olmek\s+istedim\s*[.,]?\s+(?:simdi|artik)\b",
    r"(?:izliyorum|dizide|filmde)\s*,?\s+(?:\S+\s+){0,3}?(?:biri|birisi)\s+bayildi\b",
    r"gulmekten\s+(?:\S+\s+)?nefes\s+(?:alamiyorum|alamiyom|alamadim|kesildi)\b",
    r"(?:dizide|filmde|haberde|haberlerde|romanda|kitapta|radyoda|programda|belgeselde|gazetede"
    r"|videoda|podcastte)\s+(?:\S+\s+){0,4}?(?:kopruden|binadan|catidan|camdan|balkondan)\s+(?:\w+\s+)?"
    r"(?:atladi|atlamis|atlayan)\w*",
    # Someone else who jumped, told about ("köprüden atlayan birini anlattılar").
    r"(?:kopruden|binadan|catidan|camdan|balkondan)\s+(?:\w+\s+)?atlayan\s+(?:bir\s+)?(?:biri\w*"
    r"|adam\w*|kadin\w*|genc\w*|kiz\w*|cocug\w*|ogrenci\w*|kisi\w*|insan\w*|asker\w*|hasta\w*)",
    # A character in a series or a film who took their own life.
    r"(?:dizide|filmde|romanda|kitapta|oyunda|belgeselde|haberde|haberlerde|radyoda)\s+(?:\S+\s+){0,4}?"
    r"intihar\s+(?:etti|ediyor|etmis|etmisti|eden)\w*",
    r"(?:karakter|kahraman|oyuncu|sarkici|unlu)\w*\s+(?:\S+\s+)?intihar\s+(?:etti|ediyor|etmis|etmisti"
    r"|eden)\w*",
    # Someone else's hyperbole quoted and called so ("müşteri 'kendimi öldürücem' dedi ya,
    # insanlar çok abartıyor").
    r"kendimi\s+(?:oldur\w*|asarim|asicam|atarim)\s+(?:diyor|dedi|demis|diye\s+\w+)\b"
    r"(?=[^?]{0,80}(?:abart\w*|saka\w*|espri\w*|gulduk|gulup|dalga\s+gec\w*|laf\s+olsun))",
    *MORE_IDIOMS,
)

SOMEONE_ELSE = (
    r"(?:annem|babam|esim|kocam|karim|oglum|kizim|arkadasim|kardesim|abim|ablam|bebegim|dedem"
    r"|ninem|babaannem|anneannem|birisi|biri|adam|kadin)\s+(?:\w+\s+){0,3}?(?:bayildi|yere\s+yigildi"
    r"|nefes\s+almiyor|tepki\s+vermiyor|bilinci\s+kapali|kendinde\s+degil|kriz\s+geciriyor"
    r"|nobet\s+geciriyor|uyanmiyor|morariyor)\b",
    # Issue 20: the signs alone, in the third person, name someone else.
    r"(?:yere|masada|banyoda|mutfakta|koltukta|sofrada|onune|babam|annem|esim|kocam)\s+yigildi\b",
    r"nefes\s+(?:almiyo\w*|aliyor\s+mu)",
    r"(?:nefesi|nefesini)\s+(?:\S+\s+)?(?:yavas|garip|duyamiyorum)\w*",
    r"(?:hiril\s+hiril|garip)\s+nefes\s+aliyor\b",
    r"(?:uyandiramiyorum|uyanmiyo|oksuremiyor|kipirdamiyor)\b",
    # Sets S-T: pills at a party, and now someone will not wake or breathes slowly.
    r"(?:partide|festivalde|kulupte|eglencede|dugunde)\s+(?:\S+\s+){0,3}?(?:hap|ilac|ekstazi|mdma)\w*"
    r"\s+(?:\S+\s+){0,2}?(?:almis|aldi|icmis|icti|yutmus|yuttu)\b[^?]{0,60}?(?:uyanmiyor"
    r"|uyandiramiyor\w*|ayilmiyor|kendine\s+gelmiyor|tepki\s+vermiyor|yavas\s+nefes\s+aliyor)\b",
    r"(?:yigildi|yerde|yatiyo\w*|sarsiyorum|salliyoruz|seslendim|dustu|almiyor)\s+(?:\S+\s+){0,5}?"
    r"(?:hic\s+)?(?:tepki|cevap)\s+(?:yok|vermiyor)\b",
    r"(?:dudaklari|yuzu|rengi)\s+(?:\S+\s+)?(?:mor|mosmor|gri|morardi|morariyor)\b",
    r"(?:adam|kadin|biri|arkadas\w*)\s+(?:\S+\s+){0,3}?kasiliyor\b",
    r"(?:butun|her)\s+(?:vucut|vucudu|yeri)\s+titriyor\b",
    r"gozleri\s+(?:\S+\s+)?kaydi\b",
    r"dustu\s+(?:\S+\s+){0,3}?cevap\s+(?:vermiyor|yok)\b",
)
OVERDOSE_TAKEN = (
    r"(?:butun|tum|bir\s+kutu|bir\s+avuc|cok\s+fazla)\s+(?:\w+\s+){0,2}?(?:ilac\w*|hap\w*)"
    r"\s+(?:\w+\s+){0,2}?(?:ictim|yuttum|aldim)\b",
    rf"(?:butun|tum|bir\s+kutu|bir\s+avuc|cok\s+fazla|bir\s+suru|cok)\s+{_G}{{0,3}}?{_DRUG}\s+{_G}{{0,3}}?"
    r"(?:ictim|icti|icmis|ictigini|yuttum|attim|atti)\w*",
    r"(?:butun|tum)\s+kutu\w*\s+(?:\S+\s+)?ic(?:tim|ti|tigini|mis)\w*",
    r"(?:ictigimi|aldigimi)\s+unut\w*",
    r"(?:unutup|unutarak)\s+(?:\S+\s+){0,2}?(?:iki|uc)\s+(?:kez|kere)\s+ic\w*",
    r"yanlislikla\s+(?:\S+\s+){0,3}?(?:iki\s+kat|fazla|cift\s+doz)\w*",
    r"blister\w*\s+(?:\S+\s+){0,3}?eksik\b",
)
PANIC = (
    r"panik\s+atak\w*",
    r"panik\w*",
    r"kalbim\s+(?:\w+\s+){0,3}?(?:cok\s+hizli|hizli|deli\s+gibi|kuvvetli)\s+(?:atiyor|carpiyor|atiyo"
    r"|carpiyo|atiyorum)\b",
    # Said in haste: "titriyo", "ölücem galiba", "ölecem sanki".
    r"(?:olucem|olecem|olcem|olecegim|oluyorum)\s+(?:galiba|sanki|gibi|herhalde|zannedersem)\b"
    r"|(?:ellerim|bacaklarim|her\s+yerim)\s+titriyo\b",
    r"carpinti\w*",
    r"kalbim\s+(?:\S+\s+)?(?:kut\s+kut|pir\s+pir|hizla|hizlandi|carpmaya|agzimda)",
    r"(?:gercek\s+disi|gercek\s+degilmis|derealizasyon|kendimi\s+disardan|camin\s+arkasi\w*)",
    r"(?:delir(?:ecek|ecegim|cem|icem)\w*|tir\s+tir\s+titri\w*|(?:sahte|ruya)\s+gibi|atak\s+geli\w*)",
    r"(?:olum\s+korkusu|olecegim\s+(?:sandim|saniyorum|sanki|gibi)|gecen\s+seferki\s+gibi"
    r"|(?:kalp|kalb)\w*\s+(?:cok\s+)?hizli|titriyorum(?<!soguktan\stitriyorum))\b",
)
PANIC_DANGER = (r"(?:dudaklarim\s+(?:\w+\s+)?morar\w*|bayil\w*|gogsumde\s+agri|gogus\s+agrisi)\b",)

RULES = LanguageRules(
    language="tr",
    given_away=GIVEN_AWAY,
    affairs=AFFAIRS,
    goodbyes=GOODBYES,
    finality=FINALITY,
    crisis=(*CRISIS, *HARM_NOW, *EDGE, *DECIDED, *MEANS_READY["tr"]),
    ask=ASK,
    emergency={**EMERGENCY, **swallowed(SOMEONE_ELSE, OVERDOSE_TAKEN)},
    panic=(*PANIC, *AHEAD["tr"]),
    panic_danger=PANIC_DANGER,
    red_flags={**RED_FLAGS, **FLAGS},
    health_anxiety=HEALTH_ANXIETY,
    spreading=SPREADING,
    numbness=NUMBNESS,
    injury=INJURY,
    head_injury=HEAD_INJURY,
    confusion=CONFUSION,
    idioms=(*IDIOMS, *CAFFEINE["tr"]),
    negators=("hic",),
    post_negators=("yok", "yoktur", "degil", "degildir"),
    clause_breaks=("ama", "fakat", "ancak", "ve"),
)
