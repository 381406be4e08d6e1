// `attache timeline`: events in date order with their participants and sources.
import type { Command } from "commander";
import type { Db } from "../../store/db.ts";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { listEvents, type EventRecord } from "../../store/read.ts";
import { fold } from "../../util/text.ts";
import { parseDateOption } from "../options.ts";
import { table, printJson } from "../output.ts";

export interface TimelineEntry extends EventRecord {
  participantNames: string[];
  sources: { document: string; source: string; language: string }[];
}

export interface TimelineOptions { entity?: string; from?: string; to?: string }

/** Entity ids an argument names: an id, a key, or any alias (accent- and case-insensitive). */
export function resolveEntity(db: Db, name: string): string[] {
  const direct = db.prepare("SELECT id FROM entities WHERE id = ? OR key = ? COLLATE NOCASE").all(name, name) as { id: string }[];
  const aliased = db.prepare("SELECT DISTINCT entity_id AS id FROM entity_aliases WHERE folded = ?").all(fold(name)) as { id: string }[];
  const byName = db.prepare("SELECT id, name FROM entities").all() as { id: string; name: string }[];
  const folded = fold(name);
  return [...new Set([...direct, ...aliased, ...byName.filter((e) => fold(e.name) === folded)].map((r) => r.id))];
}

/**
 * Dated events in order, then undated ones. `from`/`to` compare on the event's own precision:
 * an event dated `2025` is within `--from 2025-06-01`'s year and so is kept.
 */
export function timeline(db: Db, opts: TimelineOptions = {}): TimelineEntry[] {
  let ids: Set<string> | null = null;
  if (opts.entity) {
    ids = new Set(resolveEntity(db, opts.entity));
    if (!ids.size) throw new Error(`no entity called ${opts.entity}`);
  }
  const events = listEvents(db).filter((e) => {
    if (ids && !e.participants.some((p) => ids!.has(p))) return false;
    if (opts.from && (!e.date || e.date < opts.from.slice(0, e.date.length))) return false;
    if (opts.to && (!e.date || e.date.slice(0, opts.to.length) > opts.to)) return false;
    return true;
  });
  const nameOf = db.prepare("SELECT name FROM entities WHERE id = ?");
  const docOf = db.prepare("SELECT source, language FROM documents WHERE id = ?");
  const names = new Map<string, string>();
  const name = (id: string) => {
    if (!names.has(id)) names.set(id, (nameOf.get(id) as { name: string } | undefined)?.name ?? id);
    return names.get(id) as string;
  };
  return events
    .sort((a, b) => (a.date === b.date ? a.name.localeCompare(b.name) : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1))
    .map((e) => ({
      ...e,
      participantNames: e.participants.map(name),
      sources: [...new Set(e.evidence.map((v) => v.document))].map((document) => {
        const d = docOf.get(document) as { source: string; language: string } | undefined;
        return { document, source: d?.source ?? document, language: d?.language ?? "" };
      }),
    }));
}

export function registerTimeline(program: Command): void {
  program
    .command("timeline")
    .description("meetings, visits and signings in date order, with participants and sources")
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("--entity <name>", "only events this entity took part in (name, alias or key; accents and case ignored)")
    .option("--from <date>", "from this date (YYYY, YYYY-MM or YYYY-MM-DD)", parseDateOption)
    .option("--to <date>", "up to this date (YYYY, YYYY-MM or YYYY-MM-DD)", parseDateOption)
    .option("--json", "print JSON")
    .action((opts: { db?: string; entity?: string; from?: string; to?: string; json?: boolean }) => {
      const db = openDb(resolveDbPath(opts.db), { readonly: true });
      let rows: TimelineEntry[];
      try {
        rows = timeline(db, opts);
      } finally {
        db.close();
      }
      if (opts.json) return printJson(rows);
      process.stdout.write(table(
        ["date", "event", "type", "place", "participants", "sources"],
        rows.map((e) => [
          e.date ?? "(undated)", e.name, e.type, [e.place, e.country].filter(Boolean).join(", "),
          e.participantNames.join(", "),
          `${e.sources.length} (${[...new Set(e.sources.map((s) => s.language))].join(", ")})`,
        ]),
      ) + `\n${rows.length} events\n`);
    });
}
