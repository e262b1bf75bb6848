// Entity page entry (entity.html?id=ID): wiring only. Reads the knowledge (bundled KB and packs),
// then renders the EntityPage view with the browser's language, clipboard and title.
import { render } from 'preact';
import { EntityPage, type EntityPageProps } from '../../components/EntityPage';
import { ENTITY_PAGE_CSS } from '../../components/entity-page-styles';
import { t, uiIsChinese } from '../../platform/i18n';
import { loadKnowledge } from '../../platform/knowledge';

const style = document.createElement('style');
style.textContent = ENTITY_PAGE_CSS;
document.head.append(style);
const chinese = uiIsChinese();
document.documentElement.lang = chinese ? 'zh-Hans' : 'en';

const app = document.getElementById('app')!;
const props: Omit<EntityPageProps, 'knowledge'> = {
  id: new URLSearchParams(location.search).get('id'),
  t,
  chinese,
  copyText: (text) => navigator.clipboard.writeText(text),
  setTitle: (title) => {
    document.title = title;
  },
};
render(<EntityPage {...props} knowledge={undefined} />, app);
loadKnowledge().then(
  (knowledge) => render(<EntityPage {...props} knowledge={knowledge} />, app),
  (error: unknown) => render(<EntityPage {...props} knowledge={error instanceof Error ? error : new Error(String(error))} />, app),
);
