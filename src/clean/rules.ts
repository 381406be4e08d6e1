// One rule per family of article furniture. Patterns are built once from the merged vocabulary;
// each rule looks at one line and says what to take out of it. Rules are conservative: a line is
// only removed when all of it is furniture, and a caption keeps its own sentence.
import { alternation, escapeRe, vocab } from "./vocab.ts";

const B = String.raw`(?<![\p{L}\p{N}])`; // word start that also works for non-Latin scripts
const CAPTION = alternation(vocab.captionLabels);
const COMMENT = alternation(vocab.commentLabels);
const RELATED = alternation(vocab.relatedHeadings);
const SOURCE = alternation(vocab.sourceLabels);
const AGENCY = alternation(vocab.agencies);

/** "(Foto: beschikbaar gesteld door …)", "(Photo: VNA)", "[사진=연합뉴스]", "（图片来源：新华社）" */
const CAPTION_BRACKETED = new RegExp(String.raw`\s*[(\[（【]\s*${B}(?:${CAPTION})\s*[:：=]\s*[^)\]）】\n]{1,150}[)\]）】]`, "giu");
/** "… Maleisië. Foto: Duong Giang/VNA", "Ảnh: TTXVN", "사진=연합뉴스", "图片来源：新华社" at the end of a line. */
// Case-sensitive on purpose: a capitalised "Foto:" after the caption is a credit, "foto:" in prose is not.
const CAPTION_CASED = alternation([...vocab.captionLabels, ...vocab.captionLabels.map((l) => l.toUpperCase())]);
const CAPTION_TRAILING = new RegExp(String.raw`(?:^|(?<=[.!?…。！？"”’»)\]])|\s)\s*${B}(?<label>${CAPTION_CASED})\s*[:：=]\s*(?<credit>[^\n]{1,100})$`, "u");
const CREDIT_SENTENCE = /[.!?。！？]\s+\p{Lu}/u;

/** "Reactie (0)", "Bình luận (0)", "Comments (3)", "댓글 0", "3 comments" */
const COMMENT_LINE = new RegExp(String.raw`^\s*(?:(?:${COMMENT})\s*[(:\[（]?\s*\d+\s*[)\]）]?|\d+\s*(?:${COMMENT}))\s*$`, "iu");
/** "Related Topics", "Tin liên quan", "관련기사", "Lees ook:" alone on a line. */
const RELATED_HEADING = new RegExp(String.raw`^\s*(?:[>»▶►■•*#\-–—]+\s*)?(?:${RELATED})\s*[:：.…»>]*\s*$`, "iu");
/** "Lees ook: <headline>" within the text. */
const RELATED_INLINE = new RegExp(String.raw`^\s*(?:[>»▶►■•*#\-–—]+\s*)?(?:${RELATED})\s*[:：>»]+\s*\S.{0,250}$`, "iu");
/** "Source: VNA", "Bron: https://…", "Nguồn: …", "出处：", "(Sumber: Antara)" */
const SOURCE_LINE = new RegExp(String.raw`^\s*[(\[（]?\s*(?:${SOURCE})\s*[:：]\s*(?<what>.+?)\s*[)\]）]?\s*$`, "iu");
const URL = /https?:\/\/[^\s)\]>"'“”]+/u;
/** "Nhandan.vn", "VnExpress.net" alone on a line: the publisher's name. */
const PUBLISHER_LINE = /^\s*(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2,6})(?:\.[a-z]{2})?\s*$/iu;
/** "By John Smith", "Door Jan de Vries", "Oleh Ahmad Fauzi" (a short line of capitalised names). */
const BYLINE_LINE = new RegExp(
  String.raw`^\s*(?:${vocab.bylinePrefixes.map(escapeRe).sort((a, b) => b.length - a.length).join("|")})\s+` +
    String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|van|der|den|von|da|di|bin|binti|al|el|le|la|and|und|en|et|y|dan))*` +
    String.raw`(?:\s*[,|/–—-]\s*[^\n.!?]{0,60})?\s*$`,
  "u",
);
/** "— VNA/VNS", " - AFP", "(TTXVN)" signing off the last paragraph. */
const SIGN_OFF = new RegExp(String.raw`(?<=[.!?…"”’)»])\s*(?:(?:--|[—–-])\s*(?:${AGENCY}|[A-Z]{2,6})(?:\s*\/\s*(?:${AGENCY}|[A-Z]{2,6}))*|[(（](?:${AGENCY})(?:\s*\/\s*(?:${AGENCY}))*[)）])\s*$`, "u");
/** A line that is only agencies: "VNA/VNS", "— Bernama". */
const AGENCY_LINE = new RegExp(String.raw`^\s*(?:--|[—–-])?\s*(?:${AGENCY})(?:\s*\/\s*(?:${AGENCY}))*\s*$`, "u");
/** "(HBO) - From September …", "(Chinhphu.vn) – …": an outlet prefix before the text. */
const OUTLET_PREFIX = /^\s*\((?=[^()\n]*\p{L})[^()\n]{2,30}\)\s*(?:--|[—–-])\s+/u;

const HAS_SEPARATOR = /[:：=]/;
const HAS_DIGIT = /\d/;

export interface CaptionResult { line: string; credits: string[] }

/** Takes photo credits out of a line; what the caption itself states stays. */
export function stripCaptionCredits(line: string): CaptionResult {
  const credits: string[] = [];
  let out = line;
  if (out.length === 0) return { line, credits };
  // Every credit has a label separator; most lines have none, and the patterns are not cheap.
  if (!HAS_SEPARATOR.test(out)) return { line, credits };
  out = out.replace(CAPTION_BRACKETED, (m) => {
    credits.push(m.trim());
    return "";
  });
  const t = CAPTION_TRAILING.exec(out);
  if (t && !CREDIT_SENTENCE.test(t.groups!.credit!) && t.groups!.credit!.split(/\s+/).length <= 12) {
    credits.push(t[0].trim());
    out = out.slice(0, t.index);
  }
  return { line: credits.length ? out.trimEnd() : line, credits };
}

export const isCommentCounter = (line: string): boolean => line.length <= 40 && HAS_DIGIT.test(line) && COMMENT_LINE.test(line);
export const isRelatedHeading = (line: string): boolean => line.length <= 60 && RELATED_HEADING.test(line);
export const isRelatedInline = (line: string): boolean => line.length <= 300 && /[:：>»]/.test(line) && RELATED_INLINE.test(line);
export const isPublisherLine = (line: string): boolean => line.length <= 60 && PUBLISHER_LINE.test(line);
export const isBylineLine = (line: string): boolean => line.length <= 100 && BYLINE_LINE.test(line);
export const isAgencyLine = (line: string): boolean => AGENCY.length > 0 && line.length <= 60 && AGENCY_LINE.test(line);

/** A source line, with the URL it names (if any). Long prose that happens to start with "Source:" is not one. */
export function matchSourceLine(line: string): { url: string | null } | null {
  if (line.length > 300 || !/[:：]/.test(line)) return null;
  const m = SOURCE_LINE.exec(line);
  if (!m) return null;
  const url = URL.exec(m.groups!.what!)?.[0]?.replace(/[.,;]+$/, "") ?? null;
  if (!url && m.groups!.what!.length > 120) return null;
  return { url };
}

/** Removes an agency sign-off from the end of a line; returns the removed part. */
export function stripSignOff(line: string): { line: string; removed: string | null } {
  const m = SIGN_OFF.exec(line);
  if (!m) return { line, removed: null };
  return { line: line.slice(0, m.index).trimEnd(), removed: m[0].trim() };
}

export function stripOutletPrefix(line: string): { line: string; removed: string | null } {
  const m = OUTLET_PREFIX.exec(line);
  if (!m || !/\p{L}/u.test(line.slice(m[0].length))) return { line, removed: null };
  return { line: line.slice(m[0].length), removed: m[0].trim() };
}
