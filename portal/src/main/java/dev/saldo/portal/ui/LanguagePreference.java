package dev.saldo.portal.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.SaldoUser;
import org.springframework.stereotype.Component;

/**
 * Which language a screen speaks: the one a person picked with the switcher (remembered in a
 * cookie, so it survives signing in and coming back), else a signed-in debtor's preferred language,
 * else the browser's. Every new UI gets it, and the page's {@code <html lang>} follows it so screen
 * readers pronounce the text right.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final DebtorDirectory debtors;

    LanguagePreference(CurrentUser currentUser, DebtorDirectory debtors) {
        this.currentUser = currentUser;
        this.debtors = debtors;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            fromCookie(VaadinRequest.getCurrent())
                    .or(this::debtorsLanguage)
                    .ifPresent(ui::setLocale);
            ui.setLocale(Languages.closestTo(ui.getLocale()));
            setDocumentLanguage(ui);
        });
    }

    private Optional<Locale> debtorsLanguage() {
        return currentUser.get()
                .flatMap(SaldoUser::debtorId)
                .flatMap(debtors::find)
                .flatMap(debtor -> Languages.parse(debtor.language()));
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
