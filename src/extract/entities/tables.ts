// Loads the recognisers' knowledge: per-language `titles.json` and `entities.json`, and the
// language-independent tables in data/. Each file is validated once; errors name the file.
import { loadDimension, readDataFile } from "../../lang/registry.ts";
import type { EntityType } from "../../model.ts";

export interface TitleData {
  before: string[];
  after: string[];
  connectors: string[];
  particles: string[];
  notNames: string[];
  /** Words that are prepositions in this language, never particles inside a name (`di`). */
  prepositions: string[];
  /** Endings of one-word compound titles (`minister` in `Bundeswirtschaftsminister`). */
  suffixes: string[];
  /** Titles the press writes as part of the name (Malay `Datuk Seri`): kept in an alias with it. */
  honorifics: string[];
  /** Words naming the other side's office holder (`counterpart`, `ambtgenoot`, `نظيره`): they introduce a
   *  name like a title does but say nothing of the person's own office, so they give no role. */
  counterparts: string[];
  /** Words that carry a title on (a portfolio or institution: Arabic `مجلس`, `الهجرة`); never a name. */
  roleWords: string[];
  /** Scripts without capitals (Arabic): words a name read by shape never runs into (function words, verbs). */
  stopWords: string[];
  /** Words that may stand between a name and the title after it (Korean `전` "former", `신임` "new"). */
  between: string[];
  /** Unspaced scripts (Thai, Chinese): verbs and clause words a name runs into when glued to it (`กล่าว`, `表示`,
   *  `会见`); matched as a word start, so the name ends before one. */
  clauseWords: string[];
  /** Unspaced scripts: short function words, a name boundary only as a whole run or glued before a title. */
  functionWords: string[];
  /** Unspaced scripts: words a name never starts with (`กรุง` "the city of" is a place title). */
  notNameStarts: string[];
  /** Han: common two-character words whose second character is also a surname (`贸易`, `交易`): a name never starts inside one. */
  hanWords: string[];
  /** Endings of verb and adjective forms that modify the next word (Korean `마친`, `주재한`, `중인`): such a
   *  word before a name is a clause, never part of the name. */
  modifierEndings: string[];
  /** Titles in the plural that introduce a list of names (`los titulares de Exteriores, A y B`, `Foreign Ministers A and B`). */
  plurals: string[];
}

export interface EntityData {
  headFirst: boolean;
  heads: Record<string, EntityType>;
  demonyms: Record<string, string[]>;
  /** Short country names counted only in documents of this language (Indonesian `RI`, Korean `우즈벡`). */
  countryNames: Record<string, string[]>;
  demonymEndings: string[];
  notCountryNames: string[];
  /** Country names that are ordinary words in documents of this language (Spanish `Reunión`, "meeting"). */
  commonWords: string[];
  shortNameBlockers: string[];
  leadingWords: string[];
  surnames: string[];
  /** Endings a one-word country name takes in this language (German and Dutch genitive `s`: `Deutschlands`). */
  nameEndings: string[];
  /** Scripts without spaces: how organisation names end (`委员会`, `기금`, `機構`), for long forms of acronyms. */
  orgEndings: string[];
  /** Scripts without spaces and head-first names (Thai): head nouns a name starts with (`ความตกลง`,
   *  `บันทึกความเข้าใจ`), so a long form glued to the words before it begins at its head. */
  nameStarts: Record<string, EntityType>;
}

const TYPES = new Set<EntityType>(["person", "country", "organization", "agreement", "initiative", "place", "event_series"]);

function strings(v: unknown, file: string, field: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new Error(`attache: ${file}: "${field}" must be a list of strings`);
  return v as string[];
}

function record(v: unknown, file: string, field: string): Record<string, unknown> {
  if (v === undefined) return {};
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error(`attache: ${file}: "${field}" must be an object`);
  return v as Record<string, unknown>;
}

export function titleData(): Map<string, TitleData> {
  return loadDimension("titles", (raw, file) => {
    const r = record(raw, file, "(file)");
    return {
      before: strings(r.before, file, "before"),
      after: strings(r.after, file, "after"),
      connectors: strings(r.connectors, file, "connectors"),
      particles: strings(r.particles, file, "particles"),
      notNames: strings(r.notNames, file, "notNames"),
      prepositions: strings(r.prepositions, file, "prepositions"),
      suffixes: strings(r.suffixes, file, "suffixes"),
      honorifics: strings(r.honorifics, file, "honorifics"),
      counterparts: strings(r.counterparts, file, "counterparts"),
      roleWords: strings(r.roleWords, file, "roleWords"),
      between: strings(r.between, file, "between"),
      stopWords: strings(r.stopWords, file, "stopWords"),
      clauseWords: strings(r.clauseWords, file, "clauseWords"),
      functionWords: strings(r.functionWords, file, "functionWords"),
      notNameStarts: strings(r.notNameStarts, file, "notNameStarts"),
      hanWords: strings(r.hanWords, file, "hanWords"),
      modifierEndings: strings(r.modifierEndings, file, "modifierEndings"),
      plurals: strings(r.plurals, file, "plurals"),
    };
  });
}

export function entityData(): Map<string, EntityData> {
  return loadDimension("entities", (raw, file) => {
    const r = record(raw, file, "(file)");
    const heads: Record<string, EntityType> = {};
    for (const [k, v] of Object.entries(record(r.heads, file, "heads"))) {
      if (typeof v !== "string" || !TYPES.has(v as EntityType)) throw new Error(`attache: ${file}: head "${k}" has unknown type ${String(v)}`);
      heads[k] = v as EntityType;
    }
    const nameStarts: Record<string, EntityType> = {};
    for (const [k, v] of Object.entries(record(r.nameStarts, file, "nameStarts"))) {
      if (typeof v !== "string" || !TYPES.has(v as EntityType)) throw new Error(`attache: ${file}: name start "${k}" has unknown type ${String(v)}`);
      nameStarts[k] = v as EntityType;
    }
    const demonyms: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(record(r.demonyms, file, "demonyms"))) {
      if (!/^[A-Z]{2}$/.test(k)) throw new Error(`attache: ${file}: demonym key ${k} is not an ISO alpha-2 code`);
      demonyms[k] = strings(v, file, `demonyms.${k}`);
    }
    const countryNames: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(record(r.countryNames, file, "countryNames"))) {
      if (!/^[A-Z]{2}$/.test(k)) throw new Error(`attache: ${file}: countryNames key ${k} is not an ISO alpha-2 code`);
      countryNames[k] = strings(v, file, `countryNames.${k}`);
    }
    const endings = strings(r.demonymEndings, file, "demonymEndings");
    return {
      headFirst: r.headFirst === true,
      heads,
      demonyms,
      countryNames,
      demonymEndings: endings.length ? endings : [""],
      notCountryNames: strings(r.notCountryNames, file, "notCountryNames"),
      commonWords: strings(r.commonWords, file, "commonWords"),
      shortNameBlockers: strings(r.shortNameBlockers, file, "shortNameBlockers"),
      leadingWords: strings(r.leadingWords, file, "leadingWords"),
      surnames: strings(r.surnames, file, "surnames"),
      nameEndings: strings(r.nameEndings, file, "nameEndings"),
      orgEndings: strings(r.orgEndings, file, "orgEndings"),
      nameStarts,
    };
  });
}

/** Rows of a tab-separated data file, comments and blank lines skipped; checks the column count. */
export function dataRows(name: string, minColumns: number): string[][] {
  const rows: string[][] = [];
  readDataFile(name).split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const cols = line.split("\t");
    if (cols.length < minColumns) throw new Error(`attache: data/${name}:${i + 1}: expected ${minColumns} tab-separated columns`);
    rows.push(cols.map((c) => c.trim()));
  });
  return rows;
}

export function splitNames(cell: string | undefined): string[] {
  return (cell ?? "").split("|").map((s) => s.trim()).filter(Boolean);
}
