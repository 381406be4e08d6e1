// Small building blocks shared by the pages. Article text is always passed as children
// (Preact text nodes), never as markup.
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api } from "../api.ts";
import type { DocSummary, EntityRef, Event, Fact, Source } from "../api.ts";
import { href } from "../router.ts";
import { formatValue, label, languageName, shortText } from "../format.ts";

export type Loaded<T> = { data: T; error: null; loading: false } | { data: null; error: string | null; loading: boolean };

/** Fetches `path` whenever it or `params` change; the last request wins. */
export function useApi<T>(path: string | null, params: Record<string, string | number | undefined | null> = {}): Loaded<T> {
  const key = path ? `${path}?${JSON.stringify(params)}` : "";
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: !!path });
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState({ data: null, error: null, loading: true });
    api<T>(path, params).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (err: Error) => live && setState({ data: null, error: err.message, loading: false }),
    );
    return () => { live = false; };
  }, [key]);
  return state;
}

export function Status({ state, children }: { state: Loaded<unknown>; children?: ComponentChildren }) {
  if (state.loading) return <p class="muted">Loading…</p>;
  if (state.error) return <p class="error" role="alert">{state.error}</p>;
  return <>{children}</>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

export function EntityChip({ e }: { e: EntityRef }) {
  return <a class={`chip t-${e.type}`} href={href("entity", e.id)} title={`${label(e.type)} · ${e.id}`}>{e.name}</a>;
}

export function Lang({ code }: { code: string }) {
  return <span class="lang" title={languageName(code)}>{code}</span>;
}

export function DocLink({ d, sentence, fact }: { d: DocSummary; sentence?: number | null; fact?: string }) {
  return (
    <a class="doc-link" href={href("doc", d.id, { s: sentence ?? undefined, f: fact })}>
      <Lang code={d.language} /> {d.title ? shortText(d.title, 110) : shortText(d.excerpt, 110) || d.id}
    </a>
  );
}

export function DocRow({ d }: { d: DocSummary }) {
  return (
    <li class="doc-row">
      <DocLink d={d} />
      <span class="meta">{d.published ?? "undated"} · {shortText(d.source, 60)}</span>
    </li>
  );
}

/** A link to the exact sentence a figure or event was read from. */
export function SourceLink({ s, fact }: { s: Source; fact?: string }) {
  return (
    <a class="source-link" href={href("doc", s.document, { s: s.sentence, f: fact })} title={s.quote}>
      <Lang code={s.language} /> {shortText(s.label, 60)}
    </a>
  );
}

export function FactLine({ f }: { f: Fact }) {
  return (
    <li class={`fact-line ${f.consensus === true ? "" : "conflict"}`}>
      <a class="value" href={href("figures", { metric: f.metric, parties: f.parties.map((p) => p.id).join(","), fact: f.id })}>{formatValue(f.value, f.unit)}</a>
      <span class={`status s-${f.status}`}>{f.status}</span>
      <span>{label(f.metric)}{f.period ? ` · ${f.period}` : ""}{f.subject ? ` · ${f.subject}` : ""}</span>
      {f.consensus !== true && <span class="badge warn" title="sources disagree">conflict</span>}
      <span class="parties">{f.parties.map((p) => <EntityChip key={p.id} e={p} />)}</span>
      <span class="sources">{f.sources.map((s) => <SourceLink key={`${s.document}-${s.sentence}`} s={s} fact={f.id} />)}</span>
    </li>
  );
}

export function EventLine({ e }: { e: Event }) {
  return (
    <li class="event-line" id={`ev-${e.id}`}>
      <time>{e.date ?? "undated"}</time>
      <div>
        <strong>{e.name}</strong> <span class="muted">{label(e.type)}{e.place ? ` · ${e.place}` : ""}</span>
        <div class="parties">{e.participants.map((p) => <EntityChip key={p.id} e={p} />)}</div>
        <div class="sources">{e.sources.map((s) => <SourceLink key={`${s.document}-${s.sentence}`} s={s} />)}</div>
      </div>
    </li>
  );
}

export function Pager({ total, limit, offset, onPage }: { total: number; limit: number; offset: number; onPage: (offset: number) => void }) {
  if (total <= limit) return null;
  return (
    <div class="pager">
      <button disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>← Previous</button>
      <span>{offset + 1}–{Math.min(total, offset + limit)} of {total}</span>
      <button disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>Next →</button>
    </div>
  );
}
