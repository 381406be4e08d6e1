// Date expressions (absolute and relative) resolved against the document's anchor.
export { findDates, asciiDigits, type DateAnchor, type DateMention, type DatePrecision } from "./find.ts";
export { documentAnchor, inferYear } from "./anchor.ts";
