"""Keep the catalogues in step with the sources: extract the template, merge it into every
language's `.po` file. A developers' tool (`stillpoint i18n update`, or `make messages`), run
from a checkout; the bot itself only reads the `.po` files (see `bot.i18n`). The engine's
tool: the words and catalogues are the features' (`conversations/locale/`), and the engine's
own words (`bot/flow/words.py`, `bot/transport/words.py`) are extracted with them.
"""

from __future__ import annotations

import io
import logging
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords
from babel.messages.pofile import read_po, write_po

from bot.i18n import DEFAULT_LANGUAGE, DOMAIN, SHIPPED_LANGUAGES, placeholders

__all__ = [
    "PLURAL_FORMS",
    "ROOT",
    "SOURCES",
    "Refreshed",
    "catalogue_path",
    "extract",
    "template_path",
    "update",
]

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
# Packages whose `_()` calls make up the template, relative to the repository root.
SOURCES = ("bot", "conversations")
PROJECT = "Stillpoint"
_HEADER = (
    "# {language} messages of Stillpoint. Refresh with `stillpoint i18n update`; the words to\n"
    "# use for recurring terms are in GLOSSARY.md beside this file.\n"
    "# This file is distributed under the same license as the Stillpoint project.\n"
    "#"
)

# The classic gettext rules, not CLDR's newer ones: Babel would give Spanish, French and
# Portuguese a third form for exact millions ("1 000 000 de fichiers"), which no count of ours
# reaches, and every translator would have to write it anyway. Brazilian Portuguese and
# French treat 0 like 1; Russian has one, few and many.
PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "pt": "nplurals=2; plural=(n > 1);",
    "ru": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
        "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
    ),
}
# The folder is the language; the header names the variant the words are written in.
_HEADER_LOCALE = {"pt": "pt_BR"}
_WIDTH = 99


def template_path(root: Path = ROOT) -> Path:
    return root / "conversations" / "locale" / f"{DOMAIN}.pot"


def catalogue_path(language: str, root: Path = ROOT) -> Path:
    return root / "conversations" / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@dataclass(frozen=True)
class _Mapping:
    method_map: list[tuple[str, str]]
    options_map: dict[str, dict[str, Any]]
    keywords: dict[str, Any]
    comment_tags: tuple[str, ...]


def _pyproject(root: Path) -> dict[str, Any]:
    with (root / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def _mapping(root: Path) -> _Mapping:
    """The `[tool.babel]` table of pyproject.toml (the same file `pybabel extract -F` reads)."""
    config = _pyproject(root)["tool"]["babel"]
    method_map: list[tuple[str, str]] = []
    options_map: dict[str, dict[str, Any]] = {}
    keywords: dict[str, Any] = {}
    tags: set[str] = set()
    for entry in config["mappings"]:
        patterns = entry["pattern"] if isinstance(entry["pattern"], list) else [entry["pattern"]]
        for pattern in patterns:
            method_map.append((pattern, entry["method"]))
            options_map[pattern] = {}
        keywords.update(parse_keywords(entry.get("keywords", [])))
        tags.update(entry.get("add_comments", []))
    return _Mapping(method_map, options_map, keywords, tuple(sorted(tags)))


def extract(root: Path = ROOT) -> Catalog:
    """Every marked message in the sources, as a template catalogue."""
    mapping = _mapping(root)
    template = Catalog(
        project=PROJECT,
        version=_pyproject(root)["project"]["version"],
        domain=DOMAIN,
        header_comment=_HEADER.format(language="Source (English)"),
        language_team="Stillpoint",
        fuzzy=False,
    )
    for package in SOURCES:
        found = extract_from_dir(
            root / package,
            mapping.method_map,
            mapping.options_map,
            keywords=mapping.keywords,
            comment_tags=mapping.comment_tags,
            strip_comment_tags=True,
        )
        for filename, lineno, message, comments, context in found:
            template.add(
                message,
                None,
                [(f"{package}/{filename}", lineno)],
                auto_comments=comments,
                context=context,
            )
    return template


def _serialise(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    # No line numbers: every edit above a message would otherwise touch all six files.
    write_po(
        buffer,
        catalog,
        width=_WIDTH,
        include_lineno=False,
        ignore_obsolete=True,
        include_previous=True,
    )
    return buffer.getvalue()


def _write_if_changed(path: Path, catalog: Catalog, *, stamp: datetime) -> bool:
    """Write `catalog` unless only its dates would change; True if the file was written."""
    if path.exists():
        with path.open("rb") as file:
            old = read_po(file)
        catalog.creation_date = old.creation_date
        if _serialise(catalog) == path.read_bytes():
            return False
    catalog.creation_date = stamp
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_serialise(catalog))
    return True


def _same_placeholders(form: str, source: str) -> bool:
    try:
        return placeholders(form) == placeholders(source)
    except ValueError:  # a stray brace in either
        return False


def _clear_mismatched_guesses(catalogue: Catalog) -> None:
    """A fuzzy guess is the translation of a similar older message; when its placeholders are
    not the new message's (`{time}` where only `{count}` is given) it would break the message
    once the flag came off, so it is emptied: the message simply waits for a translator.
    A plural's guess is kept or emptied whole."""
    for message in list(catalogue)[1:]:
        if not message.fuzzy:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        string = message.string or ""
        forms = (string,) if isinstance(string, str) else tuple(string)
        if not all(not form or _same_placeholders(form, source) for form in forms):
            message.string = "" if isinstance(string, str) else ("",) * len(forms)


def _unmark_empty_guesses(catalogue: Catalog) -> None:
    """Babel marks a new message fuzzy when it resembles an old one, even when the old one had
    no translation to offer: such a flag only tells translators to look at nothing."""
    for message in list(catalogue)[1:]:
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy and not any(forms):
            message.flags.discard("fuzzy")
            message.previous_id = []


@dataclass(frozen=True)
class Refreshed:
    messages: int
    written: tuple[Path, ...]


def update(root: Path = ROOT, *, now: datetime | None = None) -> Refreshed:
    """Re-extract the template and merge it into every shipped language's catalogue."""
    stamp = now or datetime.now().astimezone()
    template = extract(root)
    written = []
    if _write_if_changed(template_path(root), template, stamp=stamp):
        written.append(template_path(root))
    # Each catalogue carries the date of the template it was last merged with.
    merged = template.creation_date if isinstance(template.creation_date, datetime) else stamp
    for language in SHIPPED_LANGUAGES:
        if language == DEFAULT_LANGUAGE:
            continue
        path = catalogue_path(language, root)
        locale = _HEADER_LOCALE.get(language, language)
        if path.exists():
            with path.open("rb") as file:
                catalogue = read_po(file, locale=locale, domain=DOMAIN)
        else:
            catalogue = Catalog(
                locale=locale,
                domain=DOMAIN,
                project=PROJECT,
                version=template.version,
                header_comment=_HEADER.format(language=Locale.parse(locale).english_name),
                language_team="Stillpoint",
                fuzzy=False,
            )
        catalogue.mime_headers = [("Plural-Forms", PLURAL_FORMS[language])]
        catalogue.update(template, update_creation_date=False)
        _clear_mismatched_guesses(catalogue)
        _unmark_empty_guesses(catalogue)
        if _write_if_changed(path, catalogue, stamp=merged):
            written.append(path)
    logger.info("catalogues refreshed: %d messages, %d files written", len(template), len(written))
    return Refreshed(messages=len(template), written=tuple(written))
