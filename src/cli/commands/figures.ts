// STUB: filled in by the work on this command.
import type { Command } from "commander";

export function registerFigures(_program: Command): void {}
