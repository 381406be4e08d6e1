import { test } from "node:test";
import assert from "node:assert/strict";
import { extractHtml, looksLikeHtml } from "../../src/ingest/html.ts";
import { toDecodedInput } from "../../src/ingest/read.ts";
import { InputError } from "../../src/ingest/errors.ts";

const para = (s: string) => `<p>${s}</p>`;
const ARTICLE = `<!DOCTYPE html>
<html lang="de"><head>
<meta charset="utf-8">
<title>Gipfel in Kuala Lumpur | Beispiel-Zeitung</title>
<meta property="og:title" content="Asean und Korea vertiefen Zusammenarbeit">
<link rel="canonical" href="https://zeitung.example/politik/asean-korea-gipfel">
<meta property="article:published_time" content="2025-10-27T09:15:00+07:00">
<style>p { color: red }</style>
<script>window.tracking = "Dieser Text darf nie erscheinen";</script>
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a> Navigationstext</nav>
<!-- Kommentar: interner Hinweis -->
<article>
<h1>Asean und Korea vertiefen Zusammenarbeit</h1>
${para("Die Staats- und Regierungschefs der Asean und Südkoreas haben sich am Montag in Kuala Lumpur getroffen und eine engere Zusammenarbeit in Handel, Energie und digitaler Wirtschaft vereinbart.")}
${para("Der bilaterale Handel erreichte im vergangenen Jahr 208,2 Milliarden US-Dollar.<br>Beide Seiten wollen bis 2030 neue Ziele setzen, hieß es in einer gemeinsamen Erklärung.")}
<img src="x.jpg" onerror="alert('xss')">
${para("Präsident Lee Jae-myung sagte, Korea unterstütze die zentrale Rolle der Asean in der Region und werde die Digitalakademie weiter finanzieren.")}
<script>document.write("eingeschleuster Text")</script>
</article>
<footer>© 2025 Beispiel-Zeitung. Alle Rechte vorbehalten.</footer>
</body></html>`;

test("article text, headline, canonical url and date from a news page", () => {
  const x = extractHtml(ARTICLE);
  assert.equal(x.title, "Asean und Korea vertiefen Zusammenarbeit");
  assert.equal(x.url, "https://zeitung.example/politik/asean-korea-gipfel");
  assert.equal(x.published, "2025-10-27");
  assert.match(x.text, /^Die Staats- und Regierungschefs/);
  assert.match(x.text, /Dollar\.\nBeide Seiten/, "a <br> is a line break");
  assert.match(x.text, /Erklärung\.\n\nPräsident/, "paragraphs are separated by a blank line");
  for (const bad of ["tracking", "eingeschleuster", "Navigationstext", "Startseite", "Rechte vorbehalten", "interner Hinweis", "color: red", "alert"]) {
    assert.ok(!x.text.includes(bad), `"${bad}" leaked into the text`);
  }
});

test("dates from JSON-LD, <time datetime> and meta name=date", () => {
  const body = `<body><article>${para("Một đoạn văn đủ dài về hội nghị cấp cao ASEAN và Hàn Quốc được tổ chức tại Kuala Lumpur với nhiều kết quả quan trọng cho khu vực.")}</article></body>`;
  const ld = extractHtml(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Tin","datePublished":"2024-04-04T08:00:00+07:00"}]}</script></head>${body}</html>`);
  assert.equal(ld.published, "2024-04-04");
  const time = extractHtml(`<html><head></head><body><article><time datetime="2023-12-30">30/12</time>${para("Một đoạn văn đủ dài về hội nghị cấp cao ASEAN và Hàn Quốc được tổ chức tại Kuala Lumpur với nhiều kết quả quan trọng.")}</article></body></html>`);
  assert.equal(time.published, "2023-12-30");
  const meta = extractHtml(`<html><head><meta name="date" content="Mon, 27 Oct 2025 10:00:00 +0700"><meta property="og:url" content="https://vnexpress.example/a-123.html"></head>${body}</html>`);
  assert.equal(meta.published, "2025-10-27");
  assert.equal(meta.url, "https://vnexpress.example/a-123.html");
});

test("broken and hostile HTML does not crash and keeps the text", () => {
  const unclosed = extractHtml(`<html><body><div><p>Premier Pham Minh Chinh ontmoette president Lee Jae Myung in Kuala Lumpur<p>Beide leiders spraken over handel<div><b>en investeringen`);
  assert.match(unclosed.text, /Premier Pham Minh Chinh ontmoette/);
  assert.match(unclosed.text, /en investeringen/);
  const deep = "<div>".repeat(20000) + "Diepe tekst over de ASEAN-top in Kuala Lumpur." + "</div>".repeat(10);
  const d = extractHtml(`<html><body>${deep}</body></html>`);
  assert.match(d.text, /Diepe tekst over de ASEAN-top/);
  const hostile = extractHtml(`<html><body><script>while(true){}</script><svg onload="x()"><text>svgtekst</text></svg><p onclick="evil()">Zichtbare zin over de samenwerking tussen Vietnam en Korea.</p><iframe src="javascript:alert(1)">iframetekst</iframe></body></html>`);
  assert.equal(hostile.text, "Zichtbare zin over de samenwerking tussen Vietnam en Korea.");
  assert.doesNotThrow(() => extractHtml("<<<>>><!-- unterminated comment <p>"));
  assert.doesNotThrow(() => extractHtml(""));
});

test("without an article Readability can find, the body minus furniture is used", () => {
  const x = extractHtml(`<html><head><title>Kort bericht</title></head><body><header>Menu Home</header><div>Vietnam en Korea tekenden 50 documenten.</div><aside>Advertentie</aside><footer>Contact</footer></body></html>`);
  assert.equal(x.text, "Vietnam en Korea tekenden 50 documenten.");
  assert.equal(x.title, "Kort bericht");
});

test("HTML is recognised by extension or by sniffing", () => {
  assert.ok(looksLikeHtml("anything", "a/b/page.HTM"));
  assert.ok(looksLikeHtml("  <!-- x --><!DOCTYPE html><html>", "noext"));
  assert.ok(!looksLikeHtml("Hello <b>world</b> in plain text", "note.txt"));
  const d = toDecodedInput("page.xhtml", new TextEncoder().encode(`<html><body><p>${"Les dirigeants ont signé un accord de coopération. ".repeat(5)}</p></body></html>`));
  assert.equal(d.format, "html");
  assert.throws(() => toDecodedInput("empty.html", new TextEncoder().encode("<html><body><script>x()</script></body></html>")), InputError);
});

test("elements by tag names: the same elements, in the same order, as linkedom's querySelectorAll", async () => {
  const { parseHTML } = await import("linkedom");
  const { elementsByTags } = await import("../../src/ingest/html.ts");
  const page = `<!DOCTYPE html><html lang="es"><head><title>Cumbre</title>
<script type="application/ld+json">{"datePublished":"2025-03-04"}</script><noscript><img src="a.jpg"></noscript></head>
<body><h1>España y Marruecos firman un acuerdo</h1><div><h2>Contexto</h2><p>El ministro <b>Albares</b> viajó a Rabat.</p>
<figure><img src="b.jpg"><figcaption>La firma</figcaption></figure><template><p>oculto</p><h2>no</h2></template>
<table><tr><td><p>Cifra: 1,2 millones</p></td></tr></table><script>var x = 1;</script></div><h2>Reacciones</h2></body></html>`;
  const { document } = parseHTML(page);
  // Readability also creates elements with upper-case names, which still match lower-case tags.
  const made = document.createElement("P");
  document.body.appendChild(made);
  const cases: Array<[unknown, string[]]> = [
    [document, ["script"]],
    [document, ["script", "noscript"]],
    [document, ["h1", "h2"]],
    [document.body, ["p"]],
    [document.body, ["img", "picture", "figure"]],
    [document.querySelector("div"), ["p", "td"]],
    [document.body, ["video"]],
  ];
  for (const [root, tags] of cases) {
    const r = root as { querySelectorAll(s: string): ArrayLike<unknown> };
    const mine = elementsByTags(root as Parameters<typeof elementsByTags>[0], tags);
    assert.deepEqual(mine, Array.from(r.querySelectorAll(tags.join(","))), tags.join(","));
  }
  assert.equal(elementsByTags(document.body as Parameters<typeof elementsByTags>[0], ["p"]).length, 3, "template content is not searched");
});

// A short article in a "sidebar" div: Readability's first attempt strips it as unlikely, finds
// too little text, restores the body from its snapshot and tries again.
const RETRY_PAGE = `<!DOCTYPE html><html lang="fr"><head><title>Visite à Hanoï</title><style>.x{}</style></head><body>
<div class="sidebar"><p>Le ministre des Affaires étrangères s'est rendu à Hanoï mardi pour une visite de deux jours.<br><br>Les deux pays ont signé un accord sur le commerce, d'un montant de 2 milliards d'euros, et un autre sur l'éducation.</p>
<noscript><img src="carte.jpg"></noscript><font>Photo : AFP</font></div>
<div class="comment"><p>Très bien.</p></div><script>var t = 1;</script></body></html>`;

test("the deferred body snapshot is the string Readability would have taken, and the retry reads the same article", async () => {
  const { parseHTML } = await import("linkedom");
  const { Readability } = await import("@mozilla/readability");
  const { preparedBodyHtml, readability, stripNonArticle } = await import("../../src/ingest/html.ts");
  for (const source of [RETRY_PAGE, stripNonArticle(RETRY_PAGE), stripNonArticle(ARTICLE)]) {
    // What stock Readability reads at the start of _grabArticle.
    const { document } = parseHTML(source);
    const reader = new Readability(document as unknown as Document) as unknown as { _grabArticle(): unknown; parse(): unknown };
    const grab = reader._grabArticle;
    let seen: string | null = null;
    reader._grabArticle = function (this: unknown) {
      seen ??= (document.body as unknown as { innerHTML: string }).innerHTML;
      return grab.call(this);
    };
    reader.parse();
    assert.ok(seen);
    assert.equal(preparedBodyHtml(source), seen);
  }
  const source = stripNonArticle(RETRY_PAGE);
  const eager = readability(parseHTML(source).document as unknown as Parameters<typeof readability>[0]);
  const deferred = readability(parseHTML(source).document as unknown as Parameters<typeof readability>[0], source);
  assert.match(deferred?.text ?? "", /un montant de 2 milliards d'euros/);
  assert.deepEqual(deferred, eager);
});

test("metadata selectors keep CSS semantics: rel and type match in any case, other values exactly; the first match counts", () => {
  const body = `<body><h1>Indonesia dan Australia perkuat kerja sama maritim</h1>${para("Menteri Luar Negeri Indonesia bertemu mitranya dari Australia di Jakarta pada hari Senin untuk membahas kerja sama maritim dan perdagangan senilai 2,5 miliar dolar AS.")}</body>`;
  const a = extractHtml(`<!DOCTYPE html><html lang="id"><head>
<meta property="OG:TITLE" content="Judul yang tidak dibaca">
<link rel="Canonical" href="https://berita.example/maritim">
<meta property="article:published_time" content="">
<meta property="article:published_time" content="2025-05-01T08:00:00+07:00">
<meta name="date" content="2025-04-30">
</head>${body}</html>`);
  assert.equal(a.url, "https://berita.example/maritim");
  assert.equal(a.title, "Indonesia dan Australia perkuat kerja sama maritim");
  assert.equal(a.published, "2025-04-30");
  const b = extractHtml(`<!DOCTYPE html><html lang="id"><head>
<meta property="og:url" content="https://berita.example/og">
<script type="Application/LD+JSON">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-06-02"}]}</script>
</head>${body}</html>`);
  assert.equal(b.url, "https://berita.example/og");
  assert.equal(b.published, "2025-06-02");
  // An unclosed <template> survives the pre-pass; selectors do not look inside it.
  const c = extractHtml(`<!DOCTYPE html><html lang="id"><head><meta name="date" content="2025-04-30"></head>${body.replace("</body>", "")}
<template><meta property="article:published_time" content="2019-01-01"><link rel="canonical" href="https://berita.example/lama"></body></html>`);
  assert.equal(c.published, "2025-04-30");
  assert.equal(c.url, null);
});
