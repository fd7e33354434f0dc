export function parseBatch(): void {}
