// Turns the quantities of one sentence into fact drafts. Each figure owns a stretch of the
// sentence (from the previous figure to the next); cue words and names are looked for there
// first, then in the rest of the sentence.
import type { EntityRef, FactDraft, FactStatus, Mention, Metric, Quantity, Sentence } from "../../model.ts";
import type { Hit } from "./cues.ts";
import type { FiguresLanguage } from "./lexicon.ts";
import { classify, type Candidate, type SentenceCues } from "./classify.ts";
import { chooseParties, type Party, type Span } from "./parties.ts";
import { assignTimes, timeRefs } from "./period.ts";
import { donorCountry, isDonor } from "./bodies.ts";
import { numeralsIn } from "../quantities/count.ts";

/** What the sentence's surroundings contribute. */
export interface SentenceSetting {
  /** Country/organisation names of this sentence, with roles. */
  parties: Party[];
  /** People named in this sentence (sentence offsets) and the country each speaks for, if known. */
  persons?: { start: number; country: EntityRef | null }[];
  /** Agreement/initiative names in this sentence (sentence offsets): cue words inside them don't count. */
  containers: Mention[];
  sentenceStart: number;
  /** The document's two main parties, for `bilateral`/`both sides` with fewer than two names. */
  mainPair: EntityRef[];
  /** Subject of a recent earlier sentence, for a sentence that names nobody (`It will…`). */
  carried: EntityRef | null;
  /** The two sides of a two-sided figure in the sentence before, for a sentence that names nobody
   *  (`Trade reached X. The share of national currencies in settlements exceeded 90%.`). */
  carriedPair?: EntityRef[] | null;
  /** Publication year: a figure for a later year cannot have happened yet. */
  publishedYear: number | null;
  /** Metric of the money figure in the sentence before, for `raise it to $10 billion`. */
  previousMoney?: Metric | null;
  /** A name of the sentence was dropped as the yardstick of a comparison, or the sentence names
   *  a side by a phrase (`in the country`): an open side is the document's other party. */
  compared?: boolean;
}

/** Units of figures that are not sums of money. */
const NON_MONEY_UNITS = new Set(["percent", "rank", "times", "items", "persons"]);
/** Quantity kinds that can be facts; years and periods only date them. */
const FIGURE_KINDS = new Set<Quantity["kind"]>(["money", "percent", "rank", "multiple", "count"]);

/** Money metrics a giver can pledge; a `commitment` to trade figures is a target. */
const PLEDGEABLE = new Set<Metric>(["funding", "aid", "investment", "other", "people", "count"]);
/** English glosses (from figures.json) of things two sides sign together. */
const SIGNED = /agreement|document|memorand|treat|declaration|statement|contract|deal|accord/i;
const ENGLISH_SUBJECT: Partial<Record<Metric, string>> = {
  trade: "trade", exports: "exports", imports: "imports", investment: "investment", aid: "aid", funding: "funding",
};
const RANK_SUBJECT: Partial<Record<Metric, string>> = {
  trade: "trading partner", exports: "export market", imports: "import source", investment: "investor", aid: "donor",
};

function outside<T>(hits: Hit<T>[], containers: readonly Mention[], offset: number): Hit<T>[] {
  if (!containers.length) return hits;
  return hits.filter((h) => !containers.some((c) => c.start - offset <= h.start && h.end <= c.end - offset));
}

function sentenceCues(text: string, lex: FiguresLanguage, setting: SentenceSetting): SentenceCues {
  return new LazyCues(text, lex, setting.containers, setting.sentenceStart);
}

/**
 * The cue families of one sentence, each scanned the first time it is read: a family only some
 * kinds of figure consult (ranks and anniversaries for ranks and counts, receiving verbs and
 * levels for candidates) is not scanned for a sentence that never asks. Every scan is a pure
 * function of the sentence, so when it runs changes nothing.
 */
class LazyCues implements SentenceCues {
  #metrics?: Hit<Metric>[];
  #status?: SentenceCues["status"];
  #growth?: Hit<true>[];
  #rank?: Hit<true>[];
  #anniversary?: Hit<true>[];
  #level?: Hit<true>[];
  #bilateral?: boolean;
  #receive?: Hit<true>[];

  constructor(private readonly text: string, private readonly lex: FiguresLanguage, private readonly cs: readonly Mention[], private readonly o: number) {}

  get metrics(): Hit<Metric>[] { return (this.#metrics ??= outside(this.lex.metrics.findAll(this.text), this.cs, this.o)); }
  get status(): SentenceCues["status"] { return (this.#status ??= outside(this.lex.status.findAll(this.text), this.cs, this.o)); }
  get growth(): Hit<true>[] { return (this.#growth ??= this.lex.growth.findAll(this.text)); }
  get rank(): Hit<true>[] { return (this.#rank ??= this.lex.rank.findAll(this.text)); }
  get anniversary(): Hit<true>[] { return (this.#anniversary ??= this.lex.anniversary.findAll(this.text)); }
  get level(): Hit<true>[] { return (this.#level ??= this.lex.level.findAll(this.text)); }
  get bilateral(): boolean { return (this.#bilateral ??= this.lex.bilateral.test(this.text)); }
  get receive(): Hit<true>[] { return (this.#receive ??= this.lex.receive.findAll(this.text)); }
}

/** A run of spaces between two letters of a script other than Latin (`…ดอลลาร์ ทั้งสองฝ่าย…`). */
const WORD_SPACE = /(?<=[\p{L}\p{M}])[ \u00a0]+(?=[\p{L}\p{M}])/gu;
/** A run of spaces after a year, before a word (`…ในปี 2567 ญี่ปุ่นจะ…`); a number before its unit is no year. */
const YEAR_SPACE = /(?<=(?<![\d.,])(?:19|20|25)\d\d)[ \u00a0]+(?=[\p{L}\p{M}])/gu;
const LATIN_LETTER = /[A-Za-z]/u;

/**
 * Clause-breaking words, and for languages with `spaceBreaks` the spaces that end a clause, after
 * a word or a year. They cut the reach of a later clause's aim or promise only: a time phrase
 * often follows such a space (`… 50 ล้านบาท ในช่วงปี 2569-2571`) and still dates the figure.
 */
function clauseBreaks(text: string, lex: FiguresLanguage, qs: readonly Quantity[]): Hit<true>[] {
  const hits = lex.clauseBreaks.findAll(text);
  for (const m of [...text.matchAll(YEAR_SPACE), ...text.matchAll(WORD_SPACE)]) {
    const at = m.index ?? 0;
    if (LATIN_LETTER.test(text[at - 1] ?? "") || LATIN_LETTER.test(text[at + m[0].length] ?? "")) continue;
    hits.push({ start: at, end: at + m[0].length, value: true });
  }
  // `เพิ่มขึ้นร้อยละ 9 ทั้งสองฝ่ายตั้งเป้า…`: a figure whose unit stands before its number ends with
  // the number, so a space after it ends its clause too.
  for (const q of qs) {
    const gap = SPACE_AFTER.exec(text.slice(q.end, q.end + 4));
    if (gap && /\p{Nd}$/u.test(q.surface) && !LATIN_LETTER.test(text[q.end + gap[0].length] ?? "")) hits.push({ start: q.end, end: q.end + gap[0].length, value: true });
  }
  return hits.sort((a, b) => a.start - b.start);
}

const SPACE_AFTER = /^[ \u00a0]+(?=[\p{L}\p{M}])/u;

/** How far (characters) after a breakdown word its number may start (`de los que 5.210 millones`). */
const BREAKDOWN_GAP = 12;

/**
 * `alcanzó 9.870 millones de euros, de los que 5.210 millones …`, `30 Milliarden Euro, davon 18
 * Milliarden`: a number with a scale word but no currency, right after a breakdown word, is part
 * of the sum before it and shares its currency. (Read as a count, it would have no noun of its own.)
 */
function inheritCurrency(qs: Quantity[], text: string, lex: FiguresLanguage): Quantity[] {
  if (!qs.some((q) => q.kind === "count")) return qs;
  const hits = lex.breakdown.findAll(text);
  if (!hits.length) return qs;
  let sum: Quantity | undefined;
  return qs.map((q) => {
    if (q.kind === "money") { sum = q; return q; }
    const scaled = q.kind === "count" && q.precision >= 1e5 && /\p{L}/u.test(q.surface);
    if (!sum || !scaled) return q;
    const from = sum.end;
    const cue = hits.some((h) => h.start >= from && h.end <= q.start && q.start - h.end <= BREAKDOWN_GAP);
    return cue ? { ...q, kind: "money", unit: sum.unit, noun: undefined } : q;
  });
}

/** How far (characters) before a bare scaled number a flow word may end for it to be a sum. */
const FLOW_GAP = 60;
const DIGIT = /\p{Nd}/u;
/** Smallest scale word that makes a bare number a sum (`millones`, `milliards`, `tỷ`). */
const SUM_SCALE = 1e6;

/**
 * `… alcanzó 22.700 millones de euros, y las exportaciones españolas sumaron 12.400 millones.`:
 * a number with a scale word that the parser left alone (it counts nothing and names no
 * currency), after a flow word and after a sum of money in the same sentence, is a sum in that
 * currency.
 */
function bareSums(qs: Quantity[], text: string, lex: FiguresLanguage): Quantity[] {
  const sums = qs.filter((q) => q.kind === "money");
  if (!sums.length) return qs;
  // Cheap test first: a digit after the first sum that no quantity covers.
  let loose = false;
  for (let i = sums[0]!.end; i < text.length && !loose; i++) {
    if (DIGIT.test(text[i]!) && !qs.some((q) => q.start <= i && i < q.end)) loose = true;
  }
  if (!loose) return qs;
  const flows = lex.metrics.findAll(text);
  const added: Quantity[] = [];
  for (const n of numeralsIn(text, lex.code)) {
    if (n.scale < SUM_SCALE || n.yearShaped || qs.some((q) => q.start < n.end && n.start < q.end)) continue;
    const sum = sums.filter((q) => q.end <= n.start).at(-1);
    if (!sum) continue;
    // After a flow word, or joined to the sum by `and` (`50 millones de dólares a Laos y 30 millones a Camboya`).
    const flow = flows.some((h) => h.start >= sum.end && h.end <= n.start && n.start - h.end <= FLOW_GAP);
    if (!flow && !(n.start - sum.end <= COORDINATION_GAP && joinedByAnd(text, sum.end, n.start, lex))) continue;
    // A known noun (`12 millones de turistas`) made it a count already; one the parser does not
    // know, linked by `de`/`of` (`12 millions de barils`), is not money either.
    if (/^[\s\u00a0]*(?:de|of|d'|d’)[\s\u00a0]*\p{L}/iu.test(text.slice(n.end, n.end + 12))) continue;
    added.push({ kind: "money", value: n.value, unit: sum.unit, start: n.start, end: n.end, surface: text.slice(n.start, n.end), approximate: false, precision: n.precision });
  }
  return added.length ? [...qs, ...added].sort((a, b) => a.start - b.start) : qs;
}

/**
 * `10,000 Papua New Guineans will serve…`, `600 тысяч казахстанцев`, `10.000 Kenianer`: a count
 * whose noun is a nationality (a demonym right after the number, with no known noun after it,
 * unlike `2,000 German companies`) counts people.
 */
function demonymCounts(qs: Quantity[], text: string, lex: FiguresLanguage, parties: readonly Party[]): Quantity[] {
  if (!parties.some((p) => p.adjective)) return qs;
  return qs.map((q) => {
    if (q.kind !== "count" || q.unit !== "items") return q;
    const nation = parties.find((p) => p.adjective && p.start >= q.end && ONLY_SPACE.test(text.slice(q.end, p.start)));
    if (!nation) return q;
    const next = text.slice(nation.end, nation.end + lex.nounWindow.after).split(/[,;:.!?()]/u)[0] ?? "";
    const words = lex.spaced ? next.trim().split(/\s+/u).slice(0, 2).join(" ") : next.slice(0, 4);
    if (lex.nouns.findAll(words).length) return q;
    return { ...q, unit: "persons" };
  });
}
const ONLY_SPACE = /^[\s\u00a0]*$/u;

/** `100 billion yen (about USD 670 million)`: a sum restated in another currency is the same figure. */
function dropEquivalents(cs: Candidate[], text: string): Candidate[] {
  return cs.filter((c, i) => {
    const prev = cs[i - 1];
    if (!prev || c.q.kind !== "money" || prev.q.kind !== "money" || prev.unit === c.unit) return true;
    return !/^[\s\u00a0]*[(（][\s\u00a0]*$/u.test(text.slice(prev.q.end, c.q.start));
  });
}

/** The nearest hit before `at` within [lo, at), else the nearest after within [at2, hi). */
function nearest<T>(hits: readonly Hit<T>[], lo: number, at: number, at2: number, hi: number): Hit<T> | undefined {
  let best: Hit<T> | undefined;
  for (const h of hits) if (h.start >= lo && h.end <= at && (!best || h.end > best.end)) best = h;
  if (best) return best;
  for (const h of hits) if (h.start >= at2 && h.start < hi && (!best || h.start < best.start)) best = h;
  return best;
}

/** The hit closest to the quantity, at most `before`/`after` characters away. */
function closest<T>(hits: readonly Hit<T>[], q: Quantity, before: number, after: number): Hit<T> | undefined {
  let best: Hit<T> | undefined;
  let bestDist = Infinity;
  for (const h of hits) {
    const d = h.end <= q.start ? q.start - h.end : h.start >= q.end ? h.start - q.end : 0;
    const limit = h.end <= q.start ? before : after;
    if (d <= limit && d < bestDist) { best = h; bestDist = d; }
  }
  return best;
}

export function factsInSentence(
  sentence: Sentence,
  quantities: readonly Quantity[],
  lex: FiguresLanguage,
  setting: SentenceSetting,
): FactDraft[] {
  const text = sentence.text;
  let qs = bareSums(inheritCurrency([...quantities].sort((a, b) => a.start - b.start), text, lex), text, lex);
  // A nationality inside a sum (`20 مليون دينار كويتي`, `50 juta dolar Australia`) names its
  // currency, not a side.
  if (setting.parties.some((p) => qs.some((q) => q.start < p.end && p.start < q.end))) {
    setting = { ...setting, parties: setting.parties.filter((p) => !qs.some((q) => q.start < p.end && p.start < q.end)) };
  }
  if (!qs.some((q) => FIGURE_KINDS.has(q.kind))) return [];
  qs = demonymCounts(qs, text, lex, setting.parties);
  // `the second-largest investor in the country, behind only the US`: the yardstick is no side;
  // the side it leaves open is the document's other party (`the country`, `en el país`).
  if (setting.parties.some((p) => p.compared)) {
    setting = { ...setting, parties: setting.parties.filter((p) => !p.compared), compared: true };
  }
  if (lex.hostCountry.test(text)) setting = { ...setting, compared: true };
  const cues = sentenceCues(text, lex, setting);
  const candidates = dropEquivalents(qs.map((q) => classify(q, text, cues, lex)).filter((c): c is Candidate => c !== null), text);
  if (!candidates.length) return [];

  // Ranks sit inside descriptions (`fifth-largest trading partner … with trade of X`); they do
  // not cut the sentence into clauses, the other figures do.
  const cutters = candidates.filter((c) => c.metric !== "rank").map((c) => c.q);
  const spanOf = (q: Quantity): Span => {
    let lo = 0;
    let hi = text.length;
    for (const c of cutters) {
      if (c.end <= q.start) lo = Math.max(lo, c.end);
      if (c.start >= q.end) hi = Math.min(hi, c.start);
    }
    return { lo, hi, at: q.start };
  };

  const breaks = lex.clauseBreaks.findAll(text);
  const cuts = lex.spaceBreaks ? clauseBreaks(text, lex, candidates.map((c) => c.q)) : breaks;
  const sameClause = (a: number, b: number) => !breaks.some((h) => h.start >= Math.min(a, b) && h.end <= Math.max(a, b));
  // `In 2024, trade reached X, while investment stood at Y`: a year opening the sentence, before
  // any figure or contrast, frames every clause of it.
  const frameEnd = Math.min(candidates[0]!.q.start, ...breaks.map((h) => h.start));
  // A year inside a recognised name (`Socio-Economic Development Strategy 2021-2030`) dates nothing.
  const o = setting.sentenceStart;
  const refs = timeRefs(qs, text, lex, setting.publishedYear)
    .filter((t) => !setting.containers.some((c) => c.start - o <= t.q.start && t.q.end <= c.end - o));
  const times = assignTimes(candidates.map((c) => c.q), refs, lex,
    (a, b) => sameClause(a, b) || Math.min(a, b) < frameEnd);
  const drafts: FactDraft[] = [];
  let lastMoneyMetric: Metric | null = null;

  candidates.forEach((c, i) => {
    const { q } = c;
    const span = spanOf(q);
    let { time } = times[i];
    const { own } = times[i];

    // A split cue around the figure (`sagte … 1 Mrd. Euro zu`) is the figure's own.
    const around = cues.status.find((h) => h.start < q.start && h.end > q.end && h.start >= span.lo && h.end <= span.hi);
    // Cue words after the figure belong to it only up to a semicolon (`hit $8 billion; they hope to…`).
    const semi = text.slice(q.end, span.hi).search(/[;；؛]/u);
    // A figure that already has its verb (`rose 20% to $3 billion`, `reached $5 billion`) ends its
    // clause at the next comma: `…, and both sides target $5 billion` is another clause's aim.
    const predicated = cues.level.some((h) => h.end <= q.start && q.start - h.end <= LEVEL_GAP)
      || cues.growth.some((h) => h.end <= q.start && q.start - h.end <= GROWTH_GAP);
    const comma = predicated ? text.slice(q.end, span.hi).search(/[,，、،]/u) : -1;
    // A connective (`therefore`, `pointing out that`, `مشيراً إلى أن`, `จึง`) starts another clause
    // whose aim or promise is not this figure's.
    const next = cuts.filter((h) => h.start >= q.end && h.end <= span.hi).reduce((m, h) => Math.min(m, h.start - q.end), -1 >>> 0);
    const cut = [semi, comma, next === -1 >>> 0 ? -1 : next].filter((n) => n >= 0);
    const reach = cut.length ? q.end + Math.min(...cut) : span.hi;
    const money = !NON_MONEY_UNITS.has(c.unit);
    const saidHit = around ?? nearest(cues.status, span.lo, q.start, q.end, Math.min(reach, q.end + 30));
    // `pledged to protect the rights of the 1.1 million Indonesians working there`: people or
    // things are promised only when the promise governs the number (`will provide 1,000
    // scholarships`); a promise about them far before it leaves a count of what is there.
    // (Measured to the number itself, past `some`, `sekitar`, `khoảng`.)
    const digit = q.surface.search(/\p{Nd}/u);
    const numberAt = q.start + Math.max(0, digit);
    // `akan menambah kuota … menjadi 250 orang`: a number that ends the promised change (`to`,
    // `menjadi`, `lên`) is what is promised, however far the promise word is.
    const farPromise = !money && saidHit?.value === "pledge" && saidHit.end <= q.start && numberAt - saidHit.end > PLEDGE_GAP
      && !endsChange(text, saidHit.end, q.start, lex);
    const said = farPromise ? undefined : saidHit?.value;
    // `investment reached $5 billion, and Japan plans to double it by 2030`: a figure stated as a
    // level reached, with no aim or promise before it in its clause, happened; the aim and its
    // deadline belong to the other clause.
    const before = nearest(cues.status, span.lo, q.start, q.start, q.start);
    const reached = !around && !before && cues.level.some((h) => (h.end <= q.start && q.start - h.end <= LEVEL_GAP)
      || (h.start >= q.end && h.start - q.end <= LEVEL_GAP_AFTER));
    if (reached && time?.deadline) time = null;
    // A deadline shared from another figure's clause (`rose 20% to $3 billion, and both sides
    // target $5 billion by 2030`) dates only figures that are themselves aims or promises.
    if (time && !own && time.deadline && said !== "target" && said !== "pledge") time = null;
    let status: FactStatus = reached ? "actual" : said === "announce" ? (money ? "pledge" : "actual") : said ?? "actual";
    // `will provide $50 million to Laos and $30 million to Cambodia`: a sum joined by `and` to the
    // promised sum before it, with no verb of its own between them, is promised too.
    const prevMoney = i > 0 && !NON_MONEY_UNITS.has(candidates[i - 1]!.unit) ? drafts.at(-1) : undefined;
    if (money && said === undefined && !reached && prevMoney && prevMoney.status !== "actual"
      && coordinated(text, candidates[i - 1]!.q.end, q.start, lex, cues)) status = prevMoney.status;
    if (said === undefined && !reached && time && own && time.deadline) status = "target";
    // A financial year (`2025-26`) that has begun is not a future year.
    const year = !time ? NaN : time.q.valueTo !== undefined && time.q.valueTo - time.q.value <= 1 ? time.q.value : Number(time.period.slice(-4));
    if (said === undefined && !reached && own && setting.publishedYear !== null && year > setting.publishedYear) status = "target";
    // `will invest $50 billion over the next five years`: money for the years ahead is promised.
    if (said === undefined && !reached && own && time?.ahead) status = money ? "pledge" : "target";
    // What happened cannot be dated by a future year of another figure (`mencapai 4,6 miliar …,
    // dan menargetkan 10 miliar pada 2030`).
    // `von derzeit 10.000 auf 40.000`, `de 40 000 à 60 000 d'ici 2030`: the number a change starts
    // from is where things stand, not the aim, and the aim's deadline is not its date.
    const nextQ = candidates[i + 1]?.q;
    if (!money && nextQ && startsChange(text, span.lo, q.start, lex) && endsChange(text, q.end, nextQ.start, lex)) {
      status = "actual";
      if (time?.deadline || !own) time = null;
    }
    // `contre 2 500 aujourd'hui`: where things stand now, whatever the aim around it says.
    if (q.baseline) { status = "actual"; time = null; }
    if (status === "actual" && !own && setting.publishedYear !== null && year > setting.publishedYear) time = null;

    let metric = c.metric;
    let subject = c.subject;
    let cue = nearest(cues.metrics, span.lo, q.start, q.end, Math.min(reach, q.end + 40));
    // `exports rose 12% to $1.4 billion`: a rate between the cue and the sum does not hide the cue.
    // `Trade between Russia and Egypt in 2024 grew by 12% and amounted to $9 billion`: nor do rates
    // whose own subject stands further back; the window then reaches back from the first of them.
    if (!cue && money) {
      const prevMoney = candidates.slice(0, i).filter((o) => !NON_MONEY_UNITS.has(o.unit)).at(-1);
      const floor = prevMoney ? prevMoney.q.end : 0;
      const before = candidates.slice(0, i).filter((o) => o.q.start >= floor);
      const rates = before.every((o) => o.metric === "growth" || o.metric === "share") ? before : [];
      const lo = Math.max(floor, Math.min(q.start, rates[0]?.q.start ?? q.start) - 60);
      const between = candidates.slice(0, i).filter((o) => o.q.start >= lo);
      if (between.length && between.every((o) => o.metric === "growth" || o.metric === "share")) cue = nearest(cues.metrics, lo, q.start, q.start, q.start);
    }
    // `fund … a grant of X`, `tài trợ X viện trợ`: money named as aid is aid, whoever funds it.
    if (cue?.value === "funding") {
      cue = cues.metrics.find((h) => h.value === "aid" && h.start >= Math.max(span.lo, q.start - 40) && h.start < Math.min(span.hi, q.end + 40)) ?? cue;
    }
    if (metric === null) {
      // Money `for the X Fund/project` is funding whatever the sentence said before it.
      const forInitiative = setting.containers.some((m) => m.type === "initiative"
        && m.start - setting.sentenceStart >= q.end && m.start - setting.sentenceStart <= Math.min(span.hi, q.end + 30));
      metric = forInitiative ? "funding" : cue?.value ?? lastMoneyMetric
        // Money promised, or already committed/disbursed (`said === "actual"`), is money given.
        ?? (status === "pledge" || said === "actual" ? "funding" : setting.previousMoney ?? "other");
      lastMoneyMetric = metric;
    } else if (metric === "growth" || metric === "share") {
      const own = nearest(cues.metrics, Math.max(span.lo, q.start - 60), q.start, q.end, Math.min(span.hi, q.end + 20));
      subject = own ? ENGLISH_SUBJECT[own.value] ?? null : null;
    } else if (metric === "rank") {
      const own = closest(cues.metrics, q, 30, 40);
      subject = own ? RANK_SUBJECT[own.value] ?? null : null;
    }
    // An announced trade or investment figure is a report, not a promise.
    // A standing is not promised: `最大の…供与国` (largest donor) names a giver, it pledges nothing.
    if (status === "pledge" && !PLEDGEABLE.has(metric)) status = said === "announce" || metric === "rank" ? "actual" : "target";

    // `Kenya will receive €150 million from Germany`: the subject before a receiving verb in the
    // figure's clause is the recipient, so the giver is the other side.
    const sides = receivedBy(setting.parties, cues.receive, q, span.lo, reach);
    const chosen = (metric === "funding" || status === "pledge") && sides === setting.parties ? leaderGiver(setting, q, c.unit) : null;
    let parties = chosen ? [chosen] : fillParties(partiesFor(metric, status, sides, span), metric, status, cues.bilateral, setting, subject);
    // `Japan will receive 200,000 Indonesian workers`: people received are of their nationality,
    // then of the country that receives them.
    if (metric === "people" && sides !== setting.parties) {
      const host = sides.find((p) => p.markedBefore && p.roles.has("recipient") && !setting.parties.includes(p));
      const nation = sides.find((p) => p !== host && !p.cited && p.ref !== host?.ref);
      if (host && nation) parties = [nation.ref, host.ref];
    }
    // Other figures about a lender (`the Saudi Fund has financed 20 projects`) are its country's.
    if (!money && parties.some(isDonor)) parties = [...new Set(parties.map((r) => donorCountry(r) ?? r))];
    if (money) {
      const donor = donorGiver(metric, status, setting.parties, q);
      if (donor) {
        // A development lender or agency gives in its own name, and what it gives is aid.
        const giverOnly = status === "pledge";
        if (metric === "funding" || metric === "other") metric = "aid";
        parties = giverOnly ? [donor] : [donor, ...parties.filter((r) => r !== donor)].slice(0, 2);
      } else if ((metric === "funding" || metric === "other") && parties[0] !== undefined
        && setting.parties.some((p) => !p.cited && isDonor(p.ref) && donorCountry(p.ref) === parties[0])) {
        // `België stelt 25 miljoen euro beschikbaar via Enabel`: a country's money passed through
        // its own development agency is aid.
        metric = "aid";
      }
    }

    // `Los dos Gobiernos aportarán N a un fondo común`, `beide Regierungen kündigten an, gemeinsam N
    // bereitzustellen`: money two sides put in together is funding given by both (docs/figures.md).
    if (money && (metric === "funding" || metric === "other" || (metric === "aid" && status === "pledge"))
      && jointCue(text, span.lo, reach, q, lex)) {
      const pair = jointGivers(sides, q, setting.mainPair);
      if (pair) { metric = "funding"; parties = pair; }
    }

    // `Rome accordera un financement de N pour des projets en Algérie`, `Canada will provide $200
    // million to Senegal`: money a country gives to or for another country is aid, unless it goes
    // into a fund (`for the Special Fund`, `a través del Fondo…`); docs/figures.md.
    if (metric === "funding" && parties.length === 1 && parties[0]!.startsWith("country:")
      && toCountry(sides, parties[0]!, span.lo, reach) && !intoFund(text, span.lo, reach, lex, setting)) metric = "aid";

    drafts.push({
      metric,
      value: q.value,
      unit: c.unit,
      period: time?.period ?? null,
      status,
      parties,
      subject,
      sentence: sentence.index,
      quote: text,
      surface: q.surface,
      precision: q.precision,
      approximate: q.approximate,
    });
  });
  return drafts;
}

/** How far (characters) a `jointly` word may stand from the sum it qualifies. */
const JOINT_GAP = 60;

/** Whether a `jointly`/`fondo común` word stands near the figure in its clause [lo, hi), no `;` between. */
function jointCue(text: string, lo: number, hi: number, q: Quantity, lex: FiguresLanguage): boolean {
  return lex.jointly.findAll(text.slice(lo, hi)).some((h) => {
    const a = lo + h.start, b = lo + h.end;
    const gap = b <= q.start ? text.slice(b, q.start) : text.slice(q.end, a);
    return gap.length <= JOINT_GAP && !/[;；؛:.。]/u.test(gap.replace(/(?<=\d)[.,](?=\d)/gu, ""));
  });
}

/**
 * The two givers of money put in jointly: the first two names before the figure that do not
 * receive it (`España y México aportarán…`), else the document's pair (`los dos Gobiernos`).
 */
function jointGivers(parties: readonly Party[], q: Quantity, mainPair: readonly EntityRef[]): EntityRef[] | null {
  const named = [...new Set(parties.filter((p) => !p.cited && !p.compared && p.end <= q.start
    && !(p.markedBefore && p.roles.has("recipient")) && p.ref.startsWith("country:")).map((p) => p.ref))];
  if (named.length >= 2) return named.slice(0, 2);
  if (mainPair.length === 2 && (named.length === 0 || mainPair.includes(named[0]!))) return [...mainPair];
  return null;
}

/** Whether a country other than the giver is named as where money goes within [lo, hi). */
function toCountry(parties: readonly Party[], giver: EntityRef, lo: number, hi: number): boolean {
  return parties.some((p) => p.ref !== giver && p.ref.startsWith("country:") && !p.cited && !p.compared
    && p.roles.has("recipient") && p.start >= lo && p.end <= hi);
}

/** Whether the money in [lo, hi) goes into a fund (a fund word, or a named initiative). */
function intoFund(text: string, lo: number, hi: number, lex: FiguresLanguage, setting: SentenceSetting): boolean {
  const o = setting.sentenceStart;
  return lex.funds.findAll(text.slice(lo, hi)).length > 0
    || setting.containers.some((m) => m.type === "initiative" && m.start - o >= lo && m.end - o <= hi);
}

/**
 * The parties with the subject marked as the recipient when a receiving verb (`erhält`, `will
 * receive`, `nhận được`) follows it within the figure's clause [lo, hi). Unchanged otherwise.
 */
function receivedBy(parties: Party[], hits: readonly Hit<true>[], q: Quantity, lo: number, hi: number): Party[] {
  if (!hits.length) return parties;
  const subject = parties.find((p) => !p.cited && !p.compared && !(p.markedBefore && p.roles.size > 0));
  if (!subject || subject.end > q.start) return parties;
  // After the figure (`…援助を受ける`, `지원받는다`) only when no other name comes between:
  // `€150 million to Kenya, which will receive it…` is Kenya's receiving, not the subject's.
  // `ستحصل الأردن على…`: a verb-first language puts the verb right before its subject.
  const verb = hits.find((h) => (h.start >= Math.max(lo, subject.end) && h.start < hi
    && (h.end <= q.start || !parties.some((p) => p.start >= q.end && p.end <= h.start)))
    || (h.end <= subject.start && h.start >= lo && subject.start - h.end <= VERB_FIRST_GAP));
  if (!verb || !parties.some((p) => p !== subject && !p.cited)) return parties;
  return parties.map((p) => (p === subject ? { ...p, roles: new Set(["recipient"] as const), markedBefore: true } : p));
}

/**
 * Parties from the names that are not sources of the statement (`…, according to Japan's
 * ministry`); a source counts only when the other names leave a side open (`trade with China
 * reached $240 billion, according to Rosstat`: Russia's trade).
 */
function partiesFor(metric: Metric, status: FactStatus, parties: readonly Party[], span: Span): EntityRef[] {
  const all = chooseParties(metric, status, parties, span);
  const sides = parties.filter((p) => !p.cited);
  if (sides.length === parties.length) return all;
  const found = chooseParties(metric, status, sides, span);
  return found.length >= all.length ? found : all;
}

/** How near (characters) a verb that opens the sentence must be to its subject (`ستحصل الأردن`). */
const VERB_FIRST_GAP = 2;
/** How long (characters) the words between two coordinated sums may be (`to Laos and`). */
const COORDINATION_GAP = 40;

/** Whether [from, to) joins two sums by `and` with no cue word of its own (`… to Laos and …`). */
function coordinated(text: string, from: number, to: number, lex: FiguresLanguage, cues: SentenceCues): boolean {
  if (to - from > COORDINATION_GAP || /[;；؛.。]/u.test(text.slice(from, to))) return false;
  const inGap = (h: { start: number; end: number }) => h.start >= from && h.end <= to;
  if (cues.status.some(inGap) || cues.level.some(inGap) || cues.growth.some(inGap)) return false;
  return joinedByAnd(text, from, to, lex);
}

/** Whether an `and` word (`and`, `et`, `và`, `和`) stands between `from` and `to`. */
function joinedByAnd(text: string, from: number, to: number, lex: FiguresLanguage): boolean {
  const gap = ` ${text.slice(from, to).toLowerCase()} `;
  if (!lex.spaced) return lex.and.some((w) => gap.includes(w));
  const words = gap.split(/[\s,]+/u);
  return lex.and.some((w) => words.includes(w));
}

/** How far back (characters) from a number its `to`/`menjadi` may start. */
const CHANGE_TO_GAP = 16;

/** How far back (characters) from a number its `from` may stand (`von derzeit rund`). */
const CHANGE_FROM_GAP = 20;

/** Whether a `from`/`von`/`từ` word stands shortly before the figure at `at` (at most two words between). */
function startsChange(text: string, from: number, at: number, lex: FiguresLanguage): boolean {
  const lo = Math.max(from, at - CHANGE_FROM_GAP);
  const window = text.slice(lo, at);
  return lex.changeFrom.findAll(window).some((h) => {
    const rest = window.slice(h.end).trim();
    return rest === "" || (lex.spaced && rest.split(/\s+/u).length <= 2 && !/[\p{Nd},;:]/u.test(rest));
  });
}

/** Whether a `to`/`menjadi`/`lên` word (after `from`) stands right before the figure at `at`. */
function endsChange(text: string, from: number, at: number, lex: FiguresLanguage): boolean {
  const lo = Math.max(from, at - CHANGE_TO_GAP);
  const window = text.slice(lo, at);
  return lex.changeTo.findAll(window).some((h) => ONLY_SPACE.test(window.slice(h.end)));
}
/** How near (characters) before a count of people or things a promise must be to promise them. */
const PLEDGE_GAP = 22;
/** How near (characters) a `reached`/`stood at` word must be to the figure it states. */
const LEVEL_GAP = 14;
const LEVEL_GAP_AFTER = 6;
/** How near a growth verb before a figure must be to make it the figure's own (`rose 20% to $3 billion`). */
const GROWTH_GAP = 30;

/**
 * `KfW will lend €200 million to Kenya`, `a loan from the Saudi Fund for Development`: a
 * development lender or agency is the giver of money (aid, funding or a pledge) when it is the
 * first side named before the figure, or named as where the money comes from. `Japan will provide
 * … through JICA` is Japan's money.
 */
function donorGiver(metric: Metric, status: FactStatus, parties: readonly Party[], q: Quantity): EntityRef | null {
  if (metric !== "aid" && metric !== "funding" && metric !== "other" && status !== "pledge") return null;
  const sides = parties.filter((p) => !p.cited);
  const first = sides.find((p) => p.end <= q.start && !(p.markedBefore && p.roles.has("recipient")));
  if (first && isDonor(first.ref)) return first.ref;
  return sides.find((p) => isDonor(p.ref) && p.markedBefore && p.roles.has("source"))?.ref ?? null;
}

/** ISO 4217 codes whose first letters are not the issuing country, or that news uses by default. */
const NO_COUNTRY_CURRENCY = /^(?:USD|EUR|X..)$/u;

/**
 * `PM Albanese mengumumkan pendanaan 50 juta dolar Australia untuk Indonesia`: when a person
 * opens the sentence before any country or organisation, the money is given by the country the
 * person speaks for, else by the country whose currency it is (not USD, the default for a bare
 * `dollar`). Null when no person leads the sentence or neither is known.
 */
function leaderGiver(setting: SentenceSetting, q: Quantity, unit: string): EntityRef | null {
  const lead = setting.persons?.[0];
  if (!lead || lead.start > q.start) return null;
  if (setting.parties.some((p) => p.start < lead.start)) return null;
  // `X said Korea will provide …`: a country named as the doer between them is the giver.
  if (setting.parties.some((p) => p.start > lead.start && p.end <= q.start && !p.roles.has("recipient"))) return null;
  if (lead.country) return lead.country;
  if (/^[A-Z]{3}$/u.test(unit) && !NO_COUNTRY_CURRENCY.test(unit)) {
    const cur = `country:${unit.slice(0, 2)}` as EntityRef;
    // The recipient's own currency says nothing about who gives it.
    if (!setting.parties.some((p) => p.ref === cur && p.roles.has("recipient"))) return cur;
  }
  return null;
}

/** `bilateral`, `both sides`, `hai bên` with fewer than two names: the document's main pair. */
function fillParties(found: EntityRef[], metric: Metric, status: FactStatus, bilateral: boolean, setting: SentenceSetting, subject: string | null): EntityRef[] {
  const giverOnly = metric === "funding" || status === "pledge";
  const twoSided = metric === "trade" || (!giverOnly && !(status === "target" && found.length === 1));
  const out = [...found];
  // Documents signed are signed by both sides, named or not.
  const signed = metric === "count" && subject !== null && SIGNED.test(subject);
  if (out.length < 2 && twoSided && (bilateral || metric === "trade" || signed) && setting.mainPair.length === 2) {
    for (const r of setting.mainPair) if (out.length < 2 && !out.includes(r)) out.push(r);
  }
  // `the two countries aim to train 2,000 Indian engineers`: people of one side's nationality that
  // a plan names no planner for are the pair's.
  if (metric === "people" && status === "target" && out.length === 1 && setting.mainPair.length === 2 && setting.mainPair.includes(out[0]!)
    && setting.parties.some((p) => p.ref === out[0] && p.demonym)) {
    out.push(setting.mainPair.find((r) => r !== out[0])!);
  }
  // A comparison's yardstick was dropped: the open side is the document's other party.
  if (setting.compared && out.length < 2 && twoSided && setting.mainPair.length === 2
    && (out.length === 0 || setting.mainPair.includes(out[0]))) {
    for (const r of setting.mainPair) if (out.length < 2 && !out.includes(r)) out.push(r);
  }
  // `bilateral trade reached X, ahead of the US`, `zweiseitiger Handel … in der EU`: a figure said
  // to be between the two is between the document's two, not with a third name of its sentence.
  if (bilateral && (metric === "trade" || signed) && out.length === 2 && setting.mainPair.length === 2) {
    const kept = out.filter((r) => setting.mainPair.includes(r));
    if (kept.length === 1) {
      const other = setting.mainPair.find((r) => r !== kept[0])!;
      return out.map((r) => (r === kept[0] ? r : other));
    }
  }
  // `400.000 Marokkanen in Nederland`, `3,000 students in China`: people counted in one country of
  // a two-country document are, unless named otherwise, people of the other one (nationality first).
  if (metric === "people" && status === "actual" && out.length === 1 && setting.mainPair.length === 2 && setting.mainPair.includes(out[0])
    && setting.parties.some((p) => p.ref === out[0] && p.markedBefore && p.roles.has("recipient"))) {
    out.unshift(setting.mainPair.find((r) => r !== out[0])!);
  }
  // `В России проживают 600 тысяч граждан Казахстана`: people are counted by where they come from,
  // then where they are; the country introduced by `in`/`в`/`dans` is where they are.
  if (metric === "people" && out.length === 2) {
    const where = (r: EntityRef) => setting.parties.some((p) => p.ref === r && p.markedBefore && p.roles.has("recipient"));
    if (where(out[0]) && !where(out[1])) out.reverse();
  }
  if (!out.length && twoSided && setting.carriedPair?.length === 2) out.push(...setting.carriedPair);
  if (!out.length && setting.carried) out.push(setting.carried);
  return out;
}
