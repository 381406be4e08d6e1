import { useMemo } from "preact/hooks";
import uPlot from "uplot";
import type { Stats } from "../api.ts";
import { Chart, PALETTE } from "../components/Chart.tsx";
import { Empty, EntityChip, EventLine, Lang, Status, useApi } from "../components/common.tsx";
import { href } from "../router.ts";
import { label, languageName } from "../format.ts";

function LanguageChart({ rows }: { rows: Stats["byLanguage"] }) {
  const { options, data } = useMemo(() => ({
    options: {
      scales: { x: { time: false, range: (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [min - 0.6, max + 0.6] }, y: { range: (_u: uPlot, _min: number, max: number): uPlot.Range.MinMax => [0, Math.max(1, max) * 1.15] } },
      axes: [
        { values: (_u: uPlot, ticks: number[]) => ticks.map((t) => (Number.isInteger(t) && rows[t] ? languageName(rows[t].language) : "")), splits: () => rows.map((_, i) => i), grid: { show: false } },
        { size: 40, splits: undefined, values: (_u: uPlot, ticks: number[]) => ticks.map((t) => (Number.isInteger(t) ? String(t) : "")) },
      ],
      legend: { show: false },
      cursor: { show: false },
      series: [{}, { label: "documents", stroke: PALETTE[0], fill: "#2563eb55", paths: uPlot.paths.bars!({ size: [0.6, 80] }), points: { show: false } }],
    } satisfies Omit<uPlot.Options, "width" | "height">,
    data: [rows.map((_, i) => i), rows.map((r) => r.count)] as uPlot.AlignedData,
  }), [rows]);
  return <Chart options={options} data={data} height={200} />;
}

function MonthChart({ rows }: { rows: Stats["byMonth"] }) {
  const { options, data } = useMemo(() => ({
    options: {
      scales: { x: { time: true }, y: { range: (_u: uPlot, _min: number, max: number): uPlot.Range.MinMax => [0, Math.max(1, max) * 1.15] } },
      legend: { show: false },
      axes: [{}, { size: 40 }],
      series: [{}, { label: "documents", stroke: PALETTE[2], fill: "#05966933", width: 2, points: { show: true, size: 6 } }],
    } satisfies Omit<uPlot.Options, "width" | "height">,
    data: [rows.map((r) => Date.UTC(Number(r.month.slice(0, 4)), Number(r.month.slice(5, 7)) - 1, 1) / 1000), rows.map((r) => r.count)] as uPlot.AlignedData,
  }), [rows]);
  return <Chart options={options} data={data} height={200} />;
}

export function Dashboard() {
  const state = useApi<Stats>("stats");
  const s = state.data;
  return (
    <Status state={state}>
      {s && (
        <div class="dashboard">
          <h1>Overview</h1>
          <div class="cards">
            {([["documents", "documents"], ["entities", "entities"], ["facts", "figures"], ["events", "events"], ["stories", "stories"], ["discrepancies", "discrepancies"]] as const).map(([k, name]) => (
              <a class="card stat" key={k} href={href(k === "facts" ? "figures" : k === "events" ? "timeline" : k)}>
                <span class="n">{s[k].toLocaleString("en")}</span><span class="what">{name}</span>
              </a>
            ))}
          </div>
          {s.documents === 0 && <Empty>The store is empty. Ingest articles with <code>attache ingest PATH</code>, then reload.</Empty>}
          <div class="grid2">
            <section class="panel">
              <h2>Documents by language</h2>
              {s.byLanguage.length ? <LanguageChart rows={s.byLanguage} /> : <Empty>No documents yet.</Empty>}
              <p class="legend">{s.byLanguage.map((l) => <span key={l.language}><Lang code={l.language} /> {l.count} </span>)}</p>
            </section>
            <section class="panel">
              <h2>Documents over time</h2>
              {s.byMonth.length ? <MonthChart rows={s.byMonth} /> : <Empty>No dated documents yet.</Empty>}
            </section>
          </div>
          <div class="grid3">
            <section class="panel">
              <h2>Latest events <a class="more" href={href("timeline")}>timeline →</a></h2>
              {s.latestEvents.length ? <ul class="events">{s.latestEvents.map((e) => <EventLine key={e.id} e={e} />)}</ul> : <Empty>No events extracted yet.</Empty>}
            </section>
            <section class="panel">
              <h2>Largest stories <a class="more" href={href("stories")}>all →</a></h2>
              {s.largestStories.length ? (
                <ul class="plain">{s.largestStories.map((st) => (
                  <li key={st.id}><a href={href("story", st.id)}>{st.title ?? st.id}</a> <span class="meta">{st.documents} doc{st.documents === 1 ? "" : "s"} · {st.languages.map((l) => <Lang key={l} code={l} />)}</span></li>
                ))}</ul>
              ) : <Empty>No stories yet.</Empty>}
            </section>
            <section class="panel">
              <h2>Open discrepancies <a class="more" href={href("discrepancies")}>all →</a></h2>
              {s.openDiscrepancies.length ? (
                <ul class="plain">{s.openDiscrepancies.map((d) => (
                  <li key={d.id}><span class="badge warn">{label(d.kind)}</span> {d.description} <span>{d.entities.map((e) => <EntityChip key={e.id} e={e} />)}</span></li>
                ))}</ul>
              ) : <Empty>No discrepancies between sources.</Empty>}
            </section>
          </div>
        </div>
      )}
    </Status>
  );
}
