#!/usr/bin/env bash
# The third blind held-out set (eval/heldout3): same runner as eval/run.sh.
exec env EVAL_SET=heldout3 bash "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh" "$@"
