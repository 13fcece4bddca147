#!/usr/bin/python3
"""Cross-validation by article on our government-news annotations (news-2025 + newsweb): Kliping's recipe
against the TF-IDF baseline, on the same folds.

  /usr/bin/python3 training/cv.py [--folds 5] [--quick]           (npm run train:cv, after train:prepare)
  /usr/bin/python3 training/cv.py --encoder                       (npm run train:cv:blend)
  /usr/bin/python3 training/cv.py --fractions 0.25,0.5,1          (npm run train:curve: the learning curve)

A single dev split of a few hundred articles cannot tell models apart by less than a few points, so this
scores every annotated article once: 5 folds by article (an article's headline, body and headline + body rows
sit in one fold, as in prepare.py, because the tone companions learn headlines and bodies together). Per fold,
both models learn from every other prepared row (CNBC, detik, IndoSum, SmSA, the other folds' articles)
exactly as `train.py` and `baseline.py` fit them, and predict the fold's articles.

--fractions trains both with only that share of the other folds' government-news articles (the same nested
subsets for every fold: an article kept at 25 % is kept at 50 %), every other source whole: whether more
labels are still the lever.
--encoder also retrains the tone encoder per fold as train.py trains it (word vectors from co-occurrence over
the unlabelled news minus the fold's articles, the same examples, weights, epochs and seed) and scores the
blend; the blend's weight is chosen per fold on the other folds' out-of-fold predictions, never on the fold
it scores. The encoder reads the headline and the body's first 256 word pieces; the engine averages up to
five 200-word chunks instead, so body scores are close to, not equal to, the extension's.
Writes training/results/cv.json (or cv-blend.json with --encoder) for the whole training folds, and adds
each fraction's table to curve.json (so the curve's points can run as separate processes): per fold and
mean, with the paired difference against the baseline and its spread.
"""
import argparse, json, os, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ngram  # noqa: E402
from baseline import Baseline, scores  # noqa: E402
from prepare import GOV_NEWS, gov_articles, hash_bucket, jsonl, normalise, pretraining_texts  # noqa: E402
from train import DATA, EPOCHS, RESULTS, SEED, TONES, embeddings_for, encoder_examples, encoder_proba, fit_companions, scorer, token_limit, tokenize, train_encoder  # noqa: E402

LABELS = os.environ.get('KLIPING_SHARED', os.path.join(HERE, '..', '..', 'shared', 'data'))
TASKS = ('tone_headline', 'tone_body', 'topic')
SPLITS = ('tone_headline', 'tone_body', 'tone_review', 'topic')
ENCODER_SPLITS = ('tone_headline', 'tone_body', 'tone_review')  # the tone encoder learns all three, as in train.py
METRIC = {'tone_headline': 'macro_f1', 'tone_body': 'macro_f1', 'topic': 'accuracy'}
BLEND_WEIGHTS = [round(0.05 * i, 2) for i in range(21)]  # the companion's share, searched per fold


def article_keys(shared):
    """Normalised headline, body and headline + body of each annotated article → its normalised headline,
    the article key of prepare.py (articles that share a headline share a fold)."""
    keys = {}
    for _, r in gov_articles(shared):
        for text in (r['title'], r['text'], f"{r['title']}\n\n{r['text']}"):
            keys.setdefault(normalise(text), normalise(r['title']))
    return keys


def assign_folds(rows, keys, folds):
    """{split: [(fold, article key) or None per row]}: government-news rows get their article's fold, every
    other row None."""
    out = {}
    for split, part in rows.items():
        out[split] = []
        for r in part:
            if r['source'] not in GOV_NEWS:
                out[split].append(None)
                continue
            article = keys.get(normalise(r['text']))
            if article is None:
                raise SystemExit(f'cv: a {r["source"]} row of {split} matches no annotated article: {r["text"][:60]!r}')
            # Salted, so the folds cut across prepare.py's dev split instead of repeating it as one fold.
            out[split].append((hash_bucket(article, folds, salt='cv:'), article))
    return out


def kept_at(article, fraction):
    """Nested subsets: an article kept at a fraction is kept at every larger one."""
    return hash_bucket(article, 1000, salt='curve:') < round(fraction * 1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--folds', type=int, default=5)
    parser.add_argument('--quick', action='store_true', help='small n-gram tables: a smoke run')
    parser.add_argument('--write-folds', help='also write the fold of every government-news row to this JSON file')
    parser.add_argument('--encoder', action='store_true', help='also retrain the tone encoder per fold and score the blend')
    parser.add_argument('--fractions', default='1', help='comma-separated shares of the training folds\' government-news articles (learning curve)')
    parser.add_argument('--only-folds', help='comma-separated folds to run (one process per core); the tables are written once every fold has run')
    parser.add_argument('--summarise', action='store_true', help='run no fold: write the tables from the folds saved by earlier runs')
    args = parser.parse_args()
    fractions = [float(f) for f in args.fractions.split(',')]
    args.run_folds = [] if args.summarise else [int(k) for k in args.only_folds.split(',')] if args.only_folds else list(range(args.folds))
    if args.only_folds and args.encoder:
        raise SystemExit('--only-folds cannot go with --encoder: the blend weight is chosen on every other fold.')
    if not all(os.path.exists(os.path.join(LABELS, 'labels', name)) for name in ('news2025-articles.jsonl', 'newsweb-articles.jsonl')) or not os.path.exists(os.path.join(DATA, 'topic.dev.jsonl')):
        raise SystemExit('Data latih belum disiapkan: perlu ../shared dan npm run train:prepare lebih dulu.')
    ngram.row_cache = {}
    rows = {split: jsonl(os.path.join(DATA, f'{split}.train.jsonl')) + jsonl(os.path.join(DATA, f'{split}.dev.jsonl')) for split in SPLITS}
    folds = assign_folds(rows, article_keys(LABELS), args.folds)
    if args.write_folds:
        with open(args.write_folds, 'w', encoding='utf-8') as f:
            json.dump({split: [[r['text'], fa[0]] for r, fa in zip(rows[split], folds[split]) if fa is not None] for split in SPLITS}, f, ensure_ascii=False)

    ids = {split: tokenize(f'{split}.train', token_limit(split)) + tokenize(f'{split}.dev', token_limit(split)) for split in ENCODER_SPLITS} if args.encoder else None
    results = {}
    for fraction in fractions:
        print(f'== government-news training share {fraction:.0%}: {per_fold_articles(folds, fraction, args.folds)} articles per fold', flush=True)
        per_fold = run_folds(args, rows, folds, ids, fraction)
        results[fraction] = per_fold if args.encoder or args.quick else saved_folds(fraction, args.folds)
        if results[fraction] is None:
            print(f'folds of the {fraction:.0%} share still to run in another process: no table yet', flush=True)
    results = {fraction: per_fold for fraction, per_fold in results.items() if per_fold is not None}
    if not results:
        return

    summary = {'folds': args.folds, 'seed': SEED, 'metric': METRIC}
    for fraction, per_fold in results.items():
        entry = {}
        for task, scores_of in per_fold.items():
            entry[task] = dict(scores_of)
            for model in ('kliping', 'encoder', 'blend'):
                if model in scores_of:
                    comparison = against_baseline(model, scores_of[model], scores_of['baseline'])
                    entry[task] |= comparison
                    mean, baseline_mean, difference, sd, ahead = comparison.values()
                    share = f' at {fraction:.0%}' if len(fractions) > 1 else ''
                    print(f'{task}{share}: {model} {mean:.3f}, baseline {baseline_mean:.3f}, difference {difference:+.3f} (sd {sd}), ahead in {ahead}/{args.folds} folds')
        summary[str(fraction)] = entry | {'articles_per_fold': per_fold_articles(folds, fraction, args.folds)}
    if args.quick:
        return
    os.makedirs(RESULTS, exist_ok=True)
    curve_file = os.path.join(RESULTS, 'curve.json')
    if not args.encoder:  # the curve is the companions' and the baseline's
        curve = json.load(open(curve_file, encoding='utf-8')) if os.path.exists(curve_file) else {}
        curve.update(summary)  # this run's fractions replace their earlier tables; the others stay
        with open(curve_file, 'w', encoding='utf-8') as f:
            json.dump(curve, f, indent=2)
    if 1.0 in results:
        whole = {key: value for key, value in summary.items() if key in ('folds', 'seed', 'metric')} | summary['1.0']
        with open(os.path.join(RESULTS, 'cv-blend.json' if args.encoder else 'cv.json'), 'w', encoding='utf-8') as f:
            json.dump(whole, f, indent=2)


def per_fold_articles(folds, fraction, k):
    """Government-news articles each fold's models learned from at this fraction."""
    articles = {fa for fa in folds['tone_headline'] if fa is not None}
    return [sum(1 for fold, article in articles if fold != i and kept_at(article, fraction)) for i in range(k)]


def fold_file(fraction, k):
    return os.path.join(RESULTS, 'cv-folds', f'{fraction:g}-{k}.json')


def saved_folds(fraction, k):
    """Every fold's scores at this fraction as run_folds returns them, or None while a fold is missing."""
    if not all(os.path.exists(fold_file(fraction, i)) for i in range(k)):
        return None
    parts = [json.load(open(fold_file(fraction, i), encoding='utf-8')) for i in range(k)]
    return {task: {model: [part[task][model] for part in parts] for model in parts[0][task]} for task in TASKS}


def run_folds(args, rows, folds, ids, fraction):
    """Scores per task and model, one per fold run here; each fold's scores are also saved (so folds can run
    in separate processes). With --encoder also the tone blend, its weight chosen on the other folds'
    out-of-fold predictions."""
    per_fold = {task: {'kliping': [], 'baseline': [], 'n': []} for task in TASKS}
    out_of_fold = {task: [] for task in ENCODER_SPLITS if task in TASKS} if args.encoder else {}  # (fold, gold, p_encoder, p_companion)
    trains = lambda fa, k: fa is None or (fa[0] != k and kept_at(fa[1], fraction))
    for k in args.run_folds:
        train = {f'{split}.train': [r for r, fa in zip(rows[split], folds[split]) if trains(fa, k)] for split in SPLITS}
        test = {task: [r for r, fa in zip(rows[task], folds[task]) if fa is not None and fa[0] == k] for task in TASKS}
        tone, topic = fit_companions('tone', train, args.quick), fit_companions('topic', train, args.quick)
        companion = {'tone_headline': scorer(tone, 'headline'), 'tone_body': scorer(tone, 'body'), 'topic': scorer(topic, 'body')}
        if args.encoder:
            fold_ids = {split: [seq for seq, fa in zip(ids[split], folds[split]) if trains(fa, k)] for split in ENCODER_SPLITS}
            test_ids = {split: [seq for seq, fa in zip(ids[split], folds[split]) if fa is not None and fa[0] == k] for split in ENCODER_SPLITS}
            encoder = fold_encoder(train, fold_ids, {normalise(r['text']) for split in TASKS for r in test[split]}, args.quick)
        for task in TASKS:
            texts, gold = [r['text'] for r in test[task]], [r['label'] for r in test[task]]
            base = Baseline().fit([r['text'] for r in train[f'{task}.train']], [r['label'] for r in train[f'{task}.train']])
            p_companion = companion[task].proba(texts)
            per_fold[task]['kliping'].append(scores(gold, [companion[task].classes[j] for j in p_companion.argmax(1)])[METRIC[task]])
            per_fold[task]['baseline'].append(scores(gold, base.predict(texts))[METRIC[task]])
            per_fold[task]['n'].append(len(gold))
            if args.encoder and task in out_of_fold:
                p_encoder = encoder_proba(encoder, test_ids[task])
                out_of_fold[task].append((k, gold, p_encoder, p_companion))
                per_fold[task].setdefault('encoder', []).append(scores(gold, [TONES[j] for j in p_encoder.argmax(1)])[METRIC[task]])
            print(f'fold {k} {task} n={len(gold)} ' + ' '.join(f'{model} {values[-1]:.3f}' for model, values in per_fold[task].items() if model != 'n'), flush=True)
        if not args.quick and not args.encoder:
            os.makedirs(os.path.dirname(fold_file(fraction, k)), exist_ok=True)
            with open(fold_file(fraction, k), 'w', encoding='utf-8') as f:
                json.dump({task: {model: values[-1] for model, values in per_fold[task].items()} for task in TASKS}, f)
    for task, predictions in out_of_fold.items():
        per_fold[task]['blend'], per_fold[task]['blend_weight'] = [], []
        for k, gold, p_encoder, p_companion in predictions:
            weight = best_weight([p for p in predictions if p[0] != k], METRIC[task])
            per_fold[task]['blend_weight'].append(weight)
            mixed = (1 - weight) * p_encoder + weight * p_companion
            per_fold[task]['blend'].append(scores(gold, [TONES[j] for j in mixed.argmax(1)])[METRIC[task]])
    return per_fold


def best_weight(predictions, metric):
    """The companion share that scores best on these folds' out-of-fold predictions (mean over folds)."""
    def mean_score(weight):
        return np.mean([scores(gold, [TONES[j] for j in ((1 - weight) * pe + weight * pc).argmax(1)])[metric] for _, gold, pe, pc in predictions])
    return max(BLEND_WEIGHTS, key=lambda w: (round(mean_score(w), 4), w))


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
