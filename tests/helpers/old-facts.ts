/**
 * The shipped text of four facts before the issue 16 corrections (commit dcc069a), kept so tests can prove the
 * consistency check catches what the audit found and that re-seeding records why each fact changed.
 */
import type { FactInput } from '../../src/knowledge/schema.js';

export const OLD_FACTS = {
  'acfta-3-0-standards-chapters': {
    id: 'acfta-3-0-standards-chapters',
    kind: 'milestone',
    title: 'FTA 3.0 adds chapters on standards and conformity assessment',
    summary:
      'The Version 3.0 upgrade agreed in October 2024 includes new chapters on standards, technical regulations ' +
      'and conformity assessment procedures, described as the most ambitious either side has in its trade agreements. ' +
      'They are meant to bring Chinese and ASEAN rules and standards closer together.',
    date: '2024-10',
    tags: ['fta-3-0', 'standards', 'regulation', 'soft-connectivity'],
    aliases: [
      'technical regulations',
      'conformity assessment',
      'TBT chapter',
      'standards alignment',
      'rules and standards',
      '标准、技术法规和合格评定程序',
    ],
    related: [
      'acfta-3-0-substantially-concluded',
      'china-asean-standards-convergence',
      'soft-connectivity',
      'acfta-3-0-nine-areas',
      'acfta-3-0-trade-facilitation',
    ],
    sources: [
      {
        publisher: 'TROIB News',
        title: 'Successful Outcomes from China-ASEAN Collaboration',
        date: '2024-12',
      },
      {
        publisher: 'Xinhua',
        title: 'China-ASEAN FTA 3.0 upgrade to inject more confidence, momentum into global economy: official',
        date: '2025-10-28',
        url: 'http://en.people.cn/n3/2025/1028/c90000-20382811.html',
      },
    ],
  },
  'china-laos-railway-opens': {
    id: 'china-laos-railway-opens',
    kind: 'milestone',
    title: 'China-Laos Railway opens',
    summary:
      'The China-Laos Railway began operating on 3 December 2021. The 1,035 km electrified line links Kunming ' +
      "in China's Yunnan province with Vientiane, the Lao capital, carrying passengers and freight.",
    details:
      'The line uses Chinese technical standards, with a top operating speed of 160 km/h; the Kunming-Vientiane ' +
      'trip takes about 10 hours including border formalities. Chinese and Lao leaders marked the opening by video link.',
    date: '2021-12-03',
    tags: ['railway', 'infrastructure', 'laos', 'yunnan', 'hard-connectivity', 'belt-and-road'],
    aliases: [
      'Laos-China Railway',
      'Lao-China Railway',
      'Kunming-Vientiane railway',
      'Boten-Vientiane railway',
      '中老铁路',
      'China Laos railway',
    ],
    related: [
      'china-laos-railway-length',
      'china-laos-railway-passenger-peak',
      'china-laos-railway-cross-border-passenger-service',
      'china-laos-railway-rail-links-19-countries',
      'hard-connectivity',
      'vientiane-saysettha-development-zone',
    ],
    sources: [
      {
        publisher: 'Xinhua',
        title: 'China-Laos railway to begin operations on Friday',
        date: '2021-12-03',
        url: 'http://en.people.cn/n3/2021/1203/c90000-9927867.html',
      },
      {
        publisher: 'Xinhua',
        title: 'First train of China-Laos Railway leaves Vientiane for China',
        date: '2021-12-03',
        url: 'http://en.people.cn/n3/2021/1203/c90000-9928251.html',
      },
      {
        publisher: 'TROIB News',
        title: 'Successful Outcomes from China-ASEAN Collaboration',
        date: '2024-12',
      },
    ],
  },
  'china-laos-railway-cross-border-passenger-service': {
    id: 'china-laos-railway-cross-border-passenger-service',
    kind: 'milestone',
    title: 'China-Laos Railway cross-border passenger trains begin',
    summary:
      'International passenger trains between Kunming and Vientiane started running on 13 April 2023. Before ' +
      'that, passenger services on the China-Laos Railway ran only within each country.',
    details:
      'Initially one train a day ran in each direction, with a journey of about 10.5 hours including customs clearance.',
    date: '2023-04-13',
    tags: ['railway', 'laos', 'passengers', 'tourism', 'cross-border'],
    aliases: [
      'international passenger service',
      'Kunming-Vientiane train',
      'cross-border train',
      '中老铁路国际旅客列车',
    ],
    related: ['china-laos-railway-opens', 'china-laos-railway-passenger-peak'],
    sources: [
      {
        publisher: 'CGTN',
        title: 'Passengers and staff on first China-Laos Railway passenger train',
        date: '2023-04-13',
        url: 'https://news.cgtn.com/news/2023-04-13/Passengers-and-staff-on-first-China-Laos-Railway-passenger-train--1iYbGMYxqEM/share_amp.html',
      },
      {
        publisher: 'Xinhua',
        title: 'China-Laos Railway records over 13,000 cross-border passenger trips',
        date: '2023-05-15',
        url: 'http://en.people.cn/n3/2023/0515/c90000-20018646.html',
      },
    ],
  },
  'acfta-3-0-nine-areas': {
    id: 'acfta-3-0-nine-areas',
    kind: 'figure',
    title: 'FTA 3.0 covers nine areas',
    summary:
      'The Version 3.0 upgrade covers nine areas: digital economy; green economy; supply chain connectivity; ' +
      'standards, technical regulations and conformity assessment; sanitary and phytosanitary measures; customs ' +
      'procedures and trade facilitation; competition and consumer protection; small and medium-sized enterprises; ' +
      'and economic and technical cooperation.',
    details:
      'Five of these are entirely new to the agreement: the digital economy, green economy, supply chain ' +
      'connectivity, competition and consumer protection, and micro, small and medium-sized enterprises.',
    value: 9,
    unit: 'areas',
    period: 'Scope of the Version 3.0 upgrade protocol',
    asOf: '2025-05',
    tags: ['fta-3-0', 'digital-economy', 'green-economy', 'supply-chains', 'scope'],
    aliases: ['nine areas', 'nine key areas', '3.0 chapters', 'what does FTA 3.0 cover', 'new areas'],
    related: [
      'acfta-3-0-upgrade-protocol',
      'acfta-3-0-standards-chapters',
      'acfta-3-0-supply-chain-resilience',
      'acfta-3-0-trade-facilitation',
      'acfta-3-0-concluded',
      'china-asean-standards-convergence',
    ],
    sources: [
      {
        publisher: 'China Economic Net',
        title: "Opinion: CAFTA 3.0 and China's export renaissance (column by Hasan Muhammad; untitled in our copy)",
        date: '2025-05',
      },
      {
        publisher: 'Global Times',
        title: 'China, ASEAN sign Free Trade Area 3.0 Upgrade Protocol, marking new chapter in strategic partnership',
        date: '2025-10-28',
        url: 'https://www.globaltimes.cn/page/202510/1346715.shtml',
      },
      {
        publisher: 'Xinhua',
        title: 'China, ASEAN issue joint statement on conclusion of FTA upgrade negotiations',
        date: '2024-10-10',
        url: 'http://en.people.cn/n3/2024/1011/c90000-20228001.html',
      },
    ],
  },
} satisfies Record<string, FactInput>;
