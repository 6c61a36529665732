/** The app's frame and plumbing: services wired once, the app bar with the data's age, the bottom navigation, work off the UI thread. */
package dev.saldo.mobile.shell;
