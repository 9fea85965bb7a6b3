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

// Marks the document before the first paint (this file is loaded before the stylesheet's
// first use): `cp-js` says scripts run (the consent banner is shown only then: without
// JavaScript nothing optional can load, so there is nothing to ask), and
// `cp-consent-stored` says a consent record is stored, so the banner of a pre-rendered page
// stays hidden until the app has checked the record and never flashes for a returning
// visitor.
(function markDocument() {
  var root = document.documentElement;
  root.classList.add('cp-js');
  try {
    if (window.localStorage.getItem('civic-portal.consent')) {
      root.classList.add('cp-consent-stored');
    }
  } catch (e) {
    // Storage blocked (a privacy mode): no record, the banner shows as for a first visit.
  }
  // A choice made in the pre-rendered banner before the app has started is kept for the app
  // (`window.cpEarlyConsent`: accept, reject or choose), which applies it once it runs.
  document.addEventListener('click', function keepEarlyChoice(event) {
    if (root.hasAttribute('data-cp-started')) return;
    var target = event.target;
    var button = target && target.closest ? target.closest('[data-consent-early]') : null;
    if (button) window.cpEarlyConsent = button.getAttribute('data-consent-early');
  }, true);
})();
