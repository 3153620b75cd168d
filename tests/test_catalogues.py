"""The message catalogues: in step with the sources, complete in every language, placeholders
and plural forms intact, compilable; and no words looked up before a language is known."""

from __future__ import annotations

import ast
import gettext
import io
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, read_po, write_po

from bot import catalogues, i18n
from conversations.i18n import DEFAULT_LANGUAGE, SHIPPED_LANGUAGES, placeholders

LANGUAGES = [language for language in SHIPPED_LANGUAGES if language != DEFAULT_LANGUAGE]
ROOT = catalogues.ROOT

# A translation may equal the English where the word really is the same in that language.
# Anything without letters (emoji, "4-7-8", "{count}") needs no entry here.
SAME_AS_ENGLISH: dict[tuple[str | None, str], frozenset[str]] = {
    (None, "{minutes} min"): frozenset({"es", "fr", "pt"}),
    (None, "{hours} h"): frozenset({"es", "fr", "pt"}),
    (None, "{hours} h {minutes} min"): frozenset({"es", "fr", "pt"}),
    (None, "Menu"): frozenset({"fr", "pt"}),
    (None, "📓 Journal"): frozenset({"fr"}),
    (None, "Journal (CSV)"): frozenset({"fr"}),
    (None, "⏸ Pause"): frozenset({"de", "fr"}),
    (None, "Check-ins (CSV)"): frozenset({"de"}),
    ("a reminder, on a button beside its time", "Check-in"): frozenset({"de"}),
    ("what was going on", "Alcohol"): frozenset({"es"}),
    ("body part", "Torso"): frozenset({"es", "pt"}),
    ("body part, inside a sentence", "torso"): frozenset({"es", "pt"}),
}

# How each language's rule sorts some telling numbers into forms (index into msgstr[]).
PLURAL_SAMPLES = {
    "de": {0: 1, 1: 0, 2: 1, 5: 1, 21: 1},
    "es": {0: 1, 1: 0, 2: 1, 5: 1, 21: 1},
    "fr": {0: 0, 1: 0, 2: 1, 5: 1, 21: 1},
    "pt": {0: 0, 1: 0, 2: 1, 5: 1, 21: 1},
    "ru": {0: 2, 1: 0, 2: 1, 4: 1, 5: 2, 11: 2, 12: 2, 14: 2, 21: 0, 22: 1, 25: 2, 111: 2},
}


def read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def messages(catalog: Catalog) -> Iterator[Message]:
    return (message for message in catalog if message.id)


def key(message: Message) -> tuple[str | None, str | tuple[str, ...]]:
    return (message.context, message.id)


def forms(message: Message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def ids(message: Message) -> tuple[str, ...]:
    return message.id if isinstance(message.id, tuple) else (message.id,)


@pytest.fixture(scope="module")
def template() -> Catalog:
    return read(catalogues.template_path())


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def catalogue(language: str) -> Catalog:
    return read(catalogues.catalogue_path(language))


# --- in step with the sources ----------------------------------------------------------------


def test_the_template_holds_exactly_the_messages_in_the_sources(template: Catalog) -> None:
    fresh = {key(m) for m in messages(catalogues.extract())}
    stored = {key(m) for m in messages(template)}
    missing, stale = sorted(map(str, fresh - stored)), sorted(map(str, stored - fresh))
    advice = "conversations/locale/stillpoint.pot is out of date: run `stillpoint i18n update`"
    assert not missing, f"{advice}. Not in the template: {missing}"
    assert not stale, f"{advice}. No longer in the sources: {stale}"


def test_each_catalogue_holds_the_template_messages(template: Catalog, catalogue: Catalog) -> None:
    assert {key(m) for m in messages(catalogue)} == {key(m) for m in messages(template)}, (
        "run `stillpoint i18n update` to merge the template into every catalogue"
    )


def test_singular_and_plural_name_the_same_placeholders(template: Catalog) -> None:
    """A count placeholder only in the plural would be lost in languages whose "one" form also
    covers 21, 31, ... (Russian): every form has to say the number."""
    for message in messages(template):
        if message.pluralizable:
            singular, plural = message.id
            assert placeholders(singular) == placeholders(plural), message.id


# --- complete and intact in every language -----------------------------------------------------


def test_every_message_is_translated(catalogue: Catalog, language: str) -> None:
    missing = [m.id for m in messages(catalogue) if m.fuzzy or not all(forms(m))]
    assert not missing, f"{language}: {len(missing)} messages untranslated or fuzzy: {missing[:5]}"


def test_placeholders_match_exactly_in_every_form(catalogue: Catalog, language: str) -> None:
    wrong = []
    for message in messages(catalogue):
        wanted = placeholders(ids(message)[0])
        for form in forms(message):
            if form and placeholders(form) != wanted:
                wrong.append((message.id, form))
    assert not wrong, f"{language}: placeholders differ from the English: {wrong[:5]}"


def test_plural_rule_is_the_languages_and_every_form_is_there(
    catalogue: Catalog, language: str
) -> None:
    assert catalogue.plural_forms == catalogues.PLURAL_FORMS[language]
    rule = gettext.c2py(catalogue.plural_expr)
    assert {n: rule(n) for n in PLURAL_SAMPLES[language]} == PLURAL_SAMPLES[language]
    for message in messages(catalogue):
        if message.pluralizable:
            assert len(forms(message)) == catalogue.num_plurals, message.id


def _letters(text: str) -> bool:
    without_fields = re.sub(r"\{[^{}]*\}", "", text)
    return any(character.isalpha() for character in without_fields)


def test_no_translation_is_left_in_english(catalogue: Catalog, language: str) -> None:
    same = []
    for message in messages(catalogue):
        english = set(ids(message))
        if language in SAME_AS_ENGLISH.get((message.context, ids(message)[0]), frozenset()):
            continue
        same += [form for form in forms(message) if form in english and _letters(form)]
    assert not same, f"{language}: still English (or add to SAME_AS_ENGLISH): {same[:5]}"


# --- refreshing (`stillpoint i18n update`) ---------------------------------------------------


def _old_catalogue(root: Path, language: str, translated: list[Message]) -> None:
    catalog = Catalog(locale=language, domain=i18n.DOMAIN)
    catalog.mime_headers = [("Plural-Forms", catalogues.PLURAL_FORMS[language])]
    for message in translated:
        catalog.add(message.id, message.string)
    path = catalogues.catalogue_path(language, root)
    path.parent.mkdir(parents=True)
    with path.open("wb") as file:
        write_po(file, catalog)


def test_update_empties_a_guess_whose_placeholders_are_not_the_new_messages(
    tmp_path: Path,
) -> None:
    """Babel guesses a new message's translation from a similar old one; a guess naming other
    placeholders is emptied (in every plural form), one naming the same ones stays a guess."""
    (tmp_path / "bot").mkdir()
    (tmp_path / "conversations").mkdir()
    (tmp_path / "pyproject.toml").write_bytes((ROOT / "pyproject.toml").read_bytes())
    (tmp_path / "conversations" / "water.py").write_text(
        "_('Logged a glass at {time}, {amount} ml.')\n"
        "_('Log a glass of water, one tap')\n"
        "ngettext('Logged a glass of water — {count} today.', "
        "'Logged glasses of water — {count} today.', n)\n"
        "ngettext('{count} glass of water so far', '{count} glasses of water so far', n)\n"
        "ngettext('{count} sip left before {day}', '{count} sips left before {day}', n)\n"
        "_('Kept as it was at {time}')\n",
        encoding="utf-8",
    )
    old = [
        Message("Logged a cup at {time}, {count} today.", "Чашка в {time}, сегодня {count}."),
        Message("Log a caffeinated drink, one tap", "Записать напиток с кофеином"),
        Message(
            ("Logged a cup of coffee at {time} — {count} today.",) * 2,
            ("а {time} {count}", "б {time} {count}", "в {time} {count}"),
        ),
        Message(
            ("{count} cup of coffee so far", "{count} cups of coffee so far"),
            ("{count} чашка", "{count} чашки", "{count} чашек"),
        ),
        Message(
            ("{count} cup left before {day}", "{count} cups left before {day}"),
            ("{count} до {day}", "{count} до {day}", "{count} до {weekday}"),
        ),
        # A translator's own work is theirs to fix, wrong placeholder or not.
        Message("Kept as it was at {time}", "Как было в {время}"),
    ]
    _old_catalogue(tmp_path, "ru", old)

    catalogues.update(tmp_path, now=datetime(2026, 11, 28, tzinfo=UTC))

    refreshed = {ids(m)[0]: m for m in messages(read(catalogues.catalogue_path("ru", tmp_path)))}
    assert set(refreshed) == {
        "Logged a glass at {time}, {amount} ml.",
        "Log a glass of water, one tap",
        "Logged a glass of water — {count} today.",
        "{count} glass of water so far",
        "{count} sip left before {day}",
        "Kept as it was at {time}",
    }
    emptied = [
        refreshed["Logged a glass at {time}, {amount} ml."],
        refreshed["Logged a glass of water — {count} today."],
        refreshed["{count} sip left before {day}"],  # one form of three named {weekday}
    ]
    for message in emptied:
        assert not any(forms(message)), message.id
        assert not message.fuzzy, message.id
        assert not message.previous_id, message.id
    assert len(forms(refreshed["Logged a glass of water — {count} today."])) == 3
    guessed = refreshed["Log a glass of water, one tap"]
    assert (guessed.fuzzy, guessed.string) == (True, "Записать напиток с кофеином")
    guessed = refreshed["{count} glass of water so far"]
    assert guessed.fuzzy
    assert forms(guessed) == ("{count} чашка", "{count} чашки", "{count} чашек")
    kept = refreshed["Kept as it was at {time}"]
    assert (kept.fuzzy, kept.string) == (False, "Как было в {время}")


# --- compiled in memory ------------------------------------------------------------------------


def test_every_catalogue_compiles(language: str) -> None:
    with catalogues.catalogue_path(language).open("rb") as po:
        compiled = i18n.compile_catalogue(po)
    assert compiled.info()["language"].replace("_", "-").split("-")[0] == language
    assert isinstance(i18n.translations(language), gettext.GNUTranslations)


def _compiled(catalog: Catalog) -> gettext.GNUTranslations:
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    buffer.seek(0)
    return i18n.compile_catalogue(buffer)


def test_compiling_keeps_translations_and_leaves_gaps_to_english() -> None:
    catalog = Catalog(locale="ru")
    catalog.mime_headers = [("Plural-Forms", catalogues.PLURAL_FORMS["ru"])]
    catalog.add("Hello", "Привет")
    catalog.add("Unsure", "Неуверенно", flags=["fuzzy"])
    catalog.add("Untranslated", "")
    catalog.add(("{count} day", "{count} days"), ("{count} день", "{count} дня", "{count} дней"))
    catalog.add(("{count} file", "{count} files"), ("{count} файл", "", "{count} файлов"))
    catalog.add("Back", "Назад", context="button")
    catalog.add("At {time}", "В {время}")  # a renamed placeholder would crash .format()
    catalog.add("Hi {name}", "Привет {name")
    compiled = _compiled(catalog)
    assert compiled.gettext("At {time}").format(time="07:00") == "At 07:00"
    assert compiled.gettext("Hi {name}") == "Hi {name}"
    assert compiled.gettext("Hello") == "Привет"
    assert compiled.gettext("Unsure") == "Unsure"
    assert compiled.gettext("Untranslated") == "Untranslated"
    assert compiled.gettext("Never extracted") == "Never extracted"
    assert [compiled.ngettext("{count} day", "{count} days", n) for n in (1, 3, 5, 21)] == [
        "{count} день",
        "{count} дня",
        "{count} дней",
        "{count} день",
    ]
    # A plural with a form missing is English in every form, never half one and half the other.
    assert [compiled.ngettext("{count} file", "{count} files", n) for n in (1, 3, 5)] == [
        "{count} file",
        "{count} files",
        "{count} files",
    ]
    assert compiled.pgettext("button", "Back") == "Назад"
    assert compiled.pgettext("body", "Back") == "Back"


def test_a_broken_catalogue_is_refused() -> None:
    with pytest.raises(PoFileError, match="misformatted"):
        i18n.compile_catalogue(io.BytesIO(b'msgid "x"\nmsgstr "y"\nnot a po line\n'))


def test_a_broken_or_missing_catalogue_means_english_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "ru" / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b'msgid "Got it."\nmsgstr "Understood"\n}}} not po\n')
    monkeypatch.setattr(i18n, "_LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_compiled", {DEFAULT_LANGUAGE: i18n.translations("en")})
    with i18n.use_language("ru"):
        assert i18n._("Got it.") == "Got it."
    with i18n.use_language("de"):  # no file at all
        assert i18n.ngettext("{count} day", "{count} days", 2) == "{count} days"
    assert [r.getMessage() for r in caplog.records] == [
        "catalogue for ru could not be read; using English",
        "catalogue for de could not be read; using English",
    ]


# --- words are looked up when shown, not when modules load -------------------------------------

_IMPORT_ALL = """
import importlib, pkgutil, traceback
import bot.i18n as i18n

calls = []
real = i18n._translations

def record():
    caller = [f for f in traceback.extract_stack()[:-1] if not f.filename.endswith("i18n.py")][-1]
    calls.append(f"{caller.filename}:{caller.lineno}")
    return real()

i18n._translations = record
for package in ("conversations", "bot"):
    root = importlib.import_module(package)
    for info in pkgutil.walk_packages(root.__path__, package + "."):
        if info.name == "bot.__main__" or info.name.startswith("bot.storage.migrations"):
            continue
        importlib.import_module(info.name)
at_import = list(calls)
from conversations import common
common.got_it()
print(len(at_import), len(calls) - len(at_import))
for call in at_import:
    print(call)
"""


def test_no_words_are_translated_at_import_time() -> None:
    """A module-level `_()` would freeze one language for every user (and run before any
    turn has set one). Import every module with lookups counted; one real call shows the
    counting works."""
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    counts, *where = result.stdout.splitlines()
    assert counts == "0 1", "\n".join(where)


_LOOKUPS = {"_": 0, "ngettext": 1, "pgettext": 1, "npgettext": 2}


def _python_sources() -> Iterator[Path]:
    for package in catalogues.SOURCES:
        yield from sorted((ROOT / package).rglob("*.py"))


def test_lookups_get_the_message_itself_not_a_formatted_string() -> None:
    """`_(f"...")` or `_("...".format())` can't be extracted, so it would never be translated;
    the filling-in always comes after the lookup."""
    wrong = []
    for path in _python_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            first = _LOOKUPS.get(node.func.id)
            if first is None or len(node.args) <= first:
                continue
            message = node.args[first]
            if isinstance(message, ast.JoinedStr | ast.BinOp) or (
                isinstance(message, ast.Call)
                and isinstance(message.func, ast.Attribute)
                and message.func.attr == "format"
            ):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong
