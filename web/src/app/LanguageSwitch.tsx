import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { changeLanguage, languages, type Language } from './i18n';

const labels: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };
const shortLabels: Record<Language, string> = { 'zh-CN': '中', en: 'EN' };

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { i18n, t } = useTranslation();
  const value: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Select<Language>
      aria-label={t('app.language')}
      data-testid="language-switch"
      value={value}
      variant="borderless"
      suffix={<GlobalOutlined />}
      popupMatchSelectWidth={false}
      onChange={(lang) => void changeLanguage(lang)}
      options={languages.map((lang) => ({ value: lang, label: compact ? shortLabels[lang] : labels[lang] }))}
    />
  );
}
