// Demonyms stand for the state in news (`le ministre polonais`, `der türkische Präsident`,
// `польский министр`, `الرئيس الفنلندي`); words that merely begin like one do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs } from "./mentions.ts";

const countries = (text: string, lang: string) => refs(run(text, lang), "country");

test("fr, de, ru, ar: demonyms of states the tables did not cover", () => {
  assert.deepEqual(countries("Le ministre polonais a rencontré son homologue turc et la présidente suisse.", "fr"), new Set(["country:PL", "country:TR", "country:CH"]));
  assert.deepEqual(countries("Der polnische Außenminister traf den türkischen Präsidenten und die schwedische Ministerin.", "de"), new Set(["country:PL", "country:TR", "country:SE"]));
  assert.deepEqual(countries("Польский министр встретился с турецким коллегой и финским послом.", "ru"), new Set(["country:PL", "country:TR", "country:FI"]));
  assert.deepEqual(countries("التقى الرئيس الفنلندي نظيره الكازاخستاني والوزيرة السنغافورية.", "ar"), new Set(["country:FI", "country:KZ", "country:SG"]));
});

test("near misses: words that only begin like a demonym, and a nisba that is a common word", () => {
  assert.equal(countries("Elle portait une robe turquoise.", "fr").size, 0);
  assert.equal(countries("Финансовый рынок вырос.", "ru").size, 0);
  assert.equal(countries("وقال إن التعاون المالي والاقتصادي مهم.", "ar").size, 0);
  // A bare compass word is no demonym: "the South" is neither Korea nor any state.
  assert.deepEqual(countries("South Africa and Brazil spoke for the Global South, officials from the South said.", "en"), new Set(["country:ZA", "country:BR"]));
});
