-- Email templates per purpose, with placeholders; the outbox remembers which template a message came from.
create sequence email_template_seq start with 100 increment by 50;
create table email_template (
  id bigint primary key,
  purpose varchar(32) not null,
  name varchar(120) not null,
  subject varchar(300) not null,
  body text not null,
  active boolean not null,
  updated_by varchar(320) not null,
  updated_at timestamp with time zone not null,
  version bigint not null
);
create index email_template_purpose_idx on email_template (purpose, active);
alter table outbox_message add column template_id bigint references email_template (id);
create index outbox_template_idx on outbox_message (template_id);

insert into email_template (id, purpose, name, subject, body, active, updated_by, updated_at, version) values
(1, 'APPLICATION_RECEIVED', 'Application received', 'We received your application: {{requisitionTitle}}',
 'Hello {{candidateFirstName}},

thank you for applying for {{requisitionTitle}}. Our recruiting team reviews every application and will contact you about the next steps.

The job: {{jobLink}}

{{recruiterName}}', true, 'system', current_timestamp, 0),
(2, 'REJECTION', 'Not moving forward', 'Your application for {{requisitionTitle}}',
 'Hello {{candidateFirstName}},

thank you for your interest in {{requisitionTitle}} and for the time you gave us. After careful review we have decided not to move forward with your application at this time.

We keep your profile and may contact you about other openings. You can see all our open jobs at {{careersLink}}.

Kind regards,
{{recruiterName}}', true, 'system', current_timestamp, 0),
(3, 'INTERVIEW_INVITATION', 'Invitation to interview', 'Next step for {{requisitionTitle}}: an interview',
 'Hello {{candidateFirstName}},

we would like to talk with you about {{requisitionTitle}}. {{recruiterName}} will send you a calendar invitation with the time and the dial-in; reply to this email if you have questions.

Kind regards,
{{recruiterName}}
{{recruiterEmail}}', true, 'system', current_timestamp, 0),
(4, 'OFFER', 'Offer follows', 'Good news about {{requisitionTitle}}',
 'Hello {{candidateFirstName}},

we are pleased to tell you that we want to offer you the position {{requisitionTitle}}. {{recruiterName}} will call you with the details and send the written offer.

Kind regards,
{{recruiterName}}', true, 'system', current_timestamp, 0),
(5, 'REMINDER', 'Reminder: complete your application', 'Reminder: your application for {{requisitionTitle}}',
 'Hello {{candidateFirstName}},

a friendly reminder about your application for {{requisitionTitle}}: please reply to this email so we can continue.

{{recruiterName}}', true, 'system', current_timestamp, 0),
(6, 'GENERAL', 'Status update', 'About your application for {{requisitionTitle}}',
 'Hello {{candidateFirstName}},

a quick update on your application for {{requisitionTitle}}: your application is in our {{stage}} stage.

{{recruiterName}}', true, 'system', current_timestamp, 0);
