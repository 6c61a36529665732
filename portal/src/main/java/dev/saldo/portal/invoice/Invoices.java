package dev.saldo.portal.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Invoices extends MongoRepository<InvoiceRecord, String> {

    Optional<InvoiceRecord> findByIdAndDebtorId(String id, String debtorId);

    Optional<InvoiceRecord> findByDebtorIdAndNumber(String debtorId, String number);

    List<InvoiceRecord> findByNumber(String number);

    List<InvoiceRecord> findByDebtorIdAndSettledFalse(String debtorId);


    Slice<InvoiceRecord> findByDebtorId(String debtorId, Pageable pageable);

    Slice<InvoiceRecord> findByDebtorIdAndSettled(String debtorId, boolean settled, Pageable pageable);

    Slice<InvoiceRecord> findByDebtorIdAndSettledFalseAndDueDateBefore(String debtorId, LocalDate date, Pageable pageable);
}
