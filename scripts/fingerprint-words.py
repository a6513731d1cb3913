#!/usr/bin/env python3
"""Words that mostly identify one publisher among the outlets of the same label.

Reads the AllSides corpus, split_outlet `train` rows only (the choice never sees the
publishers held out for validation and test), and prints the `[word]` section of
data/fingerprints.txt: words (runs of letters and digits, lowercased, as the fingerprint
filter reads them) in at least MIN_DF articles of one label, of which one publisher holds
at least SHARE of those articles while holding at most 1/LIFT of that share of the label's
articles (it uses the word LIFT times more often than its size predicts), whose
within-label mutual information with the publisher (weighted by the label's share of the
articles) is at least MIN_MI nats, and of which that publisher holds at least OWN of all
the articles with the word, whatever their label; printed as a comment after each word.

The last condition keeps topic words out: a word of the period that one outlet's pages
repeat ("impeachment", "ukraine" in sidebars and link lists) is also the content of many
other articles, and the filter blanks a word wherever it occurs. A word mostly one
outlet's costs other articles little.

Usage: python3 scripts/fingerprint-words.py [../shared/corpora/allsides/allsides.jsonl.gz]
"""
import collections, gzip, json, math, re, sys

MIN_DF, SHARE, LIFT, MIN_MI, OWN = 25, 0.5, 3.0, 0.002, 0.5
WORD = re.compile(r"[^\W_]+")

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/allsides/allsides.jsonl.gz"
docs = collections.Counter()          # (label, publisher) -> articles
df = collections.defaultdict(collections.Counter)  # word -> (label, publisher) -> articles
for line in gzip.open(path, "rt", encoding="utf-8"):
    r = json.loads(line)
    if r["split_outlet"] != "train":
        continue
    key = (r["label"], r["publisher"])
    docs[key] += 1
    text = (r.get("title") or "") + "\n" + r["text"]
    for w in {w.lower() for w in WORD.findall(text)}:
        df[w][key] += 1
label_docs = collections.Counter()
for (l, _), n in docs.items():
    label_docs[l] += n
total = sum(docs.values())

picked = []
for w, by in df.items():
    best = None
    for l in label_docs:
        held = {p: n for (ll, p), n in by.items() if ll == l}
        n = sum(held.values())
        if n < MIN_DF:
            continue
        p, k = max(held.items(), key=lambda kv: (kv[1], kv[0]))
        share, base = k / n, docs[(l, p)] / label_docs[l]
        if share >= SHARE and share >= LIFT * base:
            # Within-label mutual information of presence and publisher, weighted by label size.
            mi = 0.0
            for (ll, q), m in docs.items():
                if ll != l:
                    continue
                a = held.get(q, 0)
                for cnt, tot in ((a, n), (m - a, label_docs[l] - n)):
                    if cnt:
                        mi += cnt / label_docs[l] * math.log(cnt * label_docs[l] / (tot * m))
            mi *= label_docs[l] / total
            if best is None or mi > best[0]:
                best = (mi, l, p, share, n)
    if best and best[0] >= MIN_MI:
        own = sum(k for (_, q), k in by.items() if q == best[2]) / sum(by.values())
        if own < OWN:
            continue
        picked.append((w, *best))
picked.sort(key=lambda t: (-t[1], t[0]))
print(f"# {len(picked)} words from {total} split_outlet train articles: one publisher holds at")
print(f"# least {SHARE} of a label's articles with the word (in >= {MIN_DF} of them), >= {LIFT}x")
print(f"# its share of the label's articles, within-label mutual information >= {MIN_MI} nats,")
print(f"# and that publisher holds >= {OWN} of all the articles with the word.")
for w, mi, l, p, share, n in picked:
    print(f"{w}  # {mi:.5f}")
