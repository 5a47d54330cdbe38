/**
 * Finds which of a fixed list of words occur in a text, all of them in one pass over it
 * (Aho–Corasick: a trie of the words turned into a table of transitions, one step per character).
 * Checking a hundred cues' keywords one `includes` at a time would cost more than the cues'
 * regular expressions themselves; one scan and a lookup per word is what makes a pre-filter pay.
 *
 *   new KeywordScanner(['ban', 'banned', 'export']).scan('it banned exports')  →  [1, 1, 1]
 */
export class KeywordScanner {
  readonly size: number;
  /** Symbol of each character that occurs in a word (0 for every other character). */
  private readonly symbols = new Map<number, number>();
  private readonly ascii = new Uint8Array(128);
  private readonly width: number;
  /** next[state * width + symbol]: the state after reading the symbol. */
  private readonly next: Int32Array;
  /** The words ending at each state (its own and its suffixes'), as ids: outIds[outStart[s] .. outStart[s + 1]]. */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;

  constructor(words: readonly string[]) {
    this.size = words.length;
    for (const word of words) {
      if (!word) throw new Error('KeywordScanner: an empty word matches every text');
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        if (!this.symbols.has(c)) this.symbols.set(c, this.symbols.size + 1);
      }
    }
    for (const [c, symbol] of this.symbols) if (c < 128) this.ascii[c] = symbol;
    const width = (this.width = this.symbols.size + 1);

    // the trie: children by symbol, and the words that end at each node
    const children: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    words.forEach((word, id) => {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const symbol = this.symbols.get(word.charCodeAt(k))!;
        let child = children[node]!.get(symbol);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[node]!.set(symbol, child);
        }
        node = child;
      }
      ends[node]!.push(id);
    });

    // breadth first: each state's failure (longest proper suffix that is a trie node) fills its
    // missing transitions and lends it the words that end there
    const next = (this.next = new Int32Array(children.length * width));
    const outputs: number[][] = ends.map((e) => [...e]);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (const [symbol, child] of children[0]!) {
      next[symbol] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      outputs[node]!.push(...outputs[fail[node]!]!);
      // the failure state's row (complete: it is shallower), then this node's own children over it
      next.copyWithin(node * width, fail[node]! * width, fail[node]! * width + width);
      for (const [symbol, child] of children[node]!) {
        fail[child] = next[fail[node]! * width + symbol]!;
        next[node * width + symbol] = child;
        queue.push(child);
      }
    }
    this.outStart = new Int32Array(children.length + 1);
    outputs.forEach((o, s) => (this.outStart[s + 1] = this.outStart[s]! + o.length));
    this.outIds = Int32Array.from(outputs.flat());
  }

  /** found[id] is 1 when word `id` occurs in the text (which the caller lower-cases, as the words are). */
  scan(text: string): Uint8Array {
    const found = new Uint8Array(this.size);
    const { next, width, ascii, symbols, outStart, outIds } = this;
    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      state = next[state * width + (c < 128 ? ascii[c]! : (symbols.get(c) ?? 0))]!;
      for (let o = outStart[state]!, end = outStart[state + 1]!; o < end; o++) found[outIds[o]!] = 1;
    }
    return found;
  }
}
