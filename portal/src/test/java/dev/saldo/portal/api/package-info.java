/** Tests of the REST API over real HTTP: problem details, languages, rate limits and each endpoint. */
package dev.saldo.portal.api;
