import type { FormRule as Rule } from 'antd';
import type { TFunction } from 'i18next';

// Forms validate with the same zod schemas as the server (STYLE 3). The message is ours, in the
// user's language, chosen from the zod issue code.
interface Issue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
}
export interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

export function issueMessage(issue: Issue, t: TFunction): string {
  if (issue.message === 'password.weak') return t('validation.passwordWeak');
  switch (issue.code) {
    case 'too_small':
      return t('validation.tooSmall');
    case 'too_big':
      return t('validation.tooBig');
    case 'invalid_format':
      return t('validation.format');
    case 'invalid_type':
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
}

/** An antd rule that runs one zod field schema; empty values are left to `required`. */
export function zodRule(schema: SafeParser, t: TFunction, transform?: (value: unknown) => unknown): Rule {
  return {
    validator: (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return Promise.resolve();
      const result = schema.safeParse(transform ? transform(value) : value);
      if (result.success) return Promise.resolve();
      const first = result.error.issues[0];
      return Promise.reject(new Error(first ? issueMessage(first, t) : t('validation.invalid')));
    },
  };
}
