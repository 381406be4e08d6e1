// Digit strings: normalising other digit scripts, and reading separators by language and shape.

/**
 * Maps full-width and Arabic-Indic digits (and their separators) to ASCII, one code unit for one,
 * so every offset in the result is an offset in the original sentence.
 */
export function normaliseDigits(text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff10 && c <= 0xff19) r = c - 0xff10 + 48; // ０-９
    else if (c >= 0x0660 && c <= 0x0669) r = c - 0x0660 + 48; // ٠-٩
    else if (c >= 0x06f0 && c <= 0x06f9) r = c - 0x06f0 + 48; // ۰-۹ (Persian forms, also seen in Arabic text)
    else if (c === 0x066b) r = 46; // ٫ Arabic decimal separator
    else if (c === 0x066c) r = 44; // ٬ Arabic thousands separator
    else if (c === 0xff0e) r = 46; // ．
    else if (c === 0xff05) r = 37; // ％
    if (r >= 0) {
      out ??= text.split("");
      out[i] = String.fromCharCode(r);
    }
  }
  return out ? out.join("") : text;
}

export interface DigitValue {
  value: number;
  /** Size of the last stated digit (before any scale word). */
  precision: number;
  /** Written with thousands separators. */
  grouped: boolean;
  decimals: number;
}

const GROUP_SPACE = /[ \u00a0\u202f]/g;

function trailingZeros(intDigits: string): number {
  let n = 0;
  for (let i = intDigits.length - 1; i > 0 && intDigits[i] === "0"; i--) n++;
  return n;
}

/**
 * Reads `1,530.5`, `208,2`, `1.530`, `40.000`, `1 530` by the language's decimal mark and the
 * shape of the groups; null when the string is not one number (`1.2.3`, `12,34,56`).
 */
export function parseDigits(raw: string, decimal: "." | ","): DigitValue | null {
  const s = raw.replace(GROUP_SPACE, "");
  const spaceGrouped = s.length !== raw.length;
  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;
  let intPart = s;
  let fracPart = "";
  let groupSep: string | null = spaceGrouped ? " " : null;

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, and it must occur once.
    const dec = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    if ((dec === "." ? dots : commas) !== 1) return null;
    groupSep = dec === "." ? "," : ".";
    [intPart, fracPart] = s.split(dec) as [string, string];
  } else if (dots + commas > 1) {
    groupSep = dots ? "." : ",";
  } else if (dots + commas === 1) {
    const sep = dots ? "." : ",";
    const after = s.length - s.indexOf(sep) - 1;
    // Exactly three digits after one mark is a thousands group unless the language writes that mark
    // as its decimal; any other length can only be a decimal part.
    if (after === 3 && sep !== decimal && s.indexOf(sep) <= 3) groupSep = sep;
    else [intPart, fracPart] = s.split(sep) as [string, string];
  }

  let grouped = spaceGrouped;
  if (groupSep && groupSep !== " ") {
    const groups = intPart.split(groupSep);
    if (groups[0]!.length > 3 || groups[0]!.length === 0 || groups.slice(1).some((g) => g.length !== 3)) return null;
    intPart = groups.join("");
    grouped = true;
  }
  if (!/^\d+$/.test(intPart) || (fracPart && !/^\d+$/.test(fracPart))) return null;

  const value = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  let precision: number;
  if (fracPart) precision = 10 ** -fracPart.length;
  else if (grouped) {
    // `40.000`: whole zero groups are unstated, the digits before them are stated.
    const groups = raw.split(/[.,\s\u00a0\u202f]/);
    let zeroGroups = 0;
    for (let i = groups.length - 1; i > 0 && groups[i] === "000"; i--) zeroGroups++;
    precision = 1000 ** zeroGroups;
  } else precision = 10 ** trailingZeros(intPart);
  return { value, precision, grouped, decimals: fracPart.length };
}
