### civic-portal 介面文字：繁體中文

-site-name = 範例市

## 頁面框架

header-site-name = { -site-name }
document-title = { $page } | { $site }
skip-link = 跳到主要內容
main-content-starts = 主要內容從這裡開始

## 導覽

nav-primary-label = 主選單
nav-home = 首頁
nav-news = 最新消息
nav-city-diplomacy = 城市外交
language-selector-label = 語言

search-label = 站內搜尋
search-button = 搜尋
search-title = 站內搜尋
search-hint = 請輸入要查詢的詞語，然後選擇「搜尋」。
search-count = { $count ->
        [0] 找不到與「{ $query }」相符的結果
       *[other] 「{ $query }」的搜尋結果：{ $count } 筆
    }
search-none-title = 找不到相關內容
search-none-spelling = 請檢查輸入的詞語，或換一個詞試試。
search-none-fewer = 請減少詞語數量：搜尋會查找包含所有詞語的頁面。
search-none-home = 從首頁瀏覽
search-none-news = 查看最新消息
search-none-contact = 透過詢問表單提問
search-kind-news = 消息
search-unavailable = 站內搜尋暫時無法使用。請重試，或從首頁瀏覽。
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
error-network-body = 市政府的伺服器沒有回應。您的裝置已連上網路，問題可能出在伺服器端。請稍後再試一次。
error-server-title = 伺服器發生問題
error-server-body = 伺服器回傳錯誤 { $status }。請過幾分鐘再試。
error-busy-title = 市政系統忙碌中
error-busy-body = 您的網路連線在短時間內發出的請求過多。請在 { $seconds } 秒後重試。
error-malformed-title = 無法讀取此內容
error-malformed-body = 伺服器傳送的內容格式無法辨識。請稍後再試。
retry = 再試一次

not-found-title = 找不到此頁面
not-found-body = 網址可能輸入錯誤，或頁面已經移動。
not-found-home = 回到首頁

## 語言載入

content-fallback-notice = 此頁面尚無{ $language }版本，目前以{ $shown }顯示。
i18n-load-failed = 無法將介面切換為{ $language }。請再試一次。


## 內容狀態（2）

error-offline-title = 您已離線
error-offline-body = 此裝置未連上網際網路。恢復連線後請再試一次。
offline-kept-title = 可離線瀏覽的頁面
offline-kept-intro = 以下頁面已儲存在此裝置上，沒有網路也能開啟：
update-ready = 本網站的新版本已準備就緒。
update-apply = 使用新版本
furigana-toggle = 振假名
error-timeout-title = 伺服器回應時間過長
error-timeout-body = 伺服器未能及時回應，可能正忙碌中。請再試一次。
error-too-large-title = 此內容過大，無法顯示
error-too-large-body = 伺服器傳送的資料超出本網站可顯示的範圍。請稍後再試。

## 頁面組成部分

breadcrumbs-label = 目前位置
content-available-in = 提供的語言：
news-title-paged = 最新消息（第 { $page } 頁，共 { $total } 頁）
pagination-label = 最新消息頁碼
pagination-previous = 上一頁
pagination-next = 下一頁
pagination-page = 第 { $number } 頁
file-meta = { $format }，{ $size }
file-size-kb = { NUMBER($value, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($value, maximumFractionDigits: 1) } MB
contact-heading = 聯絡方式
contact-address = 地址
contact-phone = 電話
contact-email = 電子郵件
contact-hours = 服務時間
contact-form = 使用聯絡表單
emergency-label = 緊急資訊
emergency-updated = 更新時間：{ DATETIME($date, dateStyle: "long", timeStyle: "short") }
table-region = { $caption }（表格，可橫向捲動）
table-region-untitled = 表格（可橫向捲動）

## 翻譯檢查（僅供開發人員與譯者使用）

l10n-overlay-title = 翻譯檢查
l10n-overlay-problems = { $count ->
    [0] 未發現問題
   *[other] { $count } 個問題
}
l10n-overlay-pseudo = 以虛擬地區設定檢視此頁面，以檢查版面：
l10n-overlay-accented = 加上重音、加長 40% 的文字
l10n-overlay-rtl = 由右至左

## 同意（Cookie 橫幅、偏好設定對話框、Cookie 設定頁面）

consent-banner-title = { $site }的 Cookie
consent-banner-body = 我們使用必要的儲存以確保本網站正常運作。經您同意，我們也希望統計網站的使用情形，並顯示來自其他服務的影片。這些功能會將資料傳送給其他公司。未經您同意，不會傳送任何資料。
consent-accept-all = 全部接受
consent-reject-all = 全部拒絕
consent-choose = 自行選擇
consent-banner-label = Cookie 選項
consent-settings-link = Cookie 設定
consent-dialog-title = 請選擇允許的 Cookie
consent-dialog-intro = 必要的儲存一律開啟。其他類別在您開啟之前均為關閉。
consent-save = 儲存我的選擇
consent-close = 關閉
consent-required = 一律開啟
consent-gpc = 您的瀏覽器要求網站不要分享或出售您的資料（全球隱私控制）。此要求涵蓋的類別已關閉。您仍可在此開啟。
consent-service-name = 服務
consent-service-purpose = 目的
consent-service-data = 傳送的資料
consent-service-recipient = 接收者
consent-service-retention = 保存期限
consent-service-cookies = Cookie 與儲存
consent-services-caption = 此類別中的服務
consent-accepted = 您已接受所有 Cookie。您可以隨時在 Cookie 設定中變更。
consent-rejected = 您已拒絕所有選擇性 Cookie。網站的所有功能仍可使用。您可以隨時在 Cookie 設定中變更。
consent-saved = 您的 Cookie 選擇已儲存。您可以隨時在 Cookie 設定中變更。
consent-page-title = Cookie 設定
consent-page-intro = 本頁列出本網站可能使用的所有 Cookie 與類似儲存的類別、各項服務如何使用您的資料，以及資料的接收者。您可以在下方變更選擇。
consent-status-none = 您尚未做出選擇。目前僅使用必要的儲存。
consent-status-made = 您於 { DATETIME($date, dateStyle: "long", timeStyle: "short") } 做出的選擇（政策版本：{ $revision }）。
consent-allowed = 允許
consent-not-allowed = 不允許
consent-receipt-title = 您的同意紀錄
consent-receipt-body = 您的選擇只儲存在此裝置上，並附有隨機識別碼、時間、政策版本與語言，不包含任何個人資料。
consent-receipt-download = 下載紀錄（JSON）
consent-embed-title = 此影片由 { $provider } 提供
consent-embed-body = 播放時會將下列資料傳送給 { $recipient }：{ $data }。
consent-embed-load-once = 僅此次載入此影片
consent-embed-always = 一律允許 { $provider }
content-image-alt = 圖片：{ $alt }
content-image-title = 此相片由 { $provider } 提供
content-image-body = 顯示時會將下列資料傳送給 { $recipient }：{ $data }。
content-image-show-once = 僅此次顯示此相片
content-image-undeclared = 此圖片位於其他網站（{ $host }），因此不在此處顯示。
content-image-open = 在 { $host } 開啟圖片

## 表單（表單功能：步驟、填寫欄位、錯誤、確認填寫內容、送出完成）
nav-contact = 聯絡我們
nav-menu = 選單
form-required = （必填）
form-step = 第 { $current } 步，共 { $total } 步
form-steps-intro = 此表單共有 { $count } 個步驟。送出前，您可以確認填寫的內容。
form-start = 開始填寫
form-resume = 從上次中斷處繼續
form-start-again = 重新開始
form-cleared = 您先前填寫的內容已從此裝置刪除。
form-continue = 繼續
form-back = 返回
form-save-note = 您填寫的內容會隨時儲存在此裝置上，即使離開或重新整理頁面也不會遺失。如 { $days } 天內沒有變更，將會刪除。在您選擇「送出」之前，不會傳送任何內容。
form-save-failed = 無法將您填寫的內容儲存在此裝置上（儲存空間可能已滿或已關閉）。在此頁面開啟期間，內容會保留；請在關閉前送出。
form-saved = 已於 { DATETIME($time, timeStyle: "short") } 將填寫內容儲存在此裝置上。
form-restored-title = 已還原您填寫的內容
form-restored = 已還原您於 { DATETIME($time, dateStyle: "long", timeStyle: "short") } 填寫的內容。您可以從上次中斷處繼續，或選擇「重新開始」將其刪除。
form-privacy-title = 我們如何使用您填寫的內容
form-error-summary-title = 填寫內容有誤
form-error-prefix = 錯誤：
form-error-required = 請填寫「{ $label }」。
form-error-required-choice = 請選擇「{ $label }」。
form-error-too-long = 「{ $label }」不得超過 { $max } 個字元。
form-error-invalid-email = 請在「{ $label }」填寫格式正確的電子郵件地址，例如 name@example.org。
form-error-invalid-tel = 請在「{ $label }」填寫電話號碼，例如 03 1234 5678 或 +81 3 1234 5678。
form-error-invalid-url = 請在「{ $label }」填寫以 https:// 或 http:// 開頭的網址。
form-error-invalid-date = 請在「{ $label }」填寫包含年、月、日的有效日期。
form-error-invalid-number = 請在「{ $label }」填寫整數，例如 42。
form-error-too-small = 「{ $label }」不得小於 { $min }。
form-error-too-large = 「{ $label }」不得大於 { $max }。
form-error-invalid-choice = 請從列出的選項中為「{ $label }」選擇一項。
form-error-unknown-question = 「{ $label }」已不在此表單中。請確認填寫的內容後再次送出。
form-error-other = 「{ $label }」的回答未被接受（{ $code }）。
form-characters-left = 還可以輸入 { $count } 個字元
form-characters-over = 已超出 { $count } 個字元
form-select-placeholder = 請選擇…
form-choice-or = 或
form-url-list-hint = 每行填寫一個網址。
form-date-year = 年
form-date-month = 月
form-date-day = 日
form-date-shown = { DATETIME($date, dateStyle: "long") }
form-yes = 是
form-no = 否
form-check-title = 送出前請確認填寫的內容
form-change = 修改
form-not-answered = 未填寫
form-send = 送出
form-sending = 正在送出…
form-send-retry = 再試一次
form-send-failed-title = 您填寫的內容尚未送出
form-send-failed-kept = 內容沒有遺失：您填寫的內容仍在此頁面上，也儲存在此裝置中。再試一次時，內容只會送出一次。
form-send-offline = 此裝置未連上網際網路。
form-send-timeout = 市政府系統未能及時回應。
form-send-malformed = 市政府系統傳回的回應無法讀取，因此無法確認您填寫的內容是否已送達。
form-send-too-large = 您填寫的內容過長，無法送出。請縮短最長的幾項回答。
form-send-not-found = 此表單目前暫停受理。
form-send-rate-limited = 您的網路連線在短時間內送出的表單過多。請等待 { $seconds } 秒後再送出。
form-done-title = 您填寫的內容已送出
form-done-reference = 您的受理編號
form-done-next = 我們已收到您填寫的「{ $form }」。請妥善保留受理編號；日後就此事與我們聯絡時，請提供此編號。
form-done-home = 回到首頁
form-done-view-response = 檢視、列印或下載您送出的內容
form-done-results = 查看此問卷目前的統計結果
form-start-results = 查看目前的統計結果

form-response-title = 您送出的內容
form-response-reference = 受理編號
form-response-sent = 送出時間
form-response-sent-at = { DATETIME($time, dateStyle: "long", timeStyle: "short") }
form-response-time = 填寫所用時間
form-response-time-taken = { $hours ->
        [0] { $minutes } 分鐘
       *[other] { $hours } 小時{ $minutes ->
            [0] {""}
           *[other] {" "}{ $minutes } 分鐘
        }
    }
form-response-time-unknown = 未記錄
form-response-print = 列印送出的內容
form-response-download = 下載為文字檔
form-response-keep-title = 要在此裝置上保留副本嗎？
form-response-keep-body = 您送出的內容只會顯示到您離開此頁面為止。如果保留副本，日後您可以再次開啟此頁面查看。副本只會儲存在此裝置的這個瀏覽器中，不會傳送到任何地方。您可以隨時在此刪除副本。
form-response-keep = 在此裝置上保留副本
form-response-kept = 您送出內容的副本已儲存在此裝置的這個瀏覽器中。不再需要時請將其刪除；使用共用裝置時尤其要注意。
form-response-kept-now = 已在此裝置上保留副本。
form-response-keep-failed = 無法保留副本：此瀏覽器不允許儲存資料，或儲存空間已滿。您可以改為下載送出的內容。
form-response-delete = 從此裝置刪除副本
form-response-deleted = 副本已從此裝置刪除。
form-response-none-title = 沒有可顯示的送出內容
form-response-none-body = 送出的內容會顯示在此處，直到您離開頁面為止；若您選擇在此裝置上保留副本，之後也會顯示。此瀏覽器中沒有此表單的送出內容。
form-response-none-form = 前往表單

results-title = 統計結果：{ $form }
results-lead = 截至 { DATETIME($time, dateStyle: "long", timeStyle: "short") }，共收到 { $responses } 份回答。
results-withheld-note = 為保護填答者的隱私，少於 { $min } 的回答數不予顯示。
results-fewer-than = 少於 { $min }
results-none-title = 尚無回答
results-none-body = 收到第一批回答後，統計結果將顯示在此處。
results-answered = { $answered } 份回答
results-question-withheld = 回答此問題的少於 { $min } 份，因此不顯示相關數值。
results-several = 此題可複選，因此各項比例的總和可能超過 100%。
results-count-share = { $count }（{ $share }%）
results-number = { $count }
results-share = { $share }%
results-table-show = 以表格顯示數值
results-table-answer = 選項
results-table-count = 回答數
results-table-share = 比例
results-back-to-form = 前往問卷

form-needs-javascript-title = 此表單需要 JavaScript
form-needs-javascript = 線上送出此表單需要 JavaScript，但您的瀏覽器已將其關閉或未能載入。您也可以透過電話或電子郵件與我們聯絡：
form-alternative-phone = 電話：{ $phone }
form-alternative-email = 電子郵件：{ $email }
