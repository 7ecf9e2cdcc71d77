import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import {
	ID_SHAPES,
	invalidInput,
	optionalId,
	requireText,
	splitList,
} from '../../../shared/validation';
import { messagingSpecOverrides } from '../../specOverrides';

const PAGER_MAX_LENGTH = 1024;

const properties: INodeProperties[] = [
	{
		displayName: 'To Extension Numbers',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: '101, 102',
		description: 'Extension numbers of the company users to page, separated by commas',
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: `Message text, up to ${PAGER_MAX_LENGTH} characters`,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Reply To Message ID',
				name: 'replyOn',
				type: 'string',
				default: '',
				description: 'ID of the pager message this one answers',
			},
		],
	},
];

const displayOptions = { show: { resource: ['pager'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const to = splitList(this.getNodeParameter('to', itemIndex));
	const text = requireText(
		node,
		itemIndex,
		'Text',
		this.getNodeParameter('text', itemIndex),
		PAGER_MAX_LENGTH,
	);
	const { replyOn } = this.getNodeParameter('options', itemIndex, {}) as { replyOn?: string };
	const badNumber = to.find((number) => !/^\d{1,10}$/.test(number));
	if (to.length === 0 || badNumber !== undefined) {
		throw invalidInput(
			node,
			itemIndex,
			'To Extension Numbers',
			badNumber === undefined
				? 'no extension number given'
				: `"${badNumber}" is not an extension number`,
			'Enter extension numbers such as 101, separated by commas.',
		);
	}
	const replyTo = optionalId(
		node,
		itemIndex,
		'Reply To Message ID',
		replyOn,
		ID_SHAPES.digits,
		'Use the numeric ID of a pager message.',
	);
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'POST',
			url: '/restapi/v1.0/account/~/extension/~/company-pager',
			body: {
				to: to.map((extensionNumber) => ({ extensionNumber })),
				text,
				...(replyTo ? { replyOn: Number(replyTo) } : {}),
			},
		},
		messagingSpecOverrides.pager.send,
		itemIndex,
	);
}
