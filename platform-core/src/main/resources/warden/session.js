// The warden's sign-in: the token's claims as the page reads them (the platform checks the signature on every call),
// kept in this tab's sessionStorage only, and a timer that ends the session when the token does.

const TOKEN_KEY = 'ptr-warden-token';

let expiryTimer = null;

export function storedToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function keepToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  if (expiryTimer) {
    clearTimeout(expiryTimer);
    expiryTimer = null;
  }
}

/** Why the page will not use this token, as [key, ...arguments] of a text, or null when it may. */
export function refusal(claims, tenantClaim) {
  if (!claims) {
    return ['token.invalid'];
  }
  if (hasExpired(claims)) {
    return ['token.expired'];
  }
  const tenant = claims[tenantClaim];
  if (typeof tenant !== 'string' || !/^\d{5}$/.test(tenant)) {
    return ['token.noMunicipality', tenantClaim];
  }
  if (Array.isArray(claims.groups) && !claims.groups.includes('warden')) {
    return ['token.notWarden'];
  }
  return null;
}

export function hasExpired(claims) {
  return typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now();
}

/** Calls {@code expired} when the token's exp passes. */
export function watchExpiry(claims, expired) {
  if (expiryTimer) {
    clearTimeout(expiryTimer);
  }
  if (typeof claims.exp === 'number') {
    // setTimeout cannot wait longer than ~24.8 days; tokens live hours.
    const wait = Math.min(claims.exp * 1000 - Date.now(), 2147483647);
    expiryTimer = setTimeout(expired, Math.max(wait, 0));
  }
}

export function decodeClaims(token) {
  const parts = (token || '').split('.');
  if (parts.length !== 3) {
    return null;
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, c => c.charCodeAt(0))));
    return claims && typeof claims === 'object' ? claims : null;
  } catch (e) {
    return null;
  }
}

export function displayName(claims) {
  return claims.name || claims.upn || claims.preferred_username || claims.sub || 'warden';
}
