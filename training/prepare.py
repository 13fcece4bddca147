#!/usr/bin/python3
"""Prepares Kliping's training and dev sets from ../shared/data (deterministic, no leakage).

Tasks (one JSONL per task and split under training/data/, fields: text, label, source, confidence):
  tone_headline  CNBC headlines + our detik, news-2025 and newsweb headline labels
  tone_body      our news-2025 and newsweb article-body labels + IndoSum lead labels
  tone_review    IndoNLU SmSA (reviews; kept apart because it transfers poorly to news)
  topic          our news-2025, newsweb, detik and IndoSum topic labels (government taxonomy ids)
news-2025 and newsweb are our full-article annotations of government news ("GOV_NEWS" below): the
sources the held-out government set resembles, split and cross-validated by article.

Rules:
  * texts are normalised (lower case, collapsed spaces, no punctuation) and deduplicated per task;
    a text that appears with different labels keeps its first (higher-priority source) label;
  * the dev split is chosen by a hash of the normalised text (20%), so the same text can never sit on
    both sides, re-runs give the same split, and CNBC train rows stay disjoint from every dev split;
  * SmSA keeps its own train/valid split; valid rows that also occur in train are dropped from train.
Run with Debian's python (/usr/bin/python3). Writes a summary to training/data/summary.json.
"""
import csv, gzip, hashlib, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get('KLIPING_SHARED', os.path.join(HERE, '..', '..', 'shared', 'data'))
OUT = os.environ.get('KLIPING_TRAINING_DATA', os.path.join(HERE, 'data'))
DEV_SHARE = 5  # 1 in 5 → 20 %
GOV_NEWS = ('news2025', 'newsweb')  # our full-article annotations, in priority order
LABEL_FILES = {'news2025': 'news2025-articles.jsonl', 'newsweb': 'newsweb-articles.jsonl'}
WEB_CORPUS = os.path.join('corpus', 'indo-news-web', 'articles.jsonl.gz')
SMSA_LABELS = {'negative': 'negatif', 'neutral': 'netral', 'positive': 'positif'}


def normalise(text):
    text = (text or '').lower()
    text = re.sub(r'[^\w\s]', ' ', text)
    return re.sub(r'\s+', ' ', text).strip()


def hash_bucket(key, buckets, salt=''):
    """A stable bucket in [0, buckets) for a text, the same for any spelling that normalises alike."""
    return int(hashlib.sha1((salt + normalise(key)).encode('utf-8')).hexdigest(), 16) % buckets


def is_dev(key):
    return hash_bucket(key, DEV_SHARE) == 0


def jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def gov_articles(shared):
    """(source, row) for every annotated government-news article, news-2025 first."""
    return [(source, r) for source in GOV_NEWS for r in jsonl(os.path.join(shared, 'labels', LABEL_FILES[source]))]


def load_sources(shared):
    labels = os.path.join(shared, 'labels')
    news = gov_articles(shared)
    detik = jsonl(os.path.join(labels, 'detik-headlines.jsonl'))
    leads = jsonl(os.path.join(labels, 'indosum-leads.jsonl'))
    with open(os.path.join(shared, 'sentiment', 'cnbc-headlines', 'train.csv'), encoding='utf-8') as f:
        cnbc = list(csv.DictReader(f))
    smsa = {}
    for split in ('train', 'valid'):
        with open(os.path.join(shared, 'sentiment', 'smsa', f'{split}.tsv'), encoding='utf-8') as f:
            smsa[split] = [line.rstrip('\n').rsplit('\t', 1) for line in f if '\t' in line]
    row = lambda text, label, source, confidence='high': {'text': text, 'label': label, 'source': source, 'confidence': confidence}
    # An annotated article gives a headline, a body and a headline + body row; they share one split key (the
    # headline), or a body in train would teach the label of its own headline in dev (the tones agree
    # more often than not, and the tone model learns from headlines and bodies together).
    article = lambda source, r, text, label: row(text, label, source, r['confidence']) | {'article': r['title']}
    return {
        # Our own annotations first: they define the government-PR reading of tone and win duplicates.
        'tone_headline': [article(source, r, r['title'], r['sentiment_title']) for source, r in news]
        + [row(r['title'], r['sentiment_title'], 'detik', r['confidence']) for r in detik]
        + [row(r['judul'], r['sentimen'], 'cnbc') for r in cnbc],
        'tone_body': [article(source, r, r['text'], r['sentiment_body']) for source, r in news]
        + [row(r['lead'], r['sentiment_body'], 'indosum', r['confidence']) for r in leads],
        'topic': [article(source, r, f"{r['title']}\n\n{r['text']}", r['topic']) for source, r in news]
        + [row(r['title'], r['topic'], 'detik', r['confidence']) for r in detik]
        + [row(r['lead'], r['topic'], 'indosum', r['confidence']) for r in leads],
        'tone_review': {split: [row(text, SMSA_LABELS[label], 'smsa') for text, label in rows] for split, rows in smsa.items()},
    }


def dedupe(rows):
    seen, kept, dropped = set(), [], 0
    for r in rows:
        key = normalise(r['text'])
        if not key or key in seen:
            dropped += 1
            continue
        seen.add(key)
        kept.append(r)
    return kept, dropped


def split(rows):
    """Train and dev by a hash of the article (its headline) or else of the text itself; the split key is
    not written out."""
    train, dev = [], []
    for r in rows:
        (dev if is_dev(r.get('article') or r['text']) else train).append({k: v for k, v in r.items() if k != 'article'})
    return train, dev


def write(name, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f'{name}.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


def dev_keys(out):
    keys = set()
    for task in ('tone_headline', 'tone_body', 'topic', 'tone_review'):
        for r in jsonl(os.path.join(out, f'{task}.dev.jsonl')):
            keys.add(normalise(r['text']))
            keys.update(normalise(part) for part in r['text'].split('\n\n')[:1])
    return keys


def article_parts(title, text):
    return {normalise(title), normalise(text), normalise(f"{title}\n\n{text}")}


def pretraining_texts(shared, dev):
    """Unlabelled news for the embedding step: every corpus, minus every article whose headline, lead or
    text sits in a dev split (so dev scores never profit from having seen the dev text). Annotated newsweb
    articles are also left out by their corpus id, in case the corpus spells them differently."""
    texts = []
    held_out = {r['sid'] for _, r in gov_articles(shared) if 'sid' in r and article_parts(r['title'], r['text']) & dev}
    web = os.path.join(shared, WEB_CORPUS)
    if os.path.exists(web):
        with gzip.open(web, 'rt', encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                if r['sid'] not in held_out and not article_parts(r['title'], r['text']) & dev:
                    texts.append(f"{r['title']}\n\n{r['text']}")
    with open(os.path.join(shared, 'corpus', 'indo-news-2025', 'articles.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if not article_parts(r['Title'], r['FullText']) & dev:
                texts.append(f"{r['Title']}\n\n{r['FullText']}")
    dev_leads = {r['id'] for r in jsonl(os.path.join(shared, 'labels', 'indosum-leads.jsonl')) if normalise(r['lead']) in dev}
    seen = set(dev_leads)
    folder = os.path.join(shared, 'corpus', 'indosum-dev')
    for name in sorted(os.listdir(folder)):
        for r in jsonl(os.path.join(folder, name)) if name.endswith('.jsonl') else []:
            if r['id'] not in seen:
                seen.add(r['id'])
                texts.append('\n\n'.join(' '.join(' '.join(sentence) for sentence in paragraph) for paragraph in r['paragraphs']))
    return [r['text'] for r in dedupe([{'text': t} for t in texts])[0]]


def main():
    sources = load_sources(SHARED)
    summary = {}
    for task in ('tone_headline', 'tone_body', 'topic'):
        rows, dropped = dedupe(sources[task])
        train, dev = split(rows)
        write(f'{task}.train', train)
        write(f'{task}.dev', dev)
        summary[task] = {'train': len(train), 'dev': len(dev), 'duplicates_dropped': dropped,
                         'dev_by_source': dict(Counter(r['source'] for r in dev)), 'labels': dict(Counter(r['label'] for r in rows))}
    valid, _ = dedupe(sources['tone_review']['valid'])
    valid_keys = {normalise(r['text']) for r in valid}
    train, dropped = dedupe([r for r in sources['tone_review']['train'] if normalise(r['text']) not in valid_keys])
    write('tone_review.train', train)
    write('tone_review.dev', valid)
    summary['tone_review'] = {'train': len(train), 'dev': len(valid), 'duplicates_dropped': dropped}
    pretrain = pretraining_texts(SHARED, dev_keys(OUT))
    write('pretrain', [{'text': text} for text in pretrain])
    summary['pretrain'] = {'texts': len(pretrain), 'words': sum(len(t.split()) for t in pretrain)}
    with open(os.path.join(OUT, 'summary.json'), 'w', encoding='utf-8') as f:
        json.dump(summary, f, ensure_ascii=False, indent=2)
    print(json.dumps(summary, ensure_ascii=False, indent=2))


if __name__ == '__main__':
    sys.exit(main())
