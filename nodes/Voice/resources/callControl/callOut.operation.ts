import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { requireDialable } from '../../../shared/validation';
import { voiceSpecOverrides } from '../../specOverrides';
import { deviceIdOf, deviceLocator } from './common';

const properties: INodeProperties[] = [
	deviceLocator(
		'device',
		'From Device',
		'Which of your phones places the call (it rings or dials first)',
		true,
	),
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+16505550100',
		description: 'A phone number in E.164 format, or an extension number of your company',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Country Name or ID',
				name: 'country',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getCountries' },
				default: '',
				description:
					'The country of a number dialled without a country code. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['callControl'], operation: ['callOut'] } },
	properties,
);

/** Places a call from one of the user's devices; a Heavy POST that is never repeated after an ambiguous failure. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const deviceId = deviceIdOf(this, itemIndex, 'device', 'From Device', true) as string;
	const toNumber = requireDialable(
		this.getNode(),
		itemIndex,
		'To',
		this.getNodeParameter('to', itemIndex, ''),
	);
	const to = toNumber.startsWith('+') ? { phoneNumber: toNumber } : { extensionNumber: toNumber };
	const { country } = this.getNodeParameter('options', itemIndex, {}) as { country?: string };
	const result = await ringCentralJson<{ session?: IDataObject }>(
		this,
		{
			method: 'POST',
			url: '/restapi/v1.0/account/~/telephony/call-out',
			body: { from: { deviceId }, to, ...(country ? { countryId: Number(country) } : {}) },
		},
		voiceSpecOverrides.callControl.callOut,
		itemIndex,
	);
	return result.session ?? (result as IDataObject);
}
