"""Russian rules for four red-flag families (breathless lying flat, numbness spreading, weight
lost without trying, a new medicine), over normalised text like rules_ru.py; rules_ru_body.py
merges them. Latin-letter Russian ("pokhudel", "lezha") too."""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

# Breathless lying flat, sleeping sitting up (orthopnoea) for days or weeks: a flag for a
# clinician within days, not the emergency number (rules_ru.py keeps "задыхаюсь" beside lying
# down from reading as one).
_LYING = (
    r"(?:не\s+могу\s+(?:\w+\s+){0,2}?(?:лежать|лечь|лежа\b)|лежа\b|когда\s+(?:\w+\s+)?(?:ложусь|лежу)"
    r"|как\s+(?:только\s+)?ложусь|ложусь\s+ровно|лечь\s+(?:на\s+спину|ровно)|сплю\s+(?:\w+\s+)?(?:сидя"
    r"|полусидя)|ne\s+mogu\s+(?:\w+\s+){0,2}?(?:lezhat|lech|lezha\b)|lezha\b|kogda\s+lozhus"
    r"|splyu\s+(?:\w+\s+)?(?:sidya|polusidya)|splju\s+sidja)"
)
_AIRLESS = (
    r"(?:задыха\w*|нечем\s+дышать|не\s+хватает\s+воздуха|нет\s+воздуха|не\s+могу\s+(?:\w+\s+)?дышать"
    r"|одышк\w*|zadyha\w*|zadykha\w*|nechem\s+dyshat|ne\s+hvataet\s+vozduha|net\s+vozduha"
    r"|ne\s+mogu\s+(?:\w+\s+)?dyshat|odyshk\w*)(?!\s+(?:от|ot)\s+(?:жар|смех|духот|zhar|smeh))"
)

# Numbness or tingling climbing over days or weeks: "онемение поднимается от стоп до колен".
_NUMB = (
    r"(?:онемени\w*|онемел\w*|немеют|немеет|немеют|покалыва\w*|покалыван\w*|onemeni\w*|onemel\w*"
    r"|nemeyut|nemeet|pokalyva\w*)"
)
_CLIMBS = (
    r"(?:поднима(?:ется|ются)|поднял(?:ось|ась|ся|ись)|ползет|ползут|расползает\w*|распространя\w*|дош\w*\s+до|доходит\s+до"
    r"|все\s+выше|выше\s+и\s+выше|(?:теперь|сейчас)\s+(?:уже\s+)?(?:до|выше)\b|уже\s+(?:до|выше)\s+"
    r"(?:колен\w*|бедер|бедра|локт\w*|поясниц\w*|голен\w*|плеч\w*)|podnima\w*|podnyal\w*|polzet"
    r"|doshl\w*\s+do|vse\s+vyshe|vyshe\s+kolen)"
)

# Weight lost without trying: "похудел на 7 кг без диеты", "худею без причины".
_LOST = (
    r"(?:похудел\w*|схуднул\w*|сбросил\w*|потерял\w*|pohudel\w*|pokhudel\w*|poteryal\w*"
    r"|sbrosil\w*|skhudnul\w*|shudnul\w*)"
)
_KG = (
    r"(?:\d+|пять|шесть|семь|восемь|девять|десять|\w+надцать|pyat|shest|sem|vosem|devyat"
    r"|desyat)\s+(?:кг|кило\w*|kg|kilo\w*)"
)
_UNTRIED = (
    r"(?:без\s+(?:\w+\s+)?(?:диет\w*|причин\w*)|не\s+худе\w*|не\s+стара\w*|хотя\s+(?:\w+\s+)?ем"
    r"|а\s+ем|ем\s+как\s+(?:обычно|всегда|раньше)|(?:сама?\s+)?не\s+знаю\s+почему|непонятно\s+почему"
    r"|ничего\s+не\s+делая|не\s+на\s+диете|не\s+сижу\s+на\s+диете|ни\s+на\s+какой\s+диете"
    r"|сама?\s+по\s+себе|bez\s+(?:\w+\s+)?(?:diet\w*|prichin\w*)|ne\s+hude\w*|ne\s+khude\w*"
    r"|ne\s+znayu\s+pochemu|hotya\s+em|nichego\s+ne\s+delaya"
    # Set O: eating as ever ("ем нормально", a soft sign lost in Latin letters: "em normalno").
    r"|ем\s+(?:вроде\s+)?(?:нормальн?о|хорошо|много|как\s+обычно|столько\s+же|как\s+раньше)"
    r"|питаюсь\s+(?:нормальн?о|хорошо|как\s+обычно|как\s+раньше)|аппетит\s+(?:\w+\s+)?"
    r"(?:нормальн\w*|хорош\w*|в\s+порядке|есть))"
)
_ON_PURPOSE = (
    r"(?![^?.]{0,30}(?:спорт|бег|трениров|зал|плаван|просто|перестал|отказал|обошл|sport|zal))"
)
_TWITCH = (
    r"(?:подергива\w*|дергают\w*|дергает\w*|дергается|фасцикуляц\w*|podergiva\w*|dergayut\w*"
    r"|dergaet\w*|fascikul\w*)"
)

# Restless, sweating, jerking or feverish since a new medicine (serotonin toxicity looks like
# that): the medicine started, added or raised, then two signs, one of them not a twitch.
_DRUGS = (
    r"(?:антидепрессант\w*|трамадол\w*|сертралин\w*|эсциталопрам\w*|ципралекс\w*|флуоксетин\w*"
    r"|пароксетин\w*|венлафаксин\w*|дулоксетин\w*|золофт\w*|триптан\w*|суматриптан\w*|золмитриптан\w*"
    r"|литий|лития|линезолид\w*|метоклопрамид\w*|tramadol\w*|sertralin\w*|antidepressant\w*)"
)
_STARTED = (
    rf"(?:(?:начал\w*|начинала?|начинаю|добавил\w*|назначил\w*|выписал\w*|поменял\w*|сменил\w*|дали"
    rf"|дал)\s+(?:\w+\s+){{0,3}}?(?:нов\w+\s+)?(?:{_DRUGS}|лекарств\w*|препарат\w*|таблетк\w*)"
    rf"|нов(?<!никаких\sнов)(?<!никакого\sнов)(?:ый|ое|ую|ые|ым|ого|ом)\s+(?:\w+\s+)?(?:{_DRUGS}|лекарств\w*|препарат\w*|таблетк\w*)"
    rf"|(?:дн\w+|день|неделю|недели)\s+(?:как\s+)?(?:пью|принимаю)\s+{_DRUGS}"
    rf"|(?:повысил\w*|увеличил\w*|подняли|поднял\w*)\s+(?:\w+\s+)?доз\w*"
    rf"|(?:пью|принимаю)\s+{_DRUGS}\s+(?:\w+\s+){{0,3}}?(?:а|и|еще|вместе)\s+(?:\w+\s+){{0,3}}?{_DRUGS}"
    r"|nachal\w*\s+(?:\w+\s+)?(?:novy\w*\s+)?(?:tramadol|sertralin|antidepressant|lekarstv\w*|preparat))"
)
_STIRRED = (
    r"(?:поте\w*|пот\b|потлив\w*|мокр\w*|беспокой\w*|возбужд\w*|на\s+взводе|взвинчен\w*"
    r"|не\s+могу\s+(?:у?сидеть|усидеть|сидеть\s+на\s+месте)|места\s+себе\s+не\s+нахожу|колотит|трясет"
    r"|дрож\w*|озноб\w*|жар\b|температур\w*|сердцебиен\w*|сердце\s+колотится|зрачки\s+огромн\w*"
    r"|potey\w*|poteyu|kolotit|tryaset)"
)
_JERKS = (
    r"(?:дерга\w*|дерга\w*|подерг\w*|подпрыгива\w*|прыга\w*|сводит|рывк\w*|подергиван\w*|dergaj\w*"
    r"|dergay\w*)"
)

FLAGS = {
    R.BREATHLESS_LYING_FLAT: (
        rf"{_LYING}\s+[^.?!]{{0,40}}?{_AIRLESS}",
        rf"{_AIRLESS}\s+[^.?!]{{0,40}}?(?:лежа\b|лежу\b|когда\s+ложусь|на\s+спину|сплю\s+(?:\w+\s+)?"
        r"(?:сидя|полусидя)|lezha\b|kogda\s+lozhus|splyu\s+(?:sidya|polusidya)|splju\s+sidja)",
        # Waking breathless and sitting up, sleeping on a heap of pillows.
        r"(?:просыпаюсь|просыпаюся|prosypayus\w*)\s+(?:\w+\s+){0,4}?(?:задыха\w*|от\s+нехватки\s+воздуха"
        r"|нечем\s+дышать|от\s+удушья|zadyha\w*)",
        r"(?:сплю|spl\w*)\s+(?:\w+\s+){0,2}?(?:на|na)\s+(?:двух|трех|четырех|горе|куче|dvuh|treh)"
        r"\s+(?:\w+\s+)?(?:подуш\w*|podush\w*)(?=[^?]{0,80}(?:задыха|воздух|дышать|одышк|zadyha"
        r"|vozduh|dyshat))",
    ),
    R.NUMBNESS_SPREADING: (
        rf"{_NUMB}\s+[^.?!]{{0,100}}?{_CLIMBS}",
        rf"{_CLIMBS}\s+[^.?!]{{0,40}}?{_NUMB}",
        r"(?:онемение|немота|покалывание)\s+(?:\w+\s+){0,3}?(?:с|от|из)\s+(?:\w+\s+){0,4}?(?:до|к)"
        r"\s+(?:колен\w*|бедер|бедра|локт\w*|поясниц\w*|голен\w*|плеч\w*)",
    ),
    R.WEIGHT_LOSS: (
        rf"{_LOST}\s+(?:на\s+|na\s+)?{_KG}\s*,?\s+[^.?!]{{0,40}}?{_UNTRIED}{_ON_PURPOSE}",
        rf"{_LOST}\s+(?:на\s+|na\s+)?{_KG}\s+[^?]{{0,80}}?{_TWITCH}{_ON_PURPOSE}",
        rf"(?:худею|худеет|теряю\s+вес|вес\s+(?:\w+\s+)?(?:уходит|падает|тает)|hudeyu|khudeyu)"
        rf"\s+(?:\w+\s+)?{_UNTRIED}{_ON_PURPOSE}",
        rf"{_UNTRIED}\s+(?:\w+\s+){{0,2}}?(?:похудел\w*|худею|сбросил\w*|pohudel\w*|pokhudel\w*)",
        rf"(?:минус|на)\s+{_KG}\s+(?:меньше\s+)?[^.?!]{{0,40}}?(?:хотя\s+(?:\w+\s+)?ем|ем\s+как"
        rf"\s+(?:обычно|всегда)|без\s+(?:\w+\s+)?(?:диет\w*|причин\w*)|аппетит\w*\s+ноль){_ON_PURPOSE}",
        rf"вес\s+(?:\w+\s+)?(?:уходит|падает|тает)\s*,\s+минус\s+\d+{_ON_PURPOSE}"
        r"(?![^.?!]{0,30}диет)",
    ),
    R.NEW_MEDICINE: (
        rf"{_STARTED}\s+[^?]{{0,120}}?{_STIRRED}\s+[^?]{{0,100}}?(?:{_STIRRED}|{_JERKS})",
        rf"{_STARTED}\s+[^?]{{0,120}}?{_JERKS}\s+[^?]{{0,100}}?{_STIRRED}",
        rf"с\s+(?:\w+\s+)?нов\w+\s+(?:лекарств\w*|препарат\w*|таблетк\w*|{_DRUGS})\s+[^?]{{0,100}}?"
        rf"(?:{_STIRRED}|{_JERKS})\s+[^?]{{0,100}}?(?:{_STIRRED}|{_JERKS})",
    ),
}
