/** Role ids: checked on every id from the command line before any path is built from it. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 64;

export const isValidId = (id: string): boolean => id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id);

/** The id rule in words, for messages. */
export const ID_RULE = `lower-case letters, digits and single hyphens, starting with a letter and not ending with a hyphen (at most ${ID_MAX_LENGTH} characters)`;
