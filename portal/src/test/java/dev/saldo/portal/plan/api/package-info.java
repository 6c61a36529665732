/** Tests of the plan REST API over HTTP, behind a stand-in for the stateless /api/** chain. */
package dev.saldo.portal.plan.api;
