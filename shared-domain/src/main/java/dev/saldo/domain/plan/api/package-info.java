/** JSON shapes of the plan and promise API, shared by the portal's controllers and the phone. */
package dev.saldo.domain.plan.api;
