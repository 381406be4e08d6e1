// A report whose news is a signing (`Japan and the Philippines on Monday signed …`) has that signing
// as its event, dated and placed by the dateline when the signing sentence names no place.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const S: Spec[] = [
  ["Japan", "country:JP", "Japan"], ["Philippines", "country:PH", "Philippines"], ["Japón", "country:JP", "Japan"], ["Filipinas", "country:PH", "Philippines"],
  ["Japon", "country:JP", "Japan"], ["Philippines", "country:PH", "Philippines"], ["Jepun", "country:JP", "Japan"], ["Filipina", "country:PH", "Philippines"],
  ["Reciprocal Access Agreement", "agreement:JP-PH RAA", "Reciprocal Access Agreement"],
];
// 2024-07-10 is a Wednesday: `Monday` is 8 July.
const rows = (lang: string, text: string) =>
  extractEvents(context(lang, text, S, { published: "2024-07-10", datelinePlace: "MANILA" })).map((e) => [e.type, e.date, e.place, e.country]);

test("a dated signing between two countries is the news, placed at the dateline", () => {
  assert.deepEqual(rows("en", "Japan and the Philippines on Monday signed the Reciprocal Access Agreement, allowing troops on each other's soil."),
    [["signing", "2024-07-08", "Manila", "PH"]]);
  assert.deepEqual(rows("es", "Japón y Filipinas firmaron el lunes 8 de julio un acuerdo de acceso recíproco."), [["signing", "2024-07-08", "Manila", "PH"]]);
  assert.deepEqual(rows("fr", "Le Japon et les Philippines ont signé lundi 8 juillet un accord d'accès réciproque."), [["signing", "2024-07-08", "Manila", "PH"]]);
  assert.deepEqual(rows("ms", "Jepun dan Filipina menandatangani perjanjian akses timbal balik pada 8 Julai."), [["signing", "2024-07-08", "Manila", "PH"]]);
});

test("the signed agreement takes part in the signing", () => {
  const [e] = extractEvents(context("en", "Japan and the Philippines on Monday signed the Reciprocal Access Agreement.", S, { published: "2024-07-10", datelinePlace: "MANILA" }));
  assert.ok(e?.participants.includes("agreement:JP-PH RAA"), JSON.stringify(e?.participants));
});

test("a signing one country reports without place or partner is not the news", () => {
  assert.deepEqual(rows("en", "The ministry on Monday signed a contract for new patrol boats."), []);
});

test("es: a signing on a weekday under a dateline without a year is reported, undated (firmó)", () => {
  const S: Spec[] = [["chileno", "country:CL", "Chile"], ["Gabriel Boric", "person:gabriel boric"], ["japonés", "country:JP", "Japan"], ["Shigeru Ishiba", "person:ishiba shigeru"]];
  const evs = extractEvents(context("es", "El presidente chileno, Gabriel Boric, recibió este martes en el Palacio de La Moneda al primer ministro japonés, Shigeru Ishiba, con quien firmó un memorando de entendimiento sobre minerales críticos.", S,
    { published: null, datelinePlace: "SANTIAGO" }));
  assert.deepEqual(evs.map((e) => [e.type, e.date]), [["signing", null]]);
});
