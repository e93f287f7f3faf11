import { render } from 'preact';
import { widgetSheet } from '../../widget/styles.ts';
import { OptionsApp } from './OptionsApp.tsx';

// Thin entry: the widget's sheet for shared controls, then the component tree.
document.adoptedStyleSheets = [...document.adoptedStyleSheets, widgetSheet()];
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
