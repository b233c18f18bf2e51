/** Stands in for the text box when the box refers to a file (or shared event) too large to show as text. */
import { useTranslation } from '../common/i18n';
import { formatKb } from '../../present/units';

export interface InputCardProps {
  card: { kind: 'file' | 'shared' | 'files'; name: string; bytes: number; names?: string[] };
  onClear: () => void;
}

export function InputCard({ card, onClear }: InputCardProps) {
  const { t } = useTranslation();
  const size = formatKb(card.bytes / 1024);
  return (
    <div className="input-card" data-testid="input-card">
      <p>
        {card.kind === 'files'
          ? t('files.card', { count: card.names?.length ?? 0, names: (card.names ?? []).join(', '), size })
          : t(card.kind === 'file' ? 'inputBox.fileCard' : 'inputBox.sharedCard', { name: card.name, size })}
      </p>
      <button type="button" onClick={onClear}>
        {t('inputBox.clear')}
      </button>
    </div>
  );
}
