### civic-portal 画面文字列: 日本語

-site-name = サンプル市

## ページの枠組み

header-site-name = { -site-name }
document-title = { $page } | { $site }
skip-link = 本文へ移動
main-content-starts = ここから本文です

## ナビゲーション

nav-primary-label = メインメニュー
nav-home = ホーム
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


## コンテンツの状態（2）

error-offline-title = オフラインです
error-offline-body = この端末はインターネットに接続されていません。接続が戻ったら、もう一度お試しください。
error-timeout-title = サーバーの応答に時間がかかっています
error-timeout-body = 時間内にサーバーから応答がありませんでした。混み合っている可能性があります。もう一度お試しください。
error-too-large-title = このコンテンツは大きすぎて表示できません
error-too-large-body = サーバーから、このサイトで表示できる量を超えるデータが送られてきました。時間をおいてもう一度お試しください。

## ページの部品

breadcrumbs-label = 現在位置
content-available-in = 掲載している言語：
news-title-paged = お知らせ（{ $total }ページ中{ $page }ページ目）
pagination-label = お知らせのページ
pagination-previous = 前のページ
pagination-next = 次のページ
pagination-page = { $number }ページ目
file-meta = { $format }形式、{ $size }
file-size-kb = { NUMBER($value, maximumFractionDigits: 0) }KB
file-size-mb = { NUMBER($value, maximumFractionDigits: 1) }MB
contact-heading = お問い合わせ先
contact-address = 所在地
contact-phone = 電話
contact-email = メール
contact-hours = 受付時間
contact-form = お問い合わせフォーム
emergency-label = 緊急情報
emergency-updated = { DATETIME($date, dateStyle: "long", timeStyle: "short") }更新
table-region = { $caption }（表。横にスクロールできます）

## 翻訳チェック（開発者・翻訳者向け）

l10n-overlay-title = 翻訳チェック
l10n-overlay-problems = { $count ->
    [0] 問題はありません
   *[other] 問題 { $count } 件
}
l10n-overlay-pseudo = 疑似ロケールでこのページを表示して、レイアウトを確認できます。
l10n-overlay-accented = アクセント付き・40%長い文字列
l10n-overlay-rtl = 右から左

## 同意（クッキーバナー、設定ダイアログ、クッキー設定ページ）

consent-banner-title = { $site }のクッキーについて
consent-banner-body = このサイトを動作させるために必要な保存は常に行います。あなたの許可があれば、サイトの利用状況の測定と、外部サービスの動画の表示も行います。これらは他の会社にデータを送信します。許可がない限り、何も送信しません。
consent-accept-all = すべて許可する
consent-reject-all = すべて拒否する
consent-choose = 選んで設定する
consent-banner-label = クッキーの選択
consent-settings-link = クッキーの設定
consent-dialog-title = 許可するクッキーを選んでください
consent-dialog-intro = 必要不可欠な保存は常に有効です。それ以外は、あなたが有効にするまで無効です。
consent-save = 選択を保存する
consent-close = 閉じる
consent-required = 常に有効
consent-gpc = お使いのブラウザーは、データの共有や販売をしないようサイトに求めています（グローバル・プライバシー・コントロール）。この求めの対象となる分類は無効にしています。ここで有効にすることもできます。
consent-service-name = サービス
consent-service-purpose = 目的
consent-service-data = 送信する情報
consent-service-recipient = 送信先
consent-service-retention = 保存期間
consent-service-cookies = クッキーと保存データ
consent-services-caption = この分類のサービス
consent-accepted = すべてのクッキーを許可しました。クッキーの設定でいつでも変更できます。
consent-rejected = 任意のクッキーをすべて拒否しました。サイトはすべてご利用いただけます。クッキーの設定でいつでも変更できます。
consent-saved = クッキーの選択を保存しました。クッキーの設定でいつでも変更できます。
consent-page-title = クッキーの設定
consent-page-intro = このサイトが使う可能性のあるクッキーと類似の保存の分類、各サービスがあなたのデータで何をするか、誰が受け取るかを掲載しています。選択は下で変更できます。
consent-status-none = まだ選択していません。必要不可欠な保存だけを使っています。
consent-status-made = { DATETIME($date, dateStyle: "long", timeStyle: "short") }の選択（方針の版：{ $revision }）
consent-allowed = 許可
consent-not-allowed = 不許可
consent-receipt-title = 同意の記録
consent-receipt-body = あなたの選択は、この端末にだけ、ランダムな識別子、日時、方針の版、言語とともに保存しています。個人情報は含みません。
consent-receipt-download = 記録をダウンロードする（JSON）
consent-embed-title = この動画は{ $provider }が提供しています
consent-embed-body = 再生すると、{ $recipient }に次の情報が送信されます：{ $data }。
consent-embed-load-once = この動画を今回だけ読み込む
consent-embed-always = { $provider }を常に許可する
