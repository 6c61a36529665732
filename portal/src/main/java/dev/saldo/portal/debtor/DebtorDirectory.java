package dev.saldo.portal.debtor;

import java.util.Collection;
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

    /** Registers a debtor by the ERP's external id; an existing one is returned unchanged. */
    public Debtor register(Debtor debtor) {
        return debtors.findByExternalId(debtor.externalId()).orElseGet(() -> debtors.save(debtor));
    }
}
