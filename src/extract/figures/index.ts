// Figures: every quantity in the text that states a fact, attributed to who it is about, with
// its metric, period and status. Language knowledge comes from `lang/<code>/figures.json`.
import type { EntityRef, FactDraft, LanguageCode, Mention, Metric, Quantity, Sentence } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import { findQuantities } from "../quantities/index.ts";
import { figuresFor, type FiguresLanguage } from "./lexicon.ts";
import { isLocated, mainPair, partyMentions, readParties, withoutNestedCountries } from "./parties.ts";
import { factsInSentence } from "./sentence.ts";
import { dedupeFacts } from "./dedupe.ts";
import { readDollars, readSharedCurrencies } from "./currency.ts";
import { directionMentions } from "./directions.ts";
import { numeralsIn } from "../quantities/count.ts";
import { countedNoun } from "./classify.ts";
import { bodyCountries, bodyParents, capitalCountries, donorCountry, isDonor, isForum } from "./bodies.ts";
import { refKey } from "../../resolve/entities.ts";
import { headCountry } from "../events/heads.ts";
import { homeTitleMentions } from "./home.ts";
import { baselineCounts } from "./baseline.ts";

export type QuantityFinder = (sentence: string, language: LanguageCode) => Quantity[];

/** Names whose words are not cues: `Export-Import Bank` is no import, `Investment Fund` no investment. */
const CONTAINER_TYPES = new Set(["agreement", "initiative", "event_series", "organization"]);
const NON_MONEY_UNITS = new Set(["percent", "rank", "times", "items", "persons"]);
/** How many sentences back a subject may be carried to a sentence that names nobody. */
const CARRY_SENTENCES = 2;
/** Figures between two sides whose sides a next sentence naming nobody may share. */
const PAIR_METRICS = new Set<Metric>(["trade", "exports", "imports", "investment"]);
/** Flows that break a two-way trade figure down; they share its period when they state none. */
const BREAKDOWN_METRICS = new Set<Metric>(["exports", "imports"]);

/** How many sentences after a dated two-way trade figure its breakdown may come. */
const BREAKDOWN_SENTENCES = 2;
/** A year (or a Buddhist-era year) written in digits. */
const YEAR_DIGITS = /(?<!\d)(?:19|20|25)\d\d(?!\d)/u;
const PARAGRAPH_BREAK = /\n/u;

/**
 * `Last year trade was X. Exports from A to B were Y.`: an undated export or import figure in
 * the sentence of a dated two-way trade figure, or one of the next two, is part of that figure
 * and shares its period; a sentence between them may say something else (`Trade reached X in
 * 2024. The ministers also discussed energy. Exports from A to B were Y.`) but not name another
 * year or start a new paragraph.
 */
function datedBreakdown(drafts: FactDraft[], trade: { period: string; sentence: number } | null, sentence: number, sentences: readonly Sentence[], text: string): FactDraft[] {
  if (!trade || sentence - trade.sentence > BREAKDOWN_SENTENCES) return drafts;
  if (sentence - trade.sentence > 1) {
    const from = sentences.find((x) => x.index === trade.sentence);
    const to = sentences.find((x) => x.index === sentence);
    const between = sentences.filter((x) => x.index > trade.sentence && x.index < sentence);
    if (!from || !to || PARAGRAPH_BREAK.test(text.slice(from.end, to.start)) || between.some((x) => YEAR_DIGITS.test(x.text))) return drafts;
  }
  return drafts.map((d) => (d.period === null && d.status === "actual" && BREAKDOWN_METRICS.has(d.metric) ? { ...d, period: trade.period } : d));
}

/** Cheap test that a sentence may hold a figure, so most sentences skip the number parser. */
function mightHoldFigure(text: string, lex: FiguresLanguage): boolean {
  // Spelled-out figures need a word that makes them one (`fifth-largest`, `eight key tasks`).
  return /\p{Nd}/u.test(text) || lex.rank.test(text) || lex.nouns.test(text);
}

/**
 * A ministry or office acts for its country and is not a side of a figure (`…, according to the
 * Commerce Ministry`). Bodies known by an acronym of their own (JICA, AFD, KOICA) give money in
 * their own name and stay.
 */
function isGovernmentBody(m: Mention, lex: FiguresLanguage): boolean {
  if (m.type !== "organization" || !lex.bodies.test(m.surface)) return false;
  const key = refKey(m.ref);
  return !/^[A-Z][A-Z0-9&-]{1,9}$/u.test(key);
}

/**
 * National agencies and offices (`Korea Customs Service`, `Росстат`, `Millennium Challenge
 * Corporation`) speak and pay for their country, so a figure credits the country: the one the
 * name carries (`Philippine Statistics Authority`, `越南国家统计局`), else the one the table gives;
 * a body neither says is dropped. A body of an organisation (European Commission) gives in the
 * organisation's name; a forum of two countries is dropped. Other organisations pass unchanged.
 */
function asCountries(mentions: readonly Mention[], lex: FiguresLanguage): Mention[] {
  const table = bodyCountries();
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== "organization") { out.push(m); continue; }
    const key = refKey(m.ref);
    // A joint commission is where two countries meet, not one of them.
    if (isForum(key)) continue;
    const parent = bodyParents().get(key);
    if (parent) { out.push({ ...m, ref: `organization:${parent}` as EntityRef }); continue; }
    const listed = table.get(key);
    if (!listed && !isGovernmentBody(m, lex)) { out.push(m); continue; }
    // A country named inside the body's name, or right before it, is already its own mention.
    const named = mentions.find((c) => c.type === "country" && c.sentence === m.sentence
      && ((c.start >= m.start && c.end <= m.end) || (c.end <= m.start && m.start - c.end <= 1)));
    if (named) continue;
    if (listed) out.push({ ...m, ref: `country:${listed}`, type: "country" });
  }
  return out;
}

/** A capital at the head of a sentence followed by a comma or dash is a dateline, not an actor. */
const DATELINE = /^[\s\p{P}]*$/u;
const DATELINE_AFTER = /^\s*[,(—–-]/u;

/**
 * `Beijing pledged $50 million`, `Abou Dhabi s'est engagé à verser…`: a capital that acts stands
 * for its country. One that is where something happens (`in Hanoi`, `서울에서`), a dateline, or
 * one whose country the sentence names anyway stays a place.
 */
function capitalsAsCountries(ctx: ExtractionContext, lex: FiguresLanguage): Mention[] {
  const table = capitalCountries();
  const out: Mention[] = [];
  for (const m of ctx.mentions) {
    if (m.type !== "place") continue;
    const country = table.get(refKey(m.ref));
    const s = ctx.sentences[m.sentence];
    if (!country || !s || s.index !== m.sentence) continue;
    const ref = `country:${country}` as EntityRef;
    if (ctx.mentions.some((o) => o.sentence === m.sentence && o.ref === ref)) continue;
    const start = m.start - s.start;
    const end = m.end - s.start;
    if (DATELINE.test(s.text.slice(0, start)) && DATELINE_AFTER.test(s.text.slice(end))) continue;
    if (isLocated(s.text, start, end, lex)) continue;
    // `北京は…表明した`: where particles mark the subject, only a capital so marked acts
    // (`マニラ首都圏の鉄道` is a place).
    // (A name read with its particle, `서울은`, carries it in its surface.)
    if (lex.actorAfter.length && !lex.actorAfter.some((w) => s.text.startsWith(w, end) || m.surface.endsWith(w))) continue;
    out.push({ ...m, ref, type: "country" });
  }
  return out;
}

function bySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/** A person's surname key, so `PM Albanese` meets `Anthony Albanese` named earlier. */
const surname = (m: Mention) => m.name.toLowerCase().split(/\s+/u).at(-1) ?? "";

/**
 * The country each person of the document speaks for: one named in their title (`Perdana Menteri
 * Australia Anthony Albanese`, `Australian PM Albanese`, a role `Prime Minister of Australia`), else
 * the one data/people.tsv gives a well-known leader.
 */
function personCountries(mentions: readonly Mention[]): Map<string, EntityRef> {
  const out = new Map<string, EntityRef>();
  const countries = mentions.filter((m) => m.type === "country");
  for (const p of mentions) {
    if (p.type !== "person" || out.has(surname(p))) continue;
    const before = countries.filter((c) => c.sentence === p.sentence && c.end <= p.start && p.start - c.end <= 30).at(-1);
    const between = before && mentions.some((o) => o.type === "person" && o.start >= before.end && o.end <= p.start);
    const inRole = p.role ? countries.find((c) => p.role!.includes(c.surface)) : undefined;
    // A well-known leader (data/people.tsv) speaks for their country however the text names them (`石破首相`).
    const listed = headCountry(p);
    const ref = (before && !between ? before.ref : undefined) ?? inRole?.ref ?? (listed ? (`country:${listed}` as EntityRef) : undefined);
    if (ref) out.set(surname(p), ref);
  }
  return out;
}

/** A count whose noun is nothing the language counts (`8 000 d'ici 2028`): no figure of its own. */
const unnamedCount = (q: Quantity, text: string, lex: FiguresLanguage) => q.kind === "count" && q.unit === "items" && countedNoun(q, text, lex) === null;

/** How far (characters) after `die Zahl`/`this number` its new value may stand. */
const ANAPHOR_REACH = 60;

/**
 * `Bislang arbeiten 7.000 kenianische Fachkräfte in Deutschland. Ziel sei es, die Zahl bis 2027
 * auf 20.000 zu steigern.`: a bare number after `die Zahl`/`this number` counts the people the
 * sentence before counted. Returns it as a count of persons (so it is read like one), or null.
 */
function anaphoricCount(text: string, qs: readonly Quantity[], lex: FiguresLanguage, language: LanguageCode): Quantity | null {
  const hit = lex.anaphor.findAll(text)[0];
  if (!hit) return null;
  const from = hit.end;
  const n = numeralsIn(text.slice(from, from + ANAPHOR_REACH), language)
    .map((x) => ({ ...x, start: x.start + from, end: x.end + from }))
    .find((x) => !qs.some((q) => q.start < x.end && x.start < q.end && !unnamedCount(q, text, lex)) && !(x.yearShaped && x.value >= 1900 && x.value <= 2100));
  if (!n) return null;
  return { kind: "count", value: n.value, unit: "persons", start: n.start, end: n.end, surface: text.slice(n.start, n.end), approximate: false, precision: 1 };
}

/** How far (characters) after `the number of` its noun, and after the noun its numbers, may stand. */
const NUMBER_OF_NOUN = 50;
const NUMBER_OF_REACH = 80;

/**
 * `die Zahl der Visa für kenianische Fachkräfte von 10.000 auf 40.000 anheben`, `raise the number of
 * Vietnamese trainees from 300,000 to 500,000`: bare numbers after `the number of <noun>` in its
 * clause count that noun. Returns them as counts (replacing what the parser made of them, such as
 * one range `300,000 to 500,000`); none when no known noun follows the phrase.
 */
function numberOfCounts(text: string, qs: readonly Quantity[], lex: FiguresLanguage, language: LanguageCode): Quantity[] {
  const hit = lex.numberOf.findAll(text)[0];
  if (!hit) return [];
  // People only: a number of things (`the number of flights to 80 a week`) is rarely a fact.
  const noun = lex.nouns.findAll(text.slice(hit.end, hit.end + NUMBER_OF_NOUN)).find((h) => h.value.metric === "people");
  if (!noun) return [];
  const from = hit.end + noun.end;
  // Up to the clause's end (a dot only when it ends a sentence, not `10.000`).
  const stretch = text.slice(from, from + NUMBER_OF_REACH).split(/[;!?。；]|\.(?!\d)/u)[0] ?? "";
  const nounText = text.slice(hit.end + noun.start, hit.end + noun.end);
  const out: Quantity[] = [];
  for (const n of numeralsIn(stretch, language)) {
    const start = from + n.start;
    const end = from + n.end;
    if (n.yearShaped && n.value >= 1900 && n.value <= 2100) continue;
    // A number the parser already made a figure of (a sum, a share, a count with its own noun) stays.
    if (qs.some((q) => q.start < end && start < q.end && !(q.kind === "count" && countedNoun(q, text, lex) === null) && q.valueTo === undefined)) continue;
    out.push({ kind: "count", value: n.value, unit: "persons", start, end, surface: text.slice(start, end), approximate: false, precision: 1, noun: nounText });
  }
  return out;
}

export function extractFacts(ctx: ExtractionContext, find: QuantityFinder = findQuantities): FactDraft[] {
  const lex = figuresFor(ctx.language);
  if (!lex) return [];
  // Names the recogniser leaves to figures: acting capitals, `対韓`/`대일`/`对华` before a flow.
  const towards = directionMentions(ctx.sentences, lex).filter((d) => !ctx.mentions.some((m) => m.start < d.end && d.start < m.end));
  const named = asCountries(partyMentions([...ctx.mentions, ...capitalsAsCountries(ctx, lex), ...towards, ...homeTitleMentions(ctx, lex)]), lex);
  const partiesAll = withoutNestedCountries(named);
  const parties = bySentence(partiesAll);
  const containers = bySentence(ctx.mentions.filter((m) => CONTAINER_TYPES.has(m.type)));
  // A lender or agency named often (`the Saudi Fund for Development`) gives money; it is not one of
  // the two sides the document is about, its country is (named inside it or not).
  const pair = mainPair(named.map((m) => (isDonor(m.ref) ? { ...m, ref: donorCountry(m.ref) ?? m.ref } : m)));
  const speaksFor = personCountries(ctx.mentions);
  const persons = bySentence(ctx.mentions.filter((m) => m.type === "person"));
  const publishedYear = ctx.published ? Number(ctx.published.slice(0, 4)) : null;

  const drafts: FactDraft[] = [];
  let carried: { ref: EntityRef; sentence: number } | null = null;
  let money: { metric: Metric; sentence: number } | null = null;
  let trade: { period: string; sentence: number } | null = null;
  let people: { parties: EntityRef[]; sentence: number } | null = null;
  let lastPair: { parties: EntityRef[]; sentence: number } | null = null;
  for (const s of ctx.sentences) {
    const mentioned = parties.get(s.index) ?? [];
    if (mightHoldFigure(s.text, lex)) {
      let qs = find(s.text, ctx.language);
      const anaphoric = people && s.index - people.sentence <= 1 ? anaphoricCount(s.text, qs, lex, ctx.language) : null;
      if (anaphoric) qs = [...qs.filter((q) => !(q.start < anaphoric.end && anaphoric.start < q.end)), anaphoric];
      const counted = numberOfCounts(s.text, qs, lex, ctx.language);
      if (counted.length) qs = [...qs.filter((q) => !counted.some((c) => q.start < c.end && c.start < q.end)), ...counted].sort((a, b) => a.start - b.start);
      const base = baselineCounts(s.text, qs, lex, ctx.language);
      if (base.length) qs = [...qs.filter((q) => !base.some((c) => q.start < c.end && c.start < q.end)), ...base].sort((a, b) => a.start - b.start);
      if (qs.length) {
        const found = factsInSentence(s, qs, lex, {
          parties: readParties(s.text, s.start, mentioned, lex),
          persons: (persons.get(s.index) ?? []).sort((a, b) => a.start - b.start).map((m) => ({ start: m.start - s.start, country: speaksFor.get(surname(m)) ?? null })),
          containers: containers.get(s.index) ?? [],
          sentenceStart: s.start,
          mainPair: pair,
          carried: carried && s.index - carried.sentence <= CARRY_SENTENCES ? carried.ref : null,
          carriedPair: lastPair && s.index - lastPair.sentence <= 1 ? lastPair.parties : null,
          publishedYear: publishedYear !== null && Number.isFinite(publishedYear) ? publishedYear : null,
          previousMoney: money && s.index - money.sentence <= 1 ? money.metric : null,
        });
        // The number said to be `this number` again is about the same sides.
        if (people && s.index - people.sentence <= 1 && lex.anaphor.test(s.text)) {
          const was = people.parties;
          for (const d of found) if (d.metric === "people" && d.parties.length < was.length) d.parties = [...was];
        }
        const twoSided = found.filter((d) => PAIR_METRICS.has(d.metric) && d.parties.length === 2).at(-1);
        if (twoSided) lastPair = { parties: twoSided.parties, sentence: s.index };
        const counted = found.filter((d) => d.metric === "people").at(-1);
        if (counted) people = { parties: counted.parties, sentence: s.index };
        const dated = found.find((d) => d.metric === "trade" && d.status === "actual" && d.period !== null);
        if (dated) trade = { period: dated.period!, sentence: s.index };
        drafts.push(...datedBreakdown(found, trade, s.index, ctx.sentences, ctx.text));
        const lastMoney = drafts.filter((d) => d.sentence === s.index && !NON_MONEY_UNITS.has(d.unit)).at(-1);
        if (lastMoney) money = { metric: lastMoney.metric, sentence: s.index };
      }
    }
    // Reading roles costs time; a sentence's first name is a good enough subject to carry.
    if (mentioned.length) carried = { ref: mentioned[0].ref, sentence: s.index };
  }
  const countries = new Map<string, number>();
  for (const m of named) if (m.type === "country") countries.set(refKey(m.ref), (countries.get(refKey(m.ref)) ?? 0) + 1);
  return dedupeFacts(readSharedCurrencies(readDollars(drafts, lex.localDollars), countries));
}
