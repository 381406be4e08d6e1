import type { Discrepancy, DocSummary, Paged, StoryDetail, StorySummary } from "../api.ts";
import { DocLink, DocRow, Empty, EntityChip, EventLine, FactLine, Lang, Pager, Status, useApi } from "../components/common.tsx";
import { href, navigate, type Route } from "../router.ts";
import { label, languageName } from "../format.ts";

export function StoriesPage({ route }: { route: Route }) {
  const offset = Number(route.query.get("offset") ?? 0) || 0;
  const state = useApi<Paged<StorySummary>>("stories", { offset, limit: 50 });
  const page = state.data;
  return (
    <div>
      <h1>Stories</h1>
      <p class="muted">Documents that report the same thing, in any language.</p>
      <Status state={state}>
        {page && page.items.length === 0 && <Empty>No stories yet.</Empty>}
        {page && page.items.length > 0 && (
          <table class="list">
            <thead><tr><th>Story</th><th>First seen</th><th>Languages</th><th class="num">Documents</th></tr></thead>
            <tbody>{page.items.map((s) => (
              <tr key={s.id}><td><a href={href("story", s.id)}>{s.title ?? s.id}</a></td><td>{s.firstSeen}</td><td>{s.languages.map((l) => <Lang key={l} code={l} />)}</td><td class="num">{s.documents}</td></tr>
            ))}</tbody>
          </table>
        )}
        {page && <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={(o) => navigate(href("stories", { offset: o }))} />}
      </Status>
    </div>
  );
}

export function StoryPage({ id }: { id: string }) {
  const state = useApi<StoryDetail>(`stories/${encodeURIComponent(id)}`);
  const s = state.data;
  const byLang = new Map<string, DocSummary[]>();
  for (const d of s?.documents ?? []) byLang.set(d.language, [...(byLang.get(d.language) ?? []), d]);
  return (
    <Status state={state}>
      {s && (
        <div>
          <p class="kicker">story · first seen {s.firstSeen}</p>
          <h1>{s.title ?? s.id}</h1>
          <div class="side-by-side">
            {[...byLang].map(([lang, docs]) => (
              <section class="panel" key={lang}>
                <h2><Lang code={lang} /> {languageName(lang)}</h2>
                <ul class="docs">{docs.map((d) => <li key={d.id}><DocLink d={d} /><p class="excerpt" lang={d.language}>{d.excerpt}</p></li>)}</ul>
              </section>
            ))}
          </div>
          <section class="panel"><h2>Events</h2>{s.events.length ? <ul class="events">{s.events.map((e) => <EventLine key={e.id} e={e} />)}</ul> : <Empty>None extracted.</Empty>}</section>
          <section class="panel"><h2>Figures</h2>{s.facts.length ? <ul class="facts">{s.facts.map((f) => <FactLine key={f.id} f={f} />)}</ul> : <Empty>None extracted.</Empty>}</section>
        </div>
      )}
    </Status>
  );
}

export function DiscrepanciesPage() {
  const state = useApi<Paged<Discrepancy>>("discrepancies", { limit: 500 });
  const page = state.data;
  return (
    <div>
      <h1>Discrepancies</h1>
      <p class="muted">Places where sources disagree.</p>
      <Status state={state}>
        {page && page.items.length === 0 && <Empty>No discrepancies between sources.</Empty>}
        {page && page.items.length > 0 && (
          <ul class="plain discrepancies">{page.items.map((d) => (
            <li key={d.id} class="panel">
              <p><span class="badge warn">{label(d.kind)}</span> {d.description}</p>
              <p class="chips">{d.entities.map((e) => <EntityChip key={e.id} e={e} />)}</p>
              <ul class="quotes">{d.evidence.map((e, i) => <li key={i}><blockquote>{e.quote}</blockquote> <a href={href("doc", e.document)}>{e.document}</a></li>)}</ul>
            </li>
          ))}</ul>
        )}
      </Status>
    </div>
  );
}

export function DocumentsPage({ route }: { route: Route }) {
  const offset = Number(route.query.get("offset") ?? 0) || 0;
  const language = route.query.get("language");
  const state = useApi<Paged<DocSummary>>("documents", { offset, language, limit: 50 });
  const page = state.data;
  return (
    <div>
      <h1>Documents</h1>
      <Status state={state}>
        {page && page.items.length === 0 && <Empty>No documents yet.</Empty>}
        {page && <ul class="docs">{page.items.map((d) => <DocRow key={d.id} d={d} />)}</ul>}
        {page && <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={(o) => navigate(href("documents", { language, offset: o }))} />}
      </Status>
    </div>
  );
}
