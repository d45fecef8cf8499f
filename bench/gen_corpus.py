#!/usr/bin/env python3
"""Writes a deterministic, valid wedid site of N projects and M stories, for benchmarks.

    python3 bench/gen_corpus.py DIR --projects 10000 --stories 10000

Projects have 1-6 "you said" items with 0-2 actions each, every status, several services and
all four involvement types; stories are ~700 words of Markdown with headings, lists, quotes,
links and some fenced code; there is one strategy. The same arguments always give the same
files (a seeded generator), so runs are comparable.
"""
import argparse
import os
import random

SERVICES = ["Crisis and home treatment", "Community mental health", "Children and young people's services",
            "Inpatient wards", "Talking therapies", "Memory assessment", "Learning disability services",
            "Perinatal mental health", "Eating disorders", "Older people's services"]
TYPES = ["consultation", "engagement", "co-design", "co-production"]
WORDS = ("people told us waiting was hard and the service listened carefully to carers families staff "
         "together we changed how appointments work so that everyone feels welcome safe and heard "
         "the ward team met every month with experts by experience to review progress honestly").split()
AMBITIONS = ["communication", "service-design", "recruitment", "leadership", "whats-working", "roles", "seldom-heard"]


def sentence(rng, n=12):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def date(rng, lo=2019, hi=2025):
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def project(rng, i, stories):
    status = rng.choice(["planned", "in-progress", "completed"])
    started = date(rng, 2019, 2024)
    lines = [f"title: Project {i} about {rng.choice(WORDS)} and {rng.choice(WORDS)}",
             f"summary: {sentence(rng, 20)}",
             f"service: \"{rng.choice(SERVICES)}\"",
             f"involvement: {rng.choice(TYPES)}",
             f"status: {status}",
             f"started: {started}"]
    if status == "completed":
        lines.append(f"ended: {int(started[:4]) + 1}{started[4:]}")
        lines.append("outcome: |\n  " + sentence(rng, 30) + "\n\n  " + sentence(rng, 25))
    lines.append(f"ambitions: [{rng.choice(AMBITIONS)}]")
    lines.append("people:\n  - { group: Service users, count: %d }\n  - { group: Carers }" % rng.randint(3, 40))
    lines.append("you_said:")
    for _ in range(rng.randint(1, 6)):
        lines.append(f"  - said: {sentence(rng)}")
        lines.append(f"    theme: {rng.choice(['Access', 'Information', 'Environment', 'Staff'])}")
        actions = rng.randint(0, 2)
        if actions == 0:
            lines.append("    we_did: []")
            continue
        lines.append("    we_did:")
        for _ in range(actions):
            st = rng.choice(["done", "in-progress", "planned", "not-possible"])
            lines.append(f"      - action: {sentence(rng, 10)}")
            lines.append(f"        status: {st}")
            if st in ("done", "planned"):
                lines.append(f"        date: {date(rng, 2020, 2026)}")
            if st == "not-possible":
                lines.append(f"        reason: {sentence(rng, 14)}")
            if stories and rng.random() < 0.1:
                lines.append(f"        link: /stories/story-{rng.randrange(stories)}/")
    return "\n".join(lines) + "\n"


def story(rng, i, projects):
    fm = [f"title: \"Story {i}: {sentence(rng, 6)[:-1]}\"", f"date: {date(rng)}", f"summary: {sentence(rng, 25)}"]
    if projects:
        fm.append(f"project: project-{rng.randrange(projects)}")
    fm.append("benefits: [transparency, relationships]")
    fm.append("quote:\n  text: " + sentence(rng, 15) + "\n  by: Expert by experience\n  consent: true")
    body = []
    for section in range(5):
        body.append(f"## Part {section + 1}: {rng.choice(WORDS)}\n")
        for _ in range(2):
            body.append(" ".join(sentence(rng, rng.randint(10, 20)) for _ in range(4)) + "\n")
        body.append("\n".join(f"- {sentence(rng, 8)}" for _ in range(4)) + "\n")
        body.append(f"> {sentence(rng, 14)}\n")
        if projects:
            body.append(f"Read about [project {section}](/you-said-we-did/project-{rng.randrange(projects)}/).\n")
    if rng.random() < 0.2:
        body.append("```yaml\nstatus: done\ndate: 2024-05-01\n```\n")
    return "---\n" + "\n".join(fm) + "\n---\n" + "\n".join(body)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--projects", type=int, default=1000)
    ap.add_argument("--stories", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    for sub in ["content/projects", "content/stories", "content/strategy", "content/pages"]:
        os.makedirs(os.path.join(a.dir, sub), exist_ok=True)
    with open(os.path.join(a.dir, "site.yaml"), "w") as f:
        f.write("title: Benchmark site\norganisation: Benchmark NHS Trust\nbase_url: https://bench.example.nhs.uk/\n"
                "privacy:\n  allowed_email_domains: [example.nhs.uk]\n")
    with open(os.path.join(a.dir, "content/strategy/strategy.yaml"), "w") as f:
        f.write("title: Benchmark strategy\npublished: 2020-01-01\nperiod: { from: 2020-01-01, to: 2030-12-31 }\n"
                "vision: To benchmark.\nambitions:\n" + "".join(
                    f"  - {{ id: {a_}, title: {a_.title()}, statement: About {a_}, measures: [Measured] }}\n" for a_ in AMBITIONS))
    with open(os.path.join(a.dir, "content/pages/about.md"), "w") as f:
        f.write("---\ntitle: About\norder: 1\n---\nAbout this benchmark.\n")
    for i in range(a.projects):
        with open(os.path.join(a.dir, f"content/projects/project-{i}.yaml"), "w") as f:
            f.write(project(rng, i, a.stories))
    for i in range(a.stories):
        with open(os.path.join(a.dir, f"content/stories/story-{i}.md"), "w") as f:
            f.write(story(rng, i, a.projects))


if __name__ == "__main__":
    main()
