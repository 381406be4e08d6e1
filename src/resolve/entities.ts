// Rules for turning references into entities.
import type { EntityRef, EntityType } from "../model.ts";
import { fold } from "../util/text.ts";

export function makeRef(type: EntityType, key: string): EntityRef {
  return `${type}:${key}`;
}

/** The key part of a ref: `country:KR` → `KR`, `organization:ASEAN` → `ASEAN`. */
export function refKey(ref: EntityRef): string {
  return ref.slice(ref.indexOf(":") + 1);
}

export function splitRef(ref: EntityRef): { type: EntityType; key: string } {
  const i = ref.indexOf(":");
  if (i < 0) throw new Error(`malformed entity ref: ${ref}`);
  return { type: ref.slice(0, i) as EntityType, key: ref.slice(i + 1) };
}

/**
 * Whether a surface form is specific enough to find an entity by alias alone. Single words
 * (`Lam`, `Korea`) are too ambiguous across documents; acronyms and multiword names are not.
 */
export function aliasLookupAllowed(type: EntityType, surface: string): boolean {
  const f = fold(surface);
  if (!f) return false;
  if (type === "person") return f.split(" ").length >= 2;
  if (/^[A-Z0-9&-]{3,}$/.test(surface)) return true;
  return f.split(" ").length >= 2;
}
