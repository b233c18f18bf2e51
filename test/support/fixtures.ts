/**
 * The real logs of test/fixtures/ (byte-for-byte copies of the shared corpus; see test/fixtures/README.md):
 * their names and paths, their text, and the parse the app and the CLI make of them. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseText } from '../../src/parse/index';
import type { ParseResult } from '../../src/parse/model';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures');

/** Every fixture log's file name, sorted. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.log'))
    .sort();
}

export const fixturePath = (name: string): string => resolve(FIXTURE_DIR, name);

export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** Parses a fixture's text exactly as the app and the CLI do: the whole pipeline through `parseText`. */
export function parseFixture(text: string): Pick<ParseResult, 'events' | 'allocationFailures' | 'diagnostics'> {
  return parseText(text);
}
