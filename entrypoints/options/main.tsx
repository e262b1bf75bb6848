// Options entry: wiring only. Loads the KB (bundled plus the reader's packs, for rule names and the
// footer), then renders the Options view with the browser-backed platform.
import { render } from 'preact';
import { Options } from '../../components/Options';
import { OPTIONS_CSS } from '../../components/options-styles';
import { t, uiIsChinese } from '../../platform/i18n';
import { loadKnowledge } from '../../platform/knowledge';
import { createOptionsPlatform } from '../../platform/options-platform';

document.documentElement.lang = uiIsChinese() ? 'zh-CN' : 'en';
document.title = t('optionsTitle');
const style = document.createElement('style');
style.textContent = OPTIONS_CSS;
document.head.append(style);
const app = document.getElementById('app')!;
loadKnowledge().then(
  ({ kb }) => render(<Options kb={kb} platform={createOptionsPlatform()} />, app),
  (error: unknown) => {
    app.textContent = t('optionsLoadFailed', String(error));
  },
);
