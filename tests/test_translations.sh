#!/usr/bin/env bash
# The German and Chinese translations cover every tr() string of the window: lupdate is run
# over the sources into copies of the .ts files, and any message still unfinished (a new or
# changed string nobody translated) is named. Fix: run the two commands at the top of
# translations/fill_translations.py after adding the texts to its tables.
# usage: test_translations.sh LUPDATE LRELEASE SOURCE_DIR
set -euo pipefail
lupdate=$1
lrelease=$2
src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$src"/translations/whyflow_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  (cd "$src" && "$lupdate" -silent app widgets -ts "$tmp/$name" -no-obsolete) > "$tmp/lupdate.log" 2>&1 || {
    cat "$tmp/lupdate.log" >&2; exit 1; }
  "$lrelease" "$tmp/$name" -qm "$tmp/${name%.ts}.qm" > "$tmp/lrelease.log" 2>&1
  summary=$(grep -o "Generated [0-9]* translation(s) ([0-9]* finished and [0-9]* unfinished)" "$tmp/lrelease.log" || true)
  [ -n "$summary" ] || { echo "$name: lrelease printed no summary" >&2; cat "$tmp/lrelease.log" >&2; exit 1; }
  echo "$name: $summary"
  unfinished=$(/usr/bin/python3 - "$tmp/$name" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for message in root.iter("message"):
    t = message.find("translation")
    empty = t is None or (not (t.text or "").strip() and not any((f.text or "").strip() for f in t.findall("numerusform")))
    if t is None or t.get("type") == "unfinished" or empty:
        print("  untranslated:", message.findtext("source"))
PY
)
  if [ -n "$unfinished" ]; then echo "$unfinished" >&2; status=1; fi
  # The committed file must already be up to date, not only complete after lupdate.
  if ! cmp -s <(grep -c "<message" "$ts") <(grep -c "<message" "$tmp/$name"); then
    echo "$name: the committed file has $(grep -c "<message" "$ts") messages, the sources $(grep -c "<message" "$tmp/$name"): rerun lupdate" >&2
    status=1
  fi
done
exit $status
