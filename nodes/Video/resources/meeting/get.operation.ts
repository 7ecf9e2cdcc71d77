import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdOf } from '../../../shared/extensions';
import { ringCentralJson } from '../../../shared/transport';
import { videoSpecOverrides } from '../../specOverrides';
import { bridgeOutput, bridgeUrl, findMeeting, meetingLocator, simplifyProperty } from './common';
import { hostProperty } from './create.operation';

export const description: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['meeting'], operation: ['get', 'update', 'delete'] } },
		[meetingLocator()],
	),
	...updateDisplayOptions({ show: { resource: ['meeting'], operation: ['getDefault'] } }, [
		{
			...hostProperty,
			description:
				'The user whose personal meeting room to get; leave empty for the authorized user',
		},
	]),
	...updateDisplayOptions({ show: { resource: ['meeting'], operation: ['get', 'getDefault'] } }, [
		simplifyProperty,
	]),
];

/** Get: by ID one request; by web PIN or join link the lookup already returns the meeting. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { id, bridge } = await findMeeting(this, itemIndex);
	const found =
		bridge ??
		(await ringCentralJson<IDataObject>(
			this,
			{ method: 'GET', url: bridgeUrl(id) },
			videoSpecOverrides.meeting.get,
			itemIndex,
		));
	return bridgeOutput(this, itemIndex, found);
}

/** The user's default meeting: their personal meeting room (PMI). */
export async function getDefault(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const extensionId = await extensionIdOf(this, 'extension', itemIndex);
	const bridge = await ringCentralJson<IDataObject>(
		this,
		{
			method: 'GET',
			url: `/rcvideo/v2/account/~/extension/${encodeURIComponent(extensionId)}/bridges/default`,
		},
		videoSpecOverrides.meeting.getDefault,
		itemIndex,
	);
	return bridgeOutput(this, itemIndex, bridge);
}
