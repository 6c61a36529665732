/** Real-browser journeys (Selenium + headless Chromium) with page objects and accessibility checks. */
package dev.saldo.portal.browser;
