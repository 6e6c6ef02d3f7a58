#!/usr/bin/env bash
# Runs tests/schema_agreement_test.py with Debian's python3-jsonschema (RefResolver) and, where the python3 on
# PATH is another interpreter with jsonschema (such as 4.18+ with the referencing API), with that one too.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
status=0
pythons=(/usr/bin/python3)
other=$(command -v python3 || true)
if [ -n "$other" ] && [ "$(realpath "$other")" != "$(realpath /usr/bin/python3)" ] &&
   "$other" -c "import jsonschema" 2>/dev/null; then
  pythons+=("$other")
fi
for py in "${pythons[@]}"; do
  "$py" -W ignore::DeprecationWarning "$here/schema_agreement_test.py" "$here/.." || status=1
done
exit $status
