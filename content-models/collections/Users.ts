import type { CollectionConfig } from 'payload'

import { localeCodes } from '../locales'
import { adminsOnly, signedIn } from '../access/content'
import { roleLabels, roles } from '../roles'

/**
 * CMS accounts. Only admins create accounts and change roles or languages;
 * everyone may change their own name and password.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'languages'] },
  access: {
    read: signedIn,
    create: adminsOnly,
    update: ({ req, id }) => adminsOnly({ req }) || (Boolean(req.user) && req.user?.id === id),
    delete: adminsOnly,
  },
  hooks: {
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
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      saveToJWT: true,
      options: roles.map((value) => ({ label: roleLabels[value], value })),
      access: { create: adminsOnly, update: adminsOnly },
      admin: {
        position: 'sidebar',
        description:
          'Editors manage all content; translators edit only their languages and cannot publish the source language; legal reviewers mark articles reviewed.',
      },
    },
    {
      name: 'languages',
      label: 'Languages',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: localeCodes.map((value) => ({ label: value, value })),
      access: { create: adminsOnly, update: adminsOnly },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.role === 'translator',
        description: 'The languages this translator may edit.',
      },
    },
  ],
}
