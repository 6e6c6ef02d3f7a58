#!/usr/bin/env bash
# Every type the engine defines at namespace level has a name of its own. Two headers that define the same
# name in namespace workrights break the one-definition rule: the program links, and one type's inline
# functions run on the other's objects (a scenario's FactChange was destroyed as a diff's, and crashed only
# under AddressSanitizer). Types in an anonymous namespace in a .cpp file are private to it and not listed.
set -euo pipefail
cd "$(dirname "$0")/.."
dups=$(grep -rhoE '^(struct|class|enum class|enum|union) [A-Z][A-Za-z0-9_]* *(final *)?[{:]' --include='*.h' core reports |
  sed -E 's/^(struct|class|enum class|enum|union) ([A-Za-z0-9_]+).*/\2/' | sort | uniq -d)
if [ -n "$dups" ]; then
  echo "types defined in more than one header (rename one):"
  for name in $dups; do
    echo "  $name:"
    grep -rnE "^(struct|class|enum class|enum|union) $name *(final *)?[{:]" --include='*.h' core reports | sed 's/^/    /'
  done
  exit 1
fi
echo "every namespace-level type name is defined once"
