// Pure calendar arithmetic on `YYYY-MM-DD` strings (UTC, so no time zone can shift a day).

export interface YMD { y: number; m: number; d: number }

export function parseYmd(s: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2999) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function formatYmd(y: number, m?: number | null, d?: number | null): string {
  if (m == null) return String(y);
  if (d == null) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function toUtc(p: YMD): Date {
  return new Date(Date.UTC(p.y, p.m - 1, p.d));
}

function fromUtc(t: Date): YMD {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(p: YMD, days: number): YMD {
  const t = toUtc(p);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** 0 = Monday … 6 = Sunday (ISO order, as the weekday tables are kept). */
export function isoWeekday(p: YMD): number {
  return (toUtc(p).getUTCDay() + 6) % 7;
}

export function daysBetween(a: YMD, b: YMD): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}
