// Display helpers: numbers the way an analyst reads them, language names, dates.
const langNames = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "language" }) : null;

export function languageName(code: string): string {
  try { return langNames?.of(code) ?? code; } catch { return code; }
}

const SCALES: [number, string][] = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"], [1e3, "thousand"]];

export function formatValue(value: number, unit: string): string {
  if (unit === "percent") return `${trim(value)}%`;
  if (unit === "rank") return ordinal(value);
  if (unit === "times") return `×${trim(value)}`;
  let scaled = trim(value);
  for (const [n, word] of SCALES) if (Math.abs(value) >= n && n >= 1e6) { scaled = `${trim(value / n)} ${word}`; break; }
  if (Math.abs(value) < 1e6) scaled = value.toLocaleString("en");
  return /^[A-Z]{3}$/.test(unit) ? `${unit} ${scaled}` : `${scaled} ${unit}`;
}

function trim(n: number): string {
  return Number(n.toFixed(2)).toLocaleString("en", { maximumFractionDigits: 2 });
}

export function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

export function label(s: string): string {
  return s.replace(/_/g, " ");
}

export function shortText(s: string | null | undefined, n = 140): string {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

// Mirrors of the server's enums (src/serve/schemas.ts); importing them would bundle zod into the UI.
export const ENTITY_TYPES = ["person", "country", "organization", "agreement", "initiative", "place", "event_series"] as const;
export const METRICS = ["trade", "exports", "imports", "investment", "aid", "funding", "people", "rank", "share", "growth", "count", "other"] as const;

/** Short axis labels: `86.4B`, `7.6M`, `95%`. */
export function compactValue(value: number, unit: string): string {
  if (unit === "percent") return `${trim(value)}%`;
  const n = Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 }).format(value);
  return /^[A-Z]{3}$/.test(unit) ? `${unit === "USD" ? "$" : `${unit} `}${n}` : n;
}
