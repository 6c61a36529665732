package dev.saldo.portal.identity;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Keycloak's admin API is only used when credentials for it are configured. */
class KeycloakAdminConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        return StringUtils.hasText(env.getProperty("saldo.identity.admin.username"))
                || StringUtils.hasText(env.getProperty("saldo.identity.admin.client-secret"));
    }
}
