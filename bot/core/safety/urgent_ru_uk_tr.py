"""Emergencies in Russian, Ukrainian and Turkish that no sign named (sets V and W), over
normalised text; a space in the rules below stands for \\s+ (Latin-letter Russian and
Ukrainian come through translit.py).

Someone else (the bystander's answer: call, stay with them):
- mushrooms picked or eaten and a household vomiting, yellow eyes, delirium, limpness ("собрали
  грибы в лесу, … всю семью рвёт, у дочки пожелтели глаза"); a queasy stomach alone is not it;
- someone else's bleeding that spurts or will not stop ("чоловік порізав руку …, кров б'є
  фонтаном"); one's own is self-harm's, a crisis;
- pulled from ice water, blue, no longer shivering, not answering;
- a scald over a large part (chest, belly, face) with the skin coming off ("göğsü ve kolu
  haşlandı, deri soyuluyor"); a blister on a finger is not it.

The writer's own, with no sign of its own in EmergencySign: a rash that does not fade under a
pressed glass, and a late period with sharp low belly pain and bleeding or faintness (an
ectopic pregnancy). They take WORST_HEADACHE, whose answer is the plain "call now, don't drive
yourself, don't wait for it to pass" (conversations/safety_answers.py)."""

from __future__ import annotations

from bot.core.safety.common import near, spaced
from bot.core.safety.verdict import EmergencySign as E

__all__ = ["URGENT"]

_PLAIN = E.WORST_HEADACHE
# Someone else named: the bleeding is theirs. One's own (cut, "кровь не останавливается") is
# self-harm's, a crisis by the corpus (rules_<lang>_harm.py).
_OTHER_RU = (
    r"(?:муж\w*|жен\w*|сын\w*|дочь|дочк\w*|ребен\w*|ребенк\w*|отец|отца|пап\w*|мам\w*|брат\w*"
    r"|сестр\w*|друг\w*|сосед\w*|кум\w*|деда?\w*|бабушк\w*|коллег\w*|он|она|его|ему|ей)"
)
_OTHER_UK = (
    r"(?:чоловік\w*|дружин\w*|син\w*|донь\w*|дочк\w*|дитин\w*|бать\w*|тат\w*|мам\w*|брат\w*"
    r"|сестр\w*|друг\w*|сусід\w*|кум\w*|дід\w*|бабус\w*|колег\w*|він|вона|його|йому|їй)"
)
_OTHER_TR = (
    r"(?:kocam\w*|esim\w*|karim\w*|oglum\w*|kizim\w*|cocu\w*|babam\w*|annem\w*|abim\w*"
    r"|ablam\w*|kardesim\w*|arkadasim\w*|komsu\w*|dedem\w*|ninem\w*)"
)


def _n(most: int, *parts: str) -> tuple[str, ...]:
    return spaced(*near(most, *parts, stop="!?"))


URGENT: dict[str, dict[E, tuple[str, ...]]] = {
    "ru": {
        E.SOMEONE_ELSE: (
            *_n(
                150,
                r"(?:гриб\w*)",
                r"(?:(?:всех|всю семью|всю|всего|обоих|детей|его|ее|их|сына|дочь"
                r"|ребенка) (?:\w+ )?"
                r"(?:рвет|тошнит|полощет)|блюет|блюют|пожелтел\w*|желт\w* (?:глаза|кожа)|бредит"
                r"|галлюцин\w*|вял\w*|без сознания|не просыпается|судорог\w*)",
            ),
            *_n(
                100,
                _OTHER_RU,
                r"(?:кровь (?:\w+ )?(?:бьет|хлещет|фонтаном|струей|не останавливается"
                r"|не остановить)"
                r"|(?:фонтаном|струей) (?:\w+ )?(?:бьет |хлещет )?кровь|не (?:могу"
                r"|можем) остановить"
                r" (?:ему |ей )?кровь)",
            ),
            *_n(
                120,
                r"(?:провалил\w* под лед|(?:вытащили|достали) (?:\w+ ){0,2}?из (?:воды|полыньи"
                r"|проруби"
                r"|реки|озера|пруда))",
                r"(?:не отвечает|не реагирует|не дышит|синий|синяя|посинел\w*|без сознания"
                r"|перестал\w* дрожать|не дрожит)",
            ),
            *_n(
                100,
                r"(?:кипят\w*|кипящ\w*|горяч\w* (?:чай|вод\w*|масл\w*)|чайник\w*)",
                r"(?:кожа (?:\w+ ){0,2}?(?:слезает|сходит|облезает|отходит)"
                r"|(?:ошпарил\w*|обварил\w*)"
                r" (?:\w+ )?(?:грудь|живот|спину|лицо|всю|весь))",
            ),
        ),
        _PLAIN: (
            *_n(
                60,
                r"(?:сып\w*|пятн\w*|точк\w*)",
                r"(?:не (?:бледне\w*|исчеза\w*|пропада\w*|светле\w*))",
                r"(?:прижа\w*|нажа\w*|надав\w*|стакан\w*)",
            ),
            *_n(
                120,
                r"(?:задержк\w*|беременн\w*)",
                r"(?:(?:резк\w*|сильн\w*|остр\w*) боль (?:\w+ )?(?:внизу|в низу) живота)",
                r"(?:кров\w*|кружится голова|голова кружится|еле стою|теряю сознание"
                r"|темнеет в глазах)",
            ),
        ),
    },
    "uk": {
        E.SOMEONE_ELSE: (
            *_n(
                150,
                r"(?:гриб\w*)",
                r"(?:(?:всіх|всю сім\w*|всю родину|обох|дітей|його|її|їх|сина|доньку|дитину)"
                r" (?:\w+ )?(?:рве|нудить)|блює|блюють|пожовт\w*|жовт\w* (?:очі|шкіра)|марить"
                r"|галюцин\w*|бачить (?:щось|що|\w+ на стелі)|кволий|квола|млявий|млява"
                r"|в ялий|в яла|без свідомості|не прокидається|судом\w*)",
            ),
            *_n(
                100,
                _OTHER_UK,
                r"(?:кров (?:\w+ )?(?:б є|бє|хлеще|фонтаном|струменем|не зупиняється"
                r"|не спиняється)"
                r"|(?:фонтаном|струменем) (?:\w+ )?(?:б є |хлеще )?кров|не (?:можу"
                r"|можемо) зупинити"
                r" (?:йому |їй )?кров)",
            ),
            *_n(
                120,
                r"(?:провали\w* під лід|(?:витягли|дістали) (?:\w+ ){0,2}?з (?:води|ополонки|річки"
                r"|озера|ставка))",
                r"(?:не відповідає|не реагує|не дихає|синій|синя|посинів\w*|посиніл\w*"
                r"|без свідомості|тремтіти перестав\w*|перестав\w* тремтіти|не тремтить)",
            ),
            *_n(
                100,
                r"(?:окріп\w*|кип ят\w*|киплач\w*|гаряч\w* (?:чай|вод\w*|олі\w*)|чайник\w*)",
                r"(?:шкіра (?:\w+ ){0,2}?(?:злазить|сходить|облазить|відходить)"
                r"|(?:ошпари\w*|обвари\w*)"
                r" (?:\w+ )?(?:груди|живіт|спину|обличчя|всю|весь))",
            ),
        ),
        _PLAIN: (
            *_n(
                60,
                r"(?:висип\w*|плям\w*|цятк\w*|крапк\w*)",
                r"(?:не (?:блідне\w*|зника\w*|світлі\w*))",
                r"(?:притисн\w*|натисн\w*|склянк\w*)",
            ),
            *_n(
                120,
                r"(?:затримк\w*|вагітн\w*)",
                r"(?:(?:різк\w*|сильн\w*|гостр\w*) біль (?:\w+ )?(?:унизу|внизу|в низу) живота)",
                r"(?:кров\w*|паморочит\w*|ледь стою|ледве стою|втрачаю свідомість|темніє в очах)",
            ),
        ),
    },
    "tr": {
        E.SOMEONE_ELSE: (
            *_n(
                150,
                r"(?:mantar\w*)",
                r"(?:(?:herkes|hepimiz|hepsi|cocuk\w*|oglum|kizim) (?:\w+ )?kusuyor|sarard\w*"
                r"|sayikl\w*|halusinasyon\w*|bilinci (?:\w+ )?kapal\w*|bayild\w*|uyanmiyor"
                r"|kasil\w*)",
            ),
            *_n(
                100,
                _OTHER_TR,
                r"(?:kan (?:\w+ )?(?:fiskiriyor|fiskirdi|durmuyor|duramiyor|bosaliyor)"
                r"|kani (?:\w+ )?durduramiyor\w*)",
            ),
            *_n(
                120,
                r"(?:buz\w* (?:\w+ )?(?:dustu|gomuldu|kirildi)|(?:sudan|gol\w*den"
                r"|dereden) cikardik)",
                r"(?:tepki vermiyor|cevap vermiyor|nefes almiyor|morardi|mosmor|bilinci kapali"
                r"|titremesi durdu)",
            ),
            *_n(
                100,
                r"(?:caydanlik\w*|kaynar\w*|kaynayan\w*|sicak (?:su|cay|yag)\w*)",
                r"(?:(?:deri\w*|derisi) (?:\w+ ){0,2}?(?:soyul\w*|kalkiyor|dokuluyor)|(?:gogs\w*"
                r"|karn\w*"
                r"|yuz\w*|sirt\w*) (?:\w+ ){0,2}?hasland\w*)",
            ),
        ),
        _PLAIN: (
            *_n(
                60,
                r"(?:dokuntu\w*|leke\w*|kizariklik\w*)",
                r"(?:bardak\w*|bastir\w*)",
                r"(?:solmuyor|kaybolmuyor|gecmiyor|gitmiyor|silinmiyor)",
            ),
            *_n(
                120,
                r"(?:(?:adet\w*|regl\w*) (?:\w+ )?gecik\w*|hamile\w*)",
                r"(?:(?:siddetli|keskin|cok kotu|ani) (?:kasik|karin) agri\w*"
                r"|kasigim\w* (?:\w+ )?agri\w*)",
                r"(?:kanama\w*|kan geliyor|basim donuyor|bayil\w*|zor duruyorum)",
            ),
        ),
    },
}
