#!/usr/bin/python3
"""TF-IDF (word 1-2 + char 3-5) + logistic regression: the baseline every Kliping model must beat.

Trains on training/data/<task>.train.jsonl, reports accuracy and macro-F1 on <task>.dev.jsonl (also per
source, and per source on the rows our annotators were sure of (`dev:<source>:sure`, their confidence not
"low"), and 5-fold cross-validated macro-F1 on our own news-2025 annotations. Writes
training/results/baseline.json. Needs Debian python3-sklearn.
"""
import json, os, sys
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from prepare import jsonl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('KLIPING_TRAINING_DATA', os.path.join(HERE, 'data'))
RESULTS = os.path.join(HERE, 'results')
SEED = 13


class Baseline:
    def fit(self, texts, labels):
        self.word = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)
        self.char = TfidfVectorizer(analyzer='char_wb', ngram_range=(3, 5), min_df=2, sublinear_tf=True, lowercase=True)
        x = hstack([self.word.fit_transform(texts), self.char.fit_transform(texts)]).tocsr()
        self.model = LogisticRegression(C=4.0, max_iter=300, class_weight='balanced', random_state=SEED).fit(x, labels)
        return self

    def predict(self, texts):
        return self.model.predict(hstack([self.word.transform(texts), self.char.transform(texts)]).tocsr())


def scores(gold, predicted):
    return {'n': len(gold), 'accuracy': round(accuracy_score(gold, predicted), 4), 'macro_f1': round(f1_score(gold, predicted, average='macro'), 4)}


def main():
    results = {}
    for task in ('tone_headline', 'tone_body', 'topic', 'tone_review'):
        train, dev = jsonl(os.path.join(DATA, f'{task}.train.jsonl')), jsonl(os.path.join(DATA, f'{task}.dev.jsonl'))
        model = Baseline().fit([r['text'] for r in train], [r['label'] for r in train])
        predicted = model.predict([r['text'] for r in dev])
        gold = [r['label'] for r in dev]
        entry = {'dev': scores(gold, predicted)}
        for source in sorted({r['source'] for r in dev}):
            idx = [i for i, r in enumerate(dev) if r['source'] == source]
            entry[f'dev:{source}'] = scores([gold[i] for i in idx], [predicted[i] for i in idx])
            sure = [i for i in idx if dev[i].get('confidence') != 'low']
            if len(sure) < len(idx):
                entry[f'dev:{source}:sure'] = scores([gold[i] for i in sure], [predicted[i] for i in sure])
        results[task] = entry
        print(task, json.dumps(entry))

    # Cross-validation on our own full-article annotations (the closest to the held-out government set).
    for task in ('tone_headline', 'tone_body', 'topic'):
        rows = [r for r in jsonl(os.path.join(DATA, f'{task}.train.jsonl')) + jsonl(os.path.join(DATA, f'{task}.dev.jsonl'))]
        ours = [r for r in rows if r['source'] == 'news2025']
        others = [r for r in rows if r['source'] != 'news2025']
        labels = np.array([r['label'] for r in ours])
        counts = {label: int((labels == label).sum()) for label in set(labels)}
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
        stratify = np.array([label if counts[label] >= 5 else 'rare' for label in labels])
        f1s, accs = [], []
        for train_idx, test_idx in folds.split(np.zeros(len(ours)), stratify):
            train = others + [ours[i] for i in train_idx]
            model = Baseline().fit([r['text'] for r in train], [r['label'] for r in train])
            predicted = model.predict([ours[i]['text'] for i in test_idx])
            gold = [ours[i]['label'] for i in test_idx]
            f1s.append(f1_score(gold, predicted, average='macro'))
            accs.append(accuracy_score(gold, predicted))
        results[task]['cv5:news2025'] = {'n': len(ours), 'macro_f1': round(float(np.mean(f1s)), 4), 'accuracy': round(float(np.mean(accs)), 4)}
        print(task, 'cv5:news2025', json.dumps(results[task]['cv5:news2025']))

    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, 'baseline.json'), 'w', encoding='utf-8') as f:
        json.dump(results, f, indent=2)


if __name__ == '__main__':
    sys.exit(main())
