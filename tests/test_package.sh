#!/usr/bin/env bash
# Builds the Debian package, unpacks it into a scratch root and runs the installed programs
# from there: the version, and a classification of the installed demo with the installed model.
# usage: tests/test_package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
cd "$build"
rm -f whyflow_*.deb
if ! cpack -G DEB > cpack.log 2>&1; then cat cpack.log; exit 1; fi
deb=$(ls whyflow_*.deb | head -n 1)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libtorch libpcap libqt6widgets libqcustomplot libopenblas0-pthread; do
  case "$depends" in *"$lib"*) ;; *) echo "the package does not depend on $lib" >&2; exit 1;; esac
done
for f in usr/bin/whyflow usr/bin/whyflow-cli usr/share/applications/whyflow.desktop \
         usr/share/metainfo/io.github.whyflow.whyflow.metainfo.xml usr/share/icons/hicolor/scalable/apps/whyflow.svg \
         usr/share/icons/hicolor/48x48/apps/whyflow.png usr/share/icons/hicolor/256x256/apps/whyflow.png \
         usr/share/man/man1/whyflow.1 usr/share/man/man1/whyflow-cli.1 \
         usr/share/whyflow/demo/demo.pcap usr/share/whyflow/demo/demo.wfm \
         usr/share/whyflow/translations/whyflow_de.qm usr/share/whyflow/translations/whyflow_zh_CN.qm; do
  [ -e "$root/$f" ] || { echo "missing from the package: /$f" >&2; exit 1; }
done
"$root/usr/bin/whyflow-cli" --version
out=$("$root/usr/bin/whyflow-cli" classify --model "$root/usr/share/whyflow/demo/demo.wfm" \
      "$root/usr/share/whyflow/demo/demo.pcap" --json)
flows=$(printf '%s\n' "$out" | grep -c '"predicted"')
[ "$flows" -eq 360 ] || { echo "classified $flows flows of the installed demo, expected 360" >&2; exit 1; }
if command -v appstreamcli > /dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.whyflow.whyflow.metainfo.xml"
fi
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$root/usr/share/applications/whyflow.desktop"
fi
echo "package $deb: installed programs run, $flows demo flows classified"
