/** REST endpoints for plans, promises and proposal review, for the phone and integrations. */
package dev.saldo.portal.plan.api;
