/** Vite's module types (`?inline` CSS imports) for the widget build. */
/// <reference types="vite/client" />
