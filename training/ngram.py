#!/usr/bin/python3
"""Kliping's n-gram model: hashed word 1-2 + char 3-5 TF-IDF features and a linear classifier.

The exact feature recipe is re-implemented in TypeScript (lib/classify/ngram.ts), so the extension computes
the same vectors; `training/results/ngram-agreement.json` pins both sides together in a unit test.

  text → NFKD → lower case → drop combining marks → tokens [a-z0-9]+
  word block: "w " + token and "b " + token + " " + next token
  char block: "c " + every 3-5 character n-gram of " " + token + " "
  each feature string → FNV-1a 32-bit of its UTF-8 bytes → bucket (mod BUCKETS) in its own block
  value = (1 + ln count) × idf[bucket], each block L2-normalised, then logits = W·x + b, softmax.
"""
import math, re, unicodedata
import numpy as np
from scipy.sparse import csr_matrix

BUCKETS = 1 << 18  # default per block; the full vector has 2 × buckets entries
TOKEN = re.compile(r'[a-z0-9]+')


def tokens(text):
    text = unicodedata.normalize('NFKD', text or '').lower()
    text = ''.join(ch for ch in text if not unicodedata.combining(ch))
    return TOKEN.findall(text)


def fnv1a(s):
    h = 0x811C9DC5
    for byte in s.encode('utf-8'):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


_hashes = {}


def hashed(feature):
    h = _hashes.get(feature)
    if h is None:
        h = fnv1a(feature)
        if len(_hashes) < 4_000_000:
            _hashes[feature] = h
    return h


def features(text, buckets=BUCKETS):
    """Counts per bucket, word block in [0, buckets), char block in [buckets, 2 × buckets)."""
    toks = tokens(text)
    counts = {}
    for i, tok in enumerate(toks):
        for f in ('w ' + tok,) + (('b ' + tok + ' ' + toks[i + 1],) if i + 1 < len(toks) else ()):
            k = hashed(f) % buckets
            counts[k] = counts.get(k, 0) + 1
        padded = ' ' + tok + ' '
        for n in (3, 4, 5):
            for j in range(len(padded) - n + 1):
                k = buckets + hashed('c ' + padded[j:j + n]) % buckets
                counts[k] = counts.get(k, 0) + 1
    return counts


# Cross-validation fits the same texts many times (folds × training fractions): cv.py turns this cache on so
# each text is hashed once. Off by default: a training run hashes each text once anyway.
row_cache = None


def feature_row(text, buckets):
    key = (text, buckets)
    if row_cache is not None and key in row_cache:
        return row_cache[key]
    counts = features(text, buckets)
    row = (np.fromiter(counts.keys(), dtype=np.int64, count=len(counts)), np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
    if row_cache is not None:
        row_cache[key] = row
    return row


def count_matrix(texts, buckets=BUCKETS):
    indptr, indices, data = [0], [], []
    for text in texts:
        keys, values = feature_row(text, buckets)
        indices.append(keys)
        data.append(values)
        indptr.append(indptr[-1] + len(keys))
    indices = np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64)
    data = np.concatenate(data) if data else np.zeros(0, dtype=np.float32)
    return csr_matrix((data, indices, np.array(indptr)), shape=(len(texts), 2 * buckets))


def fit_idf(counts):
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    n = counts.shape[0]
    idf = np.log((1 + n) / (1 + df)) + 1.0
    return quantise_idf(idf)


IDF_STEP = 1 / 16  # idf is stored as uint8 steps of 1/16 (idf ≤ 16 covers any corpus under 8 million documents)


def quantise_idf(idf):
    return np.clip(np.round(idf / IDF_STEP), 0, 255).astype(np.uint8)


def tfidf(counts, idf_q, buckets):
    x = counts.copy().tocsr()
    x.data = (1.0 + np.log(x.data)) * (idf_q[x.indices].astype(np.float32) * IDF_STEP)
    # L2 per block, as two separately normalised TF-IDF vectors would be.
    for start, end in ((0, buckets), (buckets, 2 * buckets)):
        block = (x.indices >= start) & (x.indices < end)
        sq = np.zeros(x.shape[0], dtype=np.float64)
        rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
        np.add.at(sq, rows[block], x.data[block].astype(np.float64) ** 2)
        norm = np.sqrt(sq)
        norm[norm == 0] = 1
        x.data[block] = x.data[block] / norm[rows[block]]
    return x


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class NgramModel:
    """Hashed TF-IDF + multinomial logistic regression, exported as int8 weights (see export())."""

    def __init__(self, C=4.0, buckets=BUCKETS, seed=13):
        self.C, self.buckets, self.seed = C, buckets, seed

    def fit(self, texts, labels, classes=None, sample_weight=None):
        from sklearn.linear_model import LogisticRegression
        counts = count_matrix(texts, self.buckets)
        self.idf = fit_idf(counts)
        self.classes = list(classes or sorted(set(labels)))
        y = np.array([self.classes.index(label) for label in labels])
        self.lr = LogisticRegression(C=self.C, max_iter=200, class_weight='balanced', random_state=self.seed)
        self.lr.fit(tfidf(counts, self.idf, self.buckets), y, sample_weight=sample_weight)
        coef = np.zeros((len(self.classes), 2 * self.buckets), dtype=np.float32)
        bias = np.zeros(len(self.classes), dtype=np.float32)
        coef[self.lr.classes_] = self.lr.coef_ if len(self.lr.classes_) > 2 else np.vstack([-self.lr.coef_, self.lr.coef_])
        bias[self.lr.classes_] = self.lr.intercept_ if len(self.lr.classes_) > 2 else np.array([-self.lr.intercept_[0], self.lr.intercept_[0]])
        self.scale = np.maximum(np.abs(coef).max(axis=1), 1e-8) / 127.0
        self.weights_q = np.round(coef / self.scale[:, None]).astype(np.int8)
        self.bias = bias
        return self

    def logits(self, texts):
        """Logits from the int8 weights the extension uses, so Python and TypeScript score alike."""
        x = tfidf(count_matrix(texts, self.buckets), self.idf, self.buckets)
        w = self.weights_q.astype(np.float32) * self.scale[:, None]
        return np.asarray(x @ w.T) + self.bias

    def proba(self, texts):
        return softmax(self.logits(texts))

    def predict(self, texts):
        return [self.classes[i] for i in self.proba(texts).argmax(axis=1)]

    def export(self, directory, stem='ngram'):
        """<stem>.json (recipe, labels, scales, bias) + <stem>.bin (uint8 idf[2B], then int8 weights[classes][2B])."""
        import json, os
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, f'{stem}.bin'), 'wb') as f:
            f.write(self.idf.tobytes())
            f.write(self.weights_q.tobytes())
        meta = {'format': 'kliping-ngram-1', 'buckets': self.buckets, 'idfStep': IDF_STEP, 'labels': self.classes,
                'scale': [float(s) for s in self.scale], 'bias': [float(b) for b in self.bias]}
        with open(os.path.join(directory, f'{stem}.json'), 'w', encoding='utf-8') as f:
            json.dump(meta, f, indent=1)


class GatedNgram:
    """Body tone from two n-gram experts and a gate that reads which kind of text it is.

    One linear model over news bodies and reviews served neither well (a body companion that also learnt
    SmSA lost 0.04 macro-F1 on news-2025 bodies; one without SmSA scored 0.21 on SmSA). The gate is a
    two-class n-gram model, "berita" (news headlines and bodies) against "ulasan" (reviews and comments);
    the scores are the experts' probabilities weighted by the gate's: p = P(berita)·p_news + P(ulasan)·p_review.
    lib/classify/ngram.ts computes the same.
    """

    NEWS, REVIEW = 'berita', 'ulasan'

    def __init__(self, gate, news, review):
        assert gate.classes == [self.NEWS, self.REVIEW] and news.classes == review.classes
        self.gate, self.news, self.review, self.classes = gate, news, review, news.classes

    def proba(self, texts):
        share = self.gate.proba(texts)[:, 1:2]
        return (1 - share) * self.news.proba(texts) + share * self.review.proba(texts)

    def predict(self, texts):
        return [self.classes[i] for i in self.proba(texts).argmax(axis=1)]
