"""Russian red-flag rules (weakness, wasting, swallowing, speech, falls), over normalised text
like rules_ru.py, which imports them; Latin-letter Russian ("pokhudel", "myshca") too."""

from __future__ import annotations

from bot.core.safety.common import filler, words
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:рука|руке|руку|руки|кисть|кисти|нога|ноге|ногу|ноги|стопа|стопе|пальцы|пальцах|палец"
    r"|мышца|мышцы|мышцах|икра|бедро|плечо)"
)
# Weight lost: "похудел на 7 кг", "poteryala 6 kg", "сбросила восемь кило".
_LOST = (
    r"(?:похудел\w*|схуднул\w*|сбросил\w*|потерял\w*|pohudel\w*|pokhudel\w*|poteryal\w*"
    r"|sbrosil\w*|skhudnul\w*|shudnul\w*)"
)
_KG = (
    r"(?:\d+|пять|шесть|семь|восемь|девять|десять|\w+надцать|pyat|shest|sem|vosem|devyat"
    r"|desyat)\s+(?:кг|кило\w*|kg|kilo\w*)"
)

# Breathless lying flat, sleeping sitting up (orthopnoea): the breathing muscles weakening, a
# flag for a clinician within days, not the emergency number (rules_ru.py keeps "задыхаюсь"
# there from reading as one). RedFlag has no breathing family, so it is read as weakness.
_LYING = (
    r"(?:не\s+могу\s+(?:\w+\s+)?(?:лежать|лечь)|лежа\b|когда\s+ложусь|как\s+ложусь|лечь\s+на\s+спину"
    r"|сплю\s+сидя|ne\s+mogu\s+(?:\w+\s+)?(?:lezhat|lech)|lezha\b|kogda\s+lozhus"
    r"|splyu\s+sidya|splju\s+sidja)"
)
_AIRLESS = (
    r"(?:задыха\w*|нечем\s+дышать|не\s+хватает\s+воздуха|нет\s+воздуха|не\s+могу\s+дышать|одышк\w*"
    r"|zadyha\w*|zadykha\w*|nechem\s+dyshat|ne\s+hvataet\s+vozduha|net\s+vozduha|ne\s+mogu\s+dyshat"
    r"|odyshk\w*)"
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_LYING}\s+[^.?!]{{0,40}}?{_AIRLESS}",
        rf"{_AIRLESS}\s+[^.?!]{{0,40}}?(?:лежа\b|когда\s+ложусь|на\s+спину|сплю\s+сидя|lezha\b"
        r"|kogda\s+lozhus|splyu\s+sidya|splju\s+sidja)",
        rf"{_BODY}\s+{filler(3)}(?:слабая|слабее|слабеет|ослабла|ослабела|стала\s+слабой"
        r"|не\s+слушается)\b",
        rf"(?:слабость|слабеет)\s+(?:в\s+)?{words(2)}{_BODY}\b",
        r"мышечная\s+слабость\b",
        r"не\s+могу\s+(?:\w+\s+)?(?:открыть|сжать|удержать|поднять|держать)\s+(?:\w+\s+)?"
        r"(?:банку|банки|бутылку|руку|ногу|чашку|кружку|предметы|ничего|кулак)\b",
        r"(?:свисает|шлепает|отвисает|висит)\s+стопа\b",
        r"(?:волочу|подволакиваю|тащу)\s+ногу\b",
        r"ноги\s+(?:\w+\s+)?(?:подкашиваются|подгибаются)\b",
        r"(?:хват\s+(?:\w+\s+)?слаб\w*|слабый\s+хват|рука\s+сама\s+разжимается|пальцы\s+соскальзывают"
        r"|слабнет\s+рука|рука\s+слабнет)\b",
        r"из\s+(?:правой\s+|левой\s+)?рук\w*\s+(?:\w+\s+)?валит\w*",
        r"(?:банку|кружку|чашку|вилы|сумку|пуговицы)\s+(?:\w+\s+){0,2}?не\s+(?:открыть|удержать"
        r"|застегнуть|донести|поднять)\b",
        r"не\s+могу\s+удержаться\s+за\b",
        r"(?:стопа\s+(?:\w+\s+)?(?:шлепает|болтается)|шлепает\s+стопа|носок\s+не\s+поднимается"
        r"|на\s+носок\s+встать\s+не\s+могу)",
        # Things dropped from one hand, a key or a jar it cannot grip any more.
        r"(?:роняю|роняет|выпадают|падают|ronyayu)\s+(?:\w+\s+){0,3}?(?:из\s+|iz\s+)?(?:правой"
        r"|левой|pravoj|levoj|pravoi|levoi)\s+(?:руки|ruki)\b",
        r"(?:правая|левая|pravaya|levaya)\s+(?:рука|ruka)\s+(?:\w+\s+)?(?:роняет|не\s+держит"
        r"|ronyaet|ne\s+derzhit)\b",
        # In Latin letters: "ruka pravaya slabaya stala", "vedro ne mogu podnyat".
        r"(?:ruka|ruki|noga|nogi|kist|pal\s?cy|stopa)\s+(?:\w+\s+)?(?:slabaya|slabye|slabeet|oslabla"
        r"|slabee|ne\s+slushaetsya)\b|ne\s+mogu\s+(?:\w+\s+)?(?:podnyat|otkryt|szhat|uderzhat)\s+"
        r"(?:\w+\s+)?(?:vedro|banku|chashku|kruzhku|butylku|klyuch)\b|vse\s+(?:padaet|valitsya)\s+iz\s+ruk",
        r"(?:stopa|noga|нога)\s+(?:\w+\s+)?(?:shlepaet|shlepayet|boltaetsya|шлепает|болтается)\b",
        r"(?:банку|ключ|кружку|чашку|крышку|бутылку|ложку|ведро)\s+(?:\w+\s+)?(?:открыть|удержать|сжать"
        r"|повернуть|открутить|поднять)\s+не\s+могу\b",
        r"нет\s+(?:\w+\s+)?сил\w*\s+(?:сжать|удержать|открыть|повернуть)\s+(?:\w+\s+)?(?:ключ"
        r"|ложку|чашку|кружку|банку|ручку|кулак)\b",
    ),
    R.WASTING: (
        r"(?:атрофия|атрофировал\w*|похудела\s+мышца|мышца\s+похудела)\b",
        rf"{_BODY}\s+{filler(3)}(?:похудела|стала\s+тоньше|уменьшилась|впала|усохла)\b",
        r"(?:мышц\w*|кисть|икра|плечо|ikra|myshc\w*)\s+(?:\w+\s+){0,4}?(?:усохл\w*|ушла|сдул\w*"
        r"|как\s+лапка|kak\s+u\s+rebenka|как\s+у\s+ребенка)",
        r"между\s+(?:\w+\s+){0,3}?(?:ямка|впадин\w*)|(?:ямка|впадин\w*)\s+(?:\w+\s+){0,3}?между\b",
        # A muscle sunken ("мышца у большого пальца впала"), and weight lost without trying,
        # or beside twitching all over.
        r"(?:мышц\w*|бугор\w*|возвышени\w*|myshc\w*|myshts\w*)\s+(?:\w+\s+){0,6}?(?:впал\w*"
        r"|запал\w*|провал\w*|усох\w*|тоньше|vpal\w*|zapal\w*|usokh\w*|usoh\w*|tonshe)\b",
        rf"{_LOST}\s+(?:на\s+|na\s+)?{_KG}\s+(?:\w+\s+){{0,3}}?(?:без\s+диет\w*|bez\s+diet\w*"
        r"|не\s+худе\w*|ne\s+hude\w*|ne\s+khude\w*|не\s+стара\w*|хотя\s+ем|а\s+ем)"
        r"(?![^?.]{0,30}(?:спорт|бег|трениров|зал|плаван|просто|перестал|отказал))",
        rf"{_LOST}\s+(?:на\s+|na\s+)?{_KG}\s+[^?]{{0,40}}?(?:подергива\w*|дергают\w*|дергает\w*"
        r"|фасцикуляц\w*|podergiva\w*|dergayut\w*|dergaet\w*|fascikul\w*)",
    ),
    R.SWALLOWING: (
        r"(?:трудно|тяжело|больно|сложно)\s+глотать\b",
        r"не\s+могу\s+(?:\w+\s+)?(?:глотать|проглотить)\b",
        r"(?:поперхиваюсь|давлюсь|захлебываюсь)\s+(?:\w+\s+){0,2}?(?:водой|жидкостью|едой"
        r"|питьем|когда\s+пью)\b",
        r"дисфагия\b",
        r"(?:еда|пища|куски|таблетки|пельмени|eda)\s+(?:\w+\s+)?(?:застревают|застревает"
        r"|zastrevaet)\b|(?:trudno|tyazhelo)\s+glotat",
        r"(?:вода|суп|борщ|чай|жидкость)\s+(?:\w+\s+)?(?:идет|попадает|выливается)\s+(?:через|в)"
        r"\s+нос\b",
        r"давлюсь\s+(?:\w+\s+){0,3}?(?:чаем|водой|едой|каждой|каждом)\b",
    ),
    R.SPEECH: (
        r"(?:речь|язык)\s+(?:\w+\s+)?(?:невнятная|смазанная|заплетается|стала\s+невнятной)\b",
        r"(?:говорю|разговариваю)\s+(?:\w+\s+)?невнятно\b",
        r"дизартрия\b",
        r"(?:говорят|говорит)\s+(?:что\s+)?я\s+мямлю\b|голос\s+в\s+нос\b|гнусав\w*",
        r"(?:rech|речь)\s+stala\s+(?:\w+\s+){0,2}?smazann\w*|(?:yazyk|язык)\s+(?:стал\s+)?"
        r"(?:tyazhel\w*|тяжел\w*)",
    ),
    R.FALLS: (
        r"(?:часто|постоянно|то\s+и\s+дело)\s+(?:падаю|спотыкаюсь|роняю)\b",
        r"(?:падаю|спотыкаюсь)\s+(?:\w+\s+)?(?:часто|постоянно|все\s+время)\b",
        r"(?:все|вещи)\s+(?:валится|валятся|падает|падают)\s+из\s+рук\b",
        r"(?:сложились|подкосились)\s+ноги\s+(?:\w+\s+){0,2}?упал\w*",
    ),
}
