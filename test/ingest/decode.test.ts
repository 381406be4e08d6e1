import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { decodeBytes, looksBinary } from "../../src/ingest/decode.ts";
import { InputError } from "../../src/ingest/errors.ts";

const enc = new TextEncoder();
const fr = "Le président a rencontré à Hanoï les délégués de l'ASEAN ; l'accord prévoit une coopération renforcée.\r\nDeuxième paragraphe : économie, énergie, sécurité maritime et échanges culturels entre les peuples.";

test("UTF-8 without and with BOM; CRLF becomes LF", () => {
  const plain = decodeBytes(enc.encode(fr), "a.txt");
  assert.equal(plain.encoding, "utf-8");
  assert.ok(!plain.text.includes("\r"));
  const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(fr)]), "b.txt");
  assert.equal(bom.text, plain.text);
  assert.notEqual(bom.text.charCodeAt(0), 0xfeff);
});

test("UTF-16 LE and BE with BOM", () => {
  const text = "Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 26 diễn ra tại Kuala Lumpur.";
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  assert.deepEqual(decodeBytes(le, "le.txt"), { text, encoding: "utf-16le" });
  const be = Buffer.from(le);
  be.swap16();
  assert.deepEqual(decodeBytes(be, "be.txt"), { text, encoding: "utf-16be" });
});

test("NFD input is normalised to NFC", () => {
  const nfd = "Phạm Minh Chính".normalize("NFD");
  assert.equal(decodeBytes(enc.encode(nfd), "n.txt").text, "Phạm Minh Chính");
});

test("Windows-1252 / Latin-1 detected with chardet", () => {
  const bytes = iconv.encode(fr + " Les « partenaires » ont salué l’initiative — une première.", "windows-1252");
  const d = decodeBytes(bytes, "fr.txt");
  assert.equal(d.encoding, "windows-1252");
  assert.ok(d.text.includes("président") && d.text.includes("« partenaires »") && d.text.includes("l’initiative"));
});

test("KOI8-R and Windows-1251 Russian", () => {
  const ru = "Министр иностранных дел России заявил, что переговоры с партнёрами по АСЕАН будут продолжены в следующем месяце в Джакарте.";
  for (const e of ["windows-1251", "koi8-r"]) {
    const d = decodeBytes(iconv.encode(ru, e), `ru-${e}.txt`);
    assert.equal(d.text, ru, e);
  }
});

test("Shift_JIS Japanese", () => {
  const ja = "両首脳は貿易と投資の協力を拡大することで合意した。首相は日曜日、地域首脳会議に出席するためクアラルンプールに到着した。";
  assert.equal(decodeBytes(iconv.encode(ja, "shift_jis"), "ja.txt").text, ja);
});

test("an HTML meta charset is honoured when the bytes are not UTF-8", () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body><p>Prix : 20 €, à Zürich.</p></body></html>`;
  const d = decodeBytes(iconv.encode(html, "iso-8859-15"), "p.html");
  assert.equal(d.encoding, "iso-8859-15");
  assert.ok(d.text.includes("20 €, à Zürich"));
});

test("binary files are refused with one clear reason", () => {
  const cases: Record<string, Uint8Array> = {
    pdf: enc.encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj"),
    png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    zip: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]),
    gzip: new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]),
    nul: enc.encode("text with a \u0000 NUL byte in the middle"),
    controls: new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
  };
  for (const [name, bytes] of Object.entries(cases)) {
    assert.ok(looksBinary(bytes), name);
    assert.throws(() => decodeBytes(bytes, `${name}.bin`), (e: unknown) => e instanceof InputError && e.reason === "binary file, not text or HTML" && e.source === `${name}.bin`, name);
  }
  assert.equal(looksBinary(enc.encode("Plain\ttext\nwith\fform feeds.")), false);
});

test("bytes no encoding fits are an InputError, not mojibake", () => {
  // Declared UTF-8 BOM but invalid sequences.
  assert.throws(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0xc3, 0x28, 0xa0, 0xa1]), "bad.txt"), InputError);
  // UTF-16 BOM with an odd number of bytes.
  assert.throws(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), "odd.txt"), InputError);
  // Windows-1252 has holes (0x81, 0x8d, 0x8f, 0x90, 0x9d) that no text uses.
  const holes = new Uint8Array(Array.from({ length: 200 }, (_, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d][i % 5]!));
  assert.throws(() => decodeBytes(holes, "holes.txt"), InputError);
});
