"""Ukrainian preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text (apostrophes as spaces), in Cyrillic and in Latin letters ("viddala kota").

Each family alone is an ordinary day: clothes a child outgrew given away, the rent paid ahead
before a holiday, "дякую за все" to the bot, "все готово до свята".
"""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_KIN = r"(?:сестр|брат|мам|матер|тат|батьк|чолові|дружин|син|доньц|дочц|дітям|подруз|друг|сусід"
_KIN += r"|бабус|тітц|дядьк|sestr|brat|mam|tat|cholovik|druzhyn|syn|don\s?c|podruz|drug|druh"
_KIN += r"|susid|онук|онуч|onuk)\w*"
_PET = r"(?:кота|кішку|котика|кошеня|собаку|пса|цуценя|папугу|кролика|хом ячка|рибок|улюблен\w+"
# The animals of a farmyard too: a village grandmother gives away her cow and her hens.
_PET += r"|корову|кор[іо]в|кіз|козу|кур|курей|курочок|свиней|поросят|коня|kota|kishku|sobaku|psa"
_PET += r"|papuhu|papugu|krolyka|korovu|kozu|kurei|kurej)"
_GAVE = r"(?:відда|розда|подарува|переда|vidda|rozda|podaruva|pereda)(?:в|ла|ли|v|la|ly)"
_THINGS = r"(?:прикрас|каблучк|перстень|сережк|гітар|піаніно|книжк|книг|ноутбук|приставк|колекці"
_THINGS += r"|годинник|велосипед|машин|речі|prykras|prikras|gitar|hitar|knyzhk|noutbuk|prystavk"
_THINGS += r"|kolekci|hodynnyk|velosyped|mashyn|rechi)\w*"
# What one keeps for life: tools, medals, a gun, fishing gear ("віддав нагороди онукові").
_KEPT = r"(?:інструмент|нагород|медал|орден|рушниц|вудк|снаст|фотоапарат|марк|монет|instrument"
_KEPT += r"|nahorod|nagorod|medal|orden|rushnyc|vudk)\w*"
# A pet left for a holiday or at the vet comes back.
_NOT_FOR_A_WHILE = (
    r"(?![^.!?]{0,40}(?:перетримк|ветеринар|готел|на час|на вихідні|на тиждень|на місяць"
    r"|на пару|поки я|на відпуст|peretrymk|na chas|na tyzhden))"
)

GIVEN_AWAY = _s(
    # "віддала кота сусідці", "прилаштувала собаку", "знайшла нових господарів для кішки".
    rf"{_GAVE} (?:свого |свою |мого |мою |нашого |svoho |svogo |svoju |svoyu )?{_PET}\b"
    + _NOT_FOR_A_WHILE,
    rf"{_PET} (?:\w+ )?(?:віддав|віддала|прилаштував|прилаштувала|viddal\w*|viddav"
    r"|prylasht\w*|prilasht\w*)\b" + _NOT_FOR_A_WHILE,
    rf"(?:прилаштував|прилаштувала|прилаштували|prylasht\w*|prilasht\w*) (?:\w+ )?{_PET}\b"
    + _NOT_FOR_A_WHILE,
    rf"(?:знайшов|знайшла|знайшли|znajshl\w*|znaishl\w*) (?:нов\w+ )?(?:господар\w*|дім|родину)"
    rf" (?:для )?{_PET}\b",
    rf"{_PET} (?:тепер |буде )?(?:житиме|буде жити|живе|поживе) (?:у|в) {_KIN}",
    # Her own things, not the children's outgrown clothes: "свої", "всі свої", a named thing.
    rf"{_GAVE} (?:все |всі |усі |vsi )?(?:свої|свій|свою|мої|мій|мою|svoi|svoji|svoju|moi|moji)"
    rf" (?:\w+ )?{_THINGS}\b",
    r"(?:роздав|роздала|rozdav|rozdala) (?:всі |усі |vsi )?(?:свої |svoi )?(?:ігри|ihry|igry)\b",
    rf"{_GAVE} (?:всі |усі |vsi )?(?:\w+ )?(?:прикраси|каблучк\w*|гітару|приставку|ноутбук"
    rf"|колекці\w*|prykrasy|prikrasi|gitaru|prystavku) (?:\w+ )?{_KIN}",
    # Handed out to the neighbours, the grandchildren: "віддав нагороди онукові", "роздав
    # інструменти сусідам". Lent things come back ("на час", "до понеділка").
    rf"(?:{_GAVE}|роздаю|rozdayu) (?:всі |усі |vsi |свої |svoi |мої |moi )?(?:\w+ )?(?:{_KEPT}"
    rf"|{_THINGS}) (?:\w+ ){{0,3}}?{_KIN}" + _NOT_FOR_A_WHILE,
    rf"{_KEPT} (?:\w+ )?(?:всі |усі )?{_GAVE} (?:\w+ )?{_KIN}" + _NOT_FOR_A_WHILE,
)
AFFAIRS = _s(
    # Rent paid ahead, debts closed, a will, papers and passwords handed over, accounts deleted.
    r"(?:заплатив|заплатила|оплатив|оплатила|внесла|вніс|zaplatyl\w*|zaplatil\w*|oplatyl\w*"
    r"|oplatil\w*) (?:за )?(?:\w+ ){0,2}(?:квартиру|оренду|комуналку|житло|kvartyru|kvartiru"
    r"|orendu) (?:\w+ ){0,4}(?:наперед|заздалегідь|уперед|вперед|napered|zazdalehid\w*)\b"
    r"(?![^.!?]{0,50}(?:отпуск|поездк|уезжа|улета|командировк|відпустк|поїздк|їду|їжджу|відрядж"
    r"|лечу|otpusk|vidpustk|uezzha))",
    r"(?:закрив|закрила|погасив|погасила|віддав|віддала|повернув|повернула|виплатив|виплатила"
    r"|zakryl\w*|pohasyl\w*|pogasil\w*|viddal\w*|povernul\w*) (?:всі |усі |vsi )?(?:свої |svoi"
    r" )?(?:борги|кредит\w*|позик\w*|іпотеку|borhy|borgy|kredyt\w*)\b",
    r"(?:написав|написала|склав|склала|оформив|оформила|переписав|переписала|napysal\w*"
    r"|napisal\w*|sklal\w*) (?:\w+ )?(?:заповіт\w*|zapovit\w*)",
    r"(?:документи|паролі|пароль|пін-?код\w*|доступи|ключі|папери|dokumenty|paroli|kljuchi"
    r"|kliuchi|klyuchi) (?:\w+ ){0,2}" + _KIN + r" (?:\w+ )?(?:віддав|віддала|передав|передала"
    r"|залишив|залишила|лишила|viddal\w*|viddav|peredal\w*|zalyshyl\w*)\b",
    r"(?:документи|паролі|пароль|пін-?код\w*|доступи|ключі|папери|dokumenty|paroli|kljuchi"
    r"|kliuchi|klyuchi) (?:\w+ ){0,4}(?:віддав|віддала|передав|передала|залишив|залишила|лишила"
    r"|viddal\w*|viddav|peredal\w*|zalyshyl\w*) (?:\w+ )?" + _KIN,
    r"(?:віддав|віддала|передав|передала|залишив|залишила|viddal\w*|viddav|peredal\w*"
    r"|zalyshyl\w*) (?:\w+ )?" + _KIN + r" (?:всі |усі )?(?:документи|паролі|пін-?код\w*|доступи"
    r"|ключі|папери|dokumenty|paroli|kljuchi)\b",
    r"(?:привів|привела|навела|навів|naveal\w*|navel\w*) (?:всі |усі |vsi )?(?:свої |svoi )?"
    r"(?:справи|папери|документи|spravy) (?:до ладу|в порядок|у порядок|do ladu)"
    r"|(?:владнав|владнала|закрив|закрила|завершив|завершила|zakryl\w*) (?:всі |усі |vsi )"
    r"(?:свої |svoi )?(?:справи|spravy)\b",
    # The house signed over to a child: "документи на хату переписала на доньку".
    r"(?:переписав|переписала|переоформив|переоформила|perepysal\w*|perepysav|pereoformyl\w*)"
    r" (?:\w+ ){0,3}?(?:на )?(?:доньку|дочку|сина|дітей|онук\w*|дружину|чоловіка|сестру|брата"
    r"|don\s?ku|dochku|syna|ditei)\b|(?:хату|будинок|квартиру|дачу|документи|khatu|hatu|budynok"
    r"|kvartyru|dokumenty) (?:\w+ ){0,4}?(?:переписав|переписала|переоформив|переоформила"
    r"|perepysal\w*|perepysav) на " + _KIN,
    r"(?:видалив|видалила|vydalyl\w*) (?:всі |усі |vsi )?(?:свої |svoi )?(?:соцмережі|акаунти"
    r"|сторінки|профілі|akaunty|sotsmerezhi)\b",
)
GOODBYES = _s(
    r"(?:дякую|дякуємо|спасибі|djakuju|dyakuyu|diakuiu|dyakuju|djakuyu) (?:тобі |вам |всім |усім"
    r" |tobi |vam |vsim )?(?:за все|за усе|за всі|za vse)\b",
    r"(?:написав|написала|залишив|залишила|napysal\w*|napisal\w*|zalyshyl\w*) (?:\w+ )?"
    r"(?:прощальн\w+ |останн\w+ |proshchaln\w+ )?(?:лист\w*|записк\w*|lyst\w*|zapysk\w*) (?:\w+ )?"
    + _KIN,
    # The letter or the kin named first: "листа доньці написав", "синові написав записку".
    r"(?:листа|листи|записку|lysta|zapysku) (?:\w+ )?" + _KIN + r" (?:написав|написала|залишив"
    r"|залишила|napysav|napysala)\b",
    _KIN + r" (?:написав|написала|залишив|залишила|napysav|napysala) (?:\w+ )?(?:листа|листи"
    r"|записку|lysta|zapysku)\b",
    r"(?:прощальн\w+|останн\w+|proshchaln\w+) (?:лист\w*|записк\w*|повідомлен\w*|lyst\w*"
    r"|zapysk\w*)",
    r"(?:попрощав\w*|попрощал\w*|poproshchal\w*|poproshchav\w*) (?:з усіма|з всіма|з ними"
    r"|з рідними|z usima|z vsima)\b",
    r"(?:пробачте|вибачте|пробач|вибач|probachte|vybachte) (?:мені |мене )?(?:за все|za vse)\b",
    r"прощавайте(?: всі| усі)?(?=\s*(?:[.!;…]|$))",
    # Set O: "don't look for me", the note's last words.
    r"(?:не шукайте|не шукай|ne shukajte|ne shukaite) (?:мене )?(?:\w+ )?(?=\s*(?:[.!;…]|$))"
    r"|(?:мене|mene) не шукайте(?=\s*(?:[.!;…,]|$))",
)
FINALITY = _s(
    # Not "все готово до свята / для поїздки".
    r"(?:у мене )?(?:все|усе|vse|use) (?:вже |vzhe )?(?:готово|підготовлено|hotovo|gotovo)\b"
    r"(?! (?:до|для|на|в|к|ко|do|dlja|dlya|na|v|k)\b)",
    r"(?:я |ja |ya )?(?:вже |vzhe )?(?:все|усе|vse|use) (?:підготував|підготувала|приготував"
    r"|приготувала|pidhotuval\w*|pidgotuval\w*|pryhotuval\w*)\b"
    r"(?! (?:до|для|на|к|ко|do|dlja|dlya|na|k)\b)",
    r"(?:мені |meni )?(?:це |вони |ці речі |ce |tse )?(?:більше|вже|bilshe|vzhe) (?:не|ne)"
    r" (?:знадоб\w*|потрібн\w*|треба|znadob\w*|potribn\w*|treba)(?=\s*(?:[.,!;…]|$))",
    r"(?:щоб|щоби|shchob|shob) (?:потім |potim )?(?:нікому|ніхто|nikomu|nikhto) (?:\w+ )?"
    r"(?:не було|не довелося|не треба|ne bulo) (?:\w+ )?(?:клопот\w*|проблем\w*|мороки|возитися"
    r"|розбиратися|klopot\w*|problem\w*)",
    r"(?:вони|ви|ти|вона|він|vony|vy|ty) (?:\w+ )?(?:потім |колись |пізніше |potim )?(?:зрозуміють"
    r"|зрозумієте|зрозумієш|зрозуміє|zrozumijut\w*|zrozumiyut\w*)\b(?=\s*(?:[.,!;…]|$)| (?:потім"
    r"|пізніше|колись|potim))",
    r"так (?:буде|всім буде) краще(?: для всіх| всім)?(?=\s*(?:[.!;…]|$))",
    r"коли мене не стане\b|після моєї смерті\b|koly mene ne stane\b",
    # A gun cleaned and loaded, or ready: one family, a crisis beside a letter or things given
    # away ("рушницю почистив і зарядив"), a hunter's evening alone.
    r"(?:рушниц\w*|пістолет\w*|карабін\w*|обріз|зброя|зброю|ствол|rushnyc\w*|pistolet\w*)"
    r" (?:\w+ ){0,3}?(?:зарядив|зарядила|заряджен\w*|напоготові|zaryadyv|zariadyv)\b",
    r"(?:зарядив|зарядила|zaryadyv|zariadyv) (?:\w+ )?(?:рушниц\w*|пістолет\w*|карабін\w*|обріз"
    r"|зброю|rushnyc\w*|pistolet\w*)\b",
    # A decision that needs nothing more said, and leave taken: "тепер все в порядку, можна йти".
    r"(?:я |ja |ya )?(?:вже |vzhe )?(?:все|усе|vse) (?:, )?(?:я |ja |ya )?(?:вже |vzhe )?"
    r"(?:вирішив|вирішила|vyrishyv|vyrishyla)(?=\s*(?:[.!;…]|$))",
    r"(?:тепер |вже |тепер вже |teper |vzhe )(?:можна|можу|mozhna) (?:спокійно |spokiino )?(?:йти"
    r"|іти|піти|помирати|вмирати|yty|ity|pity|pomyraty)(?=\s*(?:[.,!;…]|$))",
)
