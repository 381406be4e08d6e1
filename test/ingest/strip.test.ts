import { test } from "node:test";
import assert from "node:assert/strict";
import { stripNonArticle } from "../../src/ingest/strip.ts";
import { extractHtml } from "../../src/ingest/html.ts";
import { wrapHtml } from "../../bench/corpus/html.ts";
import { rng } from "../../bench/corpus/generate.ts";

const P1 = "Hội nghị cấp cao ASEAN và Hàn Quốc được tổ chức tại Kuala Lumpur với nhiều kết quả quan trọng cho khu vực.";
const P2 = "Hai bên nhất trí nâng kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030.";
const page = (inner: string) => `<html><head><title>Tin</title></head><body><article><p>${P1}</p>${inner}<p>${P2}</p></article></body></html>`;

test("the pre-pass removes scripts, comments, styles and furniture, keeping JSON-LD and the article", () => {
  const html = `<head><script type="application/ld+json">{"datePublished":"2025-10-27"}</script><SCRIPT src=a.js></SCRIPT >`
    + `<style>p{}</style></head><body><!-- note --><nav><nav>inner</nav>outer</nav><svg/><p>Tekst</p><aside>x</aside></body>`;
  assert.equal(stripNonArticle(html), `<head><script type="application/ld+json">{"datePublished":"2025-10-27"}</script></head><body><p>Tekst</p></body>`);
  // a script holding `<!--` and `</div>` is one script; a stray closing tag is left to the parser
  assert.equal(stripNonArticle(`<p>a</p><script>var s = "<!-- </div>";</script></nav><p>b</p>`), `<p>a</p></nav><p>b</p>`);
});

test("unclosed scripts, comments and elements are left for the parser and keep the article text", () => {
  assert.equal(stripNonArticle(`<p>a</p><script>x()`), `<p>a</p><script>x()`);
  assert.equal(stripNonArticle(`<p>a</p><aside><p>b</p><!-- c --><p>d</p>`), `<p>a</p><aside><p>b</p><p>d</p>`);
  const script = extractHtml(page(`<script>var a = "<p>never</p>";`));
  assert.match(script.text, /Kuala Lumpur/);
  const comment = extractHtml(`<html><body><article><p>${P1}</p><p>${P2}</p><!-- never ends <p>hidden</p>`);
  assert.equal(comment.text, `${P1}\n\n${P2}`);
});

test("hostile markup keeps the article text", () => {
  const bigAttr = extractHtml(page(`<img src="data:image/png;base64,${"A".repeat(1_000_000)}">`));
  assert.equal(bigAttr.text, `${P1}\n\n${P2}`);
  const unclosedAttr = stripNonArticle(`<p>${P1}</p><nav class="${"x".repeat(300_000)}`);
  assert.ok(unclosedAttr.startsWith(`<p>${P1}</p>`));
  // Thousands of openers without a close: each search is memoised, so this is one pass.
  for (const opener of ["<script>", "<!--", "<nav>", "<style "]) {
    const s = stripNonArticle(`<p>${P1}</p>${opener.repeat(50_000)}`);
    assert.ok(s.startsWith(`<p>${P1}</p>`), opener);
  }
  const manyScripts = extractHtml(page(`${"<script>x()</script>".repeat(20_000)}`));
  assert.equal(manyScripts.text, `${P1}\n\n${P2}`);
});

test("generated news pages give back their paragraphs, headline, url and date", () => {
  const cases = [
    {
      language: "de", headline: "Asean und Korea vertiefen Zusammenarbeit", agency: "dpa",
      paragraphs: [["Die Staats- und Regierungschefs trafen sich in Kuala Lumpur.", "Sie vereinbarten mehr Handel."], ["Der Handel erreichte 208,2 Milliarden US-Dollar."], ["Präsident Lee sagte, Korea unterstütze die Asean."], ["Bis 2030 sollen neue Ziele gelten."]],
    },
    {
      language: "fr", headline: "Hanoï et Séoul signent un accord sur les semi-conducteurs", agency: "AFP",
      paragraphs: [["Le Vietnam et la Corée du Sud ont signé jeudi à Hanoï un accord de coopération sur les semi-conducteurs."], ["Les échanges bilatéraux ont atteint 86,4 milliards de dollars l'an dernier.", "Les deux pays visent 150 milliards d'ici 2030."], ["La prochaine réunion aura lieu à Séoul en mars."]],
    },
  ];
  for (const [k, c] of cases.entries()) {
    const html = wrapHtml({ index: k, date: "2025-10-27", related: ["Autre titre", "Encore un titre"], rand: rng(k + 1), ...c });
    const x = extractHtml(html);
    const paras = c.paragraphs.map((p) => p.join(" "));
    // the page puts a captioned photo after the second paragraph
    paras.splice(2, 0, `${c.headline} (Photo: ${c.agency})`);
    assert.equal(x.text, paras.join("\n\n"));
    assert.equal(x.title, c.headline);
    assert.equal(x.url, `https://news.example.org/${c.language}/diplomacy/${k}-20251027.html`);
    assert.equal(x.published, "2025-10-27");
  }
});

test("hidden blocks stay out of the article, styled visible ones stay in", () => {
  const para = (attrs: string, s: string) => `<p ${attrs}>${s}</p>`;
  const x = extractHtml(`<html><body><article>${para("", P1)}`
    + para(`style="display: none"`, "Verborgen: dieser Absatz wird nicht angezeigt und gehört nicht zum Artikel über den Gipfel.")
    + para("hidden", "Versteckt: auch dieser Absatz über die Wirtschaftsbeziehungen wird nie angezeigt.")
    + para(`aria-hidden="true"`, "Unsichtbar: ein Absatz, den Screenreader und Leser nicht sehen sollen, über Handel.")
    + para(`style="color: #333"`, P2) + `</article></body></html>`);
  assert.equal(x.text, `${P1}\n\n${P2}`);
});
