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
page-updated = 最終更新日：{ $date }
news-title = お知らせ
news-intro = 市からのお知らせを新しい順に掲載しています。
news-empty = 現在、お知らせはありません。
news-published = 掲載日：{ $date }
news-read-more = 続きを読む：{ $title }

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

i18n-load-failed = 表示言語を{ $language }に切り替えられませんでした。もう一度お試しください。
