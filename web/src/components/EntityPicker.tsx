// Picks an entity by name (any alias shown in the list), yielding its id.
import { useState } from "preact/hooks";
import type { EntitySummary, Paged } from "../api.ts";
import { useApi } from "./common.tsx";
import { label } from "../format.ts";

export function EntityPicker({ value, onChange, placeholder = "any entity" }: { value: string | null; onChange: (id: string | null) => void; placeholder?: string }) {
  const list = useApi<Paged<EntitySummary>>("entities", { limit: 500 });
  const items = list.data?.items ?? [];
  const current = items.find((e) => e.id === value);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? current?.name ?? value ?? "";
  const commit = (t: string) => {
    const hit = items.find((e) => e.name === t || e.id === t) ?? items.find((e) => e.aliases.includes(t));
    setText(null);
    onChange(t.trim() === "" ? null : hit ? hit.id : value);
  };
  return (
    <span class="picker">
      <input list="entity-options" value={shown} placeholder={placeholder} aria-label="entity"
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onChange={(e) => commit((e.target as HTMLInputElement).value)} />
      <datalist id="entity-options">{items.map((e) => <option key={e.id} value={e.name}>{label(e.type)}</option>)}</datalist>
      {value && <button class="link" onClick={() => onChange(null)} aria-label="clear entity">×</button>}
    </span>
  );
}
