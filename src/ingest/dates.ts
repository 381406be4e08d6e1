// Machine-written dates in metadata (ISO 8601, RFC 822 feed dates) → `YYYY-MM-DD`, as written:
// no time-zone conversion, because the day the publisher printed is the day the article is dated.

const ISO = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T|\b)/;
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
// "Mon, 27 Oct 2025 10:00:00 +0700" and "27 October 2025"
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b/;
// "October 27, 2025"
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;

export function isoFromParts(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 February
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function monthNumber(name: string): number | undefined {
  const k = name.toLowerCase();
  return MONTHS[k] ?? MONTHS[k.slice(0, 3)];
}

/** A metadata date → `YYYY-MM-DD`, or null when it is not a full date. */
export function toIsoDate(value: string): string | null {
  let m = ISO.exec(value) ?? COMPACT.exec(value);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(value);
  if (m) {
    const mo = monthNumber(m[2]!);
    if (mo) return isoFromParts(Number(m[3]), mo, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(value);
  if (m) {
    const mo = monthNumber(m[1]!);
    if (mo) return isoFromParts(Number(m[3]), mo, Number(m[2]));
  }
  return null;
}
