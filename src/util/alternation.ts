// Prefix-factoring of regex alternations built from word lists. V8 tries the alternatives of
// `(?:ab|ac|b…)` one by one at every position, so a list of hundreds of cue words costs hundreds
// of checks per character. Grouping alternatives by their first literal character
// (`a(?:b|c)|b…`) leaves one check per distinct first character, with the same matches:
//
// * Alternatives that start with different literal characters can never both match at one
//   position (under `i`, "different" means not case-equivalent under the regex's own flags), so
//   gathering alternatives by first character, keeping their order within each group, leaves the
//   order in which the engine tries every alternative that can match unchanged — and with it the
//   leftmost-first choice and any backtracking into what follows the alternation.
// * An alternative that starts with anything but a literal character (a class, a group, an
//   optional piece, or nothing) is a barrier: nothing is moved across it.
// * Lists with capturing groups are left alone, so group numbers stay where they were.

interface Atom {
  /** Source text of the atom, quantifier included. */
  src: string;
  /** The character it matches when it is a plain literal (no quantifier); null otherwise. */
  literal: string | null;
}

const CLASS_ESCAPES = new Set([..."dDwWsSbBpPkcxu0123456789"]);
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/u;

/** Splits one alternative into atoms, or returns null when it is not a plain sequence. */
function atomsOf(src: string, unicode: boolean): Atom[] | null {
  const out: Atom[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    let end: number;
    let literal: string | null = null;
    if (c === "\\") {
      const e = src[i + 1];
      if (e === undefined) return null;
      if ((e === "p" || e === "P" || e === "u") && src[i + 2] === "{") {
        const close = src.indexOf("}", i + 3);
        if (close < 0) return null;
        end = close + 1;
      } else if (CLASS_ESCAPES.has(e)) {
        // Class escapes, assertions, and escapes spelling a character by number: opaque. The
        // number escapes (`\x41`, `\u0041`) are rare in word lists, so they only cost factoring.
        end = i + 2;
        if (e === "x") end = i + 4;
        else if (e === "u") end = i + 6;
        else if (e === "c") end = i + 3;
        else if (e === "k") {
          const close = src.indexOf(">", i + 2);
          if (close < 0) return null;
          end = close + 1;
        }
      } else {
        const cp = unicode ? String.fromCodePoint(src.codePointAt(i + 1)!) : e;
        end = i + 1 + cp.length;
        literal = cp;
      }
    } else if (c === "[") {
      end = classEnd(src, i);
      if (end < 0) return null;
    } else if (c === "(") {
      // Only non-capturing groups and lookarounds; a capturing group would be renumbered.
      if (src[i + 1] !== "?" || !/^\?(?::|=|!|<=|<!)/u.test(src.slice(i + 1, i + 4))) return null;
      end = groupEnd(src, i);
      if (end < 0) return null;
    } else if (c === "|" || c === ")" || c === "]") {
      // A top-level `|` means the alternative is itself an alternation: not a plain sequence.
      return null;
    } else if ("*+?{".includes(c)) {
      return null;
    } else if (c === "." || c === "^" || c === "$") {
      end = i + 1;
    } else {
      const cp = unicode ? String.fromCodePoint(src.codePointAt(i)!) : c;
      end = i + cp.length;
      literal = cp;
    }
    const q = QUANTIFIER.exec(src.slice(end));
    if (q) {
      end += q[0].length;
      literal = null;
    }
    out.push({ src: src.slice(i, end), literal });
    i = end;
  }
  return out;
}

/** Index just past the `]` closing the class that opens at `start`, or -1. */
function classEnd(src: string, start: number): number {
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === "\\") { i++; continue; }
    if (src[i] === "]" && i > start + 1) return i + 1;
    if (src[i] === "]" && i === start + 1) return i + 1;
  }
  return -1;
}

/** Index just past the `)` closing the group that opens at `start`, or -1. */
function groupEnd(src: string, start: number): number {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") { i++; continue; }
    if (c === "[") {
      const e = classEnd(src, i);
      if (e < 0) return -1;
      i = e - 1;
      continue;
    }
    if (c === "(") {
      if (src[i + 1] !== "?") return -1; // capturing group inside: leave the list alone
      depth++;
    } else if (c === ")") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Whether two literal characters match the same input under `flags` (only `i` makes them differ). */
type Same = (a: string, b: string) => boolean;

function sameUnder(flags: string): Same {
  if (!flags.includes("i")) return (a, b) => a === b;
  const unicode = flags.includes("u") || flags.includes("v");
  const cache = new Map<string, RegExp>();
  // The engine's own case folding decides, so `ſ`/`s` and `K` (Kelvin)/`k` are judged as it would.
  return (a, b) => {
    if (a === b) return true;
    let re = cache.get(a);
    if (!re) {
      const code = a.codePointAt(0)!;
      const esc = unicode ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
      re = new RegExp(`^${esc}$`, unicode ? "iu" : "i");
      cache.set(a, re);
    }
    return re.test(b);
  };
}

function emit(alts: Atom[][], same: Same): string {
  const parts: string[] = [];
  let run: Atom[][] = [];
  const flush = () => {
    // Group the run by first character; groups keep the order in which they first appear.
    const groups: Atom[][][] = [];
    for (const alt of run) {
      const g = groups.find((list) => same(list[0][0].literal!, alt[0].literal!));
      if (g) g.push(alt);
      else groups.push([alt]);
    }
    for (const g of groups) parts.push(g.length === 1 ? g[0].map((a) => a.src).join("") : emitGroup(g, same));
    run = [];
  };
  for (const alt of alts) {
    if (alt.length && alt[0].literal !== null) { run.push(alt); continue; }
    flush();
    parts.push(alt.map((a) => a.src).join(""));
  }
  flush();
  return parts.join("|");
}

/** Alternatives sharing their first character: the longest shared literal prefix, then the rest. */
function emitGroup(group: Atom[][], same: Same): string {
  let k = 1;
  for (;;) {
    const lit = group[0][k]?.literal;
    if (lit === undefined || lit === null) break;
    if (!group.every((alt) => alt[k] !== undefined && alt[k].literal !== null && same(lit, alt[k].literal!))) break;
    k++;
  }
  const prefix = group[0].slice(0, k).map((a) => a.src).join("");
  return `${prefix}(?:${emit(group.map((alt) => alt.slice(k)), same)})`;
}

/**
 * `alternatives.join("|")`, rewritten with shared first characters factored out. The result
 * matches exactly what the plain join matches, in the same order of preference, under `flags`
 * (the flags of the regex the alternation goes into). Must be placed inside a group by the caller,
 * like the plain join.
 */
export function factorAlternation(alternatives: readonly string[], flags: string): string {
  const unicode = flags.includes("u") || flags.includes("v");
  const parsed: Atom[][] = [];
  for (const alt of alternatives) {
    const atoms = atomsOf(alt, unicode);
    if (!atoms) return alternatives.join("|");
    parsed.push(atoms);
  }
  return emit(parsed, sameUnder(flags));
}

