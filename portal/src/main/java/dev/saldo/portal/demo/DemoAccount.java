package dev.saldo.portal.demo;

import java.util.List;
import java.util.Set;

import dev.saldo.portal.identity.Role;

/** The named demo logins listed in the README and on the login page. */
record DemoAccount(String username, String password, String displayName, Role role) {

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("ana", "ana123", "Ana Martínez Rojas", Role.DEBTOR),
            new DemoAccount("bruno", "bruno123", "Bruno Keller", Role.DEBTOR),
            new DemoAccount("carla", "carla123", "Carla Fuentes", Role.AGENT),
            new DemoAccount("diego", "diego123", "Diego Paredes", Role.SUPERVISOR));

    Set<Role> roles() {
        return Set.of(role);
    }
}
