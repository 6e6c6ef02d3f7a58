# A folder named like a profile: reported, not skipped.
mkdir "$2/profiles/TUR.json"
"$1" check --data "$2"
