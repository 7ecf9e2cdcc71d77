/**
 * The spec facts of every operation come from one generated table (nodes/shared/generated/operationFacts.ts):
 * it says what the emulator's spec says (plus the documented overrides of scripts/config.js), and the
 * generator refuses an override for an operationId the spec no longer has.
 */
import { operationFacts } from '../../nodes/shared/generated/operationFacts';
import type { OperationFacts } from '../../nodes/shared/types';
import { loadSpec as loadEmulatorSpec } from '../../scripts/emulator/core/spec';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OVERRIDES, EXCLUDED_AREAS } = require('../../scripts/config') as {
	OVERRIDES: Record<string, { appPermission?: string; maxPageSize?: number }>;
	EXCLUDED_AREAS: Record<string, string>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { build } = require('../../scripts/generate') as { build: () => unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpec } = require('../../scripts/lib/spec') as {
	loadSpec: () => { operations: Array<{ operationId: string; area: string }> };
};

describe('generated operation facts', () => {
	const facts: Record<string, OperationFacts> = operationFacts;

	it('have the throttling group and app permission the spec gives every operation outside OAuth', async () => {
		const emulator = (await loadEmulatorSpec()).operations as Record<
			string,
			{ throttlingGroup?: string; appPermission?: string }
		>;
		const expected = loadSpec().operations.filter((op) => !EXCLUDED_AREAS[op.area]);
		expect(Object.keys(facts).sort()).toEqual(expected.map((op) => op.operationId).sort());
		for (const { operationId } of expected) {
			const spec = emulator[operationId];
			expect({
				operationId,
				group: facts[operationId].throttlingGroup ?? 'NoThrottling',
				permission: facts[operationId].appPermission,
			}).toEqual({
				operationId,
				group: spec.throttlingGroup,
				permission: OVERRIDES[operationId]?.appPermission ?? spec.appPermission,
			});
		}
	});

	it('take the page sizes RingCentral documents outside the spec', () => {
		expect(facts.listExtensions.list).toMatchObject({
			recordsKey: 'records',
			paging: 'page',
			maxPageSize: 1000,
		});
		expect(facts.readUserCallLog.list?.maxPageSize).toBe(1000);
		expect(facts.createSubscription.appPermission).toBe('WebhookSubscriptions');
	});

	it('refuse an override in scripts/config.js for an operationId the spec does not have', () => {
		OVERRIDES.noSuchOperation = { maxPageSize: 10 };
		try {
			expect(() => build()).toThrow(
				/scripts\/config\.js names operationIds that are not in the spec .*: noSuchOperation/,
			);
		} finally {
			delete OVERRIDES.noSuchOperation;
		}
	});
});
