import { interpolate, type Lang } from '../../platform/i18n';

// R5: row-level import messages, Chinese by default (the column name is reported separately).
const rowMessages = {
  required: { 'zh-CN': '必填', en: 'Required' },
  tooLong: { 'zh-CN': '不能超过 {max} 个字', en: 'At most {max} characters' },
  unknownDepartment: {
    'zh-CN': '部门“{value}”不存在，请填写本机关已有的部门名称',
    en: 'No department named "{value}" in this organ',
  },
  notInList: { 'zh-CN': '“{value}”不是可选值，应为：{allowed}', en: '"{value}" is not one of: {allowed}' },
  badDate: {
    'zh-CN': '日期“{value}”无效，应为 YYYY-MM-DD 格式',
    en: 'Invalid date "{value}"; use YYYY-MM-DD',
  },
  badInteger: {
    'zh-CN': '“{value}”无效，应为 {min} 到 {max} 之间的整数',
    en: '"{value}" is not a whole number from {min} to {max}',
  },
  badPhone: {
    'zh-CN': '手机号“{value}”无效，应为 11 位数字',
    en: 'Invalid mobile number "{value}"; 11 digits',
  },
  duplicatePhone: { 'zh-CN': '手机号与第 {row} 行重复', en: 'Same mobile number as row {row}' },
  badCountyCode: {
    'zh-CN': '县级行政区划代码“{value}”无效，应为 6 位数字',
    en: 'Invalid county code "{value}"; 6 digits expected',
  },
  unknownCounty: {
    'zh-CN': '县级行政区划代码“{value}”不存在',
    en: 'County code "{value}" does not exist',
  },
  tooMany: { 'zh-CN': '最多填写 {max} 个', en: 'At most {max} values' },
  duplicateOrg: {
    'zh-CN': '与第 {row} 行是同一组织（同一县、同名）',
    en: 'Same organization (county and name) as row {row}',
  },
  duplicateYouth: {
    'zh-CN': '与第 {row} 行是同一人（手机号相同，或无手机号时姓名与出生年份相同）',
    en: 'Same person as row {row} (same mobile number, or same name and birth year without one)',
  },
  invalid: { 'zh-CN': '取值无效', en: 'Invalid value' },
} as const satisfies Record<string, Record<Lang, string>>;

export type RowMessageKey = keyof typeof rowMessages;
/** A row problem before translation. */
export interface RowMessage {
  key: RowMessageKey;
  params?: Record<string, string | number>;
}

export function rowMessage(message: RowMessage, lang: Lang): string {
  return interpolate(rowMessages[message.key][lang], message.params);
}
