// sastrawijs ships typings but its package.json "exports" does not point at them, so TypeScript's
// bundler resolution cannot find them: this declares the part Kliping uses.
declare module 'sastrawijs' {
  export class Stemmer {
    constructor(dictionary?: string[]);
    stem(word: string): string;
  }
}
