/**
 * Public entry of the parser (placeholder until the streaming parser lands).
 * createParser(): push text chunks as they arrive, end() returns the whole result.
 */
export * from './model';
