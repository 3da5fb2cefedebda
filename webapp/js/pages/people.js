import { api } from '../api.js';
import { session, hasRole } from '../app.js';

// The people the pickers of requisitions offer (hiring managers, recruiters, interviewers).
// GET /people?role=… lists active colleagues by role. Where it is not available (interviewers may not call
// it, older servers lack it) the pickers fall back to people the caller may already see: themselves, people
// named on visible requisitions and the teams' approval chains.

const PICKER_ROLES = ['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'];
let peopleCache = null;

export function loadPeople({ interviewers = false } = {}) {
  const fresh = peopleCache && Date.now() - peopleCache.at < 120000 && peopleCache.userId === session.me?.id
    && (!interviewers || peopleCache.interviewers);
  if (!fresh) {
    const entry = { at: Date.now(), userId: session.me?.id, interviewers, promise: fetchPeople(interviewers) };
    entry.promise.catch(() => { if (peopleCache === entry) peopleCache = null; });
    peopleCache = entry;
  }
  return peopleCache.promise;
}

async function fetchPeople(withInterviewers) {
  const people = { complete: false };
  PICKER_ROLES.forEach(role => { people[role] = new Map(); });
  const add = (role, p) => { if (p && p.id != null && !people[role].has(p.id)) people[role].set(p.id, { id: p.id, name: p.name, email: p.email }); };
  const me = session.me;
  PICKER_ROLES.forEach(role => { if (me.roles.includes(role)) add(role, { id: me.id, name: me.displayName, email: me.email }); });
  if (hasRole('ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'TRAINER')) {
    try {
      const lists = await Promise.all(PICKER_ROLES.map(role => api('people', { query: { role } })));
      lists.forEach((list, i) => list.forEach(p => add(PICKER_ROLES[i], p)));
      people.complete = true;
      return people;
    } catch (e) { /* not available here: fall back below */ }
  }
  if (hasRole('ADMIN')) {
    await Promise.all(PICKER_ROLES.map(async role => {
      const page = await api('users', { query: { role, enabled: true, size: 500, sort: 'displayName' } });
      page.items.forEach(u => add(role, { id: u.id, name: u.displayName, email: u.email }));
    }));
    people.complete = true;
    return people;
  }
  const list = await api('requisitions', { query: { size: 500, sort: '-createdAt' } });
  list.items.forEach(r => { add('HIRING_MANAGER', r.hiringManager); add('RECRUITER', r.recruiter); });
  if (hasRole('RECRUITER', 'HIRING_MANAGER')) {
    const teams = await api('teams');
    const chains = await Promise.all(teams.map(t => api(`approvals/chains/${t.id}`).catch(() => [])));
    chains.flat().forEach(step => { if (step.userId) add('HIRING_MANAGER', { id: step.userId, name: step.userName }); });
  }
  if (withInterviewers) {
    const details = await Promise.all(list.items.slice(0, 25).map(r => api(`requisitions/${r.id}`).catch(() => null)));
    details.forEach(d => d && d.interviewers.forEach(p => add('INTERVIEWER', p)));
  }
  return people;
}

/** [[id, label]] of the people known in a role, sorted by name; keeps a current id that is not among them. */
export function personOptions(people, role, current) {
  const list = people ? [...people[role].values()].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const options = list.map(p => [String(p.id), p.name]);
  if (current && !options.some(([id]) => id === String(current))) options.push([String(current), `Person ${current}`]);
  return options;
}
