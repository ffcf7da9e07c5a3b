/** The development entry of the quiz islands' JSX runtime (see jsx-runtime.ts). */
export * from './jsx-runtime.ts';
