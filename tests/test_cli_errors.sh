#!/usr/bin/env bash
# Wrong arguments and bad files on the command line: each gets its exit status (2 for a wrong
# argument, 1 for a file that cannot be used) and a one-line message naming the problem,
# before any slow work starts. Every case here was once silently accepted.
# usage: test_cli_errors.sh WHYFLOW_CLI SOURCE_DIR
set -uo pipefail
cli=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
demo=$src/resources/demo
failures=0
# expect STATUS MESSAGE-SUBSTRING COMMAND...
expect() {
  local status=$1 message=$2
  shift 2
  local out rc
  out=$(timeout 60 "$cli" "$@" 2>&1 > /dev/null)
  rc=$?
  if [ "$rc" != "$status" ] || ! grep -qF -- "$message" <<< "$out"; then
    echo "FAIL: whyflow-cli $*" >&2
    echo "  expected status $status and '$message', got status $rc: $(grep -v XDG_RUNTIME <<< "$out" | head -2)" >&2
    failures=$((failures + 1))
  fi
}
mkdir "$tmp/folder"
printf 'ndpi_master,category\n\0\1\2,web\n' > "$tmp/binary.csv"
awk -F, 'BEGIN { OFS = "," } { print $5, $1, $2, $3, $4 }' "$demo/demo-labels.csv" > "$tmp/reordered.csv"
printf 'pcap,endpoint_a,endpoint_b\n' > "$tmp/no-master.csv"
echo "not a capture" > "$tmp/notcap.pcap"

expect 2 "unknown option --label for flows" flows "$demo/demo.pcap" --label "$demo/demo-labels.csv"
expect 2 "unknown option --bogus for flows" flows "$demo/demo.pcap" --bogus
expect 2 "unknown option --fromat for explain" explain --model "$demo/demo.wfm" "$demo/demo.pcap" --flow 9 --fromat latex
expect 2 "--format is one of text, csv, latex, json, got 'latx'" explain --model "$demo/demo.wfm" "$demo/demo.pcap" --flow 9 --format latx
expect 2 "--split is one of all, test, got 'foo'" importance --model "$demo/demo.wfm" --data "$tmp/folder" --split foo
expect 2 "--blank is one of zero, swap" importance --model "$demo/demo.wfm" --data "$tmp/folder" --blank ones
expect 2 "--idle-timeout must be a number above 0, got '-5'" flows "$demo/demo.pcap" --idle-timeout -5
expect 2 "--idle-timeout needs a number, got 'nan'" flows "$demo/demo.pcap" --idle-timeout nan
expect 2 "--packets must be 1..256, got 100000" export-dataset --data "$tmp/folder" --out "$tmp/x" --packets 100000
expect 2 "--batch must be 1..65536, got 0" train --data "$tmp/folder" --out "$tmp/t.wfm" --batch 0
expect 2 "--batch must be 1..65536, got -5" train --data "$tmp/folder" --out "$tmp/t.wfm" --batch -5
expect 2 "--threads must be 1..256, got 0" train --data "$tmp/folder" --out "$tmp/t.wfm" --threads 0
expect 2 "--epochs must be 1..100000, got 0" train --data "$tmp/folder" --out "$tmp/t.wfm" --epochs 0
expect 2 "--lr must be a number above 0" train --data "$tmp/folder" --out "$tmp/t.wfm" --lr -1
expect 2 "--kind is one of han, cnn, lstm, sae, c45, knn, got 'hann'" train --kind hann --data "$tmp/folder" --out "$tmp/t.wfm"
expect 2 "the custom preset needs --keep-groups" train --data "$tmp/folder" --out "$tmp/t.wfm" --preset custom
expect 2 "--model is given 2 times; classify takes one" classify --model "$tmp/notcap.pcap" --model "$demo/demo.wfm" "$demo/demo.pcap"
expect 2 "is given twice" compare --model "$demo/demo.wfm" --model "$demo/../demo/demo.wfm" --data "$tmp/folder" --out "$tmp/c"
expect 1 "$tmp/folder: is a folder, not a label file" flows "$demo/demo.pcap" --labels "$tmp/folder"
expect 1 "$tmp/binary.csv:2: not a text file" flows "$demo/demo.pcap" --labels "$demo/demo-labels.csv" --category-map "$tmp/binary.csv"
expect 1 "$tmp/no-master.csv:1: the header has no column l4" flows "$demo/demo.pcap" --labels "$tmp/no-master.csv"
expect 2 "--out $tmp/folder is a folder" label "$demo/demo.pcap" --out "$tmp/folder"
expect 1 "notcap.pcap" label "$tmp/notcap.pcap" --out "$tmp/labels.csv"
[ ! -e "$tmp/labels.csv" ] || { echo "FAIL: label wrote $tmp/labels.csv although no capture could be read" >&2; failures=$((failures + 1)); }

expect 1 "$tmp/folder: is a folder, not a model file" classify --model "$tmp/folder" "$demo/demo.pcap"
expect 2 "the capture has only 6498 packets" inspect "$demo/demo.pcap" --packet 6499
"$cli" -h > /dev/null || { echo "FAIL: whyflow-cli -h" >&2; failures=$((failures + 1)); }

head -c 24 "$demo/demo.pcap" > "$tmp/header-only.pcap"
expect 0 "$tmp/header-only.pcap: no flows to classify (0 packets)" classify --model "$demo/demo.wfm" "$tmp/header-only.pcap"
# several captures: each flow names its capture (flow ids start at 0 in each)
"$cli" classify --model "$demo/demo.wfm" "$demo/demo.pcap" "$demo/demo.pcap" --json 2> /dev/null > "$tmp/two.json"
[ "$(grep -c '^{"capture":' "$tmp/two.json")" = 720 ] || { echo "FAIL: classify of two captures: $(grep -c '^{"capture":' "$tmp/two.json") of 720 flows name their capture" >&2; failures=$((failures + 1)); }

expect 2 "--max-per-class must be 1..100000000, got -5" train --data "$tmp/folder" --out "$tmp/t.wfm" --max-per-class -5
expect 2 "--max-per-class must be 1..100000000, got 3000000000" eval --model "$demo/demo.wfm" --data "$tmp/folder" --max-per-class 3000000000
expect 2 "--seed must be 0.." train --data "$tmp/folder" --out "$tmp/t.wfm" --seed -1
expect 2 "--top must be 1..1024, got -3" explain --model "$demo/demo.wfm" "$demo/demo.pcap" --flow 9 --top -3
expect 2 "--window must be 1..1500, got 0" explain --model "$demo/demo.wfm" "$demo/demo.pcap" --flow 9 --window 0
expect 2 "--kinds: unknown model kind 'foo'" experiment --data "$tmp/folder" --out "$tmp/e" --kinds foo
expect 2 "--kinds names no model kind" experiment --data "$tmp/folder" --out "$tmp/e" --kinds ,
expect 2 "--lr must be a number above 0" experiment --data "$tmp/folder" --out "$tmp/e" --lr -3
expect 2 "--test-data $tmp/nothing is not a folder" experiment --data "$tmp/folder" --out "$tmp/e" --test-data "$tmp/nothing"
expect 1 "/dev/zero: is not a regular file" flows "$demo/demo.pcap" --labels /dev/zero
# a category map whose header names the other column order
{ echo "category,ndpi_master"; tail -n +2 "$src/docs/screenshots/lab-classes.csv" | awk -F, '{ print $2 "," $1 }'; } > "$tmp/swapped-map.csv"
printf 'pcap,l4,endpoint_a,endpoint_b,ndpi_master,ndpi_app\ndemo.pcap,TCP,192.0.2.10:40353,198.51.100.12:443,TLS,\n' > "$tmp/one.csv"
"$cli" flows "$demo/demo.pcap" --labels "$tmp/one.csv" --category-map "$tmp/swapped-map.csv" > "$tmp/swapped.txt" 2> /dev/null
grep -q " ssl$" "$tmp/swapped.txt" ||
  { echo "FAIL: a category map with its header in the other order" >&2; failures=$((failures + 1)); }

# a header in another column order is read by its names
"$cli" flows "$demo/demo.pcap" --labels "$tmp/reordered.csv" > "$tmp/flows.txt" 2> "$tmp/flows.err" || { echo "FAIL: reordered labels" >&2; failures=$((failures + 1)); }
grep -q "360 of 360" "$tmp/flows.err" "$tmp/flows.txt" || { echo "FAIL: reordered labels: $(cat "$tmp/flows.err")" >&2; failures=$((failures + 1)); }

if [ "$failures" -gt 0 ]; then echo "$failures case(s) failed" >&2; exit 1; fi
echo "every wrong argument and bad file was refused with its message"
