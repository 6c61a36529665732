/** Tests of plans, promises, staff review and their REST API against the running portal. */
package dev.saldo.portal.plan;
