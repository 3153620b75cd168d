"""What the catalogues cost: compiling a language's `.po` in memory (once per process) and one
lookup of `_()` / `ngettext()` in a turn, English against a fully translated language.

    .venv/bin/python benchmarks/catalogues.py [--quick]

Until the translators are done the shipped catalogues are empty, so the numbers that matter
come from a synthetic Russian catalogue with every message of the real template filled in
(three plural forms each). Prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time
import timeit

from babel.messages.pofile import read_po, write_po

from bot import catalogues, i18n

LANGUAGE = "ru"


def full_catalogue() -> bytes:
    """The Russian catalogue with every message translated (text of the same length)."""
    with catalogues.catalogue_path(LANGUAGE).open("rb") as file:
        catalog = read_po(file)
    for message in list(catalog)[1:]:
        if isinstance(message.id, tuple):
            message.string = tuple(f"{message.id[1]} [{n}]" for n in range(catalog.num_plurals))
        else:
            message.string = message.id[::-1] if "{" not in message.id else message.id + " ·"
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    return buffer.getvalue()


def compile_ms(data: bytes, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        i18n.compile_catalogue(io.BytesIO(data))
        times.append((time.perf_counter() - start) * 1000)
    return times


def lookup_ns(language: str, number: int) -> dict[str, float]:
    """Nanoseconds per call, as a turn makes them: the context variable is set, then looked up."""
    results = {}
    with i18n.use_language(language):
        for name, call in {
            "gettext": lambda: i18n._("What would you like to do?"),
            "ngettext": lambda: i18n.ngettext(
                "{count} caffeinated drink", "{count} caffeinated drinks", 3
            ),
            "pgettext": lambda: i18n.pgettext("button", "← Back"),
            "missing": lambda: i18n._("A sentence no catalogue holds"),
        }.items():
            best = min(timeit.repeat(call, number=number, repeat=5))
            results[name] = round(best / number * 1e9, 1)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    args = parser.parse_args()
    runs, number = (2, 2_000) if args.smoke else (5, 20_000) if args.quick else (30, 200_000)

    data = full_catalogue()
    shipped = {}
    for language in i18n.SHIPPED_LANGUAGES[1:]:
        with catalogues.catalogue_path(language).open("rb") as file:
            raw = file.read()
        shipped[language] = round(statistics.median(compile_ms(raw, runs)), 2)
    full = compile_ms(data, runs)

    # Install the full catalogue as Russian for this process only, to time real lookups.
    i18n._compiled[LANGUAGE] = i18n.compile_catalogue(io.BytesIO(data))
    english, russian = lookup_ns("en", number), lookup_ns(LANGUAGE, number)
    assert i18n.translations(LANGUAGE).gettext("Menu") == "uneM"

    report = {
        "messages": sum(1 for m in read_po(io.BytesIO(data)) if m.id),
        "compile_full_catalogue_ms_p50": round(statistics.median(full), 2),
        "compile_full_catalogue_ms_max": round(max(full), 2),
        "compile_shipped_ms_p50": shipped,
        "lookup_ns_en": english,
        "lookup_ns_translated": russian,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
