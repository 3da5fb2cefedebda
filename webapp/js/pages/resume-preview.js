// The person's latest resume on the application page: its text inline (as extracted) and the
// original to download. The profile page lists every document (candidate.js).
import { h, problemText, when } from '../ui.js';

export function resumePreview(person) {
  const docs = person.documents || [];
  const card = h('section', { className: 'card', id: 'resume', 'aria-labelledby': 'resume-heading' }, h('h2', { id: 'resume-heading' }, 'Resume'));
  if (docs.length === 0) {
    card.append(h('p', { className: 'muted' }, 'No resume on file.'));
    return card;
  }
  const doc = docs[0];
  const text = h('div', { className: 'resume-text', 'aria-live': 'polite' }, h('p', { className: 'muted' }, 'Loading the text…'));
  card.append(
    h('p', {}, h('a', { href: `api/v1/candidates/${person.summary.id}/documents/${doc.id}`, download: doc.fileName, id: 'resume-download' },
      `Download ${doc.fileName}`), h('span', { className: 'muted' }, ` · received ${when(doc.uploadedAt)}`),
    docs.length > 1 ? h('span', { className: 'muted' }, ` · ${docs.length - 1} earlier on the profile`) : null),
    text);
  if (doc.status === 'QUEUED') {
    text.replaceChildren(h('p', { className: 'muted' }, 'The resume is still being read; its text shows here in a moment.'));
    return card;
  }
  // Not api(): that asks for JSON, and this endpoint produces text/plain only.
  fetch(new URL(`../../api/v1/candidates/${person.summary.id}/documents/${doc.id}/text`, import.meta.url),
    { headers: { Accept: 'text/plain' }, credentials: 'same-origin' })
    .then(r => { if (!r.ok) throw new Error(`The text could not be loaded (${r.status}).`); return r.text(); })
    .then(body => text.replaceChildren(body.trim()
      ? h('pre', { className: 'doc-text', id: 'resume-text', tabindex: 0, 'aria-label': `Text of ${doc.fileName}` }, body)
      : h('p', { className: 'muted' }, doc.status === 'NEEDS_OCR' ? 'No text layer: the document needs OCR. Download it to read it.' : 'No text was extracted from this document.')))
    .catch(err => text.replaceChildren(h('p', { className: 'problem' }, problemText(err))));
  return card;
}
