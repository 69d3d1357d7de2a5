#!/bin/sh
# Records what python3 (CPython 3.11) prints for each session here when it
# is piped to `python3 -q -i`; repl_piped.rs compares pyview with these.
cd "$(dirname "$0")" || exit 1
for f in *.py; do
    n=${f%.py}
    python3 -q -i < "$f" > "$n.stdout" 2> "$n.stderr"
    echo $? > "$n.code"
done
