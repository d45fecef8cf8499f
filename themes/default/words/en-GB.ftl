# The interface words of the built-in theme, in British English: the reference catalogue.
# Every other language must have each message here. A theme may override any message in its
# own themes/<name>/words/en-GB.ftl, or add a language as themes/<name>/words/<language>.ftl.
# Ids use underscores so that templates can write {{ t.skip_link }}.

## Dates and numbers

month_1 = January
month_2 = February
month_3 = March
month_4 = April
month_5 = May
month_6 = June
month_7 = July
month_8 = August
month_9 = September
month_10 = October
month_11 = November
month_12 = December
# A date with a day, and a date with only a month.
date_day = { $day } { $month } { $year }
date_month = { $month } { $year }
# A span of dates, financial years and their quarters.
date_span = { $from } to { $to }
report_span = 1 April { $from } to 31 March { $to }
qr_label = QR code: scan it with a phone camera to open { $url }
quarter_1 = Q1: April to June { $year }
quarter_2 = Q2: July to September { $year }
quarter_3 = Q3: October to December { $year }
quarter_4 = Q4: January to March { $year }

## Every page

skip_link = Skip to main content
nav_main = Main
nav_projects = You said, we did
nav_stories = Stories
nav_strategy = Our strategy
nav_involvement = How we involve people
nav_services = Services
nav_search = Search
nav_footer = Footer
menu = Menu
breadcrumb = Breadcrumb
home = Home
footer_data = Open data
footer_reports = Reports by year
footer_feed = News feed (Atom)
feed_link_title = stories and project updates
feed_changes = what has changed
draft = Draft
draft_banner = this page is not published yet.
contact_us = Contact us
email = Email
phone = Phone
more_from_us = More from us
get_involved = Get involved
easy_read = Easy Read
# A bilingual site: the language switch in the header, the name of this catalogue's language
# in that language (the switch's words on the other languages' pages), and the notice on a
# page shown as written because it has not been translated into this page's language yet.
language_switch = Other languages
language_name = English
not_translated = This page has not been translated into English yet, so it is shown in the language it was written in.
unpublished = Not yet published: this file has changes that are not committed yet.
or = or
and = and
from = From
to = to
published = Published
last_updated = Last updated

## Statuses and states

status_planned = Planned
status_in_progress = In progress
status_completed = Completed
action_done = Done
action_in_progress = In progress
action_planned = Planned
action_not_possible = Not possible
acted_on = Acted on
in_progress = In progress
could_not_do = Could not do
awaiting_response = Awaiting response
# Before an action's date.
date_done = Done
date_due = Due
date_decided = Decided
# Before an action on a poster.
we_did_done = We did
we_did_in_progress = We are doing
we_did_planned = We will
we_did_not_possible = We could not
we_did_next = Next

paged_title = { $title } (page { $page })

## Cards, figures and charts

service = Service
type = Type
status = Status
started = Started
you_told_us = You told us
overdue = Overdue
card_told_us = { $count ->
    [one] { $count } thing, { $acted_on } acted on
   *[other] { $count } things, { $acted_on } acted on
}
card_overdue = { $count ->
    [one] { $count } action past its due date
   *[other] { $count } actions past their due date
}
things_you_told_us = Things you told us
share_acted_on = Share acted on
of_which_overdue = of which { $count } overdue
figures_from_projects = { $count ->
    [one] From { $count } project.
   *[other] From { $count } projects.
}
figures_actions = { $count ->
    [one] We took { $count } action
   *[other] We took { $count } actions
}: { $done } done, { $in_progress } in progress, { $planned } planned (of which { $overdue } overdue) and { $not_possible } we could not do.
figures_could_not_do_why = Where we could not do something, the project page says why.
chart_bar = { $count ->
    [one] Bar chart of the { $count } thing you told us
   *[other] Bar chart of the { $count } things you told us
}
chart_groups = bar chart; the table below gives the numbers.
chart_results = { $count ->
    [one] bar chart of { $count } result; the table below gives them.
   *[other] bar chart of { $count } results; the table below gives them.
}
figures_table = The figures as a table
state = State
things = Things
share = Share
all_things_you_told_us = All things you told us
earlier_projects = { $count ->
    [one] No more projects on this page: the only one is on page 1.
   *[other] No more projects on this page: all { $count } are on earlier pages.
}
earlier_stories = { $count ->
    [one] No more stories on this page: the only one is on page 1.
   *[other] No more stories on this page: all { $count } are on earlier pages.
}
pagination = Pagination
previous = Previous
next = Next
page_word = page
page_before_number = Page
page_of = Page { $current } of { $total }
caption_everything = Everything you told us, by what happened next
caption_by_year_started = What happened to what you told us, by year the project started
caption_by_service = What happened to what you told us, by service
caption_project = What you told us in this project, by what happened next
caption_ambition = What you told us in projects for this ambition, by what happened next
caption_type = What you told us in { $type } projects, by what happened next
caption_year = What you told us this year, by what happened next
caption_by_quarter = What you told us, by quarter of the year
caption_service_year = What you told { $service } this year, by what happened next
caption_service_by_quarter = { $service }: what you told us, by quarter of the year
caption_by_financial_year = What you told us, by financial year, and what happened next
caption_service = What you told this service, by what happened next
caption_strategy = What you told us in projects under this strategy, by what happened next
year = Year
quarter = Quarter
financial_year = Financial year

## The home page

home_figures = What you told us and what we did, in numbers
by_year_started = By year the project started
by_service = By service
home_download = Download the open data behind these figures
home_projects = What we heard and what we did
home_all_projects = See every “you said, we did” project
home_stories = Latest stories
home_all_stories = Read all our stories
home_strategy = Our strategy in brief
our_vision = Our vision
our_ambitions = Our ambitions
ambitions = Ambitions
home_types = Ways we involve people
home_types_lead = We use four ways of involving people. They are listed from the least to the most influence you have over the outcome.
influence_level = Level { $level } of 4 for influence
influence_level_lower = level { $level } of 4 for influence
influence_level_short = Level { $level } of 4.
home_types_more = Find out more about the ways we involve people
home_cta = Your experience can help us do better. You do not need any qualifications, and you can give as much or as little time as you like.
home_cta_button = Find out how to get involved
# On a phone, links in place of the long breakdowns.
home_phone_figures = See these figures
home_phone_by_year = by year in our reports
home_phone_by_service = by service
home_phone_types = Read about the four ways we involve people
home_phone_types_rest = , from the least to the most influence you have.

## Projects

projects = Projects
projects_intro = Every involvement project: what people told us, what we did about it, and how it shaped the outcome. Newest first.
projects_title_filtered = You said, we did: { $filter }
projects_started_in = started in { $year }
filter_projects = Filter projects
facet_service = Service
facet_type = Type of involvement
facet_status = Status
facet_year = Year started
projects_word = { $count ->
    [one] project
   *[other] projects
}
showing_projects = { $count ->
    [one] Showing { $count } project
   *[other] Showing { $count } projects
}
show_all_projects = Show all projects
filters_clear = Clear all filters
no_projects_here = There are no projects to show here yet.
easy_read_version = Easy Read version
easy_read_version_note = of this page: short sentences, with pictures.
about_project = About this project
type_of_involvement = Type of involvement
level_of_influence = Level of influence
dates = Dates
started_on = Started
ended_on = ended
who_took_part = Who took part
people_in_all = { $count ->
    [one] { $count } person in all
   *[other] { $count } people in all
}
seldom_heard = Voices we made a point of seeking out
methods = How we involved people
existing_insight = What we already knew
you_said_we_did = You said, we did
ysd_lead = Here is each thing you told us, next to what we did about it.
there_are_things = There are { $count } things.
theme = Theme
you_said = You said
we_did = We did
due_on = due
why_not = Why not
read_more = Read more about this
# Over an item's actions when they differ in status, and its overall state beside it.
our_response = Our response
overall_state = overall: { $state }
# An action's link, named by where it goes: a page of the site by its title, else the address.
link_story = Read the story: { $title }
link_project = See the project: { $title }
link_strategy = Read the strategy: { $title }
link_ambition = See the ambition: { $title }
link_service = See everything for { $title }
link_page = Read { $title }
link_go_to = Go to { $address }
link_email = Email { $address }
link_call = Call { $number }
link_visit = Visit { $website }
project_poster = Print a poster of this project
project_poster_rest = for a noticeboard: one sheet of A4 with a QR code to this page.
project_feedback = Tell us what you think about this project
project_feedback_rest = : did we get it right?
awaiting_lead = We have not responded to this yet.
waiting_since = Waiting for a response since
awaiting_update = We will update this page when we have.
timeline = Timeline
history = What changed and when
history_none = Nothing has changed since this project was published.
follow_project = Follow this project
follow_project_link = Follow this project: its feed of changes
follow_project_help_1 = A feed is a list of the changes to this page, newest first, that apps can check for you. Paste its address,
follow_help_2 = , into a feed reader app to see each new change, or into a feed-to-email service to have each change sent to you by email.
outcome = How your views shaped the outcome
project_stories = Stories from this project
project_strategy = How this project supports our strategy
project_part_of = This project is part of
helps_meet_ambitions = { $count ->
    [one] It helps us meet this ambition:
   *[other] It helps us meet these ambitions:
}
project_standards = Involvement standards this project meets
standards_lead = We follow the national 4Pi involvement standards.
contact = Contact
contact_ask = To ask about this project, contact
contact_team = the { $team }
contact_ask_us = us
contact_at = at
contact_on = on
contact_fallback = To ask about this project, contact the involvement team.
project_figures = This project in numbers

## A project's timeline and changes

event_started = The project started
event_said = You told us: "{ $said }"
event_done = Done: { $action }
event_due = Due: { $action }
event_overdue = Overdue, was due: { $action }
event_ended = The project ended

## Involvement, services, reports

involvement_description = The four ways we involve people, from least to most influence, and the projects of each.
involvement_lead = We involve people in four ways. Each gives you a different level of influence over what happens. They are listed here from the least influence to the most.
your_influence = Your influence
type_projects = { $count ->
    [one] { $count } { $type } project
   *[other] { $count } { $type } projects
}
type_no_projects = No { $type } projects yet.
type_projects_heading = { $type } projects
type_we_have = { $count ->
    [one] We have { $count } { $type } project.
   *[other] We have { $count } { $type } projects.
}
type_we_have_none = We have no { $type } projects yet.
type_figures = What you told us in { $type } projects
services_description = What people told each of our services, and what changed.
services_lead = Everything people told each of our services, and what the service did about it.
services_card = { $projects ->
    [one] { $projects } project.
   *[other] { $projects } projects.
} { $count ->
    [one] You told us { $count } thing; we acted on { $acted_on } ({ $share }%).
   *[other] You told us { $count } things; we acted on { $acted_on } ({ $share }%).
}
printable_poster = Printable poster
poster_for = for { $service }
services_none = There are no services to show yet.
service_lead = Everything people told this service, and what we did about it.
service_filter = Filter the project list by this service
service_poster = Print a “You said, we did” poster for this service
follow_service_link = Follow this service: its feed of changes
follow_service_help_1 = A feed lists each change to this service's projects, newest first. Paste its address,
in_numbers = In numbers
service_no_projects = There are no projects for this service yet.
service_title = You said, we did: { $service }
poster_intro = This is a poster for a noticeboard. It fits on one sheet of A4 paper. To print it, use the print option in your browser. Only the poster is printed.
poster_back = Back to everything for { $service }
poster_back_project = Back to the project: { $title }
as_at = As at
poster_empty = We are listening. Tell us what matters to you.
poster_told = { $count ->
    [one] You told us { $count } thing.
   *[other] You told us { $count } things.
}
poster_acted = We acted on { $count } of them ({ $share }%)
poster_in_progress = { $count ->
    [one] and { $count } is in progress, of which { $overdue ->
        [one] { $overdue } is overdue
       *[other] { $overdue } are overdue
    }
   *[other] and { $count } are in progress, of which { $overdue ->
        [one] { $overdue } is overdue
       *[other] { $overdue } are overdue
    }
}
poster_considering = We are considering what you told us and will report back here.
poster_read_more = Read more at
poster_scan = , or scan the code with your phone's camera
poster_tell_us = Tell us what you think
poster_call = call
poster_email = email
reports_title = Reports by year
reports_description = What people told us in each financial year, and what happened next.
reports_lead = What people told us in each financial year (1 April to 31 March), and what has happened since. Each thing counts in the year it was said.
reports_each_year = Each year's report shows the figures by quarter and for each service, and prints on A4 for board papers.
reports_none = There is nothing to report yet.
report_title = Report for { $year }
report_description = What people told us from { $span }, and what happened next.
report_lead = What people told us from { $span }, and what has happened since. Each thing counts in the quarter it was said; what happened next is as it stands today.
by_quarter = By quarter
report_in_year = in { $year }

## Stories, strategies, pages

stories_description = Impact stories: what changed because people got involved.
stories_lead = Stories of what changed when people who use our services, their carers and our staff worked together.
showing_stories = { $count ->
    [one] Showing { $count } story
   *[other] Showing { $count } stories
}
stories_none = There are no stories yet.
story_benefits = What difference involvement made
about_story = About this story
project = Project
topics = Topics
strategies_title = Our strategies
strategies_lead = Our involvement strategies: what we want to achieve, and our progress so far.
strategies_none = There is no strategy to show yet.
ambition_in = An ambition in
measures_heading = How will we know we have made a difference?
measure_value = { $value } in { $date }
measure_target = { $latest }, against a target of { $target }
results = results
results_target = (the dashed line on the chart is the target)
when = When
result = Result
progress_so_far = Progress so far
ambition_projects = Projects for this ambition
ambition_no_projects = No projects are linked to this ambition yet.
ambition_stories = Stories for this ambition
our_standards = Our involvement standards
strategy_figures = Progress across the whole strategy

## Search, open data, Easy Read, the 404

search_description = Search projects, stories and pages.
search_nojs = Search works in your browser using JavaScript. Without it, you can still find everything by browsing:
search_nojs_projects = every “you said, we did” project
search_nojs_projects_after = , which you can filter by service, type, status and year
search_nojs_stories = all our stories
search_nojs_services = everything for each of our services
search_label = Search projects, stories and pages
search_kind_story = Story
search_kind_page = Page
# What the search script says as it works: before the words searched for (in quotes), the
# line over the results (always shown for 10), when nothing is found, and when it fails.
search_results_for = { $count ->
    [one] { $count } result for
   *[other] { $count } results for
}
search_showing_first = Showing the first { $count }.
search_none_for = No results for
search_none_hint = Try fewer or different words.
search_loading = Loading search…
search_broken = Sorry, search is not working at the moment. You can browse instead.
search_hint = Type one or more words, for example “crisis line” or “carers”.
data_description = Every action we took in response to what people told us, as CSV and JSON.
data_lead = Everything you told us and everything we did about it is open data. You can download it, check our figures and use it for your own work.
data_download = Download the data
data_csv = You said, we did, as a spreadsheet (CSV)
data_json = You said, we did, as JSON
data_rows = { $count ->
    [one] Both files hold the same { $count } row.
   *[other] Both files hold the same { $count } rows.
}
data_rows_explained = There is one row for each action we took. A thing you told us that has no response yet has one row too, with an empty action and the status “awaiting-response”. So the rows add up to the figures below.
# Before the licence's name (a link), then who to credit.
data_licence = You may copy, publish and adapt the data under the
data_credit = Please say it came from { $organisation }.
data_columns = What each column means
data_columns_label = Columns in the open data
data_column = Column
column_project = The project's title
column_project_url = The web address of the project's page
column_service = The service the project belongs to
column_involvement_type = How people were involved: consultation, engagement, co-design or co-production
column_project_status = planned, in-progress or completed
column_started = When the project started (YYYY-MM-DD, or YYYY-MM when only the month is known)
column_ended = When the project ended, if it has
column_theme = The theme of what people said, if given
column_you_said = What people told us
column_item_state = The state of what people told us: acted-on, in-progress, could-not-do or awaiting-response
column_we_did = What we did, are doing or could not do; empty while awaiting response
column_status = The action's status: done, in-progress, planned, not-possible, or awaiting-response
column_date = When the action was done, or when it is due
column_reason = Why it was not possible, where we could not act
column_link = Where to read more, if given
column_said_on = When people told us (the project's start date when the record does not say)
column_overdue = yes when the action is planned or in progress and its due date has passed (it is still counted as in progress); otherwise no
data_holds = What it holds
data_figures = The figures
data_figures_lead = These are the figures we show across this site. They are worked out from the same records as the data.
easy_read_description = Our work in Easy Read: short sentences, with pictures.
easy_read_title = { $title } (Easy Read)
easy_read_note = This is the Easy Read version.
easy_read_full = Read the full page
easy_read_status = Where we are
easy_read_items = What you told us and what we did
easy_read_not_answered = We have not answered this yet.
easy_read_list_1 = These pages tell you about our work in Easy Read.
easy_read_list_2 = They use short sentences and pictures.
easy_read_done = We did this.
easy_read_in_progress = We are doing this now.
easy_read_planned = We will do this.
easy_read_not_possible = We could not do this.
easy_read_project_planned = This work has not started yet.
easy_read_project_in_progress = We are still working on this.
easy_read_project_completed = This work is finished.
not_found = Page not found
not_found_lead = Sorry, we cannot find that page.
not_found_help = If you typed the web address, check it is correct. If you followed a link, the page may have moved.
not_found_home = Go to the home page
not_found_search = Search this site

## Feeds

feed_subtitle = What has changed: what people told us, and what we did about it.
feed_new_story = New story: { $title }
# A change to a project, in a feed entry's title and the project's history.
change_published = published
change_said = you said "{ $said }"
change_did = we did "{ $action }"
change_new_action = new action, { $status }: "{ $action }"
change_action_status = "{ $action }" is now { $to } (was { $from })
change_reason = why "{ $action }" was not possible: { $reason }
change_project_planned = the project is planned
change_project_under_way = the project is under way
change_project_completed = the project is completed
change_status_done = done
change_status_in_progress = in progress
change_status_planned = planned
change_status_not_possible = not possible

## The built-in vocabularies (a site's own wording in site.yaml is shown instead)

type_consultation = Consultation
type_consultation_influence = We asked for your views on ideas, plans or options.
type_consultation_description = We share ideas, plans or options and ask what you think before we decide. Your views inform the decision, which is then made by the trust.
type_engagement = Engagement
type_engagement_influence = We listened to understand your experiences and perspectives.
type_engagement_description = We listen, in conversations, groups and visits, to understand what using our services is like for you, so that what we learn shapes our priorities.
type_co-design = Co-design
type_co-design_influence = We worked with you to shape ideas and plans; your input is reflected in the outcome.
type_co-design_description = People with lived experience and staff shape ideas and plans together. You can see your input in what we make, though the final decision may rest with the trust.
type_co-production = Co-production
type_co-production_influence = We worked as equal partners from start to finish, sharing decisions and responsibility.
type_co-production_description = People with lived experience and staff work as equal partners from the first idea to the finished change, sharing power, decisions and responsibility throughout.
benefit_legal-duty = Meets our legal duty
benefit_legal-duty_description = Involving people in decisions about services is the law, not an optional extra
benefit_shared-decisions = Shared decisions
benefit_shared-decisions_description = Staff and people with lived experience decide together, which improves care
benefit_relationships = Better relationships
benefit_relationships_description = People and staff build trust and work together to make change happen
benefit_saves-resources = Saves resources
benefit_saves-resources_description = Getting it right first time avoids spending time and money on the wrong thing
benefit_person-centred = Person-centred care
benefit_person-centred_description = Services fit the needs of the people who use them
benefit_transparency = Transparency
benefit_transparency_description = The reasons for decisions are clear and justified
benefit_empowerment = Empowerment
benefit_empowerment_description = People see their contribution make a difference to services and to their own health
benefit_more-perspectives = More perspectives
benefit_more-perspectives_description = We hear from everyone with an interest, not just the loudest voices
benefit_new-information = New information
benefit_new-information_description = Lived experience brings knowledge we would not otherwise have
benefit_buy-in = Understanding and support
benefit_buy-in_description = Involving people early builds understanding of and support for decisions
benefit_governance = Better governance
benefit_governance_description = Decisions are more legitimate, accountable and open
standard_principles = Principles
standard_principles_description = Involvement rests on shared values: respect, honesty, equality and inclusion.
standard_purpose = Purpose
standard_purpose_description = Everyone knows why they are being involved and what it can change.
standard_presence = Presence
standard_presence_description = The right people are involved, reflecting the communities we serve, including voices seldom heard.
standard_process = Process
standard_process_description = How people are involved is accessible, supported, planned and fairly paid or thanked.
standard_impact = Impact
standard_impact_description = We record and share the difference that involvement made.

## Embeddable summaries (/embed/)

embed_link = Show these figures on your own website or intranet
data_embed_link = Show these figures on another website
embed_title = Show our figures on your website
embed_description = Summaries of our figures to copy onto your own website or intranet.
embed_lead = Copy a summary of what people told us, and what we did, onto your own website or intranet.
embed_about = Each summary is a picture of the headline figures, the same figures as on this site. The numbers are written into the picture as text, so screen readers read them, and the code to copy gives the picture the same words as its description. There is no script and no tracking. The picture changes each time this site is published, so it stays up to date on your page.
embed_how = To use one, select all the code in its box, copy it, and paste it into your page's HTML.
embed_svg_alone = The picture on its own (SVG)
embed_same_figures = The same figures on this site
embed_code_for = Code to copy for “{ $title }”
embed_all_services = All our services
embed_text = { $title }, at { $organisation }.
embed_as_at = Figures as at { $date }.
embed_svg_as_at = figures as at { $date }
embed_nothing = Nothing has been recorded here yet.
embed_told = { $count ->
    [one] People told us { $count } thing.
   *[other] People told us { $count } things.
}
embed_acted = We acted on { $count } ({ $share }%).
embed_in_progress = { $count ->
    [one] { $count } is in progress,
   *[other] { $count } are in progress,
} { $overdue ->
    [one] of which { $overdue } is overdue.
   *[other] of which { $overdue } are overdue.
}
embed_could_not = { $count } we could not do.
embed_awaiting = { $count ->
    [one] { $count } is awaiting a response.
   *[other] { $count } are awaiting a response.
}
embed_svg_told = { $count ->
    [one] thing you told us
   *[other] things you told us
}
embed_figcaption = { $title }: what people told us and what we did
