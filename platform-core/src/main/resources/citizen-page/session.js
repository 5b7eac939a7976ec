// The citizen's sign-in: the token (from the identity provider, Mijn Burgerprofiel, or dev login on the demo), kept in
// this tab's sessionStorage only; its claims as the page reads them (the platform checks the signature on every call).

const TOKEN_KEY = 'ptr-pass-token';
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

/**
 * A token handed over in the address's fragment (#access_token=…) by the sign-in service the operator configured
 * (ptr.pass.sign-in-url): taken, kept for this tab, and removed from the address at once. A fragment never reaches a
 * server's log.
 */
export function tokenFromFragment() {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = fragment.get('access_token') || fragment.get('id_token');
  if (token) {
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  return token;
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

export function hasExpired(claims) {
  return !claims || (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now());
}

/** Calls {@code expired} when the token's exp passes. */
export function watchExpiry(claims, expired) {
  if (expiryTimer) {
    clearTimeout(expiryTimer);
  }
  if (typeof claims.exp === 'number') {
    const wait = Math.min(claims.exp * 1000 - Date.now(), 2147483647);
    expiryTimer = setTimeout(expired, Math.max(wait, 0));
  }
}

export function displayName(claims) {
  if (claims.given_name && claims.family_name) {
    return claims.given_name + ' ' + claims.family_name;
  }
  const name = claims.name || claims.upn || claims.preferred_username || '';
  return name.startsWith('citizen-') ? '' : name;
}
