-- Generates :count synthetic candidates with resume-like text into floorready_bench (see search-latency.sh):
-- about 250 words each, mostly ordinary words, with the tools, lines and languages recruiters search for
-- scattered so that each such term occurs in roughly one resume in ten; lists are JSON arrays, as the application
-- writes them. Skills are the taxonomy's canonical names
-- (the skill filter matches whole names); the filter arrays and the tsvector are generated columns, so PostgreSQL
-- fills them from these values exactly as it does for the application's writes.
set search_path = floorready_bench;
with words as (
  select array['five9','salesforce','genesys','avaya','talkdesk','zendesk','ezlynx','applied','epic','guidewire',
    'hawksoft','qqcatalyst','inbound','outbound','sales','agent','retention','customer','service','insurance',
    'property','casualty','personal','lines','license','auto','home','renters','quotes','policies','bundles',
    'spanish','vietnamese','bilingual','call','center','supervisor','quota','team','lead','claims','billing'] as w,
  array['TX','OK','LA','FL','NC','SC','GA','OH','NY','CA','AZ','NE'] as st,
  array['Spanish','Vietnamese','Tagalog','French','Portuguese','Hmong','Somali','Arabic'] as lang,
  array['Five9','Salesforce','Genesys Cloud','Avaya','Talkdesk','Zendesk','EZLynx','Applied Epic',
    'Guidewire PolicyCenter','HawkSoft','QQCatalyst'] as sk
)
insert into candidate (id, full_name, primary_email, primary_phone, city, region, country, experience_months,
  contact_center_months, skills, languages, licensed_states, search_text, source, created_at, updated_at, version)
select 1000000 + g,
  'Bench Candidate ' || g,
  'bench.candidate' || g || '@example.com',
  '+1214555' || lpad((g % 10000)::text, 4, '0'),
  'Dallas', st[1 + g % 12], 'US',
  (g * 7) % 240, (g * 5) % 180,
  '["' || sk[1 + g % 11] || case when g % 11 = (g * 3) % 11 then '' else '","' || sk[1 + (g * 3) % 11] end || '"]',
  case when g % 3 = 0 then '["' || lang[1 + g % 8] || '"]' else '[]' end,
  '["' || st[1 + g % 12] || case when g % 12 = (g * 5) % 12 then '' else '","' || st[1 + (g * 5) % 12] end || '"]',
  (select string_agg(case when (g * 31 + k * 17) % 60 = 0 then w[1 + (g * 7 + k) % 42]
                          else 'word' || ((g * 13 + k * 7919) % 20000) end, ' ')
     from generate_series(1, 250) k),
  'UPLOAD', now(), now() - (g || ' minutes')::interval, 1
from words, generate_series(1, :count) g;
