/** Migrate-type letters as the kernel names them ("Unmovable"), or "unknown (R)" in the reader's language. */
import { knownMigrateType } from '../../kernel/migrate';
import type { Translate } from '../../present/i18n';

export function migrateTypeNames(t: Translate, letters: string, version: string | null): string {
  return [...letters].map((l) => knownMigrateType(l, version) ?? t('buddy.unknownType', { letter: l })).join(', ');
}
