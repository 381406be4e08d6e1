// Visits and meetings reported over a range of days are dated by the first day.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const dates = (lang: string, text: string, specs: Spec[]) =>
  extractEvents(context(lang, text, specs, { published: "2025-11-27" })).map((e) => e.date);

test("a visit over several days starts on the first", () => {
  assert.deepEqual(dates("en", "Prime Minister Tran paid an official visit to Morocco from 24 to 26 November.",
    [["Tran", "person:Tran"], ["Morocco", "country:MA", "Morocco"]]), ["2025-11-24"]);
  assert.deepEqual(dates("vi", "Thủ tướng thăm chính thức Ma-rốc từ ngày 24 đến 26/11.",
    [["Ma-rốc", "country:MA", "Morocco"]]), ["2025-11-24"]);
  assert.deepEqual(dates("fr", "Le Premier ministre effectue une visite officielle au Maroc du 24 au 26 novembre.",
    [["Maroc", "country:MA", "Morocco"]]), ["2025-11-24"]);
  assert.deepEqual(dates("de", "Der Kanzler reist vom 24. bis 26. November zu einem Staatsbesuch nach Indien.",
    [["Indien", "country:IN", "India"]]), ["2025-11-24"]);
});
