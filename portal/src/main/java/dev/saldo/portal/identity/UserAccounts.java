package dev.saldo.portal.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UserAccounts extends MongoRepository<UserAccount, String> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByDebtorId(String debtorId);
}
