// The offers card of an application: the history of offers (newest first) with their approvals, and
// what the caller may do next — make an offer into a class, approve it, send it, withdraw it, record
// the candidate's answer, read the letter.
import { api, ApiError } from '../api.js';
import { h, flash, badge, when, problemText, field, showViolations } from '../ui.js';
import { hasRole } from '../app.js';
import { formatDate } from '../careers/states.js';

const STATUS_KIND = { PENDING_APPROVAL: '', APPROVED: '', SENT: '', ACCEPTED: 'ok', DECLINED: 'error', LAPSED: 'error', SUPERSEDED: '', WITHDRAWN: '' };
const money = o => new Intl.NumberFormat('en-US', { style: 'currency', currency: o.payCurrency }).format(o.payAmount);

export async function offersCard(applicationId, summary) {
  const offers = await api(`applications/${applicationId}/offers`);
  const card = h('section', { className: 'card', id: 'offers', 'aria-labelledby': 'offers-heading' });
  const reload = async message => { card.replaceWith(await offersCard(applicationId, summary)); if (message) flash(message); };
  const fail = e => flash(problemText(e), 'error');
  const recruiter = hasRole('RECRUITER', 'ADMIN');
  const parts = [h('h2', { id: 'offers-heading' }, 'Offers')];
  parts.push(offers.length === 0 ? h('p', { className: 'muted' }, summary.stage === 'OFFER' ? 'No offer made yet.' : 'Offers are made in the Offer stage.')
    : h('ul', { className: 'plain', id: 'offer-list' }, offers.map(o => offerItem(o, recruiter, reload, fail))));
  const open = offers.find(o => ['PENDING_APPROVAL', 'APPROVED', 'SENT'].includes(o.status));
  if (recruiter && summary.stage === 'OFFER') parts.push(await offerForm(applicationId, open, reload));
  card.replaceChildren(...parts);
  return card;
}

function offerItem(o, recruiter, reload, fail) {
  const act = (path, body, message) => api(`offers/${o.id}/${path}`, { method: 'POST', body: { ...body, version: o.version } }).then(() => reload(message), fail);
  const actions = [];
  if (o.canDecide) {
    const comment = h('input', { id: `decision-comment-${o.id}`, maxlength: 1000, 'aria-label': 'Comment on the decision' });
    actions.push(comment, h('button', { type: 'button', id: `approve-${o.id}`, onclick: () => act('decision', { approve: true, comment: comment.value }, 'Offer approved.') }, 'Approve'),
      h('button', { type: 'button', className: 'secondary', onclick: () => act('decision', { approve: false, comment: comment.value }, 'Offer approval refused.') }, 'Refuse'));
  }
  if (recruiter && o.status === 'APPROVED') actions.push(h('button', { type: 'button', id: `send-${o.id}`, onclick: () => act('sending', {}, 'Offer sent with its letter.') }, 'Send offer'));
  if (recruiter && o.status === 'SENT') {
    const channel = h('select', { id: `answer-channel-${o.id}`, 'aria-label': 'How you learned the answer' }, ['PHONE', 'EMAIL', 'IN_PERSON'].map(c => h('option', { value: c }, c.toLowerCase().replace('_', ' '))));
    const reason = h('input', { id: `answer-reason-${o.id}`, maxlength: 1000, 'aria-label': 'Why the candidate declined' });
    actions.push(field('Answer learned by', channel),
      h('button', { type: 'button', id: `record-accept-${o.id}`, onclick: () => api(`offers/${o.id}/answer`, { method: 'POST', body: { accepted: true, channel: channel.value } }).then(() => location.reload(), fail) }, 'Candidate accepted'),
      field('Decline reason', reason),
      h('button', { type: 'button', className: 'secondary', onclick: () => api(`offers/${o.id}/answer`, { method: 'POST', body: { accepted: false, reason: reason.value, channel: channel.value } }).then(() => reload('Decline recorded.'), fail) }, 'Candidate declined'));
  }
  if (recruiter && ['PENDING_APPROVAL', 'APPROVED', 'SENT'].includes(o.status)) {
    actions.push(h('button', { type: 'button', className: 'secondary', onclick: () => act('withdrawal', { reason: 'Withdrawn by the recruiter' }, 'Offer withdrawn.') }, 'Withdraw'));
  }
  return h('li', { className: 'offer', dataset: { offer: o.id, status: o.status } },
    h('strong', {}, `${money(o)} ${o.payBasis === 'HOURLY' ? 'per hour' : 'per year'}`), ' ', badge(o.status.toLowerCase().replace('_', ' '), STATUS_KIND[o.status]),
    o.outsideRange ? [' ', badge('outside the pay range', 'error')] : null,
    h('div', {}, `${o.shift} · ${o.workMode === 'REMOTE' ? 'remote' : o.site || ''} · class ${o.className || o.classId}, starts ${formatDate(o.startDate)} · answer by ${when(o.expiresAt)}`),
    o.approvals.length ? h('div', { className: 'hint' }, 'Approval: ', o.approvals.map(a => `${a.approver}: ${a.status.toLowerCase()}${a.comment ? ` (${a.comment})` : ''}`).join(' → ')) : null,
    o.answeredAt ? h('div', { className: 'hint' }, `Answered ${when(o.answeredAt)} by ${o.answeredBy} (${(o.answerChannel || '').toLowerCase().replace('_', ' ')})${o.declineReason ? `: ${o.declineReason}` : ''}`) : null,
    !o.answeredAt && o.declineReason ? h('div', { className: 'hint' }, o.declineReason) : null,
    o.hasLetter ? h('div', {}, h('a', { href: `api/v1/offers/${o.id}/letter.pdf`, target: '_blank', rel: 'noopener' }, 'Offer letter (PDF)')) : null,
    actions.length ? h('div', { className: 'actions' }, actions) : null);
}

async function offerForm(applicationId, open, reload) {
  const classes = (await api('training/classes')).filter(c => c.state === 'UPCOMING' && c.seatsLeft > 0);
  if (classes.length === 0) return h('p', { className: 'muted', id: 'no-class' }, 'No upcoming class has a seat: a trainer or admin creates one first.');
  const form = h('form', { className: 'stacked', id: 'offer-form' },
    h('h3', {}, open ? 'Revise the open offer' : 'Make an offer'),
    field('Class (sets the start date)', h('select', { name: 'classId' }, classes.map(c => h('option', { value: c.id }, `${c.name}: starts ${formatDate(c.startDate)}, ${c.seatsLeft} seat(s) left`)))),
    field('Pay', h('input', { name: 'payAmount', type: 'number', step: '0.01', min: '0.01', required: true, value: open ? open.payAmount : '' })),
    field('Per', h('select', { name: 'payBasis' }, h('option', { value: 'HOURLY' }, 'hour'), h('option', { value: 'ANNUAL' }, 'year'))),
    field('Shift', h('input', { name: 'shift', required: true, maxlength: 200, value: open ? open.shift : '' })),
    field('Work', h('select', { name: 'workMode' }, ['ON_SITE', 'HYBRID', 'REMOTE'].map(m => h('option', { value: m }, m.toLowerCase().replace('_', ' '))))),
    field('Site', h('input', { name: 'site', maxlength: 200, value: open ? open.site || '' : '' })),
    field('Answer by', h('input', { name: 'expiresAt', type: 'datetime-local', required: true })),
    h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'askApproval' }), ' Ask the hiring manager to approve it (always asked when pay is outside the range)'),
    h('button', { type: 'submit', id: 'save-offer' }, open ? 'Revise offer' : 'Make offer'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(form);
    const body = { classId: Number(f.get('classId')), payAmount: f.get('payAmount'), payBasis: f.get('payBasis'), shift: f.get('shift'),
      workMode: f.get('workMode'), site: f.get('site') || null, expiresAt: f.get('expiresAt') ? new Date(f.get('expiresAt')).toISOString() : null,
      askApproval: f.get('askApproval') === 'on', version: open ? open.version : null };
    try {
      await api(open ? `offers/${open.id}/revision` : `applications/${applicationId}/offers`, { method: 'POST', body });
      reload(open ? 'Offer revised; the earlier one is superseded.' : 'Offer made.');
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(form, err); else flash(problemText(err), 'error');
    }
  });
  return form;
}
