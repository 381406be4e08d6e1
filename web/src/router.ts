// Hash routing: `#/entity/country%3AKR?x=1`. Every id in a route is URL-encoded by `href`
// and decoded once here, so ids with `:` `/` or spaces survive the round trip.
import { useEffect, useState } from "preact/hooks";

export interface Route { parts: string[]; query: URLSearchParams }

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, "") || "/";
  const [path, qs = ""] = raw.split("?", 2);
  const parts = path.split("/").filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
  return { parts, query: new URLSearchParams(qs) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return route;
}

/** An internal link: `href("entity", id)` → `#/entity/<encoded id>`. */
export function href(...parts: (string | Record<string, string | number | undefined | null>)[]): string {
  const path: string[] = [];
  const qs = new URLSearchParams();
  for (const p of parts) {
    if (typeof p === "string") path.push(encodeURIComponent(p));
    else for (const [k, v] of Object.entries(p)) if (v != null && v !== "") qs.set(k, String(v));
  }
  return `#/${path.join("/")}${qs.size ? `?${qs}` : ""}`;
}

export function navigate(to: string): void {
  location.hash = to.replace(/^#/, "");
}

/** Only http(s) addresses become outside links; anything else (javascript:, data:) stays text. */
export function safeExternal(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
