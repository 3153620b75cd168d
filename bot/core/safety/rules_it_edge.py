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
    # Round 9 (sets S, T): "non farò sciocchezze, ma… dal balcone al sesto piano… la
    # ringhiera": acting denied, the means or the high place named anyway.
    r"(?:non\s+faro|non\s+faccio|non\s+ho\s+intenzione\s+di\s+fare|non\s+voglio\s+fare"
    r"|non\s+vado\s+a\s+fare)\s+(?:nessuna\s+|delle\s+|niente\s+di\s+)?(?:sciocchezz[ae]"
    r"|cazzat[ae]|stupidaggin[ei]|follie|follia|pazzie|gesti\s+estremi|gesto\s+estremo"
    r"|stupido)\b[^?]{0,50}?\b(?:ma|pero|solo\s+che)\b[^?]{0,160}?\b(?:balcone|ponte|ringhiera"
    r"|binari|finestra|terrazzo|tetto|cornicione|parapetto|pillole|pastiglie|compresse|gocce"
    r"|corda|fucile|pistola|boccette|sonniferi|lametta)\b",
    # How many drops or pills "servono", looked up with no purpose, with a day or a time
    # alone decided ("ho deciso per venerdì quando mio marito è via").
    r"(?:cercato|guardato|googlato|controllato|letto|informat[oa])\s+(?:\w+\s+){0,3}?quant[ei]"
    r"\s+(?:gocce|pillole|pastiglie|compresse|fiale|boccette|scatole|capsule)\s+(?:di\s+\w+\s+)?"
    r"(?:servono|ci\s+vogliono|bastano|ne\s+servono)\b(?!\s+(?:per|a|al|alla|ogni|di|in|la|al)\b)"
    r"[^?]{0,160}?\b(?:ho\s+deciso|deciso\s+per|quando\s+(?:\w+\s+){0,2}?(?:e|sara)\s+via"
    r"|quando\s+(?:\w+\s+){0,2}?dorm\w+|stanotte|stasera)\b",
    # A gun in reach told with its key known and a time alone or a secret.
    r"(?:fucile|doppietta|pistola|carabina|arma|armi|revolver)\b[^?]{0,120}?\bso\s+(?:gia\s+)?dove"
    r"\s+(?:tiene|sta|stanno|mette|tengono|e|sono)\s+(?:\w+\s+){0,2}?(?:la\s+chiave|le\s+chiavi"
    r"|le\s+cartucce|i\s+proiettili|la\s+combinazione)\b[^?]{0,120}?\b(?:vado\s+da\s+sol[oa]"
    r"|saro\s+sol[oa]|non\s+dirlo\s+a\s+nessuno|non\s+dire\s+niente)\b",
)
