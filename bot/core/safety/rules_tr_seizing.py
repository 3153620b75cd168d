"""Turkish: someone else's seizure now where rules_tr.py needs a named person right before it
("çırak yere düştü, kasılıyor, ağzından köpük geliyor"; "eşim beş dakikadır kasılıyor").
Joined to the someone-else sign by rules_tr_swallowed.py, so rules_tr.py stays as it is.

Jerking stands with a fall, a sign that it is happening now (foam, no response, eyes rolled)
or a named person and minutes: "bacağım kasılıyor" and "bütün vücudum kasılıyor" are the
writer's own twitching or cramp, and trembling ("titriyor") is fear or cold.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

# "Titriyor" alone is trembling (fear, cold): not here.
_JERK = r"(?:kasiliyor|nobet\s+geciriyor|sarsiliyor|cirpiniyor)"
_WHO = (
    r"(?:esim|kocam|karim|annem|babam|kardesim|abim|ablam|arkadasim|oglum|kizim|ogrencim|cirak"
    r"|adam|kadin|biri|hasta|komsum|dedem|ninem|bebek|bebegim|cocuk|cocugum|sevgilim|amcam"
    r"|teyzem|halam|dayim|yegenim|torunum|babaannem|anneannem)"
)
SEIZING = (
    # No word of the writer's own between ("telefon yere düştü, bacağım kasılıyor").
    rf"(?:yere\s+dustu|yere\s+yigildi|yere\s+yikildi|yerde)\s+(?:(?!\S*(?:im|um)\s)\S+\s+){{0,4}}?"
    rf"{_JERK}\b",
    rf"{_JERK}\b\s+(?:[^\s.!?]+\s+){{0,12}}?(?:kopuk|tepki\s+vermiyor|cevap\s+vermiyor"
    r"|bilinci\s+(?:yok"
    r"|kapali)|gozleri\s+(?:kay\w*|don\w*|yukari\w*)|baygin)\b",
    rf"{_WHO}\s+(?:\S+\s+){{0,2}}?dakikadir\s+(?:kasiliyor|nobet\s+geciriyor)\b",
)
