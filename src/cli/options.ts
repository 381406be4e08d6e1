import { InvalidArgumentError } from "commander";

/** Parses `20MB`, `512k`, `1048576` into bytes. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError(`not a size: ${value} (try 20MB)`);
  const scale = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as "" | "k" | "m" | "g"];
  return Math.round(Number(m[1]) * scale);
}

/** Accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function parseDateOption(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new InvalidArgumentError(`not a date: ${value} (use YYYY-MM-DD)`);
  return value;
}

/** Collects a repeatable option into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
