// The dev login page's script: a file, not inline, so the page's Content-Security-Policy can forbid inline script.
const api = location.origin + '/api/v1/dev';
fetch(api + '/personas').then(r => r.json()).then(personas => {
  const body = document.querySelector('#personas tbody');
  for (const p of personas) {
    const row = document.createElement('tr');
    for (const text of [p.label, p.role, p.tenant || p.rrn || p.operatorId || '—']) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.appendChild(cell);
    }
    const cell = document.createElement('td');
    const button = document.createElement('button');
    button.textContent = 'Sign in';
    button.onclick = () => signIn(p);
    cell.appendChild(button);
    row.appendChild(cell);
    body.appendChild(row);
  }
});
function signIn(p) {
  fetch(api + '/token', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({role: p.role, tenant: p.tenant, rrn: p.rrn, kbo: p.kbo, name: p.label,
      operatorId: p.operatorId})})
    .then(r => r.json()).then(t => {
      document.querySelector('#token').value = t.token;
      document.querySelector('#who').textContent = 'Signed in as ' + p.label + ' until ' + t.expiresAt;
      sessionStorage.setItem('ptr-token', t.token);
      const path = p.tenant ? '/api/v1/tenants/' + p.tenant + '/zones'
        : p.operatorId ? '/api/v1/tenants/11002/parking-sessions' : '/api/v1/tenants';
      document.querySelector('#example').textContent =
        'curl -H "Authorization: Bearer ' + t.token.slice(0, 16) + '…" ' + location.origin + path;
    });
}
