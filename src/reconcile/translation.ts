// Names a translation turned into the name of something else (Dutch `Oostzee`, the Baltic, for
// Vietnam's East Sea). The renderings and the context that makes them wrong are data
// (data/false-renderings.tsv), so new languages need no code.
import { shortHash } from "../util/hash.ts";
import { escapeRegExp } from "../util/text.ts";
import { readTable } from "./data.ts";
import type { NewDiscrepancy } from "./series.ts";

export interface FalseRendering {
  language: string;
  rendering: string;
  names: string;
  meant: string;
  note: string;
  /** At least one must occur: words of the text, or entity refs/ids (`country:VN`). */
  context: string[];
  /** None may occur (the text really is about what the rendering names). */
  unless: string[];
}

export function falseRenderings(): FalseRendering[] {
  return readTable("false-renderings.tsv").filter((r) => r.length >= 4).map((r) => ({
    language: r[0], rendering: r[1], names: r[2], meant: r[3], note: r[4] ?? "",
    context: (r[5] ?? "").split("|").map((s) => s.trim()).filter(Boolean),
    unless: (r[6] ?? "").split("|").map((s) => s.trim()).filter(Boolean),
  }));
}

export interface DocumentForTranslation {
  id: string;
  language: string;
  text: string;
  sentences: { text: string; start: number; end: number }[];
  /** Entity ids and refs the document mentions (`country:VN`). */
  entities: Set<string>;
}

const compiled = new Map<string, RegExp>();

/** Word-bounded where the script has word boundaries; CJK renderings match anywhere. */
function finder(term: string): RegExp {
  // Compiled once per term, not once per document: reconciliation runs this for every document.
  let re = compiled.get(term);
  if (!re) compiled.set(term, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, "giu")));
  re.lastIndex = 0;
  return re;
}

function present(term: string, doc: DocumentForTranslation): boolean {
  if (/^[a-z_]+:/.test(term)) return doc.entities.has(term);
  if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(term)) return doc.text.includes(term);
  return finder(term).test(doc.text);
}

export function translationDiscrepancies(doc: DocumentForTranslation, table: FalseRendering[] = falseRenderings()): NewDiscrepancy[] {
  const out: NewDiscrepancy[] = [];
  for (const r of table) {
    if (r.language !== doc.language && r.language !== "*") continue;
    const cjk = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(r.rendering);
    const re = cjk ? new RegExp(escapeRegExp(r.rendering), "gu") : finder(r.rendering);
    const hits = [...doc.text.matchAll(re)].map((m) => m.index ?? 0);
    if (hits.length === 0) continue;
    if (r.context.length && !r.context.some((t) => present(t, doc))) continue;
    if (r.unless.some((t) => present(t, doc))) continue;
    const quotes = [...new Set(hits.map((at) => doc.sentences.find((s) => at >= s.start && at < s.end)?.text).filter((q): q is string => !!q))];
    if (quotes.length === 0) continue;
    out.push({
      id: `disc_${shortHash("translation", doc.id, r.language, r.rendering)}`,
      kind: "translation",
      scope: `translation:${doc.id}`,
      description: `"${r.rendering}" (${r.language}) names the ${r.names}, but the text means the ${r.meant}${r.note ? `: ${r.note}` : ""}`,
      entities: r.context.filter((t) => /^[a-z_]+:/.test(t) && doc.entities.has(t)),
      evidence: quotes.map((quote) => ({ document: doc.id, quote })),
      detail: { rendering: r.rendering, language: r.language, names: r.names, meant: r.meant },
    });
  }
  return out;
}
