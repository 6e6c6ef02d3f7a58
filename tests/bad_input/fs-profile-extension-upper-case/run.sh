# TUR.JSON would be skipped without a word by a case-sensitive match: reported with the fix.
sed "s/\"JOR\"/\"TUR\"/; s/\"Jordan\"/\"Turkey\"/" "$2/profiles/JOR.json" > "$2/profiles/TUR.JSON"
"$1" check --data "$2"
