// What the fourth column of data/organizations.tsv says about a body: the country a national
// agency acts for (`KCS` → KR: its figures are Korea's), or `donor` for a development lender or
// agency that gives in its own name (`donor:<its country>`) (AFD, KfW, JICA, an Exim bank, the Saudi Fund for Development):
// it is the giver of its loans and grants, and what it gives is aid; `part:<KEY>` for a body that speaks
// for an organisation (European Commission → EU); `bilateral` for a forum two countries run together.
import type { EntityRef } from "../../model.ts";
import { dataRows } from "../entities/tables.ts";
import { readDataFile } from "../../lang/registry.ts";
import { refKey } from "../../resolve/entities.ts";

interface Bodies {
  countries: Map<string, string>;
  /** Donor key → its country. */
  donors: Map<string, string>;
  /** Body key → the organisation it speaks for. */
  parents: Map<string, string>;
  /** Forums of two countries (a joint commission): never a side of a figure. */
  forums: Set<string>;
}

let cache: Bodies | null = null;

function bodies(): Bodies {
  if (cache) return cache;
  const countries = new Map<string, string>();
  const donors = new Map<string, string>();
  const parents = new Map<string, string>();
  const forums = new Set<string>();
  for (const [key, , , kind] of dataRows("organizations.tsv", 3)) {
    if (kind && /^[A-Z]{2}$/u.test(kind)) countries.set(key, kind);
    else if (kind?.startsWith("donor:")) donors.set(key, kind.slice(6));
    else if (kind?.startsWith("part:")) parents.set(key, kind.slice(5));
    else if (kind === "bilateral") forums.add(key);
  }
  cache = { countries, donors, parents, forums };
  return cache;
}

/** Organisation key → the country it acts for. */
export function bodyCountries(): Map<string, string> {
  return bodies().countries;
}

/** Whether the entity is a development lender or agency that gives aid in its own name. */
export function isDonor(ref: EntityRef): boolean {
  return ref.startsWith("organization:") && bodies().donors.has(refKey(ref));
}

/** The country a donor acts for, for figures other than the money it gives (`projects financed`). */
export function donorCountry(ref: EntityRef): EntityRef | null {
  const c = ref.startsWith("organization:") ? bodies().donors.get(refKey(ref)) : undefined;
  return c ? `country:${c}` as EntityRef : null;
}

/** Organisation key → the organisation it speaks for (`EC` → `EU`). */
export function bodyParents(): Map<string, string> {
  return bodies().parents;
}

/** Whether the organisation key is a forum two countries run together. */
export function isForum(key: string): boolean {
  return bodies().forums.has(key);
}

let capitals: Map<string, string> | null = null;

/**
 * Capital city key (data/capitals.txt, English names of data/places.tsv) → its country. A
 * capital that acts (`Beijing pledged…`, `Abou Dhabi s'est engagé…`) speaks for its government.
 */
export function capitalCountries(): Map<string, string> {
  if (capitals) return capitals;
  const listed = new Set(readDataFile("capitals.txt").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
  capitals = new Map();
  for (const [en, country] of dataRows("places.tsv", 3)) {
    if (listed.has(en) && /^[A-Z]{2}$/u.test(country ?? "")) capitals.set(en, country!);
  }
  return capitals;
}
