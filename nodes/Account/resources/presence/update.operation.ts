import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdOf, extensionLocator } from '../../../shared/extensions';
import { ringCentralJson } from '../../../shared/transport';
import { nothingToChange } from '../../../shared/validation';
import { accountSpecOverrides } from '../../specOverrides';
import { presenceUrl } from './common';

const properties: INodeProperties[] = [
	extensionLocator({ description: 'Whose presence (a user); empty means the authorized user' }),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Accept Call Queue Calls',
				name: 'acceptCallQueueCalls',
				type: 'boolean',
				default: true,
				description:
					'Whether the user takes calls of the call queues they belong to (accounts with the new call handling)',
			},
			{
				displayName: 'Allow Others to See Presence',
				name: 'allowSeeMyPresence',
				type: 'boolean',
				default: true,
				description: 'Whether other extensions may see this presence',
			},
			{
				displayName: 'Do Not Disturb',
				name: 'dndStatus',
				type: 'options',
				options: [
					{ name: 'Do Not Accept Any Calls', value: 'DoNotAcceptAnyCalls' },
					{ name: 'Do Not Accept Call Queue Calls', value: 'DoNotAcceptDepartmentCalls' },
					{ name: 'Take All Calls', value: 'TakeAllCalls' },
					{ name: 'Take Call Queue Calls Only', value: 'TakeDepartmentCallsOnly' },
				],
				default: 'DoNotAcceptAnyCalls',
				description:
					'Do Not Disturb status; on accounts with the new call handling use Personal Do Not Disturb for users',
			},
			{
				displayName: 'Message',
				name: 'message',
				type: 'string',
				default: '',
				placeholder: 'Back at 2pm',
				description: 'Custom status message shown to colleagues; empty clears it',
			},
			{
				displayName: 'Personal Do Not Disturb',
				name: 'dndStatusPersonal',
				type: 'options',
				options: [
					{ name: 'Do Not Accept Any Calls', value: 'DoNotAcceptAnyCalls' },
					{ name: 'Take All Calls', value: 'TakeAllCalls' },
				],
				default: 'DoNotAcceptAnyCalls',
				description: "A user's Do Not Disturb status on accounts with the new call handling",
			},
			{
				displayName: 'User Status',
				name: 'userStatus',
				type: 'options',
				options: [
					{ name: 'Available', value: 'Available' },
					{ name: 'Busy', value: 'Busy' },
					{ name: 'Offline (Invisible)', value: 'Offline' },
				],
				default: 'Available',
				description: 'The status the user publishes',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['presence'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (Object.keys(body).length === 0) {
		throw nothingToChange(
			this.getNode(),
			itemIndex,
			'Add the user status, Do Not Disturb, message or another field under "Update Fields".',
		);
	}
	const extensionId = await extensionIdOf(this, 'extension', itemIndex);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'PUT', url: presenceUrl(extensionId), body },
		accountSpecOverrides.presence.update,
		itemIndex,
	);
}
