"""Ukrainian: someone else has swallowed something dangerous just now — дитина і батарейка,
капсула для прання, таблетка для посудомийки, відбілювач; брат випив отруту для щурів чи
антифриз; малюк наковтався бабусиних таблеток. Дзвонити 103 / 112 одразу. In Latin letters too
("syn prokovtnuv batareyku").

Хто (син, малюк, брат, без "який": новина про дитину лишається осторонь) і що (кісточка,
жуйка, шоколад у собаки лишаються осторонь); у пігулок — чужі пігулки ("випив свої
антибіотики", "п'є багато таблеток щодня" лишаються осторонь; кількість уже в rules_uk).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import permutations

from bot.core.safety.verdict import EmergencySign as E

__all__ = ["OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:(?:мій|моя|моє|наш|наша|наше)\s+)?(?:син|синок|синочок|донька|дочка|доця|дитина"
    r"|малюк|малеча|мала|малий|молодший|молодша|брат|братик|сестра|сестричка|чоловік|дружина"
    r"|хлопець|дівчина|друг|подруга|мама|мати|тато|батько|бабуся|дідусь|онук|онука|племінник"
    r"|племінниця|сусід|сусідка|він|вона|syn|synok|don\s?ka|dochka|dytyna|maliuk|malyuk|brat"
    r"|sestra|cholovik|druzhyna|khlopets|hlopets|divchyna|druh|drug|mama|tato|babusia|babusya"
    r"|didus|onuk|vin|vona)"
)
_GAP = r"(?:(?!який\s|яка\s|яке\s|які\s|коли\s)\w+\s+){0,3}?"
_ATE = (
    r"(?:проковтну\w*|ковтну\w*|з\s?ї(?:в|ла|ли|ло)|випив|випила|випило|випили|наковта\w*"
    r"|зжер\w*|нажер\w*|лизну\w*|сьорбну\w*|розгриз\w*|засуну\w*\s+в\s+рот|prokovtnu\w*"
    r"|kovtnu\w*|z\s?y?iv|z\s?y?ila|vypy[vl]\w*|nakovta\w*)"
)
_POISON = (
    r"(?:батарейк\w*|магніт\w*|(?:таблетк\w*|капсул\w*)\s+(?:для|від)\s+(?:посудомийк\w*"
    r"|посудомийн\w*|прання|пральн\w*)|пральн\w*\s+порош\w*|порош\w*\s+для\s+прання"
    r"|відбілювач\w*|білизн\w*|хлорк\w*|доместос\w*|кріт|крота|засоб\w*\s+для\s+(?:чищення"
    r"|миття|труб|посуду|унітазу|прання)|миюч\w*\s+засоб\w*|побутов\w*\s+хімі\w*|отрут\w*"
    r"|антифриз\w*|тосол\w*|незамерзайк\w*|оцет|оцту|оцтов\w*\s+есенці\w*|есенці\w*"
    r"|розчинник\w*|бензин\w*|ацетон\w*|пестицид\w*|гербіцид\w*|інсектицид\w*|дихлофос\w*"
    r"|ртут\w*|метанол\w*|кислоту|batare[iy]?k\w*|magnit\w*|vidbiliuvach\w*|vidbilyuvach\w*"
    r"|bilyzn\w*|khlork\w*|hlork\w*|otrut\w*|antifriz\w*|otset|otstu)\b"
)
_PILL = r"(?:таблет\w*|пігул\w*|ліки|ліків|снодійн\w*|tabletk\w*|pigulk\w*|pihulk\w*|liky)"
_OWN = (
    r"(?:мої|моїх|мамині|маминих|бабусині|бабусиних|дідусеві|дідусевих|татові|татових|чужі"
    r"|чужих|moi|moyi|mamyni|babusyni)"
)
_KIN = r"(?:бабусі|дідуся|мами|матері|тата|батька|тітки|дядька|сусідки|babusi|mamy|tata)"

SWALLOWED_POISON = (rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,4}}?{_POISON}",)
SWALLOWED_PILLS = (
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,2}}?{_OWN}\s+(?:\w+\s+)?{_PILL}",
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,2}}?{_PILL}\s+(?:\w+\s+)?{_KIN}\b",
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+)?(?:цілий|цілу|весь|всю|пів)\s*(?:блістер\w*"
    r"|пластинк\w*|пачк\w*|упаковк\w*|флакон\w*|blister|pachk\w*|upakovk\w*)",
    rf"{_WHO}\s+{_GAP}{_ATE}\s+[^.!?]{{0,30}}?{_PILL}[^.!?]{{0,40}}?(?:не\s+знаю\s+скільки"
    r"|ne\s+znaiu\s+skilky|ne\s+znayu\s+skilky|не\s+знаємо\s+(?:скільки|які)"
    r"|ne\s+znaiemo\s+(?:skilky|yaki)|ne\s+znayemo\s+(?:skilky|yaki))",
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


# Передозування зі словом кількості, якого старі правила не знають ("проковтнула жменю
# таблеток", "випив решту своїх снодійних"), і тижнева чи подвійна доза, вся таблетниця, випиті
# помилково (сам чи мама), кирилицею й латинкою. Звичка ("на день", "щодня"), "як призначили",
# "мало не" і вітаміни лишаються осторонь.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?(?:на\s+день|в\s+день|щодня|кожного\s+дня|кожен\s+день|як\s+призначил\w*"
    r"|роками|shchodnya)\b)"
)
_OD_VERB = (
    r"(?:випил\w*|випив|проковтнул\w*|проковтнув|ковтнул\w*|ковтнув|прийнял\w*|прийняв"
    r"|наковтал\w*|наковтав|закинул\w*|закинув|зжерл\w*|з\s+їв|зїв|з\s+їла|зїла|vypyv|vypyla"
    r"|vypil\w*|prokovtnul\w*|prokovtnuv|nakovtal\w*)"
)
_MISTAKE = (
    r"(?:помилково|випадково|переплутал\w*|переплутав|ненароком|через\s+неуважність|pomylkovo"
    r"|vypadkovo|pereplutal\w*|pereplutav)"
)
_DOSE = (
    r"(?:тижнев\w+\s+доз\w*|доз\w*\s+на\s+(?:весь\s+|цілий\s+)?тиждень|подвійн\w+\s+доз\w*"
    r"|(?:всю|цілу)\s+таблетниц\w*|таблетниц\w*\s+(?:на\s+(?:весь\s+)?тиждень|повністю)"
    r"|таблетки\s+на\s+(?:весь\s+|цілий\s+)?тиждень|tyzhnev\w+\s+doz\w*|podvijn\w+\s+doz\w*)"
)
_ALMOST = r"мало\s+не|ледь|ледве|malo\s+ne"
OVERDOSE_MORE = (
    rf"{_OD_VERB}\s+(?:\w+\s+)?(?:жменю|цілу\s+жменю|купу|купку|безліч|решту|залишки|всі\s+решта"
    rf"|пів\s+пачки|півпачки|пригорщу|zhmenyu|kupu|reshtu|zalyshky)\s+(?:своїх\s+|моїх\s+|svoyih\s+"
    rf"|moyih\s+)?(?:\w+\s+)?{_PILL}{_NOT_HABIT}",
    *_orders(_ALMOST, _MISTAKE, _OD_VERB, _DOSE),
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
