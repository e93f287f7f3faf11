import { render } from 'preact';
import { widgetSheet } from '../../widget/styles.ts';
import { WelcomeApp } from './WelcomeApp.tsx';

// Thin entry: the widget's sheet for shared controls, then the component tree.
document.adoptedStyleSheets = [...document.adoptedStyleSheets, widgetSheet()];
const root = document.getElementById('app');
if (root) render(<WelcomeApp />, root);
