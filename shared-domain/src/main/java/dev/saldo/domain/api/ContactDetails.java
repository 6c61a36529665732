package dev.saldo.domain.api;

/** {@code GET/PUT /api/v1/me/contact}: how Saldo reaches the debtor. The e-mail is required, the phone optional. */
public record ContactDetails(String email, String phone) {
}
