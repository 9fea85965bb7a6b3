#!/usr/bin/env node
// Where the wasm's bytes go (issue 11, item 6): by crate and by largest function.
//
//   node scripts/wasm-breakdown.mjs [--top 20]
//
// dist/'s wasm has no function names, so this makes a copy that keeps them: the same cargo
// output (target/wasm32-unknown-unknown/release/civic-portal.wasm, from `trunk build --release`)
// through the same wasm-bindgen and `wasm-opt -Oz` with `-g` (names kept, code the same), then
// asks twiggy (`twiggy top`) for every item's own size. Functions are grouped by the crate
// their path starts with (`<serde_json::de::Deserializer<R> as …>::deserialize_seq` is
// serde_json's, generic code instantiated for this app's types included); data segments,
// the function table and the glue's imports and exports are their own groups.
// Writes reports/wasm-breakdown.latest.json. A report, not a gate: it fails
// only when it cannot measure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const topArg = process.argv.indexOf('--top');
const top = topArg > 0 ? Number(process.argv[topArg + 1]) : 20;
const input = join(root, 'target/wasm32-unknown-unknown/release/civic-portal.wasm');
const dist = join(root, 'dist');

function fail(message) {
  console.error(`wasm-breakdown: ${message}`);
  process.exit(1);
}
if (!existsSync(input)) fail(`${input} not found; run scripts/build.sh first`);
const distWasm = readdirSync(dist).find((f) => f.endsWith('.wasm'));
if (!distWasm) fail('no .wasm in dist/; run scripts/build.sh first');
if (statSync(input).mtimeMs > statSync(join(dist, distWasm)).mtimeMs + 60_000) {
  fail(`${input} is newer than dist/${distWasm}: rebuild with scripts/build.sh`);
}

const tmp = mkdtempSync(join(tmpdir(), 'wasm-breakdown-'));
let items;
try {
  const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', 'app', input]);
  // The features Trunk 0.21 enables for wasm-opt (what rustc's wasm32 target emits).
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];
  const named = join(tmp, 'named.wasm');
  run('wasm-opt', ['-Oz', '-g', ...features.map((f) => `--enable-${f}`), join(tmp, 'app_bg.wasm'), '-o', named]);
  items = JSON.parse(run('twiggy', ['top', '-n', '1000000', '-f', 'json', named]));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// The crate of a Rust path (`serde_json::de::…`, `core[1a2b…]::fmt::…`), or null.
function crateOfPath(path) {
  const m = path.replace(/^(?:&|mut |dyn |\*const |\*mut |\(|\[)+/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  return m ? m[1] : null;
}

// The crate a function belongs to, from its demangled name: `<A as B>::f` is A's when A is a
// path (`<serde_json::de::Deserializer<R> as …>`), else B's (`<T as tachys::…::IntoAny>`).
function crateOfFunction(name) {
  const n = name.replace(/^byn\$mgfn-shared\$/, ''); // functions wasm-opt merged
  if (!n.startsWith('<')) return crateOfPath(n);
  let depth = 0;
  for (let i = 1; i < n.length; i++) {
    const c = n[i];
    if (c === '<') depth++;
    else if (c === '>') {
      if (depth === 0) return crateOfPath(n.slice(1, i));
      depth--;
    } else if (depth === 0 && n.startsWith(' as ', i)) {
      return crateOfPath(n.slice(1, i)) ?? crateOfPath(n.slice(i + 4));
    }
  }
  return null;
}

const STD = ['core', 'alloc', 'std', 'compiler_builtins', 'dlmalloc'];
// The group a twiggy item is counted in.
function groupOf(name) {
  if (/^data segment /.test(name) || /^data\[\d+\]$/.test(name)) return '(data segments: strings, tables, constants)';
  if (/^elem\[\d+\]$/.test(name) || /^table\[\d+\]$/.test(name) || /^elem segment/.test(name)) return '(function table)';
  if (/^(import|export) /.test(name) || /^__wbg|^__wbindgen|^wasm_bindgen::/.test(name)) return '(wasm-bindgen imports, exports and glue)';
  const crate = crateOfFunction(name);
  if (crate) return STD.includes(crate) ? 'std (core, alloc, std, allocator, builtins)' : crate;
  if (/^(memcpy|memmove|memset|memcmp|__multi3|__udivti3|__umodti3|__rust_|__rdl_|__rg_)/.test(name)) {
    return 'std (core, alloc, std, allocator, builtins)';
  }
  if (/^code\[\d+\]$/.test(name)) return '(unnamed functions)';
  return '(other: section headers, types, globals)';
}

// The name section exists in the copy only (its subsections are twiggy items): left out.
const counted = items.filter((i) => !/^"[^"]*" subsection$/.test(i.name) && i.name !== 'name section');
const total = counted.reduce((a, i) => a + i.shallow_size, 0);
const crates = new Map();
for (const item of counted) {
  const g = groupOf(item.name);
  const entry = crates.get(g) ?? { bytes: 0, items: 0 };
  entry.bytes += item.shallow_size;
  entry.items += 1;
  crates.set(g, entry);
}
const byCrate = [...crates.entries()]
  .map(([crate, v]) => ({ crate, bytes: v.bytes, items: v.items, share: Math.round((v.bytes / total) * 1000) / 10 }))
  .sort((a, b) => b.bytes - a.bytes);
// The app's own code by module (`civic_portal::forms::…` → forms): what each capability costs.
const modules = new Map();
for (const item of counted.filter((i) => groupOf(i.name) === 'civic_portal')) {
  const n = item.name.replace(/^byn\$mgfn-shared\$/, '').replace(/^<+/, '');
  const m = n.match(/^civic_portal::([a-z_0-9]+)/);
  const key = m ? m[1] : '(generic code)';
  modules.set(key, (modules.get(key) ?? 0) + item.shallow_size);
}
const appModules = [...modules.entries()].map(([module, bytes]) => ({ module, bytes })).sort((a, b) => b.bytes - a.bytes);
const readable = (name) => name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
const largest = [...counted]
  .sort((a, b) => b.shallow_size - a.shallow_size)
  .slice(0, top)
  .map((i) => ({ name: readable(i.name).slice(0, 200), bytes: i.shallow_size, crate: groupOf(i.name) }));

const distRaw = readFileSync(join(dist, distWasm)).length;
const report = { generated: new Date().toISOString(), dist_wasm: distWasm, dist_raw_bytes: distRaw, counted_bytes: total, by_crate: byCrate, civic_portal_by_module: appModules, largest };
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'wasm-breakdown.latest.json'), JSON.stringify(report, null, 2) + '\n');

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log(`wasm by crate (raw KB of a names-kept copy: ${(total / 1000).toFixed(1)} KB; dist/${distWasm}: ${(distRaw / 1000).toFixed(1)} KB)`);
for (const c of byCrate.filter((c) => c.share >= 0.5)) console.log(`  ${c.crate.padEnd(44)}${kb(c.bytes)} ${String(c.share).padStart(5)} %`);
const rest = byCrate.filter((c) => c.share < 0.5);
if (rest.length) console.log(`  ${`${rest.length} smaller groups`.padEnd(44)}${kb(rest.reduce((a, c) => a + c.bytes, 0))}`);
console.log(`civic_portal by module: ${appModules.slice(0, 12).map((m) => `${m.module} ${(m.bytes / 1000).toFixed(1)}`).join(', ')}`);
console.log(`largest ${top} items:`);
for (const i of largest) console.log(`  ${kb(i.bytes)}  ${i.name.slice(0, 110)}`);
