/** Late fees and early-payment discounts: the rules per currency, the daily accrual job, staff waivers. */
@org.springframework.modulith.ApplicationModule(displayName = "Fees and discounts")
package dev.saldo.portal.fee;
