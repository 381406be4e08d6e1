// Attaché's web UI: a hash-routed single page over the JSON API.
import { render } from "preact";
import { useRoute, href, navigate } from "./router.ts";
import { Dashboard } from "./pages/Dashboard.tsx";
import { Timeline } from "./pages/Timeline.tsx";
import { EntityPage, EntitiesPage } from "./pages/Entity.tsx";
import { Figures } from "./pages/Figures.tsx";
import { Reader } from "./pages/Reader.tsx";
import { SearchPage } from "./pages/Search.tsx";
import { StoriesPage, StoryPage, DiscrepanciesPage, DocumentsPage } from "./pages/Stories.tsx";
import { IngestPage } from "./pages/Ingest.tsx";
import "./style.css";

const NAV: [string, string][] = [
  ["", "Overview"], ["timeline", "Timeline"], ["figures", "Figures"], ["entities", "Entities"],
  ["stories", "Stories"], ["documents", "Documents"], ["discrepancies", "Discrepancies"], ["ingest", "Add"],
];

function App() {
  const route = useRoute();
  const [page = "", id] = route.parts;
  let body;
  switch (page) {
    case "": body = <Dashboard />; break;
    case "timeline": body = <Timeline route={route} />; break;
    case "figures": body = <Figures route={route} />; break;
    case "entities": body = <EntitiesPage route={route} />; break;
    case "entity": body = id ? <EntityPage key={id} id={id} /> : <EntitiesPage route={route} />; break;
    case "doc": body = id ? <Reader key={id} id={id} route={route} /> : <DocumentsPage route={route} />; break;
    case "documents": body = <DocumentsPage route={route} />; break;
    case "stories": body = <StoriesPage route={route} />; break;
    case "story": body = id ? <StoryPage key={id} id={id} /> : <StoriesPage route={route} />; break;
    case "discrepancies": body = <DiscrepanciesPage />; break;
    case "search": body = <SearchPage route={route} />; break;
    case "ingest": body = <IngestPage />; break;
    default: body = <p class="empty">No such page. <a href="#/">Back to the overview</a>.</p>;
  }
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">Attaché</a>
        <nav>{NAV.map(([p, name]) => <a key={p} href={`#/${p}`} class={page === p || (page === "entity" && p === "entities") || (page === "doc" && p === "documents") ? "active" : ""}>{name}</a>)}</nav>
        <form class="quick-search" role="search" onSubmit={(e) => { e.preventDefault(); navigate(href("search", { q: String(new FormData(e.currentTarget).get("q") ?? "") })); }}>
          <input name="q" type="search" placeholder="Search names, places, figures…" aria-label="search" />
        </form>
      </header>
      <main>{body}</main>
    </>
  );
}

const root = document.getElementById("app")!;
root.textContent = ""; // drop the boot message; Preact would otherwise keep it beside the app
render(<App />, root);
