// A Playwright reporter that publishes the accessibility results of the test run as a page of
// the portal, like the JIS X 8341-3 results pages Japanese cities publish:
//   public/content/{en,ja}/pages/accessibility-test-results.json (committed: the published page)
//   dist/content/{en,ja}/pages/accessibility-test-results.json   (the build just tested)
//   reports/a11y.latest.json                                      (raw data)
// Per success criterion (tests/a11y/criteria.mjs): the level, whether it applies, the result
// of the automated checks (axe-core rules for that criterion, found from axe's own tags, and
// the journeys named in the list), and, separately, the manual check, which is reported as not
// done: nothing is claimed that no test checked. The page is only written after a complete
// run (every spec file, no --grep, no test skipped by a filter), so a partial run never
// publishes partial results.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CRITERIA, MANUAL_STATUS } from '../a11y/criteria.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SLUG = 'accessibility-test-results';
const A13_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe rule ids per success criterion ("1.4.3" → ["color-contrast", ...]) from axe's tags. */
function axeRulesBySc() {
  const axe = require('axe-core');
  const map = {};
  for (const rule of axe.getRules(A13_TAGS)) {
    for (const tag of rule.tags) {
      const m = /^wcag(\d)(\d)(\d+)$/.exec(tag);
      if (!m) continue;
      const sc = `${m[1]}.${m[2]}.${m[3]}`;
      (map[sc] ??= []).push(rule.ruleId);
    }
  }
  return { map, version: axe.version };
}

const T = {
  en: {
    title: 'Accessibility test results of this website',
    summary: (date) => `Results of the automated accessibility tests of this website's software, run on ${date}, by success criterion of WCAG 2.2 (which includes JIS X 8341-3:2016).`,
    crumbs: [['Home', '/en'], ['Accessibility policy', '/en/pages/accessibility']],
    overview: 'Overview',
    items: (r) => [
      `Date of the test run: ${r.date}`,
      'Standard: JIS X 8341-3:2016 (equivalent to WCAG 2.0), tested against WCAG 2.2, which contains every criterion of it',
      'Target level: AA',
      `Tools: axe-core ${r.axeVersion} (rules tagged ${A13_TAGS.join(', ')}) and ${r.journeys} automated journeys in Chromium, run on every change of the software`,
      `Tests run: ${r.tests} (${r.passed} passed, ${r.failed} failed)`,
      `Pages and states checked with axe-core: ${r.axeRuns} checks of ${r.paths.length} addresses, in every interface language`,
    ],
    honest: 'What these results mean',
    honestBody: 'Automated tests find many barriers, but not all. A criterion marked "passed" here means that every automated check of it passed; it does not yet mean that a person has confirmed it. The manual check column says which criteria still need a person, for example with a screen reader. This page is generated from the test run and states nothing that was not tested.',
    summaryTitle: 'Summary',
    summaryText: (c) => `Of ${c.total} success criteria of levels A and AA: ${c.passed} passed every automated check, ${c.failed} failed one, ${c.untested} have no automated check yet, and ${c.na} do not apply to this software. No criterion has been checked by a person yet.`,
    tableTitle: 'Results by success criterion',
    caption: 'Results by success criterion (WCAG 2.2 levels A and AA)',
    head: ['Criterion', 'Level', 'Applies', 'Automated result', 'How it was tested automatically', 'Manual check'],
    yes: 'Yes',
    no: (why) => `No: ${why}`,
    passed: 'Passed',
    failed: 'Failed',
    untested: 'Not tested automatically',
    na: 'Not applicable',
    axe: (rules) => `axe-core: ${rules.join(', ')}`,
    axeIncomplete: 'axe-core could not decide on some elements (needs a person)',
    none: '—',
    pagesTitle: 'Addresses checked with axe-core',
    pagesIntro: 'Each address was checked in the states listed in the test run (for example: banner shown, menu open, dialog open, form with errors).',
    journeysTitle: 'Automated journeys',
  },
  ja: {
    title: 'ウェブアクセシビリティ試験結果（自動試験）',
    summary: (date) => `${date}に実施した、このウェブサイトのソフトウェアの自動アクセシビリティ試験の結果を、WCAG 2.2（JIS X 8341-3:2016を含む）の達成基準ごとに掲載しています。`,
    crumbs: [['ホーム', '/ja'], ['ウェブアクセシビリティ方針', '/ja/pages/accessibility']],
    overview: '概要',
    items: (r) => [
      `試験実施日：${r.date}`,
      '規格：JIS X 8341-3:2016（WCAG 2.0 と同等）。そのすべての達成基準を含む WCAG 2.2 に対して試験しています',
      '目標とする適合レベル：AA',
      `使用ツール：axe-core ${r.axeVersion}（${A13_TAGS.join('、')} のルール）と、Chromium 上の自動操作テスト ${r.journeys} 種。ソフトウェアの変更のたびに実行しています`,
      `実行したテスト：${r.tests} 件（合格 ${r.passed} 件、不合格 ${r.failed} 件）`,
      `axe-core で確認したページと状態：${r.paths.length} アドレスで ${r.axeRuns} 回（すべての表示言語）`,
    ],
    honest: 'この結果について',
    honestBody: '自動試験は多くの問題を見つけますが、すべてではありません。この表で「合格」とは、その達成基準の自動チェックがすべて合格したことを意味し、人による確認が済んだことを意味するものではありません。「人による確認」の欄に、スクリーンリーダーなどで人が確認すべき項目を示しています。このページは試験の実行結果から自動で作成しており、試験していないことは記載していません。',
    summaryTitle: '結果の概要',
    summaryText: (c) => `レベルA及びAAの達成基準 ${c.total} 項目のうち、自動チェックにすべて合格：${c.passed}、不合格：${c.failed}、自動チェックなし：${c.untested}、このソフトウェアには該当なし：${c.na}。人による確認はまだ行っていません。`,
    tableTitle: '達成基準ごとの結果',
    caption: '達成基準ごとの結果（WCAG 2.2 レベルA及びAA）',
    head: ['達成基準', 'レベル', '適用', '自動試験の結果', '自動試験の方法', '人による確認'],
    yes: 'あり',
    no: (why) => `なし：${why}`,
    passed: '合格',
    failed: '不合格',
    untested: '自動試験なし',
    na: '適用なし',
    axe: (rules) => `axe-core：${rules.join('、')}`,
    axeIncomplete: 'axe-core が判定できなかった要素あり（人による確認が必要）',
    none: '—',
    pagesTitle: 'axe-core で確認したアドレス',
    pagesIntro: '各アドレスは、試験の中で複数の状態（バナー表示、メニューを開いた状態、ダイアログ表示、エラーのあるフォームなど）で確認しています。',
    journeysTitle: '自動操作テスト',
  },
};

/** What each journey (spec file) checks, for the "how" column and the journeys list. */
const JOURNEYS = {
  'browse-every-page': ['every route in every language renders, with axe-core', 'すべてのページをすべての言語で表示し axe-core で確認'],
  'a11y-matrix': ['every route in every language with the cookie banner shown, the menu open and the cookie dialog open (axe-core); tabbing through the whole page comes back round and never hides the focus; 320 px with text spacing', 'すべてのページ・言語で、クッキーバナー表示、メニューを開いた状態、ダイアログ表示の各状態を axe-core で確認。ページ全体をタブで一巡でき、フォーカスが隠れないこと。幅 320 px とテキスト間隔の変更'],
  forms: ['forms: errors in text and a focused summary linking to fields, keyboard-only questionnaire, labels, autocomplete, check answers, drafts', 'フォーム：テキストでのエラー表示とフォーカスされる一覧、キーボードのみでの回答、ラベル、autocomplete、回答の確認、下書き'],
  tabs: ['tabs: roles, arrow keys, Home/End, target size', 'タブ：役割、矢印キー、Home/End、ターゲットのサイズ'],
  'focus-never-hidden': ['tabbing through long pages: every focused element is on screen and not covered', '長いページをタブで移動し、フォーカスが画面内にあり隠れないことを確認'],
  'reflow-and-spacing': ['320 px width, 200 % text and WCAG text spacing without sideways scrolling', '幅 320 px、文字 200 %、テキスト間隔の変更で横スクロールが生じないことを確認'],
  'keyboard-skip-link': ['skip link first and moving focus to the content', '最初のリンクが本文へのスキップリンクで、本文に移動することを確認'],
  consent: ['cookie banner and dialog: keyboard, focus return, modal dialog, status messages', 'クッキーのバナーとダイアログ：キーボード操作、フォーカスの戻り、モーダル、状態の通知'],
  'navigate-between-pages': ['page titles, focus to the heading and announcements after each navigation', '画面遷移ごとのページタイトル、見出しへのフォーカス、読み上げ通知'],
  'switch-language': ['lang and dir of the page follow the interface language', 'ページの lang と dir が表示言語に従うことを確認'],
  'content-languages': ['content in another language is marked with its lang', '他言語のコンテンツに lang が指定されることを確認'],
};

class A11yReporter {
  onBegin(config, suite) {
    this.config = config;
    this.results = [];
    this.total = suite.allTests().length;
    this.files = new Set(suite.allTests().map((t) => basename(t.location.file).replace(/\.spec\.ts$/, '')));
  }

  onTestEnd(test, result) {
    this.results.push({
      id: test.id,
      file: basename(test.location.file).replace(/\.spec\.ts$/, ''),
      title: test.title,
      status: result.status,
      ok: test.outcome() === 'expected' || test.outcome() === 'flaky',
      axe: [...test.annotations, ...(result.annotations ?? [])]
        .filter((a) => a.type === 'axe' && a.description)
        .map((a) => JSON.parse(a.description)),
    });
  }

  onEnd() {
    const specDir = join(root, 'tests', 'e2e');
    const allSpecs = readdirSync(specDir).filter((f) => f.endsWith('.spec.ts')).map((f) => f.replace(/\.spec\.ts$/, ''));
    const project = this.config.projects[0];
    const ran = new Set(this.results.map((r) => r.id));
    const missingSpecs = allSpecs.filter((f) => !this.files.has(f));
    const filtered = String(project?.grep ?? /.*/) !== String(/.*/) || Boolean(project?.grepInvert);
    const complete = missingSpecs.length === 0 && !filtered && ran.size === this.total;
    this.why = { missingSpecs, filtered, grep: String(project?.grep), ran: ran.size, total: this.total };
    const { map: rulesBySc, version: axeVersion } = axeRulesBySc();
    const byFile = {};
    for (const r of this.results) (byFile[r.file] ??= []).push(r);
    const axeRuns = this.results.flatMap((r) => r.axe);
    const passedRules = new Set(axeRuns.flatMap((a) => a.passes));
    const incompleteRules = new Set(axeRuns.flatMap((a) => a.incomplete));
    const axeOk = this.results.filter((r) => r.axe.length).every((r) => r.ok);
    const paths = [...new Set(axeRuns.map((a) => a.path))].sort();
    const date = new Date().toISOString().slice(0, 10);
    const rows = CRITERIA.map((c) => {
      const rules = (rulesBySc[c.sc] ?? []).filter((id) => passedRules.has(id));
      const journeys = c.journeys.filter((j) => byFile[j]?.length);
      const tested = rules.length > 0 || journeys.length > 0;
      const ok = (rules.length === 0 || axeOk) && journeys.every((j) => byFile[j].every((r) => r.ok));
      const status = c.na ? 'na' : !tested ? 'untested' : ok ? 'passed' : 'failed';
      return { ...c, rules, journeysRun: journeys, status, incomplete: (rulesBySc[c.sc] ?? []).some((id) => incompleteRules.has(id)) };
    });
    const counts = {
      total: rows.length,
      passed: rows.filter((r) => r.status === 'passed').length,
      failed: rows.filter((r) => r.status === 'failed').length,
      untested: rows.filter((r) => r.status === 'untested').length,
      na: rows.filter((r) => r.status === 'na').length,
    };
    const run = {
      date,
      axeVersion,
      tests: this.results.length,
      passed: this.results.filter((r) => r.ok).length,
      failed: this.results.filter((r) => !r.ok).length,
      journeys: Object.keys(JOURNEYS).filter((j) => byFile[j]).length,
      axeRuns: axeRuns.length,
      paths,
      complete,
      why: this.why,
      counts,
      criteria: rows.map(({ sc, level, status, rules, journeysRun, incomplete }) => ({ sc, level, status, rules, journeys: journeysRun, incomplete })),
    };
    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(join(root, 'reports', 'a11y.latest.json'), JSON.stringify(run, null, 2) + '\n');
    if (!complete) {
      console.log('\naccessibility results: partial run, page not published (reports/a11y.latest.json written)');
      return;
    }
    for (const locale of ['en', 'ja']) {
      const page = JSON.stringify(buildPage(locale, run, rows), null, 2) + '\n';
      for (const base of ['public/content', 'dist/content']) {
        const dir = join(root, base, locale, 'pages');
        if (!existsSync(dir)) continue;
        writeFileSync(join(dir, `${SLUG}.json`), page);
      }
    }
    console.log(
      `\naccessibility results published (${SLUG}): ${counts.passed} passed, ${counts.failed} failed, ` +
        `${counts.untested} not tested automatically, ${counts.na} not applicable; ${axeRuns.length} axe checks of ${paths.length} addresses`,
    );
  }

  printsToStdio() {
    return false;
  }
}

const text = (t) => [{ text: t }];

function buildPage(locale, run, rows) {
  const t = T[locale];
  const status = (r) => ({ passed: t.passed, failed: t.failed, untested: t.untested, na: t.na })[r.status];
  const how = (r) => {
    const parts = [];
    if (r.rules.length) parts.push(t.axe(r.rules));
    for (const j of r.journeysRun) parts.push(JOURNEYS[j]?.[locale === 'en' ? 0 : 1] ?? j);
    if (r.incomplete) parts.push(t.axeIncomplete);
    return parts.length ? parts.join('; ') : t.none;
  };
  const other = locale === 'en' ? 'ja' : 'en';
  return {
    slug: SLUG,
    locale,
    title: t.title,
    summary: t.summary(run.date),
    updated: run.date,
    breadcrumbs: t.crumbs.map(([label, href]) => ({ label, href })),
    alternates: { [other]: SLUG },
    blocks: [
      { type: 'heading', level: 2, text: t.overview, id: 'overview' },
      { type: 'list', items: t.items(run).map((s) => ({ content: text(s) })) },
      { type: 'notice', variant: 'info', title: t.honest, content: text(t.honestBody) },
      { type: 'heading', level: 2, text: t.summaryTitle, id: 'summary' },
      { type: 'paragraph', content: text(t.summaryText(run.counts)) },
      { type: 'heading', level: 2, text: t.tableTitle, id: 'by-criterion' },
      {
        type: 'table',
        caption: t.caption,
        head: t.head,
        row_headers: true,
        rows: rows.map((r) => [
          `${r.sc} ${r.name[locale]}`,
          r.level,
          r.na ? t.no(r.na[locale === 'en' ? 0 : 1]) : t.yes,
          status(r),
          r.na ? t.none : how(r),
          r.na ? t.none : MANUAL_STATUS[locale],
        ]),
      },
      { type: 'heading', level: 2, text: t.journeysTitle, id: 'journeys' },
      {
        type: 'list',
        items: Object.entries(JOURNEYS).map(([file, [en, ja]]) => ({
          content: text(`${file}: ${locale === 'en' ? en : ja}`),
        })),
      },
      { type: 'heading', level: 2, text: t.pagesTitle, id: 'pages' },
      { type: 'paragraph', content: text(t.pagesIntro) },
      { type: 'list', items: run.paths.map((p) => ({ content: text(p) })) },
    ],
  };
}

export default A11yReporter;
