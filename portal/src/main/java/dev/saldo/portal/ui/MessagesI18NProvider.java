package dev.saldo.portal.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from the same Spring message bundles as e-mails, PDFs and API errors,
 * so a text is translated once for every channel.
 */
@Component
class MessagesI18NProvider implements I18NProvider {

    private final MessageSource messages;

    MessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Languages.closestTo(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key + "!";
        }
    }
}
