// `npm run eval [-- --real DIR]`: precision and recall of Backstory's mentions on two corpora, each apart:
// - the synthetic cases in tests/eval/cases (the matcher: every mention found), per category;
// - the real-text corpus in tests/eval/real (what is painted at default settings), per language
//   and per kind, and the highlights painted on whole pages unrelated to the story.
// Then every miss and false positive by case id. Exits 1 when the synthetic figures fall below
// the thresholds the unit tests also hold.
import {
  CASES_DIR,
  THRESHOLDS,
  formatErrors,
  formatTable,
  meetsThresholds,
  runEval,
} from '../tests/eval/run-eval.ts';
import { parseArgs } from 'node:util';
import { runRealEval } from '../tests/eval/real-eval.ts';

// `--real DIR`: score another folder laid out like tests/eval/real (news/, namesake/,
// unrelated/), such as a batch of new texts kept apart to measure rules on text not tuned on.
const { values } = parseArgs({ options: { real: { type: 'string' } } });

let report;
let real;
try {
  report = runEval(CASES_DIR);
  real = runRealEval(values.real).report;
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exit(2);
}
console.log('Synthetic cases (every mention found):');
console.log(formatTable(report));
console.log('');
console.log(formatErrors(report));
console.log('');
console.log('Real texts (painted mentions), per language:');
console.log(formatTable(real.byLang));
console.log('');
console.log('Real texts (painted mentions), per kind:');
console.log(formatTable(real.byKind));
console.log('');
const u = real.unrelated;
console.log(
  `Unrelated whole pages: ${u.pages} pages, ${u.pagesPainted} with a painted highlight, ` +
    `${u.painted} highlights in all (${((u.painted / Math.max(1, u.pages)) * 20).toFixed(2)} per 20 pages); ` +
    `${u.decidedOnStory} decided on the story`,
);
for (const [id, painted] of u.worst) console.log(`  ${id}: ${painted.join(', ')}`);
console.log(`Page decision differs from the label: ${real.wrongDecision.join(', ') || 'none'}`);
console.log('');
console.log(formatErrors(real.byLang));
const ok = meetsThresholds(report, THRESHOLDS);
console.log('');
console.log(
  `${ok ? 'PASS' : 'FAIL'}: synthetic precision ${report.overall.precision.toFixed(3)} ` +
    `(needs ≥ ${THRESHOLDS.precision}), recall ${report.overall.recall.toFixed(3)} ` +
    `(needs ≥ ${THRESHOLDS.recall})`,
);
process.exit(ok ? 0 : 1);
