#!/usr/bin/python3
"""TF-IDF (word 1-2 + char 3-5) + logistic regression: the baseline every Kliping model must beat.

Trains on training/data/<task>.train.jsonl, reports accuracy and macro-F1 on <task>.dev.jsonl (also per
source, and per source on the rows our annotators were sure of (`dev:<source>:sure`, their confidence not
"low"). Writes training/results/baseline.json. Cross-validation by article, against Kliping's recipe on the
same folds, is cv.py's. Needs Debian python3-sklearn.
"""
import json, os, sys
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from prepare import jsonl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('KLIPING_TRAINING_DATA', os.path.join(HERE, 'data'))
RESULTS = os.environ.get('KLIPING_RESULTS', os.path.join(HERE, 'results'))
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

    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, 'baseline.json'), 'w', encoding='utf-8') as f:
        json.dump(results, f, indent=2)


if __name__ == '__main__':
    sys.exit(main())
