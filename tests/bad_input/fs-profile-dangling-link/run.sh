# A link to a profile that is not there: reported, not skipped.
ln -s ../moved/TUR.json "$2/profiles/TUR.json"
"$1" check --data "$2"
