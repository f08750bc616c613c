#!/bin/sh
# Prints wall time and peak RSS of `lens check records` on a CSV whose one data line is
# 25 MB and 50 MB long (a cell of "x"): linear reading means the second takes about twice the first.
set -e
folder=$(mktemp -d)
lens="node $(dirname "$0")/../bin/lens.js"
for megabytes in 25 50; do
  file="$folder/long-$megabytes.csv"
  { printf 'clientId,area\nC1,'; head -c $((megabytes * 1024 * 1024)) /dev/zero | tr '\0' x; printf '\n'; } > "$file"
  /usr/bin/time -f "$megabytes MB line: %e s, %M KB peak RSS" $lens check records "$file" --format ndjson --fail-on never > /dev/null 2> "$folder/err" || true
  tail -1 "$folder/err"
done
rm -rf "$folder"
