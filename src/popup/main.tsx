import { mount } from '../ui/mount.ts';
import { App } from './App.tsx';
import './popup.css';

mount(<App />);
