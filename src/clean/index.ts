// Article furniture out, what it told kept: captions' credits, comment counters, a tail of related
// headlines, source and publisher lines, bylines and sign-offs, and the dateline. The rules work
// line by line (news text keeps one paragraph or caption per line), families in rules.ts,
// vocabulary per language in lang/<code>/cleaning.json.
import type { CleanedDocument, DecodedInput, Furniture } from "../model.ts";
import { matchDateline, matchDateOnlyLine, matchPlaceDateLine } from "./dateline.ts";
import { matchTimestampLine } from "./timestamp.ts";
import { dateFromUrl } from "./urlDate.ts";
import { leadDate } from "./leadDate.ts";
import { daysBetween, formatYmd, isValidDate, parseYmd } from "../extract/dates/calendar.ts";
import { plainTextTitle } from "./title.ts";
import {
  isAgencyLine, isBylineLine, isCommentCounter, isPublisherLine, isRelatedHeading, isRelatedInline,
  matchSourceLine, stripCaptionCredits, stripOutletPrefix, stripSignOff,
} from "./rules.ts";

/** How many non-empty lines from the top may hold a dateline or a date line (after a headline). */
const DATELINE_WINDOW = 3;
/** How many non-empty lines at the bottom may hold a timestamp without a label. */
const TAIL_WINDOW = 3;

export function cleanDocument(input: DecodedInput): CleanedDocument {
  const furniture: Furniture[] = [];
  const take = (kind: Furniture["kind"], text: string) => furniture.push({ kind, text: text.trim() });
  let url: string | null = null;
  let published: string | null = input.published;
  /** The first date of a later change (`Updated: …`): published only when nothing else is. */
  let updatedOn: string | null = null;
  let datelineCountry: string | null = null;
  let datelinePlace: string | null = null;
  let datelineDay: [number, number] | null = null;

  const src = input.text.split("\n").map((l) => l.trimEnd());
  const lines: string[] = [];
  const captions = new Set<string>();
  let bodySeen = 0;
  let previous = "";
  let tailFrom = src.length;
  for (let j = src.length - 1, n = 0; j >= 0 && n < TAIL_WINDOW; j--) if (src[j]!.trim()) { tailFrom = j; n++; }

  for (let i = 0; i < src.length; i++) {
    let line = src[i]!;
    if (!line.trim()) {
      lines.push("");
      continue;
    }
    // A related-headlines heading ends the article: everything from it on is other stories.
    if (bodySeen > 0 && isRelatedHeading(line)) {
      take("related", src.slice(i).filter((l) => l.trim()).join("\n"));
      break;
    }
    if (isCommentCounter(line)) { take("comments", line); continue; }
    // The first full date of a timestamp line is the publication date; the line is furniture.
    const stamp = matchTimestampLine(line, bodySeen < DATELINE_WINDOW || i >= tailFrom);
    if (stamp) {
      take("dateline", line);
      if (stamp.updated) updatedOn ??= stamp.published;
      else published ??= stamp.published;
      datelinePlace ??= stamp.place;
      continue;
    }
    if (bodySeen > 0 && isRelatedInline(line)) { take("related", line); continue; }
    const source = matchSourceLine(line);
    if (source) {
      take("source", line);
      if (source.url && !url) url = source.url;
      continue;
    }
    if (isPublisherLine(line) || isAgencyLine(line)) { take("byline", line); continue; }
    if (isBylineLine(line)) { take("byline", line); continue; }

    const cap = stripCaptionCredits(line);
    if (cap.credits.length) {
      for (const c of cap.credits) take("caption", c);
      line = cap.line;
      if (!line.trim()) continue;
      // The same caption printed twice (image and lightbox) is kept once.
      if (captions.has(line.trim())) continue;
      captions.add(line.trim());
    } else if (captions.has(line.trim())) {
      take("caption", line);
      continue;
    }

    if (bodySeen < DATELINE_WINDOW && !datelinePlace) {
      const onlyDate = matchDateOnlyLine(line);
      if (onlyDate) {
        take("dateline", line);
        published ??= onlyDate;
        continue;
      }
      const placeDate = matchPlaceDateLine(line);
      if (placeDate) {
        take("dateline", line);
        published ??= placeDate.published;
        datelinePlace = placeDate.place;
        datelineCountry = placeDate.country;
        continue;
      }
      const d = matchDateline(line);
      if (d) {
        take("dateline", d.text);
        datelinePlace = d.place;
        datelineCountry = d.country ?? null;
        datelineDay = d.monthDay ?? null;
        published ??= d.published;
        line = line.slice(d.length);
      }
    }
    const outlet = stripOutletPrefix(line);
    if (outlet.removed) { take("byline", outlet.removed); line = outlet.line; }

    if (line.trim() === previous) continue; // a paragraph printed twice in a row
    previous = line.trim();
    lines.push(line);
    bodySeen++;
  }

  // The sign-off closes the last paragraph.
  for (let j = lines.length - 1; j >= 0; j--) {
    if (!lines[j]!.trim()) continue;
    const s = stripSignOff(lines[j]!);
    if (s.removed) { take("byline", s.removed); lines[j] = s.line; }
    break;
  }

  const text = lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  url ??= input.url;
  if (!published && url) published = dateFromUrl(url);
  if (!published && input.url && input.url !== url) published = dateFromUrl(input.url);
  // `Updated: …` alone: a later change's date is the page's only one.
  published ??= updatedOn;
  const title = input.title ?? (input.format === "text" ? plainTextTitle(text) : null);
  if (!published) published = leadOfText(text, title);
  const datelineDate = published && datelineDay ? filedOn(datelineDay, published) : null;
  return { text, title, url, published, datelinePlace, ...(datelineDate ? { datelineDate } : {}), ...(datelineCountry ? { datelineCountry } : {}), furniture };
}

/**
 * The dateline's day in the year that puts it on the publication day, up to three days before it,
 * or one day after it (a page dated in a time zone behind the place it was filed from); null otherwise.
 */
function filedOn([m, d]: [number, number], published: string): string | null {
  const pub = parseYmd(published);
  if (!pub) return null;
  for (const y of [pub.y, pub.y - 1]) {
    if (!isValidDate(y, m, d)) continue;
    const gap = daysBetween({ y, m, d }, pub);
    if (gap >= -1 && gap <= 3) return formatYmd(y, m, d);
  }
  return null;
}

/** The date the first paragraph of the article opens with (after the headline), if any. */
function leadOfText(text: string, title: string | null): string | null {
  const paragraphs = text.split("\n").map((l) => l.trim()).filter((l) => l && l !== title?.trim());
  // Short lines before the lead are labels ("Press release", "Thông cáo báo chí"), not the lead.
  const lead = paragraphs.slice(0, 3).find((p) => p.length > 80);
  return lead ? leadDate(lead) : null;
}
