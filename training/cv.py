#!/usr/bin/python3
"""Cross-validation on our news-2025 annotations: Kliping's n-gram companions against the TF-IDF baseline.

  /usr/bin/python3 training/cv.py [--folds 5] [--quick]        (npm run train:cv, after train:prepare)

The 178 news-2025 dev articles of one split cannot tell models apart by less than a few points, so this
scores every annotated article once (892; 888 distinct headlines): 5 folds by article (an article's
headline, body and headline + body rows sit in one fold, as in prepare.py, because the tone companions learn
headlines and bodies together). Per fold, both models learn from every other prepared row (CNBC, detik,
IndoSum, SmSA, the other folds' articles) exactly as `train.py` and `baseline.py` fit them, and predict the
fold's articles.
The encoder is not retrained per fold (five more runs of up to 20 minutes each on 2 cores): the companions
carry 0.85 of the shipped blend, so their scores are close to, not equal to, the shipped model's.
Writes training/results/cv.json (per fold and mean, with the paired difference and its spread).
"""
import argparse, json, os, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from baseline import Baseline, scores  # noqa: E402
from prepare import hash_bucket, jsonl, normalise  # noqa: E402
from train import DATA, RESULTS, SEED, fit_companions  # noqa: E402

LABELS = os.environ.get('KLIPING_SHARED', os.path.join(HERE, '..', '..', 'shared', 'data'))
TASKS = ('tone_headline', 'tone_body', 'topic')
SPLITS = ('tone_headline', 'tone_body', 'tone_review', 'topic')
METRIC = {'tone_headline': 'macro_f1', 'tone_body': 'macro_f1', 'topic': 'accuracy'}


def article_keys(labels_file):
    """Normalised headline, body and headline + body of each annotated article → its normalised headline,
    the article key of prepare.py (articles that share a headline share a fold)."""
    keys = {}
    for r in jsonl(labels_file):
        for text in (r['title'], r['text'], f"{r['title']}\n\n{r['text']}"):
            keys.setdefault(normalise(text), normalise(r['title']))
    return keys


def assign_folds(rows, keys, folds):
    """{split: [fold or None per row]}: news-2025 rows get their article's fold, every other row None."""
    out = {}
    for split, part in rows.items():
        out[split] = []
        for r in part:
            if r['source'] != 'news2025':
                out[split].append(None)
                continue
            article = keys.get(normalise(r['text']))
            if article is None:
                raise SystemExit(f'cv: a news-2025 row of {split} matches no annotated article: {r["text"][:60]!r}')
            # Salted, so the folds cut across prepare.py's dev split instead of repeating it as one fold.
            out[split].append(hash_bucket(article, folds, salt='cv:'))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--folds', type=int, default=5)
    parser.add_argument('--quick', action='store_true', help='small n-gram tables: a smoke run')
    parser.add_argument('--write-folds', help='also write the fold of every news-2025 row to this JSON file')
    args = parser.parse_args()
    labels_file = os.path.join(LABELS, 'labels', 'news2025-articles.jsonl')
    if not os.path.exists(labels_file) or not os.path.exists(os.path.join(DATA, 'topic.dev.jsonl')):
        raise SystemExit('Data latih belum disiapkan: perlu ../shared dan npm run train:prepare lebih dulu.')
    rows = {split: jsonl(os.path.join(DATA, f'{split}.train.jsonl')) + jsonl(os.path.join(DATA, f'{split}.dev.jsonl')) for split in SPLITS}
    folds = assign_folds(rows, article_keys(labels_file), args.folds)
    if args.write_folds:
        with open(args.write_folds, 'w', encoding='utf-8') as f:
            json.dump({split: [[r['text'], fold] for r, fold in zip(rows[split], folds[split]) if fold is not None] for split in SPLITS}, f, ensure_ascii=False)

    per_fold = {task: {'kliping': [], 'baseline': [], 'n': []} for task in TASKS}
    for k in range(args.folds):
        train = {f'{split}.train': [r for r, f in zip(rows[split], folds[split]) if f != k] for split in SPLITS}
        test = {task: [r for r, f in zip(rows[task], folds[task]) if f == k] for task in TASKS}
        tone, topic = fit_companions('tone', train, args.quick), fit_companions('topic', train, args.quick)
        companion = {'tone_headline': tone['headline'][1], 'tone_body': tone['body'][1], 'topic': topic['body'][1]}
        for task in TASKS:
            texts, gold = [r['text'] for r in test[task]], [r['label'] for r in test[task]]
            base = Baseline().fit([r['text'] for r in train[f'{task}.train']], [r['label'] for r in train[f'{task}.train']])
            per_fold[task]['kliping'].append(scores(gold, companion[task].predict(texts))[METRIC[task]])
            per_fold[task]['baseline'].append(scores(gold, base.predict(texts))[METRIC[task]])
            per_fold[task]['n'].append(len(gold))
            print(f'fold {k} {task} n={len(gold)} kliping {per_fold[task]["kliping"][-1]:.3f} baseline {per_fold[task]["baseline"][-1]:.3f}', flush=True)

    summary = {'folds': args.folds, 'seed': SEED, 'metric': METRIC}
    for task, entry in per_fold.items():
        diff = np.array(entry['kliping']) - np.array(entry['baseline'])
        summary[task] = entry | {
            'kliping_mean': round(float(np.mean(entry['kliping'])), 4), 'baseline_mean': round(float(np.mean(entry['baseline'])), 4),
            'difference_mean': round(float(diff.mean()), 4), 'difference_sd': round(float(diff.std(ddof=1)), 4) if len(diff) > 1 else None,
            'folds_kliping_ahead': int((diff > 0).sum()),
        }
        print(f'{task}: kliping {summary[task]["kliping_mean"]:.3f}, baseline {summary[task]["baseline_mean"]:.3f}, '
              f'difference {summary[task]["difference_mean"]:+.3f} (sd {summary[task]["difference_sd"]}), ahead in {summary[task]["folds_kliping_ahead"]}/{args.folds} folds')
    if not args.quick:
        os.makedirs(RESULTS, exist_ok=True)
        with open(os.path.join(RESULTS, 'cv.json'), 'w', encoding='utf-8') as f:
            json.dump(summary, f, indent=2)


if __name__ == '__main__':
    sys.exit(main())
