/**
 * When the release cycles behind common official images reach their end of life: the dates of
 * endoflife.date (https://endoflife.date), copied from its product files in the public repository
 * endoflife-date/endoflife.date at one commit. The end-of-life-image rule and the examples' test
 * read this table; no other file holds these dates.
 *
 * Updating a row: read the product's file (`path`) at a newer commit, copy each cycle's date from
 * the field named in `field`, then set `commit` and `asOf` below. A cycle that the source marks
 * ended without a date (`eol: true`) is left out; one still supported with no announced end
 * (`eol: false`) has `eol: null`. Rows are in the source's order, newest first.
 */

/** An endoflife.date product id. */
export type EndOfLifeProductId = 'go' | 'nodejs' | 'python' | 'alpine-linux' | 'debian' | 'ubuntu';

export interface ReleaseCycle {
  /** As endoflife.date writes it: "1.23", "18", "3.21", "12", "22.04". */
  readonly cycle: string;
  /** Debian's and Ubuntu's release name, lowercase, as image tags write it: "bookworm", "jammy". */
  readonly codename?: string;
  /** The day support ends (YYYY-MM-DD), or null while supported with no date announced. */
  readonly eol: string | null;
  /**
   * A long-term-support line (Node.js, Ubuntu), what the rule suggests where there is one: true,
   * or the day the line becomes LTS (Node.js's even releases, "Current" until then).
   */
  readonly lts?: true | string;
}

export interface EndOfLifeProduct {
  readonly product: EndOfLifeProductId;
  /** The product's name in messages: "Alpine Linux". */
  readonly name: string;
  /** The official Docker Hub image whose tags name the cycle: "golang". */
  readonly image: string;
  /** The product's page on endoflife.date: the source to cite. */
  readonly url: string;
  /** Its file in endoflife-date/endoflife.date at `endOfLifeSource.commit`. */
  readonly path: string;
  /** The field of that file the dates are copied from. */
  readonly field: 'eol' | 'eoes';
  /** What the date means for an image built on the cycle. */
  readonly meaning: string;
  readonly cycles: readonly ReleaseCycle[];
}

export const endOfLifeSource = {
  repo: 'endoflife-date/endoflife.date',
  commit: 'a70eca337600e7d721dc48112c271f98661d208b',
  /** The commit's date: the table says what endoflife.date said on that day. */
  asOf: '2026-08-22',
} as const;

export const endOfLife: readonly EndOfLifeProduct[] = [
  {
    product: 'go',
    name: 'Go',
    image: 'golang',
    url: 'https://endoflife.date/go',
    path: 'products/go.md',
    field: 'eol',
    meaning: "Go's release policy: each major release is supported until two newer major releases exist.",
    cycles: [
      { cycle: '1.27', eol: null },
      { cycle: '1.26', eol: null },
      { cycle: '1.25', eol: '2026-08-19' },
      { cycle: '1.24', eol: '2026-02-10' },
      { cycle: '1.23', eol: '2025-08-12' },
      { cycle: '1.22', eol: '2025-02-11' },
      { cycle: '1.21', eol: '2024-08-13' },
      { cycle: '1.20', eol: '2024-02-06' },
      { cycle: '1.19', eol: '2023-09-06' },
      { cycle: '1.18', eol: '2023-02-01' },
      { cycle: '1.17', eol: '2022-08-02' },
      { cycle: '1.16', eol: '2022-03-15' },
      { cycle: '1.15', eol: '2021-08-16' },
      { cycle: '1.14', eol: '2021-02-16' },
      { cycle: '1.13', eol: '2020-08-11' },
      { cycle: '1.12', eol: '2020-02-25' },
      { cycle: '1.11', eol: '2019-09-03' },
      { cycle: '1.10', eol: '2019-02-25' },
    ],
  },
  {
    product: 'nodejs',
    name: 'Node.js',
    image: 'node',
    url: 'https://endoflife.date/nodejs',
    path: 'products/nodejs.md',
    field: 'eol',
    meaning: 'End of life: the end of security releases.',
    cycles: [
      { cycle: '26', eol: '2029-04-30', lts: '2026-10-28' },
      { cycle: '25', eol: '2026-06-01' },
      { cycle: '24', eol: '2028-04-30', lts: '2025-10-28' },
      { cycle: '23', eol: '2025-06-01' },
      { cycle: '22', eol: '2027-04-30', lts: '2024-10-29' },
      { cycle: '21', eol: '2024-06-01' },
      { cycle: '20', eol: '2026-04-30', lts: '2023-10-24' },
      { cycle: '19', eol: '2023-06-01' },
      { cycle: '18', eol: '2025-04-30', lts: '2022-10-25' },
      { cycle: '17', eol: '2022-06-01' },
      { cycle: '16', eol: '2023-09-11', lts: '2021-10-26' },
      { cycle: '15', eol: '2021-06-01' },
      { cycle: '14', eol: '2023-04-30', lts: '2020-10-27' },
      { cycle: '13', eol: '2020-06-01' },
      { cycle: '12', eol: '2022-04-30', lts: '2019-10-21' },
      { cycle: '11', eol: '2019-06-30' },
      { cycle: '10', eol: '2021-04-30', lts: '2018-10-30' },
      { cycle: '9', eol: '2018-06-30' },
      { cycle: '8', eol: '2019-12-31', lts: '2017-10-31' },
      { cycle: '7', eol: '2017-06-30' },
      { cycle: '6', eol: '2019-04-30', lts: '2016-10-18' },
      { cycle: '5', eol: '2016-06-30' },
      { cycle: '4', eol: '2018-04-30', lts: '2015-10-01' },
      // 3, 2 and 1: the source says `eol: true` with no date, so they are left out.
    ],
  },
  {
    product: 'python',
    name: 'Python',
    image: 'python',
    url: 'https://endoflife.date/python',
    path: 'products/python.md',
    field: 'eol',
    meaning: 'End of security support.',
    cycles: [
      { cycle: '3.14', eol: '2030-10-31' },
      { cycle: '3.13', eol: '2029-10-31' },
      { cycle: '3.12', eol: '2028-10-31' },
      { cycle: '3.11', eol: '2027-10-31' },
      { cycle: '3.10', eol: '2026-10-31' },
      { cycle: '3.9', eol: '2025-10-31' },
      { cycle: '3.8', eol: '2024-10-07' },
      { cycle: '3.7', eol: '2023-06-27' },
      { cycle: '3.6', eol: '2021-12-23' },
      { cycle: '3.5', eol: '2020-09-30' },
      { cycle: '3.4', eol: '2019-03-18' },
      { cycle: '3.3', eol: '2017-09-29' },
      { cycle: '3.2', eol: '2016-02-20' },
      { cycle: '2.7', eol: '2020-01-01' },
      { cycle: '3.1', eol: '2012-04-09' },
      { cycle: '3.0', eol: '2009-06-27' },
      { cycle: '2.6', eol: '2013-10-29' },
    ],
  },
  {
    product: 'alpine-linux',
    name: 'Alpine Linux',
    image: 'alpine',
    url: 'https://endoflife.date/alpine-linux',
    path: 'products/alpine-linux.md',
    field: 'eol',
    meaning: 'End of security support of the main repository.',
    cycles: [
      { cycle: '3.24', eol: '2028-06-01' },
      { cycle: '3.23', eol: '2027-11-01' },
      { cycle: '3.22', eol: '2027-05-01' },
      { cycle: '3.21', eol: '2026-11-01' },
      { cycle: '3.20', eol: '2026-04-01' },
      { cycle: '3.19', eol: '2025-11-01' },
      { cycle: '3.18', eol: '2025-05-09' },
      { cycle: '3.17', eol: '2024-11-22' },
      { cycle: '3.16', eol: '2024-05-23' },
      { cycle: '3.15', eol: '2023-11-01' },
      { cycle: '3.14', eol: '2023-05-01' },
      { cycle: '3.13', eol: '2022-11-01' },
      { cycle: '3.12', eol: '2022-05-01' },
      { cycle: '3.11', eol: '2021-11-01' },
      { cycle: '3.10', eol: '2021-05-01' },
      { cycle: '3.9', eol: '2020-11-01' },
      { cycle: '3.8', eol: '2020-05-01' },
      { cycle: '3.7', eol: '2019-11-01' },
      { cycle: '3.6', eol: '2019-05-01' },
      { cycle: '3.5', eol: '2018-11-01' },
      { cycle: '3.4', eol: '2018-05-01' },
      { cycle: '3.3', eol: '2017-11-01' },
      { cycle: '3.2', eol: '2017-05-01' },
      { cycle: '3.1', eol: '2016-11-01' },
      { cycle: '3.0', eol: '2016-05-01' },
      { cycle: '2.7', eol: '2015-11-01' },
      { cycle: '2.6', eol: '2015-05-01' },
      { cycle: '2.5', eol: '2014-11-01' },
      { cycle: '2.4', eol: '2014-05-01' },
      { cycle: '2.3', eol: '2013-11-01' },
      { cycle: '2.2', eol: '2013-05-01' },
      { cycle: '2.1', eol: '2012-11-01' },
    ],
  },
  {
    product: 'debian',
    name: 'Debian',
    image: 'debian',
    url: 'https://endoflife.date/debian',
    path: 'products/debian.md',
    field: 'eoes',
    meaning: 'The end of Debian LTS (the column "Debian LTS"), not of the security team\'s support: LTS updates reach the same archive, and Docker\'s official images keep a Debian release until its LTS ends (docker-library/official-images#17091 removed Buster on 2024-07-01).',
    cycles: [
      { cycle: '13', codename: 'trixie', eol: '2030-06-30' },
      { cycle: '12', codename: 'bookworm', eol: '2028-06-30' },
      { cycle: '11', codename: 'bullseye', eol: '2026-08-31' },
      { cycle: '10', codename: 'buster', eol: '2024-06-30' },
      { cycle: '9', codename: 'stretch', eol: '2022-07-01' },
      { cycle: '8', codename: 'jessie', eol: '2020-06-30' },
      { cycle: '7', codename: 'wheezy', eol: '2018-05-31' },
      { cycle: '6', codename: 'squeeze', eol: '2016-02-29' },
      { cycle: '5', codename: 'lenny', eol: '2012-02-06' },
      { cycle: '4', codename: 'etch', eol: '2010-02-15' },
      { cycle: '3.1', codename: 'sarge', eol: '2008-03-31' },
      { cycle: '3.0', codename: 'woody', eol: '2006-06-30' },
      { cycle: '2.2', codename: 'potato', eol: '2003-06-30' },
      { cycle: '2.1', codename: 'slink', eol: '2000-10-30' },
      { cycle: '2.0', codename: 'hamm', eol: '1999-02-15' },
      { cycle: '1.3', codename: 'bo', eol: '1998-12-08' },
      { cycle: '1.2', codename: 'rex', eol: '1997-10-23' },
      { cycle: '1.1', codename: 'buzz', eol: '1996-12-12' },
    ],
  },
  {
    product: 'ubuntu',
    name: 'Ubuntu',
    image: 'ubuntu',
    url: 'https://endoflife.date/ubuntu',
    path: 'products/ubuntu.md',
    field: 'eol',
    meaning: 'End of standard maintenance and security support; Expanded Security Maintenance needs Ubuntu Pro, which the images do not have.',
    cycles: [
      { cycle: '26.04', codename: 'resolute', eol: '2031-04-30', lts: true },
      { cycle: '25.10', codename: 'questing', eol: '2026-07-01' },
      { cycle: '25.04', codename: 'plucky', eol: '2026-01-17' },
      { cycle: '24.10', codename: 'oracular', eol: '2025-07-10' },
      { cycle: '24.04', codename: 'noble', eol: '2029-05-31', lts: true },
      { cycle: '23.10', codename: 'mantic', eol: '2024-07-12' },
      { cycle: '23.04', codename: 'lunar', eol: '2024-01-20' },
      { cycle: '22.10', codename: 'kinetic', eol: '2023-07-20' },
      { cycle: '22.04', codename: 'jammy', eol: '2027-04-01', lts: true },
      { cycle: '21.10', codename: 'impish', eol: '2022-07-14' },
      { cycle: '21.04', codename: 'hirsute', eol: '2022-01-20' },
      { cycle: '20.10', codename: 'groovy', eol: '2021-07-22' },
      { cycle: '20.04', codename: 'focal', eol: '2025-05-31', lts: true },
      { cycle: '19.10', codename: 'eoan', eol: '2020-07-06' },
      { cycle: '19.04', codename: 'disco', eol: '2020-01-23' },
      { cycle: '18.10', codename: 'cosmic', eol: '2019-07-18' },
      { cycle: '18.04', codename: 'bionic', eol: '2023-05-31', lts: true },
      { cycle: '17.10', codename: 'artful', eol: '2018-07-19' },
      { cycle: '17.04', codename: 'zesty', eol: '2018-01-13' },
      { cycle: '16.10', codename: 'yakkety', eol: '2017-07-20' },
      { cycle: '16.04', codename: 'xenial', eol: '2021-04-02', lts: true },
      { cycle: '15.10', codename: 'wily', eol: '2016-07-28' },
      { cycle: '15.04', codename: 'vivid', eol: '2016-02-04' },
      { cycle: '14.10', codename: 'utopic', eol: '2015-07-23' },
      { cycle: '14.04', codename: 'trusty', eol: '2019-04-02', lts: true },
      { cycle: '13.10', codename: 'saucy', eol: '2014-07-17' },
      { cycle: '13.04', codename: 'raring', eol: '2014-01-27' },
      { cycle: '12.10', codename: 'quantal', eol: '2014-05-16' },
      { cycle: '12.04', codename: 'precise', eol: '2017-04-28', lts: true },
      { cycle: '11.10', codename: 'oneiric', eol: '2013-05-09' },
      { cycle: '11.04', codename: 'natty', eol: '2012-10-28' },
      { cycle: '10.10', codename: 'maverick', eol: '2012-04-10' },
      { cycle: '10.04', codename: 'lucid', eol: '2013-05-09', lts: true },
      { cycle: '9.10', codename: 'karmic', eol: '2011-04-30' },
      { cycle: '9.04', codename: 'jaunty', eol: '2010-10-23' },
      { cycle: '8.10', codename: 'intrepid', eol: '2010-04-30' },
      { cycle: '8.04', codename: 'hardy', eol: '2013-05-09', lts: true },
      { cycle: '7.10', codename: 'gutsy', eol: '2009-04-18' },
      { cycle: '7.04', codename: 'feisty', eol: '2008-10-19' },
      { cycle: '6.10', codename: 'edgy', eol: '2008-04-26' },
      { cycle: '6.06', codename: 'dapper', eol: '2011-06-01', lts: true },
      { cycle: '5.10', codename: 'breezy', eol: '2007-04-13' },
      { cycle: '5.04', codename: 'hoary', eol: '2006-10-31' },
      { cycle: '4.10', codename: 'warty', eol: '2006-04-30' },
    ],
  },
];
