import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { UploadFile, UploadLimits } from '../../../shared/binary';
import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';

/** createGlipFileNew accepts a request body of at most 30 MB (`x-request-max-body-size: 30m` in RingCentral's OpenAPI spec). */
export const FILE_UPLOAD_LIMITS: UploadLimits = {
	fileBytes: 30 * 1024 * 1024,
	fix: 'Share a link to the file instead, or make it smaller (e.g. compress it).',
};

/** Uploads one file (multipart field `body`, as the spec names it); RingCentral answers with a list. */
export async function uploadFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	file: UploadFile,
	chatId?: string,
	name?: string,
): Promise<IDataObject[]> {
	const form = new FormData();
	form.append('body', file.blob, name ?? file.fileName);
	return await ringCentralJson<IDataObject[]>(
		ctx,
		{
			method: 'POST',
			url: '/team-messaging/v1/files',
			qs: { ...(chatId ? { groupId: chatId } : {}), name: name ?? file.fileName },
			body: form,
		},
		teamMessagingSpecOverrides.file.upload,
		itemIndex,
	);
}
