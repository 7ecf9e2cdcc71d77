import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdOf, extensionLocator, withoutTilde } from '../../../shared/extensions';
import { ringCentralJson } from '../../../shared/transport';
import { invalidInput } from '../../../shared/validation';
import { accountSpecOverrides } from '../../specOverrides';
import type { MemberPresence } from './common';
import { queuePresenceUrl, queueIdOf } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['presence'], operation: ['updateCallQueue'] } }, [
		extensionLocator({
			displayName: 'Member',
			name: 'member',
			required: true,
			description: 'The queue member (agent) whose availability to set',
		}),
		{
			displayName: 'Accept Calls',
			name: 'acceptCalls',
			type: 'boolean',
			default: true,
			description: 'Whether the member takes calls of this queue (off: logged out of the queue)',
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const queueId = await queueIdOf(this, itemIndex);
	// The answer names members by their IDs, so "~" is replaced by the authorized user's own.
	const memberId = await withoutTilde(
		this,
		await extensionIdOf(this, 'member', itemIndex, { field: 'Member', required: true }),
		itemIndex,
	);
	const acceptCurrentQueueCalls = this.getNodeParameter('acceptCalls', itemIndex, true) as boolean;
	const body = await ringCentralJson<{ records?: MemberPresence[] }>(
		this,
		{
			method: 'PUT',
			url: queuePresenceUrl(queueId),
			body: { records: [{ member: { id: memberId }, acceptCurrentQueueCalls }] },
		},
		accountSpecOverrides.presence.updateCallQueue,
		itemIndex,
	);
	const member = (body.records ?? []).find((record) => String(record.member?.id) === memberId);
	if (!member) {
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Member',
			`extension ${memberId} is not a member of the call queue`,
			'Pick a member of the queue (Get Call Queue Availability lists them).',
		);
	}
	return member;
}
