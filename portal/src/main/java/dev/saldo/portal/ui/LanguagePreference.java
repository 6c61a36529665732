package dev.saldo.portal.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The language a person picked with the switcher overrides the browser's, and is remembered in a
 * cookie so it survives signing in and coming back. Every new UI gets it, and the page's
 * {@code <html lang>} follows it so screen readers pronounce the text right.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            fromCookie(VaadinRequest.getCurrent()).ifPresent(ui::setLocale);
            ui.setLocale(Languages.closestTo(ui.getLocale()));
            setDocumentLanguage(ui);
        });
    }

    /** Switches the current UI to another language, remembers it, and reloads so every text follows. */
    public static void switchTo(Locale locale) {
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(LanguageCookie.of(locale));
        }
        var ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    static Optional<Locale> fromCookie(VaadinRequest request) {
        return request == null ? Optional.empty() : LanguageCookie.read(request.getCookies());
    }

    private static void setDocumentLanguage(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
    }
}
