// STUB (to be replaced by the ingest work): RSS/Atom feeds become one input per item.

export interface FeedItemInput { source: string; bytes: Uint8Array }

/** True when the bytes are an RSS or Atom feed. */
export function looksLikeFeed(_bytes: Uint8Array, _source: string): boolean {
  return false;
}

/** One input per feed item (an HTML document carrying the item's title, link and date). */
export function splitFeed(_bytes: Uint8Array, _source: string): FeedItemInput[] {
  return [];
}
