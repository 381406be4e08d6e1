// Wraps an article's paragraphs in a realistic news page: everything around the <article> that a
// scraper saves (metadata, tracking scripts, styles, navigation, related links, comments, footer).
// Pages come out at 15–30 KB, of which the article is a few KB, like real news sites.

export interface PageParts {
  index: number;
  language: string;
  headline: string;
  /** YYYY-MM-DD */
  date: string;
  agency: string;
  paragraphs: string[][];
  related: string[];
  rand: () => number;
}

const SECTIONS = ["World", "Politics", "Business", "ASEAN", "Diplomacy", "Economy", "Asia-Pacific", "Opinion", "Video", "Photos", "Culture", "Sports"];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// A minified-looking analytics/ads bundle: pages carry several of these and extraction must skip them.
function trackingScript(r: () => number): string {
  const id = Math.floor(r() * 1e9).toString(36);
  const parts: string[] = [];
  for (let i = 0; i < 25; i++) {
    parts.push(`var _${id}${i}=function(a,b){return a&&a.push?a.push({e:"${id}",t:Date.now(),v:b||${i}}):null};`);
  }
  return `<script>!function(w,d){w.dataLayer=w.dataLayer||[];${parts.join("")}w.gtag=function(){dataLayer.push(arguments)};gtag("js",new Date());gtag("config","G-${id.toUpperCase()}")}(window,document);</script>`;
}

export function wrapHtml(p: PageParts): string {
  const r = p.rand;
  const slug = `${p.index}-${p.date.replace(/-/g, "")}`;
  const url = `https://news.example.org/${p.language}/diplomacy/${slug}.html`;
  const description = esc(p.paragraphs[0].join(" ").slice(0, 200));
  const nav = SECTIONS.map((s) => `<li class="nav-item"><a href="/${p.language}/${s.toLowerCase()}/">${s}</a></li>`).join("\n        ");
  const related = p.related.map((h, i) =>
    `<li class="related-item"><a href="/${p.language}/diplomacy/${p.index + i + 1}.html"><img src="/img/thumb/${p.index + i}.jpg" alt="" loading="lazy" width="120" height="80"><span>${esc(h)}</span></a></li>`).join("\n          ");
  const body: string[] = [];
  p.paragraphs.forEach((para, i) => {
    body.push(`<p>${esc(para.join(" "))}</p>`);
    if (i === 1) {
      body.push(`<figure class="article-photo"><img src="/img/${slug}-1.jpg" alt="${esc(p.headline)}" width="800" height="533"><figcaption>${esc(p.headline)} (Photo: ${p.agency})</figcaption></figure>`);
    }
    if (i === 3) body.push(`<div class="ad-slot" data-slot="inread-${i}"><script>window.adq=window.adq||[];adq.push({slot:"inread-${i}"});</script></div>`);
  });
  const comments = Array.from({ length: 3 + Math.floor(r() * 5) }, (_, i) =>
    `<li class="comment"><div class="comment-author">reader${Math.floor(r() * 10000)}</div><div class="comment-body">${esc(p.related[i % p.related.length])}</div><div class="comment-actions"><button>Like</button> <button>Reply</button></div></li>`).join("\n        ");
  const footerLinks = ["About us", "Contact", "Advertising", "Terms of use", "Privacy policy", "RSS", "Newsletter", "Careers"]
    .map((t) => `<a href="/${t.toLowerCase().replace(/\s+/g, "-")}">${t}</a>`).join(" | ");
  const styles = Array.from({ length: 40 }, (_, i) => `.c${i}{margin:${i % 7}px ${i % 5}px;padding:${i % 3}px;color:#${(0x222222 + i * 0x030303).toString(16)}}`).join("");

  return `<!DOCTYPE html>
<html lang="${p.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(p.headline)} | News Example</title>
  <meta name="description" content="${description}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${esc(p.headline)}">
  <meta property="og:description" content="${description}">
  <meta property="og:url" content="${url}">
  <meta property="og:image" content="https://news.example.org/img/${slug}-1.jpg">
  <meta property="og:site_name" content="News Example">
  <meta property="article:published_time" content="${p.date}T${String(Math.floor(r() * 24)).padStart(2, "0")}:15:00+07:00">
  <meta property="article:section" content="Diplomacy">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="canonical" href="${url}">
  <link rel="stylesheet" href="/static/css/main.8f3a2c.css">
  <style>${styles}</style>
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(p.headline)},"datePublished":"${p.date}","author":{"@type":"Organization","name":"${p.agency}"},"publisher":{"@type":"Organization","name":"News Example"}}</script>
  ${trackingScript(r)}
</head>
<body class="article-page">
  <!-- header: site chrome -->
  <header class="site-header">
    <a class="logo" href="/"><img src="/static/logo.svg" alt="News Example"></a>
    <form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form>
    <div class="header-date">${p.date}</div>
  </header>
  <nav class="main-nav">
    <ul>
        ${nav}
    </ul>
  </nav>
  <div class="breadcrumb"><a href="/">Home</a> › <a href="/${p.language}/diplomacy/">Diplomacy</a></div>
  <main class="container">
    <article class="article">
      <h1 class="article-title">${esc(p.headline)}</h1>
      <div class="article-meta"><span class="byline">${p.agency}</span> <time datetime="${p.date}">${p.date}</time></div>
      <div class="share"><a href="#" class="share-fb">Share</a> <a href="#" class="share-x">Post</a> <a href="#" class="share-mail">Email</a></div>
      <div class="article-body">
        ${body.join("\n        ")}
      </div>
      <p class="article-source">Source: ${p.agency}</p>
      <div class="tags"><a href="/tag/asean">ASEAN</a> <a href="/tag/diplomacy">Diplomacy</a> <a href="/tag/trade">Trade</a></div>
    </article>
    <aside class="sidebar">
      <h3>Related news</h3>
      <ul class="related">
          ${related}
      </ul>
      <div class="ad-slot" data-slot="sidebar"><script>adq.push({slot:"sidebar"});</script></div>
    </aside>
    <section class="comments">
      <h3>Comments (${p.related.length})</h3>
      <ul>
        ${comments}
      </ul>
      <form class="comment-form"><textarea name="c"></textarea><button>Send</button></form>
    </section>
  </main>
  <footer class="site-footer">
    <div class="footer-links">${footerLinks}</div>
    <p>© ${p.date.slice(0, 4)} News Example. All rights reserved. Reproduction without permission is prohibited.</p>
  </footer>
  ${trackingScript(r)}
  <script src="/static/js/vendor.4c1e9b.js" defer></script>
  <script src="/static/js/app.77d0aa.js" defer></script>
</body>
</html>
`;
}
