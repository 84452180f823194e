import dataset from 'virtual:stakes/dataset';
import { DatasetIndex } from '../core/index';

/** The full dataset, for extension pages only; the content script ships names alone. */
export const datasetIndex = new DatasetIndex(dataset);
