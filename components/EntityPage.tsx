// The entity page (entity.html?id=ID): one record in full, every fact footnoted to its numbered
// sources, each source with a citation to copy. KB and pack text is rendered as text only (Preact
// escapes it); a source is a link only when its address is https. Browser access comes in as props.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { bibtexCitation, plainCitation } from '../core/citation';
import { buildEntityPageModel, formatDateFor, type EntityLink, type EntityPageModel, type TimelineEntry } from '../core/entity-page-model';
import type { Alias, EntityType, Target } from '../core/kb-schema';
import { httpsHref } from '../core/safe-url';
import { cardUi, type MessageKey } from '../platform/i18n';
import type { Knowledge } from '../platform/knowledge';

type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export interface EntityPageProps {
  /** The knowledge to show from; an Error when it could not be read; undefined while loading. */
  knowledge: Knowledge | Error | undefined;
  /** The id from the page's address (null when it names none). */
  id: string | null;
  t: Translate;
  /** The UI speaks Chinese: Chinese names come first. */
  chinese: boolean;
  /** Puts text on the clipboard; rejects when the browser refuses. */
  copyText: (text: string) => Promise<void>;
  /** Called with the title the document should have. */
  setTitle: (title: string) => void;
}

const TYPE_KEYS: Record<EntityType, MessageKey> = {
  plan: 'entityTypePlan', fund: 'entityTypeFund', body: 'entityTypeBody', meeting: 'entityTypeMeeting',
  person: 'entityTypePerson', company: 'entityTypeCompany', measure: 'entityTypeMeasure', concept: 'entityTypeConcept',
  product: 'entityTypeProduct', event: 'entityTypeEvent', target: 'entityTypeTarget', media: 'entityTypeMedia',
  document: 'entityTypeDocument',
};
const STATUS_KEYS: Record<Target['status'], MessageKey> = {
  met: 'entityStatusMet', missed: 'entityStatusMissed', pending: 'entityStatusPending', unclear: 'entityStatusUnclear',
};
/** BCP 47 tags for the alias languages, so screen readers and fonts treat each name right. */
const LANG_TAGS: Record<Alias['lang'], string> = { en: 'en', 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant', pinyin: 'zh-Latn-pinyin' };
const LANG_KEYS: Record<Alias['lang'], MessageKey> = {
  en: 'entityNameEnglish', 'zh-Hans': 'entityNameZh', 'zh-Hant': 'entityNameZhHant', pinyin: 'entityNamePinyin',
};

export const entityHref = (id: string) => `entity.html?${new URLSearchParams({ id })}`;

export function EntityPage(props: EntityPageProps) {
  const { knowledge, id, t, setTitle } = props;
  const model = useMemo(() => {
    if (!knowledge || knowledge instanceof Error || !id) return undefined;
    const byId = new Map(knowledge.kb.entities.map((e) => [e.id, e]));
    const entity = byId.get(id);
    return entity ? buildEntityPageModel(entity, (other) => byId.get(other), knowledge.kb.asOf ? { asOf: knowledge.kb.asOf } : {}, cardUi()) : undefined;
  }, [knowledge, id]);
  const primary = model ? primaryName(model.names, props.chinese) : undefined;
  useEffect(() => setTitle(primary?.text ?? t('extName')), [primary?.text]);

  let body: ComponentChildren;
  if (knowledge === undefined) body = <p class="ep-message">{t('entityLoading')}</p>;
  else if (knowledge instanceof Error) body = <Problem t={t} text={t('entityLoadFailed', knowledge.message)} />;
  else if (!id) body = <Problem t={t} text={t('entityMissingId')} />;
  else if (!model) body = <Problem t={t} text={t('entityNotFound', id)} />;
  else body = <Record {...props} model={model} pack={knowledge.packOf.get(model.id)?.name} />;

  return (
    <>
      <header class="ep-banner">
        <span class="ep-brand">{t('extName')}</span>
        <a class="ep-search-link" href="popup.html">{t('entitySearchLink')}</a>
      </header>
      <main class="ep-main" id="main">{body}</main>
      {knowledge && !(knowledge instanceof Error) && knowledge.kb.asOf && (
        <footer class="ep-footer">{t('entityAsOf', formatDateFor(knowledge.kb.asOf, props.chinese))}</footer>
      )}
    </>
  );
}

function Problem({ t, text }: { t: Translate; text: string }) {
  return (
    <div class="ep-problem">
      <h1>{t('extName')}</h1>
      <p class="ep-message">{text}</p>
      <p><a href="popup.html">{t('entitySearchLink')}</a></p>
    </div>
  );
}

function primaryName(names: EntityPageModel['names'], chinese: boolean) {
  return chinese && names.zh
    ? { text: names.zh, lang: 'zh-Hans', other: names.en, otherLang: 'en' }
    : { text: names.en, lang: 'en', other: names.zh, otherLang: 'zh-Hans' };
}

function Record({ model, pack, t, chinese, copyText }: EntityPageProps & { model: EntityPageModel; pack: string | undefined }) {
  const [status, setStatus] = useState('');
  const name = primaryName(model.names, chinese);
  const { card } = model;
  const day = (date: string) => formatDateFor(date, chinese);
  const period = periodText(model.dates, day, t);
  const cites = (numbers: number[]) => <Cites numbers={numbers} t={t} />;
  return (
    <article class="ep-record" data-entity-id={model.id} aria-labelledby="ep-title">
      <header class="ep-head">
        <p class="ep-kicker">
          <span class="ep-type">{t(TYPE_KEYS[model.type])}</span>
          {period && <span class="ep-period">{period}</span>}
        </p>
        <h1 id="ep-title">
          <span lang={name.lang}>{name.text}</span>
          {name.other && <span class="ep-other-name" lang={name.otherLang}>{name.other}</span>}
        </h1>
        {pack && <p class="ep-pack">{t('entityFromPack', pack)}</p>}
        <p class="ep-summary">{card.summary.text}{cites(card.summary.cites)}</p>
      </header>

      {model.disputes.length > 0 && (
        <Section id="disputes" title={t('entityDisputesHeading')} className="ep-disputes">
          <ul>
            {model.disputes.map((d, i) => (
              <li key={i}>
                <p>{d.text}{cites(d.cites)}</p>
                <p class="ep-sides">
                  {t('entityDisputeSides')}{' '}
                  {d.sides.map((s, j) => (
                    <span key={s.number}>
                      {j > 0 && ' · '}
                      <a href={`#source-${s.number}`}>[{s.number}]</a> {s.publisher}
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {model.timeline.length > 0 && (
        <Section id="timeline" title={t('entityTimelineHeading')}>
          <ol class="ep-timeline">
            {model.timeline.map((e, i) => (
              <li key={i} class={`ep-event ep-event-${e.kind}`}>
                <time dateTime={e.date}>{day(e.date)}</time>
                <span>{timelineText(e, t)}{e.status && <> <Status status={e.status} t={t} /></>}{cites(e.cites)}</span>
              </li>
            ))}
          </ol>
        </Section>
      )}

      <ListSection id="roles" title={t('entityRolesHeading')} items={card.roles} render={(r) => <>{r.text}{cites(r.cites)}</>} />
      <ListSection
        id="targets"
        title={t('entityTargetsHeading')}
        items={model.targets}
        render={(g) => (
          <>
            {g.metric}: <strong>{g.value}</strong>
            {g.deadlineDate && <> {t('entityTargetBy', day(g.deadlineDate))}</>} <Status status={g.status} t={t} />
            {g.outcome && <span class="ep-outcome"> {g.outcome}</span>}
            {cites(g.cites)}
          </>
        )}
      />
      <ListSection id="facts" title={t('entityFactsHeading')} items={card.facts} render={(f) => <><span class="ep-label">{f.label}:</span> {f.text}{cites(f.cites)}</>} />
      <ListSection
        id="shareholders"
        title={t('entityShareholdersHeading')}
        items={model.shareholders}
        render={(h) => <>{h.entityId ? <a href={entityHref(h.entityId)}>{h.text}</a> : h.text} <strong>{h.share}</strong>{cites(h.cites)}</>}
      />
      <ListSection id="related" title={t('entityRelatedHeading')} listClass="ep-related" items={model.related} render={(r) => <RelatedLink link={r} chinese={chinese} />} />

      <Section id="names" title={t('entityNamesHeading')}>
        <dl class="ep-names">
          <Name label={t('entityNameEnglish')} value={model.names.en} lang="en" />
          <Name label={t('entityNameZh')} value={model.names.zh} lang="zh-Hans" />
          <Name label={t('entityNameZhHant')} value={model.names.zhHant} lang="zh-Hant" />
          <Name label={t('entityNamePinyin')} value={model.names.pinyin} lang="zh-Latn-pinyin" />
        </dl>
        {model.aliases.length > 0 && (
          <>
            <h3>{t('entityAliasesHeading')}</h3>
            <ul class="ep-aliases">
              {model.aliases.map((a) => (
                <li key={`${a.lang}:${a.text}`}>
                  <span lang={LANG_TAGS[a.lang]}>{a.text}</span> <span class="ep-muted">{t(LANG_KEYS[a.lang])}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="sources" title={t('entitySourcesHeading')}>
        <ol class="ep-sources">
          {model.sources.map((s) => (
            <SourceItem key={s.id} source={s} t={t} copyText={copyText} announce={setStatus} />
          ))}
        </ol>
      </Section>
      <p class="ep-status" role="status" aria-live="polite">{status}</p>
    </article>
  );
}

function Section({ id, title, className, children }: { id: string; title: string; className?: string; children: ComponentChildren }) {
  return (
    <section class={`ep-section ${className ?? ''}`} aria-labelledby={`ep-h-${id}`}>
      <h2 id={`ep-h-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/** A titled list, left out when it has no items. */
function ListSection<T>({ id, title, items, listClass, render }: { id: string; title: string; items: readonly T[]; listClass?: string; render: (item: T) => ComponentChildren }) {
  if (items.length === 0) return null;
  return (
    <Section id={id} title={title}>
      <ul class={listClass ?? `ep-${id}`}>{items.map((item, i) => <li key={i}>{render(item)}</li>)}</ul>
    </Section>
  );
}

function Name({ label, value, lang }: { label: string; value: string | undefined; lang: string }) {
  if (!value) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd lang={lang}>{value}</dd>
    </div>
  );
}

/** Footnote numbers, each a link to its source further down the page. */
function Cites({ numbers, t }: { numbers: number[]; t: Translate }) {
  if (numbers.length === 0) return null;
  return (
    <sup class="ep-cites">
      {numbers.map((n) => <a key={n} href={`#source-${n}`} aria-label={t('entityCites', n)}>[{n}]</a>)}
    </sup>
  );
}

function Status({ status, t }: { status: Target['status']; t: Translate }) {
  return <span class={`ep-status-badge ep-status-${status}`}>{t(STATUS_KEYS[status])}</span>;
}

/** "since Mar 2021", "until 2025", "Mar 2021 – 2025": the record's own span, worded for the reader. */
function periodText(dates: EntityPageModel['dates'], day: (date: string) => string, t: Translate): string | undefined {
  if (dates?.start && dates.end) return t('entityPeriodRange', day(dates.start), day(dates.end));
  if (dates?.start) return t('entityPeriodSince', day(dates.start));
  if (dates?.end) return t('entityPeriodUntil', day(dates.end));
  return undefined;
}

function timelineText(e: TimelineEntry, t: Translate): string {
  switch (e.kind) {
    case 'start': return t('entityTimelineStart');
    case 'end': return t('entityTimelineEnd');
    case 'roleFrom': return t('entityTimelineRoleFrom', e.text);
    case 'roleTo': return t('entityTimelineRoleTo', e.text);
    case 'deadline': return t('entityTimelineDeadline', e.text);
    case 'keyDate': return e.text;
  }
}

/** A related record: a link to its own page (same tab), the Chinese name first in a Chinese UI. */
function RelatedLink({ link, chinese }: { link: EntityLink; chinese: boolean }) {
  const [first, second] = chinese && link.nameZh ? [link.nameZh, link.name] : [link.name, link.nameZh];
  return (
    <a class="ep-chip" href={entityHref(link.id)} data-entity-id={link.id}>
      {first}
      {second && <span class="ep-chip-other"> {second}</span>}
    </a>
  );
}

function SourceItem({ source, t, copyText, announce }: {
  source: EntityPageModel['sources'][number];
  t: Translate;
  copyText: (text: string) => Promise<void>;
  announce: (message: string) => void;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const plain = plainCitation(source, { accessed: (day) => t('entityCitationAccessed', day) });
  const bibtex = bibtexCitation(source);
  const href = httpsHref(source.url);
  const copy = async (text: string, done: MessageKey) => {
    announce('');
    try {
      await copyText(text);
      announce(t(done, source.number));
    } catch {
      // The text is on the page to select by hand: show it.
      if (details.current) details.current.open = true;
      announce(t('entityCopyFailed'));
    }
  };
  return (
    <li id={`source-${source.number}`} value={source.number} class="ep-source" data-source-id={source.id}>
      <p class="ep-source-line">
        {href ? <a href={href} target="_blank" rel="noopener noreferrer">{source.title}</a> : <span>{source.title}</span>}
        <span class="ep-muted">
          {' '}— {source.publisher}
          {source.date ? `, ${source.date}` : source.accessed ? `, ${t('entitySourceRead', source.accessed)}` : ''}
          {!source.cited && ` (${t('entitySourceUncited')})`}
        </span>
      </p>
      <p class="ep-copy">
        <button type="button" class="ep-copy-plain" onClick={() => void copy(plain, 'entityCopied')}>{t('entityCopyPlain')}</button>
        <button type="button" class="ep-copy-bibtex" onClick={() => void copy(bibtex, 'entityCopiedBibtex')}>{t('entityCopyBibtex')}</button>
      </p>
      <details ref={details} class="ep-citation">
        <summary>{t('entityShowCitation')}</summary>
        <p class="ep-muted">{t('entityCitationPlain')}</p>
        <pre class="ep-citation-plain">{plain}</pre>
        <p class="ep-muted">{t('entityCitationBibtex')}</p>
        <pre class="ep-citation-bibtex">{bibtex}</pre>
      </details>
    </li>
  );
}
