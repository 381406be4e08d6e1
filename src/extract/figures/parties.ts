// Who a figure is about. Entity names in a sentence are read with the little words around them
// (`from the RoK`, `vào ASEAN`, `van ASEAN`, `ASEAN's`, `한국의`) to give each a role, and each
// metric picks its parties by role: investor then recipient, giver, ranked party then partner,
// or simply both sides.
import type { EntityRef, Metric, FactStatus, Mention } from "../../model.ts";
import type { FiguresLanguage, Markers, Role } from "./lexicon.ts";
import { refKey } from "../../resolve/entities.ts";
import { isDonor } from "./bodies.ts";

export interface Party {
  ref: EntityRef;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  roles: ReadonlySet<Role>;
  /** The role came from a word before the name (`of ASEAN`), not a possessive after it. */
  markedBefore: boolean;
  /** Named as the source of a statement (`according to X`, `X 에 따르면`), not as a side of it. */
  cited?: boolean;
  /** A nationality word qualifying a flow (`exportaciones españolas`, `Korean investment`). */
  adjective?: boolean;
  /** Named by a nationality word (`Indian`, `kenianische`), whatever its role. */
  demonym?: boolean;
  /** The yardstick of a comparison (`behind only the US`, `ahead of China and Japan`), not a side. */
  compared?: boolean;
}

/** How much text (characters) may join a list of yardsticks (`China and the US`, `中美`). */
const LIST_GAP = 8;

/** Punctuation that ends the stretch a source cue governs. */
const CLAUSE_END = /[,;:.!?()，、。；：！？؛،]/u;
/** How far (characters) a source cue reaches to the name it introduces or follows. */
const CITE_BEFORE = 50;
const CITE_AFTER = 30;

/** Whether the name at [start, end) sits in a source phrase: a cue before it or after it in the same clause. */
function isCited(text: string, start: number, end: number, before: readonly { start: number; end: number }[], after: readonly { start: number; end: number }[]): boolean {
  const plain = (a: number, b: number) => b - a >= 0 && !CLAUSE_END.test(text.slice(a, b));
  return before.some((h) => h.end <= start && start - h.end <= CITE_BEFORE && plain(h.end, start))
    || after.some((h) => h.start >= end && h.start - end <= CITE_AFTER && plain(end, h.start));
}

/** Entity types that can be a party to a figure. */
const PARTY_TYPES = new Set(["country", "organization"]);
/** Names inside these are part of a title (`ASEAN-Korea Free Trade Agreement`), not parties. */
const CONTAINERS = new Set(["agreement", "initiative", "event_series"]);

/**
 * An organisation known only by the words of its name (`Export-Import Bank`, `Europäischen Union`
 * read as a new name) has no key the export can name a party by; tables give acronym keys.
 */
const unkeyed = (m: Mention) => m.type === "organization" && /\s/u.test(refKey(m.ref));

/** Country and organisation mentions that are not part of a longer name, in text order. */
export function partyMentions(mentions: readonly Mention[]): Mention[] {
  const containers = mentions.filter((m) => CONTAINERS.has(m.type));
  return mentions
    .filter((m) => PARTY_TYPES.has(m.type) && !unkeyed(m))
    .filter((m) => !containers.some((c) => c.start <= m.start && m.end <= c.end && c !== m))
    .sort((a, b) => a.start - b.start);
}

/**
 * A country inside the name of an organisation that stays a party (`Thailand International
 * Cooperation Agency`, `Saudi Fund for Development`) is the organisation's, not a party of its own.
 */
export function withoutNestedCountries(mentions: readonly Mention[]): Mention[] {
  const orgs = mentions.filter((m) => m.type === "organization");
  if (!orgs.length) return [...mentions];
  return mentions.filter((m) => m.type !== "country"
    || !orgs.some((o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

function endsWithWord(s: string, word: string, lex: FiguresLanguage): boolean {
  if (!s.endsWith(word)) return false;
  if (!lex.spaced || !isWordChar(word[0])) return true;
  return !isWordChar(s[s.length - word.length - 1]);
}

function precededBy(before: string, list: readonly string[], lex: FiguresLanguage): boolean {
  if (!list.length) return false;
  let s = before.toLowerCase().trimEnd();
  for (const a of lex.articles) {
    if (endsWithWord(s, a, lex)) { s = s.slice(0, s.length - a.length).trimEnd(); break; }
  }
  return list.some((w) => endsWithWord(s, w, lex));
}

function followedBy(after: string, list: readonly string[], lex: FiguresLanguage): boolean {
  const lower = after.toLowerCase();
  for (const w of list) {
    for (const s of [lower, lower.trimStart()]) {
      if (!s.startsWith(w)) continue;
      if (lex.spaced && lex.boundaries === "both" && isWordChar(w[w.length - 1]) && isWordChar(s[w.length])) continue;
      return true;
    }
  }
  return false;
}

/**
 * Whether a name is where something happens rather than who acts: introduced by a word that
 * marks a recipient or place (`in`, `à`, `в`, `tại`) or followed by one (`에서`, `で`).
 */
export function isLocated(text: string, start: number, end: number, lex: FiguresLanguage): boolean {
  const mk = lex.markers.recipient;
  return precededBy(text.slice(Math.max(0, start - 40), start), mk.before, lex) || followedBy(text.slice(end, end + 20), mk.after, lex);
}

/** The parties named in one sentence, with their roles. `mentions` offsets are document offsets. */
export function readParties(text: string, sentenceStart: number, mentions: readonly Mention[], lex: FiguresLanguage): Party[] {
  const citeBefore = mentions.length ? lex.cited.before.findAll(text) : [];
  const citeAfter = mentions.length ? lex.cited.after.findAll(text) : [];
  let prev: { end: number; compared: boolean } | null = null;
  return mentions.map((m) => {
    const start = m.start - sentenceStart;
    const end = m.end - sentenceStart;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 20);
    const roles = new Set<Role>();
    let markedBefore = false;
    for (const role of ["source", "recipient", "of"] as const) {
      const mk: Markers = lex.markers[role];
      if (precededBy(before, mk.before, lex)) { roles.add(role); markedBefore = true; }
      else if (followedBy(after, mk.after, lex)) roles.add(role);
    }
    // `Korean investment in Chile`, `investissements espagnols au Maroc`: a nationality word with
    // no marker of its own, or right before a flow (`$5 billion in Chinese investment`), says where
    // the money or goods come from.
    let adjective = false;
    if (m.demonym && (roles.size === 0 || lex.metrics.findAll(after).some((h) => h.start <= 1))) {
      roles.clear();
      markedBefore = false;
      roles.add("source");
      adjective = true;
    }
    const cited = (citeBefore.length > 0 || citeAfter.length > 0) && isCited(text, start, end, citeBefore, citeAfter);
    // A name listed right after a yardstick (`ahead of China and the US`) is one too.
    const gap = prev ? text.slice(prev.end, start) : "";
    const listed = !!prev?.compared && gap.length <= LIST_GAP && !/[\p{Nd};:.!?()。；：！？]/u.test(gap);
    const compared = listed || precededBy(before, lex.comparator.before, lex) || followedBy(after, lex.comparator.after, lex);
    prev = { end, compared };
    return { ref: m.ref, start, end, roles, markedBefore, cited, adjective, compared, demonym: m.demonym === true };
  });
}

/** Where to look first: the stretch of sentence that belongs to one figure. */
export interface Span {
  lo: number;
  hi: number;
  /** Where the figure itself starts; names before it come first. */
  at: number;
}

function inSpan(p: Party, s: Span): boolean {
  return p.start >= s.lo && p.end <= s.hi;
}

/** Candidates in order of preference: the figure's own clause (before it, then after), then the sentence. */
function ordered(parties: readonly Party[], span: Span): Party[] {
  const before = parties.filter((p) => inSpan(p, span) && p.end <= span.at);
  const after = parties.filter((p) => inSpan(p, span) && p.start >= span.at);
  const rest = parties.filter((p) => !inSpan(p, span));
  return [...before, ...after, ...rest];
}

function distinct(refs: Iterable<EntityRef>, cap: number): EntityRef[] {
  const out: EntityRef[] = [];
  for (const r of refs) if (!out.includes(r) && out.length < cap) out.push(r);
  return out;
}

/** The sentence's grammatical subject as far as we can tell: the first name not introduced by `of`/`to`. */
export function subjectOf(parties: readonly Party[]): Party | undefined {
  return parties.find((p) => !(p.markedBefore && (p.roles.has("of") || p.roles.has("recipient")))) ?? parties[0];
}

function firstWith(list: readonly Party[], role: Role, exclude?: EntityRef): Party | undefined {
  return list.find((p) => p.roles.has(role) && p.ref !== exclude);
}

/** Parties for one figure, from the names in its sentence. May return fewer than needed. */
export function chooseParties(metric: Metric, status: FactStatus, parties: readonly Party[], span: Span): EntityRef[] {
  if (!parties.length) return [];
  const local = ordered(parties, span);
  const subject = subjectOf(parties);

  if (metric === "rank") {
    const ranked = local.find((p) => inSpan(p, span) && p.end <= span.at && !(p.markedBefore && (p.roles.has("of") || p.roles.has("recipient"))))
      ?? subject;
    // The partner: whose flow is ranked (`destino de las exportaciones españolas`), else the
    // possessor (`of India`, `India's`, `Indiens größter`: a name between the ranked party and the
    // rank), else where (`largest investor in Vietnam`).
    const other = (p: Party) => p.ref !== ranked?.ref;
    const partner = local.find((p) => other(p) && p.adjective && p.start >= span.at && p.start - span.at <= 60)
      ?? firstWith(local, "of", ranked?.ref)
      ?? local.find((p) => other(p) && ranked !== undefined && p.start >= ranked.end && p.end <= span.at && !p.roles.has("recipient"))
      ?? firstWith(local, "recipient", ranked?.ref)
      ?? local.find(other);
    return distinct([ranked?.ref, partner?.ref].filter((r): r is EntityRef => !!r), 2);
  }

  if (metric === "people") {
    // `900.000 marroquíes y 300.000 colombianos en España`: each count is of the nationality named
    // right after it, then the place they are in.
    // A country name right after the count serves as the nationality where the language has no
    // adjective (`1,1 juta pekerja migran Indonesia`, `250.000 lao động Việt Nam`), as does one of
    // origin (`visitors from Korea`); one introduced by `in`/`di`/`tại` is where they are. (A plan
    // to train people belongs to the planner: a bare country name after a target's count is not
    // their nationality; one marked as where they come from is: `plans to recruit 10,000 workers from Kenya`.)
    const after = (p: Party) => inSpan(p, span) && p.start >= span.at && p.start - span.at <= 40;
    const origin = (p: Party) => p.markedBefore && p.roles.has("source");
    const own = parties.find((p) => p.adjective && after(p))
      ?? parties.find((p) => after(p) && !p.roles.has("recipient") && (origin(p) || (status === "actual" && p.roles.size === 0)));
    if (own) {
      const where = parties.find((p) => p.ref !== own.ref && p.roles.has("recipient")) ?? parties.find((p) => p.ref !== own.ref);
      return distinct([own.ref, where?.ref].filter((r): r is EntityRef => !!r), 2);
    }
  }

  const giverOnly = metric === "funding" || status === "pledge";
  if (giverOnly || metric === "investment" || metric === "exports" || metric === "aid") {
    // A marker inside the figure's own clause beats the sentence subject; one elsewhere (`của`
    // in an earlier clause) does not.
    const own = local.filter((p) => inSpan(p, span));
    const subj = subject && !subject.roles.has("recipient") ? subject : undefined;
    // A pledge is made by the sentence's subject (`X pledged … for the fund of Y`); a flow of
    // money names its origin next to it (`FDI from the RoK`).
    const source = (giverOnly ? subj ?? firstWith(own, "source") : firstWith(own, "source") ?? subj)
      ?? firstWith(local, "source") ?? local.find((p) => !p.roles.has("recipient"));
    if (giverOnly) return source ? [source.ref] : [];
    // A lender or agency (`through the Saudi Fund for Development`) carries the money, it never receives it.
    const recipient = firstWith(own, "recipient", source?.ref) ?? firstWith(local, "recipient", source?.ref)
      ?? local.find((p) => p.ref !== source?.ref && !isDonor(p.ref));
    return distinct([source?.ref, recipient?.ref].filter((r): r is EntityRef => !!r), 2);
  }
  if (metric === "imports") {
    // `Vietnam's imports from Korea`: the importer first, then where the goods come from.
    const origin = local.find((p) => p.markedBefore && p.roles.has("source"));
    const importer = (subject && subject.ref !== origin?.ref ? subject : undefined) ?? local.find((p) => p.ref !== origin?.ref);
    return distinct([importer?.ref, origin?.ref].filter((r): r is EntityRef => !!r), 2);
  }
  if (status === "target" && metric !== "trade" && subject) {
    // A plan to train students or sign documents belongs to whoever makes the plan; people of a
    // nationality (`90,000 Indian skilled workers`, `kenianische Fachkräfte`) are theirs first.
    const nation = metric === "people" ? local.find((p) => p.demonym && p.end <= span.at && p.ref !== subject.ref) : undefined;
    return nation ? [nation.ref, subject.ref] : [subject.ref];
  }
  return distinct(local.map((p) => p.ref), 2);
}

/** Sentences that open the document (the headline, when it is part of the text, and the lead). */
const LEAD_SENTENCES = 2;
const LEAD_WEIGHT = 2;

/** The two entities a document is mostly about (most often named countries or organisations, the lead's counting double). */
export function mainPair(mentions: readonly Mention[]): EntityRef[] {
  const counts = new Map<EntityRef, { n: number; first: number }>();
  for (const m of mentions) {
    // The headline and the lead name the document's pair; the body may name only one of them
    // (`the two countries`, `kedua negara`) beside a third country, so a name there counts more.
    const w = m.sentence < LEAD_SENTENCES ? LEAD_WEIGHT : 1;
    const c = counts.get(m.ref);
    if (c) c.n += w;
    else counts.set(m.ref, { n: w, first: m.start });
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, 2)
    .map(([ref]) => ref);
}
