/** The payment plan: its schedule (paid, next, late) and a proposal whose schedule and verdict the phone computes with the portal's own policy code. */
package dev.saldo.mobile.plan;
