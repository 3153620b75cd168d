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

from bot.core.safety.verdict import EmergencySign as E

__all__ = ["SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

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


def swallowed(
    someone_else: Sequence[str], overdose_taken: Sequence[str]
) -> dict[E, tuple[str, ...]]:
    """The two signs of this language with the swallowed family added: poisons and batteries
    to someone else in danger, pills to an overdose taken."""
    return {
        E.SOMEONE_ELSE: (*someone_else, *SWALLOWED_POISON),
        E.OVERDOSE_TAKEN: (*overdose_taken, *SWALLOWED_PILLS),
    }
