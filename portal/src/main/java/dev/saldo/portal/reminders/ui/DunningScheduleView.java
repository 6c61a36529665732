package dev.saldo.portal.reminders.ui;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.reminder.Tone;
import dev.saldo.portal.fee.FeeRuleBook;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.reminders.DunningSchedules;
import dev.saldo.portal.reminders.ReminderTemplates;
import dev.saldo.portal.reminders.ReminderSettings;
import dev.saldo.portal.reminders.ScheduleStep;
import dev.saldo.portal.reminders.SendingCalendar;
import dev.saldo.portal.reminders.SendingDays;
import jakarta.annotation.security.RolesAllowed;

/**
 * Supervisors edit a portfolio's dunning steps (when, in which tone, on which channels, and the texts) and its
 * sending days (Saturdays, Sundays, holidays without reminders).
 */
@Route("staff/reminders")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class DunningScheduleView extends Main implements HasDynamicTitle {

    private final DunningSchedules schedules;
    private final ReminderTemplates templates;
    private final SendingDays sendingDays;
    private final String supervisor;
    private final Checkbox saturdays = new Checkbox();
    private final Checkbox sundays = new Checkbox();
    private final TextArea holidays = new TextArea();
    private final Select<Currency> currency = new Select<>();
    private final Paragraph state = new Paragraph();
    private final Div steps = new Div();
    private final List<StepEditor> editors = new ArrayList<>();

    public DunningScheduleView(DunningSchedules schedules, ReminderTemplates templates, SendingDays sendingDays,
            ReminderSettings settings, CurrentUser user) {
        this.schedules = schedules;
        this.templates = templates;
        this.sendingDays = sendingDays;
        this.supervisor = user.get().map(SaldoUser::getUsername).orElseThrow();
        addClassNames("page", "reminder-schedule");
        currency.setId("reminders-currency");
        currency.setLabel(getTranslation("reminders.schedule.currency"));
        currency.setItems(FeeRuleBook.CURRENCIES);
        currency.setItemLabelGenerator(Currency::getCurrencyCode);
        currency.addValueChangeListener(e -> load(schedules.stepsFor(e.getValue())));
        state.addClassName("note");
        steps.setId("reminders-steps");
        var add = new Button(getTranslation("reminders.schedule.add"), click -> addStep(
                new ScheduleStep(90, Tone.FINAL, List.of(Channel.EMAIL), templates.defaults(90, Tone.FINAL))));
        add.setId("reminders-add");
        var save = new Button(getTranslation("reminders.schedule.save"), click -> save());
        save.setId("reminders-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var placeholders = new Paragraph(getTranslation("reminders.schedule.placeholders"));
        placeholders.addClassName("note");
        var actions = new FlexLayout(add, save);
        actions.addClassName("reminder-actions");
        add(new H1(getTranslation("reminders.schedule.title")), new Paragraph(getTranslation("reminders.schedule.intro")),
                currency, state, sendingDaysCard(settings), placeholders, steps, actions);
        currency.setValue(FeeRuleBook.CURRENCIES.getFirst());
    }

    private Div sendingDaysCard(ReminderSettings settings) {
        saturdays.setId("reminders-saturdays");
        saturdays.setLabel(getTranslation("reminders.days.saturdays"));
        sundays.setId("reminders-sundays");
        sundays.setLabel(getTranslation("reminders.days.sundays"));
        holidays.setId("reminders-holidays");
        holidays.setLabel(getTranslation("reminders.days.holidays"));
        holidays.setHelperText(getTranslation("reminders.days.holidays.help"));
        holidays.setManualValidation(true);
        holidays.setWidthFull();
        holidays.setMaxHeight("14rem");
        var intro = new Paragraph(getTranslation("reminders.days.intro", settings.sendingDayStarts().toString()));
        intro.addClassName("note");
        var weekends = new FlexLayout(saturdays, sundays);
        weekends.addClassName("reminder-fields");
        var card = new Div(new H2(getTranslation("reminders.days.title")), intro, weekends, holidays);
        card.setId("reminders-sending-days");
        card.addClassName("reminder-step");
        return card;
    }

    private void load(List<ScheduleStep> loaded) {
        var calendar = sendingDays.calendarFor(currency.getValue());
        saturdays.setValue(calendar.saturdays());
        sundays.setValue(calendar.sundays());
        holidays.setValue(calendar.holidayLines());
        holidays.setInvalid(false);
        editors.clear();
        steps.removeAll();
        loaded.forEach(this::addStep);
        state.setText(getTranslation(schedules.isCustomised(currency.getValue()) ? "reminders.schedule.customised"
                : "reminders.schedule.defaults-in-use"));
    }

    private void addStep(ScheduleStep step) {
        var editor = new StepEditor(step);
        editors.add(editor);
        steps.add(editor.card);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).title.setText(getTranslation("reminders.schedule.step", i + 1));
        }
    }

    private void save() {
        List<SendingCalendar.Holiday> days;
        try {
            days = SendingCalendar.parseHolidays(holidays.getValue());
        } catch (SendingCalendar.InvalidHolidays e) {
            var text = getTranslation("reminders.days.error", e.line(), e.value());
            holidays.setErrorMessage(text);
            holidays.setInvalid(true);
            holidays.focus();
            // At the bottom: the field itself, now in view, shows the same text.
            Notification.show(text, 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        holidays.setInvalid(false);
        var calendar = new SendingCalendar(saturdays.getValue(), sundays.getValue(), days);
        try {
            schedules.save(currency.getValue(), editors.stream().map(StepEditor::value).toList(), calendar, supervisor);
        } catch (DunningSchedules.InvalidSchedule e) {
            var reason = getTranslation(e.messageKey());
            var text = e.step() < 0 ? getTranslation("reminders.schedule.error", reason)
                    : getTranslation("reminders.schedule.error.step", e.step() + 1, reason);
            Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        load(schedules.stepsFor(currency.getValue()));
        Notification.show(getTranslation("reminders.schedule.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** One step's fields; channels are three ordered choices, the second and third optional. */
    private final class StepEditor {

        final Div card = new Div();
        final H2 title = new H2();
        final IntegerField offset = new IntegerField(getTranslation("reminders.schedule.offset"));
        final Select<Tone> tone = new Select<>();
        final List<Select<Channel>> channels = List.of(new Select<>(), new Select<>(), new Select<>());
        final LinkedHashMap<String, TextField> subjects = new LinkedHashMap<>();
        final LinkedHashMap<String, TextArea> bodies = new LinkedHashMap<>();

        StepEditor(ScheduleStep step) {
            card.addClassName("reminder-step");
            offset.setValue(step.offsetDays());
            offset.setWidth("10rem");
            tone.setWidth("10rem");
            offset.setHelperText(getTranslation("reminders.schedule.offset.help"));
            offset.setStepButtonsVisible(true);
            tone.setLabel(getTranslation("reminders.schedule.tone"));
            tone.setItems(Tone.values());
            tone.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            tone.setValue(step.tone());
            for (int i = 0; i < channels.size(); i++) {
                var choice = channels.get(i);
                choice.setItems(Channel.values());
                choice.setItemLabelGenerator(c -> c == null ? getTranslation("reminders.schedule.no-channel")
                        : getTranslation("contact.channel." + c.name()));
                choice.setEmptySelectionAllowed(i > 0);
                choice.setEmptySelectionCaption(getTranslation("reminders.schedule.no-channel"));
                choice.setLabel(getTranslation("reminders.schedule.channel-n", i + 1));
                choice.setWidth("11rem");
                choice.setValue(i < step.channels().size() ? step.channels().get(i) : null);
            }
            channels.getFirst().setHelperText(getTranslation("reminders.schedule.channels"));
            var texts = new Div();
            texts.addClassName("reminder-texts");
            for (var language : ReminderTemplates.LANGUAGES) {
                var name = getTranslation("reminders.language." + language);
                var template = step.templates().get(language);
                var subject = new TextField(getTranslation("reminders.schedule.subject", name));
                subject.setWidthFull();
                subject.setValue(template == null ? "" : template.subject());
                var body = new TextArea(getTranslation("reminders.schedule.body", name));
                body.setWidthFull();
                body.setValue(template == null ? "" : template.body());
                subjects.put(language, subject);
                bodies.put(language, body);
                texts.add(subject, body);
            }
            var restore = new Button(getTranslation("reminders.schedule.defaults"), click -> restoreTexts());
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            texts.add(restore);
            var details = new Details(getTranslation("reminders.schedule.texts", subjects.get("es").getValue()), texts);
            var remove = new Button(getTranslation("reminders.schedule.remove"), click -> {
                editors.remove(this);
                steps.remove(card);
                renumber();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var fields = new FlexLayout(offset, tone);
            channels.forEach(fields::add);
            fields.add(remove);
            fields.addClassName("reminder-fields");
            card.add(title, fields, details);
        }

        private void restoreTexts() {
            var defaults = templates.defaults(Objects.requireNonNullElse(offset.getValue(), 0),
                    Objects.requireNonNullElse(tone.getValue(), Tone.FRIENDLY));
            defaults.forEach((language, text) -> {
                subjects.get(language).setValue(text.subject());
                bodies.get(language).setValue(text.body());
            });
        }

        ScheduleStep value() {
            var chosen = channels.stream().map(Select::getValue).filter(Objects::nonNull).distinct().toList();
            var texts = new LinkedHashMap<String, ScheduleStep.Template>();
            subjects.keySet().forEach(language -> texts.put(language,
                    new ScheduleStep.Template(subjects.get(language).getValue(), bodies.get(language).getValue())));
            // An empty day is out of range on purpose, so the step is refused with that reason.
            var days = offset.getValue() == null ? Integer.MIN_VALUE : offset.getValue();
            return new ScheduleStep(days, tone.getValue(), chosen, texts);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("reminders.schedule.title"));
    }
}
