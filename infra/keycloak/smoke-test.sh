#!/usr/bin/env bash
# Checks a running Keycloak started by start-keycloak.sh: password-grant token for ana (test-only client
# saldo-tests), its claims, the login page language, PKCE enforcement and the loopback redirect rules.
# Needs curl and base64 only. Exits non-zero on the first failed check.
#   KEYCLOAK_PORT   (default 8180)
set -euo pipefail

PORT=${KEYCLOAK_PORT:-8180}
ISSUER=http://127.0.0.1:$PORT/realms/saldo
OIDC=$ISSUER/protocol/openid-connect
failures=0

ok() { printf 'ok    %s\n' "$*"; }
ko() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { # description, command...
  local what=$1; shift
  if "$@"; then ok "$what"; else ko "$what"; fi
}
jwt_payload() { # decodes the payload of a JWT (base64url, unpadded)
  local p
  p=$(printf '%s' "$1" | cut -d. -f2 | tr '_-' '/+')
  while [ $((${#p} % 4)) -ne 0 ]; do p="$p="; done
  printf '%s' "$p" | base64 -d
}
json_string() { # value of a top-level-ish string claim, good enough for Keycloak's compact JSON
  sed -n "s/.*\"$2\":\"\\([^\"]*\\)\".*/\\1/p" <<<"$1"
}
auth_url() { # client, redirect_uri (already URL-encoded), extra params
  printf '%s/auth?client_id=%s&response_type=code&scope=openid&state=smoke&redirect_uri=%s%s' "$OIDC" "$1" "$2" "${3:-}"
}
accepts_redirect() { # client, encoded redirect, extra: true when Keycloak shows its login page
  [ "$(curl -sS -o /dev/null -w '%{http_code}' "$(auth_url "$@")")" = 200 ]
}

response=$(curl -fsS -d grant_type=password -d client_id=saldo-tests -d username=ana -d password=ana123 \
  -d scope=openid "$OIDC/token")
access=$(json_string "$response" access_token)
id_token=$(json_string "$response" id_token)
claims=$(jwt_payload "$access")
id_claims=$(jwt_payload "$id_token")
printf 'ana access token claims: %s\n' "$claims"

check "issuer is $ISSUER" [ "$(json_string "$claims" iss)" = "$ISSUER" ]
check "access token realm_access.roles contains debtor" grep -q '"realm_access":{"roles":\[[^]]*"debtor"' <<<"$claims"
check "ID token realm_access.roles contains debtor" grep -q '"realm_access":{"roles":\[[^]]*"debtor"' <<<"$id_claims"
check "preferred_username is ana (access and ID token)" \
  [ "$(json_string "$claims" preferred_username)/$(json_string "$id_claims" preferred_username)" = ana/ana ]
check "sub is ana's fixed id" [ "$(json_string "$claims" sub)" = 5a1d0000-0000-4000-8000-000000000001 ]
check "access token audience includes saldo-portal" grep -q '"aud":\[[^]]*"saldo-portal"' <<<"$claims"
check "password grant refused for saldo-portal" \
  grep -q unauthorized_client <<<"$(curl -sS -d grant_type=password -d client_id=saldo-portal \
    -d client_secret=saldo-portal-dev-secret -d username=ana -d password=ana123 "$OIDC/token")"

portal_cb=http%3A%2F%2Flocalhost%3A8080%2Flogin%2Foauth2%2Fcode%2Fkeycloak
check "login page is Spanish by default" grep -q 'Inicia sesión' <<<"$(curl -sS "$(auth_url saldo-portal "$portal_cb")")"
check "login page is English with ui_locales=en" \
  grep -q 'Sign in to' <<<"$(curl -sS "$(auth_url saldo-portal "$portal_cb" '&ui_locales=en')")"

check "portal accepts http://localhost:8080/..." accepts_redirect saldo-portal "$portal_cb"
check "portal accepts http://127.0.0.1:<random port>/..." accepts_redirect saldo-portal http%3A%2F%2F127.0.0.1%3A41234%2Flogin%2Foauth2%2Fcode%2Fkeycloak
check "portal accepts http://localhost:<random port>/..." accepts_redirect saldo-portal http%3A%2F%2Flocalhost%3A41234%2Flogin%2Foauth2%2Fcode%2Fkeycloak
check "portal rejects http://evil.example/" eval '! accepts_redirect saldo-portal http%3A%2F%2Fevil.example%2F'
pkce='&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256'
check "mobile accepts http://127.0.0.1:<any port>/ with PKCE" accepts_redirect saldo-mobile http%3A%2F%2F127.0.0.1%3A53999%2Fcallback "$pkce"
check "mobile accepts dev.saldo.mobile:/oauth2redirect" accepts_redirect saldo-mobile dev.saldo.mobile%3A%2Foauth2redirect "$pkce"
check "mobile requires PKCE (no code_challenge -> error redirect)" \
  grep -q 'Missing+parameter%3A+code_challenge_method' \
  <<<"$(curl -sS -o /dev/null -w '%{redirect_url}' "$(auth_url saldo-mobile http%3A%2F%2F127.0.0.1%3A53999%2Fcallback)")"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
