package dev.saldo.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.reminder.DunningSchedule;
import dev.saldo.domain.reminder.Tone;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.messaging.DeliveryException;
import dev.saldo.portal.messaging.MessageSender;
import dev.saldo.portal.messaging.OutboundMessage;
import dev.saldo.portal.payment.GatewayEvent;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.payment.PaymentSettlement;
import dev.saldo.portal.plan.PlanDesk;
import dev.saldo.portal.plan.PlanDraft;
import dev.saldo.portal.plan.PlanLifecycle;
import dev.saldo.portal.plan.PromiseDesk;
import dev.saldo.portal.plan.ProposalReview;
import dev.saldo.portal.staff.escalation.Escalations;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.timeline.DisputeReason;
import dev.saldo.portal.timeline.Disputes;
import dev.saldo.portal.timeline.TimelineKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ninety days of a small CLP portfolio with a clock the test moves: each day the plan lifecycle runs at
 * 04:15, the planner at 08:00 and the dispatcher at 08:00, 10:00, 15:00 and 22:00, while debtors pay,
 * dispute, promise, take plans and break them. Every message the channels accept is recorded with the
 * local time it left; the assertions read that record.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderEngineSimulationIT {

    static final LocalDate DAY0 = LocalDate.of(2026, 5, 4);
    static final Currency CLP = Currency.getInstance("CLP");
    static final String BAD_PHONE = "+56900000000";
    static final List<Sent> SENT = new CopyOnWriteArrayList<>();
    static final List<String> REFUSED = new CopyOnWriteArrayList<>();

    /** A message a channel accepted, on the simulated day and local time it left. */
    record Sent(LocalDate day, LocalTime time, Channel channel, String to, String reference, String subject, String body) {
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "reminder-simulation");
        registry.add("saldo.demo.enabled", () -> "false");
        registry.add("saldo.reminders.dispatch-interval-millis", () -> "3600000");
    }

    @TestConfiguration
    static class Setup {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(DAY0.atTime(3, 0));
        }

        @Bean
        MessageSender email(MovableClock clock) {
            return new Recording(Channel.EMAIL, clock);
        }

        @Bean
        MessageSender sms(MovableClock clock) {
            return new Recording(Channel.SMS, clock);
        }

        @Bean
        MessageSender whatsapp(MovableClock clock) {
            return new Recording(Channel.WHATSAPP, clock);
        }
    }

    /** Accepts everything except messages to {@link #BAD_PHONE}, which the provider refuses for good. */
    record Recording(Channel channel, MovableClock clock) implements MessageSender {

        @Override
        public String send(OutboundMessage message) throws DeliveryException {
            if (BAD_PHONE.equals(message.to())) {
                REFUSED.add(message.reference() + "@" + channel);
                throw new DeliveryException("not a mobile number", false);
            }
            var now = clock.local();
            SENT.add(new Sent(now.toLocalDate(), now.toLocalTime(), channel, message.to(), message.reference(),
                    message.subject(), message.body()));
            return null;
        }
    }

    @Autowired MovableClock clock;
    @Autowired DebtorDirectory debtors;
    @Autowired ContactBook contacts;
    @Autowired InvoiceBook invoices;
    @Autowired ReminderPlanner planner;
    @Autowired ReminderDispatcher dispatcher;
    @Autowired ReminderOutbox outbox;
    @Autowired PlanLifecycle lifecycle;
    @Autowired PlanDesk plans;
    @Autowired ProposalReview review;
    @Autowired PromiseDesk promises;
    @Autowired Disputes disputes;
    @Autowired Escalations escalations;
    @Autowired PaymentService payments;
    @Autowired PaymentSettlement settlement;
    @Autowired DebtorTimeline timeline;
    @Autowired DunningSchedules schedules;

    DebtorId paula;
    DebtorId rafael;
    DebtorId sonia;
    DebtorId tomas;
    DebtorId ursula;
    DebtorId victor;
    DebtorId walter;
    DebtorId ximena;
    DebtorId yolanda;
    final List<String> ximenasInvoices = new ArrayList<>();
    String paulasInvoice;
    String rafaelsInvoice;
    String soniasInvoice;
    String tomasDisputed;
    String tomasOther;
    String ursulasPlan;
    LocalDate ursulaBrokenOn;
    LocalDate victorBrokenOn;
    LocalDate victorPromisedBy = DAY0.plusDays(15);
    final Map<Integer, List<Consumer<LocalDate>>> script = new java.util.HashMap<>();

    @BeforeAll
    void simulate() {
        paula = debtor("SIM-PAULA", "Paula Soto", "paula@example.cl", null, "es", "EMAIL", null, List.of());
        paulasInvoice = invoice(paula, "P-1", DAY0.plusDays(10), 120_000);
        rafael = debtor("SIM-RAFAEL", "Rafael Núñez", "rafael@example.cl", "+56911111111", "es", "EMAIL",
                new ContactDetails.QuietHours("07:00", "10:00"), List.of());
        rafaelsInvoice = invoice(rafael, "R-1", DAY0.plusDays(5), 75_500);
        sonia = debtor("SIM-SONIA", "Sonia Keller", "sonia@example.com", BAD_PHONE, "en", "SMS", null, List.of("WHATSAPP"));
        soniasInvoice = invoice(sonia, "S-1", DAY0.plusDays(1), 310_000);
        tomas = debtor("SIM-TOMAS", "Tomás Rojas", "tomas@example.cl", null, "es", "EMAIL", null, List.of());
        tomasDisputed = invoice(tomas, "T-1", DAY0.plusDays(8), 50_000);
        tomasOther = invoice(tomas, "T-2", DAY0.plusDays(20), 20_000);
        ursula = debtor("SIM-URSULA", "Úrsula Díaz", "ursula@example.cl", null, "es", "EMAIL", null, List.of());
        invoice(ursula, "U-1", DAY0.minusDays(5), 300_000);
        invoice(ursula, "U-2", DAY0.minusDays(5), 150_000);
        victor = debtor("SIM-VICTOR", "Víctor Pérez", "victor@example.cl", null, "es", "EMAIL", null, List.of());
        invoice(victor, "V-1", DAY0.minusDays(2), 80_000);
        walter = debtor("SIM-WALTER", "Walter Ibáñez", "walter@example.cl", null, "es", "EMAIL", null, List.of());
        invoice(walter, "W-1", DAY0.plusDays(3), 44_000);
        ximena = debtor("SIM-XIMENA", "Ximena Lagos", "ximena@example.cl", null, "es", "EMAIL", null, List.of());
        ximenasInvoices.add(invoice(ximena, "X-1", DAY0.plusDays(5), 10_000));
        ximenasInvoices.add(invoice(ximena, "X-2", DAY0.plusDays(8), 20_000));
        ximenasInvoices.add(invoice(ximena, "X-3", DAY0.plusDays(40), 40_000));
        yolanda = debtor("SIM-YOLANDA", "Yolanda Paz", "yolanda@example.cl", "+56922222222", "es", "WHATSAPP", null, List.of());
        invoice(yolanda, "Y-1", DAY0.plusDays(15), 99_900);

        // Before the first planner run: a plan, a promise, a dispute and an escalation.
        var plan = plans.submit(ursula, new PlanDraft(null, BigDecimal.ZERO, 3, Frequency.MONTHLY, DAY0.plusDays(10)));
        if (plan.status() == PlanStatus.PENDING_REVIEW) {
            plan = review.approve(plan.id(), plan.version(), "carla");
        }
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        ursulasPlan = plan.id();
        promises.promise(victor, promises.owed(victor).amount(), victorPromisedBy);
        disputes.open(tomas, tomasDisputed, DisputeReason.ALREADY_PAID, "Pagué por transferencia");
        escalations.escalate(walter, Escalations.Channel.AGENCY, "No answer in months", "diego");

        at(12, day -> pay(paula, paulasInvoice, 120_000));
        at(20, day -> pay(ximena, ximenasInvoices.getFirst(), 10_000));
        at(10, day -> payInstallment(1));

        for (int d = 0; d < 90; d++) {
            var today = DAY0.plusDays(d);
            clock.set(today.atTime(4, 15));
            var run = lifecycle.runFor(today);
            if (run.brokenPlans() > 0 && ursulaBrokenOn == null) {
                ursulaBrokenOn = today;
            }
            if (run.brokenPromises() > 0 && victorBrokenOn == null) {
                victorBrokenOn = today;
            }
            clock.set(today.atTime(7, 0));
            script.getOrDefault(d, List.of()).forEach(action -> action.accept(today));
            clock.set(today.atTime(8, 0));
            planner.runFor(today);
            for (var hour : List.of(8, 10, 15, 22)) {
                clock.set(today.atTime(hour, 0));
                dispatcher.dispatch();
            }
        }
    }

    private void at(int day, Consumer<LocalDate> action) {
        script.computeIfAbsent(day, d -> new ArrayList<>()).add(action);
    }

    private List<Sent> sentTo(DebtorId debtor) {
        var ids = outbox.of(debtor).stream().map(OutboxEntry::id).toList();
        return SENT.stream().filter(s -> ids.contains(s.reference())).toList();
    }

    private List<Long> dunningDaysFromDue(DebtorId debtor, String invoiceId, LocalDate due) {
        return outbox.of(debtor).stream().filter(e -> e.id().startsWith("dun:" + invoiceId + ":"))
                .flatMap(e -> SENT.stream().filter(s -> s.reference().equals(e.id())))
                .map(s -> ChronoUnit.DAYS.between(due, s.day())).toList();
    }

    @Test
    void an_invoice_never_paid_gets_every_step_on_its_day_and_none_twice() {
        // Due on a Saturday: the +1 and +15 steps fall on Sundays, which are not sending days, and go out on Monday.
        assertThat(dunningDaysFromDue(rafael, rafaelsInvoice, DAY0.plusDays(5))).containsExactly(-3L, 2L, 7L, 16L, 30L, 60L);
        assertThat(SENT).extracting(Sent::reference).doesNotHaveDuplicates();
        assertThat(outbox.of(rafael)).extracting(OutboxEntry::status).containsOnly(OutboxEntry.Status.SENT);
    }

    @Test
    void the_tone_grows_firmer_and_the_last_step_is_a_final_notice() {
        var subjects = sentTo(rafael).stream().map(Sent::subject).toList();
        assertThat(subjects.getFirst()).isEqualTo("Su factura vence pronto");
        assertThat(subjects.get(2)).startsWith("Factura vencida");
        assertThat(subjects.getLast()).startsWith("Aviso final");
        assertThat(sentTo(rafael).getLast().body()).contains("Rafael Núñez", "R-1", "75.500", "/pay/link/");
    }

    @Test
    void nothing_is_sent_during_the_debtors_quiet_hours_it_waits_for_their_end() {
        assertThat(sentTo(rafael)).isNotEmpty().allSatisfy(s -> assertThat(s.time()).isEqualTo(LocalTime.of(10, 0)));
    }

    @Test
    void a_paid_invoice_gets_nothing_after_the_payment() {
        assertThat(dunningDaysFromDue(paula, paulasInvoice, DAY0.plusDays(10))).containsExactly(-3L, 1L);
        assertThat(outbox.of(paula)).hasSize(2);
    }

    @Test
    void a_disputed_invoice_and_an_escalated_debtor_get_no_dunning() {
        assertThat(outbox.of(tomas)).flatExtracting(OutboxEntry::invoiceIds).doesNotContain(tomasDisputed).contains(tomasOther);
        assertThat(outbox.of(walter)).isEmpty();
    }

    @Test
    void a_debtor_with_several_invoices_gets_one_message_per_step_of_the_oldest_listing_them_all() {
        var sent = sentTo(ximena);
        // X-1 (due day 5) leads until it is paid on day 20; X-2's steps meanwhile send nothing, and no catch-up
        // comes on the day of the payment: X-2 leads from its +15 (day 23); X-3 (due day 40) takes over after X-2's
        // final notice, at its own +30. X-1's +1 falls on a Sunday (day 6), not a sending day: it goes out on Monday.
        assertThat(sent).extracting(s -> ChronoUnit.DAYS.between(DAY0, s.day())).containsExactly(2L, 7L, 12L, 23L, 38L, 68L, 70L);
        var entries = outbox.of(ximena);
        assertThat(entries).extracting(e -> e.id().substring(e.id().indexOf("-X-") + 3))
                .containsExactly("1:-3", "1:1", "1:7", "2:15", "2:30", "2:60", "3:30");
        var dayTwelve = sent.get(2).body();
        assertThat(dayTwelve).contains("Factura X-1", "Factura X-2", "$30.000").doesNotContain("X-3");
        assertThat(entries.get(2).invoiceIds()).containsExactly(ximenasInvoices.get(0), ximenasInvoices.get(1));
        assertThat(sent.get(4).body()).contains("Factura X-2", "Factura X-3", "$60.000").doesNotContain("X-1");
        assertThat(sent.get(5).subject()).startsWith("Aviso final");
    }

    @Test
    void no_debtor_ever_gets_two_dunning_messages_on_one_day() {
        var dunning = SENT.stream().filter(s -> s.reference().startsWith("dun:")).toList();
        var byDebtorAndDay = dunning.stream().map(s -> outbox.find(s.reference()).orElseThrow().debtorId() + "@" + s.day()).toList();
        assertThat(byDebtorAndDay).isNotEmpty().doesNotHaveDuplicates();
        // Úrsula's two invoices fell due the same day: after her broken plan, one message names both.
        assertThat(outbox.of(ursula).stream().filter(e -> e.kind() == ReminderKind.DUNNING))
                .isNotEmpty().allSatisfy(e -> assertThat(e.invoiceIds()).hasSize(2));
    }

    @Test
    void text_messages_carry_the_short_text_with_the_amount_and_the_link() {
        var byPhone = SENT.stream().filter(s -> s.channel() != Channel.EMAIL).toList();
        assertThat(sentTo(yolanda)).isNotEmpty().allSatisfy(s -> assertThat(s.channel()).isEqualTo(Channel.WHATSAPP));
        assertThat(sentTo(yolanda).getLast().body()).contains("Yolanda Paz", "$99.900");
        assertThat(byPhone).isNotEmpty().allSatisfy(s -> {
            assertThat(s.body()).startsWith("Saldo").contains("/pay/link/").doesNotContain("\n");
            assertThat(s.body().length()).isLessThan(320);
        });
    }

    @Test
    void an_opted_out_channel_is_never_used_and_a_refused_number_falls_back_to_email() {
        var soniasMessages = sentTo(sonia);
        assertThat(soniasMessages).isNotEmpty().extracting(Sent::channel).containsOnly(Channel.EMAIL);
        assertThat(REFUSED).anyMatch(r -> r.endsWith("@SMS")).noneMatch(r -> r.endsWith("@WHATSAPP"));
        assertThat(soniasMessages.getFirst().subject()).isEqualTo("Your invoice is due soon");
    }

    @Test
    void the_last_channel_that_worked_is_tried_first_the_next_time() {
        // Sonia prefers SMS, which her number refuses: after the first fallback to e-mail, SMS is not tried first again.
        var refusedSms = REFUSED.stream().filter(r -> r.endsWith("@SMS")).toList();
        assertThat(refusedSms).hasSize(1);
    }

    @Test
    void invoices_in_an_active_plan_get_installment_reminders_instead_of_dunning() {
        var installmentReminders = outbox.of(ursula).stream().filter(e -> e.kind() == ReminderKind.INSTALLMENT)
                .map(OutboxEntry::plannedFor).toList();
        var lines = plans.plan(ursula, ursulasPlan).progress().lines();
        var first = lines.stream().filter(l -> l.installment().number() == 1).findFirst().orElseThrow().installment().dueDate();
        var second = lines.stream().filter(l -> l.installment().number() == 2).findFirst().orElseThrow().installment().dueDate();
        // The first installment was paid on its due day before the planner ran: no "due today" for it.
        assertThat(installmentReminders).startsWith(first.minusDays(2))
                .contains(second.minusDays(2), second, second.plusDays(1)).doesNotContain(first);
        assertThat(outbox.of(ursula).stream().filter(e -> e.kind() == ReminderKind.DUNNING)
                .allMatch(e -> !e.plannedFor().isBefore(ursulaBrokenOn))).isTrue();
    }

    @Test
    void a_broken_plan_restarts_dunning_at_the_step_for_the_days_overdue_without_the_earlier_ones() {
        assertThat(ursulaBrokenOn).isNotNull();
        var due = DAY0.minusDays(5);
        var expected = DunningSchedule.defaults().dueStep(due, ursulaBrokenOn, -1).orElseThrow();
        var dunning = outbox.of(ursula).stream().filter(e -> e.kind() == ReminderKind.DUNNING).toList();
        assertThat(dunning).isNotEmpty();
        var firstDays = dunning.stream().map(e -> Long.parseLong(e.id().substring(e.id().lastIndexOf(':') + 1))).min(Long::compare)
                .orElseThrow();
        assertThat(firstDays).isEqualTo(DunningSchedule.defaults().step(expected).offsetDays());
        assertThat(dunning).allSatisfy(e -> assertThat(e.plannedFor()).isAfterOrEqualTo(ursulaBrokenOn));
    }

    @Test
    void a_promise_is_reminded_the_day_before_and_when_broken_dunning_resumes_at_the_matching_step() {
        var promised = outbox.of(victor).stream().filter(e -> e.kind() == ReminderKind.PROMISE).toList();
        assertThat(promised).singleElement().satisfies(e -> assertThat(e.plannedFor()).isEqualTo(victorPromisedBy.minusDays(1)));
        assertThat(victorBrokenOn).isNotNull();
        var dunning = outbox.of(victor).stream().filter(e -> e.kind() == ReminderKind.DUNNING).toList();
        assertThat(dunning).isNotEmpty().allSatisfy(e -> assertThat(e.plannedFor()).isAfterOrEqualTo(victorBrokenOn));
        var due = DAY0.minusDays(2);
        var expected = DunningSchedule.defaults().step(DunningSchedule.defaults().dueStep(due, victorBrokenOn, -1).orElseThrow());
        assertThat(dunning.getFirst().id()).endsWith(":" + expected.offsetDays());
    }

    @Test
    void every_sent_reminder_is_on_the_debtors_timeline() {
        var entries = timeline.forStaff(rafael, PageRequest.of(0, 50)).getContent();
        assertThat(entries.stream().filter(e -> e.kind() == TimelineKind.REMINDER_SENT)).hasSize(6);
    }

    @Test
    void a_schedule_with_a_wrong_step_is_refused_whole_and_the_saved_one_stays() {
        var usd = Currency.getInstance("USD");
        var steps = new ArrayList<>(schedules.stepsFor(usd));
        schedules.save(usd, steps.subList(1, steps.size()), "diego");
        var saved = schedules.stepsFor(usd);
        assertThat(saved).hasSize(5);

        var noLink = new ArrayList<>(saved);
        var second = noLink.get(1);
        noLink.set(1, new ScheduleStep(second.offsetDays(), second.tone(), second.channels(), Map.of(
                "es", new ScheduleStep.Template("Asunto", "Sin enlace"), "en", second.templates().get("en"))));
        assertThatThrownBy(() -> schedules.save(usd, noLink, "diego"))
                .isInstanceOfSatisfying(DunningSchedules.InvalidSchedule.class, e -> {
                    assertThat(e.step()).isEqualTo(1);
                    assertThat(e.messageKey()).isEqualTo("reminders.error.link-required");
                });
        var sameDay = new ArrayList<>(saved);
        sameDay.set(0, new ScheduleStep(saved.get(1).offsetDays(), Tone.FRIENDLY, saved.get(0).channels(), saved.get(0).templates()));
        assertThatThrownBy(() -> schedules.save(usd, sameDay, "diego"))
                .isInstanceOfSatisfying(DunningSchedules.InvalidSchedule.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reminders.error.same-day"));
        var noChannel = new ArrayList<>(saved);
        noChannel.set(2, new ScheduleStep(saved.get(2).offsetDays(), saved.get(2).tone(), List.of(), saved.get(2).templates()));
        assertThatThrownBy(() -> schedules.save(usd, noChannel, "diego"))
                .isInstanceOfSatisfying(DunningSchedules.InvalidSchedule.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reminders.error.channel-required"));
        assertThat(schedules.stepsFor(usd)).isEqualTo(saved);
        assertThat(schedules.stepsFor(CLP)).as("another portfolio keeps the defaults").hasSize(6);
    }

    private DebtorId debtor(String externalId, String name, String email, String phone, String language, String preferred,
            ContactDetails.QuietHours quiet, List<String> optedOut) {
        var debtor = debtors.register(new Debtor(null, externalId, name, DebtorKind.PERSON, null, email, phone, null, "CL",
                language, null));
        var phones = phone == null ? List.<ContactDetails.Phone>of() : List.of(new ContactDetails.Phone(phone, true));
        contacts.update(debtor.debtorId(), new ContactDetails(List.of(new ContactDetails.Email(email, true)), phones, null,
                preferred, language, quiet, null, optedOut, null));
        return debtor.debtorId();
    }

    private String invoice(DebtorId debtor, String number, LocalDate due, long amount) {
        var id = InvoiceId.of(debtor.value() + "-" + number);
        invoices.register(Invoice.of(id, debtor, number, due.minusDays(30), due,
                List.of(InvoiceLine.of(LineType.CHARGE, "Servicio", Money.ofMinor(amount, CLP), due.minusDays(30))), List.of()));
        return id.value();
    }

    private void pay(DebtorId debtor, String invoiceId, long amount) {
        var started = payments.start(debtor, new PaymentOrder(CLP, List.of(InvoiceId.of(invoiceId)), Money.ofMinor(amount, CLP)),
                Locale.ROOT);
        settlement.apply(new GatewayEvent.Succeeded(started.id(), "pi_" + invoiceId));
    }

    private void payInstallment(int number) {
        var plan = plans.plan(ursula, ursulasPlan);
        var line = plan.progress().lines().stream().filter(l -> l.installment().number() == number).findFirst().orElseThrow();
        lifecycle.installmentPaid(ursulasPlan, number, line.open(), "sim-installment-" + number);
    }
}
