# A scenario given as /dev/stdin (here a pipe): it works.
cat "$3/scenario.json" | "$1" simulate /dev/stdin --data "$2" --quiet --out "$2/out.json"
