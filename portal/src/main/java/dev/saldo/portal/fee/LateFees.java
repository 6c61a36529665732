package dev.saldo.portal.fee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.saldo.domain.fee.FeeAccrual;
import dev.saldo.domain.fee.FeeRules;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.portal.invoice.InvoiceLines;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The daily late-fee run. Each invoice's new fees are decided from its own lines and written under its
 * version, so running twice on one day, or two instances at once, charges nothing twice; a missed day
 * is caught up by the next run. Held invoices (in a plan, or held by a {@link FeeHold}) get no fees and
 * remember the day, so their interest never covers it.
 */
@Service
public class LateFees {

    private static final Logger log = LoggerFactory.getLogger(LateFees.class);

    private final InvoiceLines invoices;
    private final FeeRuleBook rules;
    private final List<FeeHold> holds;
    private final Clock clock;
    private final int pageSize;

    LateFees(InvoiceLines invoices, FeeRuleBook rules, List<FeeHold> holds, Clock clock, FeeSettings settings) {
        this.invoices = invoices;
        this.rules = rules;
        this.holds = List.copyOf(holds);
        this.clock = clock;
        this.pageSize = settings.accrualPageSize();
    }

    @Scheduled(cron = "${saldo.fee.accrual-cron:0 30 3 * * *}", zone = "${saldo.time-zone:America/Santiago}")
    @SchedulerLock(name = "fee-accrual", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        var run = runFor(LocalDate.now(clock));
        log.info("Late fees: {} line(s) added on {} invoice(s), {} held", run.lines(), run.invoices(), run.held());
    }

    /** What one run did. */
    public record Run(int invoices, int lines, int held) {
    }

    public Run runFor(LocalDate today) {
        int charged = 0;
        int lines = 0;
        int held = 0;
        // Read once per run: a rule saved while the job runs applies from the next run, as it would have
        // for every invoice already behind the job.
        var lateFeeRules = new HashMap<Currency, FeeRules.LateFee>();
        InvoiceId after = null;
        while (true) {
            var page = invoices.overdue(today, after, pageSize);
            var heldByOthers = heldByOthers(page);
            for (var overdue : page) {
                var invoice = overdue.invoice();
                if (overdue.inPlan() || heldByOthers.contains(invoice.id())) {
                    invoices.holdFeesThrough(invoice.id(), today);
                    held++;
                    continue;
                }
                var rule = lateFeeRules.computeIfAbsent(invoice.currency(), currency -> rules.rulesFor(currency).lateFee());
                var added = invoices.add(invoice.debtorId(), invoice.id(),
                        current -> FeeAccrual.due(current, rule, overdue.feesHeldThrough(), today));
                if (!added.isEmpty()) {
                    charged++;
                    lines += added.size();
                }
            }
            if (page.size() < pageSize) {
                return new Run(charged, lines, held);
            }
            after = page.getLast().invoice().id();
        }
    }

    /** What the {@link FeeHold}s hold of the page, asking each once for the whole page. */
    private Set<InvoiceId> heldByOthers(List<InvoiceLines.Overdue> page) {
        var candidates = page.stream().filter(overdue -> !overdue.inPlan()).map(InvoiceLines.Overdue::invoice).toList();
        var held = new HashSet<InvoiceId>();
        if (!candidates.isEmpty()) {
            holds.forEach(hold -> held.addAll(hold.held(candidates)));
        }
        return held;
    }
}
