/** Checks of the deployment files (Dockerfile, compose stack, Kubernetes manifests), which cannot run here. */
package dev.saldo.portal.deployment;
