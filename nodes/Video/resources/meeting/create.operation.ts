import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdOf } from '../../../shared/extensions';
import { ringCentralJson } from '../../../shared/transport';
import { videoSpecOverrides } from '../../specOverrides';
import { bridgeOutput, hostProperty, simplifyProperty } from './common';
import { bridgeBody, settingsCollection } from './settings';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Weekly sync',
		description: 'Name of the meeting, shown to participants',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{
				name: 'Instant',
				value: 'Instant',
				description: 'For one meeting right now; RingCentral deletes it afterwards',
			},
			{
				name: 'Scheduled',
				value: 'Scheduled',
				description: 'For one or more meetings; kept until unused for a long time',
			},
		],
		default: 'Scheduled',
	},
	hostProperty,
	settingsCollection(true),
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const extensionId = await extensionIdOf(this, 'extension', itemIndex);
	const settings = this.getNodeParameter('settings', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		name: String(this.getNodeParameter('name', itemIndex, '')).trim() || undefined,
		type: this.getNodeParameter('type', itemIndex, 'Scheduled') as string,
		...bridgeBody(this.getNode(), itemIndex, settings),
	};
	if (body.name === undefined) delete body.name;
	const bridge = await ringCentralJson<IDataObject>(
		this,
		{
			method: 'POST',
			url: `/rcvideo/v2/account/~/extension/${encodeURIComponent(extensionId)}/bridges`,
			body,
		},
		videoSpecOverrides.meeting.create,
		itemIndex,
	);
	return bridgeOutput(this, itemIndex, bridge);
}
