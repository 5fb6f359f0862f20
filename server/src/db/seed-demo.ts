import { count } from 'drizzle-orm';
import { ranks, type GrassrootsOrgType, type Rank, type Role } from '@grassroots/core';
import type { Db } from './client';
import { cadres, departments, grassrootsOrgs, organs, users } from './schema';
import { appendAudit } from '../platform/audit';
import type { FieldCipher } from '../platform/crypto';
import { hashPassword } from '../modules/auth/auth.service';
import { generatePassword } from '../modules/users/users.service';
import { storedCadre } from '../modules/people/people.service';

// A small deterministic PRNG so the demo is the same on every machine.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const given = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '志强',
  '晓东',
  '海燕',
  '建华',
  '丹',
  '鹏',
  '婷',
  '宇航',
  '思远',
  '雨欣',
  '子涵',
  '浩然',
  '梓萱',
  '一鸣',
  '嘉怡',
  '俊杰',
  '欣怡',
  '晨曦',
];

const hunanDepartments = [
  '办公室',
  '组织部',
  '宣传部',
  '统战部',
  '青年发展部',
  '学校部',
  '少年部',
  '社会联络部',
  '机关党委',
];
const centralDepartments = [
  '办公厅',
  '组织部',
  '宣传部',
  '统战部',
  '青年发展部',
  '学校部',
  '青年志愿者工作部',
];
// Counties of Hunan used for native counties and grassroots organizations (GB/T 2260, 2023).
const hunanCounties = [
  '430102',
  '430103',
  '430104',
  '430105',
  '430111',
  '430112',
  '430121',
  '430181',
  '430182',
  '430211',
  '430223',
  '430281',
  '430302',
  '430321',
  '430381',
  '430421',
  '430426',
  '430521',
  '430602',
  '430621',
  '430682',
  '430721',
  '430802',
  '430903',
  '431002',
  '431102',
  '431202',
  '431302',
  '433101',
];

export interface SeedResult {
  organId: string;
  passwords: Record<string, string> | null;
}

function rankFor(r: number): Rank {
  // Mostly 科级 and 科员, a few 处级 and above: enough 正处+ to lead the groups (D6).
  const weights: [Rank, number][] = [
    ['正局', 0.02],
    ['副局', 0.04],
    ['正处', 0.14],
    ['副处', 0.16],
    ['正科', 0.2],
    ['副科', 0.2],
    ['科员', 0.24],
  ];
  let acc = 0;
  for (const [rank, w] of weights) if (r < (acc += w)) return rank;
  return ranks[ranks.length - 1] ?? '科员';
}

async function seedCadres(
  tx: Db,
  cipher: FieldCipher,
  organId: string,
  deptIds: string[],
  size: number,
  rnd: () => number,
  phoneBase: number,
  year: number,
) {
  const rows = Array.from({ length: size }, (_, i) => {
    const name =
      (surnames[Math.floor(rnd() * surnames.length)] ?? '王') +
      (given[Math.floor(rnd() * given.length)] ?? '伟');
    const hireYear = year - 1 - Math.floor(rnd() * 15);
    const recent = i % 17 === 5; // a few new hires still on probation
    const hireDate = recent ? `${year}-07-01` : `${hireYear}-0${1 + Math.floor(rnd() * 9)}-01`;
    return storedCadre(
      {
        name,
        gender: rnd() < 0.5 ? '男' : '女',
        departmentId: deptIds[i % deptIds.length] ?? '',
        rank: i < deptIds.length ? '正处' : rankFor(rnd()),
        postType: i % 13 === 7 ? 'attached' : i % 19 === 11 ? 'part_time' : 'full_time',
        internalPost: i % 23 === 3,
        hireDate,
        probationEnd: recent ? `${year + 1}-07-01` : null,
        grassrootsMonths: Math.floor(rnd() * 60),
        nativeCountyCode: hunanCounties[Math.floor(rnd() * hunanCounties.length)] ?? null,
        previousCountyCodes: [],
        phone: String(phoneBase + i),
        status: 'active',
      },
      cipher,
    );
  });
  return tx
    .insert(cadres)
    .values(rows.map((r) => ({ ...r, organId })))
    .returning({ id: cadres.id, departmentId: cadres.departmentId, name: cadres.name });
}

/**
 * SPEC §11: the first start loads 团湖南省委机关 under 团中央机关 (unless demo is off) and creates the
 * organ admin and the three 三权分立 accounts; printed random passwords must be changed at first login.
 */
export async function seedIfEmpty(
  db: Db,
  cipher: FieldCipher,
  opts: { demo: boolean; adminPassword: string | undefined; now: Date },
): Promise<SeedResult | null> {
  const [existing] = await db.select({ n: count() }).from(organs);
  if (existing && existing.n > 0) return null;
  const year = opts.now.getFullYear();
  const rnd = prng(2015);
  return db.transaction(async (tx) => {
    const [central] = await tx
      .insert(organs)
      .values({ code: 'central', name: '团中央机关', level: 1, seatCountyCode: '110101' })
      .returning();
    const [hunan] = await tx
      .insert(organs)
      .values(
        opts.demo
          ? {
              parentId: central?.id ?? null,
              code: '43',
              name: '团湖南省委机关',
              level: 2,
              seatCountyCode: '430102',
              provinceCode: '43',
            }
          : { parentId: central?.id ?? null, code: 'organ', name: '本级团组织机关', level: 2 },
      )
      .returning();
    if (!central || !hunan) throw new Error('seed: organs not created');
    const passwords: Record<string, string> = {};
    const account = async (
      username: string,
      displayName: string,
      roles: Role[],
      cadreId: string | null = null,
    ) => {
      const password = opts.adminPassword ?? generatePassword();
      if (!opts.adminPassword) passwords[username] = password;
      await tx.insert(users).values({
        organId: hunan.id,
        username,
        displayName,
        roles,
        cadreId,
        passwordHash: await hashPassword(password),
        mustChangePassword: !opts.adminPassword,
      });
    };
    await account('admin', '组织部管理员', ['organ_admin']);
    await account('sysadmin', '系统管理员', ['system_admin']);
    await account('secadmin', '安全管理员', ['security_admin']);
    await account('auditadmin', '审计管理员', ['audit_admin']);
    if (opts.demo) {
      const hunanDepts = await tx
        .insert(departments)
        .values(hunanDepartments.map((name, sort) => ({ organId: hunan.id, name, sort })))
        .returning();
      const centralDepts = await tx
        .insert(departments)
        .values(centralDepartments.map((name, sort) => ({ organId: central.id, name, sort })))
        .returning();
      const hunanCadres = await seedCadres(
        tx,
        cipher,
        hunan.id,
        hunanDepts.map((d) => d.id),
        48,
        rnd,
        13907310000,
        year,
      );
      await seedCadres(
        tx,
        cipher,
        central.id,
        centralDepts.map((d) => d.id),
        24,
        rnd,
        13601010000,
        year,
      );
      // Demo sign-ins for a department head and a cadre of 组织部, to try the cadre's side.
      const org = hunanDepts.find((d) => d.name === '组织部');
      const [head, member] = hunanCadres.filter((c) => c.departmentId === org?.id);
      if (head) await account('buzhang', head.name, ['department_head', 'cadre'], head.id);
      if (member) await account('ganbu', member.name, ['cadre'], member.id);
      const orgTypes: GrassrootsOrgType[] = [
        '团支部',
        '青年之家',
        '非公企业团组织',
        '学校团组织',
        '社区团组织',
        '社会组织',
      ];
      await tx.insert(grassrootsOrgs).values(
        hunanCounties.slice(0, 12).map((countyCode, i) => ({
          organId: hunan.id,
          countyCode,
          name: `${['望城', '雨花', '开福', '天心', '岳麓', '芙蓉', '长沙', '浏阳', '宁乡', '株洲', '醴陵', '湘潭'][i] ?? ''}${['青年之家', '团支部', '团委', '青年创业园团支部', '社区团委', '志愿者协会'][i % 6] ?? ''}`,
          type: orgTypes[i % orgTypes.length] ?? '其他',
          twoNew: i % 3 === 2,
          address: '',
          contactPerson: '',
        })),
      );
    }
    await appendAudit(
      tx,
      { organId: hunan.id, action: 'system.seed', details: { demo: opts.demo } },
      opts.now,
    );
    return { organId: hunan.id, passwords: Object.keys(passwords).length > 0 ? passwords : null };
  });
}
