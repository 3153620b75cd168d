"""Ukrainian rules for four red-flag families (breathless lying flat, numbness spreading, weight
lost without trying, a new medicine), over normalised text like rules_uk.py; rules_uk_body.py
merges them. Latin-letter Ukrainian ("skhudla", "lezhachy") too."""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

# Breathless lying flat, sleeping sitting up (orthopnoea) for days or weeks: a flag for a
# clinician within days, not the emergency number (rules_uk.py keeps "задихаюся" beside lying
# down from reading as one).
_LYING = (
    r"(?:не\s+можу\s+(?:\w+\s+){0,2}?(?:лежати|лягти|лежачи\b)|лежачи\b|коли\s+(?:\w+\s+)?(?:лягаю"
    r"|лежу)|як\s+(?:тільки\s+)?лягаю|щойно\s+лягаю|лягаю\s+рівно|лягти\s+(?:на\s+спину|рівно)"
    r"|рівно\s+лягти|сплю\s+(?:\w+\s+)?(?:сидячи|напівсидячи)|ne\s+mozhu\s+(?:\w+\s+){0,2}?(?:lezhaty"
    r"|lihty|lyahty|lezhachy\b)|lezhachy\b|koly\s+lyahayu|splyu\s+sydyachy|spliu\s+sydiachy)"
)
_AIRLESS = (
    r"(?:задиха\w*|нема\s+чим\s+дихати|не\s+вистачає\s+повітря|бракує\s+повітря|нема\w*\s+повітря"
    r"|не\s+можу\s+(?:\w+\s+)?дихати|задишк\w*|zadykha\w*|zadyha\w*|ne\s+vystachaie\s+povitria"
    r"|nema\s+povitria|ne\s+mozhu\s+dykhaty|zadyshk\w*)(?!\s+(?:від|vid)\s+(?:спек|сміх|spek|smikh))"
)

# Numbness or tingling climbing over days or weeks: "оніміння піднімається від стоп до колін".
_NUMB = (
    r"(?:оніміння|онімін\w*|онімів|оніміла|оніміли|німіють|німіє|поколю\w*|терпнуть|терпне"
    r"|затерпл\w*|onimiann\w*|onimin\w*|nimiiut|nimiyut|terpnu\w*|pokoliu\w*)"
)
_CLIMBS = (
    r"(?:піднімається|піднімаються|піднялос[ья]|піднялась|піднявся|піднялися|повзе|повзуть"
    r"|поширюється|розповзається|дійшл\w*\s+до|доходить\s+до|все\s+вище|вище\s+і\s+вище"
    r"|(?:тепер|зараз)\s+(?:вже\s+|уже\s+)?(?:до|вище)\b|(?:вже|уже)\s+(?:до|вище)\s+(?:колін\w*"
    r"|стег\w*|лікт\w*|попереку|гомілок|кісточок|плеча)|pidnimaiet\w*|pidnimayet\w*|pidnial\w*"
    r"|povze|vyshche\s+i\s+vyshche|ide\s+vyshche|vzhe\s+ne\s+vidchuvaiu\s+kolin)"
)

# Weight lost without trying: "схудла на 7 кг без дієти", "мінус 8 кг хоча їм як завжди".
_LOST = (
    r"(?:схуд|схудла|схудл\w*|схуднув\w*|схуднул\w*|скинув\w*|скинул\w*|втратив\w*|втратил\w*"
    r"|skhud|skhudla|skhudnu\w*|shudla|shud|shudnu\w*|skynul\w*|skynuv|vtratyv|vtratyla)"
)
_KG = (
    r"(?:\d+|п\s?ять|шість|сім|вісім|дев\s?ять|десять|\w+надцять|piat|shist|sim|visim)\s+(?:кг"
    r"|кіло\w*|kg|kilo\w*)"
)
_UNTRIED = (
    r"(?:без\s+(?:\w+\s+)?(?:дієт\w*|причин\w*)|не\s+худну\w*|не\s+намага\w*|хоча?\s+(?:\w+\s+)?їм"
    r"|хоч\s+(?:\w+\s+)?їм|а\s+їм|їм\s+як\s+(?:завжди|звичайно|раніше)|не\s+знаю\s+чому"
    r"|нічого\s+не\s+роблячи|не\s+на\s+дієті|не\s+сиджу\s+на\s+дієті|сам[аоі]?\s+по\s+собі"
    r"|bez\s+(?:\w+\s+)?(?:diyet\w*|diiet\w*|diet\w*|prychyn\w*)|nichogo\s+ne\s+roblyachy"
    r"|nichoho\s+ne\s+robliachy|ne\s+znayu\s+chomu|ne\s+znaiu\s+chomu|khocha\s+yim)"
)
_ON_PURPOSE = (
    r"(?![^?.]{0,30}(?:спорт|біг|тренув|зал|плаван|просто|перестав|перестала|відмовил|обійшл"
    r"|sport|zal))"
)
_TWITCH = (
    r"(?:посмикуван\w*|смикаю\w*|смикан\w*|смикал\w*|сіпа\w*|фасцикуляц\w*|smykay\w*|smykan\w*"
    r"|posmykuv\w*|sipa\w*)"
)

# Restless, sweating, jerking or feverish since a new medicine (serotonin toxicity looks like
# that): the medicine started, added or raised, then two signs, one of them not a twitch.
_DRUGS = (
    r"(?:антидепресант\w*|трамадол\w*|сертралін\w*|есциталопрам\w*|ципралекс\w*|флуоксетин\w*"
    r"|пароксетин\w*|венлафаксин\w*|дулоксетин\w*|золофт\w*|триптан\w*|суматриптан\w*|літій"
    r"|літію|лінезолід\w*|метоклопрамід\w*|tramadol\w*|sertralin\w*|antydepresant\w*)"
)
_STARTED = (
    rf"(?:(?:почав\w*|почала|почали|починаю|додав\w*|додал\w*|дописав\w*|призначив\w*|призначил\w*"
    rf"|виписав\w*|поміняв\w*|змінив\w*|дали|дав)\s+(?:\w+\s+){{0,3}}?(?:нов\w+\s+)?(?:{_DRUGS}"
    rf"|ліки|ліків|препарат\w*|таблетк\w*|пігулк\w*)|нов(?<!ніяких\sнов)(?<!жодних\sнов)(?<!жодного\sнов)(?:ий|е|у|і|им|ого|ому|их)\s+(?:\w+\s+)?"
    rf"(?:{_DRUGS}|ліки|ліків|ліками|препарат\w*|таблетк\w*|пігулк\w*)|(?:дн\w+|день|тиждень)\s+"
    rf"(?:як\s+)?(?:п\s?ю|приймаю)\s+{_DRUGS}|(?:підвищи\w*|збільши\w*|підняли|підняв\w*)\s+"
    rf"(?:\w+\s+)?доз\w*|(?:п\s?ю|приймаю)\s+{_DRUGS}\s+(?:\w+\s+){{0,3}}?(?:а|і|й|ще|разом)\s+"
    rf"(?:\w+\s+){{0,3}}?{_DRUGS}|pochav\w*\s+(?:\w+\s+)?(?:novy\w*\s+)?(?:tramadol|sertralin"
    r"|antydepresant|liky|preparat))"
)
_STIRRED = (
    r"(?:пітні\w*|піт\b|пітлив\w*|мокр\w*|неспок\w*|збудж\w*|на\s+нервах|на\s+взводі"
    r"|не\s+можу\s+(?:в?сидіти|всидіти|сидіти\s+на\s+місці)|місця\s+собі\s+не\s+знаходжу|колотить"
    r"|трусить|тремч\w*|тремтін\w*|дрож\w*|озноб\w*|жар\b|температур\w*|серце\s+(?:\w+\s+)?(?:калатає"
    r"|гупає|колотиться)|зіниці\s+(?:\w+\s+)?величезн\w*|pitniu|pitniyu|trusyt|tremchu)"
)
_JERKS = (
    r"(?:смика\w*|посмику\w*|сіпа\w*|посіпу\w*|підстрибу\w*|стрибають|ривк\w*|зводить|smyka\w*"
    r"|sipa\w*)"
)

FLAGS = {
    R.BREATHLESS_LYING_FLAT: (
        rf"{_LYING}\s+[^.?!]{{0,40}}?{_AIRLESS}",
        rf"{_AIRLESS}\s+[^.?!]{{0,40}}?(?:лежачи\b|коли\s+лягаю|коли\s+лежу|на\s+спину|сплю\s+"
        r"(?:\w+\s+)?(?:сидячи|напівсидячи)|lezhachy\b|splyu\s+sydyachy|spliu\s+sydiachy)",
        # Waking breathless and sitting up, sleeping on a heap of pillows.
        r"(?:прокидаюсь|прокидаюся|prokydaius\w*|prokydayus\w*)\s+(?:\w+\s+){0,5}?(?:задиха\w*"
        r"|нема\s+чим\s+дихати|бракує\s+повітря|не\s+вистачає\s+повітря|zadykha\w*)",
        r"(?:сплю|splyu|spliu)\s+(?:\w+\s+){0,2}?(?:на|na)\s+(?:двох|трьох|чотирьох|горі|купі|dvokh"
        r"|trokh)\s+(?:\w+\s+)?(?:подуш\w*|podush\w*)(?=[^?]{0,80}(?:задиха|повітр|дихати|задишк"
        r"|zadykha|povitr))",
    ),
    R.NUMBNESS_SPREADING: (
        rf"{_NUMB}\s+[^.?!]{{0,100}}?{_CLIMBS}",
        rf"{_CLIMBS}\s+[^.?!]{{0,40}}?{_NUMB}",
        r"(?:німіють|німіє|nimiiut|nimiyut)\s+(?:\w+\s+)?(?:знизу\s+вгору|знизу\s+догори|znyzu\s+vhoru)",
    ),
    R.WEIGHT_LOSS: (
        rf"{_LOST}\s+(?:на\s+|na\s+)?{_KG}\s*,?\s+[^.?!]{{0,40}}?{_UNTRIED}{_ON_PURPOSE}",
        rf"{_LOST}\s+(?:на\s+|na\s+)?{_KG}\s+[^?]{{0,40}}?{_TWITCH}",
        rf"(?:худну|худне|втрачаю\s+вагу|вага\s+(?:\w+\s+)?(?:йде|падає|тане)|схудла|схуд|схуднув"
        rf"|skhudla|shudla)\s*,?\s+(?:\w+\s+)?{_UNTRIED}{_ON_PURPOSE}",
        rf"мінус\s+{_KG}\s+[^.?!]{{0,40}}?(?:{_UNTRIED}|{_TWITCH}){_ON_PURPOSE}",
        rf"(?:змарні\w*|спідниц\w*\s+(?:\w+\s+){{0,3}}?спадають)\s+[^.?!]{{0,60}}?(?:{_UNTRIED}"
        rf"|мінус\s+{_KG}){_ON_PURPOSE}",
    ),
    R.NEW_MEDICINE: (
        rf"{_STARTED}\s+[^?]{{0,120}}?{_STIRRED}\s+[^?]{{0,100}}?(?:{_STIRRED}|{_JERKS})",
        rf"{_STARTED}\s+[^?]{{0,120}}?{_JERKS}\s+[^?]{{0,100}}?{_STIRRED}",
        rf"з\s+(?:\w+\s+)?нов\w+\s+(?:ліками|препарат\w*|таблетк\w*|{_DRUGS})\s+[^?]{{0,100}}?"
        rf"(?:{_STIRRED}|{_JERKS})\s+[^?]{{0,100}}?(?:{_STIRRED}|{_JERKS})",
    ),
}
