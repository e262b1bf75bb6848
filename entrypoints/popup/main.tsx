// Popup entry: wiring only. Loads the bundled KB and the current tab, then renders the Popup view.
import { render } from 'preact';
import kbJson from '../../generated/kb.json';
import { Popup } from '../../components/Popup';
import { POPUP_CSS } from '../../components/popup-styles';
import type { Kb } from '../../core/kb-schema';
import { createPopupPlatform } from '../../platform/popup-platform';

const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);
render(<Popup kb={kbJson as unknown as Kb} platform={createPopupPlatform()} />, document.getElementById('app')!);
