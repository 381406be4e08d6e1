// Human-readable figures: `208.2 bn USD`, `7.6 bn USD`, `40,000 persons`, `95 %`, `5th`.

function trim(n: number, digits = 2): string {
  return String(Number(n.toFixed(digits)));
}

export function ordinal(n: number): string {
  const v = Math.abs(Math.round(n)) % 100;
  const suffix = v >= 11 && v <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[v % 10] ?? "th";
  return `${Math.round(n)}${suffix}`;
}

export function formatValue(value: number, unit: string): string {
  if (unit === "rank") return ordinal(value);
  if (unit === "percent") return `${trim(value)} %`;
  if (unit === "times") return `${trim(value)}×`;
  if (unit === "year") return String(value);
  const abs = Math.abs(value);
  let num: string;
  if (abs >= 1e12) num = `${trim(value / 1e12)} tn`;
  else if (abs >= 1e9) num = `${trim(value / 1e9)} bn`;
  else if (abs >= 1e6) num = `${trim(value / 1e6)} m`;
  else num = value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return `${num} ${unit}`;
}
