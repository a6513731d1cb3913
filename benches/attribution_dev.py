#!/usr/bin/env python3
"""Attribution check against PolNeAR (annotated attributions): how many annotated
contents slant finds, how many of its quotes are annotated, and how often it names
the annotated source.

Usage: attribution_dev.py SLANT SPLIT.jsonl [--misses N] [--false N] [--causes] [--json]
  SLANT        the slant binary (run as `SLANT score --format json -`)
  SPLIT.jsonl  PolNeAR lines: {id, text, attributions: [{source?, cue?, content?}]},
               each part {start, end, text} in *character* offsets into text
  --misses N   also print N missed contents (with their source and cue), for study
  --false N    also print N false finds (found quotes that overlap no annotated content), with
               the speaker, the verb and the words around them, for study
  --causes     also count the missed contents by cause (first that applies: in the headline,
               partly covered, no source annotated, source after the cue, pronoun or relative
               source, light verb, infinitive cue, "be" cue, other) and list the commonest
               cue heads among the rest; study train with it, not dev
  --json       print the figures as one JSON object

Figures:
  content recall   annotated contents found: a found quote covers at least half of it
  precision        found quotes (each attribution's quote span) that overlap an annotated content
  source accuracy  of found contents whose annotated source is a name (a capitalised word that
                   is not a pronoun, an article or a transcript's "Q"), those whose covering
                   attribution's speaker, affiliation or group shares a word with that
                   source; for an anonymous source, the words that describe it (its cue:
                   "Current and former officials", "Six in 10") count too, and how many
                   matched only by them is printed
slant gives byte offsets; they are turned into character offsets here.
"""
import json
import re
import subprocess
import sys

NOT_NAMES = {
    "he", "she", "they", "it", "i", "we", "you", "the", "a", "an", "his", "her", "their",
    "its", "this", "that", "these", "those", "who", "which", "our", "my", "some", "one",
    # "Q:" opens an interviewer's question in a transcript: the interviewer, unnamed.
    "q",
}
STOP = NOT_NAMES | {"of", "and", "for", "to", "in", "on", "at", "s", "mr", "mrs", "ms", "dr"}


def words(s):
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’.-]*", s)]


def key_words(s):
    out = set()
    for w in words(s):
        w = re.sub(r"['’]s$", "", w).strip(".'’-")
        if len(w) >= 2 and w not in STOP:
            out.add(w)
    return out


def is_name(source_text):
    for w in re.findall(r"[A-Za-z][A-Za-z'’.-]*", source_text):
        if w[0].isupper() and w.lower() not in NOT_NAMES:
            return True
    return False


PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "him", "her", "them"}
AUX = set(
    """has have had also would will did does do could can should may might must not never
    still just now already then again even only n't 's ’s""".split()
)
BE = {"is", "was", "are", "were", "be", "been", "being", "'s", "’s", "'re", "’re"}
LIGHT = set(
    """made make makes making took take takes taking went go goes going gave give gives
    giving sent send sends raised raise raises put puts came come comes drew used""".split()
)


def miss_cause(doc, c, cover):
    """Why an annotated content was missed, the first that applies, and its cue head."""
    text = doc["text"]
    first_line = text.find("\n")
    cs = c["content"]["start"]
    src, cue = c.get("source"), c.get("cue")
    cue_words = [w.lower() for w in re.findall(r"[A-Za-z’']+", cue["text"])] if cue else []
    head = next((w for w in cue_words if w not in AUX and w not in BE), "-")
    if 0 <= cs < first_line:
        return "in the headline", head
    if cover > 0:
        return "partly covered", head
    if not src:
        return "no source annotated", head
    if cue and src["start"] > cue["start"]:
        return "source after the cue", head
    if src["text"].strip().lower() in PRONOUNS:
        return "pronoun or relative source", head
    if head in LIGHT:
        return "light verb", head
    if cue_words[:1] == ["to"]:
        return "infinitive cue", head
    if cue_words and cue_words[0] in BE:
        return "\"be\" cue", head
    return "other", head


def byte_to_char(text):
    """A table from byte offset to character offset (one entry per byte, plus the end)."""
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def quote_span(a, text_bytes):
    """The byte span of an attribution's quote: its own offsets when given, else the
    quote's words located inside the attribution, else the attribution itself."""
    if a.get("quote_start") is not None and a.get("quote_end") is not None:
        return a["quote_start"], a["quote_end"]
    s, e = a["start"], a["end"]
    q = a.get("quote")
    if q:
        first = q.split(" … ")[0].rstrip("…").strip()
        last = q.split(" … ")[-1].rstrip("…").strip()
        b = text_bytes.find(first.encode("utf-8"), s, e + 1) if first else -1
        if b >= 0:
            lb = text_bytes.find(last.encode("utf-8"), b, e + 1) if last else -1
            end = lb + len(last.encode("utf-8")) if lb >= 0 else b + len(first.encode("utf-8"))
            return b, end
    return s, e


def score_attributions(slant, docs):
    """Scores `docs` ({id, text}) with `slant score --format json`; attributions by id."""
    feed = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    out = subprocess.run(
        [slant, "score", "--format", "json", "--no-frames", "--threads", "1", "-"],
        input=feed.encode("utf-8"),
        stdout=subprocess.PIPE,
        check=True,
    ).stdout.decode("utf-8")
    scored = {}
    for line in out.splitlines():
        if line.strip():
            r = json.loads(line)
            scored[r["id"]] = r["sourcing"]["attributions"]
    return scored


def main():
    args = sys.argv[1:]
    misses = 0
    as_json = False
    if "--misses" in args:
        i = args.index("--misses")
        misses = int(args[i + 1])
        del args[i : i + 2]
    false_finds = 0
    if "--false" in args:
        i = args.index("--false")
        false_finds = int(args[i + 1])
        del args[i : i + 2]
    if "--json" in args:
        as_json = True
        args.remove("--json")
    causes = "--causes" in args
    if causes:
        args.remove("--causes")
    if len(args) != 2:
        sys.exit(__doc__)
    slant, path = args
    docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    scored = score_attributions(slant, docs)
    n_content = n_found = 0
    n_quotes = n_quotes_hit = 0
    n_named = n_named_right = n_by_cue = 0
    missed = []
    falses = []
    kinds = {}
    by_cause, heads = {}, {}
    for d in docs:
        text = d["text"]
        tb = text.encode("utf-8")
        b2c = byte_to_char(text)
        found = []
        for a in scored.get(d["id"], []):
            s, e = quote_span(a, tb)
            s, e = b2c[min(s, len(tb))], b2c[min(e, len(tb))]
            if e > s:
                found.append((s, e, a))
        contents = [x for x in d["attributions"] if x.get("content")]
        for s, e, a in found:
            n_quotes += 1
            hit = any(min(e, c["content"]["end"]) > max(s, c["content"]["start"]) for c in contents)
            n_quotes_hit += hit
            if not hit and len(falses) < false_finds:
                falses.append((a, text[max(0, s - 100) : s] + "[[" + text[s:e] + "]]" + text[e : e + 40]))
            k = a.get("source_kind", a.get("kind"))
            kinds.setdefault(k, [0, 0])
            kinds[k][0] += 1
            kinds[k][1] += hit
        for c in contents:
            cs, ce = c["content"]["start"], c["content"]["end"]
            if ce <= cs:
                continue
            n_content += 1
            best = None
            most = 0
            for s, e, a in found:
                cover = min(e, ce) - max(s, cs)
                most = max(most, cover)
                if cover * 2 >= ce - cs and (best is None or cover > best[0]):
                    best = (cover, a)
            if best is None:
                if len(missed) < misses:
                    missed.append(c)
                if causes:
                    cause, head = miss_cause(d, c, most)
                    by_cause[cause] = by_cause.get(cause, 0) + 1
                    if cause == "other":
                        heads[head] = heads.get(head, 0) + 1
                continue
            n_found += 1
            src = c.get("source")
            if src and is_name(src["text"]):
                n_named += 1
                a = best[1]
                have = set()
                for f in ("speaker", "affiliation", "group"):
                    if a.get(f):
                        have |= key_words(a[f])
                want = key_words(src["text"])
                right = bool(have & want)
                if not right and a.get("source_kind") == "anonymous" and a.get("cue"):
                    right = bool(key_words(a["cue"]) & want)
                    n_by_cue += right
                n_named_right += right
    ratio = lambda a, b: a / b if b else 0.0
    figures = {
        "articles": len(docs),
        "contents": n_content,
        "content_recall": round(ratio(n_found, n_content), 4),
        "found_quotes": n_quotes,
        "precision": round(ratio(n_quotes_hit, n_quotes), 4),
        "named_sources": n_named,
        "source_accuracy": round(ratio(n_named_right, n_named), 4),
        "named_by_anonymous_cue": n_by_cue,
        "precision_by_kind": {k: round(ratio(v[1], v[0]), 4) for k, v in sorted(kinds.items())},
        "found_by_kind": {k: v[0] for k, v in sorted(kinds.items())},
    }
    if causes:
        figures["missed_by_cause"] = dict(sorted(by_cause.items(), key=lambda kv: -kv[1]))
        figures["other_cue_heads"] = dict(sorted(heads.items(), key=lambda kv: (-kv[1], kv[0]))[:25])
    if as_json:
        print(json.dumps(figures))
    else:
        print(
            f"{path}: {len(docs)} articles, {n_content} annotated contents\n"
            f"  content recall   {figures['content_recall']:.3f}  ({n_found}/{n_content})\n"
            f"  precision        {figures['precision']:.3f}  ({n_quotes_hit}/{n_quotes} found quotes)\n"
            f"  source accuracy  {figures['source_accuracy']:.3f}  ({n_named_right}/{n_named} named sources,"
            f" {n_by_cue} by an anonymous source's description)"
        )
        for k, v in sorted(kinds.items()):
            print(f"    {k:<14} {v[0]:5d} found, precision {ratio(v[1], v[0]):.3f}")
    if causes and not as_json:
        print(f"  missed, by cause ({n_content - n_found}):")
        for k, v in figures["missed_by_cause"].items():
            print(f"    {k:<28} {v:5d}")
        print("  commonest cue heads among the other misses: " + ", ".join(
            f"{k} {v}" for k, v in figures["other_cue_heads"].items()))
    for c in missed:
        src = c.get("source", {}).get("text", "-")
        cue = c.get("cue", {}).get("text", "-")
        print(f"MISS [{src}] [{cue}] {c['content']['text'][:160]!r}")
    for a, around in falses:
        who = a.get("speaker") or a.get("cue") or "-"
        print(f"FALSE [{who}] [{a.get('verb')}] {around!r}")


if __name__ == "__main__":
    main()
