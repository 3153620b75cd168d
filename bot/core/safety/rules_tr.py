"""Turkish safety rules, over normalised text: ı, İ and i are all i, and ş, ğ, ç, ö, ü fold to
s, g, c, o, u (as on keyboards without Turkish letters).

Negation in Turkish sits inside the verb ("istemiyorum") or after the word ("güçsüzlük yok",
"zayıf değil"), so rules spell out negated verbs and "yok"/"değil" deny what precedes them.
"Açlıktan ölüyorum", "gülmekten öldüm", "bu tik beni öldürüyor" are idioms.
"""

from __future__ import annotations

from bot.core.safety.common import words
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_LIMB = r"(?:elim|elimde|ellerim|ellerimde|kolum|kolumda|bacagim|bacagimda|ayagim|ayagimda"
_LIMB += r"|parmaklarim|parmaklarimda|kasim|kaslarim|kaslarimda)"
_SUDDEN = r"(?:aniden|birden|bir\s+anda|birdenbire)"

CRISIS = (
    r"(?:olmek|olmeyi|olmeyi\s+cok)\s+(?:istiyorum|isterdim|istedim|istiyom|istiyorm)\b",
    r"(?:olsem|olseydim|olup\s+gitsem)\s+(?:daha\s+iyi|keske|de\s+kurtulsam)\b",
    r"keske\s+(?:olsem|olseydim|hic\s+dogmasaydim|dogmamis\s+olsaydim)\b",
    r"(?:artik\s+)?yasamak\s+(?:istemiyorum|istemiyom|istemiyorm)\b",
    r"(?:yasamak\s+)?istemiyorum\s+artik\s+yasamak\b",
    r"kendimi\s+(?:oldur\w*|asmak|asacagim|kesiyorum|kesmek|kestim|yaralamak)\b",
    r"(?:intihar)\w*",
    r"(?:oldurecegim|oldurcem|oldurucem|olduruyorum)\s+kendimi\b",
    r"(?:canima|hayatima)\s+(?:kiy\w*|son\s+ver\w*)",
    r"her\s+seye\s+son\s+ver\w*",
    r"(?:uyuyup|uyuyup\s+de)\s+bir\s+daha\s+uyanmamak\b",
    r"(?:bir\s+daha\s+)?uyanmak\s+(?:istemiyorum|istemiyom)\b",
    r"kendime\s+zarar\s+ver\w*",
    r"jilet\s+(?:atiyorum|attim|atmak)\b",
    r"(?:haplari|hap|ilaclari|ilac)\s+(?:\w+\s+)?(?:biriktirdim|biriktiriyorum|sakladim"
    r"|topladim)\b",
    r"asiri\s+doz\w*",
    r"(?:butun|tum)\s+(?:haplari|ilaclari)\s+(?:icecegim|icmek|yutacagim)\b",
    r"veda\s+mektub\w*",
    r"(?:bu\s+bir\s+veda|herkese\s+elveda|elveda\s+herkese|hosca\s+kalin\s+herkes)\b",
    r"(?:kopruden|binadan|catidan|camdan)\s+(?:\w+\s+)?atla\w*",
    r"bensiz\s+daha\s+(?:iyi|mutlu)\s+(?:olurlar|olacaklar|olur)\b",
    r"yasamak\s+icin\s+(?:hicbir\s+|bir\s+)?(?:sebebim|nedenim)\s+(?:yok|kalmadi)\b",
    r"yasamanin\s+(?:hicbir\s+)?anlami\s+(?:yok|kalmadi)\b",
)

ASK = (
    r"(?:artik|daha\s+fazla)\s+dayanamiyorum\b",
    r"(?:kaybolmak|yok\s+olmak|ortadan\s+kaybolmak)\s+(?:istiyorum|istiyom)\b",
    r"her\s+seyden\s+(?:cok\s+)?yoruldum\b",
    r"(?:hicbir\s+)?cikis\s+yolu\s+(?:goremiyorum|yok)\b",
    r"(?:herkese|aileme)\s+yuk\s+(?:oluyorum|oldum)\b",
    r"umudum\s+kalmadi\b",
)

EMERGENCY = {
    E.FACE_DROOP: (
        r"(?:yuzum|agzim|dudagim)\s+(?:\w+\s+)?(?:kaydi|kaymis|yamuldu|sarkti|dustu|carpildi)\b",
        r"yuzumun\s+(?:bir\s+tarafi|sol\s+tarafi|sag\s+tarafi)\s+(?:\w+\s+)?(?:dustu|sarkti"
        r"|kaydi|uyustu|tutmuyor)\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(2)}(?:konusamiyorum|konusamaz\s+oldum|konusamadim|dilim\s+dolas\w*"
        r"|kelimeleri\s+soyleyemiyorum)\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        rf"{_SUDDEN}\s+{words(2)}(?:vucudumun|bedenimin)\s+(?:bir|sol|sag)\s+tarafi\s+(?:\w+\s+)?"
        r"(?:gucsuz\w*|uyustu|tutmuyor|felc|hissizlesti)\b",
        r"(?:vucudumun|bedenimin)\s+(?:bir|sol|sag)\s+tarafinda\s+ani\s+(?:guc\s+kaybi|uyusma"
        r"|gucsuzluk)\b",
        r"(?:bir|sol|sag)\s+tarafimda\s+ani\s+(?:guc\s+kaybi|uyusma|gucsuzluk)\b",
    ),
    E.WORST_HEADACHE: (r"hayatimin\s+en\s+(?:kotu|siddetli|agir)\s+bas\s+agri\w*",),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:gogsumde|gogus)\s+(?:agri\w*|baski\w*|sikisma\w*)\s+{words(3)}(?:sol\s+)?(?:kolum\w*"
        r"|kola|ceneme|ceneye|boynuma)\s+(?:\w+\s+)?(?:yayiliyor|vuruyor|gidiyor)\b",
    ),
    E.CANNOT_BREATHE: (
        r"nefes(?<!burnumdan\snefes)(?<!burnumla\snefes)\s+(?:alamiyorum|alamiyom|alamadim)\b"
        r"(?!\s+(?:burnumdan|gulmekten))",
    ),
    E.HEART_ATTACK_OR_STROKE: (r"(?:kalp\s+krizi|felc|inme)\s+geciriyorum\b",),
}

HEAD_INJURY = (
    r"(?:basimi|kafami)\s+(?:\w+\s+)?(?:carptim|vurdum|captim)\b",
    r"(?:beyin\s+sarsintisi|kafa\s+travmasi)\b",
)
CONFUSION = (
    r"kafam\s+karisik\b",
    r"(?:nerede\s+oldugumu\s+bilmiyorum|bilincimi\s+kaybettim|bayildim|sersemledim)\b",
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_LIMB}\s+(?:\w+\s+)?(?:zayif|zayifladi|gucsuz|gucsuzluk|guc\s+kaybi|gucum\s+yok)\b",
        r"kas\s+(?:gucsuzlugu|zayifligi)\b",
        r"(?:kavanoz|kavanozu|bardak|bardagi|sise|siseyi|poset)\s+(?:\w+\s+)?(?:acamiyorum"
        r"|tutamiyorum|kaldiramiyorum)\b",
        r"(?:elimi|kolumu|ayagimi)\s+(?:kaldiramiyorum|sikamiyorum)\b",
        r"(?:dusuk\s+ayak|ayak\s+dusuklugu)\b",
        r"ayagimi\s+(?:surukluyorum|suruyorum)\b",
    ),
    R.WASTING: (
        r"(?:kas\s+erimesi|kas\s+kaybi|atrofi)\w*",
        rf"{_LIMB}\s+(?:\w+\s+)?(?:inceldi|kuculdu|eridi|coktu)\b",
    ),
    R.SWALLOWING: (
        r"(?:yutkunmakta|yutmakta|yutarken)\s+(?:\w+\s+)?(?:zorlaniyorum|zorluk\s+cekiyorum)\b",
        r"(?:yutamiyorum|yutma\s+guclugu)\b",
        r"(?:su|sivi|icecek)\w*\s+(?:\w+\s+)?(?:bogul\w*|kaciyor|tikaniyorum)\b",
    ),
    R.SPEECH: (
        r"konusmam\s+(?:\w+\s+)?(?:peltek\w*|bozuldu|anlasilmiyor|bulaniklasti|yavasladi)\b",
        r"(?:peltek|anlasilmaz)\s+konusuyorum\b",
    ),
    R.FALLS: (
        r"(?:sik\s+sik|surekli|sik)\s+(?:\w+\s+)?(?:dusuyorum|tokezliyorum|sendeliyorum)\b",
        r"elimden\s+(?:\w+\s+)?(?:her\s+sey|esyalar|bir\s+seyler|bir\s+sey|bisey|bi\s+seyler)\s+"
        r"(?:\w+\s+)?dusuyor\b",
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
    r"(?:acliktan|gulmekten|uykudan|sicaktan|soguktan|meraktan|sikintidan|can\s+sikintisindan"
    r"|utanctan|susuzluktan)\s+(?:ol\w*)",
    r"(?:olesiye|olu\s+gibi)\s+(?:yorgun\w*|sikil\w*)",
    r"beni\s+(?:olduruyor|oldurecek)\b",
    r"(?:icin|uruna)\s+(?:adam\s+)?oldururum\b",
)

SOMEONE_ELSE = (
    r"(?:annem|babam|esim|kocam|karim|oglum|kizim|arkadasim|kardesim|abim|ablam|bebegim|dedem"
    r"|ninem|babaannem|anneannem|birisi|biri|adam|kadin)\s+(?:\w+\s+){0,3}?(?:bayildi|yere\s+yigildi"
    r"|nefes\s+almiyor|tepki\s+vermiyor|bilinci\s+kapali|kendinde\s+degil|kriz\s+geciriyor"
    r"|nobet\s+geciriyor|uyanmiyor|morariyor)\b",
)
OVERDOSE_TAKEN = (
    r"(?:butun|tum|bir\s+kutu|bir\s+avuc|cok\s+fazla)\s+(?:\w+\s+){0,2}?(?:ilac\w*|hap\w*)"
    r"\s+(?:\w+\s+){0,2}?(?:ictim|yuttum|aldim)\b",
)
PANIC = (
    r"panik\s+atak\w*",
    r"panik\w*",
    r"kalbim\s+(?:\w+\s+){0,3}?(?:cok\s+hizli|hizli|deli\s+gibi|kuvvetli)\s+(?:atiyor|carpiyor)\b",
    r"carpinti\w*",
)
PANIC_DANGER = (r"(?:dudaklarim\s+(?:\w+\s+)?morar\w*|bayil\w*|gogsumde\s+agri|gogus\s+agrisi)\b",)

RULES = LanguageRules(
    language="tr",
    crisis=CRISIS,
    ask=ASK,
    emergency={**EMERGENCY, E.SOMEONE_ELSE: SOMEONE_ELSE, E.OVERDOSE_TAKEN: OVERDOSE_TAKEN},
    panic=PANIC,
    panic_danger=PANIC_DANGER,
    red_flags=RED_FLAGS,
    health_anxiety=HEALTH_ANXIETY,
    spreading=SPREADING,
    numbness=NUMBNESS,
    injury=INJURY,
    head_injury=HEAD_INJURY,
    confusion=CONFUSION,
    idioms=IDIOMS,
    negators=("hic",),
    post_negators=("yok", "yoktur", "degil", "degildir"),
    clause_breaks=("ama", "fakat", "ancak", "ve"),
)
