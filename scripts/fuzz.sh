#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ for a bounded time, seeded from tests/fixtures.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 60)
#
# Needs the nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz --locked
# Crashes are written to fuzz/artifacts/<target>/ (replay one with
# `cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>`); the corpus grows in
# fuzz/corpus/<target>/ (both ignored by git). Exit status: 0 no crash, 1 a target crashed,
# 2 cargo-fuzz missing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: cargo-fuzz or the nightly toolchain is missing;" \
       "install with: cargo install cargo-fuzz --locked" >&2
  exit 2
fi

# Seeds: every fixture as "KIND\n" + document (the check_json target reads the kind from the
# first line), and the texts people type for the text parsers (first byte picks the parser).
seed_json=fuzz/corpus/check_json
seed_text=fuzz/corpus/text_parsers
mkdir -p "$seed_json" "$seed_text"
for file in tests/fixtures/*/*/*.json; do
  case "$file" in *.expected.json) continue ;; esac
  kind=$(basename "$(dirname "$(dirname "$file")")")
  [ "$kind" = tong_hop ] && continue
  seed="$seed_json/seed_${kind}_$(basename "$file" .json)"
  { printf '%s\n' "$kind"; cat "$file"; } >"$seed"
done
# Short hostile seeds: blanks (`""`, `null`) with a text cut right after its escape (once a
# panic of the blanking pass), a cleared member after bytes serde_json refuses (once blanked
# out with them), deep brackets, a lone surrogate escape.
for kind in person briefing_report commune_qcdc_report; do
  printf '%s\n{"a":"","b":null,"c":"\\' "$kind" >"$seed_json/hostile_${kind}_cut_escape"
  printf '%s\n{"a":1,\0\0\t"b":null}' "$kind" >"$seed_json/hostile_${kind}_junk_before_cleared"
  printf '%s\n[[[[[[[[{"":""}]]]]]]]]' "$kind" >"$seed_json/hostile_${kind}_deep"
  printf '%s\n{"name":"\\ud800","x":""}' "$kind" >"$seed_json/hostile_${kind}_surrogate"
done
text_seed() { # PARSER-INDEX TEXT
  printf "\\x$(printf '%02x' "$1")%s" "$2" >"$seed_text/seed_$1_$(printf '%s' "$2" | cksum | cut -d' ' -f1)"
}
for p in "Quý I/2021" "quy 1 nam 2021" "6 tháng đầu năm 2021" "2021-Q1" "2021-H2" "2021-9M" \
         "Tháng 4/2021" "Năm 2021" "9 tháng năm 2021"; do
  text_seed 0 "$p"; text_seed 1 "$p"
done
for r in "khoản 3 Điều 13 Luật số 10/2022/QH15" "Điều 8 Nghị định số 09/2019/NĐ-CP" \
         "điểm a khoản 1 Điều 11 Pháp lệnh số 34/2007/PL-UBTVQH11"; do
  text_seed 2 "$r"
done
for l in "UVTV, Trưởng Ban Dân vận Quận ủy" "Phó Bí thư thường trực - Trưởng khối dân vận" \
         "Chủ tịch Ủy ban MTTQ phường"; do
  text_seed 3 "$l"
done
for i in $(seq 4 14); do text_seed "$i" "Ủy ban Mặt trận Tổ quốc"; text_seed "$i" "mttq"; done
text_seed 15 $'Lê Văn Hà\u202e\x1b[2J'

status=0
for target in $(cargo +nightly fuzz list); do
  echo "== $target: ${seconds}s"
  # The folder must exist: under `pipefail` a failing `ls` would end the script.
  mkdir -p "fuzz/artifacts/$target"
  before=$(ls "fuzz/artifacts/$target" | wc -l)
  # -timeout: one input taking over 10 s is a finding (hostile input must stay linear);
  # -rss_limit_mb: so must one using over 2 GB.
  cargo +nightly fuzz run "$target" -O -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 \
    -print_final_stats=1 2>&1 | grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|Done)|ERROR|panicked' \
    || true
  if [ "$(ls "fuzz/artifacts/$target" | wc -l)" -gt "$before" ]; then
    echo "fuzz.sh: $target crashed; see fuzz/artifacts/$target" >&2
    status=1
  fi
done
exit $status
