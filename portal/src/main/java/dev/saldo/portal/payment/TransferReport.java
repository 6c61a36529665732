package dev.saldo.portal.payment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;


/**
 * A payment the debtor made elsewhere (a bank transfer) and tells us about, for staff to check.
 *
 * @param proof optional file: a PDF, PNG or JPEG of the transfer receipt
 */
public record TransferReport(PaymentOrder order, String reference, LocalDate paidOn, Proof proof) {

    public static final long MAX_PROOF_BYTES = 5L * 1024 * 1024;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F'},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    public record Proof(String fileName, byte[] content) {

        /** The file's real type, read from its first bytes rather than trusted from its name or the browser. */
        public Optional<String> contentType() {
            return SIGNATURES.entrySet().stream()
                    .filter(entry -> startsWith(content, entry.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst();
        }
    }

    /** @throws InvalidTransferException naming what to fix */
    void validate() {
        if (reference == null || reference.strip().length() < 3 || reference.strip().length() > 60) {
            throw new InvalidTransferException("transfer.error.reference");
        }
        if (paidOn == null) {
            throw new InvalidTransferException("transfer.error.date");
        }
        if (proof != null) {
            if (proof.content() == null || proof.content().length == 0 || proof.content().length > MAX_PROOF_BYTES) {
                throw new InvalidTransferException("transfer.error.size");
            }
            if (proof.contentType().isEmpty()) {
                throw new InvalidTransferException("transfer.error.type");
            }
        }
    }

    /** A reported transfer the rules do not accept; {@code messageKey} says what to fix. */
    public static class InvalidTransferException extends IllegalArgumentException {

        private final String messageKey;

        InvalidTransferException(String messageKey) {
            super("Invalid transfer report: " + messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
