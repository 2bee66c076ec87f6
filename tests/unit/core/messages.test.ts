import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/core/messages.ts';

describe('parseMessage', () => {
  it('accepts each well-formed message', () => {
    const good = [
      { type: 'ping' },
      { type: 'page/get-report' },
      {
        type: 'page/report',
        report: {
          state: 'on',
          host: 'a.b',
          counts: [['ilham-aliyev', 3]],
          story: false,
          quiet: [['united-states', 4]],
        },
      },
      { type: 'page/show-general' },
      { type: 'page/show-entity', entity: 'baku' },
      { type: 'page/step', direction: -1 },
      { type: 'page/open-card', entity: null, text: 'Aliyev' },
    ];
    for (const m of good) expect(parseMessage(m)).toEqual({ ok: true, message: m });
  });

  it.each([
    [null, 'message is not an object'],
    [[], 'message is not an object'],
    [{ type: 'nope' }, 'unknown message type "nope"'],
    [{ type: 'toString' }, 'unknown message type "toString"'],
    [{ type: 'ping', extra: 1 }, 'ping: unexpected field(s): extra'],
    [{ type: 'page/step', direction: 2 }, 'page/step: direction must be 1 or -1'],
    [
      { type: 'page/show-entity', entity: '<img>' },
      'page/show-entity: entity must be an entity id',
    ],
    [
      {
        type: 'page/report',
        report: { state: 'on', host: 'x', counts: [['a', -1]], story: true, quiet: [] },
      },
      'page/report: report.counts[0] must be [entity id, non-negative integer]',
    ],
    [
      { type: 'page/report', report: { state: 'maybe', host: 'x', counts: [] } },
      `page/report: report.state must be 'on', 'off-site' or 'off', got "maybe"`,
    ],
    [
      { type: 'page/report', report: { state: 'on', host: 'x', counts: [], quiet: [] } },
      'page/report: report.story must be true or false',
    ],
    [
      { type: 'page/report', report: { state: 'on', host: 'x', counts: [], story: false } },
      'page/report: report.quiet must be an array',
    ],
    [
      {
        type: 'page/report',
        report: { state: 'on', host: 'x', counts: [], story: false, quiet: [['US', 1]] },
      },
      'page/report: report.quiet[0] must be [entity id, non-negative integer]',
    ],
    [{ type: 'page/show-general', all: true }, 'page/show-general: unexpected field(s): all'],
    [
      { type: 'page/open-card', entity: null, text: 'x'.repeat(1001) },
      'page/open-card: entity must be an entity id or null, text a string of at most 1000 characters',
    ],
  ])('rejects %j with a reason', (raw, reason) => {
    expect(parseMessage(raw)).toEqual({ ok: false, reason });
  });
});
