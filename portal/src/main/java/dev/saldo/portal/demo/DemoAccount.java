package dev.saldo.portal.demo;

import java.util.List;
import java.util.Set;

import dev.saldo.portal.identity.Role;

/**
 * The named demo logins listed in the README and on the login page. {@code subject} is the fixed id
 * the same user has in the development Keycloak realm ({@code infra/keycloak/realm-saldo.json}), so
 * the demo data works in Keycloak mode too.
 */
record DemoAccount(String username, String password, String displayName, Role role, String subject) {

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("ana", "ana123", "Ana Martínez Rojas", Role.DEBTOR, "5a1d0000-0000-4000-8000-000000000001"),
            new DemoAccount("bruno", "bruno123", "Bruno Keller", Role.DEBTOR, "5a1d0000-0000-4000-8000-000000000002"),
            new DemoAccount("carla", "carla123", "Carla Fuentes", Role.AGENT, "5a1d0000-0000-4000-8000-000000000003"),
            new DemoAccount("diego", "diego123", "Diego Paredes", Role.SUPERVISOR, "5a1d0000-0000-4000-8000-000000000004"));

    Set<Role> roles() {
        return Set.of(role);
    }
}
