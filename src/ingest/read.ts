// One input's bytes → DecodedInput: decode, then article extraction when it is HTML.
import type { DecodedInput } from "../model.ts";
import { decodeBytes } from "./decode.ts";
import { extractHtml, looksLikeHtml } from "./html.ts";
import { InputError } from "./errors.ts";

export function toDecodedInput(source: string, bytes: Uint8Array): DecodedInput {
  const { text, encoding } = decodeBytes(bytes, source);
  if (!text.trim()) throw new InputError(source, "empty file (only whitespace)");
  if (looksLikeHtml(text, source)) {
    let x;
    try {
      x = extractHtml(text);
    } catch (err) {
      // extractHtml is meant never to throw; if a parser bug surfaces, name the file, don't crash the batch
      throw new InputError(source, `broken HTML: ${(err as Error).message}`);
    }
    if (!x.text.trim()) throw new InputError(source, "HTML has no article text");
    return { source, format: "html", text: x.text, title: x.title, url: x.url, published: x.published, encoding };
  }
  return { source, format: "text", text, title: null, url: null, published: null, encoding };
}
