/** The phone app's shell: how it launches on the desktop and on a device, its window and its theme. */
package dev.saldo.mobile;
