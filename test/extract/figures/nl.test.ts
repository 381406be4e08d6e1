import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, VN, JP, EU, NL } from "./helpers.ts";

test("nl: `FDI van X naar Y` and the year of the sibling clause", () => {
  const s = "Japan is de derde grootste handelspartner van Vietnam, met een bilaterale handelsomzet van 46,2 miljard USD in 2023 en FDI van Japan naar Vietnam van 5,1 miljard USD.";
  const out = facts("nl", [{ text: s, quantities: [
    { surface: "derde grootste", kind: "rank", value: 3 }, { surface: "46,2 miljard USD", kind: "money", value: 46.2e9 },
    { surface: "2023", kind: "year", value: 2023 }, { surface: "5,1 miljard USD", kind: "money", value: 5.1e9 },
  ] }], [["Japan", JP], ["Vietnam", VN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "rank", value: 3, unit: "rank", period: "2023", status: "actual", parties: [JP, VN] },
    { metric: "trade", value: 46.2e9, unit: "USD", period: "2023", status: "actual", parties: [JP, VN] },
    { metric: "investment", value: 5.1e9, unit: "USD", period: "2023", status: "actual", parties: [JP, VN] },
  ]);
});

test("nl: a doelstelling with `beide partijen` is a two-sided target; compounds count as documents", () => {
  const out = facts("nl", [
    { text: "Nederland en Vietnam bespraken de samenwerking.", quantities: [] },
    { text: "Beide partijen streven naar een handelsomzet van 20 miljard euro tegen 2030.",
      quantities: [{ surface: "20 miljard euro", kind: "money", value: 20e9, unit: "EUR" }, { surface: "2030", kind: "year", value: 2030 }] },
    { text: "Tijdens het bezoek werden 14 samenwerkingsovereenkomsten ondertekend door beide landen, en werden drie prioriteiten vastgesteld.",
      quantities: [{ surface: "14", kind: "count", value: 14, noun: "samenwerkingsovereenkomsten" }, { surface: "drie", kind: "count", value: 3, noun: "prioriteiten" }] },
  ], [["Nederland", NL], ["Vietnam", VN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "trade", value: 20e9, unit: "EUR", period: "2030", status: "target", parties: [NL, VN] },
    { metric: "count", value: 14, unit: "items", period: null, status: "actual", parties: [NL, VN] },
  ]);
});

test("nl: a toezegging for a fund is funding by the giver", () => {
  const out = facts("nl", [{ text: "De EU heeft een toezegging gedaan van 10 miljoen euro voor het klimaatfonds van Vietnam.",
    quantities: [{ surface: "10 miljoen euro", kind: "money", value: 10e6, unit: "EUR" }] }], [["EU", EU], ["Vietnam", VN]]);
  assert.deepEqual(out.map(brief), [{ metric: "funding", value: 10e6, unit: "EUR", period: null, status: "pledge", parties: [EU] }]);
});
