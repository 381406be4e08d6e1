#!/usr/bin/env bash
# Held-out evaluation: ingest a set of eval articles into a fresh temporary store with bin/attache,
# export it as JSON, and score the export against the set's gold.json with the shared scorer.
# usage: bash eval/run.sh [extra score.mjs flags, e.g. --json]   (set: eval/heldout)
#        EVAL_SET=heldout2 bash eval/run.sh                       (or: bash eval/run2.sh)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
heldout="$here/${EVAL_SET:-heldout}"
scorer="$repo/../shared/eval/score.mjs"
gold="$heldout/gold.json"

[ -f "$scorer" ] || { echo "scorer not found: $scorer" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/attache-${EVAL_SET:-heldout}.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
db="$tmp/attache.db"
export_file="$tmp/export.json"

# Only the articles: gold.json must not be ingested as a document.
shopt -s nullglob
articles=("$heldout"/[0-9][0-9][0-9]_*.txt "$heldout"/[0-9][0-9][0-9]_*.html)
shopt -u nullglob
[ "${#articles[@]}" -gt 0 ] || { echo "no articles in $heldout" >&2; exit 2; }

cd "$repo"
node bin/attache ingest --db "$db" --quiet "${articles[@]}"
node bin/attache export --db "$db" --format json -o "$export_file"
[ -n "${KEEP_EXPORT:-}" ] && cp "$export_file" "$KEEP_EXPORT"

node "$scorer" --gold "$gold" --export "$export_file" --verbose "$@"
