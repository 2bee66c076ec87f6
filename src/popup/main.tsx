import { mount } from '../ui/mount.ts';
import { setTranslator } from '../ui/i18n.ts';
import { browserTranslator } from '../platform/i18n.ts';
import { App } from './App.tsx';
import './popup.css';

setTranslator(browserTranslator);
mount(<App />);
