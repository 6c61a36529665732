package dev.saldo.portal.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.domain.reminder.DunningStep;
import dev.saldo.domain.reminder.Tone;
import dev.saldo.portal.invoice.InvoiceRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reminder texts: the default per step from the message bundles (respectful "usted" in Spanish, firmer as
 * the step is later), and the rendering of a supervisor's template. Placeholders are words in square
 * brackets, so a template is plain text a supervisor can edit without learning a syntax.
 */
@Component
public class ReminderTemplates {

    /** What a dunning template may use: the debtor's name, the invoices, their total, days late, the payment link. */
    public static final List<String> PLACEHOLDERS = List.of("[name]", "[invoices]", "[total]", "[days]", "[link]");

    public static final List<String> LANGUAGES = List.of("es", "en");

    private static final int MAX_SUBJECT = 200;
    private static final int MAX_BODY = 2000;

    private final MessageSource messages;

    ReminderTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** The bundles' text for a step, in every language. */
    public Map<String, ScheduleStep.Template> defaults(int offsetDays, Tone tone) {
        var kind = kind(offsetDays, tone);
        var texts = new LinkedHashMap<String, ScheduleStep.Template>();
        for (var language : LANGUAGES) {
            var locale = Locale.forLanguageTag(language);
            texts.put(language, new ScheduleStep.Template(
                    messages.getMessage("reminder.template." + kind + ".subject", null, locale),
                    messages.getMessage("reminder.template." + kind + ".body", null, locale)));
        }
        return texts;
    }

    ScheduleStep defaultStep(DunningStep rule) {
        return new ScheduleStep(rule.offsetDays(), rule.tone(), rule.channels(), defaults(rule.offsetDays(), rule.tone()));
    }

    /** A bundle text with positional arguments, for the reminders whose texts are not edited (installments, promises). */
    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * What a dunning template's placeholders stand for: the debtor's name, the invoices (each with when it is or
     * was due) and their total, the days from the leading invoice's due date, the link.
     */
    Map<String, String> dunningValues(String name, Locale locale, List<InvoiceRow> rows, long days, String link,
            LocalDate today) {
        var lines = rows.stream().map(row -> invoiceLine(row, locale, today)).toList();
        return Map.of("name", name, "invoices", String.join("\n", lines), "total", MoneyFormat.format(total(rows), locale),
                "days", Long.toString(Math.abs(days)), "link", link);
    }

    /** The few lines SMS and WhatsApp carry for a dunning step: who, how much, how late, the link. */
    String dunningShort(int offsetDays, Tone tone, String name, Locale locale, List<InvoiceRow> rows, long days,
            String link) {
        return text("reminder.short." + kind(offsetDays, tone), locale, name, MoneyFormat.format(total(rows), locale),
                Math.abs(days), link);
    }

    private String invoiceLine(InvoiceRow row, Locale locale, LocalDate today) {
        var late = ChronoUnit.DAYS.between(row.dueDate(), today);
        var when = late < 0 ? "upcoming" : late == 0 ? "today" : "overdue";
        return text("reminder.invoice-line." + when, locale, row.number(), MoneyFormat.formatDate(row.dueDate(), locale),
                MoneyFormat.format(row.openBalance(), locale), late);
    }

    private static Money total(List<InvoiceRow> rows) {
        return rows.stream().map(InvoiceRow::openBalance).reduce(Money::plus).orElseThrow();
    }

    private static String kind(int offsetDays, Tone tone) {
        return offsetDays < 0 ? "upcoming" : tone.name().toLowerCase(Locale.ROOT);
    }

    /** The template with each placeholder replaced; unknown brackets stay as written. */
    static String render(String template, Map<String, String> values) {
        var text = template;
        for (var value : values.entrySet()) {
            text = text.replace("[" + value.getKey() + "]", value.getValue());
        }
        return text;
    }

    /** The message key saying what is wrong with a template, or null when it is fine. */
    static String problem(ScheduleStep.Template template) {
        if (template == null || template.subject() == null || template.subject().isBlank()
                || template.body() == null || template.body().isBlank()) {
            return "reminders.error.text-required";
        }
        if (template.subject().length() > MAX_SUBJECT || template.body().length() > MAX_BODY) {
            return "reminders.error.text-too-long";
        }
        if (!template.body().contains("[link]")) {
            return "reminders.error.link-required";
        }
        return null;
    }
}
