"""Italian: someone at the edge now, or with the means ready and a moment chosen (sets S, T):
"sono sul ponte sul Po… non ho più paura, volevo solo scriverlo a qualcuno", "stanotte dopo la
chiusura scendo in cantina con la corda", "ho la corda, aspetto che i miei dormano", "non so
se chiamare qualcuno o buttarmi". Over normalised text.

Each rule needs two parts (a place and a jump or a farewell, a rope and a moment), so a view
from a bridge or a rope for the boat stay ordinary.
"""

from __future__ import annotations

__all__ = ["EDGE"]

_HIGH = (
    r"(?:ponte|dirupo|burrone|precipizio|scogliera|strapiombo|rupe|tetto|terrazzo|cornicione"
    r"|balcone|viadotto|parapetto|ringhiera|binari)"
)
_AT_EDGE = (
    r"(?:sono|sto|mi\s+trovo)\s+(?:seduto\s+|seduta\s+|in\s+piedi\s+|qui\s+)?(?:sul|sulla|sullo"
    r"|in\s+cima\s+al|in\s+cima\s+alla|sul\s+bordo\s+del|sul\s+bordo\s+della|sull\s+orlo\s+del"
    rf"|sull\s+orlo\s+della|oltre\s+la|davanti\s+al)\s+(?:\w+\s+)?{_HIGH}\b"
)
_JUMP = (
    r"(?:buttarmi|mi\s+butto|saltare|salto\s+giu|lanciarmi|mi\s+lancio"
    r"|non\s+(?:voglio|scendo)\s+piu|non\s+ho\s+piu\s+paura"
    r"|volevo\s+solo\s+(?:dirlo|scriverlo|salutare|dirtelo|scrivertelo)|addio)\b"
)

EDGE = (
    r"(?:chiamare|chiamo|telefonare|telefono|scrivere)\s+(?:a\s+)?qualcuno\s+o\s+(?:buttarmi"
    r"|mi\s+butto|saltare|salto|lanciarmi|mi\s+lancio)\b",
    rf"{_AT_EDGE}[^?]{{0,140}}?{_JUMP}",
    r"corda\s+[^?]{0,80}?(?:aspetto|aspettando|aspettare)\s+che\s+(?:\w+\s+){0,3}?(?:dorm\w+"
    r"|vadano\s+a\s+letto|escano)\b",
    r"(?:scendo|salgo|vado|andro|scendero)\s+(?:in|nel|nella|al|alla)\s+(?:cantina|soffitta"
    r"|garage|box|bosco|fienile|solaio|capanno)\s+con\s+(?:la|una)\s+corda\b",
    # A letter left and a drop nearby: "ho lasciato la lettera… c'è quel dirupo dietro".
    r"(?:lasciato|scritto)\s+(?:la|una|le)\s+letter[ae]\s+[^?]{0,120}?(?:dirupo|burrone"
    r"|precipizio|strapiombo|binari)\b",
    r"(?:me\s+ne\s+vado|vado\s+via|me\s+ne\s+andro)\s+per\s+sempre\s*[,.]?\s+(?:\w+\s+){0,2}?"
    r"so\s+(?:gia\s+)?come\b",
)
