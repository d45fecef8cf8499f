# Geiriau'r rhyngwyneb yn Gymraeg: the interface words in Welsh.
#
# Written with the public terminology of NHS Wales and the Welsh Government where we know it
# (Ymgynghoriad, Ymgysylltu, Cyd-ddylunio, Cyd-gynhyrchu, Gwasanaethau, Hawdd ei Ddeall). Terms
# marked "REVIEW" below were not checked against a published source and need a Welsh
# speaker's review before a health board relies on them.
#
# Plurals use Welsh's six CLDR categories: zero (0), one (1), two (2), few (3), many (6) and
# other. A noun after a number stays singular and mutates: soft after 2 (2 brosiect, 2 beth),
# aspirate after 3 and 6 (3 phrosiect, 6 pheth); "stori" and "rhes" after 3 and 6 do not
# change.

## Dates and numbers

month_1 = Ionawr
month_2 = Chwefror
month_3 = Mawrth
month_4 = Ebrill
month_5 = Mai
month_6 = Mehefin
month_7 = Gorffennaf
month_8 = Awst
month_9 = Medi
month_10 = Hydref
month_11 = Tachwedd
month_12 = Rhagfyr
date_day = { $day } { $month } { $year }
date_month = { $month } { $year }
date_span = { $from } i { $to }
report_span = 1 Ebrill { $from } i 31 Mawrth { $to }
qr_label = Cod QR: sganiwch ef â chamera ffôn i agor { $url }
# "i" softens the month after it: Mehefin → Fehefin, Medi → Fedi, Rhagfyr → Ragfyr, Mawrth → Fawrth.
quarter_1 = Ch1: Ebrill i Fehefin { $year }
quarter_2 = Ch2: Gorffennaf i Fedi { $year }
quarter_3 = Ch3: Hydref i Ragfyr { $year }
quarter_4 = Ch4: Ionawr i Fawrth { $year }

## Every page

skip_link = Neidio i'r prif gynnwys
nav_main = Prif ddewislen
nav_projects = Dywedoch chi, gwnaethom ni
nav_stories = Straeon
nav_strategy = Ein strategaeth
nav_involvement = Sut rydym yn cynnwys pobl
nav_services = Gwasanaethau
nav_search = Chwilio
nav_footer = Troedyn
menu = Dewislen
breadcrumb = Briwsion bara
home = Hafan
footer_data = Data agored
footer_reports = Adroddiadau fesul blwyddyn
footer_feed = Ffrwd newyddion (Atom)
feed_link_title = straeon a newyddion am brosiectau
feed_changes = beth sydd wedi newid
draft = Drafft
draft_banner = nid yw'r dudalen hon wedi'i chyhoeddi eto.
contact_us = Cysylltu â ni
email = E-bost
phone = Ffôn
more_from_us = Rhagor gennym ni
get_involved = Cymryd rhan
easy_read = Hawdd ei Ddeall
language_switch = Ieithoedd eraill
language_name = Cymraeg
not_translated = Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto, felly mae hi yn yr iaith y cafodd ei hysgrifennu ynddi.
unpublished = Heb ei gyhoeddi eto: mae newidiadau yn y ffeil hon nad ydynt wedi'u cadarnhau eto.
or = neu
and = a
from = O
to = i
published = Cyhoeddwyd
last_updated = Diweddarwyd ddiwethaf
paged_title = { $title } (tudalen { $page })

## Statuses and states

status_planned = Wedi'i gynllunio
status_in_progress = Ar waith
status_completed = Wedi'i gwblhau
action_done = Wedi'i wneud
action_in_progress = Ar waith
action_planned = Wedi'i gynllunio
action_not_possible = Ddim yn bosibl
acted_on = Wedi gweithredu
in_progress = Ar waith
could_not_do = Methu â'i wneud
awaiting_response = Yn aros am ymateb
date_done = Wedi'i wneud
date_due = Erbyn
date_decided = Penderfynwyd
we_did_done = Gwnaethom ni
we_did_in_progress = Rydym yn gwneud
we_did_planned = Byddwn yn
we_did_not_possible = Nid oedd modd i ni
we_did_next = Nesaf

## Cards, figures and charts

service = Gwasanaeth
type = Math
status = Statws
started = Dechreuwyd
you_told_us = Dywedoch chi wrthym
overdue = Yn hwyr
card_told_us = { $count ->
    [zero] { $count } peth, { $acted_on } wedi gweithredu
    [one] { $count } peth, { $acted_on } wedi gweithredu
    [two] { $count } beth, { $acted_on } wedi gweithredu
    [few] { $count } pheth, { $acted_on } wedi gweithredu
    [many] { $count } pheth, { $acted_on } wedi gweithredu
   *[other] { $count } peth, { $acted_on } wedi gweithredu
}
card_overdue = { $count ->
    [one] { $count } cam gweithredu heibio'r dyddiad dyledus
    [two] { $count } gam gweithredu heibio'r dyddiad dyledus
    [few] { $count } cham gweithredu heibio'r dyddiad dyledus
    [many] { $count } cham gweithredu heibio'r dyddiad dyledus
   *[other] { $count } cam gweithredu heibio'r dyddiad dyledus
}
things_you_told_us = Pethau a ddywedoch
share_acted_on = Cyfran wedi gweithredu
of_which_overdue = gyda { $count } ohonynt yn hwyr
figures_from_projects = { $count ->
    [one] O { $count } prosiect.
    [two] O { $count } brosiect.
    [few] O { $count } phrosiect.
    [many] O { $count } phrosiect.
   *[other] O { $count } prosiect.
}
figures_actions = { $count ->
    [one] Cymerwyd { $count } cam gweithredu
    [two] Cymerwyd { $count } gam gweithredu
    [few] Cymerwyd { $count } cham gweithredu
    [many] Cymerwyd { $count } cham gweithredu
   *[other] Cymerwyd { $count } cam gweithredu
}: { $done } wedi'u gwneud, { $in_progress } ar waith, { $planned } wedi'u cynllunio ({ $overdue } ohonynt yn hwyr) a { $not_possible } nad oedd modd i ni eu gwneud.
figures_could_not_do_why = Lle nad oedd modd i ni wneud rhywbeth, mae tudalen y prosiect yn dweud pam.
chart_bar = { $count ->
    [one] Siart bar o'r { $count } peth a ddywedoch wrthym
    [two] Siart bar o'r { $count } beth a ddywedoch wrthym
    [few] Siart bar o'r { $count } pheth a ddywedoch wrthym
    [many] Siart bar o'r { $count } pheth a ddywedoch wrthym
   *[other] Siart bar o'r { $count } peth a ddywedoch wrthym
}
chart_groups = siart bar; mae'r tabl isod yn rhoi'r rhifau.
chart_results = { $count ->
    [one] siart bar o { $count } canlyniad; mae'r tabl isod yn eu rhoi.
    [two] siart bar o { $count } ganlyniad; mae'r tabl isod yn eu rhoi.
    [few] siart bar o { $count } chanlyniad; mae'r tabl isod yn eu rhoi.
    [many] siart bar o { $count } chanlyniad; mae'r tabl isod yn eu rhoi.
   *[other] siart bar o { $count } canlyniad; mae'r tabl isod yn eu rhoi.
}
figures_table = Y ffigurau fel tabl
state = Cyflwr
things = Pethau
share = Cyfran
all_things_you_told_us = Popeth a ddywedoch wrthym
earlier_projects = { $count ->
    [one] Dim rhagor o brosiectau ar y dudalen hon: mae'r unig un ar dudalen 1.
   *[other] Dim rhagor o brosiectau ar y dudalen hon: mae pob un o'r { $count } ar dudalennau cynharach.
}
earlier_stories = { $count ->
    [one] Dim rhagor o straeon ar y dudalen hon: mae'r unig un ar dudalen 1.
   *[other] Dim rhagor o straeon ar y dudalen hon: mae pob un o'r { $count } ar dudalennau cynharach.
}
pagination = Tudalennau
previous = Blaenorol
next = Nesaf
page_word = tudalen
page_before_number = Tudalen
page_of = Tudalen { $current } o { $total }
caption_everything = Popeth a ddywedoch wrthym, yn ôl beth ddigwyddodd nesaf
caption_by_year_started = Beth ddigwyddodd i'r hyn a ddywedoch wrthym, yn ôl y flwyddyn y dechreuodd y prosiect
caption_by_service = Beth ddigwyddodd i'r hyn a ddywedoch wrthym, yn ôl gwasanaeth
caption_project = Beth ddywedoch wrthym yn y prosiect hwn, yn ôl beth ddigwyddodd nesaf
caption_ambition = Beth ddywedoch wrthym mewn prosiectau ar gyfer yr uchelgais hon, yn ôl beth ddigwyddodd nesaf
caption_type = Beth ddywedoch wrthym mewn prosiectau o'r math { $type }, yn ôl beth ddigwyddodd nesaf
caption_year = Beth ddywedoch wrthym eleni, yn ôl beth ddigwyddodd nesaf
caption_by_quarter = Beth ddywedoch wrthym, yn ôl chwarter y flwyddyn
caption_service_year = Beth ddywedoch wrth { $service } eleni, yn ôl beth ddigwyddodd nesaf
caption_service_by_quarter = { $service }: beth ddywedoch wrthym, yn ôl chwarter y flwyddyn
caption_by_financial_year = Beth ddywedoch wrthym, yn ôl blwyddyn ariannol, a beth ddigwyddodd nesaf
caption_service = Beth ddywedoch wrth y gwasanaeth hwn, yn ôl beth ddigwyddodd nesaf
caption_strategy = Beth ddywedoch wrthym mewn prosiectau o dan y strategaeth hon, yn ôl beth ddigwyddodd nesaf
year = Blwyddyn
quarter = Chwarter
financial_year = Blwyddyn ariannol

## The home page

home_figures = Beth ddywedoch wrthym a beth wnaethom ni, mewn rhifau
by_year_started = Yn ôl y flwyddyn y dechreuodd y prosiect
by_service = Yn ôl gwasanaeth
home_download = Lawrlwytho'r data agored sydd y tu ôl i'r ffigurau hyn
home_projects = Beth glywsom ni a beth wnaethom ni
home_all_projects = Gweld pob prosiect “dywedoch chi, gwnaethom ni”
home_stories = Y straeon diweddaraf
home_all_stories = Darllen ein holl straeon
home_strategy = Ein strategaeth yn gryno
our_vision = Ein gweledigaeth
our_ambitions = Ein huchelgeisiau
ambitions = Uchelgeisiau
home_types = Ffyrdd rydym yn cynnwys pobl
home_types_lead = Rydym yn defnyddio pedair ffordd o gynnwys pobl. Maent wedi'u rhestru o'r lleiaf i'r mwyaf o ddylanwad sydd gennych dros y canlyniad.
influence_level = Lefel { $level } o 4 o ran dylanwad
influence_level_lower = lefel { $level } o 4 o ran dylanwad
influence_level_short = Lefel { $level } o 4.
home_types_more = Rhagor am y ffyrdd rydym yn cynnwys pobl
home_cta = Gall eich profiad ein helpu i wneud yn well. Nid oes angen unrhyw gymwysterau arnoch, a gallwch roi cymaint neu gyn lleied o amser ag y dymunwch.
home_cta_button = Sut i gymryd rhan
# On a phone, links in place of the long breakdowns.
home_phone_figures = Gweler y ffigurau hyn
home_phone_by_year = fesul blwyddyn yn ein hadroddiadau
home_phone_by_service = fesul gwasanaeth
home_phone_types = Darllenwch am y pedair ffordd rydym yn cynnwys pobl
home_phone_types_rest = , o'r lleiaf i'r mwyaf o ddylanwad sydd gennych.

## Projects

projects = Prosiectau
projects_intro = Pob prosiect cynnwys: beth ddywedodd pobl wrthym, beth wnaethom ni yn ei gylch, a sut y dylanwadodd ar y canlyniad. Y mwyaf diweddar yn gyntaf.
projects_title_filtered = Dywedoch chi, gwnaethom ni: { $filter }
projects_started_in = dechreuwyd yn { $year }
filter_projects = Hidlo prosiectau
facet_service = Gwasanaeth
facet_type = Math o gynnwys
facet_status = Statws
facet_year = Blwyddyn dechrau
projects_word = { $count ->
    [one] prosiect
    [two] brosiect
    [few] phrosiect
    [many] phrosiect
   *[other] prosiect
}
showing_projects = { $count ->
    [zero] Yn dangos { $count } prosiect
    [one] Yn dangos { $count } prosiect
    [two] Yn dangos { $count } brosiect
    [few] Yn dangos { $count } phrosiect
    [many] Yn dangos { $count } phrosiect
   *[other] Yn dangos { $count } prosiect
}
show_all_projects = Dangos pob prosiect
filters_clear = Clirio pob hidlydd
no_projects_here = Nid oes prosiectau i'w dangos yma eto.
easy_read_version = Fersiwn Hawdd ei Ddeall
easy_read_version_note = o'r dudalen hon: brawddegau byr, gyda lluniau.
about_project = Am y prosiect hwn
type_of_involvement = Math o gynnwys
level_of_influence = Lefel y dylanwad
dates = Dyddiadau
started_on = Dechreuwyd
ended_on = daeth i ben
who_took_part = Pwy gymerodd ran
people_in_all = { $count ->
    [one] { $count } person i gyd
    [two] { $count } berson i gyd
    [few] { $count } pherson i gyd
    [many] { $count } pherson i gyd
   *[other] { $count } person i gyd
}
seldom_heard = Lleisiau y gwnaethom ymdrech arbennig i'w clywed
methods = Sut y gwnaethom gynnwys pobl
existing_insight = Beth roeddem yn ei wybod eisoes
you_said_we_did = Dywedoch chi, gwnaethom ni
ysd_lead = Dyma bob peth a ddywedoch wrthym, wrth ymyl beth wnaethom ni yn ei gylch.
there_are_things = { $count ->
    [two] Mae { $count } beth.
    [few] Mae { $count } pheth.
    [many] Mae { $count } pheth.
   *[other] Mae { $count } peth.
}
theme = Thema
you_said = Dywedoch chi
we_did = Gwnaethom ni
due_on = erbyn
why_not = Pam lai
read_more = Darllen rhagor am hyn
# Over an item's actions when they differ in status, and its overall state beside it.
our_response = Ein hymateb
overall_state = at ei gilydd: { $state }
# An action's link, named by where it goes: a page of the site by its title, else the address.
link_story = Darllen y stori: { $title }
link_project = Gweld y prosiect: { $title }
link_strategy = Darllen y strategaeth: { $title }
link_ambition = Gweld yr uchelgais: { $title }
link_service = Gweld popeth ar gyfer { $title }
link_page = Darllen { $title }
link_go_to = Mynd i { $address }
link_email = E-bostio { $address }
link_call = Ffonio { $number }
link_visit = Ymweld â { $website }
project_poster = Argraffu poster o'r prosiect hwn
project_poster_rest = ar gyfer hysbysfwrdd: un ddalen A4 gyda chod QR i'r dudalen hon.
project_feedback = Dywedwch wrthym beth yw eich barn am y prosiect hwn
project_feedback_rest = : a wnaethom ni bethau'n iawn?
awaiting_lead = Nid ydym wedi ymateb i hyn eto.
waiting_since = Yn aros am ymateb ers
awaiting_update = Byddwn yn diweddaru'r dudalen hon pan fyddwn wedi gwneud hynny.
timeline = Llinell amser
history = Beth newidiodd a phryd
history_none = Nid oes dim wedi newid ers cyhoeddi'r prosiect hwn.
follow_project = Dilyn y prosiect hwn
follow_project_link = Dilyn y prosiect hwn: ei ffrwd newidiadau
follow_project_help_1 = Rhestr o'r newidiadau i'r dudalen hon yw ffrwd, y mwyaf diweddar yn gyntaf, y gall apiau ei gwirio ar eich rhan. Gludwch ei chyfeiriad,
follow_help_2 = , mewn ap darllen ffrydiau i weld pob newid newydd, neu mewn gwasanaeth ffrwd-i-e-bost i gael pob newid drwy e-bost.
outcome = Sut y gwnaeth eich barn lunio'r canlyniad
project_stories = Straeon o'r prosiect hwn
project_strategy = Sut mae'r prosiect hwn yn cefnogi ein strategaeth
project_part_of = Mae'r prosiect hwn yn rhan o
helps_meet_ambitions = { $count ->
    [one] Mae'n ein helpu i gyflawni'r uchelgais hon:
   *[other] Mae'n ein helpu i gyflawni'r uchelgeisiau hyn:
}
project_standards = Safonau cynnwys y mae'r prosiect hwn yn eu bodloni
standards_lead = Rydym yn dilyn safonau cynnwys cenedlaethol 4Pi.
contact = Cysylltu
contact_ask = I holi am y prosiect hwn, cysylltwch â
contact_team = { $team }
contact_ask_us = ni
contact_at = drwy
contact_on = ar
contact_fallback = I holi am y prosiect hwn, cysylltwch â'r tîm cynnwys.
project_figures = Y prosiect hwn mewn rhifau

## A project's timeline and changes

event_started = Dechreuodd y prosiect
event_said = Dywedoch chi wrthym: "{ $said }"
event_done = Wedi'i wneud: { $action }
event_due = Erbyn: { $action }
event_overdue = Yn hwyr, roedd i fod erbyn: { $action }
event_ended = Daeth y prosiect i ben

## Involvement, services, reports

involvement_description = Y pedair ffordd rydym yn cynnwys pobl, o'r lleiaf i'r mwyaf o ddylanwad, a phrosiectau pob un.
involvement_lead = Rydym yn cynnwys pobl mewn pedair ffordd. Mae pob un yn rhoi lefel wahanol o ddylanwad i chi dros yr hyn sy'n digwydd. Maent wedi'u rhestru yma o'r lleiaf o ddylanwad i'r mwyaf.
your_influence = Eich dylanwad
type_projects = { $count ->
    [one] { $count } prosiect: { $type }
    [two] { $count } brosiect: { $type }
    [few] { $count } phrosiect: { $type }
    [many] { $count } phrosiect: { $type }
   *[other] { $count } prosiect: { $type }
}
type_no_projects = Dim prosiectau eto: { $type }.
type_projects_heading = Prosiectau: { $type }
type_we_have = { $count ->
    [one] Mae gennym { $count } prosiect o'r math hwn ({ $type }).
    [two] Mae gennym { $count } brosiect o'r math hwn ({ $type }).
    [few] Mae gennym { $count } phrosiect o'r math hwn ({ $type }).
    [many] Mae gennym { $count } phrosiect o'r math hwn ({ $type }).
   *[other] Mae gennym { $count } prosiect o'r math hwn ({ $type }).
}
type_we_have_none = Nid oes gennym brosiectau o'r math hwn ({ $type }) eto.
type_figures = Beth ddywedoch wrthym mewn prosiectau o'r math { $type }
services_description = Beth ddywedodd pobl wrth bob un o'n gwasanaethau, a beth newidiodd.
services_lead = Popeth a ddywedodd pobl wrth bob un o'n gwasanaethau, a beth wnaeth y gwasanaeth yn ei gylch.
services_card = { $projects ->
    [one] { $projects } prosiect.
    [two] { $projects } brosiect.
    [few] { $projects } phrosiect.
    [many] { $projects } phrosiect.
   *[other] { $projects } prosiect.
} { $count ->
    [one] Dywedoch { $count } peth wrthym; gwnaethom weithredu ar { $acted_on } ({ $share }%).
    [two] Dywedoch { $count } beth wrthym; gwnaethom weithredu ar { $acted_on } ({ $share }%).
    [few] Dywedoch { $count } pheth wrthym; gwnaethom weithredu ar { $acted_on } ({ $share }%).
    [many] Dywedoch { $count } pheth wrthym; gwnaethom weithredu ar { $acted_on } ({ $share }%).
   *[other] Dywedoch { $count } peth wrthym; gwnaethom weithredu ar { $acted_on } ({ $share }%).
}
printable_poster = Poster i'w argraffu
poster_for = ar gyfer { $service }
services_none = Nid oes gwasanaethau i'w dangos eto.
service_lead = Popeth a ddywedodd pobl wrth y gwasanaeth hwn, a beth wnaethom ni yn ei gylch.
service_filter = Hidlo'r rhestr prosiectau yn ôl y gwasanaeth hwn
service_poster = Argraffu poster “Dywedoch chi, gwnaethom ni” ar gyfer y gwasanaeth hwn
follow_service_link = Dilyn y gwasanaeth hwn: ei ffrwd newidiadau
follow_service_help_1 = Mae ffrwd yn rhestru pob newid i brosiectau'r gwasanaeth hwn, y mwyaf diweddar yn gyntaf. Gludwch ei chyfeiriad,
in_numbers = Mewn rhifau
service_no_projects = Nid oes prosiectau ar gyfer y gwasanaeth hwn eto.
service_title = Dywedoch chi, gwnaethom ni: { $service }
poster_intro = Poster ar gyfer hysbysfwrdd yw hwn. Mae'n ffitio ar un ddalen o bapur A4. I'w argraffu, defnyddiwch yr opsiwn argraffu yn eich porwr. Dim ond y poster sy'n cael ei argraffu.
poster_back = Yn ôl i bopeth ar gyfer { $service }
poster_back_project = Yn ôl i'r prosiect: { $title }
as_at = Fel ar
poster_empty = Rydym yn gwrando. Dywedwch wrthym beth sy'n bwysig i chi.
poster_told = { $count ->
    [one] Dywedoch { $count } peth wrthym.
    [two] Dywedoch { $count } beth wrthym.
    [few] Dywedoch { $count } pheth wrthym.
    [many] Dywedoch { $count } pheth wrthym.
   *[other] Dywedoch { $count } peth wrthym.
}
poster_acted = Gwnaethom weithredu ar { $count } ohonynt ({ $share }%)
poster_in_progress = ac mae { $count } ar waith, gyda { $overdue } ohonynt yn hwyr
poster_considering = Rydym yn ystyried yr hyn a ddywedoch wrthym a byddwn yn adrodd yn ôl yma.
poster_read_more = Darllenwch ragor yn
poster_scan = , neu sganiwch y cod â chamera eich ffôn
poster_tell_us = Dywedwch eich barn
poster_call = ffoniwch
poster_email = e-bostiwch
reports_title = Adroddiadau fesul blwyddyn
reports_description = Beth ddywedodd pobl wrthym ym mhob blwyddyn ariannol, a beth ddigwyddodd nesaf.
reports_lead = Beth ddywedodd pobl wrthym ym mhob blwyddyn ariannol (1 Ebrill i 31 Mawrth), a beth sydd wedi digwydd ers hynny. Mae pob peth yn cyfrif yn y flwyddyn y cafodd ei ddweud.
reports_each_year = Mae adroddiad pob blwyddyn yn dangos y ffigurau fesul chwarter ac ar gyfer pob gwasanaeth, ac mae'n argraffu ar A4 ar gyfer papurau'r bwrdd.
reports_none = Nid oes dim i adrodd arno eto.
report_title = Adroddiad ar gyfer { $year }
report_description = Beth ddywedodd pobl wrthym o { $span }, a beth ddigwyddodd nesaf.
report_lead = Beth ddywedodd pobl wrthym o { $span }, a beth sydd wedi digwydd ers hynny. Mae pob peth yn cyfrif yn y chwarter y cafodd ei ddweud; mae'r hyn a ddigwyddodd nesaf fel y mae heddiw.
by_quarter = Fesul chwarter
report_in_year = yn { $year }

## Stories, strategies, pages

stories_description = Straeon effaith: beth newidiodd oherwydd bod pobl wedi cymryd rhan.
stories_lead = Straeon am beth newidiodd pan weithiodd pobl sy'n defnyddio ein gwasanaethau, eu gofalwyr a'n staff gyda'i gilydd.
showing_stories = { $count ->
    [one] Yn dangos { $count } stori
   *[other] Yn dangos { $count } stori
}
stories_none = Nid oes straeon eto.
story_benefits = Pa wahaniaeth a wnaeth cynnwys pobl
about_story = Am y stori hon
project = Prosiect
topics = Pynciau
strategies_title = Ein strategaethau
strategies_lead = Ein strategaethau cynnwys: beth rydym am ei gyflawni, a'n cynnydd hyd yma.
strategies_none = Nid oes strategaeth i'w dangos eto.
ambition_in = Uchelgais yn
measures_heading = Sut y gwyddom ein bod yn gwneud gwahaniaeth?
measure_value = { $value } yn { $date }
measure_target = { $latest }, o'i gymharu â tharged o { $target }
results = canlyniadau
results_target = (y llinell doredig ar y siart yw'r targed)
when = Pryd
result = Canlyniad
progress_so_far = Cynnydd hyd yma
ambition_projects = Prosiectau ar gyfer yr uchelgais hon
ambition_no_projects = Nid oes prosiectau wedi'u cysylltu â'r uchelgais hon eto.
ambition_stories = Straeon ar gyfer yr uchelgais hon
our_standards = Ein safonau cynnwys
strategy_figures = Cynnydd ar draws y strategaeth gyfan

## Search, open data, Easy Read, the 404

search_description = Chwilio prosiectau, straeon a thudalennau.
search_nojs = Mae chwilio'n gweithio yn eich porwr gan ddefnyddio JavaScript. Hebddo, gallwch ddod o hyd i bopeth drwy bori:
search_nojs_projects = pob prosiect “dywedoch chi, gwnaethom ni”
search_nojs_projects_after = , y gallwch eu hidlo yn ôl gwasanaeth, math, statws a blwyddyn
search_nojs_stories = ein holl straeon
search_nojs_services = popeth ar gyfer pob un o'n gwasanaethau
search_label = Chwilio prosiectau, straeon a thudalennau
search_kind_story = Stori
search_kind_page = Tudalen
search_results_for = { $count ->
    [zero] { $count } canlyniad ar gyfer
    [one] { $count } canlyniad ar gyfer
    [two] { $count } ganlyniad ar gyfer
    [few] { $count } chanlyniad ar gyfer
    [many] { $count } chanlyniad ar gyfer
   *[other] { $count } canlyniad ar gyfer
}
search_showing_first = Yn dangos y { $count } cyntaf.
search_none_for = Dim canlyniadau ar gyfer
search_none_hint = Rhowch gynnig ar lai o eiriau neu eiriau gwahanol.
search_loading = Wrthi'n llwytho'r chwiliad…
search_broken = Mae'n ddrwg gennym, nid yw chwilio'n gweithio ar hyn o bryd. Gallwch bori yn lle hynny.
search_hint = Teipiwch un neu ragor o eiriau, er enghraifft “llinell argyfwng” neu “gofalwyr”.
data_description = Pob cam gweithredu a gymerwyd gennym mewn ymateb i'r hyn a ddywedodd pobl wrthym, fel CSV a JSON.
data_lead = Mae popeth a ddywedoch wrthym a phopeth a wnaethom yn ei gylch yn ddata agored. Gallwch ei lawrlwytho, gwirio ein ffigurau a'i ddefnyddio ar gyfer eich gwaith eich hun.
data_download = Lawrlwytho'r data
data_csv = Dywedoch chi, gwnaethom ni, fel taenlen (CSV)
data_json = Dywedoch chi, gwnaethom ni, fel JSON
data_rows = { $count ->
    [one] Mae'r ddwy ffeil yn dal yr un { $count } rhes.
    [two] Mae'r ddwy ffeil yn dal yr un { $count } res.
   *[other] Mae'r ddwy ffeil yn dal yr un { $count } rhes.
}
data_rows_explained = Mae un rhes ar gyfer pob cam gweithredu a gymerwyd gennym. Mae gan beth a ddywedoch wrthym nad oes ymateb iddo eto un rhes hefyd, gyda cham gweithredu gwag a'r statws “awaiting-response”. Felly mae'r rhesi'n adio i'r ffigurau isod.
# Before the licence's name (a link), then who to credit.
data_licence = Cewch gopïo, cyhoeddi ac addasu'r data o dan y
data_credit = Nodwch os gwelwch yn dda mai { $organisation } yw ei ffynhonnell.
data_columns = Beth mae pob colofn yn ei olygu
data_columns_label = Colofnau yn y data agored
data_column = Colofn
column_project = Teitl y prosiect
column_project_url = Cyfeiriad gwe tudalen y prosiect
column_service = Y gwasanaeth y mae'r prosiect yn perthyn iddo
column_involvement_type = Sut y cafodd pobl eu cynnwys, fel y mae'r data yn ei ysgrifennu: consultation, engagement, co-design neu co-production
column_project_status = Statws y prosiect, fel y mae'r data yn ei ysgrifennu: planned, in-progress neu completed
column_started = Pryd y dechreuodd y prosiect (BBBB-MM-DD, neu BBBB-MM pan mai dim ond y mis sy'n hysbys)
column_ended = Pryd y daeth y prosiect i ben, os yw wedi gwneud hynny
column_theme = Thema'r hyn a ddywedodd pobl, os rhoddwyd un
column_you_said = Beth ddywedodd pobl wrthym
column_item_state = Cyflwr yr hyn a ddywedodd pobl wrthym: acted-on, in-progress, could-not-do neu awaiting-response
column_we_did = Beth wnaethom ni, beth rydym yn ei wneud neu beth nad oedd modd i ni ei wneud; yn wag tra'n aros am ymateb
column_status = Statws y cam gweithredu: done, in-progress, planned, not-possible, neu awaiting-response
column_date = Pryd y gwnaed y cam gweithredu, neu pryd mae'n ddyledus
column_reason = Pam nad oedd yn bosibl, lle nad oedd modd i ni weithredu
column_link = Ble i ddarllen rhagor, os rhoddwyd hynny
column_said_on = Pryd y dywedodd pobl wrthym (dyddiad dechrau'r prosiect pan nad yw'r cofnod yn dweud)
column_overdue = yes pan fo'r cam gweithredu wedi'i gynllunio neu ar waith a'i ddyddiad dyledus wedi mynd heibio (mae'n dal i gyfrif fel ar waith); fel arall no
data_holds = Beth mae'n ei ddal
data_figures = Y ffigurau
data_figures_lead = Dyma'r ffigurau rydym yn eu dangos ar draws y wefan hon. Maent wedi'u cyfrifo o'r un cofnodion â'r data.
easy_read_description = Ein gwaith mewn fersiwn Hawdd ei Ddeall: brawddegau byr, gyda lluniau.
easy_read_title = { $title } (Hawdd ei Ddeall)
easy_read_note = Dyma'r fersiwn Hawdd ei Ddeall.
easy_read_full = Darllen y dudalen lawn
easy_read_status = Ble rydym ni arni
easy_read_items = Beth ddywedoch chi wrthym a beth wnaethom ni
easy_read_not_answered = Nid ydym wedi ateb hyn eto.
easy_read_list_1 = Mae'r tudalennau hyn yn dweud wrthych am ein gwaith mewn ffordd Hawdd ei Ddeall.
easy_read_list_2 = Maent yn defnyddio brawddegau byr a lluniau.
easy_read_done = Rydym wedi gwneud hyn.
easy_read_in_progress = Rydym yn gwneud hyn nawr.
easy_read_planned = Byddwn yn gwneud hyn.
easy_read_not_possible = Nid oedd modd i ni wneud hyn.
easy_read_project_planned = Nid yw'r gwaith hwn wedi dechrau eto.
easy_read_project_in_progress = Rydym yn dal i weithio ar hyn.
easy_read_project_completed = Mae'r gwaith hwn wedi'i orffen.
not_found = Heb ddod o hyd i'r dudalen
not_found_lead = Mae'n ddrwg gennym, ni allwn ddod o hyd i'r dudalen honno.
not_found_help = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ddilyn dolen, efallai bod y dudalen wedi symud.
not_found_home = Mynd i'r hafan
not_found_search = Chwilio'r wefan hon

## Feeds

feed_subtitle = Beth sydd wedi newid: beth ddywedodd pobl wrthym, a beth wnaethom ni yn ei gylch.
feed_new_story = Stori newydd: { $title }
change_published = cyhoeddwyd
change_said = dywedoch chi "{ $said }"
change_did = gwnaethom "{ $action }"
change_new_action = cam gweithredu newydd, { $status }: "{ $action }"
change_action_status = mae "{ $action }" bellach { $to } (roedd { $from })
change_reason = pam nad oedd "{ $action }" yn bosibl: { $reason }
change_project_planned = mae'r prosiect wedi'i gynllunio
change_project_under_way = mae'r prosiect ar waith
change_project_completed = mae'r prosiect wedi'i gwblhau
change_status_done = wedi'i wneud
change_status_in_progress = ar waith
change_status_planned = wedi'i gynllunio
change_status_not_possible = ddim yn bosibl

## The built-in vocabularies (a site's own wording in site.yaml is shown instead)

type_consultation = Ymgynghoriad
type_consultation_influence = Gwnaethom ofyn am eich barn ar syniadau, cynlluniau neu opsiynau.
type_consultation_description = Rydym yn rhannu syniadau, cynlluniau neu opsiynau ac yn gofyn beth yw eich barn cyn i ni benderfynu. Mae eich barn yn llywio'r penderfyniad, a wneir wedyn gan y sefydliad.
type_engagement = Ymgysylltu
type_engagement_influence = Gwnaethom wrando i ddeall eich profiadau a'ch safbwyntiau.
type_engagement_description = Rydym yn gwrando, mewn sgyrsiau, grwpiau ac ymweliadau, i ddeall sut brofiad yw defnyddio ein gwasanaethau i chi, fel bod yr hyn a ddysgwn yn llywio ein blaenoriaethau.
type_co-design = Cyd-ddylunio
type_co-design_influence = Gwnaethom weithio gyda chi i lunio syniadau a chynlluniau; mae eich cyfraniad i'w weld yn y canlyniad.
type_co-design_description = Mae pobl sydd â phrofiad bywyd a staff yn llunio syniadau a chynlluniau gyda'i gilydd. Gallwch weld eich cyfraniad yn yr hyn a wnawn, er y gall y penderfyniad terfynol fod yn nwylo'r sefydliad.
type_co-production = Cyd-gynhyrchu
type_co-production_influence = Gwnaethom weithio fel partneriaid cyfartal o'r dechrau i'r diwedd, gan rannu penderfyniadau a chyfrifoldeb.
type_co-production_description = Mae pobl sydd â phrofiad bywyd a staff yn gweithio fel partneriaid cyfartal o'r syniad cyntaf i'r newid gorffenedig, gan rannu pŵer, penderfyniadau a chyfrifoldeb drwy gydol y gwaith.
benefit_legal-duty = Bodloni ein dyletswydd gyfreithiol
benefit_legal-duty_description = Mae cynnwys pobl mewn penderfyniadau am wasanaethau yn ofyniad cyfreithiol, nid yn rhywbeth dewisol
benefit_shared-decisions = Penderfyniadau ar y cyd
benefit_shared-decisions_description = Mae staff a phobl sydd â phrofiad bywyd yn penderfynu gyda'i gilydd, sy'n gwella gofal
benefit_relationships = Perthnasoedd gwell
benefit_relationships_description = Mae pobl a staff yn meithrin ymddiriedaeth ac yn cydweithio i wneud i newid ddigwydd
benefit_saves-resources = Arbed adnoddau
benefit_saves-resources_description = Mae gwneud pethau'n iawn y tro cyntaf yn osgoi gwario amser ac arian ar y peth anghywir
benefit_person-centred = Gofal sy'n canolbwyntio ar yr unigolyn
benefit_person-centred_description = Mae gwasanaethau'n addas i anghenion y bobl sy'n eu defnyddio
benefit_transparency = Tryloywder
benefit_transparency_description = Mae'r rhesymau dros benderfyniadau yn glir ac wedi'u cyfiawnhau
benefit_empowerment = Grymuso
benefit_empowerment_description = Mae pobl yn gweld eu cyfraniad yn gwneud gwahaniaeth i wasanaethau ac i'w hiechyd eu hunain
benefit_more-perspectives = Rhagor o safbwyntiau
benefit_more-perspectives_description = Rydym yn clywed gan bawb sydd â diddordeb, nid dim ond y lleisiau uchaf
benefit_new-information = Gwybodaeth newydd
benefit_new-information_description = Mae profiad bywyd yn dod â gwybodaeth na fyddai gennym fel arall
benefit_buy-in = Dealltwriaeth a chefnogaeth
benefit_buy-in_description = Mae cynnwys pobl yn gynnar yn meithrin dealltwriaeth o benderfyniadau a chefnogaeth iddynt
benefit_governance = Llywodraethu gwell
benefit_governance_description = Mae penderfyniadau'n fwy dilys, atebol ac agored
standard_principles = Egwyddorion
standard_principles_description = Mae cynnwys pobl yn seiliedig ar werthoedd a rennir: parch, gonestrwydd, cydraddoldeb a chynhwysiant.
standard_purpose = Pwrpas
standard_purpose_description = Mae pawb yn gwybod pam eu bod yn cael eu cynnwys a beth y gall ei newid.
standard_presence = Presenoldeb
standard_presence_description = Mae'r bobl iawn yn cymryd rhan, gan adlewyrchu'n cymunedau, gan gynnwys lleisiau na chlywir yn aml.
standard_process = Proses
standard_process_description = Mae'r ffordd y caiff pobl eu cynnwys yn hygyrch, wedi'i chefnogi a'i chynllunio, a chaiff pobl dâl teg neu ddiolch.
standard_impact = Effaith
standard_impact_description = Rydym yn cofnodi ac yn rhannu'r gwahaniaeth a wnaeth cynnwys pobl.

## Crynodebau i'w mewnosod (/embed/)

embed_link = Dangos y ffigurau hyn ar eich gwefan neu fewnrwyd eich hun
data_embed_link = Dangos y ffigurau hyn ar wefan arall
embed_title = Dangos ein ffigurau ar eich gwefan
embed_description = Crynodebau o'n ffigurau i'w copïo i'ch gwefan neu fewnrwyd eich hun.
embed_lead = Copïwch grynodeb o'r hyn a ddywedodd pobl wrthym, a'r hyn a wnaethom, i'ch gwefan neu fewnrwyd eich hun.
embed_about = Llun o'r prif ffigurau yw pob crynodeb, yr un ffigurau ag ar y wefan hon. Mae'r rhifau wedi'u hysgrifennu yn y llun fel testun, felly gall darllenwyr sgrin eu darllen, ac mae'r cod i'w gopïo yn rhoi'r un geiriau i'r llun â'i ddisgrifiad. Nid oes sgript nac olrhain. Mae'r llun yn newid bob tro y caiff y wefan hon ei chyhoeddi, felly mae'n aros yn gyfredol ar eich tudalen.
embed_how = I ddefnyddio un, dewiswch yr holl god yn ei flwch, copïwch ef, a'i ludo i HTML eich tudalen.
embed_svg_alone = Y llun ar ei ben ei hun (SVG)
embed_same_figures = Yr un ffigurau ar y wefan hon
embed_code_for = Cod i'w gopïo ar gyfer “{ $title }”
embed_all_services = Ein holl wasanaethau
embed_text = { $title }, { $organisation }.
embed_as_at = Ffigurau fel ar { $date }.
embed_svg_as_at = ffigurau fel ar { $date }
embed_nothing = Nid oes dim wedi'i gofnodi yma eto.
embed_told = { $count ->
    [one] Dywedodd pobl { $count } peth wrthym.
   *[other] Dywedodd pobl { $count } o bethau wrthym.
}
embed_acted = Fe wnaethom weithredu ar { $count } ({ $share }%).
embed_in_progress = Ar waith: { $count }, gyda { $overdue } ohonynt yn hwyr.
embed_could_not = Methu â'u gwneud: { $count }.
embed_awaiting = Yn aros am ymateb: { $count }.
embed_svg_told = { $count ->
    [one] peth a ddywedoch wrthym
   *[other] o bethau a ddywedoch wrthym
}
embed_figcaption = { $title }: yr hyn a ddywedodd pobl wrthym a'r hyn a wnaethom
