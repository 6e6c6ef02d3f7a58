# A named pipe nobody writes to, given as the scenario: read as empty at once, not waited on.
mkfifo "$2/s.json"
"$1" simulate "$2/s.json" --data "$2" --quiet --out "$2/out.json"
