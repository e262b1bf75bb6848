// The "Not this" list: every mark the reader said was wrong, where the rule applies and when it
// was added; each can be removed (and the removal undone), and the whole list saved as JSON.
import { useState } from 'preact/hooks';
import { newestFirst, notThisExportJson, withoutRule, withRule } from '../../core/not-this';
import type { NotThisRule } from '../../core/settings';
import { t } from '../../platform/i18n';
import type { SectionProps } from './section';
import { StatusLine } from './StatusLine';

export interface NotThisSectionProps extends SectionProps {
  /** The entity's name as the reader knows it (undefined for an entity no longer in the KB). */
  nameOf: (entityId: string) => string | undefined;
  download: (fileName: string, text: string, type: string) => void;
}

function whereText(rule: NotThisRule): string {
  if (rule.scope === 'everywhere') return t('optionsNotThisEverywhere');
  return t(rule.scope === 'page' ? 'optionsNotThisPage' : 'optionsNotThisSite', rule.where ?? '');
}

export function NotThisSection({ settings, update, nameOf, download }: NotThisSectionProps) {
  const [removed, setRemoved] = useState<{ rule: NotThisRule; name: string } | undefined>();
  const rules = newestFirst(settings.notThis);

  const remove = (rule: NotThisRule, name: string) => {
    setRemoved({ rule, name });
    void update((s) => ({ ...s, notThis: withoutRule(s.notThis, rule) }));
  };
  const undo = () => {
    if (!removed) return;
    const { rule } = removed;
    setRemoved(undefined);
    void update((s) => ({ ...s, notThis: withRule(s.notThis, rule) }));
  };
  const exportJson = () =>
    download(`policy-context-not-this-${new Date().toISOString().slice(0, 10)}.json`, notThisExportJson(settings.notThis, new Date()), 'application/json');

  return (
    <section class="pc-opt-section pc-opt-not-this" aria-labelledby="pc-opt-not-this-title">
      <h2 id="pc-opt-not-this-title">{t('optionsNotThisLegend')}</h2>
      <p class="pc-hint">{t('optionsNotThisHint')}</p>
      {rules.length === 0 ? (
        <p class="pc-empty">{t('optionsNotThisEmpty')}</p>
      ) : (
        <ul class="pc-opt-rows pc-opt-rules">
          {rules.map((rule) => {
            const name = nameOf(rule.entityId) ?? rule.entityId;
            return (
              <li key={`${rule.entityId}|${rule.scope}|${rule.where ?? ''}|${rule.added}`} data-entity={rule.entityId}>
                <span class="pc-opt-row-main">
                  <strong class="pc-opt-rule-name">{name}</strong>
                  <span class="pc-hint">
                    {' '}
                    {t('optionsNotThisText', rule.text)} · <span class="pc-opt-rule-where">{whereText(rule)}</span> ·{' '}
                    {t('optionsNotThisAdded', new Date(rule.added).toISOString().slice(0, 10))}
                  </span>
                </span>
                <button type="button" aria-label={t('optionsNotThisRemoveLabel', name)} onClick={() => remove(rule, name)}>
                  {t('optionsNotThisRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <StatusLine status={removed && { kind: 'ok', text: t('optionsNotThisRemoved', removed.name) }}>
        {' '}
        <button type="button" class="pc-opt-undo" onClick={undo}>
          {t('optionsUndo')}
        </button>
      </StatusLine>
      {rules.length > 0 && (
        <button type="button" class="pc-opt-export" onClick={exportJson}>
          {t('optionsNotThisExport')}
        </button>
      )}
    </section>
  );
}
