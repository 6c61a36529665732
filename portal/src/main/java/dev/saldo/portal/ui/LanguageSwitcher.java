package dev.saldo.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A button naming the other language in that language ("English" on Spanish screens, "Español" on
 * English ones), the convention people recognise whichever language they read.
 */
public class LanguageSwitcher extends Button {

    public LanguageSwitcher() {
        setId("language-switcher");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setIcon(VaadinIcon.GLOBE.create());
        addAttachListener(attach -> {
            var other = Languages.other(attach.getUI().getLocale());
            setText(getTranslation(other, "language.name"));
            getElement().setAttribute("lang", other.getLanguage());
            getElement().setAttribute("title", getTranslation("language.switch"));
        });
        addClickListener(click -> LanguagePreference.switchTo(Languages.other(getLocale())));
    }
}
