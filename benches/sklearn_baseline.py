#!/usr/bin/env python3
"""scikit-learn reference for slant's benchmarks (run by benches/score_corpus.sh).

Fits TF-IDF (1-2 grams, sublinear tf, 200k features) + LogisticRegression(C=10) on the
split_outlet train+valid rows, reports split_outlet test accuracy and macro-F1, then times
vectorise + predict over every row of the given JSONL file in one process.
Prints one JSON object.
"""
import json
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

corpus, score_file = sys.argv[1], sys.argv[2]
rows = [json.loads(l) for l in open(corpus, encoding="utf-8")]
def doc(r):
    return (r.get("title") or "") + "\n\n" + r["text"]
train = [r for r in rows if r["split_outlet"] in ("train", "valid")]
test = [r for r in rows if r["split_outlet"] == "test"]
t0 = time.time()
vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, max_features=200_000, min_df=2)
x = vec.fit_transform([doc(r) for r in train])
clf = LogisticRegression(C=10, max_iter=1000)
clf.fit(x, [r["label"] for r in train])
fit_s = time.time() - t0
pred = clf.predict(vec.transform([doc(r) for r in test]))
truth = [r["label"] for r in test]
score_rows = [json.loads(l) for l in open(score_file, encoding="utf-8")]
size = sum(len(l.encode("utf-8")) for l in open(score_file, encoding="utf-8"))
t0 = time.time()
clf.predict_proba(vec.transform([doc(r) for r in score_rows]))
score_s = time.time() - t0
print(json.dumps({
    "fit_seconds": round(fit_s, 1),
    "test_accuracy": round(accuracy_score(truth, pred), 4),
    "test_macro_f1": round(f1_score(truth, pred, average="macro"), 4),
    "score_rows": len(score_rows),
    "score_seconds": round(score_s, 2),
    "articles_per_second": round(len(score_rows) / score_s, 1),
    "mb_per_second": round(size / 1e6 / score_s, 2),
}))
