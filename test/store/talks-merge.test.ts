// Talks have no series key: two reports of them, in two languages, naming different sets of
// participants and dated a day apart by their datelines, are one event when two people match.
// (A headline of `leaders` holding talks would make them a summit: see leaders-talks.test.ts.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { listEvents } from "../../src/store/read.ts";
import { storeOfTexts } from "../store-batches.ts";

const EN = `Viet Nam, Mongolia prime ministers hold talks

ULAANBAATAR, November 12, 2025 (VNA) - Vietnamese Prime Minister Pham Minh Chinh held talks with Mongolian Prime Minister Gombojav Zandanshatar in Ulaanbaatar on November 12, focusing on trade and energy.
`;
const VI = `Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Mông Cổ

Thứ Tư, 12/11/2025 08:00 (GMT+7)

Chiều 11/11, tại Ulan Bato, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Mông Cổ Gombojav Zandanshatar.
`;
const OTHER = `Mongolian Prime Minister meets Japanese envoy

ULAANBAATAR, November 12, 2025 (Montsame) - Prime Minister Gombojav Zandanshatar held talks with Japanese Foreign Minister Motegi Toshimitsu in Ulaanbaatar on November 12.
`;

function talks(docs: [string, string][]) {
  return listEvents(storeOfTexts(docs)).filter((e) => e.type === "talks");
}

test("English and Vietnamese reports of one talks, a day apart, are one event", () => {
  for (const order of [[["en.txt", EN], ["vi.txt", VI]], [["vi.txt", VI], ["en.txt", EN]]] as [string, string][][]) {
    const evs = talks(order);
    assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.name, e.date])));
    assert.equal(evs[0]!.country, "MN");
  }
});

test("other talks of one of the people on the same day stay apart", () => {
  assert.equal(talks([["en.txt", EN], ["other.txt", OTHER]]).length, 2);
});

// The guest's name is written in Han in one report and in Latin letters in the other, and no table
// links them: the countries, the day and the host still say one meeting.
const EN_TH = `China, Thailand foreign ministers hold talks

BEIJING, November 25, 2025 (Xinhua) - Chinese Foreign Minister Wang Yi held talks with Thai Foreign Minister Sihasak Phuangketkeow in Beijing on Tuesday, discussing trade and the Mekong.
`;
const ZH_TH = `王毅同泰国外长会谈

2025年11月25日 20:10

11月25日，中共中央政治局委员、外交部长王毅在北京同泰国外长西哈萨举行会谈。
`;
const ZH_MY = `王毅同马来西亚外长会谈

2025年11月25日 21:10

11月25日，外交部长王毅在北京同马来西亚外长哈桑举行会谈。
`;

test("reports of one talks whose guest is not linked across scripts are one event by their countries", () => {
  for (const order of [[["en.txt", EN_TH], ["zh.txt", ZH_TH]], [["zh.txt", ZH_TH], ["en.txt", EN_TH]]] as [string, string][][]) {
    const evs = talks(order);
    assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.name, e.date, e.country])));
    assert.equal(evs[0]!.country, "CN");
  }
});

test("talks of the same host on the same day with another guest country stay apart", () => {
  assert.equal(talks([["en.txt", EN_TH], ["my.txt", ZH_MY]]).length, 2);
});

// One report calls the leaders' meeting talks of the leaders (a summit), the other talks (`hội đàm`):
// reports of one story, the same day and host, are one meeting whatever kind each names.
const EN_LEADERS = `Viet Nam, Mongolia leaders meet in Ulaanbaatar

ULAANBAATAR, November 12, 2025 (VNA) - The leaders of Viet Nam and Mongolia held talks in Ulaanbaatar on November 12. Vietnamese Prime Minister Pham Minh Chinh and Mongolian Prime Minister Gombojav Zandanshatar focused on trade and energy. Two-way trade reached US$1.2 billion in 2024, and the two sides aim to raise it to US$3 billion by 2030.
`;
const VI_TALKS = `Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Mông Cổ

Thứ Tư, 12/11/2025 08:00 (GMT+7)

Chiều 12/11, tại Ulan Bato, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Mông Cổ Gombojav Zandanshatar. Kim ngạch thương mại song phương năm 2024 đạt 1,2 tỷ USD; hai bên phấn đấu nâng lên 3 tỷ USD vào năm 2030.
`;
test("a summit in one report and talks in another of the same story are one event", () => {
  for (const order of [[["en.txt", EN_LEADERS], ["vi.txt", VI_TALKS]], [["vi.txt", VI_TALKS], ["en.txt", EN_LEADERS]]] as [string, string][][]) {
    const db = storeOfTexts(order);
    const stories = new Set((db.prepare("SELECT story FROM documents").all() as { story: string }[]).map((r) => r.story));
    assert.equal(stories.size, 1);
    const evs = listEvents(db).filter((e) => e.type === "talks" || e.type === "summit");
    assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.name])));
    assert.equal(evs[0]!.country, "MN");
    assert.equal(evs[0]!.date, "2025-11-12");
  }
});

test("talks and a summit of other stories on the same day stay apart", () => {
  const evs = listEvents(storeOfTexts([["en.txt", EN_LEADERS], ["other.txt", OTHER]])).filter((e) => e.type === "talks" || e.type === "summit");
  assert.equal(evs.length, 2);
});
