// Paste or upload articles; only offered when the server runs with --allow-ingest, and every
// request carries the token printed at start-up.
import { useState } from "preact/hooks";
import type { Info } from "../api.ts";
import { Status, useApi } from "../components/common.tsx";
import { href } from "../router.ts";

interface Report { added: { id: string; source: string }[]; unchanged: { id: string; source: string }[]; skipped: { source: string; reason: string }[] }

export function IngestPage() {
  const info = useApi<Info>("info");
  const [token, setToken] = useState(() => sessionStorage.getItem("attache-token") ?? "");
  const [result, setResult] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    form.delete("token");
    sessionStorage.setItem("attache-token", token);
    setBusy(true); setError(null); setResult(null);
    try {
      const res = await fetch("/api/ingest", { method: "POST", body: form, headers: { Authorization: `Bearer ${token}` } });
      const body = await res.json() as Report & { message?: string };
      if (!res.ok) setError(body.message ?? `HTTP ${res.status}`); else setResult(body);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <h1>Add articles</h1>
      <Status state={info}>
        {info.data && !info.data.ingest && <p class="empty">Ingest from the browser is off. Start the server with <code>attache serve --allow-ingest</code> and use the token it prints, or use <code>attache ingest PATH</code>.</p>}
        {info.data?.ingest && (
          <form class="panel ingest" onSubmit={submit}>
            <label>Token (printed when the server started)<input type="password" value={token} onInput={(e) => setToken((e.target as HTMLInputElement).value)} required autocomplete="off" /></label>
            <label>Paste an article<textarea name="text" rows={10} placeholder="Paste article text here" /></label>
            <label>…or upload files (.txt, .html, feeds)<input type="file" name="files" multiple /></label>
            <button type="submit" disabled={busy}>{busy ? "Ingesting…" : "Ingest"}</button>
            <p class="muted">Up to {(info.data.maxUploadBytes / 1024 / 1024).toFixed(0)} MB per request.</p>
          </form>
        )}
        {error && <p class="error" role="alert">{error}</p>}
        {result && (
          <section class="panel">
            <h2>Done: {result.added.length} added, {result.unchanged.length} unchanged, {result.skipped.length} skipped</h2>
            <ul class="plain">
              {result.added.map((a) => <li key={a.id}><a href={href("doc", a.id)}>{a.source}</a></li>)}
              {result.skipped.map((s) => <li key={s.source} class="error">{s.source}: {s.reason}</li>)}
            </ul>
          </section>
        )}
      </Status>
    </div>
  );
}
