// Photo credits and bylines name photographers and reporters, not people in the news.
import type { Token } from "../tokens.ts";

const BYLINE_LINE = /^\s*(?:theo|by|par|von|por|oleh|pewarta|penulis|editor|redaktur|reporter|reporting by|editing by|autor|auteur|автор|текст|корреспондент)\s*:?\s*$/iu;
const CREDIT_BEFORE = /(?:foto|photo|ảnh|by|door|credit|credits|source|bron|nguồn|photographer|fotograaf)\s*:?\s*$/iu;

/** Whether tokens a..b are a credit (`Foto: …`, `… /Reuters`) or a byline line (`Theo Nguyễn Thị Lan`). */
export function isCredit(text: string, tokens: Token[], a: number, b: number): boolean {
  const lineStart = text.lastIndexOf("\n", tokens[a].start) + 1;
  const before = text.slice(Math.max(lineStart, tokens[a].start - 20), tokens[a].start);
  const after = text.slice(tokens[b].end, tokens[b].end + 2);
  if (CREDIT_BEFORE.test(before) || /^\s?\//.test(after)) return true;
  // A line that is only a byline word and the name (`Theo Nguyễn Thị Lan`, `Pewarta: Budi Santoso`).
  const lineEnd = text.indexOf("\n", tokens[b].end);
  const rest = text.slice(tokens[b].end, lineEnd < 0 ? text.length : lineEnd);
  return BYLINE_LINE.test(text.slice(lineStart, tokens[a].start)) && /^[\s.,;:)\]–-]*$/u.test(rest);
}
