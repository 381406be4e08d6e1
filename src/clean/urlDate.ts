// Publishers put the publication date in article URLs in a few shapes:
// `/2025/10/27/`, `-2025-10-27-`, `…-20251027123309873.htm` (date then a time/serial).
// `-post900519.html` (an id) must not be read as a date.
import { isoFromParts } from "../ingest/dates.ts";

const SLASHED = /[/_-](20\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
const COMPACT = /(?<!\d)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{0,12})(?!\d)/;

export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    path = url;
  }
  const m = SLASHED.exec(path) ?? COMPACT.exec(path);
  return m ? isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
