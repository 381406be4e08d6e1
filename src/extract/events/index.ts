// Events (meetings, visits, signings) of one document: meeting nouns found per sentence, described
// from the sentence, then merged so that every sentence about one meeting feeds one draft;
// generic nouns (`the conference`, `the visit`) add their sentence to the event they refer to.
// Each step lives in its own module; this file only orders them.
import type { EventDraft } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import { documentAnchor, findDates, type DateAnchor } from "../dates/index.ts";
import { describe, findHits, type Candidate } from "./detect.ts";
import { eventLexicon } from "./lexicon.ts";
import { venue } from "./places.ts";
import { dateMain } from "./dating.ts";
import { absorb, conflicts, joinNumbered, mergeInto } from "./merge.ts";
import { dateSignings, leaderVisit, resolvePending } from "./pending.ts";
import { leadersTalksAsSummits, talksIntoMeetings, talksIntoVisit } from "./talks.ts";
import { heldDuringVisit, toDraft } from "./toDraft.ts";
import { placeMain, withoutBuildingCities } from "./whereHeld.ts";
import { sentenceHits, VISITS, work, type Work } from "./work.ts";

export function extractEvents(input: ExtractionContext): EventDraft[] {
  const lex = eventLexicon(input.language) ?? eventLexicon("en");
  if (!lex) return [];
  const ctx = withoutBuildingCities(input);
  // Inferring the year reads the whole text: only done once a meeting sentence needs dates.
  let anchor = null as DateAnchor | null;
  const anchorOf = () => (anchor ??= documentAnchor(ctx));
  let datelineCity: boolean | undefined;
  const candidates: Candidate[] = [];
  for (const s of ctx.sentences) {
    const hits = findHits(lex, s);
    if (!hits.length) continue; // most sentences name no meeting: skip them before any other work
    // Generic nouns point back to an event: their day dates it when it has none (see resolvePending).
    // Signing verbs (fold) are read for dates only later, when no meeting claims them (see dateSignings).
    const dates = hits.some((h) => h.entry.strength !== "fold") ? findDates(s.text, ctx.language, anchorOf()) : [];
    datelineCity ??= !!ctx.datelinePlace && venue(ctx.datelinePlace) != null;
    candidates.push(...describe(lex, hits, { mentions: ctx.mentions, dates, datelineCity, year: anchor?.year ?? null }));
  }
  if (!candidates.length) return [];

  const events: Work[] = [];
  const pending: Candidate[] = [];
  for (const c of candidates) {
    if (!c.standalone || !c.type) { pending.push(c); continue; }
    const drafts = c.slots.length
      ? c.slots.map((slot) => work(c, c.type!, { host: slot.host, date: slot.date ?? c.date }, ctx.mentions, true))
      : [work(c, c.type, { host: c.host, date: c.date }, ctx.mentions, sentenceHits(candidates, c) > 1)];
    for (const d of drafts) mergeInto(events, d);
  }
  talksIntoMeetings(events, ctx);
  talksIntoVisit(events);
  if (!events.length) dateSignings(lex, pending, ctx, anchorOf);
  if (!events.length) {
    const lead = leaderVisit(pending, ctx.mentions);
    if (lead) events.push(lead);
  }
  const anchorYear = ctx.published ? Number(ctx.published.slice(0, 4)) : null;
  const visit = () => events.find((e) => VISITS.has(e.type));
  for (const c of pending) resolvePending(lex, events, c, pending, ctx.mentions, visit, anchorYear, datelineCity ?? false);
  if (!events.length) return [];

  leadersTalksAsSummits(events);
  mergeLate(events);
  joinNumbered(events);

  const main = mainEvent(events);
  placeMain(main, events, ctx, lex);
  dateMain(main, ctx, lex, anchorOf, anchorYear);
  const drafts = events.map((e) => toDraft(e, ctx));
  heldDuringVisit(drafts, events);
  return withoutLaterYears(drafts, ctx.published);
}

/**
 * `다음 제6차 위원회는 내년 서울에서 열린다`, `Die 8. Regierungskonsultationen sollen im Frühjahr 2026 in
 * Berlin stattfinden`: a meeting announced for a later year than the report's is not what it reports;
 * it is left out when the report has a meeting of its own (a preview's one meeting stays).
 */
function withoutLaterYears(drafts: EventDraft[], published: string | null): EventDraft[] {
  if (!published) return drafts;
  const year = published.slice(0, 4);
  const later = (d: EventDraft) => d.date != null && d.date.slice(0, 4) > year;
  return drafts.some((d) => !later(d)) ? drafts.filter((d) => !later(d)) : drafts;
}

/**
 * Merging in text order can leave two drafts apart that later sentences showed to be one
 * (`third Ministerial Roundtable` and `the India-Singapore Ministerial Roundtable`).
 */
function mergeLate(events: Work[]): void {
  for (let i = 0; i < events.length; i++) {
    for (let j = events.length - 1; j > i; j--) {
      if (!conflicts(events[i]!, events[j]!)) { absorb(events[i]!, events[j]!); events.splice(j, 1); }
    }
  }
}

/**
 * The event the document reports: the first current one. Talks reported beside a meeting of a
 * series are held at it, so a meeting comes before talks and signings.
 */
function mainEvent(events: Work[]): Work {
  const current = events.filter((e) => !e.past);
  const meetings = current.filter((e) => e.type !== "talks" && e.type !== "signing");
  return (meetings.length ? meetings : current.length ? current : events).reduce((a, b) => (b.sentence < a.sentence ? b : a));
}
