"""More Turkish idioms (rules_tr.py adds them to its own), blanked out before any rule runs:
self-harm or suicidal thoughts in one's youth, years ago and over since ("gençken kendime zarar
veriyordum, 30 yıl oldu, şimdi iyiyim"), and a stroke years ago, recovered. Over normalised
text like rules_tr.py.

Each span stops before a word of now ("yine", "tekrar", "bu aralar", "istiyorum"): "gençken
kendime zarar veriyordum, bu aralar yine başladı" keeps its crisis.
"""

from __future__ import annotations

__all__ = ["MORE_IDIOMS"]

_NOW = (
    r"(?:yine|gene|tekrar|hala|son\s+zamanlarda|bu\s+aralar|dun|bugun|az\s+once|su\s+an|istiyorum"
    r"|dusunuyorum|basladi)(?!\w)"
)
_CALM = rf"(?:(?!(?<!\w){_NOW})[^?])"
_CALM_CLAUSE = rf"(?:(?!(?<!\w){_NOW})[^.?!]){{0,80}}"
_YOUTH = (
    r"(?:gencken|genc\s+iken|genclikte|genclik\s+yillarimda|cocukken|lisede\w*|ortaokulda\w*"
    r"|universitede\w*|ergenlikte|askerde|askerden\s+sonra|eskiden|bir\s+zamanlar|yillar\s+once"
    r"|yil\s+once)(?!\w)"
)
_PAST_ACT = (
    r"(?:kendime\s+zarar\s+ver(?:iyordum|irdim|dim|mistim)|kendimi\s+kes(?:iyordum|erdim|tim|mistim)"
    r"|(?:kolumu|kollarimi|bilegimi)\s+kes(?:iyordum|erdim|tim|mistim)|jilet\s+at(?:iyordum|tim|ardim)"
    r"|intihar\w*\s+(?:\S+\s+){0,2}?(?:dusundum|dusunmustum|dusunurdum|dusunuyordum|denedim"
    r"|denemistim|girisim\w*)|intihar\s+dusunceleri\w*)"
)
_RECOVERED = (
    r"(?:(?:simdi|artik|cok\s+sukur|elhamdulillah)\s+(?:\S+\s+)?(?:iyiyim|mutluyum|iyi)|iyiyim|gecti"
    r"|geride\s+kaldi|atlattim|tedavi\s+(?:\S+\s+)?(?:gordum|oldum)|terapi\s+(?:\S+\s+)?(?:gordum"
    r"|aldim|iyi\s+geldi)|yil\s+oldu|yil\s+gecti|iyilesti\w*|duzeldi\w*|toparlandi\w*)(?!\w)"
)
# Set S's family: what was over is back later in the message ("şimdi iyiyim diyordum ama geçen
# haftadan beri yine başladı"): the span would end before "yine" and leave no crisis word.
_BACK = (
    r"(?![^?]{0,150}(?<!\w)(?:(?:yine|tekrar|yeniden|gene)\s+(?:basla\w*|geldi\w*|dondu\w*)"
    r"|geri\s+(?:geldi|dondu)\w*|nuks\w*)(?!\w))"
)
_STROKE = r"(?:felc|inme|kalp\s+krizi)\w*"
_LONG_AGO = r"(?:yil\s+once|yillar\s+once|yil\s+oldu|eskiden|zamaninda|yilinda)(?!\w)"

MORE_IDIOMS = (
    rf"(?:{_YOUTH}\s+{_CALM}{{0,60}}?{_PAST_ACT}|{_PAST_ACT}\s+{_CALM}{{0,40}}?{_YOUTH})"
    rf"{_CALM}{{0,120}}?{_RECOVERED}{_BACK}",
    # A stroke years ago, recovered: "babaannem yıllar önce felç geçirdi, ağzı kaymıştı, iyileşti".
    rf"(?:{_STROKE}\s+{_CALM}{{0,60}}?{_LONG_AGO}|{_LONG_AGO}\s+{_CALM}{{0,60}}?{_STROKE})"
    rf"{_CALM}{{0,100}}?{_RECOVERED}{_CALM_CLAUSE}",
)
