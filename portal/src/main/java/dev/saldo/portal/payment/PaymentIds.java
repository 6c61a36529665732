package dev.saldo.portal.payment;

import java.security.SecureRandom;

/** Short, unguessable payment references a person can read out on the phone: {@code P-7KQ2M9XD4HTA}. */
final class PaymentIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PaymentIds() {
    }

    static String next() {
        var id = new StringBuilder("P-");
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
