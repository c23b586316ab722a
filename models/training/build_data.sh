#!/usr/bin/env bash
# Rebuild the Arabic→English training corpus from Debian packages and ../shared/data alone.
#
#   models/training/build_data.sh [shared-data-dir]
# (default: ../shared/data beside the repository, else /work/shared/data; SHARED_DATA overrides).
# It downloads Debian packages (apt-get download): it needs the Debian mirror.
#
# Steps (all output under models/training/work/, which git ignores):
#   1. apt-get download: libreoffice-l10n-ar, firefox-esr(-l10n-ar), thunderbird(-l10n-ar),
#      dict-freedict-ara-eng, and the packages in gettext-packages.txt (every Debian 12 package
#      under 15 MB that ships usr/share/locale/ar/LC_MESSAGES/*.mo, found with
#      `apt-file search -x '/usr/share/locale/ar/LC_MESSAGES/.*\.mo$'`); python3-icu must be
#      installed (apt-get install python3-icu) for the CLDR names.
#   2. unpack only the files needed (Arabic .mo catalogues, Mozilla langpacks and omni.ja, the
#      dictd files) and extract raw pairs (extract_sources.py).
#   3. clean, remove test-set overlap, carve the dev split, print statistics (clean_corpus.py).
# The corpus is NOT committed: it holds catalogues under their packages' licenses (see MODEL_CARD).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$(dirname "$0")/shared_data.sh" "${1:-}"
work="$here/work"
py=/usr/bin/python3
mkdir -p "$work/debs" "$work/debs-mo" "$work/x"

if ! $py -c 'import icu' 2>/dev/null; then
  echo "python3-icu missing: apt-get install -y python3-icu" >&2
  exit 1
fi

cd "$work/debs"
apt-get download libreoffice-l10n-ar firefox-esr-l10n-ar firefox-esr thunderbird-l10n-ar \
  thunderbird dict-freedict-ara-eng >/dev/null
cd "$work/debs-mo"
# one package at a time so that one missing package (a newer point release) does not stop the rest
missing=0
while read -r pkg; do
  ls "${pkg}"_*.deb >/dev/null 2>&1 || apt-get download "$pkg" >/dev/null 2>&1 || missing=$((missing + 1))
done < "$here/gettext-packages.txt"
echo "gettext packages not downloadable: $missing" >&2

cd "$work"
for d in debs/*.deb; do dpkg-deb -x "$d" x/; done
for d in debs-mo/*.deb; do
  dpkg-deb --fsys-tarfile "$d" | tar -x -C x --wildcards './usr/share/locale/ar/LC_MESSAGES/*.mo' \
    2>/dev/null || true
done
for kind in gettext mozilla freedict cldr; do
  $py "$here/extract_sources.py" "$kind" "$work/x" "$work/raw-$kind.tsv"
done
$py "$here/clean_corpus.py" "$shared" "$work" | tee "$work/corpus-stats.md"
