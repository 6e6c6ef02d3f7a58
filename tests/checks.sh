# The helpers every shell test suite uses, sourced after it sets $tmp (a scratch folder):
#   check NAME CONDITION-COMMAND...   counts a passed or failed check, naming a failure
#   run CMD...                        runs a command, setting $rc, $out and $err
#   has TEXT NEEDLE                   whether TEXT contains NEEDLE
#   summary                           prints the counts; fails when any check failed (the suite's last line)
passed=0
failed=0

check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name"
  fi
}

run() {
  "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  rc=$?
  out=$(cat "$tmp/stdout")
  err=$(cat "$tmp/stderr")
}

has() { grep -qF -- "$2" <<<"$1"; }

summary() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
