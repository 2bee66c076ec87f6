// `npm run eval`: precision and recall of the mention matcher on the labelled corpus in
// tests/eval/cases, per category and overall, then every miss and false positive by case id.
// Exits 1 when the overall figures fall below the thresholds the unit tests also hold.
import {
  CASES_DIR,
  THRESHOLDS,
  formatErrors,
  formatTable,
  meetsThresholds,
  runEval,
} from '../tests/eval/run-eval.ts';

let report;
try {
  report = runEval(CASES_DIR);
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exit(2);
}
console.log(formatTable(report));
console.log('');
console.log(formatErrors(report));
const ok = meetsThresholds(report, THRESHOLDS);
console.log('');
console.log(
  `${ok ? 'PASS' : 'FAIL'}: overall precision ${report.overall.precision.toFixed(3)} ` +
    `(needs ≥ ${THRESHOLDS.precision}), recall ${report.overall.recall.toFixed(3)} ` +
    `(needs ≥ ${THRESHOLDS.recall})`,
);
process.exit(ok ? 0 : 1);
