#!/usr/bin/env bash
# Builds a large capture from real traffic: COPIES copies of every lab capture (sites A and
# B), each copy shifted by a day so that its flows are new flows, merged into one pcap.
# usage: bench/make_large_capture.sh OUT.pcap [COPIES] [LAB_DIR]
set -euo pipefail
out=${1:?usage: make_large_capture.sh OUT.pcap [COPIES] [LAB_DIR]}
copies=${2:-7}
lab=${3:-$(dirname "$0")/../../shared/corpus/lab}
for tool in editcap mergecap; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install wireshark-common)" >&2; exit 1; }
done
[ -d "$lab/site-a" ] || { echo "no lab corpus at $lab" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ((i = 0; i < copies; i++)); do
  for f in "$lab"/site-a/*.pcap "$lab"/site-b/*.pcap; do
    site=$(basename "$(dirname "$f")")
    editcap -F pcap -t $((i * 86400)) "$f" "$tmp/$i-$site-$(basename "$f")"
  done
done
mergecap -F pcap -w "$out" "$tmp"/*.pcap
echo "wrote $out"
