import { test } from "node:test";
import assert from "node:assert/strict";
import { looksLikeFeed, splitFeed } from "../../src/ingest/feed.ts";
import { toDecodedInput } from "../../src/ingest/read.ts";
import { InputError } from "../../src/ingest/errors.ts";

const enc = new TextEncoder();
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Thời sự</title><link>https://tin.example/</link>
<item>
  <title>Thủ tướng dự Hội nghị Cấp cao ASEAN-Hàn Quốc &amp; đối tác</title>
  <link>https://tin.example/thu-tuong-du-hoi-nghi-20251027093000123.htm</link>
  <pubDate>Mon, 27 Oct 2025 09:30:00 +0700</pubDate>
  <description>&lt;p&gt;Tóm tắt ngắn.&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>Chiều 27/10, tại Kuala Lumpur, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 26 và phát biểu về ba định hướng lớn.</p><p>Hai bên nhất trí nâng cấp Hiệp định Thương mại tự do ASEAN-Hàn Quốc.</p><script>alert(1)</script>]]></content:encoded>
</item>
<item>
  <title>Bản tin không có liên kết</title>
  <description>Tin vắn: Bộ Ngoại giao thông báo lịch làm việc của đoàn đại biểu trong tuần tới tại Hà Nội.</description>
</item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Nieuws</title>
  <entry>
    <title type="html">ASEAN en Korea versterken banden</title>
    <link rel="self" href="https://nieuws.example/api/1"/>
    <link rel="alternate" type="text/html" href="https://nieuws.example/asean-korea"/>
    <published>2025-10-27T10:00:00Z</published>
    <summary type="html">&lt;p&gt;De leiders van ASEAN en Korea kwamen in Kuala Lumpur bijeen en spraken af de handel verder uit te breiden.&lt;/p&gt;</summary>
  </entry>
</feed>`;

test("RSS and Atom are recognised; HTML and text are not", () => {
  assert.ok(looksLikeFeed(enc.encode(RSS), "x.xml"));
  assert.ok(looksLikeFeed(enc.encode(ATOM), "feed"));
  assert.ok(!looksLikeFeed(enc.encode("<!doctype html><html><script>'<rss'</script></html>"), "a.html"));
  assert.ok(!looksLikeFeed(enc.encode("Plain text mentioning <rss> tags."), "a.txt"));
});

test("one RSS item → one HTML input carrying title, link and date", () => {
  const items = splitFeed(enc.encode(RSS), "feeds/thoisu.rss");
  assert.equal(items.length, 2);
  assert.equal(items[0]!.source, "https://tin.example/thu-tuong-du-hoi-nghi-20251027093000123.htm");
  assert.equal(items[1]!.source, "feeds/thoisu.rss#2", "an item without a link is named after the feed");
  const d = toDecodedInput(items[0]!.source, items[0]!.bytes);
  assert.equal(d.format, "html");
  assert.equal(d.title, "Thủ tướng dự Hội nghị Cấp cao ASEAN-Hàn Quốc & đối tác");
  assert.equal(d.url, "https://tin.example/thu-tuong-du-hoi-nghi-20251027093000123.htm");
  assert.equal(d.published, "2025-10-27");
  assert.match(d.text, /Chiều 27\/10, tại Kuala Lumpur/);
  assert.match(d.text, /lần thứ 26 và phát biểu về ba định hướng lớn\.\n\nHai bên/);
  assert.ok(!d.text.includes("alert"));
  const short = toDecodedInput(items[1]!.source, items[1]!.bytes);
  assert.match(short.text, /Bộ Ngoại giao thông báo/);
});

test("Atom entries use the alternate link and the published date", () => {
  const [item] = splitFeed(enc.encode(ATOM), "nieuws.atom");
  assert.equal(item!.source, "https://nieuws.example/asean-korea");
  const d = toDecodedInput(item!.source, item!.bytes);
  assert.equal(d.published, "2025-10-27");
  assert.equal(d.title, "ASEAN en Korea versterken banden");
  assert.match(d.text, /De leiders van ASEAN en Korea kwamen in Kuala Lumpur bijeen/);
});

test("a broken feed is an InputError naming the file", () => {
  assert.throws(() => splitFeed(enc.encode(`<rss><channel><item><title>x</title></item></channel`), "broken.rss"), (e: unknown) => e instanceof InputError && e.source === "broken.rss");
});
