#!/usr/bin/env bash
# whyflow-cli compare: the demo HAN against a C4.5 that sees the ports only and one that
# sees the TTL only (all the demo's hosts share one TTL: only the number of packets is left
# to it), on the demo's
# per-class captures. The report's figures must add up, and the files must parse.
# usage: test_compare.sh WHYFLOW_CLI WHYFLOW_MAKE_DEMO SOURCE_DIR
set -euo pipefail
cli=$1
make_demo=$2
src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$make_demo" "$tmp/demo" 60 2026 > /dev/null
"$cli" train --kind c45 --data "$tmp/demo/classes" --preset custom --keep-groups ports --out "$tmp/ports.wfm" > /dev/null 2>&1
"$cli" train --kind c45 --data "$tmp/demo/classes" --preset custom --keep-groups ttl --out "$tmp/ttl.wfm" > /dev/null 2>&1
"$cli" compare --model "$src/resources/demo/demo.wfm" --model "$tmp/ports.wfm" --model "$tmp/ttl.wfm" \
  --data "$tmp/demo/classes" --out "$tmp/cmp" --quiet > "$tmp/stdout.md"
for f in report.md report.json report.pdf report.png models.csv models.tex groups.csv groups.tex disagreements.csv; do
  [ -s "$tmp/cmp/$f" ] || { echo "compare did not write $f" >&2; exit 1; }
done
cmp -s "$tmp/stdout.md" "$tmp/cmp/report.md" || { echo "the printed report differs from report.md" >&2; exit 1; }
head -c 5 "$tmp/cmp/report.pdf" | grep -q "%PDF-" || { echo "report.pdf is not a PDF" >&2; exit 1; }
head -c 8 "$tmp/cmp/report.png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || { echo "report.png is not a PNG" >&2; exit 1; }
grep -q '\\toprule' "$tmp/cmp/models.tex" && grep -q '\\bottomrule' "$tmp/cmp/groups.tex"
/usr/bin/python3 - "$tmp/cmp" <<'PY'
import csv, json, sys, os
d = sys.argv[1]
r = json.load(open(os.path.join(d, "report.json")))
n = r["flows"]
models = {m["name"]: m for m in r["models"]}
assert set(models) == {"demo.wfm", "ports.wfm", "ttl.wfm"}, models.keys()
assert n == 360, n
for m in r["models"]:
    cm = m["confusion"]["matrix"]
    total = sum(map(sum, cm))
    right = sum(cm[i][i] for i in range(len(cm)))
    assert total == n, (m["name"], total)
    assert abs(m["accuracy"] - right / total) < 1e-9, m["name"]
# the demo HAN and the ports-only tree know the demo; the TTL-only tree has the packet count only
assert models["demo.wfm"]["accuracy"] > 0.95, models["demo.wfm"]["accuracy"]
assert models["ports.wfm"]["accuracy"] > 0.95, models["ports.wfm"]["accuracy"]
assert models["ttl.wfm"]["accuracy"] < 0.9, models["ttl.wfm"]["accuracy"]
# the TTL tree rests on a site-dependent group by occlusion, the ports tree on a well-known one
assert models["ports.wfm"]["site_share_occlusion_zero"] < 0.1, models["ports.wfm"]
for p in r["pairs"]:
    assert p["both_right"] + p["only_a_right"] + p["only_b_right"] + p["both_wrong"] == n, p
    assert p["agree"] >= p["both_right"], p
pairs = {(p["a"], p["b"]): p for p in r["pairs"]}
assert pairs[("demo.wfm", "ttl.wfm")]["agree"] < n, "the TTL tree must disagree somewhere"
# every disagreement is listed, once
rows = list(csv.DictReader(open(os.path.join(d, "disagreements.csv"))))
all_agree = r["all_agree"]
assert len(rows) == n - all_agree, (len(rows), n, all_agree)
print(f"{len(r['models'])} models on {n} flows; {len(rows)} disagreements; accuracies",
      {k: round(v["accuracy"], 3) for k, v in models.items()})
PY
# bad input: a model file that is not one, a missing --data
printf 'junk' > "$tmp/junk.wfm"
if "$cli" compare --model "$tmp/junk.wfm" --data "$tmp/demo/classes" --out "$tmp/x" 2> "$tmp/err"; then exit 1; fi
grep -q "junk.wfm" "$tmp/err" || { cat "$tmp/err"; exit 1; }
if "$cli" compare --model "$tmp/ttl.wfm" --out "$tmp/x" 2> "$tmp/err"; then exit 1; fi
grep -q "compare needs" "$tmp/err" || { cat "$tmp/err"; exit 1; }
echo "compare: report, tables and figure written and consistent"
