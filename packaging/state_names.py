"""The names of the States in the six UN languages: resources/reference/state_names.tsv,
and their ISO 3166 alpha-2 codes beside the alpha-3 ones: state_codes.tsv.

    .venv/bin/python packaging/state_names.py          # write the table
    .venv/bin/python packaging/state_names.py --check  # exit 1 if the table is not what CLDR says

English is the name of states.tsv, as the UN writes it ("Bolivia (Plurinational State of)").
The other five languages come from the Unicode Common Locale Data Repository (CLDR, through
Babel, Unicode License v3: resources/reference/LICENSE-CLDR.txt): the short names a reader
of each language knows ("Bolivie", "بوليفيا"), not the UN's formal names, which UNTERM does
not publish in a form we may ship. Where CLDR's name is one the UN does not use for a State —
a disputed one, a city for a country, an abbreviation — the UN's name is written here
(UN_USAGE). The table is committed; the application does not need Babel. The tests run
--check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel import Locale, __version__
from babel.core import get_global

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "resources" / "reference"
TABLE = REFERENCE / "state_names.tsv"
CODES = REFERENCE / "state_codes.tsv"
LANGUAGES = {"fr": "fr", "es": "es", "ar": "ar", "ru": "ru", "zh_CN": "zh_Hans"}
# As UN documents name these States in each language (un.org/<language>/about-us/member-states).
UN_USAGE = {
    "PSE": {"fr": "État de Palestine", "es": "Estado de Palestina", "ar": "دولة فلسطين",
            "ru": "Государство Палестина", "zh_CN": "巴勒斯坦国"},
    "VAT": {"fr": "Saint-Siège", "es": "Santa Sede", "ar": "الكرسي الرسولي",
            "ru": "Святейший Престол", "zh_CN": "教廷"},
    "COD": {"fr": "République démocratique du Congo", "ar": "جمهورية الكونغو الديمقراطية",
            "ru": "Демократическая Республика Конго", "zh_CN": "刚果民主共和国"},
    "COG": {"fr": "Congo", "ar": "الكونغو", "ru": "Конго", "zh_CN": "刚果"},
    "PRK": {"fr": "République populaire démocratique de Corée",
            "es": "República Popular Democrática de Corea",
            "ar": "جمهورية كوريا الشعبية الديمقراطية",
            "ru": "Корейская Народно-Демократическая Республика",
            "zh_CN": "朝鲜民主主义人民共和国"},
    "KOR": {"fr": "République de Corée", "es": "República de Corea", "ar": "جمهورية كوريا",
            "ru": "Республика Корея", "zh_CN": "大韩民国"},
    "MMR": {"fr": "Myanmar", "es": "Myanmar", "ar": "ميانمار", "ru": "Мьянма"},
    "CIV": {"ar": "كوت ديفوار"},
    "TLS": {"fr": "Timor-Leste", "ar": "تيمور-ليشتي", "ru": "Тимор-Лешти"},
    "MHL": {"ru": "Маршалловы Острова"},
    "SLB": {"ru": "Соломоновы Острова"},
    "SYC": {"ru": "Сейшельские Острова"},
}


def shipped_states() -> list[tuple[str, str]]:
    """(ISO 3166 alpha-3 code, English name) of states.tsv."""
    rows = []
    for line in (REFERENCE / "states.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso3, name, *_rest = line.split("\t")
            rows.append((iso3, name))
    return rows


def table_text() -> str:
    alpha2 = get_global("territory_aliases")
    names = {language: Locale.parse(tag).territories for language, tag in LANGUAGES.items()}
    lines = [
        "# The States in the six UN languages. English as the UN writes it (states.tsv); the "
        "others are CLDR's names (Unicode License v3, LICENSE-CLDR.txt) but where the UN uses "
        "another, written by "
        f"packaging/state_names.py from Babel {__version__.split('.')[0]}.x.",
        "# iso3\t" + "\t".join(["en", *LANGUAGES]),
    ]
    for iso3, english in shipped_states():
        code = alpha2[iso3][0]
        usage = UN_USAGE.get(iso3, {})
        lines.append("\t".join([iso3, english, *(
            usage.get(language) or names[language].get(code, english) for language in LANGUAGES)]))
    return "\n".join(lines) + "\n"


def codes_text() -> str:
    alpha2 = get_global("territory_aliases")
    lines = ["# ISO 3166 alpha-2 code of each State of states.tsv (CLDR, Unicode License v3), "
             "written by packaging/state_names.py: how some tables name the State.",
             "# iso3\tiso2"]
    lines += [f"{iso3}\t{alpha2[iso3][0]}" for iso3, _english in shipped_states()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    arguments = parser.parse_args(argv)
    tables = {TABLE: table_text(), CODES: codes_text()}
    if arguments.check:
        stale = [path for path, text in tables.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"{path.relative_to(ROOT)} is not what CLDR says: run "
                  "packaging/state_names.py", file=sys.stderr)
        return 1 if stale else 0
    for path, text in tables.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
