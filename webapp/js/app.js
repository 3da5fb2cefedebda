import { api, setCsrfToken, ApiError } from './api.js';
import { h, mount, setUserZone, clearFlash, flash, roleName, showPendingFlash } from './ui.js';
import { loginPage } from './pages/login.js';
import { homePage } from './pages/home.js';
import { usersPage, userPage } from './pages/users.js';
import { auditPage } from './pages/audit.js';
import { outboxPage, outboxMessagePage } from './pages/outbox.js';
import { requisitionsPage, requisitionPage } from './pages/requisitions.js';
import { newRequisitionPage, editRequisitionPage } from './pages/requisition-form.js';
import { approvalsPage } from './pages/approvals.js';
import { headcountPage } from './pages/headcount.js';
import { candidatesPage } from './pages/candidates.js';
import { candidatePage } from './pages/candidate.js';
import { uploadsPage, uploadPage } from './pages/uploads.js';
import { boardPage } from './pages/board.js';
import { applicationsPage } from './pages/applications.js';
import { applicationPage } from './pages/application.js';
import { templatesPage, templatePage } from './pages/templates.js';
import { skillsPage } from './pages/skills.js';
import { availabilityPage } from './pages/interviews.js';
import { trainingPage, classPage, rollCallPage, gradingPage, newHirePage } from './pages/training.js';
import { programsPage, programEditorPage, newHiresPage } from './pages/training-setup.js';
import { licensingPage, licensingPersonPage, requirementsPage } from './pages/licensing.js';
import { reportsPage } from './pages/reports.js';
import { sourcesPage } from './pages/sources.js';
import { qualityPage } from './pages/quality.js';
import { changePasswordPage, forgotPasswordPage, resetPasswordPage, tokensPage } from './pages/account.js';

// Routes: hash path pattern, page, roles that see it (empty = every signed-in user), nav label,
// and optionally navRoles when the nav entry is for fewer roles than may open the page.
export const routes = [
  { path: '/', page: homePage, roles: [], label: 'Home' },
  { path: '/requisitions', page: requisitionsPage, roles: [], label: 'Requisitions' },
  { path: '/requisitions/new', page: newRequisitionPage, roles: ['ADMIN', 'RECRUITER'] },
  { path: '/requisitions/:id', page: requisitionPage, roles: [] },
  { path: '/requisitions/:id/edit', page: editRequisitionPage, roles: ['ADMIN', 'RECRUITER'] },
  { path: '/approvals', page: approvalsPage, roles: [], navRoles: ['ADMIN', 'HIRING_MANAGER'], label: 'Approvals' },
  { path: '/pipelines/:id', page: boardPage, roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'] },
  { path: '/applications', page: applicationsPage, roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'], label: 'Applications' },
  { path: '/applications/:id', page: applicationPage, roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'INTERVIEWER'] },
  { path: '/candidates', page: candidatesPage, roles: ['ADMIN', 'RECRUITER'], label: 'Candidates' },
  { path: '/candidates/:id', page: candidatePage, roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'INTERVIEWER'] },
  { path: '/uploads', page: uploadsPage, roles: ['ADMIN', 'RECRUITER'], label: 'Upload resumes' },
  { path: '/uploads/:batchId', page: uploadPage, roles: ['ADMIN', 'RECRUITER'] },
  { path: '/training', page: trainingPage, roles: ['ADMIN', 'TRAINER', 'RECRUITER'], navRoles: ['ADMIN', 'TRAINER'], label: 'Training' },
  { path: '/training/programs', page: programsPage, roles: ['ADMIN', 'TRAINER', 'RECRUITER'] },
  { path: '/training/programs/:id', page: programEditorPage, roles: ['ADMIN', 'TRAINER'] },
  { path: '/new-hires', page: newHiresPage, roles: ['ADMIN', 'TRAINER', 'HIRING_MANAGER'], navRoles: ['HIRING_MANAGER'], label: 'New hires' },
  { path: '/training/classes/:id', page: classPage, roles: ['ADMIN', 'TRAINER'] },
  { path: '/training/classes/:id/grade/:moduleId', page: gradingPage, roles: ['ADMIN', 'TRAINER'] },
  { path: '/training/sessions/:id', page: rollCallPage, roles: ['ADMIN', 'TRAINER'] },
  { path: '/training/new-hires/:id', page: newHirePage, roles: ['ADMIN', 'TRAINER', 'HIRING_MANAGER'] },
  { path: '/licensing', page: () => licensingPage(), roles: ['ADMIN', 'TRAINER', 'HIRING_MANAGER'], label: 'Licensing' },
  { path: '/licensing/people/:id', page: licensingPersonPage, roles: ['ADMIN', 'TRAINER', 'HIRING_MANAGER'] },
  { path: '/reports', page: reportsPage, roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'TRAINER'], label: 'Reports' },
  { path: '/quality', page: qualityPage, roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'TRAINER'], label: 'Quality of hire' },
  { path: '/headcount', page: headcountPage, roles: ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'TRAINER'], label: 'Headcount plan' },
  { path: '/sources', page: sourcesPage, roles: ['ADMIN', 'RECRUITER'], navRoles: ['RECRUITER'], label: 'Sources' },
  { path: '/admin/sources', page: sourcesPage, roles: ['ADMIN'], label: 'Recruiting sources', group: 'Admin' },
  { path: '/admin/users', page: usersPage, roles: ['ADMIN'], label: 'Users', group: 'Admin' },
  { path: '/admin/users/:id', page: userPage, roles: ['ADMIN'] },
  { path: '/admin/audit', page: auditPage, roles: ['ADMIN'], label: 'Audit log', group: 'Admin' },
  { path: '/admin/templates', page: templatesPage, roles: ['ADMIN'], label: 'Email templates', group: 'Admin' },
  { path: '/admin/templates/:id', page: templatePage, roles: ['ADMIN'] },
  { path: '/admin/skills', page: skillsPage, roles: ['ADMIN'], label: 'Skills', group: 'Admin' },
  { path: '/admin/licensing', page: () => requirementsPage(), roles: ['ADMIN'], label: 'State requirements', group: 'Admin' },
  { path: '/admin/outbox', page: outboxPage, roles: ['ADMIN'], label: 'Outbox', group: 'Admin' },
  { path: '/admin/outbox/:id', page: outboxMessagePage, roles: ['ADMIN'] },
  { path: '/account/password', page: () => changePasswordPage(() => { location.hash = '#/'; }), roles: [] },
  { path: '/account/tokens', page: tokensPage, roles: [] },
  { path: '/account/availability', page: availabilityPage, roles: ['INTERVIEWER', 'HIRING_MANAGER', 'TRAINER', 'ADMIN'], navRoles: ['INTERVIEWER', 'HIRING_MANAGER', 'TRAINER'], label: 'My availability' },
];

export const session = { me: null };

export function hasRole(...roles) {
  return !!session.me && roles.some(r => session.me.roles.includes(r));
}

function allowed(route) { return route.roles.length === 0 || hasRole(...route.roles); }

function match(path) {
  for (const route of routes) {
    const names = [];
    const pattern = new RegExp('^' + route.path.replace(/:(\w+)/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '$');
    const m = path.match(pattern);
    if (m) return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}

function renderNav() {
  const nav = document.getElementById('nav');
  const current = location.hash.slice(1) || '/';
  const shown = routes.filter(r => r.label && allowed(r) && (!r.navRoles || hasRole(...r.navRoles)));
  const isCurrent = r => current === r.path || (r.path !== '/' && current.startsWith(r.path));
  const link = r => h('a', { href: `#${r.path}`, 'aria-current': isCurrent(r) ? 'page' : null }, r.label);
  // admin pages sit under one menu, so the bar stays one row on a laptop screen
  const grouped = shown.filter(r => r.group);
  let group = null;
  if (grouped.length) {
    const list = h('div', { className: 'nav-menu', id: 'nav-admin-menu', hidden: true }, grouped.map(link));
    const toggle = h('button', { type: 'button', className: 'nav-group', id: 'nav-admin', 'aria-expanded': 'false', 'aria-controls': 'nav-admin-menu',
      'aria-current': grouped.some(isCurrent) ? 'true' : null,
      onclick: () => { list.hidden = !list.hidden; toggle.setAttribute('aria-expanded', String(!list.hidden)); } }, 'Admin ▾');
    group = h('div', { className: 'nav-group-wrap' }, toggle, list);
  }
  nav.replaceChildren(...shown.filter(r => !r.group).map(link), group || '',
    h('a', { href: 'careers/', className: 'nav-external', id: 'nav-careers' }, 'Careers page'));
  nav.hidden = false;
  document.getElementById('menu-toggle').hidden = false;
  const me = session.me;
  document.getElementById('user-menu').hidden = false;
  document.getElementById('user-button').textContent = me.displayName;
  document.getElementById('user-details').replaceChildren(
    h('strong', {}, me.displayName), h('br'), me.email, h('br'),
    h('span', { className: 'muted' }, me.roles.map(roleName).join(', ')), h('br'), h('span', { className: 'muted' }, me.timeZone));
}

export async function route() {
  if (!session.me) return;
  renderNav();
  const path = location.hash.slice(1) || '/';
  const found = match(path.split('?')[0]);
  document.getElementById('user-dropdown').hidden = true;
  document.getElementById('nav').classList.remove('open');
  document.getElementById('main').classList.remove('wide', 'read-only');
  if (!found) { mount(h('h1', {}, 'Not found'), h('p', {}, 'This page does not exist. ', h('a', { href: '#/' }, 'Go home'))); return; }
  if (!allowed(found.route)) { mount(h('h1', {}, 'Not allowed'), h('p', {}, 'Your roles do not include this page.')); return; }
  try {
    await found.route.page(found.params, new URLSearchParams(path.split('?')[1] || ''));
    showPendingFlash();
    document.getElementById('main').focus({ preventScroll: true });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) { signedOut(); return; }
    mount(h('h1', {}, 'Something went wrong'), h('p', {}, e.message));
  }
}

export function signedIn(me) {
  session.me = me;
  setCsrfToken(me.csrfToken);
  setUserZone(me.timeZone);
  if (me.passwordChangeRequired) {
    // an admin set the password: nothing else until the person chose their own
    changePasswordPage(async () => signedIn(await api('session')), { forced: true });
    return;
  }
  route();
}

function signedOut() {
  session.me = null;
  setCsrfToken(null);
  document.getElementById('nav').hidden = true;
  document.getElementById('menu-toggle').hidden = true;
  document.getElementById('user-menu').hidden = true;
  const [path, query] = (location.hash.slice(1) || '/').split('?');
  if (path === '/forgot-password') forgotPasswordPage();
  else if (path === '/reset-password') resetPasswordPage(new URLSearchParams(query || '').get('token') || '');
  else loginPage(signedIn);
}

async function start() {
  document.getElementById('user-button').addEventListener('click', e => {
    const box = document.getElementById('user-dropdown');
    box.hidden = !box.hidden;
    e.currentTarget.setAttribute('aria-expanded', String(!box.hidden));
  });
  document.getElementById('menu-toggle').addEventListener('click', e => {
    const open = document.getElementById('nav').classList.toggle('open');
    e.currentTarget.setAttribute('aria-expanded', String(open));
  });
  document.getElementById('sign-out').addEventListener('click', async () => {
    await api('session', { method: 'DELETE' }).catch(() => null);
    clearFlash();
    signedOut();
    flash('You are signed out.');
  });
  window.addEventListener('hashchange', () => {
    if (session.me) { clearFlash(); route(); } else signedOut();
  });
  const me = await api('session').catch(() => null);
  if (me) signedIn(me); else signedOut();
}

start();
