# A named pipe among the profiles: reported without opening it (opening would wait for a writer).
mkfifo "$2/profiles/TUR.json"
"$1" check --data "$2"
