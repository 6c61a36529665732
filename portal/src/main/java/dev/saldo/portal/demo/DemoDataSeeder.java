package dev.saldo.portal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import dev.saldo.domain.fee.FeeRules;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.fee.FeeRuleBook;
import dev.saldo.portal.fee.LateFees;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.plan.ArrangementHistory;
import dev.saldo.portal.reminders.DunningSchedules;
import dev.saldo.portal.reminders.ReminderPlanner;
import dev.saldo.portal.reminders.SendingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo portfolio and makes sure the demo accounts exist. It never
 * touches a database that already has debtors, so restarting keeps whatever people did in the demo.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoMode mode;
    private final DemoSettings settings;
    private final DebtorDirectory debtors;
    private final InvoiceBook invoices;
    private final AccountDirectory accounts;
    private final ArrangementHistory arrangements;
    private final FeeRuleBook fees;
    private final LateFees lateFees;
    private final Clock clock;
    private final DemoHistory history;
    private final ReminderPlanner reminders;
    private final DunningSchedules schedules;

    DemoDataSeeder(DemoMode mode, DemoSettings settings, DebtorDirectory debtors, InvoiceBook invoices,
            AccountDirectory accounts, ArrangementHistory arrangements, FeeRuleBook fees, LateFees lateFees, Clock clock,
            DemoHistory history, ReminderPlanner reminders, DunningSchedules schedules) {
        this.history = history;
        this.reminders = reminders;
        this.schedules = schedules;
        this.fees = fees;
        this.lateFees = lateFees;
        this.mode = mode;
        this.settings = settings;
        this.debtors = debtors;
        this.invoices = invoices;
        this.accounts = accounts;
        this.arrangements = arrangements;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.isEnabled()) {
            return;
        }
        if (debtors.count() == 0) {
            seed(LocalDate.now(clock));
        }
        // Also on databases seeded before accounts had subjects.
        DemoAccount.ALL.forEach(account -> accounts.linkSubject(account.username(), account.subject()));
        log.info("Demo accounts (password in brackets): {}", DemoAccount.ALL.stream()
                .map(a -> a.username() + " [" + a.password() + "] " + a.role().name().toLowerCase())
                .toList());
    }

    private void seed(LocalDate today) {
        var portfolio = new DemoPortfolio(settings.seed(), today);
        var ana = debtors.register(portfolio.debtor("DEMO-ANA",
                new DemoPortfolio.Profile("Ana Martínez Rojas", DebtorKind.PERSON, "CLP", "es", "CL")));
        var anaProfile = new DemoPortfolio.Profile(ana.name(), ana.kind(), "CLP", "es", "CL");
        var clp = Currency.getInstance("CLP");
        List.of(portfolio.invoice(ana.debtorId(), anaProfile, today.minusDays(72), Money.ofMinor(27_000, clp), 0),
                portfolio.invoice(ana.debtorId(), anaProfile, today.minusDays(45), Money.ofMinor(185_000, clp), 0.35),
                portfolio.invoice(ana.debtorId(), anaProfile, today.minusDays(12), Money.ofMinor(89_990, clp), 0),
                portfolio.invoice(ana.debtorId(), anaProfile, today.plusDays(10), Money.ofMinor(45_000, clp), 0),
                portfolio.invoice(ana.debtorId(), anaProfile, today.minusDays(100), Money.ofMinor(62_500, clp), 1))
                .forEach(invoices::register);
        history.seedAna(ana.debtorId());

        var bruno = debtors.register(portfolio.debtor("DEMO-BRUNO",
                new DemoPortfolio.Profile("Bruno Keller", DebtorKind.PERSON, "USD", "en", "US")));
        var brunoProfile = new DemoPortfolio.Profile(bruno.name(), bruno.kind(), "USD", "en", "US");
        var usd = Currency.getInstance("USD");
        List.of(portfolio.invoice(bruno.debtorId(), brunoProfile, today.minusDays(5), Money.ofMinor(125_000, usd), 0),
                portfolio.invoice(bruno.debtorId(), brunoProfile, today.plusDays(20), Money.ofMinor(48_000, usd), 0),
                portfolio.invoice(bruno.debtorId(), brunoProfile, today.minusDays(50), Money.ofMinor(31_050, usd), 1))
                .forEach(invoices::register);

        var created = 0;
        for (int i = 0; i < settings.debtors(); i++) {
            var profile = portfolio.profile(i);
            var debtor = debtors.register(portfolio.debtor("DEMO-%03d".formatted(i + 1), profile));
            var past = portfolio.history(debtor.debtorId(), profile, portfolio.behaviour());
            invoices.registerAll(past.invoices());
            past.promises().forEach(p -> arrangements.recordPastPromise(debtor.debtorId(), p.amount(), p.madeOn(),
                    p.date(), p.kept()));
            created++;
        }

        for (var account : DemoAccount.ALL) {
            var debtorId = switch (account.username()) {
                case "ana" -> ana.id();
                case "bruno" -> bruno.id();
                default -> null;
            };
            accounts.createIfAbsent(account.username(), account.password(), account.displayName(), account.roles(),
                    debtorId);
        }
        seedFees(usd, today);
        seedHolidays(today);
        // Today's reminders, rendered: with no channel configured they wait in the staff outbox as "not sent".
        var reminded = reminders.runFor(today);
        log.info("Demo reminders planned: {}", reminded);
        log.info("Demo portfolio seeded: {} debtors as of {}", created + 2, today);
    }

    /**
     * USD invoices get late fees ($15 and 18 % a year after 3 grace days, at most 10 % of the invoice)
     * and 2 % off when paid 5 days before due: Bruno sees a fee on his overdue invoice and a discount
     * when paying the one due in 20 days. Other currencies keep the configured rules.
     */
    /**
     * The CLP portfolio gets Chile's fixed-date public holidays of this year and the next as days without
     * reminders (movable ones — Good Friday, San Pedro y San Pablo… — are the supervisors' to add).
     */
    private void seedHolidays(LocalDate today) {
        var clp = Currency.getInstance("CLP");
        var holidays = new java.util.ArrayList<SendingCalendar.Holiday>();
        for (var year : java.util.List.of(today.getYear(), today.getYear() + 1)) {
            CHILEAN_HOLIDAYS.forEach((monthDay, name) -> holidays.add(new SendingCalendar.Holiday(
                    java.time.MonthDay.parse(monthDay).atYear(year), name)));
        }
        var defaults = SendingCalendar.defaults();
        schedules.save(clp, schedules.stepsFor(clp), new SendingCalendar(defaults.saturdays(), defaults.sundays(), holidays),
                "demo");
    }

    private static final java.util.Map<String, String> CHILEAN_HOLIDAYS = java.util.Map.of(
            "--01-01", "Año Nuevo", "--05-01", "Día del Trabajo", "--05-21", "Glorias Navales",
            "--08-15", "Asunción de la Virgen", "--09-18", "Independencia Nacional", "--09-19", "Glorias del Ejército",
            "--11-01", "Todos los Santos", "--12-08", "Inmaculada Concepción", "--12-25", "Navidad");

    private void seedFees(Currency usd, LocalDate today) {
        fees.save(new FeeRules(usd, new FeeRules.LateFee(3, Money.of(new BigDecimal("15"), usd), BigDecimal.ZERO,
                new BigDecimal("18"), Money.zero(usd), BigDecimal.TEN),
                new FeeRules.EarlyDiscount(new BigDecimal("2"), 5)), "demo");
        lateFees.runFor(today);
    }
}
