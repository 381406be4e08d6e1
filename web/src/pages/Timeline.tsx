import type { Event, Paged } from "../api.ts";
import { Empty, EventLine, Pager, Status, useApi } from "../components/common.tsx";
import { EntityPicker } from "../components/EntityPicker.tsx";
import { href, navigate, type Route } from "../router.ts";

export function Timeline({ route }: { route: Route }) {
  const q = route.query;
  const entity = q.get("entity");
  const from = q.get("from") ?? "";
  const to = q.get("to") ?? "";
  const offset = Number(q.get("offset") ?? 0) || 0;
  const state = useApi<Paged<Event>>("events", { entity, from, to, offset, limit: 100 });
  const go = (patch: Record<string, string | number | null>) =>
    navigate(href("timeline", { entity, from, to, ...patch, offset: "offset" in patch ? patch.offset : null }));
  const page = state.data;
  let lastYear = "";
  return (
    <div>
      <h1>Timeline</h1>
      <div class="filters">
        <label>Entity <EntityPicker value={entity} onChange={(id) => go({ entity: id })} /></label>
        <label>From <input type="date" value={from} onChange={(e) => go({ from: (e.target as HTMLInputElement).value || null })} /></label>
        <label>To <input type="date" value={to} onChange={(e) => go({ to: (e.target as HTMLInputElement).value || null })} /></label>
      </div>
      <Status state={state}>
        {page && page.items.length === 0 && <Empty>No events{entity ? " for this entity" : ""} yet.</Empty>}
        {page && page.items.length > 0 && (
          <ul class="timeline">
            {page.items.map((e) => {
              const year = e.date?.slice(0, 4) ?? "undated";
              const head = year !== lastYear ? <li class="year" key={`y${year}`}>{year}</li> : null;
              lastYear = year;
              return [head, <EventLine key={e.id} e={e} />];
            })}
          </ul>
        )}
        {page && <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={(o) => go({ offset: o })} />}
      </Status>
    </div>
  );
}
