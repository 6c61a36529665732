package dev.saldo.portal.activation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ActivationRequests extends MongoRepository<ActivationRequest, String> {

    Optional<ActivationRequest> findByTokenHash(String tokenHash);

    List<ActivationRequest> findTop20ByMailSentAtIsNullAndMailAttemptsLessThan(int attempts);
}
