// A generic meeting word with its own day (`mantuvieron ayer jueves una reunión`, `nach einem Treffen
// am Donnerstag`) dates the undated event it points back to, and never joins a previous meeting
// recalled later with another date.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context } from "./helpers.ts";

test("a dated generic meeting word dates the visit it belongs to (de, es)", () => {
  const de = extractEvents(context("de",
    "Außenministerin Anita Weber hat bei ihrem ersten Besuch in Ghana eine engere Zusammenarbeit vereinbart. Nach einem Treffen mit Außenminister Samuel Ablakwa am Mittwoch in Accra kündigte Weber neue Kredite an.",
    [["Anita Weber", "person:anita weber"], ["Ghana", "country:GH", "Ghana"], ["Samuel Ablakwa", "person:samuel ablakwa"], ["Accra", "place:Accra", "Accra"]],
    { published: "2026-03-05" }));
  const visit = de.find((e) => e.type === "official_visit");
  assert.ok(visit, JSON.stringify(de.map((e) => [e.type, e.name])));
  assert.equal(visit.date, "2026-03-04");

  const es = extractEvents(context("es",
    "El canciller chileno, Pedro Rojas, y el canciller peruano, Hugo de Zela, mantuvieron ayer jueves en Lima una reunión de trabajo de cuatro horas. Se trató de la primera visita oficial de Rojas a Perú. La última reunión de cancilleres de ambos países se había celebrado en Santiago en marzo de 2025.",
    [["Pedro Rojas", "person:pedro rojas"], ["Hugo de Zela", "person:hugo de zela"], ["Lima", "place:Lima", "Lima"], ["Perú", "country:PE", "Peru"], ["Santiago", "place:Santiago", "Santiago"]],
    { published: "2026-03-06" }));
  const dated = es.filter((e) => e.date === "2026-03-05");
  assert.ok(dated.length >= 1, JSON.stringify(es.map((e) => [e.type, e.date, e.place])));
  // The previous meeting keeps its own month and place.
  assert.ok(!es.some((e) => e.date === "2025-03" && e.place === "Lima"), JSON.stringify(es.map((e) => [e.type, e.date, e.place])));
});
