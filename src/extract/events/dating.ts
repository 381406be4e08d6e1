// Which day an event was held, beyond the date its own sentence states: the day its reporting
// sentences give, the day a meeting of several days opened, and which years and months are stale.
import type { ExtractionContext } from "../context.ts";
import { findDates, type DateAnchor, type DateMention } from "../dates/index.ts";
import { reportingDay, type EventLexicon } from "./lexicon.ts";
import { isHeadline } from "./headline.ts";
import type { Work } from "./work.ts";

/** A meeting's date falls within a visit's days: undated either, or days at most a week apart. */
export function withinVisit(meeting: string | null, visit: string | null): boolean {
  if (!meeting || !visit) return true;
  if (meeting.length < 10 || visit.length < 10) return meeting.slice(0, 4) === visit.slice(0, 4);
  return Math.abs(Date.parse(meeting) - Date.parse(visit)) <= 7 * 86_400_000;
}

/**
 * `wrapped up their summit on Tuesday … The two-day meeting, which opened on Monday`: a meeting of
 * several days, reported by the day it closed, is dated by the day it opened. A day stated with an opening verb in the
 * meeting's own sentences (or the one after its first) replaces a later day of the same week, or no day.
 */
function openingDay(main: Work, ctx: ExtractionContext, lex: EventLexicon, anchor: DateAnchor): DateMention | null {
  if (!lex.openingRe || !lex.closingRe || main.past) return null;
  const own = new Set([main.sentence, ...main.more]);
  const current = main.date?.precision === "day" ? main.date.value : null;
  // The sentence after the first is read only to move a day already known, never to date an undated meeting.
  const read = current ? new Set([...own, main.sentence + 1]) : own;
  // Only a report that tells of the close: `held on 27 October, … the summitry that began on 26 October`
  // opens something larger than the meeting.
  if (![...read].some((i) => { const s = ctx.sentences[i]; return !!s && lex.closingRe!.test(s.text); })) return null;
  let best: DateMention | null = null;
  for (const i of [...read].sort((a, b) => a - b)) {
    const s = ctx.sentences[i];
    if (!s) continue;
    lex.openingRe.lastIndex = 0;
    const verbs = [...s.text.matchAll(lex.openingRe)];
    if (!verbs.length) continue;
    const days = findDates(s.text, ctx.language, anchor).filter((d) => d.precision === "day" && d.value);
    for (const v of verbs) {
      const at = v.index, end = at + v[0].length;
      // The day stated right with the verb: `opened on Monday`, `khai mạc ngày 24/11`, `24日に開幕`.
      const gap = (d: DateMention) => (d.start >= end ? d.start - end : d.end <= at ? at - d.end : 0);
      const day = days.filter((d) => gap(d) <= 20).sort((a, b) => gap(a) - gap(b))[0];
      if (day && (!best || day.value! < best.value!)) best = day;
    }
  }
  if (!best) return null;
  // No day yet: the opening day refines a month or year it falls in.
  if (!current) return !main.date || (main.date.value != null && best.value!.startsWith(main.date.value)) ? best : null;
  const daysBefore = (Date.parse(current) - Date.parse(best.value!)) / 86_400_000;
  return daysBefore > 0 && daysBefore <= 6 ? best : null;
}

/**
 * `Op maandag sprak hij in Rabat …`, `会談は水曜日に…`, `Pertemuan … berlangsung hari Rabu`: a main
 * meeting its own sentence leaves undated takes the day its reporting sentences state, or else the
 * day stated in the sentence right after the one that names it — but only one day: two different
 * days there are a programme, not the meeting's date.
 */
function reportedDay(main: Work, ctx: ExtractionContext, lex: EventLexicon, anchor: DateAnchor): DateMention | null {
  const own = [main.sentence, ...main.more].sort((a, b) => a - b);
  // A headline names the meeting but the story starts below it: the sentence after is the lead's next.
  const headline = isHeadline(ctx) ? 0 : -1;
  const first = own.find((i) => i !== headline) ?? main.sentence;
  for (const group of [own, [first + 1]]) {
    const days = group.flatMap((i) => {
      const s = ctx.sentences[i];
      return s ? findDates(s.text, ctx.language, anchor).filter((d) => d.precision === "day" && d.value && !d.until && !reportingDay(lex, s.text, d)) : [];
    });
    const values = new Set(days.map((d) => d.value));
    if (values.size === 1) return days[0]!;
    if (values.size > 1) return null;
  }
  return null;
}

/**
 * `the agreement signed in 2019`, `last held in 2018`: a bare year before the publication year
 * names a past occasion, not the news being reported.
 */
export function staleYear(d: DateMention | null, anchorYear: number | null, published: string | null = null): boolean {
  if (!d || d.value == null) return false;
  if (d.precision === "year") return anchorYear != null && Number(d.value) < anchorYear;
  // `when the leaders met in Bali in November 2022`: a month two or more before publication, likewise.
  if (d.precision === "month" && published && !d.relative) {
    const [y, m] = published.split("-").map(Number) as [number, number];
    const limit = m > 2 ? `${y}-${String(m - 2).padStart(2, "0")}` : `${y - 1}-${String(m + 10).padStart(2, "0")}`;
    return d.value <= limit;
  }
  return false;
}

/**
 * The main event's day, once its sentences are merged: a day its reports state refines a week, month
 * or stale year; a dispatch dates what it reports undated; a meeting of several days is dated by its
 * opening; a bare earlier year left over is no date of the news.
 */
export function dateMain(main: Work, ctx: ExtractionContext, lex: EventLexicon, anchor: () => DateAnchor, anchorYear: number | null): void {
  // `earlier this week … The talks took place on Monday`: a day refines a week or month it falls in.
  // A bare past year on the news itself (`the first visit in 2013`) gives way to any day the report states.
  if (ctx.published && main.date?.precision !== "day") {
    const day = reportedDay(main, ctx, lex, anchor());
    if (day && (!main.date || (!main.past && staleYear(main.date, anchorYear, ctx.published))
      || (main.date.relative && main.date.precision === "month" && main.date.value != null && day.value!.startsWith(main.date.value)))) main.date = day;
  }
  // `Kinshasa, 3 février 2026 (ACP) — La sixième session … s'est ouverte`: a dispatch filed on a day of
  // its own reports, undated, what happened that day.
  if (!main.date && !main.past && ctx.datelineDate) main.date = { start: 0, end: 0, surface: "", value: ctx.datelineDate, precision: "day", relative: true };
  const opened = openingDay(main, ctx, lex, anchor());
  if (opened) main.date = opened;
  // `The agreement signed in 2019 was reviewed at the Joint Commission`: a bare earlier year on the
  // news, with no day to replace it, belongs to something else the sentence recalls.
  if (!main.past && main.date?.precision === "year" && staleYear(main.date, anchorYear)) main.date = null;
}
