#!/usr/bin/env node
// l10n-check on a large tree: generates one (scripts/l10n-large-tree.mjs: 5 locales × 300
// files in nested folders, ~5,100 messages per locale, the same ids reused across files,
// a few planted problems), runs the l10n-check binary on it with --bundle file and with
// --bundle locale (--format json, each --runs times), and checks what it reports:
//   - --bundle file: exactly the planted findings, kind by kind (missing-message,
//     added-reference, dropped-reference, missing-plural-category, duplicate within a file)
//     and nothing else; no duplicate across files;
//   - --bundle locale: every id defined in more than one file of a locale is a duplicate,
//     exactly as many as the generator counted.
// Writes reports/l10n-large-tree.latest.json (tree size, expected and found counts, the wall
// time of each run and their median). Exits 1 when a count differs or a run fails: a check
// of the checker, not a timed gate (the times are reported, never compared).
//
//   node scripts/l10n-large-report.mjs [--bin PATH] [--runs 3] [--keep]
// PATH defaults to $L10N_CHECK_BIN, then target/tool/l10n-check
// (`cargo build --profile tool -p l10n-check`). --keep leaves the generated tree in place.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from './l10n-large-tree.mjs';

const root = new URL('..', import.meta.url).pathname;
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
};
const bin = resolve(root, option('--bin', process.env.L10N_CHECK_BIN || 'target/tool/l10n-check'));
const runs = Number(option('--runs', 3));
const keep = process.argv.includes('--keep');
if (!existsSync(bin)) {
  console.error(`l10n large-tree report: no binary at ${bin} (cargo build --profile tool -p l10n-check, or --bin PATH)`);
  process.exit(1);
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error('l10n large-tree report: --runs must be a positive integer');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'l10n-large-'));
process.on('exit', () => {
  if (keep) console.log(`tree kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

let started = process.hrtime.bigint();
const tree = generate(dir);
const generateMs = Number(process.hrtime.bigint() - started) / 1e6;
console.log(
  `tree: ${tree.locales.length} locales × ${tree.filesPerLocale} files = ${tree.files} files, ` +
    `${tree.referenceMessages} messages in the reference, ${tree.messages} message definitions in all, ` +
    `${(tree.bytes / 1e6).toFixed(1)} MB (generated in ${generateMs.toFixed(0)} ms)`,
);

const problems = [];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/// Runs the binary `runs` times with `--bundle model`; returns the times and the last report.
function measure(model) {
  const times = [];
  let report = null;
  for (let i = 0; i < runs; i++) {
    started = process.hrtime.bigint();
    const run = spawnSync(bin, ['--bundle', model, '--format', 'json', dir], {
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (run.error || run.status !== 1) {
      // The planted duplicates are errors, so 1 is the only right exit status.
      problems.push(`--bundle ${model}: exit status ${run.status} (expected 1) ${run.error ?? ''} ${run.stderr}`.trim());
      return { times, report: null };
    }
    report = JSON.parse(run.stdout);
  }
  return { times, report };
}

const count = (findings) => {
  const counts = {};
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
};
const compareCounts = (label, expected, found) => {
  for (const kind of new Set([...Object.keys(expected), ...Object.keys(found)])) {
    if ((expected[kind] ?? 0) !== (found[kind] ?? 0)) {
      problems.push(`${label}: ${found[kind] ?? 0} ${kind} findings, expected ${expected[kind] ?? 0}`);
    }
  }
};

// --bundle file: exactly the planted findings.
const file = measure('file');
let fileCounts = {};
if (file.report) {
  fileCounts = count(file.report.findings);
  compareCounts('--bundle file', tree.expected.file, fileCounts);
  if (file.report.bundle !== 'file') problems.push(`--bundle file: the report says bundle ${file.report.bundle}`);
  // No duplicate across files: each one's first definition is in its own file.
  for (const f of file.report.findings.filter((f) => f.kind === 'duplicate')) {
    if (!f.message.includes(`first defined at ${f.file}:`)) problems.push(`--bundle file: a cross-file duplicate: ${f.file}:${f.line}: ${f.message}`);
  }
  // Every planted finding is reported where it was planted.
  const kindOf = { missing: 'missing-message', added: 'added-reference', dropped: 'dropped-reference', plural: 'missing-plural-category', duplicate: 'duplicate' };
  for (const plant of tree.planted) {
    const hit = file.report.findings.some((f) => f.kind === kindOf[plant.plant] && f.file === plant.file && (f.id === plant.id || (f.id ?? '').startsWith(`${plant.id}.`)));
    if (!hit) problems.push(`--bundle file: no ${kindOf[plant.plant]} for ${plant.id} in ${plant.file}`);
  }
  const reference = file.report.locales.find((row) => row.reference);
  if (reference?.messages !== tree.referenceMessages) problems.push(`--bundle file: the reference has ${reference?.messages} messages, expected ${tree.referenceMessages}`);
}

// --bundle locale: every id in more than one file of a locale is a duplicate.
const locale = measure('locale');
let localeCounts = {};
if (locale.report) {
  localeCounts = count(locale.report.findings);
  if ((localeCounts.duplicate ?? 0) !== tree.expected.localeDuplicates) {
    problems.push(`--bundle locale: ${localeCounts.duplicate ?? 0} duplicate findings, expected ${tree.expected.localeDuplicates}`);
  }
  if (locale.report.bundle !== 'locale') problems.push(`--bundle locale: the report says bundle ${locale.report.bundle}`);
}

const summary = (model, run, counts) => ({
  command: `l10n-check --bundle ${model} --format json DIR`,
  runs_ms: run.times.map((t) => Math.round(t * 10) / 10),
  median_ms: Math.round(median(run.times) * 10) / 10,
  findings: counts,
  errors: run.report?.errors ?? null,
  warnings: run.report?.warnings ?? null,
});
const result = {
  generated_at: new Date().toISOString(),
  binary: bin,
  tree: {
    locales: tree.locales,
    files_per_locale: tree.filesPerLocale,
    files: tree.files,
    reference_messages: tree.referenceMessages,
    message_definitions: tree.messages,
    bytes: tree.bytes,
  },
  expected: { file: tree.expected.file, locale_duplicates: tree.expected.localeDuplicates },
  runs: { file: summary('file', file, fileCounts), locale: summary('locale', locale, localeCounts) },
  ok: problems.length === 0,
  problem_count: problems.length,
  problems: problems.slice(0, 100),
};
mkdirSync(join(root, 'reports'), { recursive: true });
const out = join(root, 'reports/l10n-large-tree.latest.json');
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

for (const model of ['file', 'locale']) {
  const r = result.runs[model];
  console.log(`--bundle ${model}: median ${r.median_ms} ms of ${r.runs_ms.join(', ')} ms; findings ${JSON.stringify(r.findings)}`);
}
console.log(`wrote ${out}`);
if (problems.length) {
  const shown = problems.slice(0, 20);
  const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more (see ${out})` : '';
  console.error(`l10n large-tree report: FAILED\n  ${shown.join('\n  ')}${more}`);
  // exitCode rather than exit(), so that the output above reaches a pipe in full.
  process.exitCode = 1;
} else {
  console.log('l10n large-tree report: every planted finding found, exactly; no cross-file duplicate with --bundle file');
}
