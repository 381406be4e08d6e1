// RSS 2.0 / RSS 1.0 (RDF) / Atom feeds become one input per item. Each item is rewritten as a
// small HTML document carrying its title, canonical link and date in the usual metadata places,
// so the ordinary HTML path extracts them and nothing downstream needs to know about feeds.
import { XMLParser } from "fast-xml-parser";
import { decodeBytes } from "./decode.ts";
import { InputError } from "./errors.ts";

export interface FeedItemInput { source: string; bytes: Uint8Array }

const FEED_ROOT = /<(?:rss\b|rdf:RDF\b|feed\b[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom)/;

/** True when the bytes are an RSS or Atom feed (sniffed from the start, whatever the file name). */
export function looksLikeFeed(bytes: Uint8Array, _source: string): boolean {
  // latin1 keeps ASCII markup readable in any ASCII-compatible encoding
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString("latin1");
  const start = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, "").trimStart();
  if (!start.startsWith("<")) return false;
  // An HTML page that mentions <rss> in a script is not a feed.
  if (/^<(?:!doctype\s+html|html)\b/i.test(start)) return false;
  return FEED_ROOT.test(head);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type XmlNode = Record<string, unknown>;

function asText(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return asText(v[0]);
  if (typeof v === "object") {
    const o = v as XmlNode;
    if ("#text" in o) return asText(o["#text"]);
    if ("@_href" in o) return asText(o["@_href"]);
  }
  return "";
}

function first(o: XmlNode, keys: string[]): string {
  for (const k of keys) {
    const t = asText(o[k]).trim();
    if (t) return t;
  }
  return "";
}

/** RSS `<link>` is text; Atom `<link href rel>` prefers rel="alternate" (or no rel). */
function itemLink(item: XmlNode): string {
  const links = item.link;
  if (Array.isArray(links)) {
    const objs = links.filter((l): l is XmlNode => typeof l === "object" && l !== null);
    const alt = objs.find((l) => !l["@_rel"] || l["@_rel"] === "alternate");
    if (alt) return asText(alt["@_href"]).trim();
    for (const l of links) {
      const t = asText(l).trim();
      if (/^https?:\/\//i.test(t)) return t;
    }
  }
  const guid = item.guid;
  if (guid && typeof guid === "object" && (guid as XmlNode)["@_isPermaLink"] !== "false") {
    const t = asText(guid).trim();
    if (/^https?:\/\//i.test(t)) return t;
  }
  if (typeof guid === "string" && /^https?:\/\//i.test(guid)) return guid.trim();
  return "";
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function itemsOf(doc: XmlNode): XmlNode[] {
  const rss = doc.rss as XmlNode | undefined;
  const channel = rss && typeof rss === "object" ? (rss.channel as XmlNode | undefined) : undefined;
  if (channel && typeof channel === "object" && Array.isArray(channel.item)) return channel.item as XmlNode[];
  const rdf = doc["rdf:RDF"] as XmlNode | undefined;
  if (rdf && typeof rdf === "object" && Array.isArray(rdf.item)) return rdf.item as XmlNode[];
  const feed = doc.feed as XmlNode | undefined;
  if (feed && typeof feed === "object" && Array.isArray(feed.entry)) return feed.entry as XmlNode[];
  return [];
}

/** One input per feed item (an HTML document carrying the item's title, link and date). */
export function splitFeed(bytes: Uint8Array, source: string): FeedItemInput[] {
  const { text } = decodeBytes(bytes, source);
  let doc: XmlNode;
  try {
    doc = parser.parse(text) as XmlNode;
  } catch (err) {
    throw new InputError(source, `broken feed XML: ${(err as Error).message.split("\n")[0]}`);
  }
  const out: FeedItemInput[] = [];
  const encoder = new TextEncoder();
  itemsOf(doc).forEach((item, i) => {
    if (!item || typeof item !== "object") return;
    const title = first(item, ["title"]);
    const link = itemLink(item);
    const date = first(item, ["pubDate", "dc:date", "published", "updated", "a10:updated"]);
    // Item bodies are HTML that the XML parser has already unescaped.
    const body = first(item, ["content:encoded", "content", "description", "summary"]);
    const html = [
      "<!doctype html><html><head><meta charset=\"utf-8\">",
      title ? `<title>${escapeHtml(title)}</title><meta property="og:title" content="${escapeHtml(title)}">` : "",
      link ? `<link rel="canonical" href="${escapeHtml(link)}">` : "",
      date ? `<meta property="article:published_time" content="${escapeHtml(date)}">` : "",
      "</head><body><article>",
      title ? `<h1>${escapeHtml(title)}</h1>` : "",
      body,
      "</article></body></html>",
    ].join("");
    out.push({ source: link || `${source}#${i + 1}`, bytes: encoder.encode(html) });
  });
  return out;
}
