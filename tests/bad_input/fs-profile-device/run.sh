# A link to a device that never ends (/dev/zero): reported, not read.
ln -s /dev/zero "$2/profiles/TUR.json"
"$1" check --data "$2"
