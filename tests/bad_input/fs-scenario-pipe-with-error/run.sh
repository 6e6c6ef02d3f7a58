# A scenario read from a named pipe: its errors are located (file, line, column) as in a file.
mkfifo "$2/s.json"
sed "s/\"probability\": 0.5/\"probability\": 2/" "$3/scenario.json" > "$2/s.json" &
"$1" simulate "$2/s.json" --data "$2" --quiet --out "$2/out.json"
