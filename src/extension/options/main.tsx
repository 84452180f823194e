import { render } from 'preact';
import { locale, t } from '../shared/i18n';
import { OptionsPage } from './OptionsPage';

document.documentElement.lang = locale;
document.documentElement.classList.add('as-page');
document.title = t('optionsTitle');
render(<OptionsPage />, document.getElementById('app')!);
