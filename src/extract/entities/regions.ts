// The states Attaché knows and their names, as Node's ICU knows them (Intl.DisplayNames). One place,
// so that the gazetteer, the Han abbreviations and the events' datelines agree on what a state is.
import { fold } from "../../util/text.ts";

/** Two-letter codes with a region name that are no state: unions, reserved and withdrawn codes, disputed areas. */
const NON_COUNTRY = new Set("AC AN BU CP CQ CS DD DG DY EA EH EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ".split(" "));

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A language's region names (`long` `Republic of Korea`, or `short` `South Korea` where ICU has one); null when ICU lacks the language. */
export function regionNames(lang: string, style: "long" | "short" = "long"): Intl.DisplayNames | null {
  const key = `${lang}:${style}`;
  if (!displayNames.has(key)) {
    let names: Intl.DisplayNames | null;
    try { names = new Intl.DisplayNames([lang], { type: "region", style, fallback: "none" }); } catch { names = null; }
    displayNames.set(key, names);
  }
  return displayNames.get(key)!;
}

/** A region's name in a language, or undefined (an invalid code throws in ICU; it is no name either). */
export function regionName(names: Intl.DisplayNames | null, code: string): string | undefined {
  if (!names) return undefined;
  try { return names.of(code); } catch { return undefined; }
}

let codes: string[] | null = null;

/** Every state's code: two-letter region codes with an English name, less `NON_COUNTRY`. */
export function stateCodes(): string[] {
  if (codes) return codes;
  const en = regionNames("en");
  codes = [];
  for (let a = 65; a < 91; a++) for (let b = 65; b < 91; b++) {
    const code = String.fromCharCode(a, b);
    if (!NON_COUNTRY.has(code) && regionName(en, code)) codes.push(code);
  }
  return codes;
}

/** English name of a country known only by its code (`DE` → `Germany`); the code itself when ICU has none. */
export function englishCountryName(code: string): string {
  return regionName(regionNames("en"), code) ?? code;
}

let byName: Map<string, string> | null = null;
const NAME_LANGUAGES = ["en", "vi", "nl", "ko", "id", "ms", "th", "zh", "ja", "fr", "de", "es", "ar", "ru"];

/**
 * `Allemagne`, `Germany`, `Alemania` → `DE`: a state's own name in any of the languages read, as ICU
 * knows it; null for anything else. Only for a name already set apart as a country (a dateline's):
 * the gazetteer, with its variants and demonyms, is what finds countries in running text.
 */
export function countryCodeByName(name: string): string | null {
  if (!byName) {
    byName = new Map();
    for (const lang of NAME_LANGUAGES) {
      const names = regionNames(lang);
      for (const code of stateCodes()) {
        const n = regionName(names, code);
        if (n && !byName.has(fold(n))) byName.set(fold(n), code);
      }
    }
  }
  return byName.get(fold(name.trim())) ?? null;
}
