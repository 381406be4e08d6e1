// `President Stubb` in one report and `Alexander Stubb` in another are one person, in either order,
// when the full name is the only one stored with that family name and both reports share a
// country. Near misses stay apart: two stored people with the family name, family names many
// people share (`Kim`), and a report with no country in common.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ingestedPeople, type Person } from "./ingested-people.ts";


const people = ingestedPeople;

const FULL = "HELSINKI, May 3 - Finnish President Alexander Stubb met South Korean President Lee Jae-myung in Seoul on Tuesday to discuss defence cooperation.\n";
const SHORT = "SEOUL, May 4 - President Stubb of Finland told reporters in Seoul that Finland and South Korea would expand defence cooperation.\n";

test("a family name after a title joins the one stored full name ending with it, whichever report comes first", () => {
  for (const files of [{ "1.txt": FULL, "2.txt": SHORT }, { "1.txt": SHORT, "2.txt": FULL }]) {
    const found = people(files).filter((p) => p.aliases.some((a) => /Stubb/.test(a)));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].name, "Alexander Stubb");
    assert.ok(found[0].aliases.includes("Stubb"));
  }
});

test("near misses: two stored people with the family name, a shared Korean family name, no country in common", () => {
  const two = people({
    "1.txt": "COPENHAGEN - Danish Foreign Minister Lars Lokke Rasmussen met Indonesian Foreign Minister Sugiono on Monday.\n",
    "2.txt": "COPENHAGEN - Danish Trade Minister Morten Bodskov Rasmussen met Indonesian officials on Monday.\n",
    "3.txt": "JAKARTA - Minister Rasmussen of Denmark said Indonesia and Denmark would sign a deal.\n",
  });
  const alone = two.find((p) => p.aliases.length === 1 && p.aliases[0] === "Rasmussen");
  assert.ok(alone, `two Rasmussens stored: the short one stays apart ${JSON.stringify(two.map((p) => p.aliases))}`);

  const kims = people({
    "1.txt": "SEOUL - South Korean Industry Minister Kim Jung-kwan met Vietnamese Trade Minister Nguyen Hong Dien in Hanoi.\n",
    "2.txt": "HANOI - Minister Kim of South Korea said Vietnam and South Korea would expand trade.\n",
  });
  const kim = kims.find((p) => p.aliases.includes("Kim Jung-kwan"));
  assert.ok(kim && !kim.aliases.includes("Kim"), JSON.stringify(kims.map((p) => p.aliases)));

  const apart = people({ "1.txt": FULL, "2.txt": "President Stubb opened the new stadium in the city on Sunday.\n" });
  assert.equal(apart.filter((p) => p.aliases.some((a) => /Stubb/.test(a))).length, 2, "no country in common");
});
