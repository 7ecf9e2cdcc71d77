import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { invalidInput } from '../../../shared/validation';
import { addressBookSpecOverrides } from '../../specOverrides';
import { contactBody, contactFields, dialingPlanOf, dialingPlanOption } from './fields';
import { CONTACTS_URL } from './locator';

const properties: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: contactFields(['firstName', 'lastName']),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [dialingPlanOption],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['externalContacts'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const { dialingPlan } = this.getNodeParameter('options', itemIndex, {}) as {
		dialingPlan?: string;
	};
	const plan = dialingPlanOf(node, itemIndex, dialingPlan);
	const values: IDataObject = {
		firstName: this.getNodeParameter('firstName', itemIndex, ''),
		lastName: this.getNodeParameter('lastName', itemIndex, ''),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	const body = contactBody(node, itemIndex, values, plan, false);
	if (Object.keys(body).length === 0) {
		throw invalidInput(
			node,
			itemIndex,
			'Contact',
			'no field given',
			'Enter at least a name, a company, a phone number or an email address.',
		);
	}
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: CONTACTS_URL, body, qs: plan ? { dialingPlan: plan } : {} },
		addressBookSpecOverrides.externalContacts.create,
		itemIndex,
	);
}
