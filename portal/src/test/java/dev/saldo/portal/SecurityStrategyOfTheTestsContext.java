package dev.saldo.portal;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static holder at the strategy of the application context the test runs
 * in. Vaadin installs its own {@code VaadinAwareSecurityContextHolderStrategy} globally whenever a
 * context starts; with several cached contexts in one test JVM, the last one started wins, and an
 * earlier context's filter chain (which kept its own instance) then signs requests in where that
 * context's beans no longer look: every debtor request answered 403, depending on test order. A
 * single production context never switches, so this is a test-only concern.
 */
public class SecurityStrategyOfTheTestsContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        use(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        use(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        use(testContext);
    }

    private static void use(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
