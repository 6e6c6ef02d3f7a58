# A link to itself: reported, not an internal error.
ln -s TUR.json "$2/profiles/TUR.json"
"$1" check --data "$2"
