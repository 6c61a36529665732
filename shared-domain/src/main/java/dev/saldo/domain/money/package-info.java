/** Money as a value in one currency, rounded to that currency's minor units, and how it is written. */
package dev.saldo.domain.money;
