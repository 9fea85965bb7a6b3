### civic-portal 画面文字列: 日本語

-site-name = サンプル市

## ページの枠組み

header-site-name = { -site-name }
document-title = { $page } | { -site-name }
skip-link = 本文へ移動
main-content-starts = ここから本文です
header-home-link = { -site-name } トップページ

## ナビゲーション

nav-primary-label = メインメニュー
nav-home = トップ
nav-news = お知らせ
nav-city-diplomacy = 都市外交
language-selector-label = 言語
footer-policies-label = このサイトについて
footer-accessibility = ウェブアクセシビリティ方針
footer-multilingual = 多言語対応について
footer-city-diplomacy = 都市外交
footer-copyright = © { -site-name }　掲載文章はサイトの利用条件に従って利用できます。

## コンテンツの状態

loading = 読み込み中…
page-updated = 最終更新日：{ DATETIME($date, dateStyle: "long") }
news-title = お知らせ
news-intro = 市からのお知らせを新しい順に掲載しています。
news-empty = 現在、お知らせはありません。
news-count = お知らせ { $count } 件
news-published = 掲載日：{ DATETIME($date, dateStyle: "long") }

error-network-title = サーバーに接続できませんでした
error-network-body = インターネット接続を確認してから、もう一度お試しください。
error-server-title = サーバーで問題が発生しました
error-server-body = サーバーからエラー { $status } が返されました。しばらくしてからもう一度お試しください。
error-malformed-title = このコンテンツを読み込めませんでした
error-malformed-body = サーバーから読み取れない形式のデータが送られてきました。時間をおいてもう一度お試しください。
retry = 再試行

not-found-title = ページが見つかりません
not-found-body = アドレスが間違っているか、ページが移動した可能性があります。
not-found-home = トップページへ

## 言語の読み込み

content-fallback-notice = このページは{ $language }ではまだ提供していません。{ $shown }で表示しています。

i18n-load-failed = 表示言語を{ $language }に切り替えられませんでした。もう一度お試しください。

## 翻訳チェック（開発者・翻訳者向け）

l10n-overlay-title = 翻訳チェック
l10n-overlay-problems = { $count ->
    [0] 問題はありません
   *[other] 問題 { $count } 件
}
l10n-overlay-pseudo = 疑似ロケールでこのページを表示して、レイアウトを確認できます。
l10n-overlay-accented = アクセント付き・40%長い文字列
l10n-overlay-rtl = 右から左
