// Expands the paths given on the command line into the inputs to ingest.
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

/** Extensions picked up when walking a folder. Explicit file arguments are read whatever their name. */
export const INGESTIBLE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom"]);

export interface InputRef {
  /** Exactly as given (or as found under a given folder); `-` for standard input. */
  source: string;
  kind: "file" | "stdin";
}

export interface Discovery {
  inputs: InputRef[];
  /** Paths that could not be read at all (missing, permission denied). */
  problems: { source: string; reason: string }[];
}

export function discoverInputs(paths: string[]): Discovery {
  const inputs: InputRef[] = [];
  const problems: Discovery["problems"] = [];
  for (const p of paths) {
    if (p === "-") { inputs.push({ source: "-", kind: "stdin" }); continue; }
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      problems.push({ source: p, reason: describeFsError(err) });
      continue;
    }
    if (st.isDirectory()) walk(p, inputs, problems);
    else inputs.push({ source: p, kind: "file" });
  }
  return { inputs, problems };
}

function walk(dir: string, inputs: InputRef[], problems: Discovery["problems"]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (err) {
    problems.push({ source: dir, reason: describeFsError(err) });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, inputs, problems);
    else if (e.isFile() && INGESTIBLE_EXTENSIONS.has(extname(e.name).toLowerCase())) inputs.push({ source: p, kind: "file" });
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT": return "no such file or folder";
    case "EACCES": case "EPERM": return "permission denied";
    case "EISDIR": return "is a folder";
    default: return (err as Error).message;
  }
}
