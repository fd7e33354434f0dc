import type { Story, Theme } from '../../../src/lib/schema/index.ts';

/** A small story and two themes: enough to show each rule, independent of content/. */
export const story: Story = {
  title: 'A visit',
  start: '2023-03-20',
  end: '2023-03-22',
  place: 'Moscow',
  summary: 'Two leaders met.',
  subjects: [
    { id: 'xi', label: 'Xi Jinping', names: ['Xi Jinping', 'Xi'] },
    { id: 'putin', label: 'Vladimir Putin', names: ['Vladimir Putin', 'Putin'] },
    { id: 'leaders', label: 'Both', names: [] },
    { id: 'relationship', label: 'Relationship', names: [] },
    { id: 'visit', label: 'Visit', names: [] },
  ],
  titles: ['leader', 'president', 'counterpart', 'strongman'],
  descriptors: [
    { subject: 'relationship', phrases: ['no limits partnership', 'partnership'] },
    { subject: 'leaders', phrases: ['two authoritarian leaders'] },
    { subject: 'xi', phrases: ['dear friend'] },
  ],
  facts: [
    {
      id: 'icc-warrant',
      label: 'ICC warrant',
      description: 'The warrant.',
      match: ['International Criminal Court', ['ICC', 'warrant*']],
      exclude: [],
      refer: ['the warrant', 'the court', 'the court’s warrant'],
    },
    {
      id: 'taiwan',
      label: 'Taiwan',
      description: 'Taiwan.',
      match: ['Taiwan'],
      exclude: ['Taiwan Strait Airlines'],
    },
    {
      id: 'second-pipeline',
      label: 'A second pipeline',
      description: 'The pipeline.',
      match: ['Soyuz Vostok'],
      exclude: [],
      refer: ['the pipeline'],
      themes: ['energy-trade'],
    },
    {
      id: 'us-reaction',
      label: 'Washington’s reaction',
      description: 'The US reacts.',
      match: ['White House'],
      exclude: [],
      quotedBy: [{ country: 'US', category: 'western-official' }],
    },
  ],
};

export const themes: Theme[] = [
  {
    id: 'energy-trade',
    label: 'Energy and trade',
    dimension: 'economic',
    description: 'Energy.',
    phrases: { 'gas pipeline': 1, gas: 0.5, 'trade*': 0.3, yuan: 0.3, power: 0.2, traders: 0.8 },
    exclude: ['trade-off'],
  },
  {
    id: 'peace-plan',
    label: 'Peace plan',
    dimension: 'policy-prescription',
    description: 'Peace.',
    phrases: { 'peace plan': 1, ceasefire: 1, peace: 0.3 },
    exclude: [],
  },
  {
    id: 'war',
    label: 'The war',
    dimension: 'security-and-defense',
    description: 'The fighting.',
    phrases: { 'front line': 1, fighting: 0.6 },
    exclude: [],
    yieldsTo: ['peace-plan'],
  },
];
