// The card's content: one entity's facts, each footnoted to its sources. Used in the hover card and
// in the popup's detail view. Renders page and KB text as text only (Preact escapes it).
import type { ComponentChildren } from 'preact';
import type { CardModel, CitedLine } from '../core/card-model';
import { namesInOrder } from '../core/card-text';
import { httpsHref } from '../core/safe-url';
import { t } from '../platform/i18n';

export interface EntityCardProps {
  model: CardModel;
  /** Called when a related entity is chosen (the card then shows that entity). */
  onRelated?: (id: string, event: MouseEvent) => void;
  headingId?: string;
}

function Cites({ cites }: { cites: number[] }) {
  if (cites.length === 0) return null;
  // Screen readers hear "sources 1, 2" (a <sup> may not carry a label), sighted readers see [1][2].
  return (
    <sup class="pc-cites">
      <span class="pc-visually-hidden">{t('cardCitesLabel', cites.join(', '))}</span>
      <span aria-hidden="true">{cites.map((n) => `[${n}]`).join('')}</span>
    </sup>
  );
}

function Line({ line }: { line: CitedLine }) {
  return (
    <>
      {line.text}
      <Cites cites={line.cites} />
    </>
  );
}

/** A titled list section of the card, left out when it has no items. */
function Section<T>({ title, items, listClass, sectionClass, render }: {
  title: string;
  items: readonly T[];
  listClass?: string;
  sectionClass?: string;
  render: (item: T) => ComponentChildren;
}) {
  if (items.length === 0) return null;
  return (
    <section class={sectionClass} aria-label={title}>
      <h3>{title}</h3>
      <ul class={listClass}>{items.map((item, i) => <li key={i}>{render(item)}</li>)}</ul>
    </section>
  );
}

export function EntityCard({ model, onRelated, headingId }: EntityCardProps) {
  return (
    <article class="pc-card" data-entity-id={model.id}>
      <header class="pc-head">
        <CardTitle model={model} headingId={headingId} />
        <p class="pc-meta">
          <span class="pc-type">{model.typeLabel}</span>
          {model.period && <span class="pc-period">{model.period}</span>}
          {model.pinyin && <span class="pc-pinyin">{model.pinyin}</span>}
        </p>
      </header>
      {model.context.length > 0 && (
        <ul class="pc-context" aria-label={t('cardContextLabel')}>
          {model.context.map((c, i) => (
            <li key={i}>
              <span class="pc-context-label">{t('cardLabelled', c.label)}</span> <Line line={c} />
            </li>
          ))}
        </ul>
      )}
      <p class="pc-summary">
        <Line line={model.summary} />
      </p>
      {model.matchNote && <p class="pc-match-note">{model.matchNote}</p>}
      <Section title={t('cardDisputes')} sectionClass="pc-disputes" items={model.disputes} render={(d) => <Line line={d} />} />
      <Section title={t('cardRoles')} listClass="pc-roles" items={model.roles} render={(r) => <Line line={r} />} />
      <Section
        title={t('cardFacts')}
        listClass="pc-facts"
        items={model.facts}
        render={(f) => (
          <>
            <span class="pc-fact-label">{t('cardLabelled', f.label)}</span> <Line line={f} />
          </>
        )}
      />
      <Section
        title={t('cardShareholders')}
        listClass="pc-shareholders"
        items={model.shareholders}
        render={(h) => (
          <>
            {h.text} <strong>{h.share}</strong>
            <Cites cites={h.cites} />
          </>
        )}
      />
      <Section
        title={t('cardTargets')}
        listClass="pc-targets"
        items={model.targets}
        render={(target) => (
          <span class={`pc-target pc-status-${target.status}`}>
            <span class="pc-target-metric">{t('cardLabelled', target.metric)}</span> <strong>{target.value}</strong>
            {target.deadline && <> {t('cardDeadline', target.deadline)}</>}{' '}
            <span class="pc-status">{target.statusLabel}</span>
            {target.outcome && <span class="pc-outcome"> {target.outcome}</span>}
            <Cites cites={target.cites} />
            {target.then && <span class="pc-then"> {target.then}</span>}
          </span>
        )}
      />
      <Section
        title={t('cardKeyDates')}
        listClass="pc-dates"
        items={model.keyDates}
        render={(d) => (
          <>
            <time class="pc-date">{d.date}</time> <Line line={d} />
          </>
        )}
      />
      {model.related.length > 0 && (
        <section aria-label={t('cardRelated')}>
          <h3>{t('cardRelated')}</h3>
          <ul class="pc-related">
            {model.related.map((r) => (
              <li key={r.id}>
                {onRelated ? (
                  <button type="button" class="pc-chip" onClick={(e) => onRelated(r.id, e)}>
                    {r.name}
                  </button>
                ) : (
                  <span class="pc-chip">{r.name}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer class="pc-sources" aria-label={t('cardSources')}>
        <h3>{t('cardSources')}</h3>
        <ol>
          {model.sources.map((s) => (
            <li key={s.id} value={s.number}>
              <SourceTitle title={s.title} url={s.url} />
              <span class="pc-source-meta">
                {' '}
                {s.publisher}
                {s.date ? `, ${s.date}` : s.accessed ? `, ${t('cardSourceRead', s.accessed)}` : ''}
              </span>
            </li>
          ))}
        </ol>
        {model.asOf && <p class="pc-as-of">{model.asOf}</p>}
        {model.pack && <p class="pc-pack">{t('cardFromPack', model.pack)}</p>}
      </footer>
    </article>
  );
}

/**
 * The name as a heading: the English name with the Chinese beside it, or in the Chinese UI (the
 * background chose model.lang) the Chinese name first with the English under it.
 */
function CardTitle({ model, headingId }: { model: CardModel; headingId: string | undefined }) {
  const [first, second] = namesInOrder({ en: model.title, zh: model.nameZh }, model.lang);
  return (
    <h2 class={`pc-title pc-title-${first!.lang}`} id={headingId}>
      <span lang={first!.lang}>{first!.text}</span>
      {second && (
        <span class={second.lang === 'zh' ? 'pc-zh' : 'pc-en'} lang={second.lang}>
          {second.text}
        </span>
      )}
    </h2>
  );
}

/** A source's title: a link only for a well-formed https address, checked here again at render. */
function SourceTitle({ title, url }: { title: string; url: string }) {
  const href = httpsHref(url);
  if (!href) return <span class="pc-source-title">{title}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  );
}
