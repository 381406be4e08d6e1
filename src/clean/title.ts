// A plain-text file has a headline only when its first line clearly is one: short, without the
// punctuation that ends a sentence, and followed by a body of real paragraphs. When in doubt: null.

const SENTENCE_END = /[.!?…。！？:;,，、"”’»)\]]$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LIST_ITEM = /^\s*(?:[-*•·–—]|\d+[.)])\s/u;

export function plainTextTitle(text: string): string | null {
  const nl = text.indexOf("\n");
  if (nl < 0) return null;
  const first = text.slice(0, nl).trim();
  const body = text.slice(nl + 1).trim();
  if (!first || !body) return null;
  if (SENTENCE_END.test(first) || LIST_ITEM.test(first)) return null;
  const words = first.split(/\s+/).length;
  const spaced = !CJK.test(first);
  if (first.length > 160 || (spaced && (words < 3 || words > 25)) || (!spaced && first.length < 6)) return null;
  // The body must be prose: a paragraph at least twice as long as the headline that ends a sentence.
  const paragraphs = body.split("\n").map((p) => p.trim()).filter(Boolean);
  const prose = paragraphs.find((p) => p.length >= Math.max(2 * first.length, 60) && /[.!?。！？]["”’»)]?$/u.test(p));
  if (!prose) return null;
  return first;
}
