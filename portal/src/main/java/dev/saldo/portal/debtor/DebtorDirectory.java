package dev.saldo.portal.debtor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.stereotype.Service;

/** Reads and registers debtors; the only way other capabilities reach the debtors collection. */
@Service
public class DebtorDirectory {

    private final Debtors debtors;

    DebtorDirectory(Debtors debtors) {
        this.debtors = debtors;
    }

    public Optional<Debtor> find(DebtorId id) {
        return debtors.findById(id.value());
    }

    /** The debtors with these ids, by id, in one query: for lists that show a page of many debtors' invoices. */
    public Map<DebtorId, Debtor> byIds(Collection<DebtorId> ids) {
        return debtors.findAllById(ids.stream().map(DebtorId::value).distinct().toList()).stream()
                .collect(Collectors.toMap(Debtor::debtorId, Function.identity()));
    }

    public long count() {
        return debtors.count();
    }

    /**
     * Registers a batch of debtors by external id in two round trips; existing ones are returned unchanged.
     * Returns every debtor of the batch by external id and how many were new.
     */
    public Registered registerAll(List<Debtor> batch) {
        var byExternalId = new HashMap<String, Debtor>();
        debtors.findByExternalIdIn(batch.stream().map(Debtor::externalId).toList())
                .forEach(d -> byExternalId.put(d.externalId(), d));
        var fresh = batch.stream().filter(d -> !byExternalId.containsKey(d.externalId())).toList();
        debtors.insert(fresh).forEach(d -> byExternalId.put(d.externalId(), d));
        return new Registered(byExternalId, fresh.size());
    }

    /** The outcome of {@link #registerAll}. */
    public record Registered(Map<String, Debtor> byExternalId, int created) {
    }

    /** Registers a debtor by the ERP's external id; an existing one is returned unchanged. */
    public Debtor register(Debtor debtor) {
        return debtors.findByExternalId(debtor.externalId()).orElseGet(() -> debtors.save(debtor));
    }
}
