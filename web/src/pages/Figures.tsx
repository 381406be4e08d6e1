// A metric's series for chosen parties: actuals as solid lines, targets and pledges dashed,
// conflicting values ringed in red; a click on a point (or a row below) opens the sentence it came from.
import { useMemo } from "preact/hooks";
import uPlot from "uplot";
import type { Paged, Series } from "../api.ts";
import { Chart, PALETTE } from "../components/Chart.tsx";
import { Empty, EntityChip, SourceLink, Status, useApi } from "../components/common.tsx";
import { href, navigate, type Route } from "../router.ts";
import { compactValue, formatValue, label } from "../format.ts";

type Point = Series["points"][number];

function seriesLabel(s: Series): string {
  return `${s.parties.map((p) => p.name).join(" – ") || "unattributed"}${s.subject ? ` (${s.subject})` : ""} · ${s.status}`;
}

function buildChart(series: Series[]) {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.x).filter((x): x is number => x != null)))].sort((a, b) => a - b);
  const at = new Map(years.map((y, i) => [y, i]));
  const data: (number | null)[][] = [years];
  const refs: (Point | null)[][] = [[]];
  const opts: uPlot.Series[] = [{ label: "year" }];
  series.forEach((s, si) => {
    const color = PALETTE[si % PALETTE.length];
    const main: (number | null)[] = years.map(() => null);
    const mainRefs: (Point | null)[] = years.map(() => null);
    const conflictLayers: { ys: (number | null)[]; refs: (Point | null)[] }[] = [];
    const byYear = new Map<number, Point[]>();
    for (const p of s.points) if (p.x != null) byYear.set(p.x, [...(byYear.get(p.x) ?? []), p]);
    for (const [x, pts] of byYear) {
      const i = at.get(x)!;
      const ranked = [...pts].sort((a, b) => Number(a.conflict) - Number(b.conflict) || b.sources.length - a.sources.length);
      main[i] = ranked[0].value;
      mainRefs[i] = ranked[0];
      ranked.filter((p) => p.conflict).forEach((p, k) => {
        conflictLayers[k] ??= { ys: years.map(() => null), refs: years.map(() => null) };
        conflictLayers[k].ys[i] = p.value;
        conflictLayers[k].refs[i] = p;
      });
    }
    const dashed = s.status !== "actual";
    data.push(main);
    refs.push(mainRefs);
    opts.push({
      label: seriesLabel(s), stroke: color, width: 2, dash: dashed ? [6, 5] : undefined, spanGaps: true,
      points: { show: true, size: dashed ? 9 : 7, fill: dashed ? "#fff" : color, stroke: color, width: 2 },
    });
    conflictLayers.forEach((layer, k) => {
      data.push(layer.ys);
      refs.push(layer.refs);
      opts.push({ label: k === 0 ? "sources disagree" : `sources disagree (${k + 1})`, stroke: "#dc2626", width: 0, paths: () => null, points: { show: true, size: 13, width: 2.5, stroke: "#dc2626", fill: "transparent" } });
    });
  });
  return { years, data: data as uPlot.AlignedData, refs, opts };
}

export function Figures({ route }: { route: Route }) {
  const q = route.query;
  const all = useApi<Paged<Series>>("figures", { limit: 500 });
  const metrics = useMemo(() => {
    const n = new Map<string, number>();
    for (const s of all.data?.items ?? []) n.set(s.metric, (n.get(s.metric) ?? 0) + s.points.length);
    return [...n].sort((a, b) => b[1] - a[1]);
  }, [all.data]);
  const metric = q.get("metric") ?? metrics[0]?.[0] ?? null;
  const selected = (q.get("parties") ?? "").split(",").filter(Boolean);
  const focus = q.get("fact");
  const partyOptions = useMemo(() => {
    const m = new Map<string, Series["parties"][number]>();
    for (const s of all.data?.items ?? []) if (s.metric === metric) for (const p of s.parties) m.set(p.id, p);
    return [...m.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [all.data, metric]);
  const state = useApi<Paged<Series>>(metric ? "figures" : null, { metric, parties: selected.join(","), limit: 500 });
  const series = state.data?.items ?? [];
  const chart = useMemo(() => buildChart(series), [state.data]);
  const unit = series[0]?.unit ?? "";
  const go = (patch: Record<string, string | null>) => navigate(href("figures", { metric, parties: selected.join(",") || null, ...patch }));
  const toggle = (id: string) => go({ parties: (selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]).join(",") || null, fact: null });

  const options = useMemo((): Omit<uPlot.Options, "width" | "height"> => ({
    // Whole years, with a year of margin either side so a single year is not a lone dot at 0..4000.
    scales: { x: { time: false, range: (_u, min, max): uPlot.Range.MinMax => [Math.floor(min) - 1, Math.ceil(max) + 1] } },
    series: chart.opts,
    axes: [
      { values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : "")) },
      { size: 80, values: (_u, ticks) => ticks.map((t) => compactValue(t, unit)) },
    ],
    cursor: { points: { size: 10 }, drag: { x: false, y: false } },
    legend: { live: false },
  }), [chart, unit]);

  const onReady = (u: uPlot) => {
    // Nearest drawn point within 16px of the click: open the sentence it was read from.
    u.over.addEventListener("click", (ev) => {
      const rect = u.over.getBoundingClientRect();
      const cx = ev.clientX - rect.left;
      const cy = ev.clientY - rect.top;
      let best: { d: number; p: Point } | null = null;
      for (let si = 1; si < chart.data.length; si++) {
        const ys = chart.data[si];
        ys.forEach((y, i) => {
          const p = chart.refs[si][i];
          if (y == null || !p) return;
          const d = Math.hypot(u.valToPos(chart.years[i], "x") - cx, u.valToPos(y, "y") - cy);
          if (d < 16 && (!best || d < best.d)) best = { d, p };
        });
      }
      const hit = best as { d: number; p: Point } | null;
      const src = hit?.p.sources[0];
      if (hit && src) navigate(href("doc", src.document, { s: src.sentence, f: hit.p.fact }));
    });
  };

  return (
    <div class="figures">
      <h1>Figures</h1>
      <Status state={all}>
        {metrics.length === 0 ? <Empty>No figures have been extracted yet.</Empty> : (
          <>
            <div class="filters">
              <label>Metric <select value={metric ?? ""} onChange={(e) => navigate(href("figures", { metric: (e.target as HTMLSelectElement).value }))}>
                {metrics.map(([m, n]) => <option key={m} value={m}>{label(m)} ({n})</option>)}
              </select></label>
              <span class="party-pick" role="group" aria-label="parties">
                Parties: {partyOptions.map((p) => (
                  <label key={p.id} class={`toggle ${selected.includes(p.id) ? "on" : ""}`}>
                    <input type="checkbox" checked={selected.includes(p.id)} onChange={() => toggle(p.id)} /> {p.name}
                  </label>
                ))}
              </span>
            </div>
            <Status state={state}>
              {series.length === 0 ? <Empty>No series for these parties.</Empty> : (
                <section class="panel">
                  <p class="legend-note"><span class="key solid" /> actual <span class="key dashed" /> target / pledge <span class="key ring" /> sources disagree · click a point to open its source sentence</p>
                  {chart.years.length ? <Chart options={options} data={chart.data} height={320} onReady={onReady} /> : <Empty>These figures have no period, so there is nothing to plot; see the table.</Empty>}
                  <table class="list figures-table">
                    <thead><tr><th>Series</th><th>Period</th><th class="num">Value</th><th>Status</th><th>Sources</th></tr></thead>
                    <tbody>
                      {series.flatMap((s) => s.points.map((p) => (
                        <tr key={p.fact} class={`${p.conflict ? "conflict" : ""} ${focus === p.fact ? "selected" : ""}`} data-fact={p.fact}>
                          <td>{s.parties.map((e) => <EntityChip key={e.id} e={e} />)}{s.subject && <span class="muted"> {s.subject}</span>}</td>
                          <td>{p.period ?? <span class="muted">undated</span>}</td>
                          <td class="num">{p.approximate ? "≈ " : ""}{formatValue(p.value, s.unit)}</td>
                          <td><span class={`status s-${p.status}`}>{p.status}</span>{p.conflict && <span class="badge warn">conflict</span>}</td>
                          <td class="sources">{p.sources.map((src) => <SourceLink key={`${src.document}-${src.sentence}`} s={src} fact={p.fact} />)}</td>
                        </tr>
                      )))}
                    </tbody>
                  </table>
                </section>
              )}
            </Status>
          </>
        )}
      </Status>
    </div>
  );
}
