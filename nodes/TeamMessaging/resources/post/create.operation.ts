import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { uploadFilesFrom } from '../../../shared/binary';
import { ringCentralJson } from '../../../shared/transport';
import {
	ID_SHAPES,
	invalidInput,
	optionalId,
	requireText,
	splitList,
} from '../../../shared/validation';
import { chatIdOf, chatLocator, itemUrl, peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { FILE_UPLOAD_LIMITS, uploadFile } from '../file/common';
import { POST_LIMITS } from './common';

const properties: INodeProperties[] = [
	chatLocator(),
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'Deploy finished **successfully**',
		description: `Message text, up to ${POST_LIMITS.text.toLocaleString('en-US')} characters; Markdown (**bold**, _italic_, [links](https://…)) and mentions written as ![:Person](101) work`,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Attachment Fields',
				name: 'attachmentFields',
				type: 'string',
				default: '',
				placeholder: 'data, report',
				description: `Names of input binary fields to attach as files, separated by commas (at most ${POST_LIMITS.attachments})`,
			},
			{
				displayName: 'Mention Everyone in the Team',
				name: 'mentionTeam',
				type: 'boolean',
				default: false,
				description: 'Whether to mention the whole team, which notifies every member',
			},
			{
				displayName: 'Mention People',
				name: 'mentions',
				type: 'string',
				default: '',
				placeholder: '101, 102',
				description:
					"Person IDs (a user's extension ID) to mention at the start of the post, separated by commas; they get notified",
			},
			{
				displayName: 'Reply in Thread To',
				name: 'parentPostId',
				type: 'string',
				default: '',
				placeholder: '5884014596',
				description: 'ID of a post of this chat: the new post becomes a reply in its thread',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['post'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const chatId = chatIdOf(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;

	// Everything that can be wrong locally is found before anything is uploaded or posted.
	const fields = splitList(options.attachmentFields);
	if (fields.length > POST_LIMITS.attachments) {
		throw invalidInput(
			node,
			itemIndex,
			'Attachment Fields',
			`${fields.length} attachments given`,
			`Attach at most ${POST_LIMITS.attachments} files to one post.`,
		);
	}
	const files = await uploadFilesFrom(
		this,
		itemIndex,
		fields,
		'Attachment Fields',
		FILE_UPLOAD_LIMITS,
	);
	const mentions = options.mentions
		? peopleOf(this, itemIndex, 'Mention People', options.mentions, { emails: false })
		: [];
	const markup = [
		...(options.mentionTeam ? [`![:Team](${chatId})`] : []),
		...mentions.map((person) => `![:Person](${(person as { id: string }).id})`),
	];
	const rawText = String(this.getNodeParameter('text', itemIndex, '') ?? '');
	const text = [...markup, rawText.trim() ? rawText : ''].filter(Boolean).join(' ');
	if (text === '' && files.length === 0) {
		throw invalidInput(
			node,
			itemIndex,
			'Text',
			'the post is empty',
			'Enter a text, or attach files under Options → Attachment Fields.',
		);
	}
	if (text) requireText(node, itemIndex, 'Text', text, POST_LIMITS.text);
	const parentPostId = optionalId(
		node,
		itemIndex,
		'Reply in Thread To',
		options.parentPostId,
		ID_SHAPES.digits,
		'Use the "id" of a post of this chat, e.g. from Post → Get Many.',
	);

	const attachments: IDataObject[] = [];
	for (const file of files) {
		const [uploaded] = await uploadFile(this, itemIndex, file, chatId);
		attachments.push({ id: String(uploaded.id), type: 'File' });
	}
	const body: IDataObject = {
		...(text ? { text } : {}),
		...(attachments.length ? { attachments } : {}),
		...(parentPostId ? { parentPostId } : {}),
	};
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: itemUrl('chat', chatId, 'posts'), body },
		teamMessagingSpecOverrides.post.create,
		itemIndex,
	);
}
