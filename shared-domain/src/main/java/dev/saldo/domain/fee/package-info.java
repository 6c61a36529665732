/** What being late costs and paying early saves: late-fee and early-payment-discount rules and their accrual. */
package dev.saldo.domain.fee;
