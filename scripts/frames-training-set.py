#!/usr/bin/env python3
"""Builds the training rows of slant's frame model (models/frames.json.gz).

Reads the frame-coded corpora of ../shared/corpora/frames (FrAC sentences, Gun Violence
Frame Corpus headlines and leads, Narrative Frames articles) and a bounded sample of
AllSides articles whose `topic` gives distant frame labels, maps every label set onto
the 15 policy-frame dimensions of the Media Frames Corpus codebook, and writes one JSON
object a line: id, title, text, frames (the row's frames), known (the frames its source
codebook could have given: a row is evidence against a frame only when its coders could
have chosen it), group (the unit cross-validation holds out) and source.

Usage: scripts/frames-training-set.py SHARED_DIR OUT.jsonl [--per-topic N]

Deterministic: rows are written in source order, and the AllSides sample takes, per
topic, the N training-split articles with the smallest SHA-1 of their id.

The mappings below are documented in models/README.md ("The frame model").
"""
import gzip
import hashlib
import json
import sys
from urllib.parse import urlparse

ECO = "economic"
CAP = "capacity_and_resources"
MOR = "morality"
FAIR = "fairness_and_equality"
LEGAL = "legality_constitutionality_and_jurisprudence"
POLICY = "policy_prescription_and_evaluation"
CRIME = "crime_and_punishment"
SEC = "security_and_defense"
HEALTH = "health_and_safety"
QOL = "quality_of_life"
CULT = "cultural_identity"
OPINION = "public_opinion"
POL = "political"
EXT = "external_regulation_and_reputation"
OTHER = "other"
FRAMES = [ECO, CAP, MOR, FAIR, LEGAL, POLICY, CRIME, SEC, HEALTH, QOL, CULT, OPINION, POL, EXT, OTHER]

# FrAC: 10 codes derived from the MFC's 15; two merge two dimensions each.
FRAC = {
    "economic": [ECO],
    "morality": [MOR],
    "fairness_and_equality": [FAIR],
    "legality_crime": [LEGAL, CRIME],
    "political_and_policy": [POL, POLICY],
    "security_and_defense": [SEC],
    "health_and_safety": [HEALTH],
    "cultural_identity": [CULT],
    "public_opinion": [OPINION],
    "other": [OTHER],
}

# Gun Violence Frame Corpus: 9 issue-specific frames.
GVFC = {
    "gun_rights": [LEGAL, POL],
    "gun_control": [POLICY, LEGAL, POL],
    "politics": [POL],
    "mental_health": [HEALTH],
    "school_or_public_space_safety": [SEC, HEALTH, QOL],
    "race_ethnicity": [FAIR, CULT],
    "public_opinion": [OPINION],
    "society_culture": [CULT],
    "economic_consequences": [ECO],
}

# Narrative Frames: the 5 generic frames of Semetko and Valkenburg (2000).
NARRATIVE = {
    "economic": [ECO],
    "morality": [MOR],
    "conflict": [POL],
    "resolution": [POLICY],
    "human_interest": [QOL],
}

# AllSides topics → frames (distant labels: the topic says what the story is about,
# which in news usually sets its main frame). Topics not listed are not sampled.
TOPICS = {
    # political contest
    "elections": [POL], "politics": [POL], "white_house": [POL], "us_senate": [POL],
    "us_house": [POL], "us_congress": [POL], "republican_party": [POL],
    "democratic_party": [POL], "impeachment": [POL], "polarization": [POL],
    "campaign_finance": [POL, LEGAL], "campaign_rhetoric": [POL], "tea_party": [POL],
    # economy
    "economy_and_jobs": [ECO], "economic_policy": [ECO, POLICY], "banking_and_finance": [ECO],
    "business": [ECO], "trade": [ECO, EXT], "taxes": [ECO, POLICY], "labor": [ECO],
    "fiscal_cliff": [ECO, POL], "treasury": [ECO], "federal_budget": [ECO, CAP],
    "agriculture": [ECO],
    # capacity and resources
    "veterans_affairs": [CAP], "transportation": [CAP], "energy": [ECO, CAP],
    # health and safety
    "healthcare": [HEALTH, POLICY], "coronavirus": [HEALTH], "public_health": [HEALTH],
    "opioid_crisis": [HEALTH], "ebola": [HEALTH], "fda": [HEALTH], "disaster": [HEALTH, QOL],
    "obesity_and_malnutrition": [HEALTH],
    # crime and legality
    "criminal_justice": [CRIME], "violence_in_america": [CRIME], "justice": [CRIME, LEGAL],
    "death_penalty": [CRIME], "capital_punishment_and_death_penalty": [CRIME],
    "marijuana_legalization": [LEGAL, CRIME], "sexual_misconduct": [CRIME],
    "fbi": [CRIME], "justice_department": [LEGAL, CRIME], "dea": [CRIME],
    "supreme_court": [LEGAL], "us_constitution": [LEGAL], "free_speech": [LEGAL],
    "privacy": [LEGAL], "gun_control_and_gun_rights": [LEGAL, POLICY, POL],
    # fairness
    "civil_rights": [FAIR, LEGAL], "voting_rights_and_voter_fraud": [FAIR, LEGAL],
    "race_and_racism": [FAIR, CULT], "inequality": [FAIR, ECO], "women's_issues": [FAIR],
    "lgbt_rights": [FAIR, LEGAL],
    # security
    "national_security": [SEC], "defense": [SEC], "national_defense": [SEC],
    "us_military": [SEC], "terrorism": [SEC], "homeland_security": [SEC], "isis": [SEC],
    "nuclear_weapons": [SEC], "cybersecurity": [SEC], "nsa": [SEC, LEGAL], "cia": [SEC],
    # external relations
    "foreign_policy": [EXT], "state_department": [EXT], "world": [EXT], "china": [EXT],
    "russia": [EXT], "north_korea": [EXT, SEC], "middle_east": [EXT],
    "europe": [EXT], "israel": [EXT], "palestine": [EXT], "great_britain": [EXT],
    "asia": [EXT], "mexico": [EXT], "africa": [EXT], "south_korea": [EXT],
    # morality and culture
    "religion_and_faith": [MOR, CULT], "abortion": [MOR, LEGAL], "culture": [CULT],
    "holidays": [CULT], "arts_and_entertainment": [CULT], "sports": [CULT],
    "family_and_marriage": [QOL, CULT],
    # quality of life and policy
    "housing_and_homelessness": [QOL], "food": [QOL, HEALTH], "welfare": [QOL, POLICY],
    "social_security": [QOL, ECO], "education": [QOL, POLICY],
    "environment": [POLICY, HEALTH], "epa": [POLICY, LEGAL],
    "role_of_government": [POLICY], "domestic_policy": [POLICY],
}
ALLSIDES_KNOWN = sorted({f for fs in TOPICS.values() for f in fs})


def known_of(mapping):
    return sorted({f for fs in mapping.values() for f in fs})


def frames_of(codes, mapping):
    return sorted({f for c in codes for f in mapping[c]})


def outlet_key(name):
    """One group per outlet however the corpus spells it ("The Huffington Post",
    "thehuffingtonpost")."""
    return "".join(c for c in name.lower() if c.isalnum())


def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    shared, out = argv[1], argv[2]
    per_topic = int(argv[argv.index("--per-topic") + 1]) if "--per-topic" in argv else 40
    rows = []
    # FrAC rows carry no source; neighbouring ids come from one article, so blocks
    # of 25 consecutive rows form a group.
    for r in read_jsonl(f"{shared}/corpora/frames/frac.jsonl"):
        n = int(r["id"].split("-")[1])
        rows.append(dict(id=r["id"], title=None, text=r["text"],
                         frames=frames_of([r["frame"]], FRAC), known=known_of(FRAC),
                         group=f"frac-{n // 25}", source="frac"))
    for r in read_jsonl(f"{shared}/corpora/frames/gvfc.jsonl"):
        host = urlparse(r.get("url") or "").netloc.lower().removeprefix("www.")
        lead = r["lead"]
        # The lead repeats the headline first in many rows: keep the text once.
        if lead.startswith(r["headline"]):
            lead = lead[len(r["headline"]):].lstrip()
        rows.append(dict(id=r["id"], title=r["headline"], text=lead,
                         frames=frames_of(r["frames"], GVFC), known=known_of(GVFC),
                         group=f"gvfc:{host or r['id']}", source="gvfc"))
    for r in read_jsonl(f"{shared}/corpora/frames/narrative.jsonl"):
        rows.append(dict(id=r["id"], title=None, text=r["text"],
                         frames=frames_of(r["frames"] or [], NARRATIVE),
                         known=known_of(NARRATIVE), group=f"narrative:{outlet_key(r['outlet'])}",
                         source="narrative"))
    picked = {}
    for r in read_jsonl(f"{shared}/corpora/allsides/allsides.jsonl.gz"):
        if r["topic"] not in TOPICS or r.get("split_outlet") != "train" or not r["text"].strip():
            continue
        key = hashlib.sha1(r["id"].encode()).hexdigest()
        bucket = picked.setdefault(r["topic"], [])
        bucket.append((key, r))
        if len(bucket) > 4 * per_topic:
            bucket.sort(key=lambda x: x[0])
            del bucket[per_topic:]
    for topic in sorted(picked):
        bucket = sorted(picked[topic], key=lambda x: x[0])[:per_topic]
        for _, r in bucket:
            rows.append(dict(id=f"allsides-{r['id']}", title=r["title"], text=r["text"],
                             frames=TOPICS[topic], known=ALLSIDES_KNOWN,
                             group=f"allsides:{r['publisher']}", source="allsides"))
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(rows)} rows to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
