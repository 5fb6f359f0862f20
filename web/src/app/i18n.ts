import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { zhCN } from './locales/zh-CN';
import { en } from './locales/en';
import { setApiLanguage } from './api';
import { languageStorageKey } from './storage';

// X1: Simplified Chinese by default, English available; the choice is kept in localStorage.
export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

dayjs.extend(utc);
dayjs.extend(timezone);

function storedLanguage(): Language {
  return localStorage.getItem(languageStorageKey) === 'en' ? 'en' : 'zh-CN';
}

function apply(lang: Language): void {
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang;
  setApiLanguage(lang, lang === 'en' ? en.errors.network : zhCN.errors.network);
}

const initial = storedLanguage();
apply(initial);
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export async function changeLanguage(lang: Language): Promise<void> {
  localStorage.setItem(languageStorageKey, lang);
  apply(lang);
  await i18n.changeLanguage(lang);
}

export { i18n };
