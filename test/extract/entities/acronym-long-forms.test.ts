// An acronym defined right after its long form, in any language, is one entity with both
// spellings: from the table (Mercosur, EDCF, CPTPP, JETP, ADF, SRE, COSBAN) or from the text
// (a long form in Hangul/Han ending like an organisation; Latin initials spelling the acronym).
// Near misses: meetings and national bodies defined so, generic acronyms, programmes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";
import type { Mention } from "../../../src/model.ts";

const of = (ms: Mention[], ref: string) => ms.filter((m) => m.ref === ref).map((m) => m.surface);

test("table: long forms in several languages meet their acronym", () => {
  const cases: [string, string, string, string][] = [
    ["vi", "Khối Thị trường chung Nam Mỹ (Mercosur) ký hiệp định thương mại tự do với EFTA.", "organization:MERCOSUR", "Khối Thị trường chung Nam Mỹ"],
    ["ko", "정부는 대외경제협력기금(EDCF)을 통해 차관을 제공한다.", "organization:EDCF", "대외경제협력기금"],
    ["ja", "日本は包括的・先進的環太平洋パートナーシップ協定（CPTPP）への加盟を支持した。", "agreement:CPTPP", "包括的・先進的環太平洋パートナーシップ協定"],
    ["en", "Vietnam's Just Energy Transition Partnership (JETP) was discussed with the Australian Defence Force (ADF).", "organization:JETP", "Just Energy Transition Partnership"],
    ["en", "Officers of the Australian Defence Force (ADF) trained in Darwin.", "organization:ADF", "Australian Defence Force"],
    ["es", "La Secretaría de Relaciones Exteriores (SRE) de México informó del encuentro.", "organization:SRE", "Secretaría de Relaciones Exteriores"],
    ["zh", "双方举行了第七次中巴高层协调与合作委员会（COSBAN）会议。", "organization:COSBAN", "中巴高层协调与合作委员会"],
  ];
  for (const [lang, text, ref, long] of cases) {
    const found = of(run(text, lang), ref);
    assert.ok(found.includes(long), `${lang}: ${long} in ${found}`);
  }
});

test("text: a long form in Hangul or Han ending like an organisation defines it; ordinals and particles are cut off", () => {
  const zh = run("双方举行了第三次中越合作指导委员会（CVSCX）会议。CVSCX将继续开展工作。", "zh");
  const cvsc = of(zh, "organization:CVSCX");
  assert.ok(cvsc.includes("中越合作指导委员会"), `${cvsc}`);
  assert.equal(cvsc.filter((s) => s === "CVSCX").length, 2);
  const ko = run("정부는 한국해외인프라도시개발지원공사(KINDX)와 협력한다.", "ko");
  assert.ok(of(ko, "organization:KINDX").includes("한국해외인프라도시개발지원공사"));
  // Near misses: a national body's country stays the party; a programme's long form names no body;
  // a kind of thing is no entity.
  assert.ok(!run("双方同意越南投资发展银行（BIDVX）提供贷款。", "zh").some((m) => m.ref === "organization:BIDVX"));
  const ja = run("政府安全保障能力強化支援（OSA）の枠組みで供与する。", "ja");
  assert.ok(!ja.some((m) => m.ref === "organization:OSA"), "支援 does not end an organisation's name");
  assert.ok(!run("인공지능(AI) 협력을 논의했다.", "ko").some((m) => m.surface === "AI"));
});

test("text: Latin initials spelling the acronym define one thing; meetings do not", () => {
  const en = run("Both sides backed the Green Hydrogen Compact (GHC) and said the GHC would grow.", "en");
  const ghc = en.filter((m) => m.ref.endsWith(":GHC"));
  assert.equal(ghc.length, 3, `${ghc.map((m) => m.surface)}`);
  assert.ok(!ghc.some((m) => m.type === "organization"), "no head noun tells it is a body: never a side of a figure");
  assert.ok(!run("They met at the India-Singapore Ministerial Roundtable (ISMR) in Delhi.", "en").some((m) => m.ref.endsWith(":ISMR")), "a meeting");
  assert.ok(!run("presidieron la XIII Reunión de Alto Nivel (RAN) entre ambos países.", "es").some((m) => m.ref.endsWith(":RAN")), "a meeting");
});
