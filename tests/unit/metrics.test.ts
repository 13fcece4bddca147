import { describe, expect, it } from 'vitest';
import { evaluate, reliability } from '../../lib/classify/metrics';

describe('evaluate', () => {
  const gold = ['negatif', 'negatif', 'netral', 'positif', 'positif', 'positif'];
  const predicted = ['negatif', 'netral', 'netral', 'positif', 'negatif', 'positif'];
  const m = evaluate(gold, predicted);

  it('counts accuracy and the confusion matrix', () => {
    expect(m.accuracy).toBeCloseTo(4 / 6);
    expect(m.confusion).toEqual({
      negatif: { negatif: 1, netral: 1, positif: 0 },
      netral: { negatif: 0, netral: 1, positif: 0 },
      positif: { negatif: 1, netral: 0, positif: 2 },
    });
  });
  it('computes per-class precision, recall, F1 and the macro mean (as sklearn does)', () => {
    expect(m.perClass.negatif).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(m.perClass.netral!.f1).toBeCloseTo(2 / 3);
    expect(m.perClass.positif!.f1).toBeCloseTo(0.8);
    expect(m.macroF1).toBeCloseTo((0.5 + 2 / 3 + 0.8) / 3);
  });
  it('gives 0 F1 to a class that is never predicted and rejects mismatched lengths', () => {
    expect(evaluate(['a', 'b'], ['a', 'a']).perClass.b!.f1).toBe(0);
    expect(() => evaluate(['a'], [])).toThrow();
  });
});

describe('reliability', () => {
  it('splits accuracy by the confidence threshold', () => {
    const r = reliability(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'a'], [0.9, 0.95, 0.4, 0.5], 0.7);
    expect(r).toEqual({ sure: { n: 2, accuracy: 0.5 }, unsure: { n: 2, accuracy: 0.5 } });
  });
});
