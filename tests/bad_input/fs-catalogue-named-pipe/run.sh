# The catalogue replaced by a named pipe that nobody writes to: an error, not a hang.
rm "$2/catalogue.json"
mkfifo "$2/catalogue.json"
"$1" check --data "$2"
