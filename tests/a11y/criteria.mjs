// The WCAG 2.2 success criteria of levels A and AA (JIS X 8341-3:2016 = WCAG 2.0 plus the
// criteria added by 2.1 and 2.2), and which automated journeys in tests/e2e check each one.
// The accessibility results page is generated from this list and the test run
// (tests/support/a11y-reporter.mjs): a criterion is "passed" only when every journey named
// here ran and passed; axe-core's rules for it are found from axe's own tags. Nothing here is
// a result: a criterion with no journey and no axe rule is reported as not tested.
//
// Fields: sc, level, version it was added in, names (en, ja), journeys (spec files whose
// assertions really check the criterion; axe runs anywhere are credited separately, rule by
// rule), and `na` when the software has no such content by construction (with the reason).

export const CRITERIA = [
  ['1.1.1', 'A', '2.0', 'Non-text content', '非テキストコンテンツ', [], null],
  ['1.2.1', 'A', '2.0', 'Audio-only and video-only (prerecorded)', '音声のみ及び映像のみ（収録済）', [], null],
  ['1.2.2', 'A', '2.0', 'Captions (prerecorded)', 'キャプション（収録済）', [], null],
  ['1.2.3', 'A', '2.0', 'Audio description or media alternative (prerecorded)', '音声解説、又はメディアに対する代替コンテンツ（収録済）', [], null],
  ['1.2.4', 'AA', '2.0', 'Captions (live)', 'キャプション（ライブ）', [], ['The software has no live audio or video.', 'ライブの音声・映像を扱う機能はありません。']],
  ['1.2.5', 'AA', '2.0', 'Audio description (prerecorded)', '音声解説（収録済）', [], null],
  ['1.3.1', 'A', '2.0', 'Info and relationships', '情報及び関係性', ['forms', 'tabs'], null],
  ['1.3.2', 'A', '2.0', 'Meaningful sequence', '意味のある順序', [], null],
  ['1.3.3', 'A', '2.0', 'Sensory characteristics', '感覚的な特徴', [], null],
  ['1.3.4', 'AA', '2.1', 'Orientation', '表示の向き', [], null],
  ['1.3.5', 'AA', '2.1', 'Identify input purpose', '入力目的の特定', [], null],
  ['1.4.1', 'A', '2.0', 'Use of color', '色の使用', ['tabs'], null],
  ['1.4.2', 'A', '2.0', 'Audio control', '音声の制御', [], ['Nothing plays sound by itself; videos load only when the visitor asks.', '自動で音声を再生する機能はありません。動画は利用者が選んだときだけ読み込みます。']],
  ['1.4.3', 'AA', '2.0', 'Contrast (minimum)', 'コントラスト（最低限レベル）', [], null],
  ['1.4.4', 'AA', '2.0', 'Resize text', 'テキストのサイズ変更', ['reflow-and-spacing', 'forms'], null],
  ['1.4.5', 'AA', '2.0', 'Images of text', '文字画像', [], null],
  ['1.4.10', 'AA', '2.1', 'Reflow', 'リフロー', ['reflow-and-spacing', 'a11y-matrix', 'forms', 'tabs'], null],
  ['1.4.11', 'AA', '2.1', 'Non-text contrast', '非テキストのコントラスト', [], null],
  ['1.4.12', 'AA', '2.1', 'Text spacing', 'テキストの間隔', ['reflow-and-spacing', 'a11y-matrix'], null],
  ['1.4.13', 'AA', '2.1', 'Content on hover or focus', 'ホバー又はフォーカスで表示されるコンテンツ', [], null],
  ['2.1.1', 'A', '2.0', 'Keyboard', 'キーボード', ['keyboard-skip-link', 'forms', 'tabs', 'consent'], null],
  ['2.1.2', 'A', '2.0', 'No keyboard trap', 'キーボードトラップなし', ['a11y-matrix', 'consent'], null],
  ['2.1.4', 'A', '2.1', 'Character key shortcuts', '文字キーのショートカット', [], ['The software defines no single-key shortcuts.', '一文字キーのショートカットは定義していません。']],
  ['2.2.1', 'A', '2.0', 'Timing adjustable', 'タイミング調整可能', [], null],
  ['2.2.2', 'A', '2.0', 'Pause, stop, hide', '一時停止、停止及び非表示', [], null],
  ['2.3.1', 'A', '2.0', 'Three flashes or below threshold', '3回の閃光、又は閾値以下', [], null],
  ['2.4.1', 'A', '2.0', 'Bypass blocks', 'ブロックスキップ', ['keyboard-skip-link'], null],
  ['2.4.2', 'A', '2.0', 'Page titled', 'ページタイトル', ['navigate-between-pages', 'forms'], null],
  ['2.4.3', 'A', '2.0', 'Focus order', 'フォーカス順序', ['navigate-between-pages', 'consent', 'forms'], null],
  ['2.4.4', 'A', '2.0', 'Link purpose (in context)', 'リンクの目的（コンテキスト内）', [], null],
  ['2.4.5', 'AA', '2.0', 'Multiple ways', '複数の手段', [], null],
  ['2.4.6', 'AA', '2.0', 'Headings and labels', '見出し及びラベル', ['forms'], null],
  ['2.4.7', 'AA', '2.0', 'Focus visible', 'フォーカスの可視化', [], null],
  ['2.4.11', 'AA', '2.2', 'Focus not obscured (minimum)', 'フォーカスが隠されない（最低限）', ['focus-never-hidden', 'a11y-matrix', 'consent'], null],
  ['2.5.1', 'A', '2.1', 'Pointer gestures', 'ポインタのジェスチャ', [], ['No function needs a path-based or multipoint gesture.', '複数の指や軌跡を使う操作を必要とする機能はありません。']],
  ['2.5.2', 'A', '2.1', 'Pointer cancellation', 'ポインタのキャンセル', [], null],
  ['2.5.3', 'A', '2.1', 'Label in name', 'ラベルを含む名前（name）', [], null],
  ['2.5.4', 'A', '2.1', 'Motion actuation', '動きによる起動', [], ['No function is operated by moving the device.', '端末を動かして操作する機能はありません。']],
  ['2.5.7', 'AA', '2.2', 'Dragging movements', 'ドラッグ操作', [], ['No function needs dragging.', 'ドラッグ操作を必要とする機能はありません。']],
  ['2.5.8', 'AA', '2.2', 'Target size (minimum)', 'ターゲットのサイズ（最低限）', ['tabs'], null],
  ['3.1.1', 'A', '2.0', 'Language of page', 'ページの言語', ['switch-language'], null],
  ['3.1.2', 'AA', '2.0', 'Language of parts', '一部分の言語', ['content-languages', 'switch-language'], null],
  ['3.2.1', 'A', '2.0', 'On focus', 'フォーカス時', [], null],
  ['3.2.2', 'A', '2.0', 'On input', '入力時', [], null],
  ['3.2.3', 'AA', '2.0', 'Consistent navigation', '一貫したナビゲーション', [], null],
  ['3.2.4', 'AA', '2.0', 'Consistent identification', '一貫した識別性', [], null],
  ['3.2.6', 'A', '2.2', 'Consistent help', '一貫したヘルプ', ['forms'], null],
  ['3.3.1', 'A', '2.0', 'Error identification', 'エラーの特定', ['forms'], null],
  ['3.3.2', 'A', '2.0', 'Labels or instructions', 'ラベル又は説明', ['forms'], null],
  ['3.3.3', 'AA', '2.0', 'Error suggestion', 'エラー修正の提案', ['forms'], null],
  ['3.3.4', 'AA', '2.0', 'Error prevention (legal, financial, data)', 'エラー回避（法的、金融及びデータ）', ['forms'], null],
  ['3.3.7', 'A', '2.2', 'Redundant entry', '冗長な入力', ['forms'], null],
  ['3.3.8', 'AA', '2.2', 'Accessible authentication (minimum)', 'アクセシブルな認証（最低限）', [], ['The software has no sign-in.', 'ログインの機能はありません。']],
  ['4.1.2', 'A', '2.0', 'Name, role, value', '名前（name）・役割（role）及び値（value）', ['tabs', 'forms', 'consent'], null],
  ['4.1.3', 'AA', '2.1', 'Status messages', 'ステータスメッセージ', ['navigate-between-pages', 'consent', 'forms'], null],
].map(([sc, level, version, en, ja, journeys, na]) => ({ sc, level, version, name: { en, ja }, journeys, na }));

/** What a person still has to check, whatever the automated result: these need judgement. */
export const MANUAL_STATUS = {
  en: 'Not yet checked by a person',
  ja: '人による確認は未実施',
};
