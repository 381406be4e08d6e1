#!/usr/bin/env bash
# The fifth blind held-out set (eval/heldout5): same runner as eval/run.sh.
exec env EVAL_SET=heldout5 bash "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh" "$@"
