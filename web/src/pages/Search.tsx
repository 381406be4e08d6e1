import type { SearchResult } from "../api.ts";
import { DocLink, Empty, EventLine, FactLine, Status, useApi } from "../components/common.tsx";
import { href, navigate, type Route } from "../router.ts";
import { label } from "../format.ts";

export function SearchPage({ route }: { route: Route }) {
  const q = route.query.get("q") ?? "";
  const state = useApi<SearchResult>(q.trim() ? "search" : null, { q, limit: 50 });
  const r = state.data;
  const nothing = r && !r.entities.length && !r.documents.length && !r.facts.length && !r.events.length;
  return (
    <div class="search">
      <h1>Search</h1>
      <form class="filters" onSubmit={(e) => { e.preventDefault(); navigate(href("search", { q: String(new FormData(e.currentTarget).get("q") ?? "") })); }}>
        <input name="q" type="search" value={q} placeholder="e.g. pham minh chinh, Hàn Quốc, KADIF" aria-label="search query" class="wide" />
        <button type="submit">Search</button>
      </form>
      <p class="muted">Accents, case and language do not matter: <em>pham minh chinh</em> finds Phạm Minh Chính, and an entity found by any of its names brings its documents in every language.</p>
      {!q.trim() ? null : (
        <Status state={state}>
          {nothing && <Empty>Nothing matches “{q}”.</Empty>}
          {r && r.entities.length > 0 && (
            <section class="panel"><h2>Entities</h2>
              <ul class="plain results-entities">{r.entities.map((e) => (
                <li key={e.id}><a href={href("entity", e.id)}>{e.name}</a> <span class="muted">{label(e.type)}{e.matched !== e.name ? ` · matched “${e.matched}”` : ""} · {e.documents} doc{e.documents === 1 ? "" : "s"}</span></li>
              ))}</ul>
            </section>
          )}
          {r && r.documents.length > 0 && (
            <section class="panel"><h2>Documents</h2>
              <ul class="docs results-documents">{r.documents.map((d) => (
                <li key={d.id}><DocLink d={d} sentence={d.sentence} /> <span class="muted">({d.reason})</span><p class="excerpt" lang={d.language}>{d.snippet}</p></li>
              ))}</ul>
            </section>
          )}
          {r && r.facts.length > 0 && <section class="panel"><h2>Figures</h2><ul class="facts">{r.facts.map((f) => <FactLine key={f.id} f={f} />)}</ul></section>}
          {r && r.events.length > 0 && <section class="panel"><h2>Events</h2><ul class="events">{r.events.map((e) => <EventLine key={e.id} e={e} />)}</ul></section>}
        </Status>
      )}
    </div>
  );
}
