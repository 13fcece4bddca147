import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/dom';
import { countWords, elementToText, leadOf } from '../../lib/extract/text';

const body = (html: string) => documentFromHtml(`<body>${html}</body>`, 'https://contoh.id/').body;

describe('elementToText', () => {
  it('puts one block per paragraph with a blank line between', () => {
    expect(elementToText(body('<p>Satu  dua.</p><h2>Sub</h2><p>Tiga <b>empat</b>.</p>'))).toBe('Satu dua.\n\nSub\n\nTiga empat.');
  });
  it('treats a double <br> as a paragraph break and a single one as a line break', () => {
    expect(elementToText(body('<div>Baris satu<br>baris dua<br><br>Paragraf baru</div>'))).toBe(
      'Baris satu\nbaris dua\n\nParagraf baru',
    );
  });
  it('skips scripts, styles and hidden elements', () => {
    expect(elementToText(body('<p>Teks<script>var x=1</script><style>p{}</style><span hidden>rahasia</span></p>'))).toBe('Teks');
  });
  it('keeps quoted markup as text', () => {
    expect(elementToText(body('<p>&lt;b&gt;tebal&lt;/b&gt;</p>'))).toBe('<b>tebal</b>');
  });
});

describe('countWords and leadOf', () => {
  it('counts whitespace-separated words, punctuation attached', () => {
    expect(countWords('Kamis (20/11/2025), Gubernur — hadir.')).toBe(4);
    expect(countWords('')).toBe(0);
  });
  it('cuts a lead at a word boundary with an ellipsis', () => {
    const lead = leadOf('kata '.repeat(100).trim(), 50);
    expect(lead.endsWith('kata…')).toBe(true);
    expect(lead.length).toBeLessThanOrEqual(51);
    expect(leadOf('Pendek.')).toBe('Pendek.');
  });
});
