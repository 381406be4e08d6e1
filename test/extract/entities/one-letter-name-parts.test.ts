// A one-syllable Chinese given name is one capital letter in Russian (`Ван И` is Wang Yi): after a
// capitalised word it is part of the name, as a Latin initial is. Near miss: Russian initials after a
// family name (`Путин В. В.`) are no part of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person } from "./mentions.ts";

const persons = (text: string) => run(text, "ru").filter((m) => m.type === "person");

test("ru: a one-letter given name after a family name", () => {
  const ms = persons("Глава МИД КНР Ван И провел переговоры с Сергеем Лавровым.");
  assert.deepEqual(ms.map((m) => [m.surface, m.ref]), [["Ван И", person("Wang Yi")], ["Сергеем Лавровым", person("Sergey Lavrov")]]);
  assert.deepEqual(persons("Ван И заявил журналистам, что Китай готов.").map((m) => m.ref), [person("Wang Yi")]);
});

test("near miss: initials after a family name", () => {
  assert.deepEqual(persons("Президент Путин В. В. выступил с обращением.").map((m) => [m.surface, m.ref]), [["Путин", person("Vladimir Putin")]]);
});
