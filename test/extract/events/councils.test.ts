// Joint councils of ministers of two governments are ministerial meetings with their number: fr `le 26e
// Conseil des ministres franco-allemand`, de `der 25. Deutsch-Französische Ministerrat`, es `el XXXV
// Consejo de Ministros hispano-portugués`, and an Arabic committee named by two nationality adjectives
// with the ordinal after the noun (`الاجتماع الخامس للجنة السعودية الكورية`). A country's own weekly
// cabinet (`el Consejo de Ministros aprobó el martes`) is no meeting between states.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const rows = (lang: string, text: string, specs: Spec[]) =>
  extractEvents(context(lang, text, specs, { published: "2026-06-05" })).map((e) => [e.type, e.ordinal, e.date, e.place, e.country]);

test("joint councils of ministers are numbered ministerial meetings", () => {
  assert.deepEqual(rows("fr", "Emmanuel Macron et Friedrich Merz ont présidé le 4 juin le 26e Conseil des ministres franco-allemand à Sarrebruck.", [["Sarrebruck", "place:Saarbrücken", "Saarbrücken"]]),
    [["ministerial", 26, "2026-06-04", "Saarbrücken", "DE"]]);
  assert.deepEqual(rows("de", "Merz und Macron haben am 4. Juni den 25. Deutsch-Französischen Ministerrat in Saarbrücken geleitet.", [["Saarbrücken", "place:Saarbrücken", "Saarbrücken"]]),
    [["ministerial", 25, "2026-06-04", "Saarbrücken", "DE"]]);
  assert.deepEqual(rows("es", "Los gobiernos de España y Portugal celebraron el 4 de junio en Madrid el XXXV Consejo de Ministros hispano-portugués.", [["Madrid", "place:Madrid", "Madrid"], ["España", "country:ES"], ["Portugal", "country:PT"]]),
    [["ministerial", 35, "2026-06-04", "Madrid", "ES"]]);
  assert.deepEqual(rows("ar", "عقد الاجتماع الخامس للجنة السعودية الكورية في الرياض يوم 4 يونيو 2026.", [["الرياض", "place:Riyadh", "Riyadh"]]),
    [["ministerial", 5, "2026-06-04", "Riyadh", "SA"]]);
});

test("a government's own cabinet meeting is no meeting between states", () => {
  assert.deepEqual(rows("es", "El Consejo de Ministros aprobó el martes 2 de junio en Madrid el nuevo presupuesto.", [["Madrid", "place:Madrid", "Madrid"]]), []);
  assert.deepEqual(rows("fr", "Le Conseil des ministres a adopté le 3 juin à Paris le projet de loi.", [["Paris", "place:Paris", "Paris"]]), []);
});
