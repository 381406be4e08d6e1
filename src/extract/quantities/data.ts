// The shape of `lang/<code>/numbers.json` and its validation. Everything a language knows about
// numbers is here as data; `compile.ts` turns it into regexes once per process.

/** How words are delimited: `spaced` (en, vi, nl…), `agglutinative` (ko: particles glue onto
 * units), `unspaced` (zh, ja, th: no word boundaries at all). */
export type Script = "spaced" | "agglutinative" | "unspaced";

export interface Affixes {
  prefix: string[];
  suffix: string[];
}

export interface NumbersData {
  script: Script;
  /** The decimal mark the language writes (`.` or `,`); the other one groups thousands. */
  decimal: "." | ",";
  /** `1 530` (space, no-break or narrow no-break space) groups thousands. */
  groupSpaces: boolean;
  /** Cardinal words: `eight` → 8, `fifty` → 50, `tám` → 8. */
  words: Record<string, number>;
  /** Words that are numerals only when a unit follows (`one`, `một`, `năm`, 一). */
  weakWords: string[];
  /** Multipliers inside a section (`hundred`, `trăm`, `mươi`, 十百千). */
  units: Record<string, number>;
  /** Units that may open a numeral alone (`十五` = 15). */
  bareUnits: string[];
  /** Large multipliers (`thousand`, `billion`, `tỷ`, `억`, `万`, `Mrd.`). */
  scales: Record<string, number>;
  /** Scales read only after a currency prefix (`$5m`). */
  moneyScales: Record<string, number>;
  /** Words between numeral words of one numeral (`and`, `linh`). */
  joiners: string[];
  /** Numerals are written as one word (`fünfundzwanzig`, `vijfentwintig`). */
  compounds: boolean;
  /** Written currency forms → ISO 4217 (symbols and codes are universal and added by the engine). */
  currencies: Record<string, string>;
  percent: Affixes;
  multiple: Affixes;
  approximate: Affixes;
  lowerBound: Affixes;
  /** Words joining the two ends of a range (`to`, `đến`, `-`) and opening one (`from`, `từ`). */
  rangeConnectors: string[];
  rangePrefixes: string[];
  /** Year markers that belong to the expression (`năm 2023`, `2024년`). */
  year: Affixes;
  /** Years of a local era that is this many years ahead of the common era (Thai Buddhist Era: 543). */
  eraYearOffset: number;
  /** Superlatives that alone mean first place (`largest`, `lớn nhất`, `최대`): they make a
   * sentence without digits worth parsing; the rank patterns say where they count. */
  superlatives: string[];
  /** Ordinal words (`fifth`, `vijfde`, `thứ năm`) → value, for ranks. */
  ordinals: Record<string, number>;
  /** Markers that make a plain number an ordinal (`26th`, `제26`, `ke-26`): not quantities. */
  ordinalMarkers: Affixes;
  /** Regex sources with `{ORD}` (ordinal word or marked digits) or `{NUM}` placeholders. */
  rankPatterns: string[];
  /** Counters / classifiers after a number (`명` → persons, `个` → items). */
  counters: Record<string, "items" | "persons">;
  personNouns: string[];
  /** Regex sources matched against a noun's first word (demonyms: `Vietnamezen`). */
  personNounPatterns: string[];
  /** Function words that end a counted noun phrase (`of`, `in`, `tussen`). */
  nounStops: string[];
  /** Words joining a scale word to what it counts (`1,6 millones de turistas`, `1,2 million de touristes`). */
  scaleLinks: string[];
  /** Regex source: a word that heads (ends) a noun phrase (`tasks`, `people`); the phrase stops there. */
  nounHead: string | null;
  maxNounWords: number;
  /** Regex sources of dates; `{MONTH}` is replaced by the month names (Intl + `months`). */
  datePatterns: string[];
  months: string[];
}

type Raw = Record<string, unknown>;

function fail(file: string, msg: string): never {
  throw new Error(`attache: ${file}: ${msg}`);
}

function strings(raw: Raw, key: string, file: string): string[] {
  const v = raw[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) fail(file, `"${key}" must be an array of strings`);
  return v as string[];
}

function record<T>(raw: Raw, key: string, file: string, check: (x: unknown) => x is T, what: string): Record<string, T> {
  const v = raw[key];
  if (v === undefined) return {};
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(file, `"${key}" must be an object`);
  for (const [k, x] of Object.entries(v as Raw)) if (!check(x)) fail(file, `"${key}.${k}" must be ${what}`);
  return v as Record<string, T>;
}

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isString = (x: unknown): x is string => typeof x === "string";
const isCounter = (x: unknown): x is "items" | "persons" => x === "items" || x === "persons";

function affixes(raw: Raw, key: string, file: string): Affixes {
  const v = raw[key];
  if (v === undefined) return { prefix: [], suffix: [] };
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(file, `"${key}" must be {prefix, suffix}`);
  return { prefix: strings(v as Raw, "prefix", `${file} ${key}`), suffix: strings(v as Raw, "suffix", `${file} ${key}`) };
}

function regexSources(raw: Raw, key: string, file: string): string[] {
  const out = strings(raw, key, file);
  for (const src of out) {
    try {
      new RegExp(src.replaceAll("{ORD}", "x").replaceAll("{NUM}", "x").replaceAll("{MONTH}", "x"), "u");
    } catch (err) {
      fail(file, `"${key}" has a bad pattern ${JSON.stringify(src)}: ${(err as Error).message}`);
    }
  }
  return out;
}

/** Validates one parsed `numbers.json`; throws naming the file when it is malformed. */
export function validateNumbers(raw: unknown, file: string): NumbersData {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(file, "must be a JSON object");
  const r = raw as Raw;
  const script = r.script ?? "spaced";
  if (script !== "spaced" && script !== "agglutinative" && script !== "unspaced") fail(file, `"script" must be spaced, agglutinative or unspaced`);
  const decimal = r.decimal;
  if (decimal !== "." && decimal !== ",") fail(file, `"decimal" must be "." or ","`);
  const maxNounWords = r.maxNounWords ?? 3;
  if (!isNumber(maxNounWords)) fail(file, `"maxNounWords" must be a number`);
  return {
    script,
    decimal,
    groupSpaces: r.groupSpaces === true,
    words: record(r, "words", file, isNumber, "a number"),
    weakWords: strings(r, "weakWords", file),
    units: record(r, "units", file, isNumber, "a number"),
    bareUnits: strings(r, "bareUnits", file),
    scales: record(r, "scales", file, isNumber, "a number"),
    moneyScales: record(r, "moneyScales", file, isNumber, "a number"),
    joiners: strings(r, "joiners", file),
    compounds: r.compounds === true,
    currencies: record(r, "currencies", file, isString, "an ISO 4217 code"),
    percent: affixes(r, "percent", file),
    multiple: affixes(r, "multiple", file),
    approximate: affixes(r, "approximate", file),
    lowerBound: affixes(r, "lowerBound", file),
    rangeConnectors: strings(r, "rangeConnectors", file),
    rangePrefixes: strings(r, "rangePrefixes", file),
    year: affixes(r, "year", file),
    eraYearOffset: eraOffset(r.eraYearOffset, file),
    superlatives: strings(r, "superlatives", file),
    ordinals: record(r, "ordinals", file, isNumber, "a number"),
    ordinalMarkers: affixes(r, "ordinalMarkers", file),
    rankPatterns: regexSources(r, "rankPatterns", file),
    counters: record(r, "counters", file, isCounter, `"items" or "persons"`),
    personNouns: strings(r, "personNouns", file),
    personNounPatterns: regexSources(r, "personNounPatterns", file),
    nounStops: strings(r, "nounStops", file),
    scaleLinks: strings(r, "scaleLinks", file),
    nounHead: r.nounHead === undefined ? null : regexSources({ nounHead: [r.nounHead] }, "nounHead", file)[0]!,
    maxNounWords,
    datePatterns: regexSources(r, "datePatterns", file),
    months: strings(r, "months", file),
  };
}

function eraOffset(raw: unknown, file: string): number {
  if (raw === undefined) return 0;
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 0 || raw > 1000) {
    throw new Error(`attache: ${file}: eraYearOffset must be a whole number of years (0–1000)`);
  }
  return raw;
}
