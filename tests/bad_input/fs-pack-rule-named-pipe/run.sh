# A rule file replaced by a named pipe: reported, not waited on.
mkdir -p "$2/pack/rules"
printf "return { name = \"p\", version = \"1\", domains = { { id = \"right_to_work\", title = \"R\", weight = 1 } },\n  rules = { \"rules/r.lua\" } }\n" > "$2/pack/pack.lua"
mkfifo "$2/pack/rules/r.lua"
"$1" check --data "$2" --pack "$2/pack"
