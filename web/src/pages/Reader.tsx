// The document reader. The text is cut into sentences and highlight spans and rendered as
// Preact text nodes, so whatever an article contains stays text.
import type { VNode } from "preact";
import { useEffect } from "preact/hooks";
import type { DocumentDetail, Highlight } from "../api.ts";
import { DocLink, Empty, EntityChip, EventLine, FactLine, Lang, Status, useApi } from "../components/common.tsx";
import { href, safeExternal, type Route } from "../router.ts";
import { languageName } from "../format.ts";

function linkFor(h: Highlight, d: DocumentDetail): string {
  if (h.kind === "entity") return href("entity", h.id);
  if (h.kind === "fact") {
    const f = d.facts.find((x) => x.id === h.id);
    return href("figures", { metric: f?.metric, parties: f?.parties.map((p) => p.id).join(","), fact: h.id });
  }
  return href("timeline", { focus: h.id });
}

/** Inline spans for one stretch of text; overlapping highlights yield to the earlier, longer one. */
function renderSpan(text: string, from: number, to: number, hs: Highlight[], d: DocumentDetail, focusFact: string | null): (VNode | string)[] {
  const out: (VNode | string)[] = [];
  let at = from;
  for (const h of hs) {
    if (h.start < at || h.end > to || h.start >= h.end) continue;
    if (h.start > at) out.push(text.slice(at, h.start));
    out.push(
      <a class={`hl hl-${h.kind} ${focusFact === h.id ? "focus" : ""}`} href={linkFor(h, d)} title={h.label} data-kind={h.kind} key={`${h.kind}${h.start}`}>
        {text.slice(h.start, h.end)}
      </a>,
    );
    at = h.end;
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}

function Body({ d, target, focusFact }: { d: DocumentDetail; target: number | null; focusFact: string | null }) {
  const text = d.document.text;
  const inline = d.highlights.filter((h) => h.kind !== "event" && !(h.kind === "fact" && d.sentences.some((s) => s.start === h.start && s.end === h.end)));
  const eventSentences = new Set(d.highlights.filter((h) => h.kind === "event").map((h) => h.sentence));
  const factSentences = new Set(d.highlights.filter((h) => h.kind === "fact").map((h) => h.sentence));
  const spans = d.sentences.length ? d.sentences : [{ index: -1, start: 0, end: text.length }];
  const out: (VNode | string)[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push(text.slice(at, s.start));
    const cls = ["sentence", eventSentences.has(s.index) ? "has-event" : "", factSentences.has(s.index) ? "has-fact" : "", target === s.index ? "target" : ""].filter(Boolean).join(" ");
    out.push(<span class={cls} id={`s-${s.index}`} data-sentence={s.index} key={`s${s.index}`}>{renderSpan(text, s.start, s.end, inline, d, focusFact)}</span>);
    at = s.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <div class="doc-text" lang={d.document.language}>{out}</div>;
}

export function Reader({ id, route }: { id: string; route: Route }) {
  const state = useApi<DocumentDetail>(`documents/${encodeURIComponent(id)}`);
  const sParam = route.query.get("s");
  const target = sParam != null && /^\d+$/.test(sParam) ? Number(sParam) : null;
  const focusFact = route.query.get("f");
  const d = state.data;
  useEffect(() => {
    if (!d || target == null) return;
    document.getElementById(`s-${target}`)?.scrollIntoView({ block: "center" });
  }, [d, target]);
  const url = d ? safeExternal(d.document.url) : null;
  return (
    <Status state={state}>
      {d && (
        <div class="reader">
          <article class="panel">
            <p class="kicker"><Lang code={d.document.language} /> {languageName(d.document.language)} · {d.document.published ?? "undated"}{d.document.version > 1 ? ` · version ${d.document.version}` : ""}</p>
            <h1>{d.document.title ?? <span class="muted">Untitled document</span>}</h1>
            <p class="meta">
              {url ? <a href={url} rel="noopener noreferrer nofollow" target="_blank">{d.document.url}</a> : d.document.url && <span>{d.document.url}</span>}
              {" "}<span class="muted">source: {d.document.source}</span>
            </p>
            <p class="legend-note"><span class="hl hl-entity">entity</span> <span class="hl hl-fact">figure</span> <span class="sentence has-event">sentence describing an event</span></p>
            <Body d={d} target={target} focusFact={focusFact} />
          </article>
          <aside>
            <section class="panel">
              <h2>Same story{d.story?.title ? `: ${d.story.title}` : ""}</h2>
              {d.story && d.story.documents.length ? (
                <ul class="docs">{d.story.documents.map((x) => (
                  <li key={x.id} class="story-doc"><DocLink d={x} /><p class="excerpt" lang={x.language}>{x.excerpt}</p></li>
                ))}</ul>
              ) : <Empty>No other documents in this story.</Empty>}
              {d.story && <p><a href={href("story", d.story.id)}>Whole story →</a></p>}
            </section>
            <section class="panel">
              <h2>Entities ({d.entities.length})</h2>
              {d.entities.length ? <p class="chips">{d.entities.map((e) => <EntityChip key={e.id} e={e} />)}</p> : <Empty>None extracted.</Empty>}
            </section>
            <section class="panel">
              <h2>Figures ({d.facts.length})</h2>
              {d.facts.length ? <ul class="facts">{d.facts.map((f) => <FactLine key={f.id} f={f} />)}</ul> : <Empty>None extracted.</Empty>}
            </section>
            <section class="panel">
              <h2>Events ({d.events.length})</h2>
              {d.events.length ? <ul class="events">{d.events.map((e) => <EventLine key={e.id} e={e} />)}</ul> : <Empty>None extracted.</Empty>}
            </section>
          </aside>
        </div>
      )}
    </Status>
  );
}
