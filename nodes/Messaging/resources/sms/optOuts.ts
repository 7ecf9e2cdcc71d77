import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fetchRecords } from '../../../shared/paging';
import { oncePerRun } from '../../../shared/perRun';
import type { OperationMeta } from '../../../shared/types';
import { normalizePhoneNumber } from '../../../shared/validation';

/**
 * Opt-outs of SMS recipients (a STOP reply, a carrier block...), read from the account's SMS consent
 * records: the spec's current read, which replaced the deprecated A2P opt-out list. Sending to an
 * opted-out number is refused or undelivered; leaving it out before sending keeps the rest of a message
 * or batch going.
 */
const listSmsConsentRecords = {
	operationId: 'listSmsConsentRecords',
} satisfies OperationMeta;

/** A record whose sender is `*` applies to every number of the account. */
const ALL_SENDERS = '*';

export const skipOptedOutOption: INodeProperties = {
	displayName: 'Skip Opted-Out Recipients',
	name: 'skipOptedOut',
	type: 'boolean',
	default: false,
	description:
		'Whether to leave out recipients who opted out of SMS from the From number (e.g. replied STOP). They are listed in "skippedRecipients"; when every recipient opted out, nothing is sent.',
};

/** The numbers opted out of SMS from `from`, read once per run for each sender. */
async function optedOutRecipients(
	ctx: IExecuteFunctions,
	from: string,
	itemIndex: number,
): Promise<Set<string>> {
	return await oncePerRun(ctx, `smsOptOuts:${from}`, async () => {
		const records = await fetchRecords(
			ctx,
			{
				method: 'GET',
				url: '/restapi/v2/accounts/~/sms/consents',
				qs: { from: [from], optStatus: ['OptOut'] },
			},
			listSmsConsentRecords,
			undefined,
			itemIndex,
		);
		return new Set(
			records
				.filter(
					(record) =>
						record.optStatus === 'OptOut' && (record.from === from || record.from === ALL_SENDERS),
				)
				.map((record) => normalizePhoneNumber(String(record.to)) ?? String(record.to)),
		);
	});
}

/** `recipients` split into those to text and those opted out of SMS from `from` (skipped). */
export async function withoutOptedOut(
	ctx: IExecuteFunctions,
	from: string,
	recipients: string[],
	itemIndex: number,
): Promise<{ recipients: string[]; skipped: string[] }> {
	const optedOut = await optedOutRecipients(ctx, from, itemIndex);
	return {
		recipients: recipients.filter((number) => !optedOut.has(number)),
		skipped: recipients.filter((number) => optedOut.has(number)),
	};
}
