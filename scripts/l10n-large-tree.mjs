#!/usr/bin/env node
// Writes a Fluent tree shaped like a large application, for l10n-check's large-tree report
// (scripts/l10n-large-report.mjs): 5 locales (en, the reference, plus de, ja, ru, ar), each
// with 300 files in nested folders (browser/components/panel/main.ftl) of 17 messages and a
// term, ~5,100 messages per locale. Messages have attributes, variables, term and message
// references, plural selects (on $count and on NUMBER()), string selects; each file defines
// the same term (-product) and the same four message ids (title, close-button, cancel-button,
// help-link), which is legitimate when each file is its own bundle (--bundle file) and a
// cross-file duplicate when a locale is one bundle (--bundle locale).
//
// Into the translations it plants a few problems, chosen by a seeded random generator (the
// same tree every run), one finding each: missing messages, added and dropped term
// references, plural selects missing a category (ru [few], ar [zero], de [one] of a NUMBER()
// select) and ids defined twice in one file. It returns (and, run directly, prints) the
// exact findings l10n-check must report for them with --bundle file, and how many
// duplicates --bundle locale must report.
//
//   node scripts/l10n-large-tree.mjs OUT_DIR      (writes OUT_DIR/<locale>/..., prints JSON)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOCALES = ['en', 'de', 'ja', 'ru', 'ar'];
const AREAS = ['browser', 'devtools', 'toolkit', 'mail', 'calendar'];
const GROUPS = ['components', 'content', 'preferences'];
const COMPONENTS = ['panel', 'dialog', 'sidebar', 'toolbar'];
const FILES = ['main', 'actions', 'status', 'errors', 'help'];
const NOUNS = ['bookmark', 'tab', 'window', 'download', 'message', 'event', 'filter', 'theme'];

/// The plural categories each locale's selects give (CLDR; `other` is the default).
const PLURALS = {
  en: ['one', 'other'],
  de: ['one', 'other'],
  ja: ['other'],
  ru: ['one', 'few', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

/// The kinds of the 13 file-specific messages of every file, in order.
const SHAPES = ['plain', 'variables', 'term', 'message-ref', 'plural', 'plural-number', 'attributes',
  'attribute-ref', 'string-select', 'term-attribute', 'plural-attribute', 'plain', 'plural'];

/// What is planted, per translation locale: [kind, count, shape it needs].
const PLANTS = {
  de: { missing: 6, added: 3, dropped: 2, plural: 2, duplicate: 1 },
  ja: { missing: 5, added: 2, dropped: 1, plural: 0, duplicate: 0 },
  ru: { missing: 4, added: 2, dropped: 1, plural: 5, duplicate: 1 },
  ar: { missing: 3, added: 1, dropped: 1, plural: 3, duplicate: 0 },
};

/// A small seeded generator (mulberry32), so that the tree is the same every run.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/// The relative paths of one locale's files, sorted as l10n-check sorts them.
export function filePaths() {
  const paths = [];
  for (const area of AREAS) {
    for (const group of GROUPS) {
      for (const component of COMPONENTS) {
        for (const file of FILES) paths.push(`${area}/${group}/${component}/${file}.ftl`);
      }
    }
  }
  return paths.sort();
}

/// Text for `locale`: the English words, tagged with the locale.
const say = (locale, words) => (locale === 'en' ? words : `${words} (${locale})`);

/// The variants of a plural select on `selector`, one line each.
function pluralVariants(locale, noun, without) {
  return PLURALS[locale]
    .filter((category) => category !== without)
    .map((category) => {
      const text = category === 'one' ? say(locale, `One ${noun}`) : `{ $count } ${say(locale, `${noun}s`)}`;
      return `    ${category === 'other' ? '*' : ' '}[${category}] ${text}`;
    });
}

/// One message of the file-specific kinds, as Fluent lines. `plant` changes it.
function message(locale, id, shape, noun, plant) {
  const s = (words) => say(locale, words);
  switch (shape) {
    case 'plain':
      return [`${id} = ${s(`Open the ${noun} settings`)}${plant === 'added' ? ' { -product }' : ''}`];
    case 'variables':
      return [`${id} = ${s('Hello,')} { $name }! { $count } ${s(`new ${noun}s`)}`];
    case 'term':
      return [`${id} = ${s('Restart')} ${plant === 'dropped' ? 'Sample Browser' : '{ -product }'} ${s(`to apply the ${noun} changes`)}`];
    case 'message-ref':
      return [`${id} = ${s('See')} { title } ${s('for details')}`];
    case 'plural':
      return [`${id} = { $count ->`, ...pluralVariants(locale, noun, plant === 'plural' ? pluralGap(locale) : null), '}'];
    case 'plural-number':
      return [`${id} = { NUMBER($count) ->`, ...pluralVariants(locale, noun, plant === 'plural' ? pluralGap(locale) : null), '}'];
    case 'attributes':
      return [`${id} = ${s(noun)}`, `    .title = ${s('Last changed')} { $date }`, '    .accesskey = X'];
    case 'attribute-ref':
      return [`${id} = ${s('Same as')} { close-button.tooltip }`];
    case 'string-select':
      return [`${id} = { $gender ->`, `    [female] ${s(`She changed the ${noun}`)}`,
        `    [male] ${s(`He changed the ${noun}`)}`, `   *[other] ${s(`They changed the ${noun}`)}`, '}'];
    case 'term-attribute':
      return [`${id} = ${s(`Import ${noun}s`)}`, `    .tooltip = ${s('Import from')} { -product }`];
    case 'plural-attribute':
      return [`${id} = ${s('Downloads')}`, '    .label = { $count ->',
        ...pluralVariants(locale, noun, null).map((line) => `    ${line}`), '    }'];
    default:
      throw new Error(`unknown shape ${shape}`);
  }
}

/// Which category a planted plural problem drops in `locale`, and from which shape.
function pluralGap(locale) {
  return { ru: 'few', ar: 'zero', de: 'one' }[locale];
}
const pluralShape = (locale) => ({ ru: 'plural', ar: 'plural-number', de: 'plural-number' }[locale]);

/// Writes the tree into `dir` and returns what l10n-check must find.
export function generate(dir) {
  const next = random(20260413);
  const paths = filePaths();
  const expected = {
    file: { 'missing-message': 0, 'added-reference': 0, 'dropped-reference': 0, 'missing-plural-category': 0, duplicate: 0 },
    localeDuplicates: 0,
  };
  const planted = [];
  let messages = 0;
  let referenceMessages = 0;
  let bytes = 0;

  // Where each plant goes: locale -> "fileIndex/messageIndex" -> plant.
  const plan = {};
  for (const [locale, counts] of Object.entries(PLANTS)) {
    plan[locale] = new Map();
    const pick = (plant, shape) => {
      for (;;) {
        const file = Math.floor(next() * paths.length);
        const candidates = SHAPES.map((s, i) => [s, i]).filter(([s]) => shape === undefined || s === shape);
        const [, index] = candidates[Math.floor(next() * candidates.length)];
        const key = `${file}/${index}`;
        if (!plan[locale].has(key)) {
          plan[locale].set(key, plant);
          return;
        }
      }
    };
    for (let i = 0; i < counts.missing; i++) pick('missing');
    for (let i = 0; i < counts.added; i++) pick('added', 'plain');
    for (let i = 0; i < counts.dropped; i++) pick('dropped', 'term');
    for (let i = 0; i < counts.plural; i++) pick('plural', pluralShape(locale));
  }
  // Files that get an id defined twice: locale -> set of file indexes.
  const twice = {};
  for (const [locale, counts] of Object.entries(PLANTS)) {
    twice[locale] = new Set();
    while (twice[locale].size < counts.duplicate) twice[locale].add(Math.floor(next() * paths.length));
  }

  for (const locale of LOCALES) {
    const occurrences = new Map();
    paths.forEach((rel, fileIndex) => {
      const [area, group, component, file] = rel.replace(/\.ftl$/, '').split('/');
      const prefix = `${area}-${group}-${component}-${file}`;
      const s = (words) => say(locale, words);
      const lines = [`### ${s(`${area} ${component}: ${file}`)}`, '', '-product = Sample Browser', ''];
      const ids = ['-product'];
      const define = (id, entryLines) => {
        lines.push(...entryLines);
        ids.push(id);
        if (!id.startsWith('-')) messages += 1;
        if (locale === 'en' && !id.startsWith('-')) referenceMessages += 1;
      };
      define('title', [`title = ${s(`${component} ${file}`)}`]);
      define('close-button', ['close-button =', `    .label = ${s('Close')}`, `    .tooltip = ${s('Close the')} { -product } ${s(component)}`]);
      define('cancel-button', [`cancel-button = ${s('Cancel')}`, '    .accesskey = n']);
      define('help-link', [`help-link = ${s('Help for')} { -product }`]);
      SHAPES.forEach((shape, index) => {
        const id = `${prefix}-${shape}-${index}`;
        const plant = locale === 'en' ? undefined : plan[locale].get(`${fileIndex}/${index}`);
        const noun = NOUNS[(fileIndex + index) % NOUNS.length];
        if (plant) {
          planted.push({ locale, file: `${locale}/${rel}`, id, plant });
          expected.file[{ missing: 'missing-message', added: 'added-reference', dropped: 'dropped-reference', plural: 'missing-plural-category' }[plant]] += 1;
        }
        if (plant === 'missing') return;
        define(id, message(locale, id, shape, noun, plant));
      });
      if (locale !== 'en' && twice[locale].has(fileIndex)) {
        // Pasted twice by mistake: the second `title` is a duplicate in any bundle model.
        define('title', [`title = ${s(`${component} ${file} again`)}`]);
        planted.push({ locale, file: `${locale}/${rel}`, id: 'title', plant: 'duplicate' });
        expected.file.duplicate += 1;
      }
      for (const id of ids) occurrences.set(id, (occurrences.get(id) ?? 0) + 1);
      const text = `${lines.join('\n')}\n`;
      bytes += Buffer.byteLength(text);
      const path = join(dir, locale, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    });
    // With one bundle per locale, every definition after an id's first is a duplicate.
    for (const count of occurrences.values()) expected.localeDuplicates += count - 1;
  }
  return {
    locales: LOCALES,
    filesPerLocale: paths.length,
    files: paths.length * LOCALES.length,
    referenceMessages,
    messages,
    bytes,
    expected,
    planted,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/l10n-large-tree.mjs OUT_DIR');
    process.exit(2);
  }
  console.log(JSON.stringify(generate(out), null, 2));
}
