package dev.saldo.portal.debtor;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Debtors extends MongoRepository<Debtor, String> {

    Optional<Debtor> findByExternalId(String externalId);
}
