// Lints every Camunda Form with @camunda/form-linting (bundled by esbuild: the package has no
// CLI and imports without file extensions). Usage: node lint-forms.bundle.mjs <form>...
// The linter knows Camunda 7 only up to 7.22 and returns nothing for 7.24, whose webapps embed
// the same form-js line: each form is linted as 7.22. A form that must fail (known-bad.form)
// proves the check is alive: if the linter finds nothing in it, this script fails.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { FormLinter } from '@camunda/form-linting';

const LINT_AS = '7.22.0';
const linter = new FormLinter();

function lint(file) {
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  if (schema.executionPlatform !== 'Camunda Platform') {
    return [{ id: '-', message: `executionPlatform is ${schema.executionPlatform}, not Camunda Platform` }];
  }
  return linter.lint({ ...schema, executionPlatformVersion: LINT_AS });
}

const [knownBad, ...forms] = process.argv.slice(2);
let failed = false;

const alive = lint(knownBad);
if (alive.length === 0) {
  console.error(`form-lint: the linter found nothing in ${basename(knownBad)}: the check is not working`);
  failed = true;
} else {
  console.log(`form-lint: ${basename(knownBad)} fails as it must (${alive.length} problem(s))`);
}

for (const file of forms) {
  const reports = lint(file);
  for (const report of reports) {
    console.error(`${file}: ${report.id ?? ''} ${report.message}`);
  }
  if (reports.length > 0) {
    failed = true;
  } else {
    console.log(`form-lint ${file}: clean`);
  }
}
process.exit(failed ? 1 : 0);
