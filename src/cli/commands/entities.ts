// `attache entities [--type T] [QUERY]` lists entities; `attache entity NAME` shows one: aliases,
// roles, the documents that mention it, and the facts and events it takes part in.
import type { Command } from "commander";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { findEntity, searchEntities } from "../../store/entity-queries.ts";
import { table, printJson } from "../output.ts";

const TYPES = ["person", "country", "organization", "agreement", "initiative", "place", "event_series"];

export function registerEntities(program: Command): void {
  program
    .command("entities")
    .description("list entities (people, countries, organisations, agreements, …); QUERY matches names and aliases, accents and case ignored")
    .argument("[query]", "text to look for in names and aliases")
    .option("--type <type>", `only this type: ${TYPES.join(", ")}`)
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("--json", "print JSON")
    .action((query: string | undefined, opts: { type?: string; db?: string; json?: boolean }) => {
      if (opts.type && !TYPES.includes(opts.type)) throw new Error(`unknown type ${opts.type} (one of ${TYPES.join(", ")})`);
      const db = openDb(resolveDbPath(opts.db), { readonly: true });
      const rows = searchEntities(db, { type: opts.type, query });
      db.close();
      if (opts.json) return printJson(rows);
      process.stdout.write(table(["type", "key", "name", "docs", "aliases"], rows.map((e) => [e.type, e.key, e.name, e.documents.length, e.aliases.filter((a) => a !== e.name).join(", ")])) + "\n");
    });

  program
    .command("entity")
    .description("show one entity: aliases, roles, documents, facts and events")
    .argument("<name>", "a name or alias (accents and case ignored), or an entity id")
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("--json", "print JSON")
    .action((name: string, opts: { db?: string; json?: boolean }) => {
      const db = openDb(resolveDbPath(opts.db), { readonly: true });
      const { entity, candidates } = findEntity(db, name);
      db.close();
      if (!entity) {
        if (!candidates.length) throw new Error(`no entity matches "${name}"`);
        if (opts.json) return printJson({ ambiguous: candidates });
        process.stdout.write(`"${name}" matches ${candidates.length} entities; be more specific:\n`);
        process.stdout.write(table(["type", "key", "name"], candidates.map((e) => [e.type, e.key, e.name])) + "\n");
        process.exitCode = 1;
        return;
      }
      if (opts.json) return printJson(entity);
      const out: string[] = [
        `${entity.name}  (${entity.type}, key ${entity.key}, id ${entity.id})`,
        `aliases:   ${entity.aliases.join(" | ") || "-"}`,
      ];
      if (entity.roles.length) out.push(`roles:     ${entity.roles.join(" | ")}`);
      out.push(`documents: ${entity.documents.length}`);
      for (const d of entity.documents) {
        const ms = entity.mentions.filter((m) => m.document === d);
        out.push(`  ${d}  ${ms.length} mention(s): ${[...new Set(ms.map((m) => m.surface))].join(", ")}`);
      }
      if (entity.facts.length) {
        out.push(`facts: ${entity.facts.length}`);
        for (const f of entity.facts) out.push(`  ${f.metric} ${f.value} ${f.unit} ${f.period ?? ""} (${f.status})`);
      }
      if (entity.events.length) {
        out.push(`events: ${entity.events.length}`);
        for (const e of entity.events) out.push(`  ${e.date ?? "????"}  ${e.type}  ${e.name}${e.place ? ` — ${e.place}` : ""}`);
      }
      process.stdout.write(out.join("\n") + "\n");
    });
}
