declare module 'virtual:stakes/names' {
  import type { NameTable } from '../core/index';
  const table: NameTable;
  export default table;
}

declare module 'virtual:stakes/dataset' {
  import type { Dataset } from '../core/index';
  const dataset: Dataset;
  export default dataset;
}
