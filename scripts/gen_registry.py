#!/usr/bin/env python3
"""Generates src/org/registry/data.rs, the administrative registry of the `qcdc` crate.

Sources (official lists of the statistics office, Tổng cục Thống kê / Cục Thống kê, public data;
carried by the repository sunshine-tech/VietnamProvinces, folder dev/seed-data/):
  --conversion  2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv — "Bảng chuyển đổi ĐVHC mới – cũ":
                new province (code), new commune (name, code), old commune (name, code), note,
                old district (code), old province (code). Gives the 34 provinces and the 3,321
                communes in force from 01/07/2025 (codes of Quyết định 19/2025/QĐ-TTg) and the
                old → new mapping.
  --old-list    Pre-2025-07/Xa_2025-01-04.csv — the list of 04/01/2025: the 63 former
                provinces with their codes and kinds, and the province of each district.
                The former districts and communes are those of the conversion table, as they
                were on 30/06/2025.
  --check       (optional, repeatable) flat-divisions.json of the PyPI package
                vietnam-provinces (2025.10.1): a cross-check of the 3,321 codes and names.
  --out         the Rust file to write.

Standard library only. Regenerate with (see the module docs of qcdc::org::registry):
  python3 scripts/gen_registry.py --conversion CONV.csv --old-list OLD.csv \
      --check flat-divisions.json --out src/org/registry/data.rs
"""

import argparse
import csv
import json
import re
import sys
import unicodedata


def clean(s):
    """NFC, single spaces, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def fold(s):
    s = unicodedata.normalize("NFD", clean(s).lower().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def name_key(s):
    """The key of qcdc::org::registry (crate::text::fold, and one apostrophe); a test of the
    crate checks that both agree on every name."""
    s = re.sub(r"[_\-–—]", " ", s)
    s = fold(s)
    for a in "\u2019\u2018`":
        s = s.replace(a, "'")
    return s


# Kind prefixes, longest first; the Rust UnitKind variant each one means at a given level.
PROVINCE_KINDS = [("Thành phố", "ThanhPhoTrucThuocTrungUong"), ("Tỉnh", "Tinh")]
DISTRICT_KINDS = [
    ("Thành phố", "ThanhPhoThuocTinh"),
    ("Thị xã", "ThiXa"),
    ("Quận", "Quan"),
    ("Huyện", "Huyen"),
]
COMMUNE_KINDS = [
    ("Thị trấn", "ThiTran"),
    ("Đặc khu", "DacKhu"),
    ("Phường", "Phuong"),
    ("Xã", "Xa"),
]

# The notes of the conversion table, folded, and the Rust Rearrangement each one means.
NOTES = {
    "nhap toan bo": "Whole",
    "nhap toan bo dien tich": "Whole",
    "nhap mot phan": "Part",
    "nhap mot phan dien tich": "PartArea",
    "nhap mot phan dien tich, toan bo dan so": "PartAreaWholePopulation",
    "nhap mot phan dan so": "PartPopulation",
    "giu nguyen": "Unchanged",
    "doi ten": "Renamed",
    "doi loai hinh": "KindChanged",
}


def note_kind(note):
    key = fold(note)  # also mends "Nhâp", stray spaces and line breaks
    if key.startswith("sap xep toan bo"):
        return "Whole"  # a whole district or commune made a đặc khu
    if key.startswith("phan con lai") or "tu mot phan" in key:
        return "Part"  # "Phần còn lại sau khi tách…", "Đổi tên … từ một phần …"
    if key in NOTES:
        return NOTES[key]
    raise SystemExit(f"unknown note in the conversion table: {note!r}")


def split_kind(full, kinds, what):
    full = clean(full)
    for prefix, kind in kinds:
        if fold(full).startswith(fold(prefix) + " "):
            return kind, full[len(prefix) + 1 :].strip()
    raise SystemExit(f"no kind in {what} name {full!r}")


def code_in(label):
    """'Thành phố Hà Nội (01)' -> ('Thành phố Hà Nội', '01')."""
    m = re.fullmatch(r"(.*?)\s*\((\d+)\)\s*", clean(label))
    if not m:
        raise SystemExit(f"no code in {label!r}")
    return m.group(1), m.group(2)


def spell(table, code, unit):
    """Records one spelling of a unit; rows may write a name with the old or the new tone-mark
    placement ("Thuỵ", "Thụy"): the most used spelling is kept. Different names are an error."""
    spellings = table.setdefault(code, {})
    for known in spellings:
        if known[:-1] != unit[:-1] or fold(known[-1]) != fold(unit[-1]):
            raise SystemExit(f"unit {code} named twice: {unit} {known}")
    spellings[unit] = spellings.get(unit, 0) + 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conversion", required=True)
    ap.add_argument("--old-list", required=True)
    ap.add_argument("--check", action="append", default=[])
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    # ---- Former provinces (the list of 04/01/2025) ----
    old_provinces, district_province = {}, {}
    listed, listed_by_name = {}, {}
    with open(args.old_list, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            p, d, c = row["Mã TP"].strip(), row["Mã QH"].strip(), row["Mã PX"].strip()
            old_provinces.setdefault(p, split_kind(row["Tỉnh Thành Phố"], PROVINCE_KINDS, "province"))
            district_province.setdefault(d, p)
            if c:
                kind, name = split_kind(row["Phường Xã"], COMMUNE_KINDS, "commune")
                listed[c] = (kind, name)
                listed_by_name.setdefault((d, fold(name)), []).append(c)
    assert len(old_provinces) == 63, len(old_provinces)

    # ---- Units in force from 01/07/2025, former districts and communes as on 30/06/2025 ----
    # The conversion table, not the list of 04/01/2025, names the former communes: it gives
    # them as they were on 30/06/2025 (a few were created, renamed or merged in between).
    provinces, communes, successions = {}, {}, []
    old_districts, old_communes = {}, {}
    skipped = []
    with open(args.conversion, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows[2:]:
        if not row[2].strip():
            continue  # a province heading
        pname, pcode = code_in(row[0])
        provinces.setdefault(pcode, split_kind(pname, PROVINCE_KINDS, "province"))
        ccode = row[2].strip()
        spell(communes, ccode, (pcode,) + split_kind(row[1], COMMUNE_KINDS, "commune"))
        note = note_kind(row[5])
        dname, dcode = code_in(row[6])
        dprovince = district_province[dcode]
        spell(old_districts, dcode, (dprovince,) + split_kind(dname, DISTRICT_KINDS, "district"))
        old_code = row[4].strip()
        if old_code:
            if any(fold(clean(row[3])).startswith(fold(k) + " ") for k, _ in COMMUNE_KINDS):
                old = (dprovince, dcode) + split_kind(row[3], COMMUNE_KINDS, "old commune")
            else:  # a name without its kind ("Xuân Quang 3"): the kind of the list
                old = (dprovince, dcode, listed[old_code][0], clean(row[3]))
            # A code typo of the table: the name is another unit's of the same district in the
            # list of 04/01/2025 (e.g. Xã Đặng Xá given as 00553, Cổ Bi's code, not 00556).
            same_name = listed_by_name.get((dcode, fold(old[3])), [])
            if old_code in listed and fold(listed[old_code][1]) != fold(old[3]) and len(same_name) == 1:
                print(f"note: {row[3]!r} given as {old_code}, listed as {same_name[0]}: "
                      f"{same_name[0]} used", file=sys.stderr)
                old_code = same_name[0]
            spell(old_communes, old_code, old)
            successions.append((("c", old_code), ccode, note))
        elif fold(row[5]).startswith("sap xep toan bo huyen"):
            successions.append((("d", dcode), ccode, note))
        else:
            skipped.append(row)
    for table in (communes, old_districts, old_communes):
        for code, spellings in table.items():
            table[code] = max(spellings, key=lambda v: spellings[v])  # first of the most used
    assert len(provinces) == 34, len(provinces)
    assert len(communes) == 3321, len(communes)
    for row in skipped:
        print(f"note: row without a former unit left out: {row[1]} <- {row[3]!r}", file=sys.stderr)

    # ---- Cross-check against other copies of the list (reported, never used) ----
    for path in args.check:
        with open(path, encoding="utf-8") as f:
            theirs = {f"{w['code']:05d}": clean(w["name"]) for w in json.load(f)}
        ours = {c: v[1] + " " + v[2] for c, v in communes.items()}
        only = sorted(set(theirs) ^ set(ours))
        same_code = [c for c in ours if c in theirs]
        differ = [c for c in same_code if fold(theirs[c]).split(" ")[-2:] != fold(ours[c]).split(" ")[-2:]]
        print(f"cross-check {path}: {len(theirs)} communes, {len(only)} codes on one side only "
              f"(e.g. {only[:4]}), {len(differ)} of {len(same_code)} shared codes named otherwise",
              file=sys.stderr)

    # ---- Output: entries in blocks, communes grouped by province ----
    entries = []  # (rust expression, key)
    index = {}

    names_of = []

    def add(key, expr):
        index[key] = len(entries)
        entries.append(expr)
        names_of.append(re.search(r'"(.*)"', expr).group(1))

    blocks = {}

    def block(name):
        blocks[name] = len(entries)

    block("CURRENT_PROVINCES")
    for p in sorted(provinces):
        kind, name = provinces[p]
        add(("P", p), f'p({int(p)}, {kind}, "{name}")')
    block("CURRENT_COMMUNES")
    for c in sorted(communes, key=lambda c: (communes[c][0], c)):
        p, kind, name = communes[c]
        add(("C", c), f'c({int(c)}, {kind}, "{name}", {int(p)})')
    block("FORMER_PROVINCES")
    for p in sorted(old_provinces):
        kind, name = old_provinces[p]
        add(("op", p), f'op({int(p)}, {kind}, "{name}")')
    block("FORMER_DISTRICTS")
    for d in sorted(old_districts, key=lambda d: (old_districts[d][0], d)):
        p, kind, name = old_districts[d]
        add(("d", d), f'od({int(d)}, {kind}, "{name}", {int(p)})')
    block("FORMER_COMMUNES")
    for c in sorted(old_communes, key=lambda c: (old_communes[c][0], c)):
        p, d, kind, name = old_communes[c]
        add(("c", c), f'oc({int(c)}, {kind}, "{name}", {int(p)}, {int(d)})')
    block("END")
    assert len(entries) < 65536

    links = sorted({(index[old], index[("C", new)], note) for old, new, note in successions})
    counts = {
        "current provinces": len(provinces),
        "current communes": len(communes),
        "former provinces": len(old_provinces),
        "former districts": len(old_districts),
        "former communes": len(old_communes),
        "successions": len(links),
    }
    current_blocks = {i for i in range(blocks["CURRENT_PROVINCES"], blocks["FORMER_PROVINCES"])}
    by_name = sorted((i in current_blocks, name_key(names_of[i]), i) for i in range(len(entries)))
    by_successor = sorted(range(len(links)), key=lambda l: (links[l][1], links[l][0]))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("// @generated by scripts/gen_registry.py — do not edit; see the module docs.\n")
        out.write("// " + "; ".join(f"{k}: {v}" for k, v in counts.items()) + ".\n\n")
        out.write("use std::ops::Range;\n\nuse super::Rearrangement::*;\nuse super::{RegistryEntry, c, oc, od, op, p};\n")
        out.write("use crate::org::UnitKind::*;\n\n")
        names = list(blocks)
        for a, b in zip(names, names[1:]):
            out.write(f"/// The block of {a.lower().replace('_', ' ')} in [`ENTRIES`].\n")
            out.write(f"pub(super) const {a}: Range<usize> = {blocks[a]}..{blocks[b]};\n")
        out.write("\n")
        out.write(f"/// Every unit: provinces and communes in force, then the former provinces, districts and communes.\n")
        out.write(f"pub(super) static ENTRIES: [RegistryEntry; {len(entries)}] = [\n")
        for e in entries:
            out.write(f"    {e},\n")
        out.write("];\n\n")
        out.write("/// (former unit, unit in force from 01/07/2025, how), indexes into ENTRIES, sorted.\n")
        out.write(f"pub(super) static SUCCESSIONS: [(u16, u16, super::Rearrangement); {len(links)}] = [\n")
        for a, b, n in links:
            out.write(f"    ({a}, {b}, {n}),\n")
        out.write("];\n\n")
        out.write("/// (in force, name key, entry): every unit by its folded name, sorted.\n")
        out.write(f"pub(super) static BY_NAME: [(bool, &str, u16); {len(by_name)}] = [\n")
        for current, key, i in by_name:
            out.write(f'    ({"true" if current else "false"}, "{key}", {i}),\n')
        out.write("];\n\n")
        out.write("/// Indexes into SUCCESSIONS, sorted by the unit in force.\n")
        out.write(f"pub(super) static BY_SUCCESSOR: [u16; {len(by_successor)}] = [\n")
        for k in range(0, len(by_successor), 16):
            out.write("    " + ", ".join(str(l) for l in by_successor[k:k + 16]) + ",\n")
        out.write("];\n")
    print("wrote " + args.out + ": " + ", ".join(f"{k} {v}" for k, v in counts.items()),
          file=sys.stderr)


if __name__ == "__main__":
    main()
