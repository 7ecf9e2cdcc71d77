export const recordingsUrl = (extensionId: string) =>
	`/rcvideo/v1/account/~/extension/${encodeURIComponent(extensionId)}/recordings`;
