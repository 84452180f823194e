import { render } from 'preact';
import { locale } from '../shared/i18n';
import { datasetStore } from '../dataset';
import { Popup } from './Popup';
import { ReportPage } from './ReportPage';

document.documentElement.lang = locale;
// In the toolbar the popup sizes itself to its content; as a tab it follows the window.
if (new URLSearchParams(location.search).has('tab')) document.documentElement.classList.add('as-page');
// The report form is a mode of this page, not a page of its own (see open-report.ts).
const isReport = new URLSearchParams(location.search).has('report');
// The store's index file is needed by every view: its request leaves before the first render.
void datasetStore.meta().catch(() => undefined);
render(isReport ? <ReportPage /> : <Popup />, document.getElementById('app')!);
