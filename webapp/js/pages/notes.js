// The hiring team's notes on a person; @first.last mentions a colleague, who gets an email.
import { api } from '../api.js';
import { h, flash, when, problemText, present } from '../ui.js';

export async function notesCard(candidateId, applicationId = null) {
  const card = h('section', { className: 'card', id: 'notes', 'aria-labelledby': 'notes-heading' });
  async function render() {
    const notes = await api('notes', { query: { candidate: candidateId } });
    const body = h('textarea', { name: 'body', id: 'note-body', rows: 5, maxlength: 4000, className: 'note-input' });
    card.replaceChildren(...present([h('h2', { id: 'notes-heading' }, `Notes (${notes.length})`),
      h('form', { onsubmit: async e => {
        e.preventDefault();
        try {
          await api('notes', { method: 'POST', body: { candidateId, applicationId, body: body.value } });
          flash('Note added.');
          await render();
        } catch (err) { flash(problemText(err), 'error'); }
      } }, h('label', { for: 'note-body' }, 'New note'), body,
        h('p', { className: 'hint' }, 'Type @first.last to mention a colleague: they get an email.'),
        h('div', { className: 'actions' }, h('button', { type: 'submit' }, 'Add note'))),
      notes.length === 0 ? h('p', { className: 'muted' }, 'No notes yet.') :
        h('ul', { className: 'plain notes' }, notes.map(n => h('li', {}, h('p', { className: 'note-body' }, n.body),
          h('div', { className: 'hint' }, `${n.authorName || n.author} · ${when(n.createdAt)}`,
            n.mentions.length ? ` · mentioned ${(n.mentionNames || n.mentions).join(', ')}` : ''))))]));
  }
  await render();
  return card;
}
