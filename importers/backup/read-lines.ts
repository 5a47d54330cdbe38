/**
 * Lines of a text stream, pulled only as the consumer asks. Unlike readline's iterator (which drops
 * lines emitted before iteration starts, and can then wait forever for a 'close' it already missed),
 * a paused stream loses nothing however long the consumer spends between lines.
 */
export async function* readLines(stream: AsyncIterable<string | Buffer>): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  for await (const chunk of stream) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const lines = rest.split('\n');
    rest = lines.pop()!;
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}
