// One public job: the facts, the description and the application form with its knock-out questions.
import { api, ApiError, setCsrfToken } from '/js/api.js';
import { h } from '/js/ui.js';
import { formatDate, formatPay, EMPLOYMENT_TYPES, WORK_MODES } from '/js/careers/states.js';

const root = document.getElementById('job');
let slug = decodeURIComponent(location.pathname.replace(/^.*\/careers\//, '').replace(/\/+$/, ''));

function notOpen() {
  document.title = `Job no longer open · ${document.title.replace(/^Job · /, '')}`;
  root.replaceChildren(h('section', { className: 'gone', id: 'job-gone' },
    h('h1', {}, 'This job is no longer open'),
    h('p', {}, 'It may have been filled or closed. We hire often — there may be a similar job for you.'),
    h('p', {}, h('a', { href: '/careers/', className: 'button' }, 'See all open jobs'))));
}

function fact(term, value) {
  return value ? [h('dt', {}, term), h('dd', {}, value)] : null;
}

async function start() {
  if (!slug) { location.replace('/careers/'); return; }
  let page;
  let selfIdentification = [];
  try {
    [page, selfIdentification] = await Promise.all([
      api(`careers/jobs/${encodeURIComponent(slug)}`),
      // optional questions: the form works without them if they cannot be loaded
      api('careers/self-identification').catch(() => [])]);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) { notOpen(); return; }
    root.replaceChildren(h('h1', {}, 'Something went wrong'), h('p', {}, 'We could not load this job. Please try again in a moment.'));
    return;
  }
  const job = page.job;
  if (job.slug && job.slug !== slug) {
    slug = job.slug;
    history.replaceState(null, '', `/careers/${encodeURIComponent(slug)}`);
  }
  document.title = `${job.title} · ${document.title.replace(/^Job · /, '')}`;
  const description = h('div', { className: 'prose', id: 'job-description' });
  // descriptionHtml is rendered from Markdown and sanitized by the server; it is the only HTML inserted here.
  description.innerHTML = page.descriptionHtml || '';
  root.replaceChildren(
    h('article', { className: 'job' },
      h('h1', { id: 'job-title' }, job.title),
      h('p', { className: 'where' }, job.location),
      h('dl', { className: 'job-facts' },
        fact('Pay', formatPay(job.payMin, job.payMax, job.payCurrency, job.payBasis)),
        fact('Work mode', WORK_MODES[job.workMode] || job.workMode),
        fact('Location', job.location),
        fact('Employment', EMPLOYMENT_TYPES[job.employmentType] || job.employmentType),
        fact('Shift', job.shift),
        fact('Schedule', job.schedule),
        fact('Start date', job.targetStartDate ? formatDate(job.targetStartDate, 'long') : null),
        fact('License', job.licenseStates.length ? `Property & casualty in ${job.licenseStates.join(', ')} — no license yet? We pay for it and help you pass.` : null)),
      h('p', {}, h('a', { href: '#apply', className: 'button' }, 'Apply now')),
      description),
    applySection(page, selfIdentification));
}

/** Voluntary EEO questions: every answer may stay "Prefer not to say". */
function selfIdentificationFieldset(questions) {
  if (!questions.length) return null;
  return h('fieldset', { className: 'self-id', id: 'apply-self-id' },
    h('legend', {}, 'Voluntary self-identification (optional)'),
    h('p', { className: 'hint', id: 'apply-self-id-hint' },
      'We are an equal opportunity employer and report these answers only as totals. They are kept apart from your ',
      'application, never linked to your name, and never seen by anyone deciding on it. Skipping them changes nothing.'),
    questions.map(q => h('label', { for: `apply-${q.field}` }, q.question,
      h('select', { id: `apply-${q.field}`, name: q.field, 'aria-describedby': 'apply-self-id-hint' },
        h('option', { value: '' }, 'Prefer not to say'),
        q.choices.map(choice => h('option', { value: choice }, choice))))));
}

function applySection(page, selfIdentification) {
  const status = h('div', { id: 'apply-status', role: 'status', 'aria-live': 'polite' });
  const summary = h('div', { className: 'error-summary', id: 'apply-errors', role: 'alert', tabindex: -1, hidden: true });
  const input = (label, attrs, hint) => {
    const hintEl = hint ? h('span', { className: 'hint', id: `${attrs.id}-hint` }, hint) : null;
    return h('label', { for: attrs.id }, label, hintEl, h('input', { ...attrs, 'aria-describedby': hintEl ? hintEl.id : null }));
  };
  const questions = page.questions.map((question, i) => {
    const name = `answer-${i}`;
    const options = question.options.length ? question.options : null;
    return h('fieldset', { className: 'question', dataset: { field: `answers[${i}]` } },
      h('legend', {}, `${i + 1}. ${question.question}`),
      options
        ? h('div', { className: 'choices' }, options.map((option, j) => h('label', { className: 'choice', for: `${name}-${j}` },
          h('input', { type: 'radio', name, id: `${name}-${j}`, value: option, required: true }), option)))
        : h('input', { type: 'text', name, id: `${name}-text`, required: true, 'aria-label': question.question }));
  });
  const submit = h('button', { type: 'submit', id: 'apply-submit' }, 'Submit application');
  const form = h('form', { id: 'apply-form', className: 'apply-form', method: 'post', enctype: 'multipart/form-data' },
    summary,
    h('fieldset', {}, h('legend', {}, 'About you'),
      input('Full name', { id: 'apply-name', name: 'name', autocomplete: 'name', required: true, maxlength: 200 }),
      input('Email', { id: 'apply-email', name: 'email', type: 'email', autocomplete: 'email', required: true, maxlength: 320 }),
      input('Mobile phone', { id: 'apply-phone', name: 'phone', type: 'tel', autocomplete: 'tel', required: true, maxlength: 40 }, 'We text or call to schedule interviews.'),
      input('Resume', { id: 'apply-resume', name: 'resume', type: 'file', required: true, accept: '.pdf,.doc,.docx,.odt,.rtf,.txt,.html,.htm,application/pdf' }, 'PDF, Word (DOCX or DOC), RTF, ODT, HTML or text, up to 10 MB.')),
    questions.length ? h('fieldset', { className: 'questions' }, h('legend', {}, 'A few quick questions'), questions) : null,
    // A honeypot for bots: people never see or fill it.
    h('div', { className: 'hp', 'aria-hidden': 'true' },
      h('label', { for: 'apply-website' }, 'Website (leave empty)', h('input', { id: 'apply-website', name: 'website', type: 'text', tabindex: -1, autocomplete: 'off' }))),
    selfIdentificationFieldset(selfIdentification),
    h('label', { className: 'consent', for: 'apply-consent' },
      h('input', { type: 'checkbox', id: 'apply-consent', name: 'consent', value: 'true', required: true }),
      'I agree that my application, answers and resume are stored and used to consider me for this and similar jobs.'),
    submit, status);

  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearErrors(form, summary);
    status.replaceChildren();
    if (!form.reportValidity()) return;
    const data = new FormData();
    data.append('name', form.elements.name.value.trim());
    data.append('email', form.elements.email.value.trim());
    data.append('phone', form.elements.phone.value.trim());
    const file = form.elements.resume.files[0];
    if (file) data.append('resume', file, file.name);
    data.append('consent', form.elements.consent.checked ? 'true' : 'false');
    data.append('answers', JSON.stringify(page.questions.map((q, i) => {
      const picked = form.querySelector(`[name="answer-${i}"]:checked`) || form.querySelector(`input[type=text][name="answer-${i}"]`);
      return picked ? picked.value : '';
    })));
    data.append('website', form.elements.website.value);
    const source = new URLSearchParams(location.search).get('source');
    if (source) data.append('source', source.trim().slice(0, 40));
    selfIdentification.forEach(q => {
      const answer = form.elements[q.field];
      if (answer && answer.value) data.append(q.field, answer.value);
    });
    submit.disabled = true;
    status.replaceChildren(h('p', {}, 'Sending your application…'));
    try {
      const response = await send(data);
      await handle(response, form, summary, status);
    } catch (err) {
      status.replaceChildren(h('p', { className: 'error' }, 'We could not send your application. Check your connection and try again.'));
    } finally {
      submit.disabled = false;
    }
  });

  return h('section', { id: 'apply', className: 'apply', 'aria-labelledby': 'apply-heading' },
    h('h2', { id: 'apply-heading' }, 'Apply'),
    h('p', {}, 'It takes about three minutes. Everything is required except the self-identification questions.'),
    form);
}

async function send(data) {
  const path = `careers/jobs/${encodeURIComponent(slug)}/applications`;
  let response = await api(path, { method: 'POST', body: data, raw: true });
  if (response.status === 403) {
    // Staff signed in on this browser need their session's CSRF token; applicants have no session.
    const session = await fetch('/api/v1/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (session.ok) {
      setCsrfToken((await session.json()).csrfToken);
      response = await api(path, { method: 'POST', body: data, raw: true });
    }
  }
  return response;
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json().catch(() => ({})) : {};
}

async function handle(response, form, summary, status) {
  if (response.ok) {
    const body = await problemOf(response);
    form.replaceChildren(h('div', { className: 'thanks', id: 'apply-done', tabindex: -1 },
      h('h3', {}, 'Thank you — we received your application'),
      h('p', {}, body && body.message ? body.message : 'A recruiter will contact you by email or phone about the next steps.')));
    form.querySelector('#apply-done').focus();
    return;
  }
  if (response.status === 404 || response.status === 405) {
    // The endpoint may not exist yet, or the job closed meanwhile: ask the job itself.
    const job = await fetch(`/api/v1/careers/jobs/${encodeURIComponent(slug)}`, { headers: { Accept: 'application/json' } });
    if (job.status === 404) { notOpen(); return; }
    status.replaceChildren(h('p', { className: 'notice', id: 'apply-soon' }, 'Applications open soon — please check back.'));
    return;
  }
  const problem = await problemOf(response);
  if (response.status === 400 && Array.isArray(problem.violations) && problem.violations.length) {
    const items = problem.violations.map(v => {
      const el = fieldFor(form, v.field);
      if (el) markInvalid(el, v.message);
      return h('li', {}, `${el?.dataset.label || labelOf(el) || v.field}: ${v.message}`);
    });
    summary.replaceChildren(h('h3', {}, 'Please check these answers'), h('ul', {}, items));
    summary.hidden = false;
    summary.focus();
    status.replaceChildren();
    return;
  }
  const messages = {
    413: 'The resume is too large. Please upload a smaller file (a PDF works best).',
    415: 'We cannot read that file type. Please upload a PDF, Word or text file.',
    429: 'Too many applications from this connection. Please try again later.',
  };
  status.replaceChildren(h('p', { className: 'error' }, messages[response.status] || problem.detail || 'Something went wrong on our side. Please try again in a moment.'));
}

function fieldFor(form, field) {
  const name = field.split('.').pop();
  const answer = field.match(/answers\D*(\d+)/);
  if (answer) return form.querySelector(`[data-field="answers[${answer[1]}]"]`);
  return form.querySelector(`[name="${CSS.escape(name.replace(/\[\d+\]$/, ''))}"]`);
}

function labelOf(el) {
  if (!el) return null;
  const label = el.closest('label') || el.querySelector('legend');
  return label ? label.firstChild.textContent.trim() : null;
}

function markInvalid(el, message) {
  const error = h('span', { className: 'field-error', id: `${el.id || el.dataset.field}-error` }, message);
  el.setAttribute('aria-invalid', 'true');
  if (el.matches('input, select, textarea')) {
    el.setAttribute('aria-describedby', error.id);
    (el.closest('label') || el.parentElement).append(error);
  } else {
    el.querySelector('legend').after(error);
  }
}

function clearErrors(form, summary) {
  form.querySelectorAll('.field-error').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  summary.hidden = true;
  summary.replaceChildren();
}

start();
