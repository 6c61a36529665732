package dev.saldo.portal.identity;

import java.util.List;

import jakarta.annotation.PreDestroy;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.util.StringUtils;

/**
 * Keycloak's admin API, through {@code keycloak-admin-client}: what the portal changes in the realm
 * (a debtor's login e-mail, a new debtor user at activation). Exists only in Keycloak mode with admin
 * credentials configured.
 */
class KeycloakUsers {

    private final Keycloak keycloak;
    private final String realm;

    KeycloakUsers(IdentitySettings settings) {
        var admin = settings.admin();
        var builder = KeycloakBuilder.builder()
                .serverUrl(settings.serverUrl())
                .realm(admin.realm())
                .clientId(admin.clientId());
        if (StringUtils.hasText(admin.clientSecret())) {
            builder.grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientSecret(admin.clientSecret());
        } else {
            builder.grantType(OAuth2Constants.PASSWORD).username(admin.username()).password(admin.password());
        }
        this.keycloak = builder.build();
        this.realm = settings.realm();
    }

    void changeEmail(String subject, String email) {
        var user = realm().users().get(subject);
        var representation = user.toRepresentation();
        representation.setEmail(email);
        representation.setEmailVerified(false);
        user.update(representation);
    }

    /** Creates an enabled user with the {@code debtor} realm role and a password; returns its id (the {@code sub}). */
    String createDebtor(String username, String email, String displayName, String password) {
        var user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        // Keycloak 26's user profile requires both names, else the account "is not fully set up".
        var name = displayName.strip();
        var space = name.indexOf(' ');
        user.setFirstName(space < 0 ? name : name.substring(0, space));
        user.setLastName(space < 0 ? name : name.substring(space + 1));
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        String id;
        try (var response = realm().users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        var debtorRole = realm().roles().get("debtor").toRepresentation();
        realm().users().get(id).roles().realmLevel().add(List.of(debtorRole));
        return id;
    }

    /** Deletes the realm's user (and so its sessions); a user already gone is not an error. */
    void delete(String subject) {
        try (var response = realm().users().delete(subject)) {
            var status = response.getStatus();
            if (status != 204 && status != 404) {
                throw new IllegalStateException("Keycloak answered " + status + " deleting user " + subject);
            }
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }
}
