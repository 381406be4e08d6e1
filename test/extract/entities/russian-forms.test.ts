// Russian declines country adjectives and names: `Южной Кореи` is South Korea (its case forms are
// listed in data/countries-extra.tsv), not the start of a person's name; and a man's full name read
// only in the instrumental (`с Мохамадом Хасаном`) is recorded under its nominative, so it meets
// the other scripts' spellings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";
import { russianNominative } from "../../../src/resolve/names.ts";

test("ru: country names with a short adjective are countries in their case forms, and the name after them is the person", () => {
  for (const [text, country, name] of [
    ["Лавров провёл переговоры с министром иностранных дел Южной Кореи Чо Хёном в Москве.", "country:KR", "Чо Хёном"],
    ["В Южную Корею прибыл министр торговли Новой Зеландии Тодд Маклей.", "country:NZ", "Тодд Маклей"],
  ]) {
    const ms = run(text, "ru");
    assert.ok(ms.some((m) => m.type === "country" && m.ref === country), `${country} in ${text}`);
    assert.ok(ms.some((m) => m.type === "person" && m.surface === name), `${name}: ${JSON.stringify(ms.map((m) => [m.type, m.surface]))}`);
  }
  // A portfolio in lower-case words between the title and the country carries the title on.
  const minister = run("Министр сельского хозяйства Вьетнама Нгуен Хонг Зиен прибыл в Москву.", "ru").find((m) => m.type === "person");
  assert.equal(minister?.surface, "Нгуен Хонг Зиен");
  assert.equal(minister?.role, "Министр сельского хозяйства Вьетнама");
  // Near miss: lower-case words that reach a city, not a country or organisation, are no portfolio.
  assert.ok(!run("Министр заявил журналистам Москвы, что визит важен.", "ru").some((m) => m.type === "person"));
  // Near miss: a noun in the genitive with the same letters as an adjective ending (`Кореи`) is still Korea.
  assert.ok(run("Премьер-министр Северной Кореи прибыл.", "ru").some((m) => m.ref === "country:KP"));
  // Near miss: a noun whose genitive looks like a short adjective (`Китая`) is still its country.
  const china = run("Министр обороны Китая Дун Цзюнь прибыл в Москву.", "ru");
  assert.ok(china.some((m) => m.ref === "country:CN") && china.some((m) => m.type === "person" && m.surface === "Дун Цзюнь"), JSON.stringify(china.map((m) => [m.type, m.surface])));
});

test("ru: a full name only in the instrumental is named in the nominative; a nominative ending in -ом is left alone", () => {
  const only = run("Лавров встретился в Москве с министром иностранных дел Малайзии Мохамадом Хасаном.", "ru").find((m) => m.type === "person");
  assert.equal(only?.name, "Мохамад Хасан");
  assert.equal(russianNominative("Бахтиёром Саидовым"), "Бахтиёр Саидов");
  assert.equal(russianNominative("Андреем Руденко"), "Андрей Руденко", "an indeclinable family name beside a declined given name");
  assert.equal(russianNominative("Ислом Каримов"), null, "a nominative whose given name ends in -ом");
  assert.equal(russianNominative("Санаэ Такаити"), null, "nothing declined");
  assert.equal(russianNominative("Хасаном"), null, "one word says too little");
});

test("ru: an Arabic article assimilated to the next letter (`ас-Сиси`, `ад-Дин`, `аш-Шараа`) is part of the name", () => {
  const ms = run("Президент России Владимир Путин провел переговоры с президентом Египта Абдель Фаттахом ас-Сиси.", "ru").filter((m) => m.type === "person");
  assert.deepEqual(ms.map((m) => m.surface), ["Владимир Путин", "Абдель Фаттахом ас-Сиси"]);
});
