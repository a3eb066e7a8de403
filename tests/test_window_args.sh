#!/usr/bin/env bash
# The window's command line: wrong arguments are refused with a message, and --screenshot
# takes its picture and quits even when there is nothing to classify.
# usage: test_window_args.sh WHYFLOW SOURCE_DIR
set -uo pipefail
gui=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
demo=$src/resources/demo
failures=0
expect() {  # STATUS MESSAGE ARGS...
  local status=$1 message=$2 out rc
  shift 2
  out=$(timeout 120 "$gui" "$@" 2>&1 > /dev/null)
  rc=$?
  if [ "$rc" != "$status" ] || ! grep -qF -- "$message" <<< "$out"; then
    echo "FAIL: whyflow $*: expected status $status and '$message', got $rc: $(grep -v XDG_RUNTIME <<< "$out" | head -2)" >&2
    failures=$((failures + 1))
  fi
}
expect 2 "--select-flow needs a flow number (0 or more), got 'abc'" "$demo/demo.pcap" --select-flow abc
expect 2 "--select-flow needs a flow number (0 or more), got '-1'" "$demo/demo.pcap" --select-flow -1
expect 2 "--lang is one of en, de, zh_CN, got 'fr'" --lang fr
expect 2 "Unknown option 'bogus'" "$demo/demo.pcap" --bogus
expect 2 "--category-map needs --labels" "$demo/demo.pcap" --category-map "$demo/demo-labels.csv"
expect 1 "demo.pcap:1: not a text file" "$demo/demo.pcap" --labels "$demo/demo.pcap" --screenshot "$tmp/badlabels.png"
expect 2 "one capture at a time (got 2)" "$demo/demo.pcap" "$demo/demo.pcap"
expect 1 "cannot write the picture" "$demo/demo.pcap" --screenshot "$tmp/no/such/folder/x.png"
expect 1 "--select-flow 360: the capture has no such flow" "$demo/demo.pcap" --select-flow 360 --screenshot "$tmp/beyond.png"
# no model: the picture once the capture is read (this used to wait for a classification forever)
expect 0 "" "$demo/demo.pcap" --screenshot "$tmp/nomodel.png"
head -c 8 "$tmp/nomodel.png" | od -An -tx1 | grep -q "89 50 4e 47" || { echo "FAIL: no picture without a model" >&2; failures=$((failures + 1)); }
# the same model twice: refused, the first one stays
expect 1 "is already loaded" "$demo/demo.pcap" --model "$demo/demo.wfm" --model "$demo/../demo/demo.wfm" --screenshot "$tmp/twice.png"
if [ "$failures" -gt 0 ]; then echo "$failures case(s) failed" >&2; exit 1; fi
echo "the window's arguments are checked"
