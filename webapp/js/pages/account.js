import { api, ApiError } from '../api.js';
import { h, mount, field, flash, table, when, problemText, showViolations, roleName } from '../ui.js';
import { session } from '../app.js';

// One's own account: changing the password (forced after an admin set it), "forgot password" and
// the reset link it mails, and API tokens for scripts.

function passwordInput(name, id, autocomplete) {
  return h('input', { name, id, type: 'password', autocomplete, required: true, maxlength: 200 });
}

const RULES = 'At least 10 characters, not one of the most common passwords, not your email address.';

/** Change the password; {@code forced}: an admin set it and nothing else works until this is done. */
export function changePasswordPage(onDone, { forced = false } = {}) {
  const current = passwordInput('currentPassword', 'current-password', 'current-password');
  const chosen = passwordInput('newPassword', 'new-password', 'new-password');
  const submit = h('button', { type: 'submit', id: 'change-password' }, 'Change password');
  const form = h('form', { className: 'stacked card', id: 'password-form', onsubmit: async e => {
    e.preventDefault();
    submit.disabled = true;
    try {
      await api('session/password', { method: 'PUT', body: { currentPassword: current.value, newPassword: chosen.value } });
      flash('Your password is changed. Other sessions of yours were signed out.');
      onDone();
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(form, err); else flash(problemText(err), 'error');
    } finally {
      submit.disabled = false;
    }
  } },
  h('h1', {}, 'Change your password'),
  forced ? h('p', { id: 'password-forced' }, 'An administrator set your password. Choose your own before you go on.') : null,
  field('Current password', current), field('New password', chosen),
  h('p', { className: 'hint' }, RULES), submit);
  mount(h('div', { className: 'login' }, form));
  current.focus();
}

export function forgotPasswordPage() {
  const email = h('input', { name: 'email', id: 'forgot-email', type: 'email', autocomplete: 'username', required: true, maxlength: 320 });
  const done = h('p', { id: 'forgot-done', role: 'status' });
  const submit = h('button', { type: 'submit', id: 'forgot-submit' }, 'Send me a link');
  const form = h('form', { className: 'stacked card', onsubmit: async e => {
    e.preventDefault();
    submit.disabled = true;
    try {
      await api('session/password-reset', { method: 'POST', body: { email: email.value } });
      done.textContent = 'If that address has an account, a link to set a new password is on its way. It works once, within an hour.';
    } catch (err) {
      done.textContent = problemText(err);
    } finally {
      submit.disabled = false;
    }
  } }, h('h1', {}, 'Forgot your password?'), h('p', {}, 'Tell us your email address; we send a link to set a new password.'),
  field('Email', email), submit, done, h('p', {}, h('a', { href: '#/' }, 'Back to sign in')));
  mount(h('div', { className: 'login' }, form));
  email.focus();
}

export function resetPasswordPage(token) {
  const chosen = passwordInput('newPassword', 'reset-password', 'new-password');
  const submit = h('button', { type: 'submit', id: 'reset-submit' }, 'Set password');
  const form = h('form', { className: 'stacked card', onsubmit: async e => {
    e.preventDefault();
    submit.disabled = true;
    try {
      await api('session/password-reset/confirm', { method: 'POST', body: { token, newPassword: chosen.value } });
      location.hash = '#/';
      flash('Your new password is set. Sign in with it.');
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(form, err); else flash(problemText(err), 'error');
    } finally {
      submit.disabled = false;
    }
  } }, h('h1', {}, 'Set a new password'), field('New password', chosen), h('p', { className: 'hint' }, RULES), submit);
  mount(h('div', { className: 'login' }, form));
  chosen.focus();
}

export async function tokensPage() {
  const list = h('div', { id: 'token-list' });
  const shown = h('div', { id: 'token-created', role: 'status' });
  const name = h('input', { name: 'name', id: 'token-name', required: true, maxlength: 120, placeholder: 'e.g. nightly export' });
  const days = h('input', { name: 'validDays', id: 'token-days', type: 'number', min: 1, max: 3650, value: 90 });
  const myRoles = session.me ? session.me.roles : [];
  const roleBoxes = myRoles.map(role => h('input', { type: 'checkbox', id: `token-role-${role}`, value: role }));
  const scope = myRoles.length > 1 ? h('fieldset', { className: 'token-roles' }, h('legend', {}, 'Limit to roles (none ticked: all yours)'),
    roleBoxes.map((box, n) => h('label', { className: 'choice', for: box.id }, box, ` ${roleName(myRoles[n])}`))) : null;
  async function load() {
    const tokens = await api('tokens');
    list.replaceChildren(table([
      { label: 'Name', render: t => t.name },
      { label: 'Created', render: t => when(t.createdAt) },
      { label: 'Expires', render: t => (t.expiresAt ? when(t.expiresAt) : 'never') },
      { label: 'Last used', render: t => (t.lastUsedAt ? when(t.lastUsedAt) : 'not yet') },
      { label: 'Roles', render: t => (t.limitedTo.length ? t.limitedTo.map(roleName).join(', ') : 'all yours') },
      { label: 'State', render: t => (t.revokedAt ? 'revoked' : 'active') },
      { label: 'Action', render: t => (t.revokedAt ? '' : h('button', { className: 'secondary small-button', dataset: { testid: 'revoke-token' },
        'aria-label': `Revoke ${t.name}`, onclick: async () => { await api(`tokens/${t.id}`, { method: 'DELETE' }); flash(`Revoked ${t.name}.`); load(); } }, 'Revoke')) },
    ], tokens, { empty: 'No tokens yet.' }));
  }
  const form = h('form', { className: 'inline-form', onsubmit: async e => {
    e.preventDefault();
    try {
      const limited = roleBoxes.filter(b => b.checked).map(b => b.value);
      const created = await api('tokens', { method: 'POST', body: { name: name.value, validDays: days.value ? Number(days.value) : null, roles: limited.length ? limited : null } });
      shown.replaceChildren(h('p', {}, 'Copy the token now: it is not shown again.'),
        h('code', { id: 'token-value', className: 'token' }, created.token),
        h('p', { className: 'hint' }, `Send it as the header: ${created.use.replace(created.token, '…')}`));
      name.value = '';
      load();
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(form, err); else flash(problemText(err), 'error');
    }
  } }, field('Name', name), field('Days valid', days), scope, h('button', { type: 'submit', id: 'create-token' }, 'Create token'));
  mount(h('h1', {}, 'API tokens'),
    h('p', {}, 'Scripts and integrations send a token instead of your password, as ', h('code', {}, 'Authorization: Bearer …'),
      '. A token acts as you, with your roles or only those you tick, until it expires or you revoke it.'),
    form, shown, list);
  await load();
}
