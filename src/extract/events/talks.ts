// Talks and signings are seldom news of their own: told beside a meeting or during a visit, they
// are that meeting's or that visit's talks, and their drafts fold into it.
import type { ExtractionContext } from "../context.ts";
import { headlineTalks } from "./headline.ts";
import { absorb } from "./merge.ts";
import { sameSentence, VISITS, type Work } from "./work.ts";

/**
 * `co-chaired the 11th Joint Commission … and discussed with …`: talks stated in the very sentence
 * of a meeting, on its day, are that meeting's talks.
 */
export function talksIntoMeetings(events: Work[], ctx: ExtractionContext): void {
  for (const e of [...events]) {
    if (e.type !== "talks" || e.ordinal != null) continue;
    // Undated talks at no named place in the sentence right before or after a meeting are its talks too.
    const near = (x: Work) => sameSentence(x, e) || (!e.date && !e.place && !e.host && Math.abs(x.sentence - e.sentence) <= 1)
      || headlineTalks(x, e, events, ctx);
    const m = events.find((x) => x !== e && x.type !== "talks" && x.type !== "signing" && !VISITS.has(x.type) && near(x)
      && (!e.date || !x.date || e.date.value === x.date.value));
    if (m) { absorb(m, e); events.splice(events.indexOf(e), 1); }
  }
}

/** Talks and signings during a visit are part of it; a bilateral meeting named as such stays beside it. */
export function talksIntoVisit(events: Work[]): void {
  const visit = () => events.find((e) => VISITS.has(e.type));
  for (const e of [...events]) {
    const v = visit();
    // Dated talks belong to it too when they fall on a day of it (`held talks in Rabat on 12 November
    // during an official visit`): same day, or the visit is undated.
    const sameDay = !e.date || !v?.date || e.date.value === v.date.value;
    if (v && (e.type === "talks" || e.type === "signing") && e.ordinal == null && sameDay && (!e.date || sameSentence(v, e) || !v.date)) {
      if (e.bilateral) { heldAtVisit(e, v); continue; }
      absorb(v, e);
      events.splice(events.indexOf(e), 1);
    }
  }
}

/**
 * `日韓首脳、奈良で会談`, `the two leaders held talks`: talks of leaders that were not part of a visit
 * or a meeting are a summit (a bilateral summit when two countries meet).
 */
export function leadersTalksAsSummits(events: Work[]): void {
  for (const e of events) if (e.type === "talks" && e.leadersTalks) e.type = "summit";
}

/** A bilateral meeting during a visit is held where and when the visit was, unless it says. */
export function heldAtVisit(w: Work, visit: Work): void {
  if (!w.date && visit.date?.precision === "day") w.date = visit.date;
  if (!w.place && visit.place) { w.place = visit.place; w.placeName = visit.placeName; }
  w.host ??= visit.host ?? visit.destination;
  w.country ??= visit.country;
}
