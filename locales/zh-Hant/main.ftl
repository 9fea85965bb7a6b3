### civic-portal 介面文字：繁體中文

-site-name = 範例市

## 頁面框架

header-site-name = { -site-name }
document-title = { $page } | { -site-name }
skip-link = 跳到主要內容
main-content-starts = 主要內容從這裡開始
header-home-link = { -site-name }首頁

## 導覽

nav-primary-label = 主選單
nav-home = 首頁
nav-news = 最新消息
nav-city-diplomacy = 城市外交
language-selector-label = 語言
footer-policies-label = 關於本網站
footer-accessibility = 無障礙政策
footer-multilingual = 多語言服務
footer-city-diplomacy = 城市外交
footer-copyright = © { -site-name }　本網站文字可依網站使用條款轉載。

## 內容狀態

loading = 載入中…
page-updated = 最後更新：{ DATETIME($date, dateStyle: "long") }
news-title = 最新消息
news-intro = 市政府發布的公告，依時間由新到舊排列。
news-empty = 目前沒有公告。
news-count = 共 { $count } 則公告
news-published = 發布日期：{ DATETIME($date, dateStyle: "long") }

error-network-title = 無法連線到伺服器
error-network-body = 請檢查網路連線，然後再試一次。
error-server-title = 伺服器發生問題
error-server-body = 伺服器回傳錯誤 { $status }。請過幾分鐘再試。
error-malformed-title = 無法讀取此內容
error-malformed-body = 伺服器傳送的內容格式無法辨識。請稍後再試。
retry = 再試一次

not-found-title = 找不到此頁面
not-found-body = 網址可能輸入錯誤，或頁面已經移動。
not-found-home = 回到首頁

## 語言載入

content-fallback-notice = 此頁面尚無{ $language }版本，目前以{ $shown }顯示。
i18n-load-failed = 無法將介面切換為{ $language }。請再試一次。

## 翻譯檢查（僅供開發人員與譯者使用）

l10n-overlay-title = 翻譯檢查
l10n-overlay-problems = { $count ->
    [0] 未發現問題
   *[other] { $count } 個問題
}
l10n-overlay-pseudo = 以虛擬地區設定檢視此頁面，以檢查版面：
l10n-overlay-accented = 加上重音、加長 40% 的文字
l10n-overlay-rtl = 由右至左
