import type { EntityDetail, EntitySummary, Paged } from "../api.ts";
import { DocRow, Empty, EventLine, FactLine, Lang, Pager, Status, useApi } from "../components/common.tsx";
import { href, navigate, type Route } from "../router.ts";
import { label } from "../format.ts";
import { ENTITY_TYPES } from "../format.ts";

export function EntityPage({ id }: { id: string }) {
  const state = useApi<EntityDetail>(`entities/${encodeURIComponent(id)}`);
  const d = state.data;
  const byLang = new Map<string, string[]>();
  for (const a of d?.aliases ?? []) {
    const k = a.language ?? "?";
    byLang.set(k, [...(byLang.get(k) ?? []), a.alias]);
  }
  return (
    <Status state={state}>
      {d && (
        <div class="entity">
          <p class="kicker">{label(d.entity.type)} · <code>{d.entity.id}</code></p>
          <h1>{d.entity.name}</h1>
          <div class="grid2">
            <section class="panel">
              <h2>Names and aliases</h2>
              {byLang.size === 0 ? <Empty>No aliases recorded.</Empty> : (
                <table class="aliases"><tbody>
                  {[...byLang].map(([lang, names]) => (
                    <tr key={lang}><th>{lang === "?" ? <span class="muted">any</span> : <Lang code={lang} />}</th><td>{names.join(" · ")}</td></tr>
                  ))}
                </tbody></table>
              )}
            </section>
            <section class="panel">
              <h2>Roles</h2>
              {d.roles.length ? <ul class="plain">{d.roles.map((r) => <li key={r}>{r}</li>)}</ul> : <Empty>No roles recorded.</Empty>}
              <p><a href={href("timeline", { entity: d.entity.id })}>Timeline for {d.entity.name} →</a></p>
            </section>
          </div>
          <section class="panel">
            <h2>Figures ({d.facts.length})</h2>
            {d.facts.length ? <ul class="facts">{d.facts.map((f) => <FactLine key={f.id} f={f} />)}</ul> : <Empty>No figures about this entity yet.</Empty>}
          </section>
          <section class="panel">
            <h2>Events ({d.events.length})</h2>
            {d.events.length ? <ul class="events">{d.events.map((e) => <EventLine key={e.id} e={e} />)}</ul> : <Empty>No events with this entity yet.</Empty>}
          </section>
          <section class="panel">
            <h2>Documents that mention it ({d.documents.length})</h2>
            {d.documents.length ? <ul class="docs">{d.documents.map((x) => <DocRow key={x.id} d={x} />)}</ul> : <Empty>None.</Empty>}
          </section>
        </div>
      )}
    </Status>
  );
}

export function EntitiesPage({ route }: { route: Route }) {
  const type = route.query.get("type");
  const offset = Number(route.query.get("offset") ?? 0) || 0;
  const state = useApi<Paged<EntitySummary>>("entities", { type, offset, limit: 100 });
  const page = state.data;
  return (
    <div>
      <h1>Entities</h1>
      <div class="filters">
        <label>Type <select value={type ?? ""} onChange={(e) => navigate(href("entities", { type: (e.target as HTMLSelectElement).value || null }))}>
          <option value="">all</option>
          {ENTITY_TYPES.map((t) => <option key={t} value={t}>{label(t)}</option>)}
        </select></label>
      </div>
      <Status state={state}>
        {page && page.items.length === 0 && <Empty>No entities yet.</Empty>}
        {page && page.items.length > 0 && (
          <table class="list">
            <thead><tr><th>Name</th><th>Type</th><th>Also written</th><th class="num">Documents</th></tr></thead>
            <tbody>{page.items.map((e) => (
              <tr key={e.id}>
                <td><a href={href("entity", e.id)}>{e.name}</a></td><td>{label(e.type)}</td>
                <td class="muted">{e.aliases.filter((a) => a !== e.name).slice(0, 6).join(" · ")}</td><td class="num">{e.documents}</td>
              </tr>
            ))}</tbody>
          </table>
        )}
        {page && <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={(o) => navigate(href("entities", { type, offset: o }))} />}
      </Status>
    </div>
  );
}
