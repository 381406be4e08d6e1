import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey, personMatchKey, romaniseHangulName } from "../../src/resolve/names.ts";

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
  assert.equal(personMatchKey("Прабово Субианто"), personMatchKey("Prabowo Subianto"));
  assert.equal(personMatchKey("아이르랑가 하르타르토"), personMatchKey("Airlangga Hartarto"), "Korean inserts eu between consonants");
  assert.equal(personMatchKey("Aziz Ajanuch"), personMatchKey("Aziz Akhannouch"), "Spanish writes kh as j");
  assert.equal(personMatchKey("Naser Burita"), personMatchKey("Nasser Bourita"), "French ou, doubled consonants");
  assert.equal(personMatchKey("조현"), personMatchKey("Cho Hyun"), "two-syllable Korean names");
  assert.equal(personMatchKey("王毅"), personMatchKey("Wang Yi"), "Han names through data/people.tsv");
  assert.equal(personMatchKey("石破茂"), personMatchKey("Shigeru Ishiba"));
  assert.equal(personMatchKey("フェルディナンド・マルコス"), personMatchKey("Ferdinand Marcos Jr."));
  // Stored entities keep the readable key; matching it gives the same match key as the name.
  for (const n of ["Прабово Субианто", "아이르랑가 하르타르토", "조현", "Phạm Minh Chính", "石破茂"]) assert.equal(personMatchKey(personKey(n)), personMatchKey(n), n);
  assert.equal(personKey("Phạm Minh Chính"), "pham minh chinh", "readable keys");
  assert.equal(personKey("王毅"), "wang yi");
});

test("near misses stay apart", () => {
  assert.notEqual(personMatchKey("Maria Lopez"), personMatchKey("Mario Lopez"));
  assert.notEqual(personMatchKey("Ahn Deok-geun"), personMatchKey("Ahn Deok-gun"), "eu is a real vowel in Korean names");
  assert.notEqual(personMatchKey("王毅"), personMatchKey("王义"));
  assert.notEqual(personMatchKey("Прабово Субианто"), personMatchKey("Prabowo Sugianto"));
});
