package dev.saldo.portal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import dev.saldo.domain.fee.FeeRules;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.fee.FeeRuleBook;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceRow;
import dev.saldo.portal.plan.PlanDesk;
import dev.saldo.portal.plan.PlanDraft;
import dev.saldo.portal.plan.PlanRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the benchmark portfolio through the same bulk paths the ERP import uses
 * ({@link DebtorDirectory#registerAll}, {@link InvoiceBook#registerAll}), gives a sample of debtors a
 * sign-in, puts some in installment plans and sets late-fee rules so the daily jobs have work. Exists
 * only when {@code saldo.bench.debtors} is set: {@code infra/bench/run.sh} sets it, nothing else does.
 */
@Component
@ConditionalOnProperty(prefix = "saldo.bench", name = "debtors")
class BenchSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchSeeder.class);
    private static final int BATCH = 1000;

    private final BenchSettings settings;
    private final DebtorDirectory debtors;
    private final InvoiceBook invoices;
    private final AccountDirectory accounts;
    private final PlanDesk plans;
    private final FeeRuleBook fees;
    private final BenchReport report;
    private final Clock clock;

    BenchSeeder(BenchSettings settings, DebtorDirectory debtors, InvoiceBook invoices, AccountDirectory accounts,
            PlanDesk plans, FeeRuleBook fees, BenchReport report, Clock clock) {
        this.settings = settings;
        this.debtors = debtors;
        this.invoices = invoices;
        this.accounts = accounts;
        this.plans = plans;
        this.fees = fees;
        this.report = report;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (debtors.count() > 0) {
            log.info("Benchmark portfolio not generated: the database already has debtors");
            report.put("generated", "false");
            return;
        }
        var today = LocalDate.now(clock);
        var started = System.nanoTime();
        var counts = generate(today);
        report.put("generate.seconds", seconds(started));
        report.put("debtors", Integer.toString(counts[0]));
        report.put("invoices", Integer.toString(counts[1]));
        started = System.nanoTime();
        var sample = accounts();
        report.put("accounts", Integer.toString(sample.size()));
        report.put("accounts.seconds", seconds(started));
        started = System.nanoTime();
        report.put("plans", Integer.toString(plans(today)));
        report.put("plans.seconds", seconds(started));
        lateFeeRules();
        report.put("generated", "true");
        log.info("Benchmark portfolio generated: {} debtors, {} invoices", counts[0], counts[1]);
    }

    /** Debtors and invoices in batches of a thousand debtors; returns {debtors, invoices}. */
    private int[] generate(LocalDate today) {
        var portfolio = new BenchPortfolio(settings.seed(), today, settings.invoicesPerDebtor());
        var total = settings.debtors();
        int invoiceCount = 0;
        for (int from = 0; from < total; from += BATCH) {
            var profiles = new ArrayList<DemoPortfolio.Profile>();
            var batch = new ArrayList<Debtor>();
            for (int i = from; i < Math.min(total, from + BATCH); i++) {
                var profile = portfolio.profile(i);
                profiles.add(profile);
                batch.add(portfolio.debtor(i, profile));
            }
            var registered = debtors.registerAll(batch).byExternalId();
            var bills = new ArrayList<dev.saldo.domain.invoice.Invoice>();
            for (int k = 0; k < batch.size(); k++) {
                bills.addAll(portfolio.invoices(registered.get(batch.get(k).externalId()).debtorId(), profiles.get(k)));
            }
            invoiceCount += invoices.registerAll(bills).size();
            if ((from / BATCH) % 10 == 9) {
                log.info("Benchmark portfolio: {} of {} debtors", from + BATCH, total);
            }
        }
        return new int[] {total, invoiceCount};
    }

    /** Sign-ins {@code bench-0}… for debtors spread evenly over the portfolio, and one supervisor. */
    private List<String> accounts() {
        var sample = new ArrayList<String>();
        for (int k = 0; k < sampleSize(); k++) {
            var debtor = debtors.findByExternalId(BenchPortfolio.externalId(sampled(k))).orElseThrow();
            var username = "bench-" + k;
            accounts.createIfAbsent(username, BenchSettings.PASSWORD, debtor.name(), Set.of(Role.DEBTOR), debtor.id());
            sample.add(username);
        }
        accounts.createIfAbsent(BenchSettings.STAFF, BenchSettings.PASSWORD, "Bench Supervisor",
                Set.of(Role.SUPERVISOR), null);
        return sample;
    }

    private int sampleSize() {
        return Math.min(settings.accounts(), settings.debtors());
    }

    /** The portfolio index of the k-th signed-in debtor: evenly spread, first to last. */
    private int sampled(int k) {
        return (int) ((long) k * settings.debtors() / sampleSize());
    }

    /**
     * Auto-approved three-month plans (a fifth down) over every overdue invoice, for debtors half-way
     * between the signed-in ones; returns how many were accepted (a debtor with nothing overdue has none).
     */
    private int plans(LocalDate today) {
        var wanted = Math.min(settings.plans(), settings.debtors());
        int active = 0;
        for (int k = 0; k < wanted; k++) {
            var index = (int) (((long) k * settings.debtors() + settings.debtors() / 2) / wanted) % settings.debtors();
            var debtor = debtors.findByExternalId(BenchPortfolio.externalId(index)).orElseThrow().debtorId();
            var overdue = plans.candidateInvoices(debtor).stream().filter(row -> row.dueDate().isBefore(today))
                    .map(InvoiceRow::openBalance).reduce(Money::plus);
            if (overdue.isEmpty()) {
                continue;
            }
            var down = overdue.get().amount().divide(BigDecimal.valueOf(5), 0, RoundingMode.UP);
            try {
                plans.submit(debtor, new PlanDraft(null, down, 3, Frequency.MONTHLY, today.plusDays(7)));
                active++;
            } catch (PlanRefusedException refused) {
                log.debug("Benchmark plan refused for {}: {}", debtor, refused.getMessage());
            }
        }
        return active;
    }

    /** Spain's €40 and 8 % a year; 18 % a year on dollars: enough for the fee job to write lines. */
    private void lateFeeRules() {
        var eur = Currency.getInstance("EUR");
        fees.save(new FeeRules(eur, new FeeRules.LateFee(0, Money.of(new BigDecimal("40"), eur), BigDecimal.ZERO,
                new BigDecimal("8"), Money.zero(eur), BigDecimal.ZERO), new FeeRules.EarlyDiscount(BigDecimal.ZERO, 0)), "bench");
        var usd = Currency.getInstance("USD");
        fees.save(new FeeRules(usd, new FeeRules.LateFee(3, Money.of(new BigDecimal("15"), usd), BigDecimal.ZERO,
                new BigDecimal("18"), Money.zero(usd), BigDecimal.TEN), new FeeRules.EarlyDiscount(BigDecimal.ZERO, 0)), "bench");
    }

    static String seconds(long startedNanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - startedNanos) / 1e9);
    }
}
