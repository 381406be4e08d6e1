// 4. Names whose shape alone says person, without a title: a well-known person's full name in any
// case form (`Владимиром Путиным`), a Korean name in Latin letters (`Chung Byung-won`), and a
// Vietnamese name of three or four syllables after a known family name (`Do Hung Viet`).
import { isKoreanSurname, knownPersonByKey, looksKorean, personGroupKey } from "../../../resolve/names.ts";
import { takeName, type Finds, type Scan } from "./scan.ts";
import { vietShaped } from "./shapes.ts";

export function untitledNames(s: Scan, finds: Finds): void {
  const { text, tokens, n, free, readName } = s;
  const { full } = finds;
  const take = (a: number, b: number, role: string | undefined, titleStart: number | undefined) => takeName(s, finds, a, b, role, titleStart);
  for (let i = 0; i < n; i++) {
    if (!free(i) || !tokens[i].upper || (tokens[i].script !== "latin" && tokens[i].script !== "cyrillic")) continue;
    const r = readName(i);
    if (!r || r[1] === r[0]) continue;
    const words = tokens.slice(r[0], r[1] + 1);
    const surface = text.slice(words[0].start, words[words.length - 1].end);
    // A well-known person's full name, in any case form (`Владимиром Путиным`), needs no title.
    if (knownPersonByKey(personGroupKey(surface)) && !full.some((f) => f.first <= r[1] && f.last >= r[0])) { take(r[0], r[1], undefined, undefined); i = r[1]; continue; }
    if (tokens[i].script !== "latin") continue;
    const korean = isKoreanSurname(words[0].key) && looksKorean(surface);
    const viet = words.length >= 3 && words.length <= 4 && vietShaped(words);
    if ((korean || viet) && !full.some((f) => f.first <= r[0] && f.last >= r[1])) { take(r[0], r[1], undefined, undefined); i = r[1]; }
  }
}
