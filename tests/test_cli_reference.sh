#!/usr/bin/env bash
# docs/cli.md holds whyflow-cli --help verbatim: fail when they differ.
# usage: test_cli_reference.sh WHYFLOW_CLI DOCS_CLI_MD
set -euo pipefail
doc=$(awk '/^```text$/{on=1; next} /^```$/{if (on) exit} on' "$2")
help=$("$1" --help)
if [ "$doc" != "$help" ]; then
  diff <(printf '%s\n' "$doc") <(printf '%s\n' "$help") || true
  echo "docs/cli.md is out of date with whyflow-cli --help" >&2
  exit 1
fi
echo "docs/cli.md matches whyflow-cli --help"
