#!/usr/bin/env bash
# Output paths cannot be turned against the user: --out at a device, named pipe, folder or symbolic link is
# refused (exit 4, the path and what stands there named, nothing touched, no hang); a regular file keeps its
# permissions. usage: output_path_test.sh BUILD_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
wr="$build/workrights"
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$repo/tests/checks.sh"
run() {  # here: sets $rc and $err; a run that waits on a pipe is killed after 20 s (rc 124)
  timeout 20 "$@" >/dev/null 2>"$tmp/stderr"
  rc=$?
  err=$(cat "$tmp/stderr")
}
assess() { run "$wr" schema profile --out "$1"; }  # the quickest command that writes a file

mkfifo "$tmp/pipe.json"
assess "$tmp/pipe.json"
check "a named pipe at --out exits 4 at once (no waiting for a reader)" test "$rc" -eq 4
check "a named pipe at --out is named as such" test "$err" = "error: $tmp/pipe.json: is a named pipe (FIFO), not a regular file; workrights replaces only regular files (for standard output, use --out -)"
check "the named pipe stays" test -p "$tmp/pipe.json"

mkdir "$tmp/folder.json"
assess "$tmp/folder.json"
check "a folder at --out exits 4" test "$rc" -eq 4
check "a folder at --out is named as such" test "$err" = "error: $tmp/folder.json: is a folder; give a file name"

echo precious >"$tmp/victim"
ln -s "$tmp/victim" "$tmp/link.json"
assess "$tmp/link.json"
check "a symbolic link at --out exits 4" test "$rc" -eq 4
check "a symbolic link at --out is refused with its target named" test "$err" = "error: $tmp/link.json: is a symbolic link (to $tmp/victim); workrights does not write through links: give the file it points to, or remove the link"
check "the link's target is untouched" test "$(cat "$tmp/victim")" = precious
ln -s "$tmp/nowhere" "$tmp/dangling.json"
assess "$tmp/dangling.json"
check "a dangling link at --out exits 4 and creates nothing" test "$rc" -eq 4 -a ! -e "$tmp/nowhere"

if mknod "$tmp/full" c 1 7 2>/dev/null; then  # as root: a device like /dev/full, but one we may lose
  assess "$tmp/full"
  check "a device at --out exits 4" test "$rc" -eq 4
  check "a device at --out is named as such" test "$err" = "error: $tmp/full: is a device, not a regular file; workrights replaces only regular files (for standard output, use --out -)"
  check "the device stays a device" test -c "$tmp/full"
fi

echo previous >"$tmp/kept.json"
chmod 640 "$tmp/kept.json"
assess "$tmp/kept.json"
check "a regular file at --out is replaced" test "$rc" -eq 0 -a "$(head -c 1 "$tmp/kept.json")" = "{"
check "the replaced file keeps its permissions" test "$(stat -c %a "$tmp/kept.json")" = 640
check "no temporary file is left" test -z "$(ls "$tmp" | grep '\.tmp\.')"

summary
