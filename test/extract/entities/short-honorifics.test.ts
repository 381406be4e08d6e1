// Later short mentions with an honorific or title resolve to the full name of the same document:
// Japanese `武藤氏`/`武藤経産相`, Korean `여 본부장`, a foreign name's last word `지엔 장관`, Chinese
// `王部长`. A ministry before a title is no person (`商务部部长`), and a short form two people share
// is left to no one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const people = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person");

test("ja: minister titles after the name; 氏 and a short title join the full name", () => {
  const ms = people("武藤容治経済産業相は3日、ベトナムのグエン・ホン・ジエン商工相と会談した。武藤氏は協力を強調した。武藤経産相はまた、", "ja");
  const muto = ms.filter((m) => m.surface.startsWith("武藤"));
  assert.deepEqual(muto.map((m) => m.surface), ["武藤容治", "武藤", "武藤"]);
  assert.equal(new Set(muto.map((m) => m.ref)).size, 1);
  assert.ok(ms.some((m) => m.surface === "グエン・ホン・ジエン" && m.role === "商工相"));
});

test("ko: surname alone before a title, and a foreign name's last word, join the full name", () => {
  const ms = people("여한구 통상교섭본부장은 3일 베트남의 응우옌 홍 지엔 산업무역부 장관과 회담했다. 여 본부장은 협력을 강조했다. 지엔 장관은 환영했다.", "ko");
  const yeo = ms.filter((m) => m.surface.startsWith("여"));
  assert.equal(yeo.length, 2);
  assert.equal(new Set(yeo.map((m) => m.ref)).size, 1);
  const dien = ms.filter((m) => /지엔/.test(m.surface));
  assert.equal(new Set(dien.map((m) => m.ref)).size, 1, JSON.stringify(dien.map((m) => [m.surface, m.ref])));
  // Two people named 김: `김 장관` is left to no one.
  const two = people("김정관 산업통상자원부 장관과 김민석 국무총리가 만났다. 김 장관은 수출을 강조했다.", "ko");
  assert.ok(!two.some((m) => m.surface === "김"));
});

test("zh: a ministry before a title is the title's; 王部长 is the 王 of this report", () => {
  const ms = people("商务部部长王文涛3日会见越南工贸部长阮鸿延。王文涛表示，双方应加强合作。王部长还指出，", "zh");
  assert.ok(!ms.some((m) => m.surface === "商务部"), "商务部 is the ministry");
  const wang = ms.filter((m) => m.surface.startsWith("王"));
  assert.deepEqual(wang.map((m) => m.surface), ["王文涛", "王文涛", "王"]);
  assert.equal(new Set(wang.map((m) => m.ref)).size, 1);
  assert.ok(!people("韩正会见韩国外长。韩外长表示感谢。", "zh").some((m) => m.surface === "韩"), "韩外长 is Korea's foreign minister");
});
