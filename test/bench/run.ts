/**
 * `npm run bench [-- --quick]`: how fast the matcher scans news text, beside
 * a RegExp baseline and a char-code floor, in Node and in Chromium; what the
 * content script pays to start; how it scales to 100,000 names. Figures are
 * compared as ratios within one run, since absolute speeds depend on the
 * machine and its load. A benchmark, not a test: it reports, it never fails.
 */
import { existsSync, statSync } from 'node:fs';
import { loadDatasetOrThrow } from '../../src/cli/dataset-files';
import { isOrdinaryWord } from '../../src/cli/ordinary-words';
import { compileNameTable, Matcher, type NameTable } from '../../src/core/index';
import { benchInChromium } from './in-chromium';
import { heapUsedAfterGc } from './memory';
import { mbPerSecond, measureTogether, medianOfRuns } from './measure';
import { newsText } from './news-text';
import { runStoreSections } from './store-sections';
import { measureStartup, type StartupTiming } from './startup';
import { syntheticGazetteer } from './synthetic-gazetteer';
import { formatNumber, kilobytes, printTable, ratio, type Cell } from './table';
import { newsTextFor, runThroughput, TEXT_SEED, type TextPlan, type ThroughputReport } from './throughput';

const quick = process.argv.includes('--quick');
const CONTENT_SCRIPT = 'dist/chrome/src/extension/content/index.js';
const STARTUP_RUNS = 20;
const SCALE_ALIASES = 100_000;

const TARGETS = {
  node: { overRegexp: 6, underFloor: 5 },
  chromium: { overRegexp: 1.5, underFloor: 4 },
  startupMs: 5,
  bundleKB: 150,
};

const PLANS: TextPlan[] = quick
  ? [
      { label: '64 KB', length: 64 * 1024, measure: { budgetMs: 100, minSamples: 3, warmupMs: 50 } },
      { label: '1 MB', length: 1024 * 1024, measure: { budgetMs: 100, minSamples: 3, warmupMs: 50 } },
    ]
  : [
      { label: '64 KB', length: 64 * 1024, measure: { budgetMs: 300, minSamples: 7 } },
      { label: '1 MB', length: 1024 * 1024, measure: { budgetMs: 300, minSamples: 7 } },
      // A few calls only: one 8 MB RegExp pass alone can take a second.
      { label: '8 MB', length: 8 * 1024 * 1024, measure: { budgetMs: 300, minSamples: 3 } },
    ];

interface Verdict {
  what: string;
  measured: string;
  pass: boolean;
}
const verdicts: Verdict[] = [];
const verdict = (what: string, measured: string, pass: boolean): string => {
  verdicts.push({ what, measured, pass });
  return pass ? 'PASS' : 'MISS';
};

async function main(): Promise<void> {
  const started = performance.now();
  const { table, source } = loadNameTable();
  const tableJson = JSON.stringify(table);
  console.log(`Stakes benchmark (${quick ? 'quick' : 'full'}), Node ${process.version}, ${new Date().toISOString()}`);
  console.log(`Name table: ${source}; ${table.entities.length} entities, ${table.names.length} names, ${kilobytes(tableJson.length)} as JSON.`);
  console.log(`Texts: seeded news-like English (seed ${TEXT_SEED}), one company mention per ~40 words. MB = 2^20 UTF-16 code units.`);

  // Start-up first, while this process's caches are as cold as a fresh page's.
  const nodeStartup = measureStartup(tableJson, STARTUP_RUNS);
  const nodeThroughput = runThroughput(table, PLANS);
  printThroughput('Node', nodeThroughput, TARGETS.node);

  const chromium = await benchInChromium(tableJson, PLANS, STARTUP_RUNS);
  printThroughput(`Chromium ${chromium.version}`, chromium.throughput, TARGETS.chromium);
  for (const [node, page] of nodeThroughput.rows.map((row, i) => [row, chromium.throughput.rows[i]] as const)) {
    if (node.fingerprint !== page.fingerprint) console.log(`WARNING: the ${node.label} text differs between Node (${node.fingerprint}) and Chromium (${page.fingerprint}).`);
  }

  printStartup(nodeStartup, chromium.startup, chromium.version);
  printScale(table);
  await runStoreSections({ quick, verdict, table });
  printSummary(performance.now() - started);
}

function loadNameTable(): { table: NameTable; source: string } {
  try {
    const dataset = loadDatasetOrThrow();
    return { table: compileNameTable(dataset, isOrdinaryWord), source: `the full dataset ${dataset.version}` };
  } catch (error) {
    // Curators may be mid-edit; the matcher's speed does not depend on their facts.
    const firstLine = (error as Error).message.split('\n')[0];
    const { table } = syntheticGazetteer(4_000);
    return { table, source: `SYNTHETIC gazetteer of 4,000 names, because the dataset does not load (${firstLine})` };
  }
}

function printThroughput(where: string, report: ThroughputReport, targets: { overRegexp: number; underFloor: number }): void {
  const rows: Cell[][] = report.rows.map((row) => {
    const overRegexp = row.regexp.ms / row.matcher.ms;
    const floorOver = row.matcher.ms / row.floor.ms;
    return [
      row.label,
      formatNumber(mbPerSecond(row.length, row.matcher.ms)),
      formatNumber(mbPerSecond(row.length, row.regexp.ms)),
      formatNumber(mbPerSecond(row.length, row.floor.ms)),
      ratio(overRegexp),
      verdict(`${where}, ${row.label}: matcher ≥ ${targets.overRegexp}× RegExp`, ratio(overRegexp), overRegexp >= targets.overRegexp),
      ratio(floorOver),
      verdict(`${where}, ${row.label}: floor/matcher ≤ ${targets.underFloor}×`, ratio(floorOver), floorOver <= targets.underFloor),
      row.matcher.result,
      row.regexp.result,
      `${row.matcher.samples}/${row.regexp.samples}/${row.floor.samples}`,
    ];
  });
  printTable(
    `Throughput in ${where} (MB/s, median; RegExp of ${report.regexpAliases} aliases; targets: matcher/RegExp ≥ ${targets.overRegexp}×, floor/matcher ≤ ${targets.underFloor}×)`,
    ['text', 'matcher', 'RegExp', 'floor', 'matcher/RegExp', '', 'floor/matcher', '', 'mentions', 'RegExp hits', 'samples m/R/f'],
    rows,
  );
}

function printStartup(node: StartupTiming, page: StartupTiming, chromiumVersion: string): void {
  const target = TARGETS.startupMs;
  printTable(`Matcher start-up: JSON.parse(name table) + new Matcher, ${STARTUP_RUNS} runs (target: median < ${target} ms)`, ['where', 'first run ms', 'median ms', ''], [
    ['Node', node.firstMs, node.medianMs, verdict(`Node: start-up median < ${target} ms`, `${formatNumber(node.medianMs)} ms`, node.medianMs < target)],
    [`Chromium ${chromiumVersion}`, page.firstMs, page.medianMs, verdict(`Chromium: start-up median < ${target} ms`, `${formatNumber(page.medianMs)} ms`, page.medianMs < target)],
  ]);
  if (existsSync(CONTENT_SCRIPT)) {
    const bytes = statSync(CONTENT_SCRIPT).size;
    const pass = bytes / 1024 < TARGETS.bundleKB;
    console.log(`Content-script bundle ${CONTENT_SCRIPT}: ${bytes.toLocaleString('en-US')} bytes = ${kilobytes(bytes)} (target < ${TARGETS.bundleKB} KB) ${verdict(`content-script bundle < ${TARGETS.bundleKB} KB`, kilobytes(bytes), pass)}`);
  } else {
    console.log(`Content-script bundle: ${CONTENT_SCRIPT} not found; run npm run build first.`);
  }
}

function printScale(real: NameTable): void {
  const { table, aliases } = syntheticGazetteer(SCALE_ALIASES);
  const json = JSON.stringify(table);
  const build = medianOfRuns(() => new Matcher(JSON.parse(json) as NameTable).nameCount, quick ? 2 : 5);

  const before = heapUsedAfterGc();
  const parsed = JSON.parse(json) as NameTable;
  const afterTable = heapUsedAfterGc();
  const matcher = new Matcher(parsed);
  const afterMatcher = heapUsedAfterGc();

  const length = 1024 * 1024;
  const realText = newsTextFor(real, length);
  const syntheticText = newsText({ length, seed: TEXT_SEED, names: aliases });
  const realMatcher = new Matcher(real);
  const options = quick ? { budgetMs: 100, minSamples: 3, warmupMs: 50 } : { budgetMs: 300, minSamples: 7 };
  const timings = measureTogether(
    {
      synthetic: () => matcher.scan(syntheticText).length,
      news: () => matcher.scan(realText).length,
      real: () => realMatcher.scan(realText).length,
    },
    options,
  );
  console.log(`\nScale: synthetic gazetteer of ${table.names.length.toLocaleString('en-US')} aliases (${table.entities.length.toLocaleString('en-US')} entities)`);
  console.log(`  build (JSON.parse + new Matcher), median of ${quick ? 2 : 5}: ${formatNumber(build.ms)} ms`);
  console.log(`  name table as JSON: ${json.length.toLocaleString('en-US')} bytes = ${kilobytes(json.length)}`);
  console.log(`  heap: parsed name table +${formatNumber((afterTable - before) / 1048576)} MB, matcher on top of it +${formatNumber((afterMatcher - afterTable) / 1048576)} MB`);
  printTable('Scan of 1 MB at 100k aliases (MB/s, median)', ['matcher', 'text', 'MB/s', 'mentions', 'vs full dataset'], [
    [`${formatNumber(table.names.length)} synthetic`, 'news naming synthetic companies', mbPerSecond(length, timings.synthetic.ms), timings.synthetic.result, ratio(timings.real.ms / timings.synthetic.ms)],
    [`${formatNumber(table.names.length)} synthetic`, 'news naming real companies', mbPerSecond(length, timings.news.ms), timings.news.result, ratio(timings.real.ms / timings.news.ms)],
    [`${formatNumber(real.names.length)} real`, 'news naming real companies', mbPerSecond(length, timings.real.ms), timings.real.result, ratio(1)],
  ]);
  // Keep both alive until the last heap reading has been taken.
  if (matcher.nameCount !== parsed.names.length) throw new Error('unreachable');
}

function printSummary(elapsedMs: number): void {
  const met = verdicts.filter((v) => v.pass).length;
  printTable(`Targets: ${met} of ${verdicts.length} met`, ['target', 'measured', ''], verdicts.map((v) => [v.what, v.measured, v.pass ? 'PASS' : 'MISS']));
  console.log(`\nFinished in ${formatNumber(elapsedMs / 1000)} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
