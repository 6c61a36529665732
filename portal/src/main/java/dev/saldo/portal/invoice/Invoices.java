package dev.saldo.portal.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Invoices extends MongoRepository<InvoiceRecord, String> {

    /**
     * The invoice if, and only if, it is this debtor's. Read by {@code _id} alone and the owner checked
     * here: the embedded server uses its {@code _id} index only for a query on exactly that key, and
     * answered {@code _id} + {@code debtorId} by scanning every invoice (the fee job did so per invoice).
     */
    default Optional<InvoiceRecord> findByIdAndDebtorId(String id, String debtorId) {
        return findById(id).filter(record -> record.debtorId().equals(debtorId));
    }

    Optional<InvoiceRecord> findByDebtorIdAndNumber(String debtorId, String number);

    List<InvoiceRecord> findByNumber(String number);

    List<InvoiceRecord> findByDebtorIdAndSettledFalse(String debtorId);

    Slice<InvoiceRecord> findByDebtorId(String debtorId, Pageable pageable);

    Slice<InvoiceRecord> findByDebtorIdAndSettled(String debtorId, boolean settled, Pageable pageable);

    Slice<InvoiceRecord> findByDebtorIdAndSettledFalseAndDueDateBefore(String debtorId, LocalDate date, Pageable pageable);
}
