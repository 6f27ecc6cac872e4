/** Role ids: checked on every id from the command line before any path is built from it. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 64;

export const isValidId = (id: string): boolean => id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id);
