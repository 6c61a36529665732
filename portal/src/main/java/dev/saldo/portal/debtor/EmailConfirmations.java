package dev.saldo.portal.debtor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface EmailConfirmations extends MongoRepository<EmailConfirmation, String> {

    Optional<EmailConfirmation> findByTokenHash(String tokenHash);

    List<EmailConfirmation> findTop20ByMailSentAtIsNullAndMailAttemptsLessThan(int attempts);
}
