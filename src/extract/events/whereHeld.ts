// Where the main event was held when its own sentence does not say: the dateline's city, a city of
// its country in the lead, a seat of government standing for its city, or the city the lead under a
// headline marks as where.
import type { Mention } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import { buildingsIn, titleCase, venue } from "./places.ts";
import { countryCodeByName } from "../entities/regions.ts";
import { fold } from "../../util/text.ts";
import { isoOf, VISITS, type Work } from "./work.ts";
import { isHeadline } from "./headline.ts";
import type { EventLexicon } from "./lexicon.ts";

/**
 * `talks at Hyderabad House`, `в Хайдарабад-хаусе`, `at Blair House`: a city named inside the name of
 * a building (data/venues.tsv) is not where the meeting is; the building stands for its own city.
 */
export function withoutBuildingCities(ctx: ExtractionContext): ExtractionContext {
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

/** The dateline city is the main meeting's venue when it lies in the meeting's country (or that is unknown). */
function datelineVenue(main: Work, place: string, mentions: Mention[], country?: string | null): void {
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
  if (main.host || eventCountry) return;
  main.placeName = named?.name ?? titleCase(place);
  // `SARREBRUCK (Allemagne), 4 juin 2026`: a city no table knows lies in the country the dateline names.
  const named2 = country ? countryCodeByName(country) : null;
  if (named2) main.country ??= named2;
}

/** The main event's venue when its own sentences name none: the dateline's city, else one from its lead. */
export function placeMain(main: Work, events: Work[], ctx: ExtractionContext, lex: EventLexicon): void {
  if (!main.place && ctx.datelinePlace) datelineVenue(main, ctx.datelinePlace, ctx.mentions, ctx.datelineCountry);
  if (!main.placeName) leadVenue(main, ctx);
  // A lead that reports a meeting of its own places that one, not the headline's.
  const leadOwnEvent = events.some((e) => e !== main && (e.sentence === 1 || e.more.has(1)));
  if (!main.placeName && !leadOwnEvent) headlineLeadVenue(main, ctx, lex);
}

/**
 * `Kỳ họp lần thứ 11 Ủy ban hỗn hợp …` over `Chiều 10/3, tại Hà Nội, hai Bộ trưởng đồng chủ trì Kỳ họp
 * lần thứ 11`: a meeting named by the headline only is held at the city its lead marks as where
 * (`tại`, `in`, `で`), when the lead names one such city.
 */
function headlineLeadVenue(main: Work, ctx: ExtractionContext, lex: EventLexicon): void {
  if (main.sentence !== 0 || main.more.size || !isHeadline(ctx)) return;
  const lead = ctx.sentences[1];
  if (!lead) return;
  const marked = (m: Mention) => {
    const at = m.start - lead.start, end = m.end - lead.start;
    return !!lex.placeEndRe?.test(lead.text.slice(Math.max(0, at - 24), at)) || !!lex.placeStartRe?.test(lead.text.slice(end, end + 12));
  };
  const cities = ctx.mentions.filter((m) => m.type === "place" && m.sentence === 1 && marked(m))
    .map((m) => ({ m, v: venue(m.name) ?? venue(m.surface) })).filter((x) => x.v);
  if (new Set(cities.map((x) => x.v!.name)).size !== 1) return;
  main.place = cities[0]!.m;
  main.placeName = cities[0]!.v!.name;
}
