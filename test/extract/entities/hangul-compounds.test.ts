// Korean names countries by one Hangul syllable in compounds (`한미일 협력`, `한일 관계`, `북미 대화`,
// `한-베`, `한·미`), Japanese by one kanji before の (`日米韓の連携`). Near misses: the same syllables
// in ordinary words or before no relation word (`북미 지역` is North America, `중·장기` is
// "mid- and long-term", `한인`), and a country's own name made of them (`독일` is Germany).
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const countries = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "country").map((m) => m.ref.replace("country:", ""));

test("Hangul compounds before a relation word, or joined by a hyphen or middle dot", () => {
  assert.deepEqual(countries("정부는 한미일 협력을 강조했다.", "ko"), ["KR", "US", "JP"]);
  assert.deepEqual(countries("한일 관계가 개선됐다.", "ko"), ["KR", "JP"]);
  assert.deepEqual(countries("북미 대화가 재개될지 주목된다.", "ko"), ["KP", "US"]);
  assert.deepEqual(countries("한-베 협력이 확대됐다.", "ko"), ["KR", "VN"]);
  assert.deepEqual(countries("한·미 정상회담이 열렸다.", "ko"), ["KR", "US"]);
  assert.deepEqual(countries("한일간 교역이 늘었다.", "ko"), ["KR", "JP"]);
});

test("a Hangul abbreviation hyphenated to a country named whole is that country", () => {
  assert.deepEqual(countries("이재명 대통령은 한-카자흐스탄 정상회담을 가졌다.", "ko"), ["KR", "KZ"]);
  assert.deepEqual(countries("카자흐스탄-우즈베키스탄 국경", "ko"), ["KZ", "UZ"]);
  // A hyphen to a word that is no country leaves the syllable a word.
  assert.deepEqual(countries("한-중장기 계획", "ko"), []);
});

test("Japanese compounds of three countries before の", () => {
  assert.deepEqual(countries("首相は日米韓の連携を確認した。", "ja"), ["JP", "US", "KR"]);
});

test("one kanji joined by a middle dot or hyphen to a country named whole is a country", () => {
  assert.deepEqual(countries("日・ウズベキスタン首脳会談が開かれた。", "ja"), ["JP", "UZ"]);
  assert.deepEqual(countries("中-埃及合作论坛在开罗举行。", "zh"), ["CN", "EG"]);
  // Inside a word the character is no country (`日本・ウズベキスタン` names Japan whole).
  assert.deepEqual(countries("日本・ウズベキスタン首脳会談", "ja"), ["JP", "UZ"]);
});

test("Japanese and Chinese compounds of three or more countries before an opening bracket", () => {
  assert.deepEqual(countries("両首脳は日米豪印（クアッド）の協力を確認した。", "ja"), ["JP", "US", "AU", "IN"]);
  assert.deepEqual(countries("中俄蒙（三方）合作取得进展。", "zh"), ["CN", "RU", "MN"]);
  // Two abbreviations before a bracket stay a word (`中米` is Central America as often as a pair).
  assert.deepEqual(countries("中米（地域名）の国々。", "ja"), []);
});

test("near misses: no relation word, one abbreviation only, a word that is a country's name", () => {
  assert.deepEqual(countries("북미 지역 수출이 늘었다.", "ko"), []);
  assert.deepEqual(countries("중·장기 계획을 세웠다.", "ko"), []);
  assert.deepEqual(countries("한인 간담회가 열렸다.", "ko"), []);
  assert.deepEqual(countries("독일 경제가 회복했다.", "ko"), ["DE"]);
  assert.deepEqual(countries("日本の立場を説明した。", "ja"), ["JP"]);
  // Two characters before の are as often one word: 中米 is Central America.
  assert.deepEqual(countries("中米の経済が成長した。", "ja"), []);
});
