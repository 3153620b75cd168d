"""Russian, Ukrainian and Turkish weakness over weeks, panic in a crowd or after an alarm, and two
near misses (sets V and W), over normalised text; a space below stands for \\s+.

Weakness over weeks (red flag): an arm that tires and drops holding a phone, a head that falls
forward, with weeks or "I used to" beside it ("уже месяц так, раньше по часу болтала").

Panic: the writer shaking, heart leaping, in a queue, an office, a crowd or out on the stairs,
or after an air-raid alert with "no injuries, just fear" ("у черзі в ЦНАПі задихаюсь, руки
трусяться, вийшла на вулицю"): a breath that fails there is panic's (classify.py), unless blood
or a wound is named.

Near misses, blanked with the idioms: a paramedic's or a police officer's calls to a suicide
("за зміну два виклики на суїцид, обоє живі"), and someone who "fainted" laughing at a series
("annem bayıldı izlerken 😄")."""

from __future__ import annotations

from bot.core.safety.common import near, spaced
from bot.core.safety.verdict import RedFlag as R

__all__ = ["IDIOMS", "PANIC", "WEEKS"]


def _n(most: int, *parts: str) -> tuple[str, ...]:
    return spaced(*near(most, *parts, stop="!?"))


WEEKS: dict[str, dict[R, tuple[str, ...]]] = {
    "ru": {
        R.WEAKNESS: _n(
            120,
            r"(?:недел\w*|месяц\w*|все (?:хуже|чаще)|раньше)",
            r"(?:(?:не могу|тяжело|трудно) (?:долго )?(?:держать|удерживать"
            r"|удержать) (?:\w+ ){0,2}?"
            r"(?:телефон|голову|руку|руки|чашку)|(?:рука|руки) (?:\w+ )?(?:устает"
            r"|устают) (?:\w+ )?"
            r"(?:и )?(?:падает|падают|опускается|опускаются)|голова (?:\w+ )?(?:падает|свисает"
            r"|клонится) (?:\w+ )?(?:вперед|на грудь))",
        ),
    },
    "uk": {
        R.WEAKNESS: _n(
            120,
            r"(?:тиж\w*|місяц\w*|все (?:гірше|частіше)|раніше)",
            r"(?:(?:не можу|важко|тяжко) (?:довго )?(?:тримати|утримувати|втримати) (?:\w+ ){0,2}?"
            r"(?:телефон|голову|руку|руки|чашку)|(?:рука|руки) (?:\w+ )?(?:втомлюється"
            r"|втомлюються) (?:\w+ )?(?:і )?(?:падає|падають|опускається|опускаються)|голова"
            r" (?:\w+ )?(?:падає|звисає|хилиться) (?:\w+ )?(?:вперед|на груди))",
        ),
    },
    "tr": {
        R.WEAKNESS: _n(
            120,
            r"(?:hafta\w*|ay(?:dir|dan|lardir)?|eskiden|giderek)",
            r"(?:basimi (?:dik )?tutam\w*|basim (?:\w+ )?(?:one|ileri) (?:dusuyor|dus\w*)|kolum"
            r" (?:\w+ )?yoruluyor (?:\w+ )?(?:ve )?dusuyor|telefonu (?:\w+ ){0,2}?tutam\w*)",
        ),
    },
}

_NO_WOUND_RU = r"(?![^?]{0,80}(?:кров|ранен|осколк|контуз))"
_NO_WOUND_UK = r"(?![^?]{0,80}(?:кров|поранен|осколк|уламк|контуз))"

PANIC: dict[str, tuple[str, ...]] = {
    "ru": tuple(
        p + _NO_WOUND_RU
        for p in _n(
            100,
            r"(?:(?:в|на) (?:очереди|метро|маршрутке|автобусе|магазине|супермаркете|толпе|офисе"
            r"|опенспейсе|работе)|(?:ушла|ушел|вышла|вышел|выбежала|выбежал|выскочила|выскочил)"
            r" (?:на улицу|на лестницу|на балкон|во двор|на воздух)|накрыл\w*|накатил\w*"
            r"|отбой (?:\w+ )?тревоги|после (?:тревоги|обстрела|взрыв\w*|прилет\w*))",
            r"(?:трясет|трясусь|(?:руки|ноги) (?:\w+ )?трясутся|колотит|дрожу|сердце (?:\w+ )?"
            r"(?:выскакивает|колотится|выпрыгивает))",
        )
    ),
    "uk": tuple(
        p + _NO_WOUND_UK
        for p in _n(
            100,
            r"(?:(?:в|у) (?:черзі|метро|маршрутці|автобусі|магазині|супермаркеті|натовпі|офісі"
            r"|опенспейсі|цнапі)|(?:вийшла|вийшов|вибігла|вибіг|вискочила|вискочив) (?:на вулицю"
            r"|на сходи|надвір|на балкон|на повітря)|накрил\w*|накотил\w*|відбій (?:\w+ )?тривоги"
            r"|після (?:тривоги|обстрілу|вибух\w*|прильот\w*))",
            r"(?:трусить|трусит|трясе|(?:руки|ноги) (?:\w+ )?(?:трусяться|тремтять)|колотить"
            r"|тремчу"
            r"|серце (?:\w+ )?(?:вискакує|вистрибує|калатає))",
        )
    ),
    "tr": _n(
        100,
        r"(?:(?:kuyrukta|sirada|metroda|otobuste|markette|kalabalikta|ofiste)|(?:disari|sokaga)"
        r" (?:ciktim|kactim)|siren\w* (?:\w+ )?(?:sonra|bitti))",
        r"(?:titriyorum|ellerim (?:\w+ )?titriyor|kalbim (?:\w+ )?(?:cikacak|carpiyor|gumbur))",
    ),
}

_LAUGH = r"(?:😄|😂|🤣|😆|😅|😁|haha\w*|ahah\w*|jaja\w*|lol\b|хаха\w*|ахах\w*)"

IDIOMS: dict[str, tuple[str, ...]] = {
    "ru": spaced(
        r"(?:фельдшер\w*|медсестр\w*|медбрат\w*|врач\w*|скор\w*|спасател\w*|полицейск\w*"
        r"|диспетчер\w*|смен\w*|дежурств\w*)\b[^!?]{0,100}?(?<!\w)вызов\w* (?:\w+ ){0,2}?на"
        r" (?:суицид\w*|самоубийств\w*|попытк\w*)",
    ),
    "uk": spaced(
        r"(?:фельдшер\w*|медсестр\w*|медбрат\w*|лікар\w*|швидк\w*|рятувальник\w*|поліцейськ\w*"
        r"|диспетчер\w*|змін\w*|чергуванн\w*)\b[^!?]{0,100}?(?<!\w)виклик\w* (?:\w+ ){0,2}?на"
        r" (?:суїцид\w*|самогубств\w*|спроб\w*)",
    ),
    "tr": (
        *spaced(
            r"(?:paramedik\w*|ambulans\w*|acil\w*|polis\w*|itfaiye\w*|nobet\w*"
            r"|hemsire\w*)\b[^!?]{0,100}?"
            r"(?<!\w)intihar (?:vakas\w*|ihbar\w*|cagri\w*|girisimi vakas\w*)",
        ),
        *(
            rf"{p}[^.!?]{{0,30}}?{_LAUGH}"
            for p in spaced(
                *near(
                    40,
                    r"(?:izlerken|seyrederken|izliyorduk|izliyordu|dizi\w*|film\w*)",
                    r"(?:bayil\w*)",
                )
            )
        ),
    ),
}
