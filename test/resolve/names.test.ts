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
