import { render } from 'preact';
import { DatasetDetails } from './DatasetDetails';

render(<DatasetDetails />, document.getElementById('app')!);
