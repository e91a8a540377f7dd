import { expect, test } from '@playwright/test'

/**
 * Event pages name the time zone the way people say it, in every language:
 * the place and its offset that day, never an IANA name such as "Asia/Yekaterinburg".
 */
const cases = [
  { locale: 'ru', slug: 'perm-patent-meeting-september-2026', phrase: 'время Перми, UTC+5' },
  { locale: 'uz', slug: 'perm-patent-meeting-september-2026', phrase: 'Perm vaqti, UTC+5' },
  { locale: 'tg', slug: 'perm-patent-meeting-september-2026', phrase: 'вақти Перм, UTC+5' },
  { locale: 'en', slug: 'perm-patent-meeting-september-2026', phrase: 'Perm time, UTC+5' },
  { locale: 'ky', slug: 'bishkek-pre-departure-training-february-2027', phrase: 'Бишкек убактысы, UTC+6' },
  // 17 October 2026 is still summer time in Sofia.
  { locale: 'bg', slug: 'sofia-multicultural-evening-october-2026', phrase: 'местно време в София, UTC+3' },
  { locale: 'ar', slug: 'sofia-multicultural-evening-october-2026', phrase: 'توقيت صوفيا، UTC+3' },
]

for (const { locale, slug, phrase } of cases) {
  test(`${locale}: an event's time zone names the place, not an IANA zone`, async ({ page }) => {
    await page.goto(`/${locale}/events/${slug}/`)
    const zone = page.getByTestId('event-time-zone')
    await expect(zone).toHaveText(phrase)
    expect(await zone.textContent()).not.toContain('/')
  })
}
