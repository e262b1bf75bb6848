// The card's content: one entity's facts, each footnoted to its sources. Used in the hover card and
// in the popup's detail view. Renders page and KB text as text only (Preact escapes it).
import type { CardModel, CitedLine } from '../core/card-model';

export interface EntityCardProps {
  model: CardModel;
  /** Called when a related entity is chosen (the card then shows that entity). */
  onRelated?: (id: string) => void;
  headingId?: string;
}

function Cites({ cites }: { cites: number[] }) {
  if (cites.length === 0) return null;
  return (
    <sup class="pc-cites" aria-label={`sources ${cites.join(', ')}`}>
      {cites.map((n) => `[${n}]`).join('')}
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

export function EntityCard({ model, onRelated, headingId }: EntityCardProps) {
  return (
    <article class="pc-card" data-entity-id={model.id}>
      <header class="pc-head">
        <h2 class="pc-title" id={headingId}>
          {model.title}
          {model.nameZh && (
            <span class="pc-zh" lang="zh">
              {model.nameZh}
            </span>
          )}
        </h2>
        <p class="pc-meta">
          <span class="pc-type">{model.typeLabel}</span>
          {model.period && <span class="pc-period">{model.period}</span>}
          {model.pinyin && <span class="pc-pinyin">{model.pinyin}</span>}
        </p>
      </header>
      <p class="pc-summary">
        <Line line={model.summary} />
      </p>
      {model.disputes.length > 0 && (
        <section class="pc-disputes" aria-label="Sources disagree">
          <h3>Sources disagree</h3>
          <ul>
            {model.disputes.map((d, i) => (
              <li key={i}>
                <Line line={d} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.roles.length > 0 && (
        <section aria-label="Roles">
          <h3>Roles</h3>
          <ul class="pc-roles">
            {model.roles.map((r, i) => (
              <li key={i}>
                <Line line={r} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.targets.length > 0 && (
        <section aria-label="Targets">
          <h3>Targets</h3>
          <ul class="pc-targets">
            {model.targets.map((t, i) => (
              <li key={i} class={`pc-target pc-status-${t.status}`}>
                <span class="pc-target-metric">{t.metric}</span>: <strong>{t.value}</strong>
                {t.deadline && <> by {t.deadline}</>}{' '}
                <span class="pc-status">{t.statusLabel}</span>
                {t.outcome && <span class="pc-outcome"> {t.outcome}</span>}
                <Cites cites={t.cites} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.keyDates.length > 0 && (
        <section aria-label="Key dates">
          <h3>Key dates</h3>
          <ul class="pc-dates">
            {model.keyDates.map((d, i) => (
              <li key={i}>
                <time class="pc-date">{d.date}</time> <Line line={d} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.related.length > 0 && (
        <section aria-label="Related">
          <h3>Related</h3>
          <ul class="pc-related">
            {model.related.map((r) => (
              <li key={r.id}>
                {onRelated ? (
                  <button type="button" class="pc-chip" onClick={() => onRelated(r.id)}>
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
      <footer class="pc-sources" aria-label="Sources">
        <h3>Sources</h3>
        <ol>
          {model.sources.map((s) => (
            <li key={s.id} value={s.number}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
              <span class="pc-source-meta">
                {' '}
                {s.publisher}
                {s.date ? `, ${s.date}` : ''}
              </span>
            </li>
          ))}
        </ol>
      </footer>
    </article>
  );
}
