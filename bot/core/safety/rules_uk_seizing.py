"""Ukrainian: someone else's seizure now where rules_uk.py needs the fit named ("у жінки поруч
почався напад, б'ється, піна з рота, не відповідає"; "її трусить, на губах піна"). Joined to the
someone-else sign by rules_uk_swallowed.py, so rules_uk.py stays as it is.

A fit or shaking stands with another person and a sign that it is happening now (foam, eyes
rolled, not answering, a fall, a cry for help): "мене трусить" and "у мене напад паніки" are the
writer's own fear, and "не відповідає на дзвінки" is no sign.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_FIT = (
    r"(?:(?:у|в)\s+(?!мене\s)(?:\w+\s+){1,3}?(?:почався\s+|стався\s+|знову\s+)?(?:напад|судоми"
    r"|приступ)(?!\s+(?:паніки|тривоги|кашлю|астми|сміху|болю|мігрені|ревнощів))|почався\s+напад"
    r"(?!\s+(?:паніки|тривоги|кашлю|астми|сміху|болю|мігрені))|епілептичн\w*\s+напад\w*)"
)
_SHAKE = (
    r"(?:(?:її|його|чоловіка|жінку|людину|хлопця|дівчину|колегу|дідуся|бабусю|дитину)\s+(?:\w+\s+)?"
    r"(?:трусить|тіпає|колотить|корчить)|(?:трусить|тіпає)\s+(?:все\s+тіло|її|його))"
)
_NOW = (
    r"(?:піна|піну|піною|не\s+відповідає(?!\s+на)|не\s+реагує|не\s+приходить\s+до\s+тями"
    r"|без\s+свідомості|очі\s+закоти\w*|б\s?ється|на\s+підлозі|на\s+землі|впав|впала|упав|упала"
    r"|допоможіть|швидку)\b"
)
SEIZING = (
    rf"{_FIT}\b[^.!?]{{0,60}}?{_NOW}",
    rf"{_SHAKE}\b[^.!?]{{0,60}}?{_NOW}",
    rf"(?:впав|впала|упав|упала)\b[^.!?]{{0,40}}?{_SHAKE}\b",
)
