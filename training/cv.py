#!/usr/bin/python3
"""Cross-validation on our news-2025 annotations: Kliping's n-gram companions against the TF-IDF baseline.

  /usr/bin/python3 training/cv.py [--folds 5] [--quick]        (npm run train:cv, after train:prepare)

The 178 news-2025 dev articles of one split cannot tell models apart by less than a few points, so this
scores every annotated article once (892; 888 distinct headlines): 5 folds by article (an article's
headline, body and headline + body rows sit in one fold, as in prepare.py, because the tone companions learn
headlines and bodies together). Per fold, both models learn from every other prepared row (CNBC, detik,
IndoSum, SmSA, the other folds' articles) exactly as `train.py` and `baseline.py` fit them, and predict the
fold's articles.
With --encoder (npm run train:cv:blend, about 20 minutes more per fold on 2 cores) it also scores the shipped
blend: per fold the tone encoder is trained again as train.py trains it (word vectors from co-occurrence over
the unlabelled news minus the fold's articles, the same examples, weights, epochs and seed) and mixed with the
companions by train.py's `blend`. The encoder reads the headline and the body's first 256 word pieces, as in
train.py's dev log; the engine averages up to five 200-word chunks instead, so body scores are close to, not
equal to, the extension's. Without it, "kliping" is the companions alone (0.85 of the blend).
Writes training/results/cv.json, or cv-blend.json with --encoder (per fold and mean, with the paired
difference against the baseline and its spread).
"""
import argparse, json, os, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from baseline import Baseline, scores  # noqa: E402
from prepare import hash_bucket, jsonl, normalise, pretraining_texts  # noqa: E402
from train import DATA, EPOCHS, RESULTS, SEED, TONES, blend, embeddings_for, encoder_examples, encoder_proba, fit_companions, token_limit, tokenize, train_encoder  # noqa: E402

LABELS = os.environ.get('KLIPING_SHARED', os.path.join(HERE, '..', '..', 'shared', 'data'))
TASKS = ('tone_headline', 'tone_body', 'topic')
SPLITS = ('tone_headline', 'tone_body', 'tone_review', 'topic')
ENCODER_SPLITS = ('tone_headline', 'tone_body', 'tone_review')  # the tone encoder learns all three, as in train.py
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
    parser.add_argument('--encoder', action='store_true', help='also retrain the tone encoder per fold and score the shipped blend')
    args = parser.parse_args()
    labels_file = os.path.join(LABELS, 'labels', 'news2025-articles.jsonl')
    if not os.path.exists(labels_file) or not os.path.exists(os.path.join(DATA, 'topic.dev.jsonl')):
        raise SystemExit('Data latih belum disiapkan: perlu ../shared dan npm run train:prepare lebih dulu.')
    rows = {split: jsonl(os.path.join(DATA, f'{split}.train.jsonl')) + jsonl(os.path.join(DATA, f'{split}.dev.jsonl')) for split in SPLITS}
    folds = assign_folds(rows, article_keys(labels_file), args.folds)
    if args.write_folds:
        with open(args.write_folds, 'w', encoding='utf-8') as f:
            json.dump({split: [[r['text'], fold] for r, fold in zip(rows[split], folds[split]) if fold is not None] for split in SPLITS}, f, ensure_ascii=False)

    ids = {split: tokenize(f'{split}.train', token_limit(split)) + tokenize(f'{split}.dev', token_limit(split)) for split in ENCODER_SPLITS} if args.encoder else None
    per_fold = {task: {'kliping': [], 'baseline': [], 'n': []} | ({'blend': []} if args.encoder and task in ENCODER_SPLITS else {}) for task in TASKS}
    for k in range(args.folds):
        train = {f'{split}.train': [r for r, f in zip(rows[split], folds[split]) if f != k] for split in SPLITS}
        test = {task: [r for r, f in zip(rows[task], folds[task]) if f == k] for task in TASKS}
        tone, topic = fit_companions('tone', train, args.quick), fit_companions('topic', train, args.quick)
        companion = {'tone_headline': tone['headline'][1], 'tone_body': tone['body'][1], 'topic': topic['body'][1]}
        if args.encoder:
            fold_ids = {split: [seq for seq, f in zip(ids[split], folds[split]) if f != k] for split in ENCODER_SPLITS}
            test_ids = {split: [seq for seq, f in zip(ids[split], folds[split]) if f == k] for split in ENCODER_SPLITS}
            encoder = fold_encoder(train, fold_ids, {normalise(r['text']) for split in TASKS for r in test[split]}, args.quick)
        for task in TASKS:
            texts, gold = [r['text'] for r in test[task]], [r['label'] for r in test[task]]
            base = Baseline().fit([r['text'] for r in train[f'{task}.train']], [r['label'] for r in train[f'{task}.train']])
            per_fold[task]['kliping'].append(scores(gold, companion[task].predict(texts))[METRIC[task]])
            if 'blend' in per_fold[task]:
                p_blend = blend(encoder_proba(encoder, test_ids[task]), companion[task].proba(texts))
                per_fold[task]['blend'].append(scores(gold, [TONES[j] for j in p_blend.argmax(1)])[METRIC[task]])
            per_fold[task]['baseline'].append(scores(gold, base.predict(texts))[METRIC[task]])
            per_fold[task]['n'].append(len(gold))
            print(f'fold {k} {task} n={len(gold)} ' + ' '.join(f'{model} {values[-1]:.3f}' for model, values in per_fold[task].items() if model != 'n'), flush=True)

    summary = {'folds': args.folds, 'seed': SEED, 'metric': METRIC}
    for task, entry in per_fold.items():
        summary[task] = dict(entry)
        for model in ('kliping', 'blend'):
            if model in entry:
                comparison = against_baseline(model, entry[model], entry['baseline'])
                summary[task] |= comparison
                mean, baseline_mean, difference, sd, ahead = comparison.values()
                print(f'{task}: {model} {mean:.3f}, baseline {baseline_mean:.3f}, difference {difference:+.3f} (sd {sd}), ahead in {ahead}/{args.folds} folds')
    if not args.quick:
        os.makedirs(RESULTS, exist_ok=True)
        with open(os.path.join(RESULTS, 'cv-blend.json' if args.encoder else 'cv.json'), 'w', encoding='utf-8') as f:
            json.dump(summary, f, indent=2)


def against_baseline(model, ours, baseline):
    diff = np.array(ours) - np.array(baseline)
    prefix = '' if model == 'kliping' else f'{model}_'  # cv.json kept its first key names
    return {
        f'{model}_mean': round(float(np.mean(ours)), 4), 'baseline_mean': round(float(np.mean(baseline)), 4),
        f'{prefix}difference_mean': round(float(diff.mean()), 4), f'{prefix}difference_sd': round(float(diff.std(ddof=1)), 4) if len(diff) > 1 else None,
        f'folds_{model}_ahead': int((diff > 0).sum()),
    }


def fold_encoder(train, fold_ids, test_keys, quick):
    """The tone encoder as train.py trains it, from this fold's training rows only; the unlabelled news
    leaves out the fold's articles as prepare.py leaves out the dev articles."""
    pretrain = os.path.join(DATA, 'cv_pretrain.jsonl')
    with open(pretrain, 'w', encoding='utf-8') as f:
        for text in pretraining_texts(LABELS, test_keys):
            f.write(json.dumps({'text': text}, ensure_ascii=False) + '\n')
    embeddings = embeddings_for(tokenize('cv_pretrain', 100000), fold_ids['tone_headline'], fold_ids['tone_review'])
    examples = encoder_examples([(fold_ids[split], train[f'{split}.train']) for split in ENCODER_SPLITS], TONES)
    return train_encoder(examples, TONES, embeddings, 1 if quick else EPOCHS['tone'], lambda message: print(message, flush=True))


if __name__ == '__main__':
    sys.exit(main())
