// A document's headline: which first sentence is one, and the meeting a headline names being the
// talks its lead reports.
import type { ExtractionContext } from "../context.ts";
import type { Work } from "./work.ts";

/**
 * `日韓首脳会談、… 奈良` over `高市首相は13日、…李在明大統領と奈良市内のホテルで会談した`: a meeting
 * the headline names, undated, is held as the talks its lead reports (the first talks of the
 * document, within the next few sentences) when those talks involve all of its parties.
 */
export function headlineTalks(meeting: Work, talks: Work, events: Work[], ctx: ExtractionContext): boolean {
  if (meeting.sentence !== 0 || meeting.date || !meeting.parties.length || talks.sentence > 3 || !isHeadline(ctx)) return false;
  if (events.some((x) => x.type === "talks" && x.sentence < talks.sentence)) return false;
  const missing = meeting.parties.filter((p) => !talks.participants.has(p.ref));
  // `日・ウズベキスタン首脳会談` over `高市首相は…ミルジヨエフ大統領と会談した`: the host's leader
  // stands for the host, whose name the lead need not repeat.
  const people = [...talks.participants.values()].filter((m) => m.type === "person").length;
  return missing.length === 0 || (missing.length === 1 && meeting.parties.length >= 2 && people >= 2);
}

/** The first sentence is a headline: the title, or a line of its own without closing punctuation. */
export function isHeadline(ctx: ExtractionContext): boolean {
  const s = ctx.sentences[0];
  if (!s) return false;
  if (ctx.title != null && s.text.trim() === ctx.title.trim()) return true;
  return /^\s*\n/.test(ctx.text.slice(s.end)) && !/[.!?。！？]["”’»]?$/.test(s.text.trim());
}
