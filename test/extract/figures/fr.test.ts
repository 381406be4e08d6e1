import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, FR, VN, EU } from "./helpers.ts";

test("fr: échanges commerciaux and investissements de/au with the year at the end", () => {
  const s = "La France est le troisième investisseur européen au Vietnam, avec des échanges commerciaux de 5,8 milliards d'euros et des investissements de la France au Vietnam de 3,6 milliards d'euros en 2023.";
  const out = facts("fr", [{ text: s, quantities: [
    { surface: "troisième", kind: "rank", value: 3 }, { surface: "5,8 milliards d'euros", kind: "money", value: 5.8e9, unit: "EUR" },
    { surface: "3,6 milliards d'euros", kind: "money", value: 3.6e9, unit: "EUR" }, { surface: "2023", kind: "year", value: 2023 },
  ] }], [["France", FR], ["Vietnam", VN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "rank", value: 3, unit: "rank", period: "2023", status: "actual", parties: [FR, VN] },
    { metric: "trade", value: 5.8e9, unit: "EUR", period: "2023", status: "actual", parties: [FR, VN] },
    { metric: "investment", value: 3.6e9, unit: "EUR", period: "2023", status: "actual", parties: [FR, VN] },
  ]);
});

test("fr: l'UE s'engage à verser un financement; objectif d'ici 2030", () => {
  const out = facts("fr", [
    { text: "L'UE s'est engagée à verser 50 millions d'euros au Vietnam pour la transition énergétique.",
      quantities: [{ surface: "50 millions d'euros", kind: "money", value: 50e6, unit: "EUR" }] },
    { text: "Les deux parties visent 30 000 étudiants en échange d'ici 2030.",
      quantities: [{ surface: "30 000", kind: "count", value: 30000, noun: "étudiants" }, { surface: "2030", kind: "year", value: 2030 }] },
  ], [["UE", EU], ["Vietnam", VN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "funding", value: 50e6, unit: "EUR", period: null, status: "pledge", parties: [EU] },
    { metric: "people", value: 30000, unit: "persons", period: "2030", status: "target", parties: [EU, VN] },
  ]);
});
