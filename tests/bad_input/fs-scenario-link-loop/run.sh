# A scenario path that is a link loop: a located error, not an internal error.
ln -s s.json "$2/s.json"
"$1" simulate "$2/s.json" --data "$2" --quiet --out "$2/out.json"
