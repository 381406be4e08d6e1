import { test } from "node:test";
import assert from "node:assert/strict";
import { countryCodeByName, englishCountryName, stateCodes } from "../../../src/extract/entities/regions.ts";

test("a state's own name in any language read gives its code; unions and withdrawn codes are no state", () => {
  assert.equal(countryCodeByName("Allemagne"), "DE");
  assert.equal(countryCodeByName("  Alemania "), "DE");
  assert.equal(countryCodeByName("Hàn Quốc"), "KR");
  assert.equal(countryCodeByName("Республика Корея"), "KR");
  assert.equal(countryCodeByName("European Union"), null);
  assert.equal(countryCodeByName("Yugoslavia"), null);
  assert.equal(countryCodeByName("Toulon"), null);
});

test("the state list has every member of the UN and no union, reserved or withdrawn code", () => {
  const codes = new Set(stateCodes());
  for (const c of ["KR", "VN", "NL", "BR", "ZA", "TL", "SS"]) assert.ok(codes.has(c), c);
  for (const c of ["EU", "UN", "UK", "SU", "YU", "ZZ", "XA"]) assert.ok(!codes.has(c), c);
});

test("a code's English name, or the code itself when ICU has none", () => {
  assert.equal(englishCountryName("DE"), "Germany");
  assert.equal(englishCountryName("KR"), "South Korea");
  assert.equal(englishCountryName("Q9"), "Q9");
});
