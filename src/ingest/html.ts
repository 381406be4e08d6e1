// HTML → article text and metadata. Metadata is read before Readability runs (it rewrites the
// document); the article is turned into text by our own walker so that paragraphs stay separated
// by blank lines and line breaks survive (later stages rely on them). When Readability finds no
// article, or trips over hostile markup, the body text minus furniture elements is used instead.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { toIsoDate } from "./dates.ts";
import { stripNonArticle } from "./strip.ts";

export { stripNonArticle };

export interface HtmlExtract {
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
}

/** Never text: code, styling, embedded objects, and forms. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "OBJECT", "EMBED", "HEAD", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "FORM"]);
/** Page furniture, skipped by the fallback walker over the whole body. */
const FURNITURE = new Set(["NAV", "FOOTER", "HEADER", "ASIDE", "MENU"]);
const BLOCK = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD",
  "BLOCKQUOTE", "PRE", "TABLE", "TR", "FIGURE", "FIGCAPTION", "HR", "ADDRESS", "DETAILS", "SUMMARY", "CENTER",
  "HEADER", "FOOTER", "NAV", "ASIDE",
]);
const LINE = new Set(["BR", "TD", "TH"]);

// linkedom's Node type is structural; we only need these members.
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
}

/**
 * Text of an element with blocks separated by blank lines and `<br>` as line breaks. Iterative,
 * so absurdly deep nesting cannot overflow the stack.
 */
export function elementText(root: DomNode, skipFurniture: boolean): string {
  return walkText(root, skipFurniture).text;
}

interface Walk { text: string; maxDepth: number; elements: number }

/**
 * Depth-first walk without recursion (hostile pages nest thousands deep): `enter` says whether to
 * go into a node's children, `leave` runs as each node is done. Returns the depth reached and the
 * element count, which the size guards read.
 */
function traverse(root: DomNode, enter: (node: DomNode) => boolean, leave?: (node: DomNode) => void): { maxDepth: number; elements: number } {
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1) elements++;
    if (enter(node) && node.firstChild !== null) {
      node = node.firstChild;
      if (++depth > maxDepth) maxDepth = depth;
      continue;
    }
    while (node && node !== root) {
      leave?.(node);
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
      depth--;
      if (node === root) node = null;
    }
  }
  return { maxDepth, elements };
}

/** Depth and element count of a tree, as walkText counts them, without building any text. */
function measure(root: DomNode): { maxDepth: number; elements: number } {
  return traverse(root, (node) => {
    if (node.nodeType !== 1) return false;
    const name = node.nodeName.toUpperCase();
    return !SKIP.has(name) && !FURNITURE.has(name);
  });
}

function walkText(root: DomNode, skipFurniture: boolean): Walk {
  const parts: string[] = [];
  const blockBreak = () => parts.push("\n\n");
  const size = traverse(root, (node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? "");
      return false;
    }
    if (node.nodeType !== 1) return false;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || (skipFurniture && FURNITURE.has(name))) return false;
    if (BLOCK.has(name)) blockBreak();
    else if (name === "BR") parts.push("\n");
    else if (LINE.has(name)) parts.push(" ");
    return true;
  }, (node) => {
    // closing blocks on the way up
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (BLOCK.has(name)) blockBreak();
    else if (name === "TR") parts.push("\n");
  });
  return { text: tidy(parts.join("")), ...size };
}

/** Collapses HTML whitespace inside lines; keeps single line breaks and one blank line between blocks. */
function tidy(s: string): string {
  return s
    .replace(/[ \t\f\v\u00a0\u200b]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

interface QueryDoc {
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): Iterable<{ textContent: string | null; getAttribute(n: string): string | null }>;
  body: DomNode | null;
  documentElement: DomNode | null;
  title: string;
}

interface AttrElement extends TagNode { getAttribute(n: string): string | null; textContent: string | null }

/**
 * The document with its `<meta>`, `<link>` and `<script>` elements listed once per tag, on first
 * use: metadata is read with some twenty `tag[attribute="value"]` selectors, and linkedom compiles
 * and runs each over the whole document.
 */
interface MetaDoc { doc: QueryDoc; byTag: Map<string, AttrElement[]> }
interface TagListDoc { getElementsByTagName(tag: string): ArrayLike<AttrElement> }

function metaDoc(doc: QueryDoc): MetaDoc {
  return { doc, byTag: new Map() };
}

/**
 * Elements `tag` in document order, as a selector finds them in a freshly parsed page: the parser
 * lower-cases tag names, so getElementsByTagName's exact match is the selector's, and like the
 * selector we leave out what sits inside a `<template>`.
 */
function tagged(m: MetaDoc, tag: string): AttrElement[] {
  let list = m.byTag.get(tag);
  if (!list) {
    list = Array.from((m.doc as unknown as TagListDoc).getElementsByTagName(tag)).filter((el) => !inTemplate(el));
    m.byTag.set(tag, list);
  }
  return list;
}

function inTemplate(el: TagNode): boolean {
  for (let p = el.parentNode as TagNode | null; p; p = p.parentNode as TagNode | null) if (p.localName === "template") return true;
  return false;
}

/** HTML attributes whose values CSS compares case-insensitively (among those we select on). */
const CASE_FREE_ATTRS = new Set(["rel", "type"]);
const SIMPLE_SELECTOR = /^(meta|link|script)\[([a-z][a-z:-]*)="([^"\\]*)"\]$/;

/** The elements a simple `tag[attribute="value"]` selector matches, compared as css-select does. */
function* matching(m: MetaDoc, tag: string, key: string, value: string): Generator<AttrElement> {
  const fold = CASE_FREE_ATTRS.has(key);
  const want = fold ? value.toLowerCase() : value;
  for (const el of tagged(m, tag)) {
    const v = el.getAttribute(key);
    if (v === null) continue;
    if (fold ? v.length === want.length && v.toLowerCase() === want : v === want) yield el;
  }
}

/** Trimmed attribute `name` of the first element `sel` matches, or null (also when empty). */
function attr(m: MetaDoc, sel: string, name: string): string | null {
  const simple = SIMPLE_SELECTOR.exec(sel);
  const el = simple ? matching(m, simple[1]!, simple[2]!, simple[3]!).next().value : m.doc.querySelector(sel);
  const v = el?.getAttribute(name)?.trim();
  return v ? v : null;
}

const HTTP_URL = /^https?:\/\/\S+$/i;

function canonicalUrl(doc: MetaDoc): string | null {
  for (const [sel, name] of [
    ['link[rel="canonical"]', "href"],
    ['meta[property="og:url"]', "content"],
    ['meta[name="og:url"]', "content"],
    ['meta[name="twitter:url"]', "content"],
  ] as const) {
    const v = attr(doc, sel, name);
    if (v && HTTP_URL.test(v)) return v;
  }
  return null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

/** `datePublished` anywhere in JSON-LD (objects, arrays, @graph). */
function jsonLdDate(doc: MetaDoc): string | null {
  for (const el of matching(doc, "script", "type", "application/ld+json")) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? "");
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    for (let guard = 0; stack.length > 0 && guard < 1000; guard++) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (typeof o.datePublished === "string") {
          const d = toIsoDate(o.datePublished);
          if (d) return d;
        }
        for (const child of Object.values(o)) if (child && typeof child === "object") stack.push(child);
      }
    }
  }
  return null;
}

function publishedDate(doc: MetaDoc): string | null {
  for (const sel of DATE_META) {
    const v = attr(doc, sel, "content");
    const d = v ? toIsoDate(v) : null;
    if (d) return d;
  }
  const ld = jsonLdDate(doc);
  if (ld) return ld;
  const time = attr(doc, "article time[datetime]", "datetime") ?? attr(doc, "time[datetime]", "datetime");
  return time ? toIsoDate(time) : null;
}

function headline(doc: MetaDoc): string | null {
  const og = attr(doc, 'meta[property="og:title"]', "content") ?? attr(doc, 'meta[name="twitter:title"]', "content");
  if (og) return og;
  const h1 = doc.doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  if (h1) return h1;
  const t = doc.doc.title?.replace(/\s+/g, " ").trim();
  return t ? t : null;
}

/** Below this many characters Readability's pick is not trusted over the plain body text. */
const MIN_ARTICLE_CHARS = 80;

/** The Readability (0.6) methods we replace on an instance; see `lighten`. */
interface ReadabilityInternals {
  _isProbablyVisible?: (node: VisibilityNode) => boolean;
  _fixRelativeUris?: (content: unknown) => void;
  _getAllNodesWithTag?: (node: TagNode, tagNames: string[]) => ArrayLike<TagNode>;
}
interface TagNode extends DomNode { localName?: string; childNodes?: ArrayLike<TagNode> }
const PLAIN_TAG = /^[a-z][a-z0-9]*$/;

/**
 * The elements under `root` whose tag is one of `tags` (lower case), in document order: what
 * linkedom's `querySelectorAll(tags.join(","))` returns, without compiling a CSS selector on every
 * call. Like linkedom, it matches tag names case-insensitively (HTML) and does not look inside
 * `<template>`. A document's own children are read from `childNodes`, because linkedom gives its
 * doctype no `nextSibling`.
 */
export function elementsByTags(root: TagNode, tags: readonly string[]): TagNode[] {
  const found: TagNode[] = [];
  if (root.nodeType === 9) {
    for (const child of Array.from(root.childNodes ?? [])) {
      if (child.nodeType !== 1) continue;
      if (matchesTag(child, tags)) found.push(child);
      if (child.localName !== "template") collectByTags(child, tags, found);
    }
  } else {
    collectByTags(root, tags, found);
  }
  return found;
}

function matchesTag(node: TagNode, tags: readonly string[]): boolean {
  return tags.includes((node.localName ?? node.nodeName).toLowerCase());
}

/** Depth-first over the descendants of an element, without recursion (see `traverse`). */
function collectByTags(root: TagNode, tags: readonly string[], found: TagNode[]): void {
  let node = root.firstChild as TagNode | null;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      if (matchesTag(node, tags)) found.push(node);
      descend = node.localName !== "template";
    }
    if (descend && node.firstChild) {
      node = node.firstChild as TagNode;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode as TagNode | null;
    node = node && node !== root ? (node.nextSibling as TagNode | null) : null;
  }
}
interface VisibilityNode { hasAttribute(n: string): boolean; getAttribute(n: string): string | null; className?: string }

/**
 * Instance overrides that leave the extracted text unchanged. The first two save about a fifth of
 * Readability's time on linkedom. `_isProbablyVisible` reads `node.style` on every element, and
 * linkedom builds a CSSStyleDeclaration (a Map behind a Proxy) for each; without a style
 * attribute both style checks are true, so only styled elements take the original path.
 * `_fixRelativeUris` makes link and media URLs absolute and turns `javascript:` links into spans
 * or text: attributes and inline wrappers, which our text walker does not read. Should a
 * Readability upgrade rename a method, its override is simply unused. The third is below.
 */
function lighten(reader: ReadabilityInternals): void {
  const visible = reader._isProbablyVisible;
  if (typeof visible === "function") {
    reader._isProbablyVisible = (node) => {
      if (node.hasAttribute("style")) return visible.call(reader, node);
      return !node.hasAttribute("hidden") &&
        (!node.hasAttribute("aria-hidden") || node.getAttribute("aria-hidden") != "true" ||
          Boolean(node.className && node.className.includes && node.className.includes("fallback-image")));
    };
  }
  if (typeof reader._fixRelativeUris === "function") reader._fixRelativeUris = () => {};
  // Readability asks for elements by tag names hundreds of times per page, each through
  // querySelectorAll, which in linkedom compiles a CSS selector per call: a third of Readability's
  // time. Same elements, same order, without the selector. Only plain tag names are answered
  // here; anything else keeps the original path.
  const allNodes = reader._getAllNodesWithTag;
  if (typeof allNodes === "function") {
    reader._getAllNodesWithTag = (node, tagNames) =>
      tagNames.every((t) => PLAIN_TAG.test(t)) ? elementsByTags(node, tagNames) : allNodes.call(reader, node, tagNames);
  }
}

function newReader(document: QueryDoc): Readability<Node> {
  // Readability's types want a DOM Document; linkedom's is compatible for what it uses.
  const reader = new Readability(document as unknown as Document, {
    charThreshold: 200,
    serializer: (el: Node) => el,
    // Class attributes are only stripped from the chosen article, which we read as text.
    keepClasses: true,
  });
  lighten(reader as unknown as ReadabilityInternals);
  return reader;
}

/** The preparation steps Readability (0.6) `parse()` runs on the document before `_grabArticle`. */
interface ReadabilityPrep {
  _unwrapNoscriptImages?: (doc: unknown) => void;
  _removeScripts?: (doc: unknown) => void;
  _prepDocument?: () => void;
}
interface InnerHtmlNode { innerHTML: string }

/**
 * The body's innerHTML as Readability's `_grabArticle` first reads it: the page parsed, then the
 * steps `parse()` runs before it. Deterministic, so the same string it would have read; null when
 * Readability no longer has these steps.
 */
export function preparedBodyHtml(source: string): string | null {
  const { document } = parseHTML(source) as unknown as { document: QueryDoc & { body: (DomNode & InnerHtmlNode) | null } };
  const prep = newReader(document) as unknown as ReadabilityPrep;
  if (!prep._unwrapNoscriptImages || !prep._removeScripts || !prep._prepDocument) return null;
  prep._unwrapNoscriptImages(document);
  prep._removeScripts(document);
  prep._prepDocument();
  return document.body?.innerHTML ?? null;
}

function hasPrepSteps(reader: object): boolean {
  const prep = reader as ReadabilityPrep;
  return typeof prep._unwrapNoscriptImages === "function" && typeof prep._removeScripts === "function" && typeof prep._prepDocument === "function";
}

/**
 * `_grabArticle` starts by serialising the whole body (`pageCacheHtml = page.innerHTML`) only to
 * restore it when its first attempt finds too little text, which is rare: the serialisation was a
 * tenth of Readability's time. The body's first innerHTML read therefore gets a token, and the
 * token written back rebuilds that same string from the source (`preparedBodyHtml`); every other
 * read and write goes to linkedom. Used only when Readability has the preparation steps to replay.
 */
function deferBodySnapshot(body: object, source: string): void {
  let proto: object | null = Object.getPrototypeOf(body);
  let desc: PropertyDescriptor | undefined;
  for (; proto && !desc; proto = Object.getPrototypeOf(proto)) desc = Object.getOwnPropertyDescriptor(proto, "innerHTML");
  const get = desc?.get;
  const set = desc?.set;
  if (!get || !set) return;
  const token = {};
  let served = false;
  Object.defineProperty(body, "innerHTML", {
    configurable: true,
    get() {
      if (served) return get.call(body);
      served = true;
      return token;
    },
    set(value: unknown) {
      if (value !== token) return set.call(body, value);
      const html = preparedBodyHtml(source);
      if (html !== null) set.call(body, html);
    },
  });
}

/**
 * Readability's article, or null when it finds none or trips over the markup. With `source` (the
 * markup `document` was parsed from), the body snapshot Readability takes is deferred (see
 * `deferBodySnapshot`).
 */
export function readability(document: QueryDoc, source?: string): { text: string; title: string | null } | null {
  try {
    const reader = newReader(document);
    if (source !== undefined && document.body && hasPrepSteps(reader)) deferBodySnapshot(document.body, source);
    const article = reader.parse();
    if (!article?.content) return null;
    return { text: elementText(article.content as unknown as DomNode, false), title: article.title?.trim() || null };
  } catch {
    return null;
  }
}

const MAX_READABILITY_DEPTH = 400;
const MAX_READABILITY_ELEMENTS = 50000;

/** Extracts the article from an HTML document. Never throws on malformed markup. */
export function extractHtml(html: string): HtmlExtract {
  const stripped = stripNonArticle(html);
  const { document } = parseHTML(stripped) as unknown as { document: QueryDoc };
  if (!document.documentElement) return { text: "", title: null, url: null, published: null };
  const meta = metaDoc(document);
  const url = canonicalUrl(meta);
  const published = publishedDate(meta);
  let title = headline(meta);
  // Readability recurses and is quadratic on pathological nesting, so the tree is measured first.
  const root = document.body ?? document.documentElement;
  const size = measure(root);
  const ran = size.maxDepth <= MAX_READABILITY_DEPTH && size.elements <= MAX_READABILITY_ELEMENTS;
  const article = ran ? readability(document, stripped) : null;
  let text = article?.text ?? "";
  if (!title && article?.title) title = article.title;
  if (text.length < MIN_ARTICLE_CHARS) {
    // The fallback needs the tree as parsed, which Readability has rewritten: parse again. This is
    // rare on news pages, and cheaper than walking every page's body for text it will not use.
    const fresh = ran ? (parseHTML(stripped) as unknown as { document: QueryDoc }).document : document;
    const bodyText = walkText(fresh.body ?? fresh.documentElement ?? root, true).text;
    if (bodyText) text = bodyText;
  }
  if (title) {
    title = title.replace(/\s+/g, " ").trim();
    // Readability keeps the headline out of the text; the fallback may start with it.
    if (text.startsWith(title + "\n")) text = text.slice(title.length).trimStart();
  }
  return { text, title: title || null, url, published };
}

const HTML_SNIFF = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;

/** True when text (or a file name) says HTML. */
export function looksLikeHtml(text: string, source: string): boolean {
  if (/\.(?:x?html?|xht)$/i.test(source)) return true;
  return HTML_SNIFF.test(text.slice(0, 2048));
}
