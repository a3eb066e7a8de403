#!/usr/bin/env bash
# Builds the decoder fuzzer with clang (libFuzzer + AddressSanitizer + UBSan), seeds it
# with frames of the nDPI corpus and runs it.
# usage: tests/fuzz/run_decoder_fuzzer.sh [SECONDS (1800)] [WORKDIR (build-fuzz)]
# needs: apt-get install clang libclang-rt-14-dev libpcap-dev
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-1800}
work=${2:-build-fuzz}
corpus_dir=${WHYFLOW_SHARED_DIR:-../shared}/corpus/ndpi/pcap
mkdir -p "$work/seeds" "$work/corpus" "$work/crashes"
clang++ -std=c++20 -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -Iengine/include -Iengine/src -DWHYFLOW_VERSION='"fuzz"' \
  tests/fuzz/decoder_fuzzer.cpp engine/src/decode/decoder.cpp engine/src/decode/fields.cpp \
  engine/src/flow/flow_table.cpp engine/src/capture/reader.cpp engine/src/dataset/tensorizer.cpp \
  engine/src/dataset/preset.cpp -lpcap -lpthread -o "$work/decoder_fuzzer"
if [ -d "$corpus_dir" ] && [ -z "$(ls -A "$work/seeds")" ]; then
  WHYFLOW_FUZZ_SEEDS="$work/seeds" "$work/decoder_fuzzer" "$corpus_dir"/*
fi
"$work/decoder_fuzzer" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$work/crashes/" \
  -max_len=8192 "$work/corpus" "$work/seeds"
