"""Russian preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text (ё written е), in Cyrillic and in Latin letters ("otdala kota").

Each family alone is an ordinary day: clothes a child outgrew given away, the rent paid ahead
before a holiday, "спасибо за все" to the bot, "все готово к празднику".
"""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_KIN = r"(?:сестр|брат|мам|пап|отц|матер|муж|жен|сын|доч|дет|родител|подруг|друг|сосед|племянни"
_KIN += r"|бабушк|тет|дяд|внук|внучк|sestr|brat|mam|pap|muzh|zhen|syn|doch|podrug|drug"
_KIN += r"|sosed|vnuk)\w*"
_PET = (
    r"(?:кот[аи]|кошку|котика|котенка|собак[уи]|пса|щенка|попугая|кролика|хомяка|рыбок|питомц\w*"
)
# The animals of a farmyard too: a village grandmother gives away her cow and her hens.
_PET += r"|корову|коров|коз[уы]|кур|курей|кур[оы]чек|свиней|поросят|коня|лошадь|kota|koshku|sobaku"
_PET += r"|psa|popugaya|krolika|korovu|kozu|kur|kurei|kuryei"
# Several at once, handed round ("раздала кошек по знакомым", set W).
_PET += r"|кошек|котов|котиков|котят|собак|щенков|попугаев|koshek|kotov|sobak)"
_GAVE = r"(?:отдал|раздал|подарил|передал|otdal|razdal|podaril)а?"
_THINGS = r"(?:украшени|кольц|серьг|гитар|пианино|книг|ноут|приставк|плейстейшн|коллекци|часы"
_THINGS += r"|велосипед|машин|вещи|одежд|цвет|инструмент|ukrasheni|gitar|knig|noutbuk|pristavk"
_THINGS += r"|kollekci|chasy|velosiped|mashin|veshchi)\w*"
# A pet left for a holiday or at the vet comes back.
# What one keeps for life: tools, medals, a gun, fishing gear ("раздал инструменты соседям").
_KEPT = r"(?:инструмент|наград|медал|орден|ружь|удочк|снаст|фотоаппарат|марк|монет|instrument"
_KEPT += r"|nagrad|medal|orden|ruzh|udochk)\w*"
_NOT_FOR_A_WHILE = (
    r"(?![^.!?]{0,40}(?:передержк|ветеринар|гостиниц|на время|на выходные|на неделю|на месяц"
    r"|на пару|пока я|на отпуск|peredeshk|na vremya|na nedelyu))"
)

GIVEN_AWAY = _s(
    # "отдала кота соседке", "пристроила собаку", "нашла новых хозяев для кошки".
    rf"{_GAVE} (?:своего |свою |моего |мою |нашего |svoego |svoyu )?{_PET}\b" + _NOT_FOR_A_WHILE,
    rf"{_PET} (?:\w+ )?(?:отдал|отдала|пристроил|пристроила|otdal\w*|pristroil\w*)\b"
    + _NOT_FOR_A_WHILE,
    rf"(?:пристроил|пристроила|пристроили|pristroil|pristroila) (?:\w+ )?{_PET}\b",
    rf"(?:нашел|нашла|нашли|nashel|nashla) (?:нов\w+ )?(?:хозя\w+|дом|семью) (?:для )?{_PET}\b",
    rf"{_PET} (?:теперь |будет |заберет |возьмет )?(?:будет жить|живет|поживет) у {_KIN}",
    # Her own things, not the children's outgrown clothes: "свои", "все свои", a named thing.
    rf"{_GAVE} (?:все |vse )?(?:свои|свой|свою|мои|мой|мою|svoi|svoyu|moi) (?:\w+ )?{_THINGS}\b",
    rf"{_GAVE} (?:все |vse )?(?:\w+ )?(?:украшени\w*|кольц[оа]|гитару|приставку|ноутбук"
    rf"|коллекци\w*|ukrasheni\w*|gitaru|pristavku) (?:\w+ )?{_KIN}",
    # Handed out to the neighbours, the grandchildren: "раздал инструменты соседям", "ордена
    # отдал внуку". Lent things come back ("на время", "до понедельника").
    rf"(?:{_GAVE}|раздаю|razdayu) (?:все |vse |свои |svoi |мои |moi )?(?:\w+ )?(?:{_KEPT}"
    rf"|{_THINGS}) (?:\w+ ){{0,3}}?{_KIN}" + _NOT_FOR_A_WHILE,
    rf"{_KEPT} (?:\w+ )?(?:все |vse )?(?:раздал|отдал|подарил|передал|razdal|otdal|podaril)а? "
    rf"(?:\w+ )?{_KIN}" + _NOT_FOR_A_WHILE,
)
AFFAIRS = _s(
    # Rent paid ahead, debts closed, a will, papers and passwords handed over, accounts deleted.
    r"(?:заплатил|заплатила|оплатил|оплатила|внес|внесла|zaplatil\w*|oplatil\w*) (?:за )?"
    r"(?:\w+ ){0,2}(?:квартиру|аренду|съем|коммуналку|ренту|kvartiru|arendu) (?:\w+ ){0,4}"
    r"(?:вперед|наперед|заранее|vpered|napered|zaranee)\b"
    r"(?![^.!?]{0,50}(?:отпуск|поездк|уезжа|улета|командировк|відпустк|поїздк|їду|їжджу|відрядж"
    r"|лечу|otpusk|vidpustk|uezzha))",
    r"(?:закрыл|закрыла|погасил|погасила|раздал|раздала|вернул|вернула|выплатил|выплатила"
    r"|zakryl\w*|pogasil\w*|razdal\w*|vernul\w*) (?:все |vse )?(?:свои |svoi |мои )?(?:долги"
    r"|кредит\w*|займы|ипотеку|dolgi|kredit\w*)\b",
    r"(?:написал|написала|составил|составила|оформил|оформила|заверил|заверила|переписал"
    r"|переписала|napisal\w*|sostavil\w*|oformil\w*) (?:\w+ )?(?:завещани\w*|zaveshchani\w*)",
    r"(?:документы|пароли|пароль|пин-?код\w*|доступы|ключи|бумаги|dokumenty|paroli|klyuchi)"
    r" (?:\w+ ){0,2}" + _KIN + r" (?:\w+ )?(?:отдал|отдала|передал|передала|оставил|оставила"
    r"|otdal\w*|peredal\w*|ostavil\w*)\b",
    r"(?:документы|пароли|пароль|пин-?код\w*|доступы|ключи|бумаги|dokumenty|paroli|klyuchi)"
    r" (?:\w+ ){0,4}(?:отдал|отдала|передал|передала|оставил|оставила|отправил|отправила|otdal\w*"
    r"|peredal\w*|ostavil\w*) (?:\w+ )?" + _KIN,
    r"(?:отдал|отдала|передал|передала|оставил|оставила|otdal\w*|peredal\w*|ostavil\w*)"
    r" (?:\w+ )?" + _KIN + r" (?:все )?(?:документы|пароли|пин-?код\w*|доступы|ключи|бумаги"
    r"|dokumenty|paroli|klyuchi)\b",
    r"(?:привел|привела|привожу|privel\w*) (?:все |vse )?(?:свои |svoi )?(?:дела|бумаги|документы"
    r"|dela|bumagi) в порядок|(?:уладил|уладила|закрыл|закрыла|завершил|завершила|zakryl\w*)"
    r" (?:все |vse )(?:свои |svoi )?(?:дела|dela)\b",
    # Set O: the will named first ("завещание переписала", "завещание уже составил").
    r"(?:завещани\w*|zaveshchani\w*|zaveshhani\w*) (?:\w+ )?(?:написал|написала|составил"
    r"|составила|оформил|оформила|заверил|заверила|переписал|переписала|переделал|переделала"
    r"|обновил|обновила|napisal\w*|sostavil\w*|oformil\w*|perepisal\w*)\b",
    # The house or the flat signed over to a child: "дом переписала на дочь".
    r"(?:переписал|переписала|переоформил|переоформила|perepisal\w*|pereoformil\w*) (?:\w+ ){0,3}?"
    r"(?:на )?(?:дочь|дочку|сына|детей|внук\w*|внучк\w*|жену|мужа|сестру|брата|doch|dochku|syna"
    r"|detei"
    r"|zhenu|muzha)\b|(?:дом|квартиру|хату|дачу|документы|dom|kvartiru|dachu|dokumenty) (?:\w+"
    r" ){0,3}?"
    r"(?:переписал|переписала|переоформил|переоформила|perepisal\w*) на " + _KIN,
    r"(?:удалил|удалила|udalil\w*) (?:все |vse )?(?:свои |svoi )?(?:соцсети|аккаунты|страницы"
    r"|профили|akkaunty|socseti|stranicy)\b",
)
GOODBYES = _s(
    r"(?:спасибо|благодарю|спс|spasibo|blagodaryu) (?:тебе |вам |всем |tebe |vam |vsem )?(?:за все"
    r"|za vse)\b",
    r"(?:написал|написала|оставил|оставила|napisal\w*|ostavil\w*) (?:\w+ )?(?:прощальн\w+ "
    r"|последн\w+ |proshchaln\w+ )?(?:письм\w*|записк\w*|pis\s?m\w*|zapisk\w*) (?:\w+ )?" + _KIN,
    # The kin named first: "жене написал письмо", "napisal mame pismo".
    _KIN + r" (?:написал|написала|оставил|оставила|napisal\w*|ostavil\w*) (?:\w+ )?(?:письм\w*"
    r"|записк\w*"
    r"|pis\s?m\w*|zapisk\w*)",
    r"(?:napisal|napisala) (?:\w+ )?" + _KIN + r" (?:pis\s?mo|zapisku)\b",
    r"(?:прощальн\w+|последн\w+|proshchaln\w+) (?:письм\w*|записк\w*|сообщени\w*|pis\s?m\w*"
    r"|zapisk\w*|soobshch\w*)",
    r"(?:попрощал\w*|proshchal\w*|poproshchal\w*) (?:со всеми|с ними|с родными|so vsemi)\b",
    r"(?:простите|прости|prostite|prosti) (?:меня )?(?:за все|za vse)\b",
    r"не поминайте лихом\b",
    # Set O: "don't look for me", the note's last words.
    r"(?:не ищите|не ищи|ne ishchite|ne ishite) (?:меня )?(?=\s*(?:[.!;…]|$))|меня не ищите"
    r"(?=\s*(?:[.!;…,]|$))",
    r"скажи\w* (?:\w+ )?(?:маме|им|всем|детям) (?:, )?что я (?:их |ее |его )?люблю\b",
)
FINALITY = _s(
    # Not "все готово к празднику / для поездки".
    r"(?:у меня )?(?:все|vse) (?:уже |uzhe )?(?:готово|подготовлено|gotovo|podgotovleno)\b"
    r"(?! (?:к|ко|до|для|на|в|k|do|dlya|dlja|na|v)\b)",
    r"(?:я |ya )?(?:уже |uzhe )?(?:все|vse) (?:подготовил|подготовила|приготовил|приготовила"
    r"|podgotovil\w*|prigotovil\w*)\b(?! (?:к|ко|до|для|на|k|do|dlya|dlja|na)\b)",
    r"(?:мне |mne )?(?:это |они |вещи |eto )?(?:больше|уже|bol\s?she|uzhe) (?:не|ne) (?:нужн\w*"
    r"|понадоб\w*|nuzhn\w*|ponadob\w*)(?=\s*(?:[.,!;…]|$))",
    r"(?:чтобы|чтоб|chtoby|chtob) (?:потом |potom )?(?:никому|никого|nikomu) (?:\w+ )?(?:не было"
    r"|не пришлось|не надо|ne bylo) (?:\w+ )?(?:проблем|хлопот|мороки|возиться|разбираться"
    r"|problem|hlopot)\w*",
    r"(?:они|вы|ты|она|он|oni|vy|ty) (?:\w+ )?(?:потом |когда-нибудь |позже |potom )?(?:поймут"
    r"|поймете|поймешь|поймет|poimut|poimesh)\b(?=\s*(?:[.,!;…]|$)| (?:потом|позже|когда-нибудь"
    r"|potom))",
    r"так (?:будет|будет всем) лучше(?: для всех| всем)?(?=\s*(?:[.!;…]|$))",
    r"когда меня не станет\b|после моей смерти\b|kogda menya ne stanet\b",
    # The home left bare and clean ("квартира пустая и чистая", set W): not a move, a sale, a
    # renovation or guests coming.
    r"(?:квартира|комната|дом|хата|kvartira|komnata) (?:теперь |уже |teper |uzhe )?(?:пустая|пуста"
    r"|pustaya) (?:и |i )?(?:чистая|убранная|chistaya)\b(?![^?]{0,80}(?:переез|съезжа|ремонт"
    r"|прода|сдаю|сдаем|гост|новосель|pereez|remont))",
    # A gun cleaned and loaded, or ready: one family, a crisis beside a letter or things given
    # away ("ружьё почистил и зарядил"), a hunter's evening alone.
    r"(?:ружь\w*|пистолет|карабин|обрез|ствол|оружие|ruzh\w*|pistolet|karabin|obrez)"
    r" (?:\w+ ){0,3}?(?:зарядил|зарядила|заряжен\w*|наготове|zaryadil\w*|zaryazhen\w*)\b",
    r"(?:зарядил|зарядила|zaryadil\w*) (?:\w+ )?(?:ружье|пистолет|карабин|обрез|ствол|оружие"
    r"|ruzh\w*|pistolet|karabin|obrez)\b",
    # A decision that needs nothing more said, and leave taken: "я уже все решила.",
    # "теперь можно уходить".
    r"(?:я |ya )?(?:уже |uzhe )?(?:все|vse) (?:, )?(?:я |ya )?(?:уже |uzhe )?(?:решил|решила"
    r"|reshil|reshila)(?=\s*(?:[.!;…]|$))",
    r"(?:теперь |уже |teper |uzhe )(?:можно|mozhno) (?:спокойно |spokoino )?(?:уходить|уйти"
    r"|помирать"
    r"|умирать|uhodit|uiti|pomirat)(?=\s*(?:[.,!;…]|$))",
)
