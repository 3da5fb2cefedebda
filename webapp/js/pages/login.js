import { api } from '../api.js';
import { h, mount, field, clearFlash } from '../ui.js';

export function loginPage(onSignedIn) {
  const error = h('p', { className: 'field-error', role: 'alert', id: 'login-error' });
  const email = h('input', { name: 'email', type: 'email', autocomplete: 'username', required: true, id: 'email' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, id: 'password' });
  const submit = h('button', { type: 'submit', id: 'sign-in' }, 'Sign in');
  const form = h('form', { className: 'stacked card', onsubmit: async e => {
    e.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    try {
      const me = await api('session', { method: 'POST', body: { email: email.value, password: password.value } });
      clearFlash();
      onSignedIn(me);
    } catch (err) {
      error.textContent = err.message;
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  } }, h('h1', {}, 'Sign in to FloorReady'), field('Email', email), field('Password', password), error, submit,
    h('p', {}, h('a', { href: '#/forgot-password', id: 'forgot-password' }, 'Forgot your password?')),
    h('p', { className: 'muted' }, 'Looking for a job? ', h('a', { href: 'careers/' }, 'See open positions')));
  mount(h('div', { className: 'login' }, form));
  email.focus();
}
