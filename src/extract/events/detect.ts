// Finds meeting nouns in one sentence and reads off what the sentence says about each meeting:
// ordinal, parties named with it, date, place, host country, visitor and destination.
import type { EventType, Mention, Sentence } from "../../model.ts";
import type { DateMention } from "../dates/index.ts";
import { buildingsIn, venue } from "./places.ts";
import { nounKey, nounLabel, reportingDay, type EventLexicon, type NounEntry, type NounType } from "./lexicon.ts";
import { findOrdinal } from "./ordinals.ts";
import { impliedCountry, leadersWord, openingScene, visitedCountry } from "./clues.ts";
import { followingMatches, isoOf, isVenue, markedPlace, PUNCT, precedingMatches, re, rs } from "./spans.ts";
import { refKey } from "../../resolve/entities.ts";

export interface Hit {
  sentence: Sentence;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  entry: NounEntry;
}

/** What one meeting noun tells, before the document-level merge. */
export interface Candidate {
  hit: Hit;
  /** The type it would have as an event of its own; null for generic nouns. */
  type: EventType | null;
  /** Enough detail to stand as an event of its own. */
  standalone: boolean;
  ordinal: number | null;
  /** English series name of the noun (`Joint Commission`), when the language file gives one. */
  label: string | null;
  parties: Mention[];
  date: DateMention | null;
  place: Mention | null;
  /** A `leader` visit word with a head of state's or government's title before it. */
  leader?: boolean;
  /** Talks of leaders (`日韓首脳、奈良で会談`, `the two leaders held talks`): a summit, unless part of a visit. */
  leadersTalks?: boolean;
  /** A bilateral meeting (`pertemuan bilateral`, `양자회담`): an event of its own beside a visit. */
  bilateral?: boolean;
  /** The place is a seat of government standing for its city (`首相官邸`), not a city the text names. */
  building?: boolean;
  /** `4日在开罗`, `on Wednesday` with no year known: a day is stated, though it cannot be dated. */
  yearlessDay?: boolean;
  host: Mention | null;
  visitor: Mention | null;
  destination: Mention | null;
  people: Mention[];
  /** `la anterior cumbre`, `前回の首脳会議`: an earlier meeting of the series, never the one reported. */
  past: boolean;
  /** `the APEC summit in Korea in 2025 and in Viet Nam in 2027`: one meeting per host and date. */
  slots: { host: Mention; date: DateMention | null }[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function findHits(lex: EventLexicon, s: Sentence): Hit[] {
  const hits: Hit[] = [];
  lex.nounRe.lastIndex = 0;
  for (const m of s.text.matchAll(lex.nounRe)) {
    if (!lex.continuous && m.index > 0 && LETTER_OR_DIGIT.test(s.text[m.index - 1])) continue;
    const entry = lex.byWord.get(nounKey(m[0])) ?? lex.wildcards.find((w) => w.re.test(m[0]))?.entry;
    if (!entry) continue;
    if (entry.upper && m[0] !== entry.word) continue; // acronyms are case-sensitive (`SOM`, not `som`)
    const end = m.index + m[0].length;
    // `SOM delegation`, `dialogue relations`: the noun only qualifies another word.
    if (lex.attributiveRe?.test(s.text.slice(end, end + 40))) continue;
    hits.push({ sentence: s, start: m.index, end, entry });
  }
  return hits;
}

function relMentions(mentions: Mention[], s: Sentence): Mention[] {
  return mentions.filter((m) => m.start >= s.start && m.end <= s.end);
}

const isParty = (m: Mention) => m.type === "country" || m.type === "organization";

/** Parties named with the noun: a chain of country/organisation names joined by linking words. */
function findParties(lex: EventLexicon, s: Sentence, hit: Hit, ms: Mention[], ordinal: { start: number; end: number } | null, all: Mention[]): Mention[] {
  const parties: Mention[] = [];
  const candidates = ms.filter(isParty).sort((a, b) => a.start - b.start);
  let cursor = hit.start;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i];
    if (re(m, s) > cursor) continue;
    if (ordinal && rs(m, s) < ordinal.end && ordinal.end <= hit.start) break;
    if (!lex.linkRe.test(s.text.slice(re(m, s), cursor))) break;
    parties.unshift(m);
    cursor = rs(m, s);
  }
  // `القمة الـ26 بين …`: an ordinal right after the noun comes before the parties;
  // `Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 25`: one after the parties ends them.
  const ordinalNext = ordinal && ordinal.start >= hit.end && /^\s*$/.test(s.text.slice(hit.end, ordinal.start));
  cursor = ordinalNext && ordinal ? ordinal.end : hit.end;
  for (const m of candidates) {
    if (rs(m, s) < cursor) continue;
    if (ordinal && !ordinalNext && ordinal.start >= hit.end && rs(m, s) >= ordinal.start) break;
    if (!lex.linkRe.test(s.text.slice(cursor, rs(m, s)))) break;
    parties.push(m);
    cursor = re(m, s);
  }
  if (!parties.length) {
    const series = ms.find((m) => m.type === "event_series" && rs(m, s) <= hit.start && re(m, s) >= hit.end);
    if (series) return seriesParties(series, all);
  }
  return parties;
}

/**
 * The recogniser may name the whole `ASEAN-RoK Summit` as an event series (`event_series:ASEAN-KR summit`),
 * hiding the party names inside it; its key lists the parties (ISO codes and acronyms).
 */
function seriesParties(series: Mention, all: Mention[]): Mention[] {
  const key = refKey(series.ref);
  const tokens = key.split(/[\s\-–+/]+/).filter((t) => /^[A-Z][A-Z0-9]{1,9}$/.test(t));
  const out: Mention[] = [];
  for (const t of tokens) {
    const ref = /^[A-Z]{2}$/.test(t) ? `country:${t}` : `organization:${t}`;
    const known = all.find((m) => m.ref === ref);
    // An acronym the document never names as an organisation is the meeting's own (`SOM`), not a party.
    if (!known && ref.startsWith("organization")) continue;
    out.push({ ...series, ref, type: known?.type ?? "country", name: known?.name ?? t });
  }
  return out;
}

export interface SentenceFacts {
  mentions: Mention[];
  dates: DateMention[];
  /** The dateline names a known city: talks at a building there (`at the State Palace`) have a venue. */
  datelineCity?: boolean;
  /** The document's year: a city dated before it is an earlier meeting's. */
  year?: number | null;
}

/** Describes each hit of a sentence; `segmentEnd` bounds what belongs to each (up to the next hit). */
export function describe(lex: EventLexicon, hits: Hit[], facts: SentenceFacts): Candidate[] {
  const out: Candidate[] = [];
  // Anaphors and leader visit words (`訪日中の`) do not cut the sentence between the meetings it names.
  const own = hits.filter((h) => h.entry.strength !== "anaphor" && h.entry.strength !== "leader");
  const visitReported = own.some((h) => h.entry.type === "state_visit" || h.entry.type === "official_visit");
  for (const hit of hits) {
    const s = hit.sentence;
    const ms = relMentions(facts.mentions, s);
    const next = own.find((h) => h.start > hit.start);
    const prev = [...own].reverse().find((h) => h.start < hit.start);
    const segStart = prev ? prev.end : 0;
    const segEnd = next ? next.start : s.text.length;
    const ordinal = findOrdinal(lex, s, hit, ms, facts.dates);
    const type = eventType(hit.entry.type);
    const visitKind = type === "state_visit" || type === "official_visit" || hit.entry.type === "visit";
    // `日韓首脳、奈良で会談`: the parties of leaders' talks are named with the leaders word.
    const leaders = type === "talks" ? leadersWord(lex, s, hit) : null;
    // A visit has a visitor and a destination, not parties (`thăm chính thức Việt Nam`).
    const parties = visitKind ? [] : findParties(lex, s, leaders && leaders.start < hit.start ? { ...hit, start: leaders.start } : hit, ms, ordinal, facts.mentions);
    const inSeg = (start: number) => start >= segStart && start < segEnd;
    const after = (start: number) => start >= hit.end && start < segEnd;
    // A date belongs to a meeting when it is stated close to it (`Summit in Kuala Lumpur, Malaysia, on Monday`),
    // not anywhere in a long sentence (`… elevated to a partnership in 2024`).
    const near = (d: DateMention) => (d.start >= hit.end ? d.start - hit.end <= 60 : hit.start - d.end <= 40);
    // `the first state visit since 2013`: a year bounding a span back to the past dates nothing.
    // `until 27 November` ends a stay: it dates nothing that happens.
    // `외교부가 23일 밝혔다`: the day the news was told dates nothing held.
    const told = (d: DateMention) => reportingDay(lex, s.text, d);
    const dates = facts.dates.filter((d) => inSeg(d.start) && d.value && !d.since && !d.until && near(d) && !told(d));
    // `4일 서울에서 … 장관회의를 개최했다`, `hari ini … pada Retreat`: a sentence that states one day
    // dates the meeting it reports, however far the day stands from the noun.
    const days = facts.dates.filter((d) => inSeg(d.start) && d.value && d.precision === "day" && !d.until && !told(d));
    // The finest date wins (`arrived on Monday for the state visit … in 2016`: the day, not the year);
    // among equally fine ones, the one after the noun.
    // Verb-final languages state the day before the verb (`13日に来日し、14日に…`): there the one before wins.
    const ahead = dates.filter((d) => after(d.start)), behind = dates.filter((d) => !after(d.start));
    // `Chiều 10/3, tại Hà Nội, … (chuyến thăm …) đồng chủ trì Kỳ họp …`: a day and a place opening the
    // sentence set the scene for a meeting told after another noun of it.
    const scene = segStart > 0 && !visitKind ? openingScene(lex, s, facts.dates, ms, own[0]!.start) : null;
    const date = pickDate(lex.postpositional ? [...behind.reverse(), ...ahead] : [...ahead, ...behind])
      ?? scene?.date ?? (new Set(days.map((d) => d.value)).size === 1 ? days[0]! : null);
    // Regions, rivers and seas (`Mekong`) are not venues: only a place in one country is.
    // A seat of government named with no city (`tại Phủ Chủ tịch`, `im Kanzleramt`) stands for its city.
    // `the first since the leaders met in Rio de Janeiro in November 2024`: a city dated to an earlier
    // year is where an earlier meeting was.
    const pastPlace = (m: Mention) => facts.dates.some((d) => d.start >= re(m, s) && d.start - re(m, s) <= 8
      && (d.since || (facts.year != null && d.precision !== "day" && d.value != null && Number(d.value.slice(0, 4)) < facts.year)));
    const past = precedingMatches(lex.previousEndRe, s, hit.start);
    const named = ms.filter((m) => m.type === "place" && inSeg(rs(m, s)) && isVenue(m) && (past || !pastPlace(m)));
    const inSegment = named.length ? named : buildingMentions(s).filter((m) => inSeg(rs(m, s)));
    const places = inSegment.length || !scene?.place ? inSegment : [scene.place];
    // `Sau Hà Nội, … sẽ tới Phnôm Pênh để đồng chủ trì kỳ họp`: before the noun, a city marked as where
    // (`tại`, `in`, `で`) or where to (`tới`, `to`) is the venue, not one the sentence passes through.
    const where = (m: Mention) => markedPlace(lex, s, m) || precedingMatches(lex.destinationEndRe, s, rs(m, s)) || followingMatches(lex.destinationStartRe, s, re(m, s));
    const place = places.find((m) => after(rs(m, s))) ?? places.find(where) ?? places[0] ?? null;
    const countries = ms.filter((m) => m.type === "country" && inSeg(rs(m, s)) && !parties.includes(m));
    // `東京でインドの外相と`: a place marker right after a city belongs to the city, not to the next country.
    const afterCity = (m: Mention) => places.some((p) => re(p, s) <= rs(m, s) && rs(m, s) - re(p, s) <= 3);
    // `東京の首相官邸でモンゴルの大統領と`: a country marked as a place but lying elsewhere than the
    // city named as the venue is someone's nationality, not the host.
    const city = place ? venue(place.name) ?? venue(place.surface) : null;
    const marked = countries.find((m) => markedPlace(lex, s, m) && !afterCity(m) && !(city && city.country !== isoOf(m))) ?? null;
    // `방한한 다카이치 총리와 정상회담을 열고`, `来日した…大統領と首脳会談`: a meeting told with a visit word
    // that names its destination is held in the visited country (its city only when one is stated).
    // A visit reported as such (`국빈 방한 중인`) is the news instead, and the meeting part of it.
    const meeting = type != null && !visitKind && type !== "talks" && type !== "signing" && !visitReported;
    const host = marked ?? (meeting && !place ? visitedCountry(lex, s, countries) : null);
    const people = ms.filter((m) => m.type === "person");
    const visitor = visitKind ? findVisitor(lex, s, hit, people) : null;
    const destination = visitKind ? findDestination(lex, s, hit, countries, place, visitor) : null;
    const slots = visitKind ? [] : hostSlots(lex, s, countries.filter((m) => after(rs(m, s))), dates, segEnd);
    const label = nounLabel(lex, s.text.slice(hit.start, hit.end));
    const bilateral = type === "talks" && !!lex.bilateralRe?.test(s.text.slice(hit.start, hit.end));
    // A wire dateline without a year (`新华社开罗3月4日电`) leaves the day stated but undated.
    // As with dated days, one day stated in the sentence dates the meeting however far from its noun.
    const undated = facts.dates.filter((d) => inSeg(d.start) && d.value == null && d.precision === "day" && !d.until && !d.since && !told(d));
    const yearlessDay = !date && (undated.some(near) || (undated.length === 1 && !days.length));
    const cand: Candidate = { hit, type, label, ...(leaders ? { leadersTalks: true } : {}), ...(bilateral ? { bilateral } : {}), ...(yearlessDay ? { yearlessDay } : {}), standalone: false, ordinal: ordinal?.value ?? null, parties, date, place, host, visitor, destination, people, slots, past, building: !named.length && place != null };
    cand.standalone = standalone(lex, cand, ms, facts.datelineCity ?? false);
    out.push(cand);
  }
  return out;
}

/** The type a noun gives an event of its own; null for generic nouns that only refer back to one. */
function eventType(noun: NounType): EventType | null {
  return noun === "visit" || noun === "meeting" ? null : noun;
}

function buildingMentions(s: Sentence): Mention[] {
  return buildingsIn(s.text).map((b) => ({
    ref: `place:${b.city}`, type: "place" as const, surface: b.surface, name: b.city,
    start: s.start + b.start, end: s.start + b.end, sentence: s.index,
  }));
}

function hostSlots(lex: EventLexicon, s: Sentence, countries: Mention[], dates: DateMention[], segEnd: number): Candidate["slots"] {
  const hosts = countries.filter((m) => markedPlace(lex, s, m));
  if (new Set(hosts.map((h) => h.ref)).size < 2) return [];
  return hosts.map((h, i) => {
    const until = i + 1 < hosts.length ? rs(hosts[i + 1], s) : segEnd;
    return { host: h, date: pickDate(dates.filter((d) => d.start >= re(h, s) && d.start < until)) };
  });
}

function pickDate(ds: DateMention[]): DateMention | null {
  const rank = { day: 3, month: 2, year: 1 } as const;
  let best: DateMention | null = null;
  for (const d of ds) if (!best || rank[d.precision] > rank[best.precision]) best = d;
  return best;
}

function findDestination(lex: EventLexicon, s: Sentence, hit: Hit, countries: Mention[], place: Mention | null, visitor: Mention | null): Mention | null {
  const marked = countries.find((m) => precedingMatches(lex.destinationEndRe, s, rs(m, s)) || followingMatches(lex.destinationStartRe, s, re(m, s)));
  if (marked) return marked;
  // A country named inside the noun is where the visit goes (`การเยือนญี่ปุ่นอย่างเป็นทางการ`).
  const inside = countries.find((m) => rs(m, s) >= hit.start && re(m, s) <= hit.end);
  if (inside) return inside;
  // `来日した`, `방한`, `访华`: the word names the destination itself.
  const implied = lex.implied.find((w) => w.re.test(s.text));
  if (implied) return countries.find((m) => isoOf(m) === implied.country) ?? impliedCountry(hit, implied.country);
  // `マレーシアのアンワル首相`, `Malaysian Prime Minister Anwar`: the visitor's nationality right
  // before the visitor's name is not where the visit goes.
  if (visitor) countries = countries.filter((m) => !(re(m, s) <= rs(visitor, s) && rs(visitor, s) - re(m, s) <= 20 && !PUNCT.test(s.text.slice(re(m, s), rs(visitor, s)))));
  // `Der vietnamesische Premierminister … zu einem Arbeitsbesuch in Berlin`: the only country named
  // is the visitor's when the visit's city lies elsewhere.
  const city = place ? venue(place.name) ?? venue(place.surface) : null;
  if (city) countries = countries.filter((m) => isoOf(m) === city.country);
  // `한국을 국빈 방문`, `对韩国进行国事访问`: the country right before the noun.
  const before = countries.filter((m) => re(m, s) <= hit.start && hit.start - re(m, s) <= 8).pop();
  if (before && lex.continuous) return before;
  return countries.length === 1 ? countries[0] : null;
}

function findVisitor(lex: EventLexicon, s: Sentence, hit: Hit, people: Mention[]): Mention | null {
  // `プラボウォ大統領は14日、日本を公式訪問し、石破首相と…`: in a verb-final sentence the visitor is
  // the subject before the visit; a person after it is the one met.
  if (lex.postpositional) {
    // `국빈 방한 중인 또 럼 주석과`, `来日中のプラボウォ大統領と`: the visit describes the person after it.
    if (followingMatches(lex.relativeStartRe, s, hit.end)) {
      const described = people.find((m) => rs(m, s) >= hit.end && rs(m, s) - hit.end <= 30);
      if (described) return described;
    }
    const subject = people.filter((m) => re(m, s) <= hit.start).pop();
    if (subject) return subject;
  }
  const of = people.find((m) => rs(m, s) >= hit.end && rs(m, s) - hit.end <= 60 && precedingMatches(lex.ofEndRe, s, rs(m, s)));
  if (of) return of;
  const near = people.find((m) => rs(m, s) >= hit.end && rs(m, s) - hit.end <= 40);
  return near ?? people.filter((m) => re(m, s) <= hit.start).pop() ?? null;
}

function standalone(lex: EventLexicon, c: Candidate, ms: Mention[], datelineCity: boolean): boolean {
  const { entry } = c.hit;
  if (entry.strength === "anaphor" || entry.strength === "fold") return false;
  // `インドネシアのプラボウォ大統領が13日に来日し`: a leader's visit, but only the news when the
  // document reports no other meeting (see index.ts).
  if (entry.strength === "leader") { c.leader = !!lex.leaderRe?.test(c.hit.sentence.text.slice(0, c.hit.start)) && (c.visitor != null || c.date != null); return false; }
  // `王毅2日在北京同…举行会谈`, `2일 서울에서 회담을 갖고`: talks dated to a day and held at a named
  // venue are reported as an event of their own, whoever the sentence names them with.
  // The dateline's city stands for the venue of talks held at a building (`12日在国家宫同…会谈`) when
  // the sentence names who took part.
  const who = ms.some((m) => m.type === "person" || m.type === "country");
  // A building alone is no named venue (`the White House said`): it counts with a dateline city, or
  // when marked as where the talks were held (`首相官邸で`, `at the Kremlin`, `tại Phủ Chủ tịch`).
  const place = c.building && !(c.place && markedPlace(lex, c.hit.sentence, c.place)) ? null : c.place;
  if (c.type === "talks" && (c.date?.precision === "day" || c.yearlessDay) && (place != null || c.host != null || (datelineCity && who))) return true;
  if (entry.needs === "with") {
    const s = c.hit.sentence;
    const window = lex.continuous ? s.text.slice(Math.max(0, c.hit.start - 30), c.hit.start) : s.text.slice(c.hit.end, c.hit.end + 25);
    // Unspaced scripts put `with` before the noun (`と会談`) or, in SVO order, right after it (`หารือกับ`).
    const withNext = !!lex.withNextRe?.test(s.text.slice(c.hit.end, c.hit.end + 8));
    // `การหารือระหว่างไทยและลาว`, `talks between Chile and Peru`: two named parties stand for the `with`.
    return ((!!lex.withRe?.test(window) || withNext) && ms.some((m) => m.type === "person" || m.type === "country")) || c.parties.length >= 2;
  }
  if (entry.strength === "weak") {
    const surface = c.hit.sentence.text.slice(c.hit.start, c.hit.end);
    const capitalised = lex.capitalizedNames && c.hit.start > 0 && /^\p{Lu}/u.test(surface) && !/^\s*$/.test(c.hit.sentence.text.slice(0, c.hit.start));
    return c.ordinal != null || c.parties.length > 0 || (capitalised && (c.date != null || c.place != null));
  }
  // `state visit`, `staatsbezoek`, `국빈 방문`, `working visit` always name a real visit.
  if (c.type === "state_visit" || c.type === "official_visit") return true;
  const s = c.hit.sentence.text;
  // A date alone makes a meeting only when it is stated right with the noun (`the summit on 4 April`).
  const dateWithNoun = c.date != null && (c.date.start >= c.hit.end
    ? c.date.start - c.hit.end <= 25 && !PUNCT.test(s.slice(c.hit.end, c.date.start))
    : c.hit.start - c.date.end <= 25 && !PUNCT.test(s.slice(c.date.end, c.hit.start)));
  return c.ordinal != null || c.parties.length > 0 || dateWithNoun || c.place != null || c.host != null

}
