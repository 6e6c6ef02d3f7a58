# A folder given as the scenario.
mkdir "$2/s.json"
"$1" simulate "$2/s.json" --data "$2" --quiet --out "$2/out.json"
