import type { Access, CollectionConfig } from 'payload'

import { adminOptions, contentLanguageLabels } from '../i18n/optionLabels'
import { localeCodes } from '../locales'
import { adminsOnly, roleUser } from '../access/content'
import { forgiveSignIn, limitSignIns } from '../hooks/limitSignIns'
import { throttlePasswordResets } from '../hooks/throttlePasswordResets'
import { isAdmin, roleLabels, roles } from '../roles'

/** Admins see every account; everyone else only their own (no list of colleagues' emails and roles). */
const selfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  return isAdmin(roleUser(req.user)) || { id: { equals: req.user.id } }
}

/**
 * CMS accounts. Only admins create accounts and change roles or languages;
 * everyone may change their own name and password.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { ru: 'Пользователь', en: 'User', bg: 'Потребител', ar: 'مستخدم' },
    plural: { ru: 'Пользователи', en: 'Users', bg: 'Потребители', ar: 'المستخدمون' },
  },
  auth: {
    // Payload locks an account after this many wrong passwords in a row. A
    // stranger could lock out the admin with five guesses; the per-address
    // limit in front of the login (hooks/limitSignIns.ts) stops a guesser
    // long before this, so this only catches guessing from many addresses.
    maxLoginAttempts: 20,
    lockTime: 10 * 60 * 1000,
    // Payload reserves the reset with a write outside the request's
    // transaction; on SQLite that write waits for the transaction's own lock
    // and every request failed after 10 s with "database is locked", holding
    // the database for everyone meanwhile. throttlePasswordResets keeps the
    // one-email-a-minute limit instead; limitSignIns limits each network address.
    forgotPassword: { minRequestInterval: 0 },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'languages'] },
  access: {
    read: selfOrAdmin,
    create: adminsOnly,
    // Unlocking someone else's account is an administrator's decision.
    unlock: adminsOnly,
    update: ({ req, id }) => adminsOnly({ req }) || (Boolean(req.user) && req.user?.id === id),
    delete: adminsOnly,
  },
  hooks: {
    beforeOperation: [limitSignIns, throttlePasswordResets],
    afterLogin: [forgiveSignIn],
    beforeValidate: [
      // The first account, created at /admin on an empty database, administers the rest.
      async ({ data, operation, req }) => {
        if (operation !== 'create' || !data || data.role) return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req })
        return { ...data, role: totalDocs === 0 ? 'admin' : 'editor' }
      },
    ],
  },
  fields: [
    { name: 'name', label: { ru: 'Имя', en: 'Name', bg: 'Име', ar: 'الاسم' }, type: 'text' },
    {
      name: 'role',
      label: { ru: 'Роль', en: 'Role', bg: 'Роля', ar: 'الدور' },
      type: 'select',
      required: true,
      saveToJWT: true,
      options: adminOptions(roles, roleLabels),
      access: { create: adminsOnly, update: adminsOnly },
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Редакторы ведут все материалы; переводчики правят только свои языки и не могут публиковать исходный язык; юристы-рецензенты отмечают статьи как проверенные.',
          en: 'Editors manage all content; translators edit only their languages and cannot publish the source language; legal reviewers mark articles reviewed.',
          bg: 'Редакторите управляват цялото съдържание; преводачите редактират само своите езици и не могат да публикуват изходния език; юристите рецензенти отбелязват статиите като проверени.',
          ar: 'يدير المحررون كل المحتوى؛ ويعدّل المترجمون لغاتهم فقط ولا يمكنهم نشر اللغة الأصلية؛ ويضع المراجعون القانونيون علامة «رُوجعت» على المقالات.',
        },
      },
    },
    {
      name: 'languages',
      label: { ru: 'Языки', en: 'Languages', bg: 'Езици', ar: 'اللغات' },
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: adminOptions(localeCodes, contentLanguageLabels),
      access: { create: adminsOnly, update: adminsOnly },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.role === 'translator',
        description: {
          ru: 'Языки, которые может править этот переводчик.',
          en: 'The languages this translator may edit.',
          bg: 'Езиците, които този преводач може да редактира.',
          ar: 'اللغات التي يحق لهذا المترجم تعديلها.',
        },
      },
    },
  ],
}
