/** Data protection: a debtor downloads their personal data; a supervisor erases a debtor on request, keeping the financial records. */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package dev.saldo.portal.privacy;
