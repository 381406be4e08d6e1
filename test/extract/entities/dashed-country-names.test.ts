// Country names written with a dash match with any dash, spaced or not: Russian `Папуа — Новая Гвинея`
// (CLDR's em dash), `Папуа - Новой Гвинеи`, `Папуа-Новая Гвинея` are Papua New Guinea, not Guinea, and
// `Гвинея-Бисау`, `Тимор-Лешти` are Guinea-Bissau and Timor-Leste; the same in French. Near misses:
// Guinea alone stays Guinea, the island New Guinea is a place, and an em dash between two names that
// are not one name joins nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs } from "./mentions.ts";

const codes = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "country").map((m) => m.ref.slice(8));

test("ru: dashed country names with any dash", () => {
  assert.deepEqual(codes("Премьер-министр Папуа — Новой Гвинеи встретился с президентом.", "ru"), ["PG"]);
  assert.deepEqual(codes("Папуа - Новая Гвинея и Гвинея-Бисау подписали соглашение, как и Тимор-Лешти.", "ru"), ["PG", "GW", "TL"]);
  assert.deepEqual(codes("Делегация Папуа-Новой Гвинеи прибыла в Москву.", "ru"), ["PG"]);
  assert.deepEqual(codes("La Papouasie — Nouvelle-Guinée et la Guinée-Bissau ont signé.", "fr"), ["PG", "GW"]);
});

test("near misses: Guinea alone, the island, an em dash between two names", () => {
  assert.deepEqual(codes("Президент Гвинеи встретился с премьером.", "ru"), ["GN"]);
  const island = run("Остров Новая Гвинея разделен между Индонезией и Папуа-Новой Гвинеей.", "ru");
  assert.ok(refs(island, "place").has("place:New Guinea"));
  assert.deepEqual(codes("Остров Новая Гвинея разделен между Индонезией и Папуа-Новой Гвинеей.", "ru"), ["ID", "PG"]);
  assert.deepEqual(codes("Вьетнам — Россия: переговоры продолжились.", "ru"), ["VN", "RU"]);
});

test("th: Timor-Leste and Guinea-Bissau with the dash or without it", () => {
  assert.deepEqual(codes("นายกรัฐมนตรีเยือนติมอร์-เลสเตและติมอร์เลสเตก่อนไปกินีบิสเซา", "th"), ["TL", "TL", "GW"]);
});
