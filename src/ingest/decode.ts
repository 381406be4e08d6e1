// Bytes → text. Order of evidence: a byte-order mark, then strict UTF-8 (the web's default and
// almost always right when it validates), then a charset the document declares, then chardet's
// statistical guess. Anything that still decodes to replacement characters is refused rather than
// stored as mojibake.
import chardet from "chardet";
import iconv from "iconv-lite";
import { InputError } from "./errors.ts";

export interface Decoded { text: string; encoding: string }

const BINARY_REASON = "binary file, not text or HTML";

/** File signatures of formats we are sometimes handed by mistake. */
const MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x50, 0x4b, 0x03, 0x04], // ZIP (docx, xlsx, epub…)
  [0x1f, 0x8b], // GZIP
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x42, 0x5a, 0x68], // BZIP2
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0xd0, 0xcf, 0x11, 0xe0], // OLE (doc, xls)
];

const SAMPLE = 8192;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** True for bytes that are clearly not text: a known signature, NUL bytes, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  for (const sig of MAGIC) if (startsWith(bytes, sig)) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC (ISO-2022 shifts) occur in text; other C0 bytes do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.02;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i;
const XML_ENCODING = /^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:+-]+)["']/i;

/** The charset an HTML `<meta>` or XML declaration names in the first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so ASCII markup is readable whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  const m = XML_ENCODING.exec(head) ?? META_CHARSET.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Browsers treat these labels as Windows-1252 (WHATWG Encoding), and so do we. */
function canonicalLabel(label: string): string {
  const l = label.toLowerCase().replace(/_/g, "-");
  if (l === "iso-8859-1" || l === "latin1" || l === "latin-1" || l === "us-ascii" || l === "ascii") return "windows-1252";
  if (l === "utf8") return "utf-8";
  if (l === "gb2312" || l === "gbk") return "gb18030";
  return l;
}

function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\uFFFD"); i !== -1; i = s.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/** C1 controls in decoded text mean the single-byte guess was wrong. */
const C1 = /[\u0080-\u009f]/g;

function finish(text: string, encoding: string): Decoded {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  t = t.replace(/\r\n?/g, "\n").normalize("NFC");
  return { text: t, encoding };
}

function decodeWith(bytes: Uint8Array, label: string, source: string): Decoded {
  const enc = canonicalLabel(label);
  if (!iconv.encodingExists(enc)) throw new InputError(source, `unknown text encoding ${label}`);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), enc);
  const bad = countReplacement(text) + (text.match(C1)?.length ?? 0);
  if (bad > 0) throw new InputError(source, `cannot be decoded as ${enc} (${bad} invalid byte${bad === 1 ? "" : "s"})`);
  return finish(text, enc);
}

const MULTIBYTE = /^(?:Shift_JIS|Big5|GB18030|EUC-|ISO-2022-)/i;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes bytes to text, detecting the encoding; throws InputError for binary or undecodable input. */
export function decodeBytes(bytes: Uint8Array, source: string, declared?: string | null): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      return finish(strictUtf8.decode(bytes.subarray(3)), "utf-8");
    } catch {
      throw new InputError(source, "has a UTF-8 byte-order mark but is not valid UTF-8");
    }
  }
  const le = startsWith(bytes, [0xff, 0xfe]);
  if (le || startsWith(bytes, [0xfe, 0xff])) {
    const enc = le ? "utf-16le" : "utf-16be";
    if (bytes.length % 2 !== 0) throw new InputError(source, `has a ${enc.toUpperCase()} byte-order mark but an odd number of bytes`);
    try {
      return finish(new TextDecoder(enc, { fatal: true }).decode(bytes.subarray(2)), enc);
    } catch {
      throw new InputError(source, `has a ${enc.toUpperCase()} byte-order mark but is not valid ${enc.toUpperCase()}`);
    }
  }
  if (looksBinary(bytes)) throw new InputError(source, BINARY_REASON);
  try {
    return finish(strictUtf8.decode(bytes), "utf-8");
  } catch {
    // not UTF-8: look for a declaration, then guess
  }
  const named = declared ?? declaredCharset(bytes);
  if (named && canonicalLabel(named) !== "utf-8" && iconv.encodingExists(canonicalLabel(named))) {
    return decodeWith(bytes, named, source);
  }
  // A multi-byte guess at low confidence turns noise into plausible-looking CJK: demand more.
  const candidates = chardet
    .analyse(bytes)
    .filter((m) => !/^(UTF|ASCII)/i.test(m.name) && m.confidence >= (MULTIBYTE.test(m.name) ? 30 : 10));
  for (const c of candidates) {
    try {
      return decodeWith(bytes, c.name, source);
    } catch {
      // try the next candidate
    }
  }
  if (named) throw new InputError(source, `declares ${named} but is not valid ${named}, and no other encoding fits`);
  throw new InputError(source, "not valid UTF-8 and no other text encoding fits");
}
