// Text helpers shared by every stage.

/** Accent-, case- and punctuation-insensitive form used for matching and search (`Phạm` → `pham`). */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** `fold` without spaces: `Lee Jae-myung` and `Lee Jae Myung` both become `leejaemyung`. */
export function foldCompact(s: string): string {
  return fold(s).replace(/ /g, "");
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
