// STUB: filled in by the work on this command.
import type { Command } from "commander";

export function registerStories(_program: Command): void {}
