// The popup's search hits: name, Chinese name, type, and the alias that matched when it differs.
import { TYPE_LABELS } from '../core/card-model';
import type { SearchHit } from '../core/search-index';

export function SearchResults({ hits, onChoose }: { hits: SearchHit[]; onChoose: (id: string) => void }) {
  if (hits.length === 0) return <p class="pc-empty">No entity matches.</p>;
  return (
    <ul class="pc-results" aria-label="Search results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <button type="button" class="pc-row pc-result" data-entity-id={hit.id} onClick={() => onChoose(hit.id)}>
            <span class="pc-result-name">
              {hit.name}
              {hit.nameZh && <span class="pc-zh" lang="zh"> {hit.nameZh}</span>}
            </span>
            <span class="pc-result-meta">
              {TYPE_LABELS[hit.type]}
              {hit.via && <> · “{hit.via}”</>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
