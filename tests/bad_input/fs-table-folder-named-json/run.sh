# A folder named like a cross-country table.
mkdir -p "$2/tables/ilo-c087.json"
"$1" check --data "$2"
