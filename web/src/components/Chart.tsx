// A uPlot chart that sizes itself to its container and is rebuilt when its data changes.
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export function Chart({ options, data, height = 240, onReady }: {
  options: Omit<uPlot.Options, "width" | "height">; data: uPlot.AlignedData; height?: number; onReady?: (u: uPlot) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const u = new uPlot({ ...options, width: Math.max(280, el.clientWidth), height }, data, el);
    onReady?.(u);
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(280, el.clientWidth), height }));
    ro.observe(el);
    return () => { ro.disconnect(); u.destroy(); };
  }, [options, data]);
  return <div class="chart" ref={box} />;
}

export const PALETTE = ["#2563eb", "#d97706", "#059669", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#dc2626"];
