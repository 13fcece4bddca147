#!/usr/bin/python3
"""Writes the tiny RANDOM-weight models the classifier tests load (transformers.js layout).

Uses ../shared/tools/make_tiny_bert.py (Debian python3-onnx + python3-numpy). Outputs are meaningless;
they exercise loading, tokenising, label mapping, chunking and batching, never accuracy.
  tiny-tone-id     labels negatif/netral/positif (Indonesian names)
  tiny-tone-generic labels LABEL_0..2 (needs a declared mapping)
  tiny-topic       the 17 government taxonomy ids
  tiny-topic-wrong labels that are not taxonomy ids (must be refused)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_TOOLS = os.path.join(HERE, '..', '..', '..', 'shared', 'tools')
if not os.path.exists(os.path.join(SHARED_TOOLS, 'make_tiny_bert.py')):
    sys.exit(f'{SHARED_TOOLS}/make_tiny_bert.py is missing: the classifier tests need ../shared beside the repository.')
sys.path.insert(0, SHARED_TOOLS)
import make_tiny_bert  # noqa: E402

TOPICS = ['pemerintahan', 'politik', 'hukum', 'keamanan', 'ekonomi', 'infrastruktur', 'pendidikan', 'kesehatan',
          'sosial', 'lingkungan', 'pangan', 'budaya', 'olahraga', 'teknologi', 'internasional', 'hiburan', 'lainnya']

make_tiny_bert.OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '.cache', 'test-models')
make_tiny_bert.write('tiny-tone-id', True, ['negatif', 'netral', 'positif'])
make_tiny_bert.write('tiny-tone-generic', True, ['LABEL_0', 'LABEL_1', 'LABEL_2'])
make_tiny_bert.write('tiny-topic', True, TOPICS)
make_tiny_bert.write('tiny-topic-wrong', True, ['sport', 'business', 'world'])
print('test models written to', make_tiny_bert.OUT)
