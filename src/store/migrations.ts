// Versioned schema. Never edit a migration that has shipped: add the next one.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: "initial schema",
    sql: `
      CREATE TABLE documents (
        id            TEXT PRIMARY KEY,          -- content-addressed: doc_<sha256 prefix>
        content_hash  TEXT NOT NULL,
        source        TEXT NOT NULL,             -- path or URL exactly as given (first seen)
        format        TEXT NOT NULL,
        encoding      TEXT NOT NULL,
        url           TEXT,
        language      TEXT NOT NULL,
        title         TEXT,
        published     TEXT,
        story         TEXT,
        text          TEXT NOT NULL,
        analysis      TEXT NOT NULL,             -- JSON: sentences, mentions, facts, events, furniture
        version       INTEGER NOT NULL DEFAULT 1,
        superseded_by TEXT,                      -- a newer version of the same source
        ingested_at   TEXT NOT NULL
      );
      CREATE INDEX documents_source ON documents(source);
      CREATE INDEX documents_published ON documents(published);
      CREATE INDEX documents_language ON documents(language);
      CREATE INDEX documents_story ON documents(story);

      -- every source a document's content was ingested from
      CREATE TABLE document_sources (
        source      TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        ingested_at TEXT NOT NULL,
        PRIMARY KEY (source, document_id)
      );

      CREATE TABLE entities (
        id        TEXT PRIMARY KEY,              -- the first EntityRef that named it
        type      TEXT NOT NULL,
        key       TEXT NOT NULL,
        name      TEXT NOT NULL,
        name_lang TEXT
      );
      CREATE INDEX entities_type_key ON entities(type, key);

      CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id),
        alias     TEXT NOT NULL,
        folded    TEXT NOT NULL,
        language  TEXT,
        PRIMARY KEY (entity_id, alias)
      );
      CREATE INDEX entity_aliases_folded ON entity_aliases(folded);

      -- other refs that resolved to an entity (acronym ↔ expansion, merged spellings)
      CREATE TABLE entity_refs (
        ref       TEXT PRIMARY KEY,
        entity_id TEXT NOT NULL REFERENCES entities(id)
      );

      CREATE TABLE entity_roles (
        entity_id TEXT NOT NULL REFERENCES entities(id),
        role      TEXT NOT NULL,
        PRIMARY KEY (entity_id, role)
      );

      CREATE TABLE mentions (
        document_id TEXT NOT NULL REFERENCES documents(id),
        entity_id   TEXT NOT NULL REFERENCES entities(id),
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        sentence    INTEGER NOT NULL,
        surface     TEXT NOT NULL,
        role        TEXT,
        expansion   TEXT,
        PRIMARY KEY (document_id, start, entity_id)
      );
      CREATE INDEX mentions_entity ON mentions(entity_id);

      CREATE TABLE facts (
        id        TEXT PRIMARY KEY,
        metric    TEXT NOT NULL,
        value     REAL NOT NULL,
        unit      TEXT NOT NULL,
        period    TEXT,
        status    TEXT NOT NULL,
        parties   TEXT NOT NULL,                 -- JSON array of entity ids, in stated order
        subject   TEXT,
        series    TEXT NOT NULL,                 -- metric|unit|status|parties key shared by one series
        consensus TEXT NOT NULL DEFAULT 'true'   -- 'true' or the id of the conflict it belongs to
      );
      CREATE INDEX facts_series ON facts(series, period);
      CREATE INDEX facts_metric ON facts(metric);

      CREATE TABLE fact_evidence (
        fact_id     TEXT NOT NULL REFERENCES facts(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        sentence    INTEGER NOT NULL,
        quote       TEXT NOT NULL,
        surface     TEXT NOT NULL,
        precision   REAL NOT NULL,
        approximate INTEGER NOT NULL,
        PRIMARY KEY (fact_id, document_id, sentence, surface)
      );
      CREATE INDEX fact_evidence_document ON fact_evidence(document_id);

      CREATE TABLE events (
        id           TEXT PRIMARY KEY,
        key          TEXT NOT NULL UNIQUE,
        type         TEXT NOT NULL,
        name         TEXT NOT NULL,
        ordinal      INTEGER,
        date         TEXT,
        place        TEXT,
        country      TEXT,
        series       TEXT,
        participants TEXT NOT NULL               -- JSON array of entity ids
      );
      CREATE INDEX events_date ON events(date);

      CREATE TABLE event_evidence (
        event_id    TEXT NOT NULL REFERENCES events(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        sentence    INTEGER NOT NULL,
        quote       TEXT NOT NULL,
        PRIMARY KEY (event_id, document_id, sentence)
      );
      CREATE INDEX event_evidence_document ON event_evidence(document_id);

      CREATE TABLE stories (
        id         TEXT PRIMARY KEY,
        title      TEXT,
        first_seen TEXT NOT NULL
      );

      -- inverted index for story assignment: signal token -> story
      CREATE TABLE story_signals (
        token    TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(id),
        weight   REAL NOT NULL,
        PRIMARY KEY (token, story_id)
      );

      CREATE TABLE discrepancies (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        description TEXT NOT NULL,
        entities    TEXT NOT NULL,               -- JSON array of entity ids
        evidence    TEXT NOT NULL,               -- JSON array of {document, quote}
        detail      TEXT                         -- JSON, kind-specific
      );
      CREATE INDEX discrepancies_kind ON discrepancies(kind);
    `,
  },
  {
    version: 2,
    name: "story profiles and reconciliation scopes",
    sql: `
      -- what a story is about, for vetoes that signals alone cannot express (25th vs 26th summit)
      ALTER TABLE stories ADD COLUMN profile TEXT;
      CREATE INDEX story_signals_story ON story_signals(story_id);
      -- the part of the store a discrepancy was derived from, so reconciliation can redo just that
      ALTER TABLE discrepancies ADD COLUMN scope TEXT;
      CREATE INDEX discrepancies_scope ON discrepancies(scope);
      CREATE INDEX mentions_expansion ON mentions(surface) WHERE expansion IS NOT NULL;
    `,
  },
  {
    version: 3,
    name: "saturated story tokens",
    sql: `
      -- signal tokens carried by more stories than cluster/stories.ts POSTING_CAP (64): they say
      -- nothing about which story a document joins, so their postings are neither read nor grown
      CREATE TABLE story_saturated (token TEXT PRIMARY KEY) WITHOUT ROWID;
      INSERT INTO story_saturated (token) SELECT token FROM story_signals GROUP BY token HAVING COUNT(*) > 64;
    `,
  },
  {
    version: 4,
    name: "indexes for per-document reconciliation and story postings",
    sql: `
      -- refs of an entity (reconcile translationInput joins mentions to refs by entity): without
      -- it every document scanned the whole entity_refs table
      CREATE INDEX entity_refs_entity ON entity_refs(entity_id);
      -- postings are read by token with their weight: covering, so no table lookup per row
      CREATE INDEX story_signals_cover ON story_signals(token, story_id, weight);
    `,
  },
  {
    version: 5,
    name: "story postings clustered by token; agreeing figure groups",
    sql: `
      -- Postings are only ever read by token (cluster/stories.ts). A rowid table kept four
      -- b-trees in step on every insert: the rows, the primary-key index, story_signals_cover and
      -- story_signals_story (by story, never queried). Clustered on (token, story_id) the table is
      -- its own covering index, and each new posting writes one b-tree.
      CREATE TABLE story_signals_by_token (
        token    TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(id),
        weight   REAL NOT NULL,
        PRIMARY KEY (token, story_id)
      ) WITHOUT ROWID;
      INSERT INTO story_signals_by_token (token, story_id, weight) SELECT token, story_id, weight FROM story_signals;
      DROP TABLE story_signals;
      ALTER TABLE story_signals_by_token RENAME TO story_signals;

      -- A figure group (series, period) whose statements all agree, summed up as the intersection
      -- of their intervals (reconcile/precision.ts): a batch that only adds statements inside it
      -- leaves the group as it was, so reconciliation need not read the group back. Missing
      -- rows (groups in conflict, stores from before this table) mean: recompute the group.
      CREATE TABLE fact_group_bounds (
        series TEXT NOT NULL,
        period TEXT NOT NULL,
        lo     REAL NOT NULL,                     -- the largest lower end
        hi     REAL NOT NULL,                     -- the smallest upper end
        PRIMARY KEY (series, period)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    name: "current-document lookups without reading the document row",
    sql: `
      -- Reconciliation joins every statement and acronym mention to its document to keep only
      -- current versions (and their language and date). Those columns come after text and
      -- analysis in the row, so each lookup walked the row's overflow pages: a fixed cost per
      -- statement that made reconciling a common figure or acronym slow in a large store.
      -- This index answers the lookups on its own.
      CREATE INDEX documents_current ON documents(id, superseded_by, language, published);
    `,
  },
  {
    version: 7,
    name: "append-only discrepancy evidence; acronym long-form summaries",
    sql: `
      -- A discrepancy's evidence, one row per statement or mention as it joins the discrepancy
      -- (seq: its mention or fact_evidence rowid, so rows come in insertion order). A batch appends its own rows
      -- instead of rewriting a JSON list of every statement. Discrepancies with rows here take
      -- their evidence from them (read.ts); those without keep the JSON column (stores from
      -- before this table, and kinds still written whole).
      CREATE TABLE discrepancy_evidence (
        discrepancy_id TEXT NOT NULL,
        seq            INTEGER NOT NULL,
        document       TEXT NOT NULL,
        quote          TEXT NOT NULL,
        side           TEXT NOT NULL,             -- expansion: the long form's variant key; conflict: the statement's interval
        fact           TEXT,                      -- conflict: the fact stated, and its surface
        surface        TEXT,
        PRIMARY KEY (discrepancy_id, seq)
      ) WITHOUT ROWID;

      -- Per acronym, what decides its expansion discrepancy (reconcile/expansion.ts): each
      -- (long form, language, entity) of its current mentions with the first and last mention
      -- rowid. A batch reads these few rows and its own mentions, not every mention of the
      -- acronym. An acronym without rows (new, or from a store before this table) is redone
      -- once from its mentions.
      CREATE TABLE expansion_variants (
        acronym   TEXT NOT NULL,
        expansion TEXT NOT NULL,
        language  TEXT NOT NULL,
        entity    TEXT NOT NULL,
        first     INTEGER NOT NULL,
        last      INTEGER NOT NULL,
        PRIMARY KEY (acronym, expansion, language, entity)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 8,
    name: "events know whether a report stated them or only mentioned them",
    sql: `
      -- 1: some document reports the meeting in its headline or lead; 0: documents only mention it
      -- further down (\`after Hanoi she goes on to Phnom Penh for the next joint commission\`). A report's
      -- date and place then replace a mention's (store/write.ts). Rows from older stores count as
      -- reported, so their fields are only filled, never replaced, as before.
      ALTER TABLE events ADD COLUMN reported INTEGER NOT NULL DEFAULT 1;
    `,
  },
];
