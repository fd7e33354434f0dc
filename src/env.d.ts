interface ImportMetaEnv {
  /** The project's root folder (the folder of astro.config.mjs), for the pages of a build. */
  readonly PROJECT_ROOT: string;
}
