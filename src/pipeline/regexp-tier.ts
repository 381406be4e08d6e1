// Imported first by the pipeline (analyse.ts), for its side effect on V8: regular expressions are
// compiled to native code at their first run instead of being interpreted first and compiled again
// once found hot ("tier-up"). Every stage runs hundreds of per-language regexes a few times per
// document, so nearly all of them turn hot within the first documents and tier-up only added a
// second compilation: without it the first 600 bench documents took ≈15–20% less CPU in one thread,
// and steady state was no slower. Matching is the same; only when the engine compiles changes.
// The flag is process-wide and read whenever a regex is compiled, so setting it at load suffices.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
