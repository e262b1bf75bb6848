// Popup entry: wiring only. Loads the KB (bundled plus the reader's packs) and the current tab, then renders the Popup view.
import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { POPUP_CSS } from '../../components/popup-styles';
import { loadKnowledge } from '../../platform/knowledge';
import { t } from '../../platform/i18n';
import { createPopupPlatform } from '../../platform/popup-platform';

// The page speaks the UI's language (screen readers pick their voice from it).
document.documentElement.lang = t('uiLang');
document.title = t('extName');
const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);
const app = document.getElementById('app')!;
loadKnowledge().then(
  ({ kb }) => render(<Popup kb={kb} platform={createPopupPlatform()} />, app),
  (error: unknown) => {
    app.textContent = t('popupKbError', String(error));
  },
);
