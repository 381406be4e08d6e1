// Per-language figure knowledge (`lang/<code>/figures.json`): cue words for metrics and status,
// direction markers around entity names, and the counted nouns that make a number a fact.
// Validated and compiled once per process.
import { loadDimension } from "../../lang/registry.ts";
import { CueSet, type Boundaries } from "./cues.ts";

/** Metrics that are recognised from cue words next to a sum of money. */
export const CUE_METRICS = ["trade", "exports", "imports", "investment", "aid", "funding"] as const;
export type CueMetric = (typeof CUE_METRICS)[number];

export type Role = "source" | "recipient" | "of";

/**
 * What a status cue says: a plan (`target`), a promise (`pledge`), money already spent
 * (`actual`: `has already committed`, `a déjà engagé`, which outranks the bare `committed`), or
 * an announcement (`announced`, `kondigde … aan`, `宣布`), which is a pledge for money given and
 * says nothing about other figures.
 */
export type StatusCue = "target" | "pledge" | "actual" | "announce";

export interface NounGloss {
  metric: "people" | "count";
  /** Short English description of what is counted. */
  gloss: string;
}

/** Words before (`from the`) or after (`'s`, `의`, `から`) an entity name that give it a role. */
export interface Markers {
  before: string[];
  after: string[];
}

export interface HomeTitle {
  kind: string;
  phrase: string;
  cased: boolean;
}

export interface FiguresLanguage {
  code: string;
  boundaries: Boundaries;
  /** Whether words are separated by spaces (false for Chinese, Japanese, Thai). */
  spaced: boolean;
  /** Whether the head noun comes first in a noun phrase (`sinh viên kỹ thuật`) or last (`key tasks`). */
  headFirst: boolean;
  /** Whether this language usually puts the year after the figure (`$7.6 billion in 2024`). */
  yearAfter: boolean;
  metrics: CueSet<CueMetric>;
  growth: CueSet<true>;
  rank: CueSet<true>;
  anniversary: CueSet<true>;
  status: CueSet<StatusCue>;
  bilateral: CueSet<true>;
  /** `in the country`, `the country's`, `en el país`, `di negara ini`, `在该国`: the document's other
   *  party, named by a phrase instead of a name. */
  hostCountry: CueSet<true>;
  /** `of which`, `de los que`, `dont`, `davon`, `waarvan`, `di antaranya`, `其中`: a bare scaled number
   *  right after one breaks down the sum before it, in its currency. */
  breakdown: CueSet<true>;
  /** `fund`, `Fonds`, `quỹ`, `基金`: money that goes into one is funding, whoever it helps. */
  funds: CueSet<true>;
  /** `jointly`, `gemeinsam`, `fondo común`, `fonds commun`, `both governments`: money two sides put
   *  in together is funding of both. */
  jointly: CueSet<true>;
  /** `the Kingdom`, `المملكة`, `the Sultanate` → kind of title (data/state-titles.tsv): a state's
   *  own press names it so. `cased`: the phrase is written with a capital that the title needs. */
  homeTitles: CueSet<HomeTitle>;
  /** `the number of`, `die Zahl der`, `le nombre de`: bare numbers after one and its noun count that noun. */
  numberOf: CueSet<true>;
  /** `die Zahl`, `this number`, `ce nombre`, `con số này`, `이 숫자`, `该数字`: a bare number after one
   *  counts what the sentence before counted. */
  anaphor: CueSet<true>;
  /** `対韓`, `대일`, `对华` → ISO code: a direction prefix and a one-character country before a flow word. */
  towards: Map<string, string>;
  /** `在华`, `訪日`: a place prefix and a one-character country (`in China`), read without a flow word. */
  within: Map<string, string>;
  /** `will receive`, `erhält`, `recevra`, `nhận được`, `menerima`, `получит`, `获得`, `受ける`, `받는다`:
   *  the sentence's subject is where the money goes; the giver is the other side (`from Germany`). */
  receive: CueSet<true>;
  /** `de cada`, `out of every`, `sur`: the count after one is the base of a ratio (`seis de cada
   *  diez visitantes`), not a number of people or things. */
  ratioOf: CueSet<true>;
  /** `in`, `von`, `dari`, `из`, `중`: a word that joins the two numbers of a ratio only when they
   *  stand right beside it (`three in ten`, `drei von zehn`, `10명 중 3명`). */
  ratioJoin: CueSet<true>;
  /** Whether a ratio names its base first (`10명 중 3명`, `10人に3人`). */
  ratioBaseFirst: boolean;
  /** Countries whose own press writes in this language, where a bare dollar is their dollar (`CA` for fr). */
  localDollars: Set<string>;
  /** `は`, `が`, `은`, `는`: particles that mark a sentence's subject; where a language has them, a
   *  capital stands for its country only when one follows it. */
  actorAfter: string[];
  /** `from`, `von`, `de`, `từ`: right before the first number of a change (`from 300,000 to
   *  500,000`), it marks where things stand now. */
  changeFrom: CueSet<true>;
  /** `to`, `menjadi`, `lên`, `auf`: right before a number, it ends a change (`raise the quota to
   *  250`), so a promise of the change promises the number however far before it stands. */
  changeTo: CueSet<true>;
  /** `reached`, `stood at`, `đạt`, `составил`, `に達した`: a level already reached, and signing verbs
   *  (`signed 14 agreements`, `подписали 16`); a figure right next to one is what happened,
   *  whatever aim a later clause states. */
  level: CueSet<true>;
  /** Words that start a new, contrasting clause (`while`, `trong khi`, `terwijl`): a year does not carry across them. */
  clauseBreaks: CueSet<true>;
  /** Thai writes no spaces between words: a space between two words (not next to a number or a
   *  Latin word) ends a clause or sentence, so it breaks clauses like `while` does. */
  spaceBreaks: boolean;
  /** `and`, `und`, `và`, `和`: two years so joined (`für die Jahre 2025 und 2026`) are one span; two
   *  sums so joined (`$50 million to Laos and $30 million to Cambodia`) share one promise. */
  and: string[];
  /** `as of`, `截至`, `tính đến`, `по состоянию на`: a year just after one dates a stock (`as of
   *  end-2025`), it is no deadline even where the word also means `until` (`至`, `đến`). */
  asOf: string[];
  /** `by 2030`, `đến năm 2030`, `2030년까지`: the year is a deadline. */
  byYear: Markers;
  /** `from 2023`, `so với năm 2023`, `2023년 대비`: the year is a comparison base, not the figure's. */
  comparison: Markers;
  /** `contre … aujourd'hui`, `compared with … today`: a number between them is where things stand now. */
  baselineNow: Markers;
  /** Words for `year` that may stand between a marker and the number (`năm`, `the year`). */
  yearWords: string[];
  /** Words naming a government body (`Ministry`, `Bộ`, `부`, `省`): such an organisation is not a party. */
  bodies: CueSet<true>;
  /** `Vision 2030`, `Expo 2025`, `رؤية 2030`: words that make the year after them part of a name. */
  namedYears: CueSet<true>;
  /** `a year earlier`, `im Vorjahr`, `годом ранее`: the year before the year the sentence names (else before publication). */
  priorYears: CueSet<true>;
  /** `over the next {N} years`, `今後{N}年間`: a span of N years from the publication year. */
  aheadYears: RegExp | null;
  /** `last year` → -1, `this year` → 0: resolved against the publication year. */
  relativeYears: CueSet<number>;
  markers: Record<Role, Markers>;
  /** `behind only`, `ahead of`, `derrière`, `hinter`, `после`, `仅次于`, `에 이어`: a name so marked is
   *  the yardstick a figure is measured against, not a side of it. */
  comparator: Markers;
  /** `according to`, `selon`, `laut`, `据` before a name, `によると`, `에 따르면`, `zufolge` after it:
   *  the name is where a figure comes from, not what it is about. */
  cited: { before: CueSet<true>; after: CueSet<true> };
  /** Articles that may sit between a marker and a name (`from the RoK`). */
  articles: string[];
  nouns: CueSet<NounGloss>;
  /** How far (characters) after / before a count to look for its noun when the quantity has none,
   *  and how many words after it (`восьми межправительственных и межведомственных документов`). */
  nounWindow: { after: number; before: number; words: number };
}

type Raw = Record<string, unknown>;

function fail(file: string, msg: string): never {
  throw new Error(`attache: ${file}: ${msg}`);
}

function strings(raw: unknown, file: string, path: string): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.some((s) => typeof s !== "string" || !s.trim())) {
    fail(file, `${path} must be a list of non-empty strings`);
  }
  return (raw as string[]).map((s) => s.normalize("NFC"));
}

function stringMap(raw: unknown, file: string, path: string): [string, string][] {
  if (raw === undefined) return [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(file, `${path} must be an object of word → English gloss`);
  return Object.entries(raw as Raw).map(([k, v]) => {
    if (typeof v !== "string" || !v.trim()) fail(file, `${path}.${k} must be a non-empty English gloss`);
    return [k.normalize("NFC"), v];
  });
}

function offsets(raw: unknown, file: string): [string, number][] {
  if (raw === undefined) return [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(file, "relativeYears must be an object of phrase → year offset");
  return Object.entries(raw as Raw).map(([k, v]) => {
    if (typeof v !== "number" || !Number.isInteger(v) || Math.abs(v) > 5) fail(file, `relativeYears.${k} must be a small whole number of years`);
    return [k.normalize("NFC"), v];
  });
}

function markers(raw: unknown, file: string, path: string): Markers {
  if (raw === undefined) return { before: [], after: [] };
  if (typeof raw !== "object" || raw === null) fail(file, `${path} must be { before: [...], after: [...] }`);
  const r = raw as Raw;
  return {
    before: strings(r.before, file, `${path}.before`).map((s) => s.toLowerCase()),
    after: strings(r.after, file, `${path}.after`).map((s) => s.toLowerCase()),
  };
}

const known = new Set([
  "boundaries", "spaced", "headFirst", "yearAfter", "metrics", "growth", "rank", "anniversary", "target", "pledge", "actual", "announce", "bilateral", "hostCountry", "breakdown", "receive", "within", "ratioOf", "ratioJoin", "ratioBaseFirst", "towards", "anaphor", "numberOf", "funds", "jointly", "homeTitles", "localDollars", "actorAfter", "changeFrom", "changeTo", "level", "clauseBreaks", "spaceBreaks",
  "byYear", "comparison", "baselineNow", "yearWords", "and", "asOf", "relativeYears", "priorYears", "aheadYears", "namedYears", "bodies", "markers", "cited", "articles", "people", "countable", "nounWindow", "$comment",
]);

export function validateFigures(raw: unknown, file: string): FiguresLanguage {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(file, "must be a JSON object");
  const r = raw as Raw;
  for (const k of Object.keys(r)) if (!known.has(k)) fail(file, `unknown key "${k}"`);
  const boundaries = (r.boundaries ?? "both") as Boundaries;
  if (!["both", "left", "none"].includes(boundaries)) fail(file, `boundaries must be "both", "left" or "none"`);
  for (const k of ["yearAfter", "spaced", "headFirst", "spaceBreaks", "ratioBaseFirst"]) {
    if (r[k] !== undefined && typeof r[k] !== "boolean") fail(file, `${k} must be true or false`);
  }

  const metricRaw = (r.metrics ?? {}) as Raw;
  if (typeof metricRaw !== "object" || Array.isArray(metricRaw)) fail(file, "metrics must be an object");
  const metricEntries: [string, CueMetric][] = [];
  for (const [k, v] of Object.entries(metricRaw)) {
    if (!(CUE_METRICS as readonly string[]).includes(k)) fail(file, `metrics.${k} is not one of ${CUE_METRICS.join(", ")}`);
    for (const cue of strings(v, file, `metrics.${k}`)) metricEntries.push([cue, k as CueMetric]);
  }
  const flag = (key: string) => strings(r[key], file, key).map((c) => [c, true] as const);
  const nouns: [string, NounGloss][] = [
    ...stringMap(r.people, file, "people").map(([k, g]) => [k, { metric: "people", gloss: g }] as [string, NounGloss]),
    ...stringMap(r.countable, file, "countable").map(([k, g]) => [k, { metric: "count", gloss: g }] as [string, NounGloss]),
  ];
  const mk = (r.markers ?? {}) as Raw;
  const win = (r.nounWindow ?? {}) as Raw;
  const num = (v: unknown, d: number, path: string) => {
    if (v === undefined) return d;
    if (typeof v !== "number" || v < 0) fail(file, `${path} must be a non-negative number`);
    return v;
  };

  return {
    code: file.split(/[\\/]/).slice(-2, -1)[0] ?? "",
    boundaries,
    spaced: (r.spaced as boolean | undefined) ?? true,
    headFirst: (r.headFirst as boolean | undefined) ?? false,
    yearAfter: (r.yearAfter as boolean | undefined) ?? true,
    metrics: new CueSet(metricEntries, boundaries),
    growth: new CueSet(flag("growth"), boundaries),
    rank: new CueSet(flag("rank"), boundaries),
    anniversary: new CueSet(flag("anniversary"), boundaries),
    status: new CueSet([
      ...strings(r.target, file, "target").map((c) => [c, "target"] as const),
      ...strings(r.pledge, file, "pledge").map((c) => [c, "pledge"] as const),
      ...strings(r.actual, file, "actual").map((c) => [c, "actual"] as const),
      ...strings(r.announce, file, "announce").map((c) => [c, "announce"] as const),
    ], boundaries),
    bilateral: new CueSet(flag("bilateral"), boundaries),
    hostCountry: new CueSet(flag("hostCountry"), boundaries),
    breakdown: new CueSet(flag("breakdown"), boundaries),
    receive: new CueSet(flag("receive"), boundaries),
    ratioOf: new CueSet(flag("ratioOf"), boundaries),
    ratioJoin: new CueSet(flag("ratioJoin"), boundaries),
    ratioBaseFirst: (r.ratioBaseFirst as boolean | undefined) ?? false,
    anaphor: new CueSet(flag("anaphor"), boundaries),
    numberOf: new CueSet(flag("numberOf"), boundaries),
    funds: new CueSet(flag("funds"), boundaries),
    jointly: new CueSet(flag("jointly"), boundaries),
    homeTitles: new CueSet(stringMap(r.homeTitles, file, "homeTitles").map(([k, v]) => [k, { kind: v, phrase: k, cased: k !== k.toLowerCase() }] as const), boundaries),
    towards: new Map(stringMap(r.towards, file, "towards").map(([k, v]) => {
      if (!/^[A-Z]{2}$/u.test(v)) fail(file, `towards.${k} must be an ISO 3166-1 alpha-2 code`);
      return [k, v];
    })),
    localDollars: new Set(strings(r.localDollars, file, "localDollars").map((c) => {
      if (!/^[A-Z]{2}$/u.test(c)) fail(file, `localDollars: ${c} must be an ISO 3166-1 alpha-2 code`);
      return c;
    })),
    actorAfter: strings(r.actorAfter, file, "actorAfter"),
    changeFrom: new CueSet(flag("changeFrom"), boundaries),
    changeTo: new CueSet(flag("changeTo"), boundaries),
    within: new Map(stringMap(r.within, file, "within").map(([k, v]) => {
      if (!/^[A-Z]{2}$/u.test(v)) fail(file, `within.${k} must be an ISO 3166-1 alpha-2 code`);
      return [k, v];
    })),
    level: new CueSet(flag("level"), boundaries),
    clauseBreaks: new CueSet(flag("clauseBreaks"), boundaries),
    spaceBreaks: (r.spaceBreaks as boolean | undefined) ?? false,
    byYear: markers(r.byYear, file, "byYear"),
    baselineNow: markers(r.baselineNow, file, "baselineNow"),
    comparison: markers(r.comparison, file, "comparison"),
    yearWords: strings(r.yearWords, file, "yearWords").map((s) => s.toLowerCase()).sort((a, b) => b.length - a.length),
    and: strings(r.and, file, "and").map((s) => s.toLowerCase()),
    asOf: strings(r.asOf, file, "asOf").map((s) => s.toLowerCase()),
    bodies: new CueSet(flag("bodies"), boundaries),
    relativeYears: new CueSet(offsets(r.relativeYears, file), boundaries),
    priorYears: new CueSet(flag("priorYears"), boundaries),
    namedYears: new CueSet(flag("namedYears"), boundaries),
    aheadYears: aheadPattern(strings(r.aheadYears, file, "aheadYears"), boundaries, file),
    markers: {
      source: markers(mk.source, file, "markers.source"),
      recipient: markers(mk.recipient, file, "markers.recipient"),
      of: markers(mk.of, file, "markers.of"),
    },
    comparator: markers(mk.comparator, file, "markers.comparator"),
    cited: {
      before: new CueSet(strings(((r.cited ?? {}) as Raw).before, file, "cited.before").map((c) => [c, true] as const), boundaries),
      after: new CueSet(strings(((r.cited ?? {}) as Raw).after, file, "cited.after").map((c) => [c, true] as const), boundaries),
    },
    // Longest first, so `các nước` is stripped before `các`.
    articles: strings(r.articles, file, "articles").map((s) => s.toLowerCase()).sort((a, b) => b.length - a.length),
    nouns: new CueSet(nouns, boundaries),
    nounWindow: { after: num(win.after, 30, "nounWindow.after"), before: num(win.before, 0, "nounWindow.before"), words: num(win.words, 3, "nounWindow.words") },
  };
}

/**
 * One regex over phrases like `over the next {N} years`: `{N}` (required, once) captures the
 * number as a short run of letters or digits (one group per phrase), which the caller reads as a
 * numeral. Matched against lower-cased text.
 */
function aheadPattern(phrases: readonly string[], boundaries: Boundaries, file: string): RegExp | null {
  if (!phrases.length) return null;
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const alts = phrases.map((p) => {
    const parts = p.split("{N}").map((t) => t.toLowerCase());
    if (parts.length !== 2) fail(file, `aheadYears "${p}" must contain {N} once`);
    return `${esc(parts[0]!)}([\\p{L}\\p{N}\\p{M}-]{1,15}?)${esc(parts[1]!)}`;
  });
  const left = boundaries === "none" ? "" : "(?<![\\p{L}\\p{N}])";
  return new RegExp(`${left}(?:${alts.join("|")})`, "gu");
}

/** The figures lexicon for a language; English (the lingua franca of acronyms) when there is none. */
export function figuresFor(language: string): FiguresLanguage | undefined {
  const all = loadDimension("figures", validateFigures);
  return all.get(language) ?? all.get("en");
}
