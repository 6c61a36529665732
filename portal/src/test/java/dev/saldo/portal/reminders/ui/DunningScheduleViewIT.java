package dev.saldo.portal.reminders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.reminders.DunningSchedules;
import dev.saldo.portal.reminders.SendingCalendar;
import dev.saldo.portal.reminders.SendingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schedule screen without a browser: the sending days a supervisor types are checked before anything is saved,
 * and a save is in the audit log with who, which portfolio and what changed.
 */
@SpringBootTest
class DunningScheduleViewIT extends SpringBrowserlessTest {

    static final Currency CLP = Currency.getInstance("CLP");

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "dunning-schedule-view");
    }

    @Autowired SendingDays sendingDays;
    @Autowired DunningSchedules schedules;
    @Autowired AuditLog audit;

    @Test
    @WithUserDetails("diego")
    void a_holiday_that_is_not_a_date_is_marked_and_nothing_is_saved_then_the_corrected_list_is() {
        var daysBefore = sendingDays.calendarFor(CLP);
        var stepsBefore = schedules.stepsFor(CLP);
        navigate(DunningScheduleView.class);
        assertThat($(Checkbox.class).id("reminders-saturdays").getValue()).as("Saturdays send by default").isTrue();
        assertThat($(Checkbox.class).id("reminders-sundays").getValue()).as("Sundays do not").isFalse();
        assertThat(holidays().getValue()).as("the demo's Chilean holidays").contains("-09-18 Independencia Nacional");

        holidays().setValue("2026-09-18 Fiestas Patrias\n2026-09-31 Día inventado");
        $(Checkbox.class).id("reminders-saturdays").setValue(false);
        test($(Button.class).id("reminders-save")).click();

        assertThat(holidays().isInvalid()).isTrue();
        assertThat(holidays().getErrorMessage()).isEqualTo(translation("reminders.days.error", 2, "2026-09-31"))
                .contains("2026-09-31");
        assertThat(sendingDays.calendarFor(CLP)).as("nothing saved").isEqualTo(daysBefore);
        assertThat(schedules.stepsFor(CLP)).as("not the steps either").isEqualTo(stepsBefore);

        var septemberOnly = daysBefore.holidays().stream().filter(h -> h.date().getMonthValue() == 9)
                .map(SendingCalendar.Holiday::toString).collect(java.util.stream.Collectors.joining("\n"));
        holidays().setValue(septemberOnly);
        test($(Button.class).id("reminders-save")).click();

        assertThat(holidays().isInvalid()).isFalse();
        var saved = sendingDays.calendarFor(CLP);
        assertThat(saved.saturdays()).isFalse();
        assertThat(saved.sundays()).isFalse();
        assertThat(saved.holidays()).isNotEmpty().allSatisfy(h -> assertThat(h.date().getMonthValue()).isEqualTo(9))
                .extracting(SendingCalendar.Holiday::name).contains("Independencia Nacional", "Glorias del Ejército");
        assertThat(holidays().getValue()).isEqualTo(septemberOnly);

        var audited = audit.page(new AuditLog.Filter(AuditAction.DUNNING_SCHEDULE_CHANGE, "diego"), PageRequest.of(0, 10))
                .getContent();
        assertThat(audited).as("one entry for the one save that went through").singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("CLP");
            assertThat(entry.after()).startsWith("Saturdays are not sending days; holidays removed: ")
                    .contains("-01-01 Año Nuevo", "-12-25 Navidad").doesNotContain("holidays added")
                    .doesNotContain("step");
            assertThat(entry.before()).contains("Saturdays yes", "-09-18 Independencia Nacional");
        });
    }

    private TextArea holidays() {
        return $(TextArea.class).id("reminders-holidays");
    }

    private static String translation(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
