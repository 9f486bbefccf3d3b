"""Generates the documents of the comparison (run.sh), from the crate's valid fixtures.

    python gen_docs.py SCHEMAS_DIR OUT_DIR

SCHEMAS_DIR is what `cargo run --example schemas -- SCHEMAS_DIR --profile standard --fixtures
tests/fixtures` writes: the standard-profile schemas and, under fixtures/, the valid fixtures in
the canonical form the schemas describe. For each kind of KINDS it writes to OUT_DIR/<kind>/:

- clean_fixture.json: the fixture itself;
- clean_large.json, clean_large_x2.json: the fixture with its lists scaled up to `large` and
  twice that many items (the doubling shows whether the cost is linear in size);
- form_fixture.json, form_large.json: the same as a form submits them: every optional member
  the document leaves out sent as "" (where the schema allows a string) or null;
- problems_1_fixture.json: the fixture with one decoding problem (below) in its first item;
- problems_K_start.json, problems_K_end.json (K = 1, 10, 100): clean_large_x2 with K decoding
  problems (a value of the wrong JSON type) in the first or the last K items of the problem
  list.

Documents are written compact, in UTF-8. Prints one line per document: `kind<TAB>path`.
"""

import copy
import json
import os
import sys

# kind: the fixture, the lists to scale (path from the root), how many items `large` has in
# each, the list the problems go in, and the member of its items that gets a wrong type.
KINDS = {
    "model_registration": {
        "fixture": "long_bien_2021.json",
        "lists": [("milestones",)],
        # Half the most milestones a registration may have (MAX_MILESTONES = 200).
        "large": 100,
        "problem_list": ("milestones",),
        "problem": ("target", "không rõ"),
        "rename": "name",
    },
    "briefing_report": {
        "fixture": "giao_ban_2021_q1.json",
        "lists": [("meeting", "attendees")],
        "large": 1000,
        "problem_list": ("meeting", "attendees"),
        "problem": ("name", 0),
        "rename": "person_name",
    },
    "commune_qcdc_report": {
        "fixture": "q3_2023_xa_tan_my.json",
        "lists": [("supervisions",), ("disclosures",), ("decisions",), ("consultations",)],
        "large": 250,
        "problem_list": ("decisions",),
        "problem": ("summary", 0),
        "rename": None,
    },
}

PROBLEM_COUNTS = (1, 10, 100)


def at(document, path):
    for key in path:
        document = document[key]
    return document


def scaled(document, spec, count):
    """The document with each list of the spec repeated up to `count` items."""
    document = copy.deepcopy(document)
    for path in spec["lists"]:
        items = at(document, path)
        originals = list(items)
        items.clear()
        names = (person_name(n) for n in range(2500))
        taken = {item.get("name") for item in originals}
        for i in range(count):
            item = copy.deepcopy(originals[i % len(originals)])
            rename = spec["rename"]
            # Names that must stay unique: a copy's number, or a person's name of its own.
            if rename == "person_name" and i >= len(originals):
                item["name"] = next(n for n in names if n not in taken)
            elif rename and i >= len(originals):
                item[rename] = f"{item[rename]} ({i // len(originals) + 1})"
            items.append(item)
    return document


FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Thanh", "Xuân"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng",
         "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm",
         "Thảo", "Trang", "Tuấn", "Vân", "Yến"]


def person_name(i):
    """A distinct Vietnamese name for each i below 2,500 (given name, middle, family)."""
    given, rest = GIVEN[i % len(GIVEN)], i // len(GIVEN)
    return f"{FAMILY[rest // len(MIDDLE) % len(FAMILY)]} {MIDDLE[rest % len(MIDDLE)]} {given}"


def with_problems(document, spec, count, where):
    document = copy.deepcopy(document)
    items = at(document, spec["problem_list"])
    member, wrong = spec["problem"]
    chosen = items[:count] if where == "start" else items[-count:]
    for item in chosen:
        item[member] = wrong
    return document


class Schema:
    """Just enough of JSON Schema to walk a document: `$ref` into `$defs`, `anyOf`/`oneOf`."""

    def __init__(self, root):
        self.root = root

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            assert ref.startswith("#/"), ref
            target = self.root
            for token in ref[2:].split("/"):
                target = target[token]
            node = target
        return node

    def alternatives(self, node):
        node = self.resolve(node)
        if not isinstance(node, dict):
            return []
        found = [node]
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in node.get(key, []):
                found.extend(self.alternatives(sub))
        return found

    def object_schemas(self, node, value):
        """The alternatives of `node` describing objects with every member of `value`."""
        return [
            alt
            for alt in self.alternatives(node)
            if "properties" in alt and all(k in alt["properties"] for k in value)
        ]

    def accepts_string(self, node):
        for alt in self.alternatives(node):
            kind = alt.get("type")
            kinds = kind if isinstance(kind, list) else [kind]
            if "string" in kinds:
                return True
        return False

    def items_schema(self, node):
        for alt in self.alternatives(node):
            if "items" in alt:
                return alt["items"]
        return None


def as_form(schema, node, value):
    """`value` as a form sends it: absent optional members sent as "" or null."""
    if isinstance(value, dict):
        candidates = schema.object_schemas(node, value)
        if not candidates:
            return value
        # The alternative whose members the value has most of (a tagged variant).
        best = max(candidates, key=lambda alt: -len(alt["properties"]))
        properties = best["properties"]
        required = set(best.get("required", []))
        out = {}
        for name, sub in properties.items():
            if name in value:
                out[name] = as_form(schema, sub, value[name])
            elif name not in required and not _is_const(schema, sub):
                out[name] = "" if schema.accepts_string(sub) else None
        return out
    if isinstance(value, list):
        items = schema.items_schema(node)
        return [as_form(schema, items, v) for v in value] if items else value
    return value


def _is_const(schema, node):
    return any("const" in alt for alt in schema.alternatives(node))


def write(path, document):
    with open(path, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, separators=(",", ":"))


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    schemas_dir, out_dir = argv
    for kind, spec in KINDS.items():
        with open(f"{schemas_dir}/fixtures/{kind}/valid/{spec['fixture']}", encoding="utf-8") as f:
            fixture = json.load(f)
        with open(f"{schemas_dir}/{kind}.schema.json", encoding="utf-8") as f:
            schema = Schema(json.load(f))
        large = scaled(fixture, spec, spec["large"])
        large_x2 = scaled(fixture, spec, 2 * spec["large"])
        documents = {
            "clean_fixture": fixture,
            "clean_large": large,
            "clean_large_x2": large_x2,
            "form_fixture": as_form(schema, schema.root, fixture),
            "form_large": as_form(schema, schema.root, large),
        }
        documents["problems_1_fixture"] = with_problems(fixture, spec, 1, "start")
        for count in PROBLEM_COUNTS:
            for where in ("start", "end"):
                documents[f"problems_{count}_{where}"] = with_problems(large_x2, spec, count, where)
        os.makedirs(f"{out_dir}/{kind}", exist_ok=True)
        for name, document in documents.items():
            path = f"{out_dir}/{kind}/{name}.json"
            write(path, document)
            print(f"{kind}\t{path}")


if __name__ == "__main__":
    main(sys.argv[1:])
