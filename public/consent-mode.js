// Google Consent Mode v2 defaults for civic-portal (target C10). Loaded from the site's own
// origin before the app, so every consent type is "denied" before any tag can run. The app
// sends `gtag('consent', 'update', ...)` on every page load and every choice, and loads a
// tag's script only once its category is allowed. No request leaves the site here.
window.dataLayer = window.dataLayer || [];
window.gtag = window.gtag || function gtag() {
  window.dataLayer.push(arguments);
};
window.gtag('consent', 'default', {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
  wait_for_update: 500,
});
