package dev.saldo.portal.identity;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Beans that only exist when the portal signs people in through Keycloak. */
class KeycloakMode implements Condition {

    static final String ISSUER_PROPERTY = "saldo.identity.issuer-uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty(ISSUER_PROPERTY));
    }
}
