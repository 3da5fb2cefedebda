import { api } from '../api.js';
import { h, mount, when } from '../ui.js';
import { session, hasRole } from '../app.js';
import { formatDate } from '../careers/states.js';
import { myInterviewsCard, failingCalendarsCard } from './interviews.js';
import { trainerHomeCard } from './training.js';

// A total the server stopped counting at shows as "1,000+".
const statTotal = page => `${new Intl.NumberFormat('en-US').format(page.totalItems)}${page.totalCapped ? '+' : ''}`;

// The last 90 days at a glance, from the reports (each figure links to its report).
const glance = (title, id, reports) => ({
  roles: reports.roles,
  async render() {
    const results = await Promise.all(reports.items.map(([name]) => api(`reports/${name}`)));
    const stats = reports.items.flatMap(([name, labels], i) => results[i].figures
      .filter(f => labels.includes(f.label))
      .map(f => h('div', {}, h('div', { className: 'stat' }, f.value === null ? '—' : `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(f.value)}${f.unit === '%' ? ' %' : ''}`),
        h('a', { href: `#/reports?report=${name}` }, f.unit && f.unit !== '%' ? `${f.label} (${f.unit})` : f.label))));
    return h('section', { className: 'card', id }, h('h2', {}, title),
      h('p', { className: 'muted' }, `${formatDate(results[0].from)} – ${formatDate(results[0].to)}${hasRole('ADMIN', 'RECRUITER') ? '' : hasRole('HIRING_MANAGER') ? ', your team' : ', your classes'}`),
      h('div', { className: 'grid' }, stats), h('a', { href: '#/reports' }, 'Open the reports'));
  },
});

// The caller's to-do counts, fetched once per visit of the home page.
let dashboardOnce = null;
const dashboard = () => (dashboardOnce ||= api('reports/dashboard'));

const stat = (value, label, href, id) => h('div', {}, h('div', { className: 'stat', id }, value ?? '—'), href ? h('a', { href }, label) : h('span', {}, label));

// Cards on the home page, each shown to the roles that need it. Features add theirs here.
export const homeCards = [
  {
    // what waits on a hiring manager or an interviewer today
    roles: ['HIRING_MANAGER', 'INTERVIEWER'],
    async render() {
      const d = await dashboard();
      return h('section', { className: 'card', id: 'home-waiting-on-you' }, h('h2', {}, 'Waiting on you'),
        h('div', { className: 'grid' },
          stat(d.interviewsToday, 'your interviews today', null, 'home-interviews-today'),
          stat(d.scorecardsDue, 'scorecards to fill (interviews that ended)', null, 'home-scorecards-due'),
          d.offersOut == null ? null : stat(d.offersOut, 'offers out for your team', '#/applications?stage=OFFER', 'home-team-offers'),
          d.interviewsToSchedule == null ? null : stat(d.interviewsToSchedule, 'of your team\'s applicants to schedule an interview for', '#/applications?stage=MANAGER_INTERVIEW', 'home-team-to-schedule')));
    },
  },
  {
    roles: ['TRAINER'],
    async render() {
      const d = await dashboard();
      return h('section', { className: 'card', id: 'home-licensing-week' }, h('h2', {}, 'Licensing this week'),
        h('div', { className: 'grid' },
          stat(d.examsThisWeek, 'state exams booked in the next 7 days', '#/licensing', 'home-exams-week'),
          stat(d.expiringSoon, 'people with a license or certification expiring within 30 days', '#/licensing', 'home-expiring')));
    },
  },
  {
    roles: ['ADMIN'],
    async render() {
      const f = (await dashboard()).forecast;
      const month = m => new Date(`${m}-15T12:00:00`).toLocaleDateString('en-US', { month: 'long', year: 'numeric' });
      const says = f.target == null ? 'No headcount target is set in the next 12 months.'
        : f.reachedOn == null ? `At this pace the target of ${f.target} by ${month(f.targetMonth)} is not reached: the headcount does not grow.`
        : `At this pace the target of ${f.target} is reached on ${formatDate(f.reachedOn)}${f.onTrack ? `, within ${month(f.targetMonth)}` : `, after ${month(f.targetMonth)}: not on track`}.`;
      return h('section', { className: 'card', id: 'home-forecast' }, h('h2', {}, 'Forecast'),
        h('p', { id: 'home-forecast-says' }, f.onTrack === false ? h('strong', {}, says) : says),
        h('div', { className: 'grid' },
          stat(f.headcount, 'agents now'),
          stat(f.hires, `hires in the last ${f.days} days`),
          stat(f.leavers, `left in the last ${f.days} days`),
          stat(f.netPerMonth, 'net growth per 30 days')),
        h('p', { className: 'hint' }, 'Headcount as the plan counts it; pace = hires − people who resigned or were released in the last 90 days, carried forward.'),
        h('a', { href: '#/headcount' }, 'Open the headcount plan'));
    },
  },
  {
    // the recurring background jobs (mail, parsing clean-up, reminders…): failing ones stand out
    roles: ['ADMIN'],
    async render() {
      const jobs = await api('jobs');
      const failing = jobs.filter(j => j.consecutiveFailures > 0);
      return h('section', { className: 'card', id: 'home-jobs' }, h('h2', {}, 'Background jobs'),
        h('p', { className: failing.length ? '' : 'muted' }, failing.length ? h('strong', {}, `${failing.length} of ${jobs.length} failing: ${failing.map(j => j.name).join(', ')}`) : `All ${jobs.length} jobs ran without failing.`),
        h('details', {}, h('summary', {}, 'Every job'),
          h('ul', {}, jobs.map(j => h('li', {}, `${j.name} · last success ${j.lastSuccess ? when(j.lastSuccess) : 'never'}`,
            j.lastFailure ? ` · last failure ${when(j.lastFailure)} (${j.consecutiveFailures} in a row)` : '', ` · next ${when(j.nextRun)}`)))));
    },
  },
  glance('Hiring, last 90 days', 'home-hiring-glance', { roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'],
    items: [['funnel', ['Applications', 'Applied → hired']], ['offers', ['Acceptance rate']], ['time-to-fill', ['Median time to fill']]] }),
  glance('New hires, last 90 days', 'home-onboarding-glance', { roles: ['ADMIN', 'TRAINER'],
    items: [['licensing', ['First-attempt pass rate', 'Median time to first license']], ['attrition', ['Hires', '90-day survival']]] }),
  trainerHomeCard,
  myInterviewsCard,
  failingCalendarsCard,
  {
    roles: ['ADMIN'],
    async render() {
      const [users, queued, failed] = await Promise.all([
        api('users', { query: { size: 1 } }),
        api('outbox', { query: { size: 1, status: 'QUEUED' } }),
        api('outbox', { query: { size: 1, status: 'FAILED' } }),
      ]);
      return h('section', { className: 'card' }, h('h2', {}, 'Administration'),
        h('div', { className: 'grid' },
          h('div', {}, h('div', { className: 'stat' }, users.totalItems), h('a', { href: '#/admin/users' }, 'users')),
          h('div', {}, h('div', { className: 'stat' }, queued.messages.totalItems), h('a', { href: '#/admin/outbox?status=QUEUED' }, 'messages waiting in the outbox')),
          h('div', {}, h('div', { className: 'stat' }, failed.messages.totalItems), h('a', { href: '#/admin/outbox?status=FAILED' }, 'messages that failed'))),
        queued.smtpConfigured ? null : h('p', { className: 'muted' }, 'SMTP is not configured: mail stays in the outbox, marked not sent.'));
    },
  },
  {
    roles: ['ADMIN'],
    async render() {
      const recent = await api('audit', { query: { size: 5 } });
      return h('section', { className: 'card' }, h('h2', {}, 'Latest changes'),
        recent.items.length === 0 ? h('p', { className: 'muted' }, 'No changes recorded yet.') :
          h('ul', {}, recent.items.map(e => h('li', {}, `${when(e.at)} · ${e.actor} · ${e.summary} ${e.entityType} ${e.entityId}`))),
        h('a', { href: '#/admin/audit' }, 'Open the audit log'));
    },
  },
  {
    // Anyone may be an approver (chains can name a role); approvers always see the card.
    roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'INTERVIEWER', 'TRAINER'],
    async render() {
      const inbox = await api('approvals/inbox');
      if (inbox.length === 0 && !hasRole('ADMIN', 'HIRING_MANAGER')) return null;
      return h('section', { className: 'card', id: 'home-approvals' }, h('h2', {}, 'Approvals waiting for you'),
        h('div', { className: 'stat', id: 'home-approvals-count' }, inbox.length),
        inbox.length === 0 ? h('p', { className: 'muted' }, 'Nothing is waiting for your decision.') :
          h('ul', {}, inbox.slice(0, 5).map(i => h('li', {}, h('a', { href: `#/requisitions/${i.requisitionId}` }, i.title),
            ` · ${i.team} · ${i.openings} opening${i.openings === 1 ? '' : 's'} · waiting since ${when(i.waitingSince)}`))),
        h('a', { href: '#/approvals' }, 'Open the approval inbox'));
    },
  },
  {
    // What waits on a recruiter besides screening: people who may be on file twice, offers out.
    roles: ['ADMIN', 'RECRUITER'],
    async render() {
      const [duplicates, d] = await Promise.all([
        api('candidates', { query: { duplicates: true, size: 1 } }),
        dashboard(),
      ]);
      return h('section', { className: 'card', id: 'home-recruiter-todo' }, h('h2', {}, 'Also waiting'),
        h('div', { className: 'grid' },
          h('div', {}, h('div', { className: 'stat' }, statTotal(duplicates)), h('a', { href: '#/candidates?duplicates=true' }, 'possible duplicates to review')),
          h('div', {}, h('div', { className: 'stat', id: 'home-to-schedule' }, d.interviewsToSchedule), h('a', { href: '#/applications?stage=PHONE_INTERVIEW' }, 'in an interview stage with nothing booked')),
          h('div', {}, h('div', { className: 'stat', id: 'home-offers-out' }, d.offersOut), h('a', { href: '#/applications?stage=OFFER' }, 'offers out, not yet answered')),
          h('div', {}, h('div', { className: 'stat', id: 'home-failed-parses' }, d.failedParses), h('a', { href: '#/uploads' }, 'resumes that could not be read (7 days)'))));
    },
  },
  {
    // The screening queue: new applications waiting, and flags that need a look.
    roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'],
    async render() {
      const [applied, unmet, knocked] = await Promise.all([
        api('applications', { query: { stage: 'APPLIED', size: 1 } }),
        api('applications', { query: { flag: 'MUST_HAVE_UNMET', stage: 'APPLIED', size: 1 } }),
        api('applications', { query: { flag: 'KNOCKED_OUT', stage: 'REJECTED', size: 1 } }),
      ]);
      return h('section', { className: 'card', id: 'home-screening' }, h('h2', {}, 'Screening'),
        h('div', { className: 'grid' },
          h('div', {}, h('div', { className: 'stat' }, statTotal(applied)), h('a', { href: '#/applications?stage=APPLIED&sort=-score' }, 'new applications to screen')),
          h('div', {}, h('div', { className: 'stat' }, statTotal(unmet)), h('a', { href: '#/applications?stage=APPLIED&flag=MUST_HAVE_UNMET' }, 'of them miss a must-have')),
          h('div', {}, h('div', { className: 'stat' }, statTotal(knocked)), h('a', { href: '#/applications?stage=REJECTED&flag=KNOCKED_OUT' }, 'knocked out (review or override)'))));
    },
  },
  {
    roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'TRAINER'],
    async render() {
      const mine = hasRole('RECRUITER') ? { recruiterId: session.me.id } : {};
      const [open, pending, held, upcoming] = await Promise.all([
        api('requisitions', { query: { status: 'OPEN', size: 500, ...mine } }),
        api('requisitions', { query: { status: 'PENDING_APPROVAL', size: 1, ...mine } }),
        api('requisitions', { query: { status: 'ON_HOLD', size: 1, ...mine } }),
        api('requisitions', { query: { status: 'OPEN', size: 5, sort: 'targetStartDate', ...mine } }),
      ]);
      const seats = open.items.reduce((sum, r) => sum + r.openOpenings, 0);
      const filter = extra => `#/requisitions?${new URLSearchParams({ ...mine, ...extra })}`;
      return h('section', { className: 'card', id: 'home-requisitions' },
        h('h2', {}, hasRole('RECRUITER') ? 'Your requisitions' : 'Requisitions'),
        h('div', { className: 'grid' },
          h('div', {}, h('div', { className: 'stat' }, open.totalItems), h('a', { href: filter({ status: 'OPEN' }) }, open.totalItems === 1 ? 'open requisition' : 'open requisitions')),
          h('div', {}, h('div', { className: 'stat' }, seats), h('a', { href: filter({ status: 'OPEN' }) }, seats === 1 ? 'opening still to fill' : 'openings still to fill')),
          h('div', {}, h('div', { className: 'stat' }, pending.totalItems), h('a', { href: filter({ status: 'PENDING_APPROVAL' }) }, 'waiting for approval')),
          h('div', {}, h('div', { className: 'stat' }, held.totalItems), h('a', { href: filter({ status: 'ON_HOLD' }) }, 'on hold'))),
        upcoming.items.length === 0 ? null : [h('h3', {}, 'Next class starts'),
          h('ul', {}, upcoming.items.map(r => h('li', {}, h('a', { href: `#/requisitions/${r.id}` }, r.title),
            ` · ${formatDate(r.targetStartDate)} · ${r.openOpenings} of ${r.openings} open`)))],
        h('p', {}, h('a', { href: '#/requisitions' }, 'All requisitions'),
          hasRole('RECRUITER', 'ADMIN') ? [' · ', h('a', { href: '#/requisitions/new' }, 'New requisition')] : null));
    },
  },
  {
    roles: ['ADMIN', 'RECRUITER'],
    async render() {
      const [all, duplicates] = await Promise.all([
        api('candidates', { query: { size: 1 } }),
        api('candidates', { query: { duplicates: 'true', size: 5 } }),
      ]);
      return h('section', { className: 'card', id: 'home-candidates' }, h('h2', {}, 'Candidates'),
        h('div', { className: 'grid' },
          h('div', {}, h('div', { className: 'stat' }, statTotal(all)), h('a', { href: '#/candidates' }, 'candidates to search')),
          h('div', {}, h('div', { className: 'stat', id: 'home-duplicate-count' }, statTotal(duplicates)),
            h('a', { href: '#/candidates?duplicates=true' }, 'possible duplicates to review'))),
        duplicates.items.length === 0 ? null : h('ul', {}, duplicates.items.map(c => h('li', {},
          h('a', { href: `#/candidates/${c.id}` }, c.name || `Candidate ${c.id}`), ` may be the same person as candidate ${c.possibleDuplicateOf}`))),
        h('p', {}, h('a', { href: '#/candidates' }, 'Search candidates'), ' · ', h('a', { href: '#/uploads' }, 'Upload resumes')));
    },
  },
  {
    roles: ['INTERVIEWER'],
    async render() {
      if (hasRole('ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'TRAINER')) return null;
      const mine = await api('requisitions', { query: { size: 10, sort: 'targetStartDate' } });
      return h('section', { className: 'card', id: 'home-interviewing' }, h('h2', {}, 'Requisitions you interview for'),
        mine.items.length === 0 ? h('p', { className: 'muted' }, 'You are not on any interview panel yet.') :
          h('ul', {}, mine.items.map(r => h('li', {}, h('a', { href: `#/requisitions/${r.id}` }, r.title),
            ` · ${r.team} · starts ${formatDate(r.targetStartDate)}`))));
    },
  },
  {
    roles: ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'TRAINER'],
    async render() {
      const plan = await api('headcount-plan', { query: { months: 6 } });
      const now = plan.total[0];
      const last = plan.total[plan.total.length - 1];
      const baseline = plan.teams.reduce((sum, t) => sum + t.baselineHeadcount, 0);
      return h('section', { className: 'card', id: 'home-headcount' }, h('h2', {}, 'Double the organization'),
        h('div', { className: 'grid' },
          h('div', {}, h('div', { className: 'stat' }, now.headcount), h('span', {}, `agents now (started with ${baseline})`)),
          h('div', {}, h('div', { className: 'stat' }, last.target ?? '—'), h('span', {}, `target by ${last.month}`)),
          h('div', {}, h('div', { className: 'stat' }, last.target == null ? '—' : Math.max(0, last.target - now.headcount)), h('span', {}, 'agents still to hire')),
          h('div', {}, h('div', { className: 'stat' }, plan.total.reduce((sum, r) => sum + r.openOpenings, 0)), h('span', {}, 'open openings toward it'))),
        h('a', { href: '#/headcount' }, 'Open the headcount plan'));
    },
  },
];

// A card that fails (e.g. a feature the caller may not use) is left out instead of breaking the page.
const safely = card => card.render().catch(e => { if (e.status === 401) throw e; return null; });

export async function homePage() {
  const me = session.me;
  dashboardOnce = null;
  const cards = (await Promise.all(homeCards.filter(c => hasRole(...c.roles)).map(safely))).filter(Boolean);
  mount(
    h('h1', { id: 'welcome' }, `Welcome, ${me.displayName}`),
    h('p', { className: 'muted' }, `Signed in as ${me.email} · ${me.roles.join(', ')} · times shown in ${me.timeZone}`),
    ...cards);
}
