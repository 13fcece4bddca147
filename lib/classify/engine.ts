import { env, pipeline } from '@huggingface/transformers';
import { aggregateChunkScores, chunkBody } from './chunking';
import { ModelLabelError, toToneScores, toneLabelMap, type Tone } from './labels';
import { unknownTopicLabels } from './taxonomy';
import { argmax, deriveOverallTone, type Prediction } from './tone';

/** Where a model lives: a folder (Node), the extension's own files, an intranet mirror, or the Hub. */
export interface ModelLocation {
  /** Base path or URL that holds model folders (transformers.js `localModelPath` or `remoteHost`). */
  root: string;
  /** The model folder name or Hub id. */
  id: string;
  /** Only for opted-in downloads (Hub or intranet mirror); the bundled model never needs the network. */
  remote?: boolean;
  /** How remote files are addressed under `root` (transformers.js remotePathTemplate). */
  pathTemplate?: string;
  /** A topic model is optional: without it, clippings get tone only. */
  optional?: boolean;
}

export interface LoadOptions {
  dtype?: 'fp32' | 'q8' | 'int8' | 'fp16';
  onProgress?: (event: { status: string; file?: string; loaded?: number; total?: number; progress?: number }) => void;
}

type RawScores = Array<{ label: string; score: number }>;
type TextClassifier = (texts: string[], options: { top_k: null }) => Promise<RawScores[] | RawScores>;

export interface LoadedModel {
  id: string;
  version: string;
  labels: string[];
  loadMs: number;
  run(texts: string[]): Promise<RawScores[]>;
  dispose(): Promise<void>;
}

/**
 * Loads a transformers.js text-classification model. Remote loading is off unless the location
 * says otherwise, so the bundled model can never trigger a download.
 */
export async function loadModel(location: ModelLocation, options: LoadOptions = {}): Promise<LoadedModel> {
  env.allowLocalModels = !location.remote;
  env.allowRemoteModels = !!location.remote;
  if (location.remote) {
    env.remoteHost = location.root;
    if (location.pathTemplate) env.remotePathTemplate = location.pathTemplate;
  } else env.localModelPath = location.root.endsWith('/') ? location.root : `${location.root}/`;
  const started = performance.now();
  const classifier = await pipeline('text-classification', location.id, {
    dtype: options.dtype ?? 'fp32',
    progress_callback: options.onProgress as never,
  });
  const config = classifier.model.config as unknown as { id2label: Record<string, string>; kliping_version?: string };
  const run = classifier as unknown as TextClassifier;
  return {
    id: location.id,
    version: config.kliping_version ?? 'tanpa-versi',
    labels: Object.values(config.id2label),
    loadMs: performance.now() - started,
    async run(texts) {
      if (!texts.length) return [];
      const out = await run(texts, { top_k: null });
      return (texts.length === 1 && !Array.isArray(out[0]) ? [out] : out) as RawScores[];
    },
    dispose: () => classifier.dispose(),
  };
}

export interface ClippingInput {
  title?: string | null;
  text?: string | null;
}

export interface ClippingPrediction {
  headline: Prediction<Tone> | null;
  body: Prediction<Tone> | null;
  topic: Prediction | null;
  overall: Prediction<Tone> | null;
  model: { tone: string; topic: string | null; version: string };
  ms: number;
}

/** Headline tone, body tone (chunked), topic and the derived overall tone of one clipping. */
export class ClippingClassifier {
  private readonly toneMap: Record<string, Tone>;

  constructor(
    private readonly tone: LoadedModel,
    private readonly topic: LoadedModel | null = null,
    declaredLabels?: Record<string, string>,
  ) {
    this.toneMap = toneLabelMap(Object.fromEntries(tone.labels.map((l, i) => [i, l])), declaredLabels);
    if (topic) {
      const unknown = unknownTopicLabels(topic.labels);
      if (unknown.length) throw new ModelLabelError(`Model topik memakai label di luar taksonomi: ${unknown.join(', ')}.`);
    }
  }

  private async tones(texts: string[]): Promise<Array<Prediction<Tone>>> {
    const raw = await this.tone.run(texts);
    return raw.map((scores) => argmax(toToneScores(scores, this.toneMap)));
  }

  async classify(input: ClippingInput): Promise<ClippingPrediction> {
    const started = performance.now();
    const title = input.title?.trim() || null;
    const chunks = input.text?.trim() ? chunkBody(input.text) : [];
    // One batch for the headline and every body chunk: one pass through the model per clipping.
    const predictions = await this.tones([...(title ? [title] : []), ...chunks.map((c) => c.text)]);
    const headline = title ? predictions[0]! : null;
    const chunkPredictions = predictions.slice(title ? 1 : 0);
    const body = chunks.length ? argmax(aggregateChunkScores(chunks, chunkPredictions.map((p) => p.scores))) : null;

    let topic: Prediction | null = null;
    if (this.topic && (title || chunks.length)) {
      const topicText = [title, chunks[0]?.text].filter(Boolean).join('\n\n');
      const [scores] = await this.topic.run([topicText]);
      topic = argmax(Object.fromEntries(scores!.map(({ label, score }) => [label, score])));
    }
    return {
      headline,
      body,
      topic,
      overall: deriveOverallTone(headline, body),
      model: { tone: this.tone.id, topic: this.topic?.id ?? null, version: this.tone.version },
      ms: performance.now() - started,
    };
  }
}
