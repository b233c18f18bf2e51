/** The language picker in the header (data-testid="language"): each language named in itself. */
import { LANGS, type Lang } from '../../present/i18n';
import { currentLang, setLang, useTranslation } from './i18n';

const NAMES: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select data-testid="language" value={currentLang()} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
