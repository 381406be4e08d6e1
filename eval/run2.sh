#!/usr/bin/env bash
# The second, blind held-out set (eval/heldout2): same runner as eval/run.sh.
exec env EVAL_SET=heldout2 bash "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh" "$@"
