// STUB: filled in by the work on this command.
import type { Command } from "commander";

export function registerDiscrepancies(_program: Command): void {}
