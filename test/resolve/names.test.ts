import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey, romaniseHangulName } from "../../src/resolve/names.ts";

test("one person, many spellings: diacritics, hyphens, romanisation systems, Hangul", () => {
  assert.equal(personKey("Phạm Minh Chính"), personKey("Pham Minh Chinh"));
  assert.equal(personKey("Tô Lâm"), personKey("To Lam"));
  assert.equal(personKey("Lee Jae-myung"), personKey("Lee Jae Myung"));
  assert.equal(personKey("이재명"), personKey("Lee Jae-myung"));
  assert.equal(personKey("Chung Byung-won"), personKey("Jeong Byeong-won"));
  assert.equal(personKey("Yoon Suk-yeol"), personKey("윤석열"));
  assert.equal(personKey("Jae-myung Lee"), personKey("Lee Jae-myung"));
  assert.equal(personKey("Park Geun-hye"), personKey("Bak Geun-hye"));
});

test("near-miss names stay apart", () => {
  assert.notEqual(personKey("Lee Jae-myung"), personKey("Lee Myung-bak"));
  assert.notEqual(personKey("Nguyễn Văn A"), personKey("Nguyễn Văn B"));
  assert.notEqual(personKey("Kim Min-seok"), personKey("Kim Min-sook"));
  assert.notEqual(personKey("Song Hye-kyo"), personKey("Seong Hye-kyo"));
  assert.notEqual(personKey("Bùi Thanh Sơn"), personKey("Bùi Thanh Sang"));
});

test("Hangul names are romanised with the usual surname spelling", () => {
  assert.equal(romaniseHangulName("이재명"), "Lee Jae-myeong");
  assert.equal(romaniseHangulName("문재인"), "Moon Jae-in");
  assert.equal(romaniseHangulName("서울"), null);
});

test("person keys meet across scripts and transliterations", () => {
  assert.equal(personKey("Прабово Субианто"), personKey("Prabowo Subianto"));
  assert.equal(personKey("아이르랑가 하르타르토"), personKey("Airlangga Hartarto"), "Korean inserts eu between consonants");
  assert.equal(personKey("Aziz Ajanuch"), personKey("Aziz Akhannouch"), "Spanish writes kh as j");
  assert.equal(personKey("Naser Burita"), personKey("Nasser Bourita"), "French ou, doubled consonants");
  assert.equal(personKey("조현"), personKey("Cho Hyun"), "two-syllable Korean names");
  assert.equal(personKey("王毅"), personKey("Wang Yi"), "Han names through data/people.tsv");
  assert.equal(personKey("石破茂"), personKey("Shigeru Ishiba"));
  assert.equal(personKey("フェルディナンド・マルコス"), personKey("Ferdinand Marcos Jr."));
});

test("near misses stay apart", () => {
  assert.notEqual(personKey("Maria Lopez"), personKey("Mario Lopez"));
  assert.notEqual(personKey("Ahn Deok-geun"), personKey("Ahn Deok-gun"), "eu is a real vowel in Korean names");
  assert.notEqual(personKey("王毅"), personKey("王义"));
  assert.notEqual(personKey("Прабово Субианто"), personKey("Prabowo Sugianto"));
});
