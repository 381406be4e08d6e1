// A candidate mention before overlaps are settled: token range plus what it refers to.
import type { EntityType } from "../../model.ts";

export interface Span {
  /** Token range, inclusive. */
  first: number;
  last: number;
  /** Character range (for matches inside a token, e.g. Han script). */
  start: number;
  end: number;
  type: EntityType;
  ref: string;
  name: string;
  role?: string;
  expansion?: string;
  confidence?: number;
  demonym?: boolean;
  /** The name without a particle or prefix glued to it (`한국의` → `한국`), when it had one. */
  bare?: string;
  /** Where it came from; settles overlaps (`gazetteer` < `acronym` < `person`). */
  source: "gazetteer" | "acronym" | "named" | "person";
}
