// Markup pre-pass for HTML extraction: removes, from the string, what no later step reads, so that
// linkedom never builds a DOM for it (often most of a news page). One left-to-right scan with
// memoised searches, so hostile input (thousands of unclosed `<script>` or `<!--`, megabyte
// attributes, tags without `>`) stays linear; a regex per construct was quadratic there.

/** Content that is never text and carries no metadata we read (JSON-LD scripts are kept). */
const VOID_OF_TEXT = ["style", "noscript", "svg", "template", "iframe", "canvas", "object"];
/** Furniture that never holds the headline, dates or article. */
const NEVER_ARTICLE = ["nav", "aside", "form", "menu"];
const REMOVED = new Set([...VOID_OF_TEXT, ...NEVER_ARTICLE]);
/** Longest removable tag name, to bound the name read at each `<`. */
const MAX_NAME = 8;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isNameChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** Open removable element: its name, nesting depth, and where its output began. */
interface Frame { tag: string; depth: number; mark: number }

/**
 * Removes comments, scripts other than JSON-LD (dates are read from it), and the elements in
 * VOID_OF_TEXT and NEVER_ARTICLE with everything inside them (same-name nesting is counted). An
 * element, script or comment that is never closed is left for the parser, as browsers do.
 * A tag ends at its first `>`.
 */
export function stripNonArticle(html: string): string {
  const out: string[] = [];
  const frames: Frame[] = [];
  // Memoised forward searches: each remembers its last answer and is redone only when the scan has
  // passed it, so repeated failing searches cost one scan in total.
  const memo = new Map<string, number>();
  const find = (needle: string, from: number): number => {
    const last = memo.get(needle);
    // A remembered hit still ahead is also the first from here; a remembered miss stays a miss.
    if (last !== undefined && (last === -1 || last >= from)) return last;
    const at = html.indexOf(needle, from);
    memo.set(needle, at);
    return at;
  };
  let copied = 0; // html[copied, i) is pending output
  let i = html.indexOf("<");
  const flush = (to: number) => {
    if (to > copied) out.push(html.slice(copied, to));
  };
  while (i !== -1 && i < html.length) {
    let next = i + 1;
    if (html.startsWith("<!--", i)) {
      const end = find("-->", i + 4);
      if (end === -1) break; // unclosed: the parser makes the rest a comment
      flush(i);
      copied = next = end + 3;
    } else {
      const close = html[i + 1] === "/";
      const nameStart = close ? i + 2 : i + 1;
      let n = nameStart;
      while (n < html.length && n - nameStart <= MAX_NAME && isNameChar(html.charCodeAt(n))) n++;
      const name = html.slice(nameStart, n).toLowerCase();
      const after = html[n];
      if (!close && name === "script" && (isSpace(after) || after === ">")) {
        next = scriptEnd(html, n, find, memo, (attrs) => /application\/ld\+json/i.test(attrs), () => flush(i), (to) => (copied = to));
      } else if (REMOVED.has(name) && (isSpace(after) || after === "/" || after === ">")) {
        const gt = find(">", n);
        if (gt === -1) break; // no tag can end any more: the rest is text to the parser
        next = gt + 1;
        const frame = frames.find((f) => f.tag === name);
        if (close) {
          if (frame && --frame.depth === 0) {
            // Drop the element: everything written since it opened, and this closing tag.
            const k = frames.indexOf(frame);
            out.length = frame.mark;
            frames.length = k;
            copied = next;
          }
        } else if (html[gt - 1] === "/") {
          // `<svg/>`-style self-closing: opens nothing, removed on its own outside an element.
          if (!frame) {
            flush(i);
            copied = next;
          }
        } else if (frame) {
          frame.depth++;
        } else {
          flush(i);
          copied = i;
          frames.push({ tag: name, depth: 1, mark: out.length });
        }
      }
    }
    i = html.indexOf("<", next);
  }
  flush(html.length);
  return out.length === 1 ? out[0]! : out.join("");
}

/**
 * Handles a `<script` whose name ends at `n`: returns where scanning resumes. A script with its
 * `</script>` is dropped unless `keep(attrs)`; an unclosed one is left in place and scanning
 * resumes after its opening tag.
 */
function scriptEnd(
  html: string, n: number, find: (needle: string, from: number) => number, memo: Map<string, number>,
  keep: (attrs: string) => boolean, flushBefore: () => void, skipTo: (to: number) => void,
): number {
  const gt = find(">", n);
  if (gt === -1) return html.length;
  let from = gt + 1;
  for (;;) {
    const c = findCloseScript(html, from, find, memo);
    if (c === -1) return gt + 1;
    let e = c + 8; // after `</script`
    while (isSpace(html[e])) e++;
    if (html[e] === ">") {
      if (!keep(html.slice(n, gt))) {
        flushBefore();
        skipTo(e + 1);
      }
      return e + 1;
    }
    from = c + 8;
  }
}

/** Next `</script` (any case) at or after `from`, memoised under the key "</script". */
function findCloseScript(html: string, from: number, find: (needle: string, from: number) => number, memo: Map<string, number>): number {
  const last = memo.get("</script");
  if (last !== undefined && (last === -1 || last >= from)) return last;
  let hit = -1;
  for (let at = find("</", from); at !== -1; at = find("</", at + 2)) {
    if (html.slice(at + 2, at + 8).toLowerCase() === "script") {
      hit = at;
      break;
    }
  }
  memo.set("</script", hit);
  return hit;
}
