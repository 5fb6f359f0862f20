import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '@grassroots/core';

/** Core's domain labels ({zh, en}, one definition for the whole system) in the UI language (X1). */
export function useLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return useCallback((label: Label) => (en ? label.en : label.zh), [en]);
}
