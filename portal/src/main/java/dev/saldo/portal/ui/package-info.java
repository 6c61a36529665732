/** The screens' common frame: layout and navigation, language choice and translations, error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "UI shell")
package dev.saldo.portal.ui;
