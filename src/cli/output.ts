// Small helpers for CLI output: tables for people, JSON for scripts.

/** Renders rows as an aligned text table; long cells are cut to `maxWidth`. */
export function table(headers: string[], rows: (string | number | null | undefined)[][], maxWidth = 60): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => cut(c == null ? "" : String(c), maxWidth)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  return cells
    .map((r, ri) => {
      const line = r.map((c, i) => c + " ".repeat(widths[i] - [...c].length)).join("  ").trimEnd();
      return ri === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

function cut(s: string, max: number): string {
  const chars = [...s.replace(/\s+/g, " ")];
  return chars.length > max ? chars.slice(0, max - 1).join("") + "…" : chars.join("");
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}
