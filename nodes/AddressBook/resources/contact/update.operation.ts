import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { nothingToChange } from '../../../shared/validation';
import { addressBookSpecOverrides } from '../../specOverrides';
import { contactBody, contactFields, dialingPlanOf, dialingPlanOption } from './fields';
import { contactIdOf, contactLocator, contactUrl } from './locator';

const properties: INodeProperties[] = [
	contactLocator,
	{
		displayName:
			'Only the fields added here change; a field added but left empty is removed from the contact',
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: contactFields(),
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
	{ show: { resource: ['externalContacts'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const contactId = contactIdOf(this, itemIndex);
	const { dialingPlan } = this.getNodeParameter('options', itemIndex, {}) as {
		dialingPlan?: string;
	};
	const plan = dialingPlanOf(node, itemIndex, dialingPlan);
	const body = contactBody(
		node,
		itemIndex,
		this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
		plan,
		true,
	);
	if (Object.keys(body).length === 0) {
		throw nothingToChange(node, itemIndex, 'Add the fields to change under "Update Fields".');
	}
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'PATCH', url: contactUrl(contactId), body, qs: plan ? { dialingPlan: plan } : {} },
		addressBookSpecOverrides.externalContacts.update,
		itemIndex,
	);
}
