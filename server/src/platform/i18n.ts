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
  // R5/X8: bulk import.
  FILE_EMPTY: { 'zh-CN': '文件是空的', en: 'The file is empty' },
  FILE_NOT_SPREADSHEET: {
    'zh-CN': '文件不是 Excel (.xlsx) 或 CSV 表格，请下载导入模板填写后上传',
    en: 'The file is neither an Excel (.xlsx) nor a CSV spreadsheet; fill in the import template and upload it',
  },
  FILE_NOT_XLSX: {
    'zh-CN': '文件不是有效的 Excel (.xlsx) 工作簿，可能已损坏',
    en: 'The file is not a valid Excel (.xlsx) workbook; it may be damaged',
  },
  FILE_XLS: {
    'zh-CN': '不支持旧版 Excel (.xls) 格式，请在 Excel 中另存为 .xlsx 或 CSV (UTF-8) 后上传',
    en: 'The old Excel (.xls) format is not supported; save it as .xlsx or CSV (UTF-8) and upload again',
  },
  FILE_ENCODING: {
    'zh-CN': 'CSV 文件的文字编码无法识别，请另存为“CSV UTF-8（逗号分隔）”后上传',
    en: 'The CSV text encoding is not recognised; save it as "CSV UTF-8 (comma delimited)" and upload again',
  },
  FILE_TOO_MANY_ROWS: {
    'zh-CN': '数据行过多，一次最多导入 {max} 行，请拆分文件',
    en: 'Too many rows: at most {max} per import; split the file',
  },
  DUPLICATE_COLUMNS: {
    'zh-CN': '表头中有重复的列：{columns}',
    en: 'These columns appear more than once: {columns}',
  },
  IMPORT_NOT_AVAILABLE: {
    'zh-CN': '此类数据不能在这里导入：青年联系人由干部本人在自己的联系人中导入',
    en: 'This kind of data cannot be imported here: cadres import their own youth contacts',
  },
  MAPPING_BAD_COLUMNS: {
    'zh-CN': '列对应关系中有不属于导入模板的列：{columns}',
    en: 'The column mapping names columns that are not in the import template: {columns}',
  },
  MAPPING_KIND: {
    'zh-CN': '所选列对应方案不适用于此类导入',
    en: 'The chosen column mapping is for another kind of import',
  },
  BAD_REQUEST: { 'zh-CN': '请求格式有误', en: 'Malformed request' },
  IDEMPOTENCY_MISMATCH: {
    'zh-CN': '同一幂等键已用于内容不同的请求',
    en: 'This Idempotency-Key was already used with a different request',
  },
  NOT_A_CADRE: {
    'zh-CN': '当前账号未关联干部，不能记录工作日志',
    en: 'This account is not linked to a cadre',
  },
  AMEND_NEEDS_REASON: {
    'zh-CN': '日志已超过 7 天，修改须填写原因，原内容将保留',
    en: 'This entry is older than 7 days: give a reason; the old text is kept',
  },
  ENTRY_WITHDRAWN: { 'zh-CN': '该日志已撤回', en: 'This entry has been withdrawn' },
  UNKNOWN_REFERENCE: { 'zh-CN': '引用的{what}不存在或不属于您', en: 'Unknown {what}' },
  ATTACHMENT_TYPE: {
    'zh-CN': '不支持的文件类型（按文件内容识别）：仅限 JPG、PNG、GIF、WebP、PDF、Word、Excel、PPT',
    en: 'Unsupported file type (checked on content): JPG, PNG, GIF, WebP, PDF, Word, Excel, PowerPoint only',
  },
  REASON_REQUIRED: { 'zh-CN': '请填写查看原因', en: 'Give a reason' },
  // C1–C9: the contact mechanism.
  CONTACT_POINTS_COUNT: {
    'zh-CN': '基层联系点须为{min}至{max}个，当前{count}个',
    en: 'A cadre keeps {min} to {max} grassroots contact points; {count} given (C2)',
  },
  CONTACT_POINTS_DUPLICATE: {
    'zh-CN': '同一基层组织不能重复设为联系点：{name}',
    en: 'The same grassroots organization is named twice: {name} (C2)',
  },
  CONCRETE_TASKS_COUNT: {
    'zh-CN': '任务清单须提出{min}至{max}项具体工作任务，当前{count}项',
    en: 'The task list must name {min} to {max} concrete work tasks; {count} given (C4)',
  },
  TASK_LIST_LOCKED: {
    'zh-CN': '任务清单已经部门审定并锁定；如需修改，请提出变更申请，修改后须重新审定',
    en: 'The task list was approved and is locked; request a change, which needs approval again (C3)',
  },
  TASK_LIST_NOT_PROPOSED: {
    'zh-CN': '任务清单不在待审定状态，不能审定或退回',
    en: 'The task list is not awaiting approval (C3)',
  },
  TASK_LIST_NOT_APPROVED: {
    'zh-CN': '任务清单经部门审定后，才能标记具体任务完成情况',
    en: 'Concrete tasks can be marked done once the task list is approved (C3)',
  },
  RETURN_NEEDS_COMMENT: {
    'zh-CN': '退回任务清单须填写意见',
    en: 'Give a comment when returning a task list (C3)',
  },
  OWN_RECORD_ONLY: {
    'zh-CN': '只能由干部本人提交',
    en: 'Only the cadre can submit this',
  },
  NOT_OWN_DEPARTMENT: {
    'zh-CN': '只有该干部所在部门的负责人可以办理',
    en: 'Only the head of the cadre’s own department can do this',
  },
  FULL_TIME_TAKES_PART: {
    'zh-CN': '专职干部默认参加联系青年工作；不参加须经党组批准后登记免除',
    en: 'Full-time cadres take part; not taking part needs an approved exemption (C1)',
  },
  PLAN_INCOMPLETE: {
    'zh-CN': '以下参加干部尚未确定基层联系点：{names}',
    en: 'These participants have no contact points yet: {names} (C9)',
  },
  RULE_SET_INVALID: { 'zh-CN': '规则设置有误：{summary}', en: 'Invalid rule set: {summary} (C4/C5)' },
  // D1–D8: dispatch planning.
  DISPATCH_ROUND_PUBLISHED: {
    'zh-CN': '该轮次方案已发布，不能再修改或重新生成',
    en: 'This round’s plan is published and can no longer be changed or regenerated (D7)',
  },
  DISPATCH_PLAN_VIOLATIONS: {
    'zh-CN': '方案还有{count}处违反硬性规则，须全部处理后才能发布',
    en: 'The plan still breaks {count} hard rules; fix them all before publishing (D7)',
  },
  DISPATCH_PROBLEM_INVALID: {
    'zh-CN': '本轮的干部或县（区）数据有误，无法排方案：{summary}',
    en: 'The round’s cadre or county data cannot be planned: {summary} (D2–D5)',
  },
  DISPATCH_NO_PROVINCE: {
    'zh-CN': '“{organ}”未设置所在省份，无法确定可派驻的县（区）',
    en: '“{organ}” has no province set, so its counties are unknown (D5)',
  },
  DISPATCH_NO_PLAN: {
    'zh-CN': '该轮次还没有方案，请先生成或保存方案',
    en: 'This round has no plan yet; generate or save one first (D7)',
  },
  INTERNAL: { 'zh-CN': '服务器内部错误，请稍后再试', en: 'Internal error; please try again later' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageCode = keyof typeof messages;

/** Fills `{name}` placeholders of a message template. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

export function translate(
  code: MessageCode,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return interpolate(messages[code][lang], params);
}

export function langOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
