import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, RU, VN, CN } from "./helpers.ts";

test("ru: товарооборот with a target к 2030 году and обе стороны", () => {
  const out = facts("ru", [
    { text: "Россия и Вьетнам обсудили экономическое сотрудничество.", quantities: [] },
    { text: "Обе стороны поставили цель довести товарооборот до 10 млрд долларов к 2030 году.",
      quantities: [{ surface: "10 млрд долларов", kind: "money", value: 10e9 }, { surface: "2030", kind: "year", value: 2030 }] },
  ], [["Россия", RU], ["Вьетнам", VN]]);
  assert.deepEqual(out.map(brief), [{ metric: "trade", value: 10e9, unit: "USD", period: "2030", status: "target", parties: [RU, VN] }]);
});

test("ru: rank of крупнейший партнер; documents counted; годовщина is not a fact", () => {
  const out = facts("ru", [
    { text: "Китай остается крупнейшим торговым партнером России, товарооборот в 2024 году составил 245 млрд долларов.",
      quantities: [{ surface: "2024", kind: "year", value: 2024 }, { surface: "245 млрд долларов", kind: "money", value: 245e9 }] },
    { text: "В ходе визита Россия и Китай подписали 20 документов о сотрудничестве.", quantities: [{ surface: "20", kind: "count", value: 20, noun: "документов" }] },
    { text: "Стороны отметили 75-летие установления дипломатических отношений.", quantities: [{ surface: "75", kind: "count", value: 75 }] },
  ], [["Китай", CN], ["России", RU], ["Россия", RU]]);
  assert.deepEqual(out.map(brief), [
    { metric: "trade", value: 245e9, unit: "USD", period: "2024", status: "actual", parties: [CN, RU] },
    { metric: "count", value: 20, unit: "items", period: null, status: "actual", parties: [RU, CN] },
  ]);
});
