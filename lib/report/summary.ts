/**
 * A 2-3 sentence extractive summary, computed on the officer's machine.
 *
 * Method: split the body into sentences (not at abbreviations such as "Dr." or "No." nor inside numbers
 * like "1.500"), score each sentence by how many of the headline's content words it shares plus a bonus
 * for coming early (Indonesian news states the essentials first), keep the best ones in their original
 * order. Short fragments (captions, datelines) are skipped.
 */
const ABBREVIATIONS = /\b(?:dr|drs|ir|h|hj|prof|no|tbk|pt|st|kh|jl|sdr|bpk|kab|kec|kel|dll|dsb|yth|a\.n|u\.p)\.$/i;
const STOPWORDS = new Set(
  'yang dan di ke dari untuk pada dengan dalam ini itu akan tidak juga sudah atau oleh karena bagi para telah masih agar serta saat bisa ada sebagai'.split(' '),
);

export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let current = '';
    for (const piece of paragraph.split(/(?<=[.!?])\s+(?=["“']?[A-Z0-9])/)) {
      current = current ? `${current} ${piece}` : piece;
      if (!ABBREVIATIONS.test(current.trim())) {
        out.push(current.trim());
        current = '';
      }
    }
    if (current.trim()) out.push(current.trim());
  }
  return out.filter(Boolean);
}

const contentWords = (text: string) => new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w)));

export function extractiveSummary(title: string, text: string, maxSentences = 3, maxWords = 80): string {
  const all = sentences(text).filter((s) => s.split(/\s+/).length >= 6);
  if (!all.length) return '';
  const headline = contentWords(title);
  const scored = all.map((sentence, index) => {
    const words = contentWords(sentence);
    const overlap = [...words].filter((w) => headline.has(w)).length / Math.max(headline.size, 1);
    return { sentence, index, score: overlap + 1 / (1 + index) };
  });
  const chosen: typeof scored = [];
  let words = 0;
  for (const candidate of [...scored].sort((a, b) => b.score - a.score)) {
    const length = candidate.sentence.split(/\s+/).length;
    if (chosen.length >= maxSentences || (chosen.length && words + length > maxWords)) continue;
    chosen.push(candidate);
    words += length;
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => c.sentence)
    .join(' ');
}
