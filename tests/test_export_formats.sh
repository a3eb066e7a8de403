#!/usr/bin/env bash
# Figures and tables for papers, written without a display: the files must parse.
# usage: test_export_formats.sh WHYFLOW_CLI SOURCE_DIR
set -euo pipefail
cli=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
model=$src/resources/demo/demo.wfm
capture=$src/resources/demo/demo.pcap
for ext in png svg pdf; do
  "$cli" explain --model "$model" "$capture" --flow 9 --out "$tmp/fig.$ext" > /dev/null 2>&1
done
head -c 8 "$tmp/fig.png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || { echo "fig.png is not a PNG" >&2; exit 1; }
/usr/bin/python3 -c "import sys, xml.etree.ElementTree as t; r = t.parse(sys.argv[1]).getroot(); assert r.tag.endswith('svg'), r.tag" "$tmp/fig.svg"
head -c 5 "$tmp/fig.pdf" | grep -q "%PDF-" || { echo "fig.pdf is not a PDF" >&2; exit 1; }
if command -v pdftoppm > /dev/null; then
  pdftoppm -png -r 50 "$tmp/fig.pdf" "$tmp/page"
  [ -s "$tmp/page-1.png" ] || { echo "pdftoppm could not render fig.pdf" >&2; exit 1; }
  if command -v pdffonts > /dev/null; then
    # every font embedded
    pdffonts "$tmp/fig.pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' || { pdffonts "$tmp/fig.pdf"; echo "fonts not embedded" >&2; exit 1; }
  fi
fi
# each view alone, and a pair, as a file that parses
for views in packets bytes groups why bytes,why; do
  "$cli" explain --model "$model" "$capture" --flow 9 --views "$views" --dpi 72 --out "$tmp/view-$views.png" > /dev/null 2>&1
  "$cli" explain --model "$model" "$capture" --flow 9 --views "$views" --no-occlusion --out "$tmp/view-$views.svg" > /dev/null 2>&1
  head -c 8 "$tmp/view-$views.png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || { echo "view-$views.png is not a PNG" >&2; exit 1; }
  /usr/bin/python3 -c "import sys, xml.etree.ElementTree as t; r = t.parse(sys.argv[1]).getroot(); assert r.tag.endswith('svg'), r.tag" "$tmp/view-$views.svg"
done
# a size in inches (and millimetres): the PNG has width x DPI pixels
"$cli" explain --model "$model" "$capture" --flow 9 --views groups --width 3.5in --height 25mm --dpi 100 --out "$tmp/inches.png" > /dev/null 2>&1
/usr/bin/python3 -c "
import struct, sys
w, h = struct.unpack('>II', open(sys.argv[1], 'rb').read(24)[16:24])
assert (w, h) == (350, 98), (w, h)" "$tmp/inches.png"
# wrong views and sizes are refused before any work
if "$cli" explain --model "$model" "$capture" --flow 9 --views packets,colours --out "$tmp/x.png" 2> "$tmp/err"; then exit 1; fi
grep -q "unknown view 'colours'" "$tmp/err"
if "$cli" explain --model "$model" "$capture" --flow 9 --width 12pt --out "$tmp/x.png" 2> "$tmp/err"; then exit 1; fi
grep -q "width needs a positive length" "$tmp/err"
# the Why table as CSV and LaTeX
"$cli" explain --model "$model" "$capture" --flow 9 --format csv > "$tmp/why.csv"
[ "$(head -n 1 "$tmp/why.csv")" = "packet,attention,window_start,window_length,window_share,bytes,fields" ]
[ "$(wc -l < "$tmp/why.csv")" -eq 4 ] || { echo "expected 3 rows in why.csv" >&2; exit 1; }
"$cli" explain --model "$model" "$capture" --flow 9 --format latex | grep -q '\\toprule'
# a wrong extension and a wrong flow are refused with a message
if "$cli" explain --model "$model" "$capture" --flow 9 --out "$tmp/fig.bmp" 2> "$tmp/err"; then exit 1; fi
grep -q "unknown figure format" "$tmp/err"
if "$cli" explain --model "$model" "$capture" --flow 99999 2> "$tmp/err"; then exit 1; fi
grep -q "has no flow 99999" "$tmp/err"
echo "PNG, SVG, PDF figures (all views, each view alone, sizes in cm and inches) and CSV, LaTeX tables parse"
