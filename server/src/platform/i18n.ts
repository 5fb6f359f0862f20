// X1/S3: error messages in the caller's language (zh-CN default, en on request).
export type Lang = 'zh-CN' | 'en';

const messages = {
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: {
    'zh-CN': '长时间未操作，请重新登录',
    en: 'Your session has expired; please sign in again',
  },
  BAD_CREDENTIALS: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    'zh-CN': '密码错误次数过多，账号已锁定，请 {minutes} 分钟后再试',
    en: 'Too many failed attempts; the account is locked for {minutes} more minutes',
  },
  ACCOUNT_DISABLED: { 'zh-CN': '账号已停用', en: 'This account is disabled' },
  RATE_LIMITED: { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  CSRF: {
    'zh-CN': '请求缺少有效的安全令牌，请刷新页面后重试',
    en: 'Missing or invalid CSRF token; reload and retry',
  },
  FORBIDDEN: { 'zh-CN': '没有权限执行此操作', en: 'You do not have permission to do this' },
  PASSWORD_CHANGE_REQUIRED: { 'zh-CN': '首次登录请先修改密码', en: 'Please change your password first' },
  PASSWORD_WEAK: {
    'zh-CN': '密码至少 8 位，且包含大写字母、小写字母、数字、符号中的至少 3 类',
    en: 'The password needs at least 8 characters from 3 of: upper case, lower case, digits, symbols',
  },
  PASSWORD_WRONG: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  PASSWORD_REUSED: {
    'zh-CN': '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  NOT_FOUND: { 'zh-CN': '记录不存在或无权访问', en: 'Not found' },
  ROUTE_NOT_FOUND: { 'zh-CN': '接口不存在', en: 'No such endpoint' },
  VALIDATION: { 'zh-CN': '输入有误：{summary}', en: 'Invalid input: {summary}' },
  VERSION_CONFLICT: {
    'zh-CN': '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  DUPLICATE: { 'zh-CN': '已存在相同的记录：{what}', en: 'A record with the same {what} already exists' },
  USERNAME_TAKEN: { 'zh-CN': '用户名已被使用', en: 'That username is taken' },
  ROLE_CONFLICT: {
    'zh-CN': '系统管理员、安全管理员、审计管理员须各自单独设账号，不能与其他角色兼任',
    en: 'System, security and audit administrators are separate accounts with one role each',
  },
  OUT_OF_SCOPE: { 'zh-CN': '超出您的管理范围', en: 'Outside your scope' },
  UNKNOWN_DEPARTMENT: { 'zh-CN': '部门不存在', en: 'Unknown department' },
  UNKNOWN_COUNTY: { 'zh-CN': '县级行政区划代码不存在：{code}', en: 'Unknown county code: {code}' },
  BAD_FILE: { 'zh-CN': '文件无法读取：{reason}', en: 'The file cannot be read: {reason}' },
  BAD_HEADERS: {
    'zh-CN': '表头与模板不符，缺少列：{columns}',
    en: 'Headers do not match the template; missing: {columns}',
  },
  FILE_TOO_LARGE: { 'zh-CN': '文件过大', en: 'The file is too large' },
  NO_FILE: { 'zh-CN': '请上传文件（字段名 file）', en: 'Upload a file in the field "file"' },
  BAD_REQUEST: { 'zh-CN': '请求格式有误', en: 'Malformed request' },
  INTERNAL: { 'zh-CN': '服务器内部错误，请稍后再试', en: 'Internal error; please try again later' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageCode = keyof typeof messages;

export function translate(
  code: MessageCode,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return messages[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

export function langOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
