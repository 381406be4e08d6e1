// A name may start right after a country or office abbreviation: one the tables know (`главы МИД РФ
// Сергей Лавров`) or not (`министр иностранных дел РК Чо Хён`, `Menteri BUMN Erick Thohir`), which
// then belongs to the role. A Russian patronymic is part of the mention but not of the person's name
// (`Сергей Викторович Лавров` is Sergey Lavrov). Near misses: a well-known name that starts with
// capitals (`JD Vance`) keeps them, and a Serbian family name ending like a patronymic stays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person } from "./mentions.ts";

const persons = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person");

test("ru: a name after a country abbreviation, known or not", () => {
  const ms = persons("Глава МИД РФ Сергей Лавров и министр иностранных дел РК Чо Хён провели переговоры.", "ru");
  assert.deepEqual(ms.map((m) => [m.surface, m.role]), [["Сергей Лавров", "Глава МИД РФ"], ["Чо Хён", "министр иностранных дел РК"]]);
  assert.deepEqual(persons("Постпред РФ при ООН Василий Небензя выступил.", "ru").map((m) => [m.surface, m.role]), [["Василий Небензя", "Постпред РФ при ООН"]]);
  assert.deepEqual(persons("Как сообщил МИД РФ, Сергей Лавров прибыл в Джакарту.", "ru").map((m) => m.surface), ["Сергей Лавров"]);
});

test("id: an office abbreviation between a title and a name", () => {
  assert.deepEqual(persons("Menteri BUMN Erick Thohir bertemu investor.", "id").map((m) => [m.surface, m.role]), [["Erick Thohir", "Menteri BUMN"]]);
});

test("ru: the patronymic is no part of the person's name", () => {
  const ms = persons("Министр иностранных дел РФ Сергей Викторович Лавров встретился с замглавы МИД Андреем Юрьевичем Руденко. Андрей Руденко добавил.", "ru");
  assert.equal(ms[0].ref, person("Sergey Lavrov"));
  assert.equal(ms[0].surface, "Сергей Викторович Лавров");
  assert.equal(new Set(ms.slice(1).map((m) => m.ref)).size, 1, ms.map((m) => m.ref).join(", "));
});

test("near misses: a known name starting with capitals, a family name ending like a patronymic", () => {
  assert.deepEqual(persons("Vice President JD Vance arrived.", "en").map((m) => m.surface), ["JD Vance"]);
  assert.deepEqual(persons("Президент Сербии Александр Вучич выступил.", "ru").map((m) => m.surface), ["Александр Вучич"]);
});
