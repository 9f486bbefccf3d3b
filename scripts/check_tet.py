#!/usr/bin/env python3
"""Checks the crate's Tết dates for 1990-2050 against two lunar-calendar packages (PyPI).

- `lunardate` carries the Chinese calendar's published month tables (UTC+8), independent of the
  crate's astronomical computation. The crate computes the Vietnamese calendar for UTC+7, so the
  two may differ only in the years of EXPECTED_DIFFERENCES, each documented (qcdc::calendar):
  any other difference fails the check.
- `vnlunar` is a Vietnamese lunar calendar (UTC+7, with a lookup table for 1800-2199): it must
  agree with the crate in every year.

Usage: python3 scripts/check_tet.py [DUMP.json]
DUMP.json is the output of `cargo run --example lunar_calendar -- 1990 2050 --json`; without it
the script runs that command itself.
"""

import datetime
import json
import subprocess
import sys

from lunardate import LunarDate

FIRST, LAST = 1990, 2050

# Year -> (Vietnam, China): the new moon of Tết falls between 16:00 and 17:00 UTC, i.e. before
# midnight in Vietnam (UTC+7) and after it in China (UTC+8).
EXPECTED_DIFFERENCES = {
    2007: ("2007-02-17", "2007-02-18"),
    2030: ("2030-02-02", "2030-02-03"),
}


def vietnamese_tet(year):
    """Tết of `year` by vnlunar: the day of January-February whose lunar date is 01/01."""
    from vnlunar import get_lunar_date

    day = datetime.date(year, 1, 15)
    while day.month < 3:
        lunar = get_lunar_date(day.day, day.month, day.year)
        if lunar["day"] == 1 and lunar["month"] == 1 and not lunar["leap"]:
            return day.isoformat()
        day += datetime.timedelta(days=1)
    return None


def crate_dates():
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as f:
            rows = json.load(f)
    else:
        out = subprocess.run(
            ["cargo", "run", "--quiet", "--example", "lunar_calendar", "--",
             str(FIRST), str(LAST), "--json"],
            check=True, capture_output=True, text=True,
        ).stdout
        rows = json.loads(out)
    return {row["year"]: row["tet"] for row in rows}


def main():
    ours = crate_dates()
    failures = []
    differences = 0
    for year in range(FIRST, LAST + 1):
        china = LunarDate(year, 1, 1).to_solar_date().isoformat()
        vietnam = ours.get(year)
        if vietnamese_tet(year) != vietnam:
            failures.append(f"{year}: crate {vietnam}, vnlunar (UTC+7) {vietnamese_tet(year)}")
        if vietnam == china:
            continue
        if EXPECTED_DIFFERENCES.get(year) == (vietnam, china):
            differences += 1
            continue
        failures.append(f"{year}: crate {vietnam}, lunardate (UTC+8) {china}")
    missing = [y for y in EXPECTED_DIFFERENCES if FIRST <= y <= LAST
               and ours.get(y) == LunarDate(y, 1, 1).to_solar_date().isoformat()]
    for y in missing:
        failures.append(f"{y}: expected the documented UTC+7 difference, found none")
    if failures:
        print("Tết check failed:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print(f"Tết {FIRST}-{LAST}: all agree with vnlunar (UTC+7); "
          f"{LAST - FIRST + 1 - differences} agree with lunardate (UTC+8), "
          f"{differences} differ as documented ({', '.join(map(str, EXPECTED_DIFFERENCES))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
