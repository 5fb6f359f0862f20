// Strings of the contact pages (X1), one file per language; en mirrors zh (checked by tsc).
export { contactZh } from './i18n.zh';
export { contactEn } from './i18n.en';
