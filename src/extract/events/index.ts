// Events (meetings, visits, signings) of one document: meeting nouns found per sentence, described
// from the sentence, then merged so that every sentence about one meeting feeds one draft;
// generic nouns (`the conference`, `the visit`) add their sentence to the event they refer to.
import type { EventDraft, EventType, Mention, Sentence } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import { documentAnchor, findDates, type DateAnchor, type DateMention } from "../dates/index.ts";
import { describe, findHits, type Candidate } from "./detect.ts";
import { eventLexicon, type EventLexicon } from "./lexicon.ts";
import { eventName, seriesKey } from "./names.ts";
import { buildingsIn, placeCountry, titleCase, venue } from "./places.ts";
import { headCountry } from "./heads.ts";
import { fold } from "../../util/text.ts";
import { refKey } from "../../resolve/entities.ts";

interface Work {
  type: EventType;
  past: boolean;
  ordinal: number | null;
  parties: Mention[];
  date: DateMention | null;
  place: Mention | null;
  placeName: string | null;
  host: Mention | null;
  country: string | null;
  visitor: Mention | null;
  destination: Mention | null;
  sentence: number;
  more: Set<number>;
  participants: Map<string, Mention>;
  label: string | null;
}

const VISITS = new Set<EventType>(["state_visit", "official_visit", "other"]);
const PART_TYPES = new Set(["person", "country", "organization"]);
const isoOf = (m: Mention | null) => (m ? refKey(m.ref) : null);

export function extractEvents(input: ExtractionContext): EventDraft[] {
  const lex = eventLexicon(input.language) ?? eventLexicon("en");
  if (!lex) return [];
  const ctx = withoutBuildingCities(input);
  // Inferring the year reads the whole text: only done once a meeting sentence needs dates.
  let anchor: DateAnchor | null = null;
  let datelineCity: boolean | undefined;
  const candidates: Candidate[] = [];
  for (const s of ctx.sentences) {
    const hits = findHits(lex, s);
    if (!hits.length) continue; // most sentences name no meeting: skip them before any other work
    // Generic nouns point back to an event: their day dates it when it has none (see resolvePending).
    // Signing verbs (fold) are read for dates only later, when no meeting claims them (see below).
    const dates = hits.some((h) => h.entry.strength !== "fold") ? findDates(s.text, ctx.language, (anchor ??= documentAnchor(ctx))) : [];
    datelineCity ??= !!ctx.datelinePlace && venue(ctx.datelinePlace) != null;
    candidates.push(...describe(lex, hits, { mentions: ctx.mentions, dates, datelineCity, year: anchor?.year ?? null }));
  }
  if (!candidates.length) return [];

  const events: Work[] = [];
  const pending: Candidate[] = [];
  for (const c of candidates) {
    if (!c.standalone || !c.type) { pending.push(c); continue; }
    const drafts = c.slots.length
      ? c.slots.map((slot) => work(c, c.type as EventType, { host: slot.host, date: slot.date ?? c.date }, ctx.mentions, true))
      : [work(c, c.type, { host: c.host, date: c.date }, ctx.mentions, sentenceHits(candidates, c) > 1)];
    for (const d of drafts) mergeInto(events, d);
  }
  // `co-chaired the 11th Joint Commission … and discussed with …`: talks stated in the very sentence
  // of a meeting, on its day, are that meeting's talks.
  for (const e of [...events]) {
    if (e.type !== "talks" || e.ordinal != null) continue;
    // Undated talks at no named place in the sentence right before or after a meeting are its talks too.
    const near = (x: Work) => sameSentence(x, e) || (!e.date && !e.place && !e.host && Math.abs(x.sentence - e.sentence) <= 1)
      || headlineTalks(x, e, events, ctx);
    const m = events.find((x) => x !== e && x.type !== "talks" && x.type !== "signing" && !VISITS.has(x.type) && near(x)
      && (!e.date || !x.date || e.date.value === x.date.value));
    if (m) { absorb(m, e); events.splice(events.indexOf(e), 1); }
  }
  // Talks and signings during a visit are part of it.
  const visit = () => events.find((e) => VISITS.has(e.type));
  for (const e of [...events]) {
    const v = visit();
    // Dated talks belong to it too when they fall on a day of it (`held talks in Rabat on 12 November
    // during an official visit`): same day, or the visit is undated.
    const sameDay = !e.date || !v?.date || e.date.value === v.date.value;
    if (v && (e.type === "talks" || e.type === "signing") && e.ordinal == null && sameDay && (!e.date || sameSentence(v, e) || !v.date)) {
      absorb(v, e);
      events.splice(events.indexOf(e), 1);
    }
  }
  if (!events.length) {
    // A document that reports no meeting may report a dated signing (`hai bên đã ký kết`): only now
    // are the dates of its signing sentences worth reading.
    for (let i = 0; i < pending.length; i++) {
      const c = pending[i]!;
      if (c.hit.entry.type !== "signing" || c.hit.entry.strength !== "fold" || c.date) continue;
      const dates = findDates(c.hit.sentence.text, ctx.language, (anchor ??= documentAnchor(ctx)));
      if (dates.length) pending[i] = describe(lex, [c.hit], { mentions: ctx.mentions, dates })[0]!;
    }
  }
  // `大統領が13日に来日し`: a leader's visit word is the news when nothing else is.
  if (!events.length) {
    const lead = pending.find((c) => c.leader && c.type);
    if (lead) { events.push(work(lead, lead.type!, { host: null, date: lead.date }, ctx.mentions, false)); pending.splice(pending.indexOf(lead), 1); }
  }
  const anchorYear = ctx.published ? Number(ctx.published.slice(0, 4)) : null;
  for (const c of pending) resolvePending(lex, events, c, ctx.mentions, visit, anchorYear);
  if (!events.length) return [];

  // Merging in text order can leave two drafts apart that later sentences showed to be one
  // (`third Ministerial Roundtable` and `the India-Singapore Ministerial Roundtable`).
  for (let i = 0; i < events.length; i++) {
    for (let j = events.length - 1; j > i; j--) {
      if (!conflicts(events[i]!, events[j]!)) { absorb(events[i]!, events[j]!); events.splice(j, 1); }
    }
  }

  joinNumbered(events);

  const current = events.filter((e) => !e.past);
  // Talks reported beside a meeting of a series are held at it: the meeting is the news.
  const meetings = current.filter((e) => e.type !== "talks" && e.type !== "signing");
  const main = (meetings.length ? meetings : current.length ? current : events).reduce((a, b) => (b.sentence < a.sentence ? b : a));
  if (!main.place && ctx.datelinePlace) datelineVenue(main, ctx.datelinePlace, ctx.mentions);
  if (!main.placeName) leadVenue(main, ctx);
  // `earlier this week … The talks took place on Monday`: a day refines a week or month it falls in.
  // A bare past year on the news itself (`the first visit in 2013`) gives way to any day the report states.
  if (ctx.published && main.date?.precision !== "day") {
    const day = reportedDay(main, ctx, (anchor ??= documentAnchor(ctx)));
    if (day && (!main.date || (!main.past && staleYear(main.date, anchorYear, ctx.published))
      || (main.date.relative && main.date.precision === "month" && main.date.value != null && day.value!.startsWith(main.date.value)))) main.date = day;
  }
  // `Kinshasa, 3 février 2026 (ACP) — La sixième session … s'est ouverte`: a dispatch filed on a day of
  // its own reports, undated, what happened that day.
  if (!main.date && !main.past && ctx.datelineDate) main.date = { start: 0, end: 0, surface: "", value: ctx.datelineDate, precision: "day", relative: true };
  const opened = openingDay(main, ctx, lex, (anchor ??= documentAnchor(ctx)));
  if (opened) main.date = opened;
  // `The agreement signed in 2019 was reviewed at the Joint Commission`: a bare earlier year on the
  // news, with no day to replace it, belongs to something else the sentence recalls.
  if (!main.past && main.date?.precision === "year" && staleYear(main.date, anchorYear)) main.date = null;
  const drafts = events.map((e) => toDraft(e, ctx));
  heldDuringVisit(drafts, events);
  return drafts;
}

/**
 * `received the official visit of … in Jakarta, Tuesday (3/2/2026). The two ministers chaired the
 * 7th Joint Commission`: a meeting told right beside a visit, with no place or host of its own, is
 * held where the visit went (and on its day, when the visit has one and the meeting none).
 */
function heldDuringVisit(drafts: EventDraft[], events: Work[]): void {
  const visits = drafts.filter((d) => VISITS.has(d.type) && d.country);
  for (const [i, d] of drafts.entries()) {
    if (VISITS.has(d.type) || d.type === "talks" || d.type === "signing" || events[i]!.past) continue;
    if (d.place || d.country) continue;
    const v = visits.find((x) => Math.abs(x.sentence - d.sentence) <= 1 && withinVisit(d.date, x.date));
    if (!v) continue;
    d.place = v.place;
    d.country = v.country;
    if (!d.date && v.date && v.date.length === 10) d.date = v.date;
  }
}

/** A meeting's date falls within a visit's days: undated either, or days at most a week apart. */
function withinVisit(meeting: string | null, visit: string | null): boolean {
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
 * `SCO summit opens` over `Der 25. Gipfel der Shanghaier Organisation … (SCO)`: a meeting named
 * without a number joins the one numbered meeting of its type whose parties (or, when the name was
 * read apart, whose sentence's participants) include all of its own,
 * on a date and in a country that agree. Extra parties that are countries make another meeting of
 * the series (`ASEAN Summit` is not the `47th ASEAN-Japan Summit`); others are read noise.
 */
function joinNumbered(events: Work[]): void {
  for (const u of [...events]) {
    if (u.ordinal != null || u.past || !u.parties.length) continue;
    const mine = new Set(u.parties.map((m) => m.ref));
    const fits = events.filter((n) => n !== u && n.ordinal != null && !n.past && n.type === u.type
      && [...mine].every((r) => n.parties.some((m) => m.ref === r) || n.participants.has(r))
      && n.parties.every((m) => mine.has(m.ref) || m.type !== "country")
      && !conflictingWhenWhere(u, n));
    if (fits.length !== 1) continue;
    absorb(fits[0]!, u);
    events.splice(events.indexOf(u), 1);
  }
}

function conflictingWhenWhere(a: Work, b: Work): boolean {
  const da = a.date?.value, db = b.date?.value;
  if (da && db && !da.startsWith(db) && !db.startsWith(da)) return true;
  const ca = isoOf(a.host ?? a.destination), cb = isoOf(b.host ?? b.destination);
  return !!ca && !!cb && ca !== cb;
}

/**
 * `talks at Hyderabad House`, `в Хайдарабад-хаусе`, `at Blair House`: a city named inside the name of
 * a building (data/venues.tsv) is not where the meeting is; the building stands for its own city.
 */
function withoutBuildingCities(ctx: ExtractionContext): ExtractionContext {
  const inside = (m: Mention) => {
    if (m.type !== "place") return false;
    // Only the text around the mention is searched: a building name is a few words long.
    const from = Math.max(0, m.start - 40);
    return buildingsIn(ctx.text.slice(from, m.end + 40)).some((b) => b.start + from <= m.start && b.end + from >= m.end);
  };
  const mentions = ctx.mentions.filter((m) => !inside(m));
  return mentions.length === ctx.mentions.length ? ctx : { ...ctx, mentions };
}

/**
 * `Op maandag sprak hij in Rabat …`, `会談は水曜日に…`, `Pertemuan … berlangsung hari Rabu`: a main
 * meeting its own sentence leaves undated takes the day its reporting sentences state, or else the
 * day stated in the sentence right after the one that names it — but only one day: two different
 * days there are a programme, not the meeting's date.
 */
function reportedDay(main: Work, ctx: ExtractionContext, anchor: DateAnchor): DateMention | null {
  const own = [main.sentence, ...main.more].sort((a, b) => a - b);
  // A headline names the meeting but the story starts below it: the sentence after is the lead's next.
  const headline = isHeadline(ctx) ? 0 : -1;
  const first = own.find((i) => i !== headline) ?? main.sentence;
  for (const group of [own, [first + 1]]) {
    const days = group.flatMap((i) => {
      const s = ctx.sentences[i];
      return s ? findDates(s.text, ctx.language, anchor).filter((d) => d.precision === "day" && d.value && !d.until) : [];
    });
    const values = new Set(days.map((d) => d.value));
    if (values.size === 1) return days[0]!;
    if (values.size > 1) return null;
  }
  return null;
}

/**
 * `… official visit to Japan … The two leaders met at the Prime Minister's Office in Tokyo`: a main
 * meeting whose country is known but whose city is not takes the first city of that country named
 * in its own sentences or the few after it.
 */
function leadVenue(main: Work, ctx: ExtractionContext): void {
  const iso = isoOf(VISITS.has(main.type) ? main.destination ?? main.host : main.host) ?? main.country;
  if (!iso) return;
  const near = new Set([main.sentence, ...main.more]);
  for (let i = main.sentence + 1; i <= main.sentence + 3; i++) near.add(i);
  for (const m of ctx.mentions) {
    if (m.type !== "place" || !near.has(m.sentence)) continue;
    const city = venue(m.name) ?? venue(m.surface);
    if (city?.country === iso) { main.place = m; main.placeName = city.name; return; }
  }
  // `… empfing ihn der Kanzler im Kanzleramt`: a seat of government there stands for its city.
  for (const i of [...near].sort((a, b) => a - b)) {
    const s = ctx.sentences[i];
    const city = s ? buildingsIn(s.text).map((b) => venue(b.city)).find((v) => v?.country === iso) : null;
    if (city) { main.placeName = city.name; return; }
  }
  // A visit's talks are often placed far down the report (`… the two leaders met at the palace in
  // Jakarta`): the first city of the visited country named anywhere, when the lead names none.
  if (!VISITS.has(main.type)) return;
  for (const m of ctx.mentions) {
    if (m.type !== "place" || m.sentence < main.sentence) continue;
    const city = venue(m.name) ?? venue(m.surface);
    if (city?.country === iso) { main.place = m; main.placeName = city.name; return; }
  }
}

/**
 * `日韓首脳会談、… 奈良` over `高市首相は13日、…李在明大統領と奈良市内のホテルで会談した`: a meeting
 * the headline names, undated, is held as the talks its lead reports (the first talks of the
 * document, within the next few sentences) when those talks involve all of its parties.
 */
function headlineTalks(meeting: Work, talks: Work, events: Work[], ctx: ExtractionContext): boolean {
  if (meeting.sentence !== 0 || meeting.date || !meeting.parties.length || talks.sentence > 3 || !isHeadline(ctx)) return false;
  if (events.some((x) => x.type === "talks" && x.sentence < talks.sentence)) return false;
  return meeting.parties.every((p) => talks.participants.has(p.ref));
}

/** The first sentence is a headline: the title, or a line of its own without closing punctuation. */
function isHeadline(ctx: ExtractionContext): boolean {
  const s = ctx.sentences[0];
  if (!s) return false;
  if (ctx.title != null && s.text.trim() === ctx.title.trim()) return true;
  return /^\s*\n/.test(ctx.text.slice(s.end)) && !/[.!?。！？]["”’»]?$/.test(s.text.trim());
}

/** The dateline city is the main meeting's venue when it lies in the meeting's country (or that is unknown). */
function datelineVenue(main: Work, place: string, mentions: Mention[]): void {
  const dl = fold(place);
  const named = mentions.find((x) => x.type === "place" && fold(x.surface) === dl);
  const v = venue(place) ?? (named ? venue(named.name) : null);
  // A city-state's dateline names the country (`SINGAPURA, 4 Dis (Bernama)`).
  const state = v ? null : mentions.find((x) => x.type === "country" && fold(x.surface) === dl) ?? null;
  const iso = v?.country ?? isoOf(state);
  const eventCountry = isoOf(VISITS.has(main.type) ? main.destination ?? main.host : main.host);
  if (iso) {
    if (eventCountry && eventCountry !== iso) return;
    main.placeName = v?.name ?? state!.name;
    if (state) main.host ??= state;
    else main.country = iso;
    return;
  }
  if (!main.host && !eventCountry) main.placeName = named?.name ?? titleCase(place);
}

function sameSentence(a: Work, b: Work): boolean {
  return a.sentence === b.sentence || a.more.has(b.sentence) || b.more.has(a.sentence);
}

function sentenceHits(all: Candidate[], c: Candidate): number {
  return all.filter((x) => x.hit.sentence === c.hit.sentence && x.hit.entry.strength !== "anaphor" && x.hit.entry.strength !== "leader").length;
}

function work(c: Candidate, type: EventType, slot: { host: Mention | null; date: DateMention | null }, mentions: Mention[], narrow: boolean): Work {
  const s = c.hit.sentence;
  const w: Work = {
    type, past: c.past, ordinal: c.ordinal, parties: c.parties, date: slot.date, place: c.slots.length ? null : c.place,
    placeName: null, host: slot.host, country: null, visitor: c.visitor, destination: c.destination,
    sentence: s.index, more: new Set(), participants: new Map(), label: c.label,
  };
  w.placeName = w.place?.name ?? null;
  const who = narrow
    ? [...c.parties, c.visitor, c.destination, slot.host].filter((m): m is Mention => !!m)
    : mentionsIn(mentions, s).filter((m) => PART_TYPES.has(m.type) && m !== c.host);
  for (const m of [...who, ...(slot.host && !narrow ? [slot.host] : [])]) w.participants.set(m.ref, m);
  // `signed the Pukpuk Treaty`: what is signed takes part in a signing.
  if (type === "signing") for (const m of mentionsIn(mentions, s)) if (m.type === "agreement") w.participants.set(m.ref, m);
  return w;
}

function mentionsIn(mentions: Mention[], s: Sentence): Mention[] {
  return mentions.filter((m) => m.sentence === s.index || (m.start >= s.start && m.end <= s.end));
}

function refs(ms: Mention[]): string { return ms.map((m) => m.ref).sort().join("+"); }

function conflicts(a: Work, b: Work): boolean {
  if (a.type !== b.type) return true;
  // The previous meeting of a series is another meeting, with its own year and place.
  if (a.past !== b.past) return true;
  if (a.ordinal != null && b.ordinal != null && a.ordinal !== b.ordinal) return true;
  if (a.parties.length && b.parties.length && refs(a.parties) !== refs(b.parties)) return true;
  const da = a.date?.value, db = b.date?.value;
  if (da && db && !da.startsWith(db) && !db.startsWith(da)) return true;
  const ca = isoOf(a.host ?? a.destination), cb = isoOf(b.host ?? b.destination);
  if (ca && cb && ca !== cb) return true;
  // Both identified, by number or by parties, and by nothing they share: two meetings.
  const identified = (w: Work) => w.ordinal != null || w.parties.length > 0;
  if (identified(a) && identified(b) && !(a.ordinal != null && a.ordinal === b.ordinal)
    && !(a.parties.length && refs(a.parties) === refs(b.parties))) return true;
  return false;
}

function mergeInto(events: Work[], w: Work): void {
  const same = events.filter((e) => !conflicts(e, w));
  const target = same.find((e) => e.ordinal != null && e.ordinal === w.ordinal)
    ?? same.find((e) => e.parties.length && refs(e.parties) === refs(w.parties))
    ?? same[0];
  if (target) absorb(target, w);
  else events.push(w);
}

function absorb(into: Work, w: Work): void {
  into.ordinal ??= w.ordinal;
  into.label ??= w.label;
  if (!into.parties.length) into.parties = w.parties;
  const rank = { day: 3, month: 2, year: 1 } as const;
  if (w.date && (!into.date || rank[w.date.precision] > rank[into.date.precision])) into.date = w.date;
  if (!into.place && w.place) { into.place = w.place; into.placeName = w.placeName; }
  into.host ??= w.host;
  into.visitor ??= w.visitor;
  into.destination ??= w.destination;
  if (w.sentence !== into.sentence) into.more.add(w.sentence);
  for (const s of w.more) if (s !== into.sentence) into.more.add(s);
  for (const [k, m] of w.participants) into.participants.set(k, m);
}

/**
 * `the agreement signed in 2019`, `last held in 2018`: a bare year before the publication year
 * names a past occasion, not the news being reported.
 */
function staleYear(d: DateMention | null, anchorYear: number | null, published: string | null = null): boolean {
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

function resolvePending(lex: EventLexicon, events: Work[], c: Candidate, mentions: Mention[], visit: () => Work | undefined, anchorYear: number | null): void {
  const s = c.hit.sentence;
  const { entry } = c.hit;
  const nearest = (ok: (e: Work) => boolean) =>
    [...events].filter(ok).sort((a, b) => Math.abs(a.sentence - s.index) - Math.abs(b.sentence - s.index) || a.sentence - b.sentence)[0];
  let target: Work | undefined;
  if (entry.strength === "fold" || entry.type === "talks" || entry.type === "signing") {
    // `Ngày 12/11, hai bên đã ký kết … Lễ ký kết diễn ra tại Hà Nội`: with no visit, a signing
    // sentence reports the signing event the document already has.
    target = visit() ?? (entry.type === "signing" ? nearest((e) => e.type === "signing") : undefined);
    // `Ngày 19/11, tại Hà Nội, hai bên đã ký kết …`: a dated signing is the news itself when the
    // document reports no meeting or visit it could belong to.
    // `Japan and the Philippines on Monday signed …`: two countries signing stand for the where, which
    // the dateline or a later sentence gives.
    const countries = new Set(mentionsIn(mentions, s).filter((m) => m.type === "country").map((m) => m.ref));
    if (!target && !events.length && entry.type === "signing" && c.date && !staleYear(c.date, anchorYear) && (c.place || c.host || countries.size >= 2)) {
      events.push(work(c, "signing", { host: c.host, date: c.date }, mentions, false));
      return;
    }
  } else if (entry.type === "visit") {
    target = visit();
    // `werkbezoek te Rabat`, `訪問先のニューデリーで`: a capital named with the visit is where it went.
    const city = c.place ? venue(c.place.name) ?? venue(c.place.surface) : null;
    if (!target && c.visitor && (c.destination || city)) {
      // `his first visit to Kenya`, `chuyến thăm`, `lawatan`: a named person's visit to another
      // country is official business unless the words around the noun say working, private or transit.
      const w = work(c, unofficial(lex, c) ? "other" : "official_visit", { host: null, date: c.date }, mentions, false);
      events.push(w);
      return;
    }
  } else if (entry.type === "meeting") {
    // `mantuvieron ayer jueves una reunión de trabajo`: a dated meeting word points back to an event
    // on that day, not to the previous meeting of the series recalled later with another date.
    const sameDay = (e: Work) => !c.date?.value || !e.date?.value || e.date.value.startsWith(c.date.value) || c.date.value.startsWith(e.date.value);
    target = nearest((e) => !VISITS.has(e.type) && sameDay(e)) ?? nearest(sameDay);
    // …and dates it, when the event itself is undated.
    if (target && !target.past && !target.date && c.date?.precision === "day" && !staleYear(c.date, anchorYear)) target.date = c.date;
  }
  else target = nearest((e) => e.type === entry.type);
  if (!target) return;
  if (target.sentence !== s.index) target.more.add(s.index);
  // `Les entretiens se sont tenus à Paris`: where the talks of a visit were held is where the visit was.
  // `Встреча проходит в Самарканде`, `The two-day meeting in Samarkand`: where the meeting itself is
  // said to take place is its venue, ahead of the dateline's city where the report was filed.
  const anaphor = entry.type === "meeting" && !target.past;
  if ((VISITS.has(target.type) || anaphor) && !target.place && c.place) {
    const city = venue(c.place.name) ?? venue(c.place.surface);
    const dest = isoOf(VISITS.has(target.type) ? target.destination ?? target.host : target.host) ?? target.country;
    if (city && (!dest || dest === city.country)) { target.place = c.place; target.placeName = city.name; }
  }
  for (const m of mentionsIn(mentions, s)) {
    if ((PART_TYPES.has(m.type) && m.type !== "country") || (m.type === "agreement" && entry.type === "signing")) target.participants.set(m.ref, m);
  }
  for (const m of [c.visitor, c.destination]) if (m && VISITS.has(target.type)) target.participants.set(m.ref, m);
}

/** `private visit`, `werkbezoek`, `transit`: a word at or right around the visit noun marks it as no official visit. */
function unofficial(lex: EventLexicon, c: Candidate): boolean {
  if (!lex.unofficialRe) return false;
  const { sentence, start, end } = c.hit;
  return lex.unofficialRe.test(sentence.text.slice(Math.max(0, start - 20), Math.min(sentence.text.length, end + 20)));
}

function hostCountry(e: Work, mentions: Mention[], text: string): string | null {
  if (VISITS.has(e.type)) {
    const dest = isoOf(e.destination);
    const guest = headCountry(e.visitor);
    const named = hostFromText(e, mentions, text);
    // A destination the venue confirms stands, whoever was read as the visitor.
    if (dest && (dest !== guest || named === dest)) return dest;
    // `Koning Willem-Alexander ontving president Prabowo van Indonesië voor een staatsbezoek`,
    // `Macron a reçu … pour une visite d'État`: no destination, or only the guest's own country, is
    // named; a leader of another country who takes part is the host.
    if (named && named !== guest) return named;
    const host = [...e.participants.values()].map(headCountry).find((c) => c != null && c !== guest);
    if (host) return host;
    return dest ?? named;
  }
  return hostFromText(e, mentions, text);
}

function hostFromText(e: Work, mentions: Mention[], text: string): string | null {
  if (e.host) return isoOf(e.host);
  if (e.place) {
    // `Kuala Lumpur, Malaysia`: the country named right after the city.
    const next = mentions.find((m) => m.type === "country" && m.start > e.place!.end && /^\s*,\s*$/.test(text.slice(e.place!.end, m.start)));
    if (next) return isoOf(next);
  }
  if (e.country) return e.country;
  if (e.placeName) return placeCountry(e.placeName);
  return null;
}

/**
 * `Albanese met Xi Jinping … during his visit to China`: a leader of the visited country is its host,
 * never the visitor; the visitor is then a listed leader of another country in the visit's sentences,
 * or else a person no table places.
 */
function guestOf(e: Work, country: string, mentions: Mention[]): Mention | null {
  if (!e.visitor || headCountry(e.visitor) !== country) return e.visitor;
  const own = new Set([e.sentence, ...e.more]);
  const people = [...e.participants.values(), ...mentions.filter((m) => own.has(m.sentence))]
    .filter((m) => m.type === "person" && m.ref !== e.visitor!.ref);
  return people.find((m) => { const c = headCountry(m); return c != null && c !== country; })
    ?? people.find((m) => headCountry(m) == null) ?? e.visitor;
}

const englishRegions = new Intl.DisplayNames(["en"], { type: "region" });

/** English name of a host country known only by its code (from a city), for event names. */
function englishCountryName(code: string | null): string | null {
  if (!code) return null;
  try { return englishRegions.of(code) ?? code; } catch { return code; }
}

function toDraft(e: Work, ctx: ExtractionContext): EventDraft {
  const country = hostCountry(e, ctx.mentions, ctx.text);
  if (VISITS.has(e.type) && country) e.visitor = guestOf(e, country, ctx.mentions);
  // The destination or host mention names the country only when it is the one found (a guest's own
  // country is not where the visit went).
  const fits = (m: Mention | null) => (m && (!country || isoOf(m) === country) ? m : null);
  const countryMention = fits(e.destination) ?? fits(e.host) ?? ctx.mentions.find((m) => m.type === "country" && isoOf(m) === country) ?? null;
  if (VISITS.has(e.type) && e.visitor) e.participants.set(e.visitor.ref, e.visitor);
  if (VISITS.has(e.type) && countryMention) e.participants.set(countryMention.ref, countryMention);
  for (const p of e.parties) e.participants.set(p.ref, p);
  const others = [...e.participants.values()].filter((m) => m.type === "person" || m.type === "country");
  const date = e.date?.value ?? null;
  const sentence = ctx.sentences[e.sentence];
  const more = [...e.more].filter((i) => i !== e.sentence).sort((a, b) => a - b);
  return {
    type: e.type,
    name: eventName({
      type: e.type, ordinal: e.ordinal, parties: e.parties, visitor: e.visitor, destination: fits(e.destination) ?? (VISITS.has(e.type) ? countryMention : null),
      others, place: e.placeName, countryName: countryMention?.name ?? englishCountryName(country), year: date?.slice(0, 4) ?? null, label: e.label,
    }),
    ordinal: e.ordinal,
    date,
    place: e.placeName,
    country,
    participants: [...e.participants.keys()],
    series: seriesKey(e.type, e.parties, e.visitor, VISITS.has(e.type) ? country : null),
    sentence: e.sentence,
    quote: sentence.text,
    ...(more.length ? { moreSentences: more } : {}),
  };
}
