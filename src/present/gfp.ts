/** A gfp decode in words: each name's meaning, the decode's notes and why its flag table was picked. */
import type { GfpFlagInfo, GfpNote, TablePick } from '../kernel/types';
import type { Translate } from './i18n';

export function flagMeaning(t: Translate, flag: GfpFlagInfo, tableId: string): string {
  return t(`gfp.meaning.${flag.meaning}`, { table: tableId });
}

export function gfpNote(t: Translate, note: GfpNote): string {
  return t(`gfp.note.${note.id}`, note.params ?? {});
}

/** "5.18-6.2 (exact version match: from 6.1.1-arch1-1: upstream 6.1 → table 5.18-6.2)". */
export function pickText(t: Translate, pick: TablePick): string {
  const b = pick.basis;
  const table = pick.tableId;
  let why: string;
  if (b.kind === 'shape') {
    const clues = b.clues.length
      ? b.clues.map((id) => t(`gfp.clue.${id}`)).join(t('gfp.basis.separator'))
      : t('gfp.basis.noClues');
    const how = {
      printed: 'printed',
      'printed-elsewhere': 'elsewhere',
      plausible: 'plausible',
      'plausible-same': 'same',
    };
    why = t('gfp.basis.shape', {
      clues,
      rhel7: b.rhel7 ? '1' : '0',
      how: b.how ? how[b.how] : 'none',
      tables: b.tables.join(', '),
      mask: b.mask ?? '',
      table,
    });
  } else if (b.kind === 'upstream') {
    why = t('gfp.basis.upstream', {
      release: b.release,
      version: b.version,
      table,
      notRead: b.notRead ? '1' : '0',
      rhel: b.rhel == null ? 'none' : String(b.rhel),
    });
  } else why = t(`gfp.basis.${b.kind}`, { release: b.release, table });
  return t('gfp.pick', { table, confidence: t(`gfp.confidence.${pick.confidence}`), why });
}
