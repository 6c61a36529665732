package dev.saldo.portal.timeline;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DisputeRecords extends MongoRepository<Dispute, String> {

    List<Dispute> findByDebtorIdAndOpenTrue(String debtorId);

    List<Dispute> findByInvoiceIdInAndOpenTrue(Collection<String> invoiceIds);

    List<Dispute> findTop100ByOpenTrueOrderByOpenedAtAsc();
}
