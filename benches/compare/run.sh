#!/usr/bin/env bash
# The cross-language comparison: the crate's check_json against pydantic v2, msgspec, Ajv and the
# jsonschema crate on the same documents (README, "Performance").
#
#   benches/compare/run.sh [--out DIR] [--budget-ms N] [--rounds N] [--cpu N|any] [--smoke] [--debug]
#
# Needs the Rust toolchain, Python 3.11+ with venv and pip, Node 18+ with npm; installs the rest
# itself (a venv from requirements.txt under DIR, npm packages from package-lock.json). Steps:
#  1. builds examples/compare_driver.rs (release; --debug: the dev build `cargo test` made);
#  2. exports the standard-profile schemas and the canonical valid fixtures
#     (`cargo run --example schemas -- DIR/schemas --profile standard --fixtures tests/fixtures`);
#  3. generates the pydantic v2 models and the msgspec Structs from those schemas with
#     datamodel-code-generator (both generated, neither edited by hand; unknown members
#     forbidden as the schemas say; `--output-datetime-class datetime` makes the msgspec Structs
#     decode `format: date` as dates, not plain strings, except for a kind where msgspec cannot
#     decode that (said on stderr); the generator's warnings go to DIR/codegen.log);
#  4. generates the documents (gen_docs.py) and measures every tool on them in paired rounds
#     (run.py: one process per tool and kind stays up; each round runs every tool on each
#     document back to back, and each ratio is the median over rounds of the ratio within a
#     round), which prints the table and writes DIR/results.md and DIR/results.json.
# DIR defaults to target/compare. --smoke: the table logic's unit tests (test_run.py), then two
# documents per kind (the fixture, and the fixture with one problem), two short rounds, and a
# check of the verdicts instead of a table (CI). The full run takes 5–7 minutes on a shared 2-core
# machine once the release build is there (--rounds, default 11; --budget-ms, default 40, is the
# CPU time per document, tool and round).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/target/compare"
profile=release
run_args=()
smoke=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --budget-ms | --rounds | --cpu) run_args+=("$1" "$2"); shift 2 ;;
    --smoke) run_args+=(--smoke); smoke=1; shift ;;
    --debug) profile=debug; shift ;;
    *) echo "usage: $0 [--out DIR] [--budget-ms N] [--rounds N] [--cpu N|any] [--smoke] [--debug]" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
kinds=(model_registration briefing_report commune_qcdc_report)

if [ "$smoke" = 1 ]; then
  echo "compare: the table's unit tests" >&2
  (cd "$here" && PYTHONDONTWRITEBYTECODE=1 python3 -m unittest --quiet test_run)
fi

echo "compare: tools" >&2
[ -x "$out/venv/bin/python" ] || python3 -m venv "$out/venv"
"$out/venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
cargo_flags=(--quiet --manifest-path "$root/Cargo.toml")
[ "$profile" = release ] && cargo_flags+=(--release)
cargo build "${cargo_flags[@]}" --example compare_driver --example schemas
bin="$root/target/$profile/examples"

echo "compare: schemas and models" >&2
rm -rf "$out/schemas" "$out/models" "$out/docs" "$out/codegen.log"
"$bin/schemas" "$out/schemas" --profile standard --fixtures "$root/tests/fixtures" >/dev/null
mkdir -p "$out/models/pydantic_models" "$out/models/msgspec_models"
codegen() { # KIND MODEL_TYPE OUTPUT [OPTION...]
  "$out/venv/bin/datamodel-codegen" \
    --input "$out/schemas/$1.schema.json" --input-file-type jsonschema \
    --output "$3" --output-model-type "$2" \
    --class-name Document --target-python-version 3.11 --use-annotated --field-constraints \
    --use-standard-collections --use-union-operator --disable-timestamp \
    --extra-fields forbid --use-generic-base-class --formatters black isort "${@:4}" \
    2>>"$out/codegen.log"
}
for kind in "${kinds[@]}"; do
  codegen "$kind" pydantic_v2.BaseModel "$out/models/pydantic_models/$kind.py"
  msgspec_model="$out/models/msgspec_models/$kind.py"
  codegen "$kind" msgspec.Struct "$msgspec_model" --output-datetime-class datetime
  # msgspec cannot decode a union of a date and a string (the briefing's deadline: a day or a
  # period): such a kind gets Structs that read every date as a plain string.
  if ! "$out/venv/bin/python" -c 'import importlib.util as u, sys, msgspec
spec = u.spec_from_file_location("m", sys.argv[1]); m = u.module_from_spec(spec)
sys.modules["m"] = m; spec.loader.exec_module(m); msgspec.json.Decoder(m.Document)' \
    "$msgspec_model" 2>>"$out/codegen.log"; then
    echo "compare: $kind: msgspec Structs with dates as plain strings" | tee -a "$out/codegen.log" >&2
    codegen "$kind" msgspec.Struct "$msgspec_model"
  fi
done

echo "compare: documents" >&2
"$out/venv/bin/python" "$here/gen_docs.py" "$out/schemas" "$out/docs" >"$out/docs.tsv"

echo "compare: measuring" >&2
"$out/venv/bin/python" "$here/run.py" "$out" --driver "$bin/compare_driver" "${run_args[@]}"
