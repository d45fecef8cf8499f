#!/usr/bin/env python3
"""Writes a deterministic, valid wedid site of N projects and M stories, for benchmarks.

    python3 bench/gen_corpus.py DIR --projects 10000 --stories 10000
    python3 bench/gen_corpus.py DIR --stories 10000 --stories-only --hugo HUGO_DIR

Projects have 1-6 "you said" items with 0-2 actions each (each saying where it was done, such
as "at the Elmbury A&E", so a search can pick a project out), every project and action status,
ten services and all four involvement types; stories are about 700 words of Markdown with
headings, lists, quotes, internal and external links and (one in five) a fenced code block;
there is one strategy and one free page. The same arguments always give the same files (a
seeded generator), so runs are comparable.

Items still awaiting a response only occur in projects that started less than 90 days before
TODAY, so a build with SOURCE_DATE_EPOCH set to TODAY (as bench/run.sh does) reports no
warnings: the benchmark measures building, not printing thousands of reminders.

--git C makes the site a git repository with C commits (through `git fast-import`, so it takes
seconds): the first commit holds every story, page and strategy and half the projects in an
earlier version (fewer items, done actions still planned); each later commit adds some of the
other projects and brings others to their final version, so that the last commit is exactly the
files on disk, and every project changes at least once after it was added. Commit dates run
daily up to TODAY. It measures what reading history costs a build (bench/history.sh).

--stories-only writes just the M stories (no projects, strategy or free page), and --hugo DIR
writes the same M stories, with identical Markdown bodies, as a Hugo site with a minimal layout
(base, home, single, list, taxonomy and term templates), for the comparison with Hugo.
"""
import argparse
import datetime
import os
import random
import subprocess

# "Today" for the 90-day rule; bench/run.sh exports it as SOURCE_DATE_EPOCH.
TODAY = datetime.date(2025, 6, 30)
SERVICES = ["Crisis and home treatment", "Community mental health", "Children and young people's services",
            "Inpatient wards", "Talking therapies", "Memory assessment", "Learning disability services",
            "Perinatal mental health", "Eating disorders", "Older people's services"]
TYPES = ["consultation", "engagement", "co-design", "co-production"]
PROJECT_STATUSES = ["planned", "in-progress", "completed"]
ACTION_STATUSES = ["done", "in-progress", "planned", "not-possible"]
THEMES = ["Access", "Information", "Environment", "Staff"]
TAGS = ["crisis care", "carers", "young people", "wards", "waiting times", "peer support", "digital",
        "accessibility", "recovery", "families", "training", "nutrition"]
WORDS = ("people told us waiting was hard and the service listened carefully to carers families staff "
         "together we changed how appointments work so that everyone feels welcome safe and heard "
         "the ward team met every month with experts by experience to review progress honestly").split()
# Where an action happened, as real actions say ("at the Elmbury reception desk"): the corpus's
# other words are few and on every page, so without these no search could pick one project out.
# They come from a generator of their own, so the rest of the corpus is the same as before.
TOWNS = [a + b for a in ("Ash", "Bram", "Elm", "Fern", "Hol", "Kel", "Lang", "Mar", "Nor", "Oak", "Pen", "Red", "Stan",
                         "Thorn", "Wes", "Wick", "Bar", "Cal", "Dun", "Gar", "Hart", "Ival", "Jes", "Kin", "Lor",
                         "Mill", "Nen", "Orm", "Pol", "Quen", "Ros", "Sel", "Tam", "Ul", "Ven", "Wal", "Yar", "Zel",
                         "Brack", "Crom")
         for b in ("bury", "ford", "ley", "ton", "wick", "field", "dale", "mouth", "stead", "by", "ham", "worth",
                   "combe", "gate", "hurst", "mere", "minster", "moor", "port", "shaw", "thorpe", "wood", "brook",
                   "cliffe", "holme")]
SPOTS = ["A&E", "reception desk", "day room", "outpatient clinic", "car park", "garden", "family room", "pharmacy",
         "waiting area", "health centre", "community hub", "ward kitchen", "crisis café", "front entrance",
         "therapy rooms", "visitor lounge", "lift lobby", "quiet room", "memory clinic", "sports hall"]
PLACES = random.Random(20250630)
AMBITIONS = ["communication", "service-design", "recruitment", "leadership", "whats-working", "roles", "seldom-heard"]
SITE_YAML = ("title: Benchmark site\norganisation: Benchmark NHS Trust\nbase_url: https://bench.example.nhs.uk/\n"
             "privacy:\n  allowed_email_domains: [example.nhs.uk]\n")


def sentence(rng, n=12):
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


def date(rng, lo, hi):
    """A day between two dates, inclusive."""
    return lo + datetime.timedelta(days=rng.randint(0, (hi - lo).days))


def action(rng, stories):
    status = rng.choice(ACTION_STATUSES)
    place = f"{PLACES.choice(TOWNS)} {PLACES.choice(SPOTS)}"
    lines = [f"      - action: {sentence(rng, 10)[:-1]} at the {place}.", f"        status: {status}"]
    if status == "done":
        lines.append(f"        date: {date(rng, datetime.date(2020, 1, 1), TODAY)}")
    elif status == "planned":
        lines.append(f"        date: {date(rng, TODAY, datetime.date(2026, 12, 31))}")
    elif status == "not-possible":
        lines.append(f"        reason: {sentence(rng, 14)}")
    if stories and rng.random() < 0.1:
        lines.append(f"        link: /stories/story-{rng.randrange(stories)}/")
    return lines


def project(rng, i, stories):
    status = rng.choice(PROJECT_STATUSES)
    # One project in ten is recent enough for items that still await a response.
    recent = status != "completed" and rng.random() < 0.1
    if recent:
        started = date(rng, TODAY - datetime.timedelta(days=80), TODAY)
    else:
        started = date(rng, datetime.date(2019, 1, 1), datetime.date(2024, 12, 31))
    lines = [f"title: Project {i} about {rng.choice(WORDS)} and {rng.choice(WORDS)}",
             f"summary: {sentence(rng, 20)}",
             f"service: \"{rng.choice(SERVICES)}\"",
             f"involvement: {rng.choice(TYPES)}",
             f"status: {status}",
             f"started: {started}"]
    if status == "completed":
        lines.append(f"ended: {started + datetime.timedelta(days=rng.randint(30, 400))}")
        lines.append("outcome: |\n  " + sentence(rng, 30) + "\n\n  " + sentence(rng, 25))
    lines.append(f"ambitions: [{rng.choice(AMBITIONS)}]")
    lines.append("people:\n  - { group: Service users, count: %d }\n  - { group: Carers }" % rng.randint(3, 40))
    lines.append("you_said:")
    for _ in range(rng.randint(1, 6)):
        lines.append(f"  - said: {sentence(rng)}")
        lines.append(f"    theme: {rng.choice(THEMES)}")
        actions = rng.randint(0 if recent else 1, 2)
        if actions == 0:
            lines.append("    we_did: []")
            continue
        lines.append("    we_did:")
        for _ in range(actions):
            lines.extend(action(rng, stories))
    return "\n".join(lines) + "\n"


class Story:
    """One story's fields, written both as a wedid story and as a Hugo page."""

    def __init__(self, rng, i, projects, stories):
        self.title = f"Story {i}: {sentence(rng, 6)[:-1]}"
        self.date = date(rng, datetime.date(2019, 1, 1), TODAY)
        self.summary = sentence(rng, 25)
        self.project = f"project-{rng.randrange(projects)}" if projects else None
        self.tags = rng.sample(TAGS, rng.randint(1, 2))
        self.quote = sentence(rng, 15)
        self.body = body(rng, projects, stories)

    def wedid(self):
        fm = [f"title: \"{self.title}\"", f"date: {self.date}", f"summary: {self.summary}"]
        if self.project:
            fm.append(f"project: {self.project}")
        fm.append("benefits: [transparency, relationships]")
        fm.append(f"tags: [{', '.join(self.tags)}]")
        fm.append(f"quote:\n  text: {self.quote}\n  by: Expert by experience\n  consent: true")
        return "---\n" + "\n".join(fm) + "\n---\n" + self.body

    def hugo(self):
        fm = [f"title: \"{self.title}\"", f"date: {self.date}", f"summary: {self.summary}",
              f"tags: [{', '.join(self.tags)}]", f"quote: {self.quote}", "quote_by: Expert by experience"]
        return "---\n" + "\n".join(fm) + "\n---\n" + self.body


def body(rng, projects, stories):
    """About 700 words: five sections of two paragraphs, a list, a quote and two links."""
    parts = []
    for section in range(5):
        parts.append(f"## Part {section + 1}: {rng.choice(WORDS)}\n")
        for _ in range(2):
            parts.append(" ".join(sentence(rng, rng.randint(8, 14)) for _ in range(4)) + "\n")
        parts.append("\n".join(f"- {sentence(rng, 8)}" for _ in range(4)) + "\n")
        parts.append(f"> {sentence(rng, 14)}\n")
        if projects:
            parts.append(f"Read about [project {section}](/you-said-we-did/project-{rng.randrange(projects)}/).\n")
        else:
            parts.append(f"Read [another story, part {section}](/stories/story-{rng.randrange(stories)}/).\n")
        parts.append(f"See [the national guidance on {rng.choice(WORDS)}](https://www.england.nhs.uk/guidance/{section}/).\n")
    if rng.random() < 0.2:
        parts.append("```yaml\nstatus: done\ndate: 2024-05-01\n```\n")
    return "\n".join(parts)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def write_wedid_site(d, projects, stories_only):
    write(os.path.join(d, "site.yaml"), SITE_YAML)
    if stories_only:
        return
    write(os.path.join(d, "content/strategy/strategy.yaml"),
          "title: Benchmark strategy\npublished: 2020-01-01\nperiod: { from: 2020-01-01, to: 2030-12-31 }\n"
          "vision: To benchmark.\nambitions:\n"
          + "".join(f"  - {{ id: {a}, title: {a.title()}, statement: About {a}, measures: [Measured] }}\n" for a in AMBITIONS))
    write(os.path.join(d, "content/pages/about.md"), "---\ntitle: About\norder: 1\n---\nAbout this benchmark.\n")


# A minimal Hugo site that builds what wedid builds for stories: every story, the paginated
# story list (50 a page, like wedid), a home page, a 404 page, one feed, a sitemap and
# robots.txt; plus tag pages, which wedid does not have.
HUGO_CONFIG = """baseURL = "https://bench.example.nhs.uk/"
title = "Benchmark site"
languageCode = "en-gb"
enableRobotsTXT = true
[pagination]
pagerSize = 50
[outputs]
home = ["html", "rss"]
section = ["html"]
taxonomy = ["html"]
term = ["html"]
[taxonomies]
tag = "tags"
"""
HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ site.Title }}</title></head>
<body><a href="#main">Skip to main content</a>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav><a href="{{ "/stories/" | relURL }}">Stories</a> <a href="{{ "/tags/" | relURL }}">Tags</a></nav></header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer><p>Benchmark NHS Trust</p></footer></body></html>
""",
    "home.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range first 6 (where site.RegularPages "Section" "stories") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<p class="lead">{{ .Summary }}</p>
{{ with .Params.quote }}<blockquote><p>{{ . }}</p><footer>{{ $.Params.quote_by }}</footer></blockquote>{{ end }}
{{ .Content }}
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
</article>{{ end }}""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}""",
    "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}""",
    "404.html": """{{ define "main" }}<h1>Page not found</h1><p><a href="{{ "/" | relURL }}">Go to the home page</a></p>{{ end }}""",
}


def write_hugo_site(d):
    write(os.path.join(d, "hugo.toml"), HUGO_CONFIG)
    write(os.path.join(d, "content/stories/_index.md"), "---\ntitle: Stories\n---\n")
    for name, text in HUGO_LAYOUTS.items():
        write(os.path.join(d, "layouts", name), text)


def earlier_version(text):
    """A project as it was before: its last item not yet said, its done actions still planned."""
    items = text.split("\n  - said: ")
    if len(items) > 2:
        text = "\n  - said: ".join(items[:-1]) + "\n"
    return text.replace("status: done", "status: planned")


def write_git_history(d, commits, seed):
    """Turns the site at d into a repository whose last of `commits` commits is the files on disk."""
    rng = random.Random(seed)
    files = sorted(os.path.relpath(os.path.join(root, f), d) for root, _, names in os.walk(d) for f in names)
    projects = [f for f in files if f.startswith("content/projects/")]
    others = [f for f in files if not f.startswith("content/projects/")]
    first = len(projects) // 2
    later = max(commits - 1, 1)
    added = {p: (0 if i < first else 1 + (i - first) * (later - 1) // max(len(projects) - first, 1)) for i, p in enumerate(projects)}
    final = {p: rng.randint(added[p] + 1, later) if added[p] < later else later for p in projects}
    by_commit = [[] for _ in range(later + 1)]
    for p in projects:
        by_commit[added[p]].append((p, "earlier"))
        by_commit[final[p]].append((p, "final"))
    start = TODAY - datetime.timedelta(days=later)
    out = []

    def data(b):
        out.append(b"data %d\n" % len(b))
        out.append(b + b"\n")

    def read(path):
        with open(os.path.join(d, path), "rb") as f:
            return f.read()

    for k in range(later + 1):
        when = int(datetime.datetime.combine(start + datetime.timedelta(days=k), datetime.time(12)).replace(
            tzinfo=datetime.timezone.utc).timestamp())
        out.append(b"commit refs/heads/main\nmark :%d\n" % (k + 1))
        out.append(b"committer Bench <bench@example.nhs.uk> %d +0000\n" % when)
        data(b"Commit %d" % k)
        if k:
            out.append(b"from :%d\n" % k)
        paths = [(f, "final") for f in others] if k == 0 else []
        for path, version in paths + by_commit[k]:
            text = read(path)
            if version == "earlier":
                text = earlier_version(text.decode()).encode()
            out.append(b"M 100644 inline %s\n" % path.encode())
            data(text)
    subprocess.run(["git", "init", "-q", "-b", "main", d], check=True)
    subprocess.run(["git", "-C", d, "fast-import", "--quiet"], input=b"".join(out), check=True)
    subprocess.run(["git", "-C", d, "reset", "-q"], check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--projects", type=int, default=1000)
    ap.add_argument("--stories", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--stories-only", action="store_true", help="write only the stories (ignores --projects)")
    ap.add_argument("--hugo", metavar="HUGO_DIR", help="also write the same stories as a Hugo site")
    ap.add_argument("--git", type=int, metavar="COMMITS", help="also make the site a git repository with this many commits")
    a = ap.parse_args()
    projects = 0 if a.stories_only else a.projects
    rng = random.Random(a.seed)
    write_wedid_site(a.dir, projects, a.stories_only)
    for i in range(projects):
        write(os.path.join(a.dir, f"content/projects/project-{i}.yaml"), project(rng, i, a.stories))
    if a.hugo:
        write_hugo_site(a.hugo)
    for i in range(a.stories):
        s = Story(rng, i, projects, a.stories)
        write(os.path.join(a.dir, f"content/stories/story-{i}.md"), s.wedid())
        if a.hugo:
            write(os.path.join(a.hugo, f"content/stories/story-{i}.md"), s.hugo())
    if a.git:
        write_git_history(a.dir, a.git, a.seed)


if __name__ == "__main__":
    main()
