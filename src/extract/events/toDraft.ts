// A finished working draft → the exported event draft: its host country, its guest, its name and series.
import type { EventDraft, Mention } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import { eventName, seriesKey } from "./names.ts";
import { placeCountry } from "./places.ts";
import { englishCountryName } from "../entities/regions.ts";
import { headCountry } from "./heads.ts";
import { isoOf, VISITS, type Work } from "./work.ts";
import { withinVisit } from "./dating.ts";

/**
 * `received the official visit of … in Jakarta, Tuesday (3/2/2026). The two ministers chaired the
 * 7th Joint Commission`: a meeting told right beside a visit, with no place or host of its own, is
 * held where the visit went (and on its day, when the visit has one and the meeting none).
 */
export function heldDuringVisit(drafts: EventDraft[], events: Work[]): void {
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


export function toDraft(e: Work, ctx: ExtractionContext): EventDraft {
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
      others, place: e.placeName, countryName: countryMention?.name ?? (country ? englishCountryName(country) : null), year: date?.slice(0, 4) ?? null, label: e.label,
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
