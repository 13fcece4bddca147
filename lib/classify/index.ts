export { loadModel, ClippingClassifier } from './engine';
export type { ModelLocation, LoadOptions, LoadedModel, ClippingInput, ClippingPrediction } from './engine';
export { toneLabelMap, ModelLabelError, TONES } from './labels';
export type { Tone } from './labels';
export { chunkBody, aggregateChunkScores, CHUNK_WORDS, MAX_CHUNKS, LEAD_WEIGHT } from './chunking';
export { deriveOverallTone, effectiveTone, confidenceWord, argmax, CONFIDENT_SCORE } from './tone';
export type { Prediction, ToneOverride } from './tone';
export { TOPIC_IDS } from './taxonomy';
export type { TopicId } from './taxonomy';
