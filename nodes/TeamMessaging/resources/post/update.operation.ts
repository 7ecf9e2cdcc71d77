import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { requireText } from '../../../shared/validation';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { POST_LIMITS, postUrl } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['post'], operation: ['update'] } }, [
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			required: true,
			description: `The new text, up to ${POST_LIMITS.text.toLocaleString('en-US')} characters`,
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const text = requireText(
		this.getNode(),
		itemIndex,
		'Text',
		this.getNodeParameter('text', itemIndex, ''),
		POST_LIMITS.text,
	);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'PATCH', url: postUrl(this, itemIndex), body: { text } },
		teamMessagingSpecOverrides.post.update,
		itemIndex,
	);
}
