import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidInput, normalizePhoneNumber } from '../../../shared/validation';

type TargetKind = 'phoneNumber' | 'extensionNumber' | 'extensionId' | 'voicemail' | 'parkOrbit';

const KINDS: Array<{ name: string; value: TargetKind; description: string }> = [
	{
		name: 'Extension ID',
		value: 'extensionId',
		description: 'A user, department or queue by its internal ID',
	},
	{
		name: 'Extension Number',
		value: 'extensionNumber',
		description: 'A colleague by extension number, e.g. 102',
	},
	{ name: 'Park Location', value: 'parkOrbit', description: 'A park location (orbit) ID' },
	{ name: 'Phone Number', value: 'phoneNumber', description: 'Any phone number, in E.164 format' },
	{
		name: "Someone's Voicemail",
		value: 'voicemail',
		description: 'The voicemail box of an extension, by extension ID',
	},
];

/** "Transfer To"/"Forward To" and its value; forwarding cannot go to a park location. */
export function targetProperties(operation: 'transfer' | 'forward'): INodeProperties[] {
	const label = operation === 'transfer' ? 'Transfer To' : 'Forward To';
	return [
		{
			displayName: label,
			name: 'targetType',
			type: 'options',
			options: KINDS.filter((kind) => operation === 'transfer' || kind.value !== 'parkOrbit'),
			default: 'phoneNumber',
		},
		{
			displayName: 'Target',
			name: 'target',
			type: 'string',
			default: '',
			required: true,
			placeholder: '+16505550100',
			description:
				'The phone number, extension number, extension ID or park location, as chosen above',
		},
	];
}

/** The request body: exactly one target of the chosen kind, checked first. */
export function targetBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const kind = ctx.getNodeParameter('targetType', itemIndex, 'phoneNumber') as TargetKind;
	const value = String(ctx.getNodeParameter('target', itemIndex, '') ?? '').trim();
	const fail = (problem: string, fix: string) =>
		invalidInput(ctx.getNode(), itemIndex, 'Target', problem, fix);
	if (!value) throw fail('no target given', 'Enter where the call should go.');
	if (kind === 'phoneNumber') {
		const number = normalizePhoneNumber(value);
		if (!number)
			throw fail(
				`"${value}" is not a phone number`,
				'Use the E.164 format, e.g. +16505550100, or choose "Extension Number" for a colleague.',
			);
		return { phoneNumber: number };
	}
	if (!/^[0-9*]+$/.test(value))
		throw fail(
			`"${value}" is not a valid ${kind === 'parkOrbit' ? 'park location' : 'extension'}`,
			'Use digits only, e.g. 102.',
		);
	return { [kind]: value };
}
