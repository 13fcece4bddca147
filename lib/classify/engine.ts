import { AutoConfig, env, pipeline } from '@huggingface/transformers';
import { aggregateChunkScores, chunkBody } from './chunking';
import { ModelLabelError, toToneScores, toneLabelMap, type Tone } from './labels';
import { loadNgram } from './model-files';
import { GatedNgram, mixScores, type NgramScorer } from './ngram';
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
  /** false: the encoder alone, without its n-gram companion (agreement checks, ablations). */
  ngram?: boolean;
  onProgress?: (event: { status: string; file?: string; loaded?: number; total?: number; progress?: number }) => void;
}

type RawScores = Array<{ label: string; score: number }>;
/** What a text is: a headline, or body text (a chunk of an article, a quote, a lead). */
export type TextKind = 'headline' | 'body';

/** The config.json keys Kliping reads besides the standard ones. */
interface KlipingConfig {
  id2label: Record<string, string>;
  kliping_version?: string;
  /**
   * Set by training/train.py when the folder carries n-gram companions: the blend weight and the file
   * stem (<stem>.json + <stem>.bin) used for headlines and for body text; with `review` and `gate` too,
   * body text is scored by the body (news) and review experts behind the gate (GatedNgram).
   */
  kliping?: {
    ngram_weight?: number;
    ngram?: Partial<Record<TextKind | 'review' | 'gate', string>>;
    /** false: the folder has no encoder graph and the n-gram companion decides alone (ngram_weight 1). */
    encoder?: boolean;
  };
  'transformers.js_config'?: { dtype?: LoadOptions['dtype'] };
}


type TextClassifier = (texts: string[], options: { top_k: null }) => Promise<RawScores[] | RawScores>;

export interface LoadedModel {
  id: string;
  version: string;
  labels: string[];
  loadMs: number;
  /** Whether the folder has an encoder graph (else `run` is not available and the companion decides). */
  hasEncoder: boolean;
  /** The encoder's class scores for each text. */
  run(texts: string[]): Promise<RawScores[]>;
  /** The n-gram companion's class scores for a whole text, or null when the model has none. */
  ngram(text: string, kind: TextKind): RawScores | null;
  /** Share of the n-gram companion in the blend (0 without one). */
  ngramWeight: number;
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
  const config = (await AutoConfig.from_pretrained(location.id, { progress_callback: options.onProgress as never })) as unknown as KlipingConfig;
  // A model may declare its file variant (Kliping's bundled models ship only the int8 graph); test
  // models and most Hub models have the plain fp32 graph.
  const dtype = options.dtype ?? config['transformers.js_config']?.dtype ?? 'fp32';
  const hasEncoder = config.kliping?.encoder !== false;
  if (!hasEncoder && options.ngram === false) throw new Error(`${location.id} has no encoder to run without its n-gram companion`);
  const classifier = hasEncoder
    ? await pipeline('text-classification', location.id, { dtype, config: config as never, progress_callback: options.onProgress as never })
    : null;
  const ngramWeight = !hasEncoder ? 1 : options.ngram === false ? 0 : (config.kliping?.ngram_weight ?? 0);
  const stems = config.kliping?.ngram ?? {};
  const files = new Map<string, ReturnType<typeof loadNgram>>();
  const file = (stem: string) => {
    if (!files.has(stem)) files.set(stem, loadNgram(location, stem, options.onProgress));
    return files.get(stem)!;
  };
  const companionFor = async (kind: TextKind): Promise<NgramScorer> => {
    const own = await file(stems[kind] ?? 'ngram');
    if (kind === 'body' && stems.review && stems.gate) return new GatedNgram(await file(stems.gate), own, await file(stems.review));
    return own;
  };
  const ngrams = ngramWeight > 0 ? { headline: await companionFor('headline'), body: await companionFor('body') } : null;
  const run = classifier as unknown as TextClassifier | null;
  return {
    id: location.id,
    version: config.kliping_version ?? 'tanpa-versi',
    labels: Object.values(config.id2label),
    loadMs: performance.now() - started,
    hasEncoder,
    async run(texts) {
      if (!texts.length) return [];
      if (!run) throw new Error(`${location.id} has no encoder`);
      const out = await run(texts, { top_k: null });
      return (texts.length === 1 && !Array.isArray(out[0]) ? [out] : out) as RawScores[];
    },
    ngram: (text, kind) => (ngrams ? Object.entries(ngrams[kind].probabilities(text)).map(([label, score]) => ({ label, score })) : null),
    ngramWeight: ngrams ? ngramWeight : 0,
    dispose: async () => classifier?.dispose(),
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

/**
 * Headline tone, body tone (chunked), topic and the derived overall tone of a clipping, or of many at once.
 * With an n-gram companion, the encoder's scores (per headline, chunk-averaged for the body, title + first
 * chunk for the topic) are mixed with the companion's scores over the whole text, as it was trained.
 */
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

  /**
   * Mixes encoder scores with the model's n-gram companion over `text` (encoder alone without a
   * companion, companion alone without an encoder).
   */
  private withNgram<K extends string>(model: LoadedModel, scores: Record<K, number> | null, text: string, kind: TextKind, map: (raw: RawScores) => Record<K, number>) {
    const ngram = model.ngram(text, kind);
    if (!scores) return map(ngram!);
    return ngram ? mixScores(scores, map(ngram), model.ngramWeight) : scores;
  }

  async classify(input: ClippingInput): Promise<ClippingPrediction> {
    return (await this.classifyMany([input]))[0]!;
  }

  /**
   * Several clippings at once: the encoder sees all their headlines in one batch and all their body chunks
   * in batches of similar length, instead of one pass per clipping (bulk imports, the queue).
   */
  async classifyMany(inputs: readonly ClippingInput[]): Promise<ClippingPrediction[]> {
    const started = performance.now();
    const prepared = inputs.map((input) => {
      const title = input.title?.trim() || null;
      const text = input.text?.trim() || null;
      return { title, text, chunks: text ? chunkBody(text) : [] };
    });
    const toTone = (raw: RawScores) => toToneScores(raw, this.toneMap);
    const byLabel = (r: RawScores) => Object.fromEntries(r.map(({ label, score }) => [label, score]));
    const encode = async (model: LoadedModel, texts: string[]) => (model.hasEncoder ? runInBatches(model, texts) : null);
    const headlines = await encode(this.tone, prepared.flatMap((p) => (p.title ? [p.title] : [])));
    const chunkScores = await encode(this.tone, prepared.flatMap((p) => p.chunks.map((c) => c.text)));
    const topicScores = this.topic
      ? await encode(this.topic, prepared.filter((p) => p.title || p.chunks.length).map((p) => [p.title, p.chunks[0]?.text].filter(Boolean).join('\n\n')))
      : null;

    let headlineAt = 0;
    let chunkAt = 0;
    let topicAt = 0;
    const predictions = prepared.map(({ title, text, chunks }) => {
      const headlineRaw = title && headlines ? headlines[headlineAt++]! : null;
      const headline = title ? argmax(this.withNgram(this.tone, headlineRaw && toTone(headlineRaw), title, 'headline', toTone)) : null;
      const ownChunks = chunkScores?.slice(chunkAt, (chunkAt += chunks.length)).map(toTone);
      const body = text && chunks.length ? argmax(this.withNgram(this.tone, ownChunks ? aggregateChunkScores(chunks, ownChunks) : null, text, 'body', toTone)) : null;
      let topic: Prediction | null = null;
      if (this.topic && (title || chunks.length)) {
        const scores = topicScores ? topicScores[topicAt++]! : null;
        topic = argmax(this.withNgram(this.topic, scores && byLabel(scores), [title, text].filter(Boolean).join('\n\n'), 'body', byLabel));
      }
      return { headline, body, topic, overall: deriveOverallTone(headline, body) };
    });
    const ms = (performance.now() - started) / Math.max(1, inputs.length);
    const model = { tone: this.tone.id, topic: this.topic?.id ?? null, version: this.tone.version };
    return predictions.map((prediction) => ({ ...prediction, model, ms }));
  }
}

/** Texts per encoder call: larger batches gain little on one wasm thread and pad more. */
const ENCODER_BATCH = 16;

/** Runs the encoder over texts in batches of similar length (less padding), answers in the input order. */
async function runInBatches(model: LoadedModel, texts: string[]): Promise<RawScores[]> {
  const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
  const out: RawScores[] = new Array(texts.length);
  for (let start = 0; start < order.length; start += ENCODER_BATCH) {
    const group = order.slice(start, start + ENCODER_BATCH);
    const scores = await model.run(group.map((i) => texts[i]!));
    group.forEach((i, k) => (out[i] = scores[k]!));
  }
  return out;
}
