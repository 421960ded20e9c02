#!/usr/bin/env bash
# Every string of the window and the command line is translated: brings the catalogs in
# translations/ up to date with the sources (lupdate, through the build's
# update_translations target) and fails, naming them, when an entry is unfinished. A new
# string therefore fails the suite until it has its German and French translations.
# Usage: tests/translations/complete.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: complete.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
cmake --build "$build" --target update_translations >/dev/null
status=0
for ts in "$root"/translations/*.ts; do
  python3 - "$ts" <<'PY' || status=1
import sys, xml.etree.ElementTree as ET
path = sys.argv[1]
unfinished = []
for context in ET.parse(path).getroot().iter('context'):
    for message in context.iter('message'):
        translation = message.find('translation')
        if translation.get('type') in ('unfinished', 'vanished', 'obsolete') or not (
                translation.text or list(translation)):
            unfinished.append((context.find('name').text, message.find('source').text))
for context, source in unfinished:
    print(f"{path.rsplit('/', 1)[-1]}: {context}: untranslated: {source!r}")
if unfinished:
    sys.exit(1)
print(f"{path.rsplit('/', 1)[-1]}: every entry translated")
PY
done
exit $status
