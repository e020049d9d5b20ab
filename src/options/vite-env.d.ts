// Vite bundles the page's stylesheet from a side-effect import.
declare module '*.css';
