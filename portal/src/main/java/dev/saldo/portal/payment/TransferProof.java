package dev.saldo.portal.payment;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The file a debtor attached to a reported bank transfer; one per reported payment, keyed by its id. */
@Document("transfer_proofs")
public record TransferProof(@Id String paymentId, String fileName, String contentType, byte[] content) {
}
