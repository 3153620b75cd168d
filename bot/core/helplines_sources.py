"""The helpline data written out as a Markdown table with its sources, for release notes.

`python -m bot.core.helplines_sources > docs/helplines-sources.md` regenerates the file; a test
keeps the two in step.
"""

from __future__ import annotations

import sys

from bot.core.helplines import CountryHelp, CrisisLine, EmergencyNumbers, all_countries

__all__ = ["markdown"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _how(line: CrisisLine) -> str:
    ways = []
    if line.phones:
        ways.append("call " + " / ".join(line.phones))
    if line.text:
        ways.append("text " + line.text)
    if line.chat:
        ways.append("chat " + line.chat)
    return "; ".join(ways)


def _sources(source: str, see_also: tuple[str, ...]) -> str:
    return " ".join((source, *see_also))


def _emergency_row(help_: CountryHelp, emergency: EmergencyNumbers) -> str:
    sourced = emergency.sourced
    return (
        f"| {help_.country} | {_cell(help_.name or '')} | {' / '.join(emergency.numbers)} | "
        f"{'yes' if sourced.verified else 'no'} | {_sources(sourced.source, sourced.see_also)} |"
    )


def _crisis_row(help_: CountryHelp, line: CrisisLine) -> str:
    sourced = line.sourced
    return (
        f"| {help_.country} | {_cell(line.name)} | {_cell(_how(line))} | {line.hours} | "
        f"{'yes' if sourced.verified else 'no'} | {_sources(sourced.source, sourced.see_also)} | "
        f"{_cell(sourced.note or '')} |"
    )


def markdown() -> str:
    countries = sorted(all_countries().values(), key=lambda help_: help_.country or "")
    lines = [
        "# Helplines and emergency numbers: sources",
        "",
        "Generated from `bot/core/data/helplines.toml` by "
        "`python -m bot.core.helplines_sources`; do not edit by hand.",
        "",
        "*Verified* means the number was seen on an official page (the line's operator, a "
        "government or a public health body). *No* means it was seen only in news reports or "
        "other secondary pages, or, for emergency numbers, only in libphonenumber's emergency "
        "short-number data. Every entry was checked on the date given in the data file.",
        "",
        "## Crisis lines",
        "",
        "| Country | Line | How | Hours | Verified | Sources | Note |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [_crisis_row(help_, line) for help_ in countries for line in help_.crisis]
    lines += [
        "",
        "## Emergency numbers",
        "",
        "Medical emergency first, then the general number where there is one.",
        "",
        "| Country | Name | Numbers | Verified | Sources |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [_emergency_row(help_, help_.emergency) for help_ in countries if help_.emergency]
    lines += ["", "## Not confirmed", ""]
    lines += [
        f"- {help_.country} ({_cell(help_.name or '')}), crisis line: {help_.no_national_line}"
        for help_ in countries
        if help_.no_national_line
    ]
    lines += [
        f"- {help_.country} ({_cell(help_.name or '')}), emergency number: "
        f"{help_.no_emergency_number}"
        for help_ in countries
        if help_.no_emergency_number
    ]
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(markdown())
