#!/usr/bin/env bash
# The fourth blind held-out set (eval/heldout4): same runner as eval/run.sh.
exec env EVAL_SET=heldout4 bash "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh" "$@"
