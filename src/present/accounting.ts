/** Labels of the accounting rows (src/analyze/accounting) in the chosen language. */
import type { AccountingRow } from '../analyze/types';
import type { Translate } from './i18n';

export function rowLabel(t: Translate, row: Pick<AccountingRow, 'id'>): string {
  const key = `accounting.rows.${row.id}`;
  const label = t(key);
  return label === key ? t('accounting.unknownRow', { id: row.id }) : label;
}
