#!/usr/bin/env bash
# Builds a fuzzer with clang (libFuzzer + AddressSanitizer + UBSan), seeds it from the nDPI
# corpus and runs it. Two targets:
#   decoder  the decoder, the flow table and the tensorizer on arbitrary frames (seeds:
#            frames of the corpus);
#   reader   the capture reader and the whole ingest on arbitrary files (seeds: the first
#            64 KiB of each corpus file, pcap and pcapng).
# usage: tests/fuzz/run_decoder_fuzzer.sh [SECONDS (1800)] [WORKDIR (build-fuzz)] [decoder|reader]
# needs: apt-get install clang libclang-rt-14-dev libpcap-dev
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-1800}
work=${2:-build-fuzz}
target=${3:-decoder}
corpus_dir=${WHYFLOW_SHARED_DIR:-../shared}/corpus/ndpi/pcap
case $target in
  decoder) max_len=8192 ;;
  reader) max_len=262144 ;;
  *) echo "target is decoder or reader" >&2; exit 2 ;;
esac
dir=$work/$target
mkdir -p "$dir/seeds" "$dir/corpus" "$dir/crashes"
sources=(engine/src/decode/decoder.cpp engine/src/decode/fields.cpp engine/src/flow/flow_table.cpp
         engine/src/capture/reader.cpp engine/src/dataset/tensorizer.cpp engine/src/dataset/preset.cpp)
clang++ -std=c++20 -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -Iengine/include -Iengine/src -DWHYFLOW_VERSION='"fuzz"' \
  "tests/fuzz/${target}_fuzzer.cpp" "${sources[@]}" -lpcap -lpthread -o "$dir/fuzzer"
if [ -d "$corpus_dir" ] && [ -z "$(ls -A "$dir/seeds")" ]; then
  if [ "$target" = decoder ]; then
    WHYFLOW_FUZZ_SEEDS="$dir/seeds" "$dir/fuzzer" "$corpus_dir"/*
  else
    for f in "$corpus_dir"/*; do head -c 65536 "$f" > "$dir/seeds/$(basename "$f")"; done
  fi
fi
"$dir/fuzzer" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$dir/crashes/" \
  -max_len="$max_len" -timeout=20 "$dir/corpus" "$dir/seeds"
