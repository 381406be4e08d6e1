#!/usr/bin/env bash
# Second blind held-out evaluation: ingest eval/heldout2 into a fresh temporary store with bin/attache,
# export it as JSON, and score the export against eval/heldout2/gold.json with the shared scorer.
# usage: bash eval/run2.sh [extra score.mjs flags, e.g. --json]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
heldout="$here/heldout2"
scorer="$repo/../shared/eval/score.mjs"
gold="$heldout/gold.json"

[ -f "$scorer" ] || { echo "scorer not found: $scorer" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/attache-heldout2.XXXXXX")"
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
