// The popup's search hits: name, Chinese name, type, and the alias that matched when it differs.
// In the Chinese UI the Chinese name comes first.
import { namesInOrder, typeLabelKey, type UiLang } from '../core/card-text';
import type { SearchHit } from '../core/search-index';
import { t } from '../platform/i18n';

export function SearchResults({ hits, onChoose, lang }: { hits: SearchHit[]; onChoose: (id: string) => void; lang: UiLang }) {
  if (hits.length === 0) return <p class="pc-empty">{t('popupNoMatches')}</p>;
  return (
    <ul class="pc-results" aria-label={t('popupSearchResults')}>
      {hits.map((hit) => {
        const [first, second] = namesInOrder({ en: hit.name, zh: hit.nameZh }, lang);
        return (
          <li key={hit.id}>
            <button type="button" class="pc-row pc-result" data-entity-id={hit.id} onClick={() => onChoose(hit.id)}>
              <span class="pc-result-name">
                <span lang={first!.lang}>{first!.text}</span>
                {second && <span class={second.lang === 'zh' ? 'pc-zh' : 'pc-en'} lang={second.lang}> {second.text}</span>}
              </span>
              <span class="pc-result-meta">
                {t(typeLabelKey(hit.type))}
                {hit.via && <> · “{hit.via}”</>}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
