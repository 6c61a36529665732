package dev.saldo.portal.payment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.payment.PaymentStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Payments extends MongoRepository<PaymentRecord, String> {

    Optional<PaymentRecord> findByIdAndDebtorId(String id, String debtorId);

    Optional<PaymentRecord> findFirstByGatewayReference(String gatewayReference);

    Slice<PaymentRecord> findByDebtorIdOrderByCreatedAtDesc(String debtorId, Pageable pageable);

    List<PaymentRecord> findByDebtorIdAndStatus(String debtorId, PaymentStatus status);

    List<PaymentRecord> findByStatusInAndCreatedAtBefore(Collection<PaymentStatus> statuses, Instant before);

    List<PaymentRecord> findByStatusAndAppliedIsNull(PaymentStatus status);

    Slice<PaymentRecord> findByStatusOrderByCreatedAtAsc(PaymentStatus status, Pageable pageable);
}
